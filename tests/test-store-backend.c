/* test-store-backend.c: the interface RcStore sits on, on SQLite
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What every backend must do (rc-store-backend.h), asserted on
 * RcSqliteBackend: statements prepared once, a failed bind kept until the
 * step, which runs nothing, the rows changed and the id inserted, a
 * refused value in the words of its constraint key, transactions, and
 * the commits of another connection seen as changes made elsewhere.
 */

#include "config.h"

#include <glib/gstdio.h>

#include "rc-test-util.h"
#include "store/rc-constraint-messages.h"
#include "store/rc-sqlite-backend.h"
#include "store/rc-store-private.h"

#define SCHEMA \
  "CREATE TABLE item (id INTEGER PRIMARY KEY, " \
  "  code TEXT NOT NULL CONSTRAINT council_gss_code_format CHECK (code LIKE 'E%'), " \
  "  amount INTEGER, share REAL)"

/* A backend that is not RcSqliteBackend: it hands every call to one, as
 * RcPgBackend will hand them to a server, so that the store has no file
 * to reach behind the interface. Its statements are the inner backend's. */
#define TEST_TYPE_OTHER_BACKEND (test_other_backend_get_type ())
G_DECLARE_FINAL_TYPE (TestOtherBackend, test_other_backend, TEST, OTHER_BACKEND, GObject)

struct _TestOtherBackend
{
  GObject          parent_instance;
  RcStoreBackend  *inner;
  char            *path;
};

static void test_other_backend_iface_init (RcStoreBackendInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TestOtherBackend, test_other_backend, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (RC_TYPE_STORE_BACKEND,
                                                      test_other_backend_iface_init))

static void
test_other_backend_finalize (GObject *object)
{
  TestOtherBackend *self = TEST_OTHER_BACKEND (object);

  g_clear_object (&self->inner);
  g_free (self->path);

  G_OBJECT_CLASS (test_other_backend_parent_class)->finalize (object);
}

static void
test_other_backend_class_init (TestOtherBackendClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = test_other_backend_finalize;
}

static void
test_other_backend_init (TestOtherBackend *self)
{
}

static RcStoreBackend *
test_other_backend_new (const char  *path,
                        gboolean     read_only,
                        GError     **error)
{
  g_autoptr(TestOtherBackend) self = g_object_new (TEST_TYPE_OTHER_BACKEND, NULL);

  self->path = g_strdup (path);
  self->inner = (RcStoreBackend *) rc_sqlite_backend_open (path, read_only, error);
  if (self->inner == NULL
      || !rc_store_backend_exec (self->inner, "PRAGMA foreign_keys = ON", error))
    return NULL;

  return RC_STORE_BACKEND (g_steal_pointer (&self));
}

#define INNER(b) (TEST_OTHER_BACKEND (b)->inner)

static RcStatement *
other_prepare (RcStoreBackend *b, const char *sql, GError **error)
{
  return rc_store_backend_prepare (INNER (b), sql, error);
}

static gboolean
other_exec (RcStoreBackend *b, const char *sql, GError **error)
{
  return rc_store_backend_exec (INNER (b), sql, error);
}

static gboolean
other_begin (RcStoreBackend *b, GError **error)
{
  return rc_store_backend_begin (INNER (b), error);
}

static gboolean
other_in_transaction (RcStoreBackend *b)
{
  return rc_store_backend_in_transaction (INNER (b));
}

static gint64
other_last_insert_id (RcStoreBackend *b)
{
  return rc_store_backend_last_insert_id (INNER (b));
}

static gint64
other_changes (RcStoreBackend *b)
{
  return rc_store_backend_changes (INNER (b));
}

static gboolean
other_changed_elsewhere (RcStoreBackend *b)
{
  return rc_store_backend_changed_elsewhere (INNER (b));
}

static char *
other_describe (RcStoreBackend *b)
{
  return g_strdup ("consortium on test.example.org");
}

static char *
other_user_name (RcStoreBackend *b)
{
  return g_strdup ("partner_somerset");
}

static void
test_other_backend_iface_init (RcStoreBackendInterface *iface)
{
  iface->prepare = other_prepare;
  iface->exec = other_exec;
  iface->begin = other_begin;
  iface->in_transaction = other_in_transaction;
  iface->last_insert_id = other_last_insert_id;
  iface->changes = other_changes;
  iface->changed_elsewhere = other_changed_elsewhere;
  iface->describe = other_describe;
  iface->user_name = other_user_name;
}

