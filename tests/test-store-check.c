/* test-store-check.c: no write before the check for damage, owner-only
 * files, no database made by mistake, and changes made elsewhere
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <sys/stat.h>

#include "rc-test-util.h"
#include "sample/rc-demo.h"
#include "store/rc-store.h"

static char *
new_dir (void)
{
  static guint counter;
  char *dir = g_strdup_printf ("%s/check-%u", rc_test_get_tmpdir (), ++counter);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);

  return dir;
}

/* The demo in a folder of its own, with one backup of it as it was. */
static char *
demo_with_backup (char **backup_out)
{
  g_autofree char *dir = new_dir ();
  char *path = g_build_filename (dir, "consortium.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(RcStore) store = NULL;
  g_autofree char *backup = NULL;

  g_assert_true (rc_demo_write (path, &error));
  g_assert_no_error (error);
  store = rc_store_open (path, &error);
  g_assert_no_error (error);
  backup = rc_store_backup (store, "manual", &error);
  g_assert_no_error (error);
  if (backup_out != NULL)
    *backup_out = g_steal_pointer (&backup);

  return path;
}

/* Forgets every remembered check, as on a machine that never saw the file. */
static void
forget_checks (void)
{
  g_autofree char *cache = g_build_filename (g_get_user_cache_dir (), "return-coordinator",
                                             "checked-databases.ini", NULL);

  g_unlink (cache);
}

static gboolean
save_a_consortium (RcStore  *store,
                   GError  **error)
{
  g_autoptr(RcConsortium) consortium = rc_consortium_new ();
  g_autoptr(RcCouncil) lead = rc_store_find_council_by_code (store, "E06000022", NULL);
  static guint counter;

  g_assert_nonnull (lead);
  consortium->name = g_strdup_printf ("West of England partnership %u", ++counter);
  consortium->lead_council_id = lead->id;

  return rc_store_save_consortium (store, consortium, error);
}

static void
assert_one_line_naming (const GError *error,
                        const char   *path,
                        const char   *backup)
{
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_null (strchr (error->message, '\n'));
  g_assert_nonnull (strstr (error->message, path));
  g_assert_nonnull (strstr (error->message, backup));
  /* SQLite's own words are for the details, not this line. */
  g_assert_null (strstr (error->message, "missing from index"));
}

static void
check_damaged_index (guint pad_megabytes)
{
  g_autofree char *backup = NULL;
  g_autofree char *path = demo_with_backup (&backup);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RcStore) store = NULL;
  g_autoptr(GListModel) councils = NULL;
  g_autoptr(GListModel) consortia = NULL;
  GStatBuf st;

  rc_test_damage_index (path, pad_megabytes);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  if (pad_megabytes > 0)
    g_assert_cmpint (st.st_size, >, 16 * 1024 * 1024);
  before = rc_test_hash_file (path);

  /* Opening to write is refused, in one line naming the file and the
   * newest backup. */
  g_assert_null (rc_store_open (path, &error));
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_CORRUPT);
  assert_one_line_naming (error, path, backup);
  g_clear_error (&error);
  g_assert_null (rc_store_open_with_flags (path, RC_STORE_OPEN_NO_CREATE, &error));
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_CORRUPT);
  g_clear_error (&error);

  /* Reading still works, and every write is refused before the file is
   * touched. */
  store = rc_store_open_with_flags (path, RC_STORE_OPEN_NO_CREATE | RC_STORE_OPEN_ALLOW_DAMAGED, &error);
  g_assert_no_error (error);
  g_assert_true (rc_store_get_damaged (store));
  g_assert_false (rc_store_get_writable (store));
  g_assert_nonnull (strstr (rc_store_get_damage_details (store), "missing from index trainee_host"));
  councils = rc_store_list_councils (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (councils), >, 150);
  consortia = rc_store_list_consortia (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (consortia), ==, 1);

  g_assert_false (save_a_consortium (store, &error));
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_CORRUPT);
  assert_one_line_naming (error, path, backup);
  g_clear_error (&error);
  g_assert_false (rc_store_begin (store, &error));
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_CORRUPT);
  g_clear_error (&error);
  g_assert_false (rc_store_restore (store, backup, &error));
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_CORRUPT);
  g_clear_error (&error);
  /* Checking again finds the same. */
  g_assert_false (rc_store_check_integrity (store, &error));
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_CORRUPT);
  g_clear_object (&store);

  after = rc_test_hash_file (path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_check_damaged_index_small (void)
{
  check_damaged_index (0);
}

/* Past the 16 MB up to which a quick check used to run, and which is all
 * it would have looked at. */
static void
test_check_damaged_index_large (void)
{
  check_damaged_index (18);
}

static void
on_notify (GObject    *object,
           GParamSpec *pspec,
           gpointer    user_data)
{
  (*(guint *) user_data)++;
}

static void
on_checked (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  GError **error = user_data;

  rc_store_check_finish (RC_STORE (object), result, error);
  if (*error == NULL)
    g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_EXISTS, "passed");
}