static char *
new_path (void)
{
  static int n;

  return g_strdup_printf ("%s/backend-%d.db", rc_test_get_tmpdir (), ++n);
}

/* A new file with SCHEMA, and a backend on it. */
static RcStoreBackend *
open_new (char **path_out)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = new_path ();
  RcSqliteBackend *backend;

  g_assert_true (g_file_set_contents (path, "", 0, NULL));
  backend = rc_sqlite_backend_open (path, FALSE, &error);
  g_assert_no_error (error);
  g_assert_true (rc_store_backend_exec (RC_STORE_BACKEND (backend),
                                        "PRAGMA journal_mode = WAL; " SCHEMA, &error));
  g_assert_no_error (error);
  if (path_out != NULL)
    *path_out = g_steal_pointer (&path);

  return RC_STORE_BACKEND (backend);
}

static const char *const insert_sql = "INSERT INTO item (code, amount, share) VALUES (?1, ?2, ?3)";
static const char *const count_sql = "SELECT count(*), sum(amount) FROM item";

static gint64
count_items (RcStoreBackend *backend)
{
  g_autoptr(GError) error = NULL;
  RcStatement *stmt = rc_store_backend_prepare (backend, count_sql, &error);
  gint64 count;

  g_assert_no_error (error);
  g_assert_cmpint (rc_statement_step (stmt, &error), ==, RC_STEP_ROW);
  count = rc_statement_column_int (stmt, 0);
  rc_statement_reset (stmt);

  return count;
}

static void
test_prepare (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RcStoreBackend) backend = open_new (NULL);
  RcStatement *stmt, *again;

  stmt = rc_store_backend_prepare (backend, insert_sql, &error);
  g_assert_no_error (error);
  g_assert_true (stmt->backend == backend);
  g_assert_true (stmt->iface == RC_STORE_BACKEND_GET_IFACE (backend));
  g_assert_cmpint (rc_statement_parameter_count (stmt), ==, 3);

  /* The same literal is the same statement, reset and unbound. */
  g_assert_true (rc_statement_bind_text (stmt, 1, "E06000066", TRUE));
  again = rc_store_backend_prepare (backend, insert_sql, &error);
  g_assert_true (again == stmt);
  g_assert_cmpint (rc_statement_step (stmt, &error), ==, RC_STEP_ERROR);
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_CONSTRAINT);
  g_assert_cmpstr (error->message, ==, "A required value is missing (item.code)");
  g_clear_error (&error);
  rc_statement_reset (stmt);

  /* Values, NULL among them, and what a row reads back. */
  rc_statement_bind_text (stmt, 1, "E06000066", TRUE);
  rc_statement_bind_int (stmt, 2, G_GINT64_CONSTANT (12345678901));
  rc_statement_bind_double (stmt, 3, 0.25);
  g_assert_cmpint (rc_statement_step (stmt, &error), ==, RC_STEP_DONE);
  g_assert_no_error (error);
  g_assert_cmpint (rc_store_backend_last_insert_id (backend), ==, 1);
  g_assert_cmpint (rc_store_backend_changes (backend), ==, 1);
  rc_statement_reset (stmt);
  /* Values stay bound across a reset. */
  rc_statement_bind_null (stmt, 2);
  g_assert_cmpint (rc_statement_step (stmt, &error), ==, RC_STEP_DONE);
  g_assert_cmpint (rc_store_backend_last_insert_id (backend), ==, 2);
  rc_statement_reset (stmt);

  stmt = rc_store_backend_prepare (backend, "SELECT code, amount, share FROM item ORDER BY id", &error);
  g_assert_no_error (error);
  g_assert_cmpint (rc_statement_step (stmt, &error), ==, RC_STEP_ROW);
  g_assert_cmpstr (rc_statement_column_text (stmt, 0), ==, "E06000066");
  g_assert_cmpint (rc_statement_column_int (stmt, 1), ==, G_GINT64_CONSTANT (12345678901));
  g_assert_cmpfloat (rc_statement_column_double (stmt, 2), ==, 0.25);
  g_assert_false (rc_statement_column_is_null (stmt, 1));
  g_assert_cmpint (rc_statement_step (stmt, &error), ==, RC_STEP_ROW);
  g_assert_true (rc_statement_column_is_null (stmt, 1));
  g_assert_cmpfloat (rc_statement_column_double (stmt, 2), ==, 0.25);
  g_assert_cmpint (rc_statement_step (stmt, &error), ==, RC_STEP_DONE);
  g_assert_no_error (error);
  rc_statement_reset (stmt);

  /* SQL that cannot be prepared is an RC_STORE_ERROR. */
  g_assert_null (rc_store_backend_prepare (backend, "SELECT missing FROM nowhere", &error));
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "no such"));

  g_assert_finalize_object (g_steal_pointer (&backend));
}