/* The window's way: at once and read only, then writable when the
 * worker's check has passed. */
static void
test_check_deferred (void)
{
  g_autofree char *path = demo_with_backup (NULL);
  g_autofree char *before = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) outcome = NULL;
  g_autoptr(RcStore) store = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  guint notified = 0;

  forget_checks ();
  before = rc_test_hash_file (path);
  store = rc_store_open_with_flags (path, RC_STORE_OPEN_DEFER_CHECK | RC_STORE_OPEN_ALLOW_DAMAGED, &error);
  g_assert_no_error (error);
  g_assert_false (rc_store_get_writable (store));
  g_assert_false (rc_store_get_damaged (store));

  g_assert_false (save_a_consortium (store, &error));
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_CHECKING);
  g_assert_nonnull (strstr (error->message, path));
  g_clear_error (&error);
  {
    g_autofree char *now = rc_test_hash_file (path);
    g_assert_cmpstr (before, ==, now);
  }

  /* A cancelled check changes nothing. */
  g_cancellable_cancel (cancellable);
  rc_store_check_async (store, cancellable, on_checked, &outcome);
  while (outcome == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (outcome, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_false (rc_store_get_writable (store));
  g_clear_error (&outcome);

  g_signal_connect (store, "notify::writable", G_CALLBACK (on_notify), &notified);
  rc_store_check_async (store, NULL, on_checked, &outcome);
  while (outcome == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (outcome, G_IO_ERROR, G_IO_ERROR_EXISTS);
  g_assert_true (rc_store_get_writable (store));
  g_assert_cmpuint (notified, ==, 1);

  g_assert_true (save_a_consortium (store, &error));
  g_assert_no_error (error);
}

/* The check reads the whole file through a small page cache of its own:
 * SQLite's default, 2 MB, kept pages it did not read again and raised the
 * window's peak memory by as much (docs/benchmarks.md). */
static void
test_check_small_cache (void)
{
  g_autofree char *path = demo_with_backup (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) outcome = NULL;
  g_autoptr(RcStore) store = NULL;
  sqlite3 *db = NULL;
  sqlite3_int64 before, peak;

  /* 8 MB of pages to read, four times the default cache. */
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE padding (x BLOB)", NULL, NULL, NULL), ==, SQLITE_OK);
  for (guint i = 0; i < 8; i++)
    g_assert_cmpint (sqlite3_exec (db, "INSERT INTO padding VALUES (randomblob(1000000))", NULL, NULL, NULL),
                     ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);

  forget_checks ();
  store = rc_store_open_with_flags (path, RC_STORE_OPEN_DEFER_CHECK | RC_STORE_OPEN_ALLOW_DAMAGED, &error);
  g_assert_no_error (error);
  g_assert_false (rc_store_get_writable (store));

  /* SQLite's count of its own memory, all connections: only the check's
   * runs meanwhile. */
  before = sqlite3_memory_used ();
  sqlite3_memory_highwater (TRUE);
  rc_store_check_async (store, NULL, on_checked, &outcome);
  while (outcome == NULL)
    g_main_context_iteration (NULL, TRUE);
  peak = sqlite3_memory_highwater (FALSE);
  g_assert_error (outcome, G_IO_ERROR, G_IO_ERROR_EXISTS);
  g_assert_true (rc_store_get_writable (store));
  g_test_message ("the check took SQLite's memory from %" G_GINT64_FORMAT " to %" G_GINT64_FORMAT " bytes",
                  (gint64) before, (gint64) peak);
  g_assert_cmpint (peak - before, <, 1024 * 1024);
}

/* A damaged file found by the worker: read only for good. */
static void
test_check_deferred_damaged (void)
{
  g_autofree char *path = demo_with_backup (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) outcome = NULL;
  g_autoptr(RcStore) store = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  guint notified = 0;

  rc_test_damage_index (path, 0);
  before = rc_test_hash_file (path);
  store = rc_store_open_with_flags (path, RC_STORE_OPEN_DEFER_CHECK | RC_STORE_OPEN_ALLOW_DAMAGED, &error);
  g_assert_no_error (error);
  g_signal_connect (store, "notify::damaged", G_CALLBACK (on_notify), &notified);
  rc_store_check_async (store, NULL, on_checked, &outcome);
  while (outcome == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (outcome, RC_STORE_ERROR, RC_STORE_ERROR_CORRUPT);
  g_assert_true (rc_store_get_damaged (store));
  g_assert_false (rc_store_get_writable (store));
  g_assert_cmpuint (notified, ==, 1);
  g_assert_false (save_a_consortium (store, &error));
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_CORRUPT);
  g_clear_object (&store);

  after = rc_test_hash_file (path);
  g_assert_cmpstr (before, ==, after);
}

static gboolean
opens_writable_at_once (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RcStore) store = rc_store_open_with_flags (path, RC_STORE_OPEN_DEFER_CHECK, &error);

  g_assert_no_error (error);

  return rc_store_get_writable (store);
}

static void
write_elsewhere (const char *path)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "UPDATE consortium SET name = name || ' (renamed elsewhere)'",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

/* A pass is remembered: reopening the same file needs no check, nor do
 * our own writes; a write by another program does. */
static void
test_check_remembered (void)
{
  g_autofree char *path = demo_with_backup (NULL);
  g_autoptr(GError) error = NULL;

  /* Written by us under a temporary name and renamed: trusted as it is. */
  g_assert_true (opens_writable_at_once (path));

  forget_checks ();
  g_assert_false (opens_writable_at_once (path));

  /* Checked now, before the first write, and remembered. */
  {
    g_autoptr(RcStore) store = rc_store_open (path, &error);
    g_assert_no_error (error);
  }
  g_assert_true (opens_writable_at_once (path));

  /* Our own writes change the file, and are remembered as they leave it. */
  {
    g_autoptr(RcStore) store = rc_store_open (path, &error);
    g_assert_true (save_a_consortium (store, &error));
    g_assert_no_error (error);
  }
  g_assert_true (opens_writable_at_once (path));

  /* Another program's write is checked again. */
  write_elsewhere (path);
  g_assert_false (opens_writable_at_once (path));
  {
    g_autoptr(RcStore) store = rc_store_open (path, &error);
    g_assert_no_error (error);
  }
  g_assert_true (opens_writable_at_once (path));

  /* So is one made while we had the file open. */
  {
    g_autoptr(RcStore) store = rc_store_open (path, &error);
    g_assert_true (save_a_consortium (store, &error));
    write_elsewhere (path);
    g_assert_true (save_a_consortium (store, &error));
    g_assert_no_error (error);
  }
  g_assert_false (opens_writable_at_once (path));
}

static guint
mode_of (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);

  return st.st_mode & 07777;
}

/* Made owner-only on opening, backups and WAL included. */
static void
test_check_permissions (void)
{
  g_autofree char *backup = NULL;
  g_autofree char *path = demo_with_backup (&backup);
  g_autofree char *backups = g_path_get_dirname (backup);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (mode_of (path), ==, 0600);
  g_assert_cmpuint (mode_of (backups), ==, 0700);
  g_assert_cmpuint (mode_of (backup), ==, 0600);

  /* As a copy or an unzip might leave them. */
  g_assert_cmpint (g_chmod (path, 0644), ==, 0);
  g_assert_cmpint (g_chmod (backups, 0755), ==, 0);
  g_assert_cmpint (g_chmod (backup, 0644), ==, 0);

  {
    g_autoptr(RcStore) store = rc_store_open (path, &error);

    g_assert_no_error (error);
    g_assert_true (save_a_consortium (store, &error));
    g_assert_cmpuint (mode_of (path), ==, 0600);
    g_assert_cmpuint (mode_of (wal), ==, 0600);
    g_assert_cmpuint (mode_of (shm), ==, 0600);
    g_assert_cmpuint (mode_of (backups), ==, 0700);
    g_assert_cmpuint (mode_of (backup), ==, 0600);

    /* The -wal and -shm of a file that was shared while open. */
    g_assert_cmpint (g_chmod (wal, 0644), ==, 0);
    g_assert_cmpint (g_chmod (shm, 0644), ==, 0);
    {
      g_autoptr(RcStore) second = rc_store_open (path, &error);

      g_assert_no_error (error);
      g_assert_cmpuint (mode_of (wal), ==, 0600);
      g_assert_cmpuint (mode_of (shm), ==, 0600);
    }
  }

  /* A read-only file stays read-only, for its owner only. */
  g_assert_cmpint (g_chmod (path, 0444), ==, 0);
  {
    g_autoptr(RcStore) store = rc_store_open_with_flags (path, RC_STORE_OPEN_DEFER_CHECK, &error);

    g_clear_error (&error);
    g_assert_cmpuint (mode_of (path), ==, 0400);
  }
}