static void
test_bind_failure (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RcStoreBackend) backend = open_new (NULL);
  RcStatement *stmt = rc_store_backend_prepare (backend, insert_sql, &error);

  g_assert_no_error (error);
  rc_statement_bind_text (stmt, 1, "E06000066", TRUE);
  /* Out of range: refused, and kept; the binds after it still succeed. */
  g_assert_false (rc_statement_bind_int (stmt, 9, 1));
  g_assert_true (rc_statement_bind_int (stmt, 2, 5));

  /* The step reports it and runs nothing. */
  g_assert_cmpint (rc_statement_step (stmt, &error), ==, RC_STEP_ERROR);
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "(parameter 9)"));
  g_clear_error (&error);
  g_assert_cmpint (count_items (backend), ==, 0);

  /* Reported once: the values bound since still stand. */
  g_assert_cmpint (rc_statement_step (stmt, &error), ==, RC_STEP_DONE);
  g_assert_no_error (error);
  rc_statement_reset (stmt);
  g_assert_cmpint (count_items (backend), ==, 1);

  /* Forgotten when the statement is prepared again, never stepped. */
  g_assert_false (rc_statement_bind_int (stmt, 0, 1));
  stmt = rc_store_backend_prepare (backend, insert_sql, &error);
  rc_statement_bind_text (stmt, 1, "E06000067", TRUE);
  g_assert_cmpint (rc_statement_step (stmt, &error), ==, RC_STEP_DONE);
  g_assert_no_error (error);
  rc_statement_reset (stmt);

  /* And when the bindings are cleared. */
  g_assert_false (rc_statement_bind_int (stmt, 4, 1));
  rc_statement_clear_bindings (stmt);
  rc_statement_bind_text (stmt, 1, "E06000068", TRUE);
  g_assert_cmpint (rc_statement_step (stmt, &error), ==, RC_STEP_DONE);
  g_assert_no_error (error);
  rc_statement_reset (stmt);
  g_assert_cmpint (count_items (backend), ==, 3);

  g_assert_finalize_object (g_steal_pointer (&backend));
}

static void
test_changes (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RcStoreBackend) backend = open_new (NULL);
  RcStatement *stmt;

  g_assert_true (rc_store_backend_exec (backend,
                                        "INSERT INTO item (code, amount) VALUES ('E1', 1), ('E2', 2), ('E3', 3)",
                                        &error));
  g_assert_no_error (error);
  g_assert_cmpint (rc_store_backend_changes (backend), ==, 3);
  g_assert_cmpint (rc_store_backend_last_insert_id (backend), ==, 3);

  stmt = rc_store_backend_prepare (backend, "UPDATE item SET amount = amount + 1 WHERE amount >= ?1", &error);
  rc_statement_bind_int (stmt, 1, 2);
  g_assert_cmpint (rc_statement_step (stmt, &error), ==, RC_STEP_DONE);
  rc_statement_reset (stmt);
  g_assert_cmpint (rc_store_backend_changes (backend), ==, 2);

  stmt = rc_store_backend_prepare (backend, "DELETE FROM item WHERE id = ?1", &error);
  rc_statement_bind_int (stmt, 1, 99);
  g_assert_cmpint (rc_statement_step (stmt, &error), ==, RC_STEP_DONE);
  rc_statement_reset (stmt);
  g_assert_cmpint (rc_store_backend_changes (backend), ==, 0);

  g_assert_finalize_object (g_steal_pointer (&backend));
}

/* A CHECK named by a constraint key says the key's words. */
static void
test_constraint_words (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RcStoreBackend) backend = open_new (NULL);
  RcStatement *stmt = rc_store_backend_prepare (backend, insert_sql, &error);

  rc_statement_bind_text (stmt, 1, "W06000001", TRUE);
  g_assert_cmpint (rc_statement_step (stmt, &error), ==, RC_STEP_ERROR);
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_CONSTRAINT);
  g_assert_cmpstr (error->message, ==, rc_constraint_message ("council_gss_code_format"));
  rc_statement_reset (stmt);

  g_assert_finalize_object (g_steal_pointer (&backend));
}

static void
test_transactions (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RcStoreBackend) backend = open_new (NULL);

  g_assert_false (rc_store_backend_in_transaction (backend));
  g_assert_true (rc_store_backend_begin (backend, &error));
  g_assert_true (rc_store_backend_in_transaction (backend));
  g_assert_true (rc_store_backend_exec (backend, "INSERT INTO item (code) VALUES ('E1')", &error));
  g_assert_true (rc_store_backend_exec (backend, "SAVEPOINT rc_nested", &error));
  g_assert_true (rc_store_backend_exec (backend, "INSERT INTO item (code) VALUES ('E2')", &error));
  g_assert_true (rc_store_backend_exec (backend, "ROLLBACK TO rc_nested; RELEASE rc_nested", &error));
  g_assert_true (rc_store_backend_exec (backend, "COMMIT", &error));
  g_assert_no_error (error);
  g_assert_false (rc_store_backend_in_transaction (backend));
  g_assert_cmpint (count_items (backend), ==, 1);

  g_assert_finalize_object (g_steal_pointer (&backend));
}

/* Another connection's commit is a change made elsewhere, seen once; our
 * own commits are not. */
static void
test_changed_elsewhere (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(RcStoreBackend) backend = open_new (&path);
  g_autoptr(RcSqliteBackend) other = NULL;

  /* The first question only starts counting. */
  g_assert_false (rc_store_backend_changed_elsewhere (backend));
  g_assert_true (rc_store_backend_exec (backend, "INSERT INTO item (code) VALUES ('E1')", &error));
  g_assert_false (rc_store_backend_changed_elsewhere (backend));

  other = rc_sqlite_backend_open (path, FALSE, &error);
  g_assert_no_error (error);
  g_assert_false (rc_store_backend_changed_elsewhere (backend));
  g_assert_true (rc_store_backend_exec (RC_STORE_BACKEND (other), "INSERT INTO item (code) VALUES ('E2')", &error));
  g_assert_no_error (error);
  g_assert_true (rc_store_backend_changed_elsewhere (backend));
  g_assert_false (rc_store_backend_changed_elsewhere (backend));
  g_assert_cmpint (count_items (backend), ==, 2);

  /* A transaction of the other connection still open is not a change. */
  g_assert_true (rc_store_backend_begin (RC_STORE_BACKEND (other), &error));
  g_assert_true (rc_store_backend_exec (RC_STORE_BACKEND (other), "DELETE FROM item", &error));
  g_assert_false (rc_store_backend_changed_elsewhere (backend));
  g_assert_true (rc_store_backend_exec (RC_STORE_BACKEND (other), "COMMIT", &error));
  g_assert_no_error (error);
  g_assert_true (rc_store_backend_changed_elsewhere (backend));
  g_assert_cmpint (count_items (backend), ==, 0);

  g_assert_finalize_object (g_steal_pointer (&other));
  g_assert_finalize_object (g_steal_pointer (&backend));
}

/* A store plugged onto a backend reads and writes through it, and the
 * backend's describe() and user_name() say what they should. */