static void
assert_absent (const char *path)
{
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

/* Commands that read or add create nothing: not a missing file, not
 * beside a device or a FIFO. */
static void
test_check_no_create (void)
{
  g_autofree char *dir = new_dir ();
  g_autofree char *typo = g_build_filename (dir, "typo.db", NULL);
  g_autofree char *empty = g_build_filename (dir, "empty.db", NULL);
  g_autofree char *fifo = g_build_filename (dir, "fifo.db", NULL);
  g_autofree char *link = g_build_filename (dir, "link.db", NULL);
  g_autofree char *target = g_build_filename (dir, "target.db", NULL);
  g_autofree char *folder = g_build_filename (dir, "folder.db", NULL);
  static const char *suffixes[] = { "", "-journal", "-wal", "-shm" };
  g_autoptr(GError) error = NULL;

  g_assert_null (rc_store_open_with_flags (typo, RC_STORE_OPEN_NO_CREATE, &error));
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_OPEN);
  g_assert_nonnull (strstr (error->message, typo));
  g_clear_error (&error);
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *side = g_strconcat (typo, suffixes[i], NULL);
      assert_absent (side);
    }

  /* A 0-byte file is not a new database for a command. */
  g_assert_true (g_file_set_contents (empty, "", 0, NULL));
  g_assert_null (rc_store_open_with_flags (empty, RC_STORE_OPEN_NO_CREATE | RC_STORE_OPEN_ALLOW_DAMAGED, &error));
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_NOT_DATABASE);
  g_clear_error (&error);
  {
    g_autofree char *contents = NULL;
    gsize length = 1;

    g_assert_true (g_file_get_contents (empty, &contents, &length, NULL));
    g_assert_cmpuint (length, ==, 0);
  }

  /* Not a regular file: refused before SQLite opens it, even where a
   * database may be created. A FIFO would hang an open for ever. */
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_null (rc_store_open (fifo, &error));
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_OPEN);
  g_assert_nonnull (strstr (error->message, "not a regular file"));
  g_clear_error (&error);
  for (guint i = 1; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *side = g_strconcat (fifo, suffixes[i], NULL);
      assert_absent (side);
    }
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  g_assert_null (rc_store_open (folder, &error));
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_OPEN);
  g_clear_error (&error);
  g_assert_null (rc_store_open_with_flags ("/dev/null", RC_STORE_OPEN_NO_CREATE, &error));
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_OPEN);
  g_clear_error (&error);

  /* A link to nowhere does not create its target. */
  g_assert_cmpint (symlink (target, link), ==, 0);
  g_assert_null (rc_store_open (link, &error));
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_OPEN);
  g_clear_error (&error);
  assert_absent (target);

  /* Where creating is meant, a new file is made owner-only. */
  {
    g_autoptr(RcStore) store = rc_store_open (typo, &error);

    g_assert_no_error (error);
    g_assert_true (rc_store_get_writable (store));
    g_assert_cmpuint (mode_of (typo), ==, 0600);
  }
}

static void
on_changed (RcStore      *store,
            RcEntityKind  kind,
            gpointer      user_data)
{
  g_hash_table_add (user_data, g_strdup (rc_entity_kind_get_name (kind)));
}

static gboolean
has_consortium_change (gpointer data)
{
  return g_hash_table_contains (data, "consortium");
}

/* A commit by another connection is announced within two seconds while
 * the store is watched, and not at all when it is not. */