static void
test_store_on_backend (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = new_path ();
  g_autoptr(RcStore) store = NULL;
  g_autoptr(RcSqliteBackend) backend = NULL;
  g_autoptr(RcCouncil) council = NULL;
  g_autoptr(GListModel) councils = NULL;
  g_autofree char *described = NULL;
  g_autofree char *user = NULL;
  g_autofree char *base = NULL;
  g_autoptr(GListModel) regions = NULL;
  g_autoptr(RcRegion) region = NULL;
  guint before;

  /* A file with the schema, made the usual way. */
  store = rc_store_open (path, &error);
  g_assert_no_error (error);
  councils = rc_store_list_councils (store, &error);
  before = g_list_model_get_n_items (councils);
  g_clear_object (&councils);
  g_assert_finalize_object (g_steal_pointer (&store));

  backend = rc_sqlite_backend_open (path, FALSE, &error);
  g_assert_no_error (error);
  described = rc_store_backend_describe (RC_STORE_BACKEND (backend));
  base = g_path_get_basename (path);
  g_assert_cmpstr (described, ==, base);
  user = rc_store_backend_user_name (RC_STORE_BACKEND (backend));
  g_assert_cmpstr (user, ==, g_get_user_name ());
  g_assert_true (rc_store_backend_exec (RC_STORE_BACKEND (backend), "PRAGMA foreign_keys = ON", &error));

  store = rc_store_new_for_backend (RC_STORE_BACKEND (backend));
  g_assert_true (rc_store_get_backend (store) == RC_STORE_BACKEND (backend));
  g_assert_true (rc_store_get_writable (store));
  g_assert_cmpstr (rc_store_get_path (store), ==, path);
  /* A file's user may erase what it holds. */
  g_assert_true (rc_store_get_may_erase (store));

  council = rc_council_new ();
  council->gss_code = g_strdup ("E06000999");
  council->name = g_strdup ("Test Unitary");
  council->kind = g_strdup ("unitary");
  regions = rc_store_list_regions (store, &error);
  g_assert_no_error (error);
  region = g_list_model_get_item (regions, 0);
  council->region_id = region->id;
  g_assert_true (rc_store_save_council (store, council, &error));
  g_assert_no_error (error);
  g_assert_cmpint (council->id, >, 0);

  councils = rc_store_list_councils (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (councils), ==, before + 1);

  g_clear_object (&councils);
  g_clear_object (&regions);
  g_assert_finalize_object (g_steal_pointer (&store));
  g_assert_finalize_object (g_steal_pointer (&backend));
}

/* A store on a backend that is not an SQLite file reads and writes
 * through the interface alone, and names the database as the backend
 * describes it. */
static void
test_store_on_other_backend (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = new_path ();
  g_autoptr(RcStore) store = NULL;
  g_autoptr(RcStoreBackend) backend = NULL;
  g_autoptr(RcCouncil) council = NULL;
  g_autoptr(GListModel) councils = NULL;
  g_autoptr(GListModel) regions = NULL;
  g_autoptr(RcRegion) region = NULL;
  guint before;

  store = rc_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_finalize_object (g_steal_pointer (&store));

  backend = test_other_backend_new (path, FALSE, &error);
  g_assert_no_error (error);
  store = rc_store_new_for_backend (backend);
  g_assert_cmpstr (rc_store_get_path (store), ==, "consortium on test.example.org");
  g_assert_true (rc_store_get_writable (store));

  councils = rc_store_list_councils (store, &error);
  g_assert_no_error (error);
  before = g_list_model_get_n_items (councils);
  g_clear_object (&councils);

  regions = rc_store_list_regions (store, &error);
  g_assert_no_error (error);
  region = g_list_model_get_item (regions, 0);
  council = rc_council_new ();
  council->gss_code = g_strdup ("E06000998");
  council->name = g_strdup ("Other Unitary");
  council->kind = g_strdup ("unitary");
  council->region_id = region->id;
  g_assert_true (rc_store_save_council (store, council, &error));
  g_assert_no_error (error);

  councils = rc_store_list_councils (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (councils), ==, before + 1);

  g_clear_object (&regions);
  g_assert_finalize_object (g_steal_pointer (&store));
  g_assert_finalize_object (g_steal_pointer (&backend));
}

int
main (int    argc,
      char **argv)
{
  rc_test_init_environment (&argc, &argv);

  g_test_add_func ("/store/backend/prepare", test_prepare);
  g_test_add_func ("/store/backend/bind-failure-kept", test_bind_failure);
  g_test_add_func ("/store/backend/changes", test_changes);
  g_test_add_func ("/store/backend/constraint-words", test_constraint_words);
  g_test_add_func ("/store/backend/transactions", test_transactions);
  g_test_add_func ("/store/backend/changed-elsewhere", test_changed_elsewhere);
  g_test_add_func ("/store/backend/store-on-backend", test_store_on_backend);
  g_test_add_func ("/store/backend/store-on-other-backend", test_store_on_other_backend);

  return g_test_run ();
}