static void
test_check_watch (void)
{
  g_autofree char *path = demo_with_backup (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(RcStore) shown = rc_store_open (path, &error);
  g_autoptr(RcStore) other = rc_store_open (path, &error);
  g_autoptr(GHashTable) changed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gint64 start;

  g_assert_no_error (error);
  g_signal_connect (shown, "changed", G_CALLBACK (on_changed), changed);

  g_assert_true (save_a_consortium (other, &error));
  rc_test_flush (1500);
  g_assert_false (has_consortium_change (changed));

  rc_store_watch_changes (shown);
  /* Our own commits are announced by the commit, once. */
  g_assert_true (save_a_consortium (shown, &error));
  g_assert_true (has_consortium_change (changed));
  g_hash_table_remove_all (changed);
  rc_test_flush (1500);
  g_assert_cmpuint (g_hash_table_size (changed), ==, 0);

  start = g_get_monotonic_time ();
  g_assert_true (save_a_consortium (other, &error));
  g_assert_true (rc_test_wait_for (has_consortium_change, changed, 2000));
  g_test_message ("seen after %.0f ms", (g_get_monotonic_time () - start) / 1000.0);
  g_assert_true (g_hash_table_contains (changed, "trainee"));
  g_assert_true (g_hash_table_contains (changed, "bid"));

  rc_store_unwatch_changes (shown);
  g_hash_table_remove_all (changed);
  g_assert_true (save_a_consortium (other, &error));
  rc_test_flush (1500);
  g_assert_cmpuint (g_hash_table_size (changed), ==, 0);
}

/* A file closed under its users answers with an error, not a crash. */
static void
test_check_closed (void)
{
  g_autofree char *path = demo_with_backup (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(RcStore) store = rc_store_open (path, &error);
  g_autoptr(GListModel) councils = NULL;

  rc_store_close (store);
  g_assert_false (rc_store_get_writable (store));
  g_assert_false (rc_store_begin (store, &error));
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_OPEN);
  g_clear_error (&error);
  councils = rc_store_list_councils (store, &error);
  g_assert_null (councils);
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_OPEN);
}

/* A database as an older version of the program left it (as in
 * test-store.c): its first @version migrations and one council. */
static void
make_database_at_version (const char *path,
                          int         version)
{
  g_autofree char *pragma = NULL;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  for (int v = 1; v <= version; v++)
    {
      g_autofree char *resource = NULL;
      g_autoptr(GBytes) sql = NULL;
      g_autofree char *text = NULL;
      g_autofree char *prefix = g_strdup_printf ("%04d-", v);
      g_auto(GStrv) children = g_resources_enumerate_children (RESOURCE_PATH "/sql/", 0, NULL);

      for (guint i = 0; children != NULL && children[i] != NULL; i++)
        if (g_str_has_prefix (children[i], prefix))
          resource = g_strconcat (RESOURCE_PATH "/sql/", children[i], NULL);
      g_assert_nonnull (resource);
      sql = g_resources_lookup_data (resource, 0, NULL);
      text = g_strndup (g_bytes_get_data (sql, NULL), g_bytes_get_size (sql));
      g_assert_cmpint (sqlite3_exec (db, text, NULL, NULL, NULL), ==, SQLITE_OK);
    }
  g_assert_cmpint (sqlite3_exec (db,
                                 "INSERT INTO region (gss_code, name) VALUES ('E12000009', 'South West');"
                                 "INSERT INTO council (gss_code, la_number, name, region_id, kind) "
                                 "  VALUES ('E06000066', 933, 'Somerset', 1, 'unitary');",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  pragma = g_strdup_printf ("PRAGMA user_version = %d", version);
  g_assert_cmpint (sqlite3_exec (db, pragma, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

/* council_region loses its one row: integrity_check sees it. */
static void
damage_council_index (const char *path)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db,
                                 "DROP INDEX council_region;"
                                 "CREATE INDEX council_region ON council (region_id) WHERE id % 2 = 0;"
                                 "PRAGMA writable_schema = ON;"
                                 "UPDATE sqlite_schema SET sql = 'CREATE INDEX council_region ON council (region_id)' "
                                 "  WHERE name = 'council_region';"
                                 "PRAGMA writable_schema = OFF;",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

/* An upgrade is a write: an older file is checked first, even for the
 * window, and a damaged one is neither upgraded nor backed up nor
 * changed. */
static void
test_check_before_upgrade (void)
{
  if (rc_store_get_latest_version () < 2)
    {
      g_test_skip ("there is no older version to upgrade from yet");
      return;
    }

  for (int version = 1; version < rc_store_get_latest_version (); version++)
    {
      g_autofree char *dir = new_dir ();
      g_autofree char *path = g_build_filename (dir, "old.db", NULL);
      g_autofree char *damaged = g_build_filename (dir, "damaged.db", NULL);
      g_autofree char *before = NULL;
      g_autofree char *after = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) backups = NULL;

      make_database_at_version (path, version);
      make_database_at_version (damaged, version);
      damage_council_index (damaged);
      before = rc_test_hash_file (damaged);

      g_assert_null (rc_store_open_with_flags (damaged, RC_STORE_OPEN_DEFER_CHECK | RC_STORE_OPEN_ALLOW_DAMAGED,
                                               &error));
      g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_CORRUPT);
      g_assert_nonnull (strstr (error->message, "not upgraded"));
      g_assert_null (strchr (error->message, '\n'));
      g_clear_error (&error);
      after = rc_test_hash_file (damaged);
      g_assert_cmpstr (before, ==, after);
      backups = rc_store_list_backups (damaged);
      g_assert_cmpuint (backups->len, ==, 0);

      {
        g_autoptr(RcStore) store = rc_store_open_with_flags (path, RC_STORE_OPEN_DEFER_CHECK, &error);

        g_assert_no_error (error);
        g_assert_true (rc_store_get_writable (store));
        g_assert_cmpint (rc_store_get_version (store), ==, rc_store_get_latest_version ());
      }
    }
}

/* The store's last reference ------------------------------------------- */

typedef struct
{
  GThread  *thread;     /* where the store was finalized */
  gboolean  finalized;
  gboolean  answered;
} Last;

static void
on_finalized (gpointer  data,
              GObject  *where_the_object_was)
{
  Last *last = data;

  last->thread = g_thread_self ();
  g_atomic_int_set (&last->finalized, TRUE);
}

static void
on_check_answered (GObject      *source,
            GAsyncResult *result,
            gpointer      data)
{
  Last *last = data;
  g_autoptr(GError) error = NULL;

  rc_store_check_finish (RC_STORE (source), result, &error);
  last->answered = TRUE;
}

static gboolean
last_finalized (gpointer data)
{
  return g_atomic_int_get (&((Last *) data)->finalized);
}

static gboolean
keep_looking (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/* A check whose window closed (cancelled, the store let go) lets go of
 * the store on the main thread, never in the worker that was still
 * reading the file: its connection and watch belong to the main thread.
 * Each of 30 runs gives the worker every chance to be last. */
static void
test_check_released_on_main_thread (void)
{
  g_autofree char *dir = new_dir ();
  g_autofree char *path = g_build_filename (dir, "released.db", NULL);
  g_autoptr(GError) error = NULL;
  guint tick = g_timeout_add (5, keep_looking, NULL);

  g_assert_true (rc_demo_write (path, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < 30; i++)
    {
      RcStore *store = rc_store_open_with_flags (path, RC_STORE_OPEN_DEFER_CHECK, &error);
      g_autoptr(GCancellable) cancellable = g_cancellable_new ();
      Last last = { 0 };

      g_assert_no_error (error);
      forget_checks ();
      g_object_weak_ref (G_OBJECT (store), on_finalized, &last);
      rc_store_check_async (store, cancellable, on_check_answered, &last);
      if (i % 2 == 0)
        g_cancellable_cancel (cancellable);
      g_object_unref (store);
      g_assert_true (rc_test_wait_for (last_finalized, &last, 20000));
      g_assert_true (last.answered);
      g_assert_true (last.thread == g_thread_self ());
    }
  g_source_remove (tick);
}

int
main (int   argc,
      char *argv[])
{
  rc_test_init_environment (&argc, &argv);

  g_test_add_func ("/store-check/damaged-index/small", test_check_damaged_index_small);
  g_test_add_func ("/store-check/damaged-index/over-16-mb", test_check_damaged_index_large);
  g_test_add_func ("/store-check/deferred", test_check_deferred);
  g_test_add_func ("/store-check/deferred-damaged", test_check_deferred_damaged);
  g_test_add_func ("/store-check/small-cache", test_check_small_cache);
  g_test_add_func ("/store-check/remembered", test_check_remembered);
  g_test_add_func ("/store-check/permissions", test_check_permissions);
  g_test_add_func ("/store-check/no-create", test_check_no_create);
  g_test_add_func ("/store-check/watch", test_check_watch);
  g_test_add_func ("/store-check/closed", test_check_closed);
  g_test_add_func ("/store-check/before-upgrade", test_check_before_upgrade);
  g_test_add_func ("/store-check/released-on-main-thread", test_check_released_on_main_thread);

  return g_test_run ();
}
