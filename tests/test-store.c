/* test-store.c: opening, migrating, refusing, backing up and restoring
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

#include "rc-test-util.h"
#include <sqlite3.h>

#include "sample/rc-demo.h"
#include "store/rc-store.h"

static char *
temp_db_path (const char *name)
{
  static guint counter;

  return g_strdup_printf ("%s/store-%u/%s", rc_test_get_tmpdir (), ++counter, name);
}

static RcStore *
open_new_store (char **path_out)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = temp_db_path ("consortium.db");
  RcStore *store = rc_store_open (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  if (path_out != NULL)
    *path_out = g_steal_pointer (&path);

  return store;
}

static void
test_store_new_database (void)
{
  g_autofree char *path = NULL;
  g_autoptr(RcStore) store = open_new_store (&path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) regions = NULL;
  g_autoptr(GListModel) councils = NULL;
  g_autoptr(RcCouncil) somerset = NULL;
  g_autoptr(RcCouncil) old_somerset = NULL;
  g_autoptr(RcCouncil) bristol = NULL;
  struct stat st;
  guint current = 0;

  g_assert_cmpint (rc_store_get_version (store), ==, rc_store_get_latest_version ());

  /* Readable by its owner only. */
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  regions = rc_store_list_regions (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (regions), ==, 9);

  councils = rc_store_list_councils (store, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (councils); i++)
    {
      g_autoptr(RcCouncil) council = g_list_model_get_item (councils, i);
      if (council->active_to_on == NULL)
        current++;
    }
  /* The DfE's 153 local authorities with children's social care. */
  g_assert_cmpuint (current, ==, 153);

  somerset = rc_store_find_council_by_code (store, "E06000066", &error);
  g_assert_no_error (error);
  g_assert_nonnull (somerset);
  g_assert_cmpstr (somerset->name, ==, "Somerset");
  g_assert_cmpint (somerset->la_number, ==, 933);
  g_assert_cmpstr (somerset->region_name, ==, "South West");
  g_assert_cmpstr (somerset->active_from_on, ==, "2023-04-01");

  old_somerset = rc_store_find_council_by_code (store, "E10000027", &error);
  g_assert_no_error (error);
  g_assert_nonnull (old_somerset);
  g_assert_cmpint (old_somerset->la_number, ==, 933);
  g_assert_cmpint (old_somerset->successor_id, ==, somerset->id);
  g_assert_cmpint (somerset->predecessor_id, ==, old_somerset->id);
  g_assert_cmpstr (old_somerset->active_to_on, ==, "2023-03-31");

  bristol = rc_store_find_council_by_code (store, "E06000023", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (bristol->name, ==, "Bristol, City of");
  g_assert_cmpint (bristol->la_number, ==, 801);

  g_assert_null (rc_store_find_council_by_code (store, "E06999999", &error));
  g_assert_no_error (error);
}

static void
test_store_reopen_keeps_data (void)
{
  g_autofree char *path = NULL;
  g_autoptr(RcStore) store = open_new_store (&path);
  g_autoptr(RcConsortium) consortium = rc_consortium_new ();
  g_autoptr(RcCouncil) somerset = NULL;
  g_autoptr(RcConsortium) again = NULL;
  g_autoptr(GError) error = NULL;

  somerset = rc_store_find_council_by_code (store, "E06000066", &error);
  consortium->name = g_strdup ("South West Step Up Partnership");
  consortium->lead_council_id = somerset->id;
  g_assert_true (rc_store_save_consortium (store, consortium, &error));
  g_assert_no_error (error);
  g_assert_cmpint (consortium->id, >, 0);
  g_clear_object (&store);

  store = rc_store_open (path, &error);
  g_assert_no_error (error);
  again = rc_store_get_consortium (store, consortium->id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (again->name, ==, "South West Step Up Partnership");
  g_assert_cmpstr (again->lead_council_name, ==, "Somerset");
}

static void
write_file (const char *path,
            const char *contents,
            gssize      length)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_path_get_dirname (path);

  g_mkdir_with_parents (dir, 0700);
  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
}

static void
test_store_refuses_non_database (void)
{
  g_autofree char *path = temp_db_path ("notes.db");
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  RcStore *store;

  write_file (path, "time_period,la_name\n202425,Somerset\n", -1);
  g_file_get_contents (path, &before, NULL, NULL);

  store = rc_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_NOT_DATABASE);
  g_assert_nonnull (strstr (error->message, path));

  g_file_get_contents (path, &after, NULL, NULL);
  g_assert_cmpstr (before, ==, after);
}

static void
test_store_refuses_newer_version (void)
{
  g_autofree char *path = NULL;
  g_autoptr(RcStore) store = open_new_store (&path);
  g_autoptr(GError) error = NULL;
  g_autofree char *command = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize before_len, after_len;
  RcStore *refused;

  g_clear_object (&store);
  /* Stand in for a future version of the program. */
  {
    g_autoptr(RcStore) writer = NULL;
    sqlite3 *db = NULL;
    g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_exec (db, "PRAGMA journal_mode = DELETE; PRAGMA user_version = 99", NULL, NULL, NULL), ==, SQLITE_OK);
    sqlite3_close (db);
  }
  g_file_get_contents (path, &before, &before_len, NULL);

  refused = rc_store_open (path, &error);
  g_assert_null (refused);
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_NEWER);
  g_assert_nonnull (strstr (error->message, "newer version"));
  g_assert_nonnull (strstr (error->message, "99"));

  g_file_get_contents (path, &after, &after_len, NULL);
  g_assert_cmpmem (before, before_len, after, after_len);
}

static void
test_store_refuses_corrupt_and_offers_backup (void)
{
  g_autofree char *path = NULL;
  g_autoptr(RcStore) store = open_new_store (&path);
  g_autoptr(GError) error = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *contents = NULL;
  gsize length;
  RcStore *refused;

  backup = rc_store_backup (store, "manual", &error);
  g_assert_no_error (error);
  g_clear_object (&store);

  /* Keep the header, scribble over the pages. */
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 8192);
  memset (contents + 4096, 0xA5, length - 4096);
  write_file (path, contents, length);

  refused = rc_store_open (path, &error);
  g_assert_null (refused);
  g_assert_true (error->code == RC_STORE_ERROR_CORRUPT || error->code == RC_STORE_ERROR_NOT_DATABASE);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_nonnull (strstr (error->message, backup));
  g_clear_error (&error);

  /* Recovery keeps the damaged file under another name. */
  {
    g_autofree char *aside = NULL;
    g_autoptr(RcStore) recovered = NULL;
    g_autofree char *damaged = NULL;
    gsize damaged_length;

    g_assert_true (rc_store_recover_from_backup (path, backup, &aside, &error));
    g_assert_no_error (error);
    g_assert_true (g_file_get_contents (aside, &damaged, &damaged_length, NULL));
    g_assert_cmpmem (damaged, damaged_length, contents, length);

    recovered = rc_store_open (path, &error);
    g_assert_no_error (error);
    g_assert_true (rc_store_check_integrity (recovered, &error));
  }
}

static void
test_store_backup_and_restore (void)
{
  g_autofree char *path = NULL;
  g_autoptr(RcStore) store = open_new_store (&path);
  g_autoptr(RcConsortium) consortium = rc_consortium_new ();
  g_autoptr(RcCouncil) somerset = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) consortia = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  g_autofree char *backup = NULL;
  struct stat st;

  somerset = rc_store_find_council_by_code (store, "E06000066", &error);
  consortium->name = g_strdup ("Before");
  consortium->lead_council_id = somerset->id;
  g_assert_true (rc_store_save_consortium (store, consortium, &error));

  backup = rc_store_backup (store, "manual", &error);
  g_assert_no_error (error);
  g_assert_true (g_file_test (backup, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpint (g_stat (backup, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  g_free (consortium->name);
  consortium->name = g_strdup ("After");
  g_assert_true (rc_store_save_consortium (store, consortium, &error));

  g_assert_true (rc_store_restore (store, backup, &error));
  g_assert_no_error (error);

  consortia = rc_store_list_consortia (store, &error);
  g_assert_cmpuint (g_list_model_get_n_items (consortia), ==, 1);
  {
    g_autoptr(RcConsortium) restored = g_list_model_get_item (consortia, 0);
    g_assert_cmpstr (restored->name, ==, "Before");
  }

  /* The state before the restore was kept as a backup of its own. */
  backups = rc_store_list_backups (path);
  g_assert_cmpuint (backups->len, ==, 2);
  g_assert_nonnull (strstr (g_ptr_array_index (backups, 0), "before-restore"));
}

static void
test_store_constraint_messages (void)
{
  g_autoptr(RcStore) store = open_new_store (NULL);
  g_autoptr(RcCouncil) council = rc_council_new ();
  g_autoptr(RcConsortium) consortium = rc_consortium_new ();
  g_autoptr(RcCouncil) somerset = NULL;
  g_autoptr(GError) error = NULL;

  somerset = rc_store_find_council_by_code (store, "E06000066", &error);

  council->gss_code = g_strdup ("W06000001");
  council->name = g_strdup ("Isle of Anglesey");
  council->region_id = somerset->region_id;
  council->kind = g_strdup ("unitary");
  g_assert_false (rc_store_save_council (store, council, &error));
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_CONSTRAINT);
  g_assert_cmpstr (error->message, ==, "A council code is E06, E08, E09 or E10 followed by six digits");
  g_assert_cmpint (council->id, ==, 0);
  g_clear_error (&error);

  g_free (council->gss_code);
  council->gss_code = g_strdup ("E06000066");
  g_assert_false (rc_store_save_council (store, council, &error));
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_CONSTRAINT);
  g_assert_cmpstr (error->message, ==, "Another council already has this code");
  g_clear_error (&error);

  consortium->name = g_strdup ("   ");
  consortium->lead_council_id = somerset->id;
  g_assert_false (rc_store_save_consortium (store, consortium, &error));
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_CONSTRAINT);
  g_assert_cmpstr (error->message, ==, "A consortium needs a name");
  g_clear_error (&error);

  g_free (consortium->name);
  consortium->name = g_strdup ("Ghost lead");
  consortium->lead_council_id = 999999;
  g_assert_false (rc_store_save_consortium (store, consortium, &error));
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);

  /* A council still used by a consortium cannot be deleted. */
  consortium->lead_council_id = somerset->id;
  g_assert_true (rc_store_save_consortium (store, consortium, &error));
  g_assert_false (rc_store_delete_council (store, somerset->id, &error));
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_CONSTRAINT);
}

static void
test_store_council_and_member_round_trip (void)
{
  g_autoptr(RcStore) store = open_new_store (NULL);
  g_autoptr(RcCouncil) council = rc_council_new ();
  g_autoptr(RcCouncil) again = NULL;
  g_autoptr(RcCouncil) somerset = NULL;
  g_autoptr(RcConsortium) consortium = rc_consortium_new ();
  g_autoptr(RcConsortiumMember) member = rc_consortium_member_new ();
  g_autoptr(GListModel) members = NULL;
  g_autoptr(GListModel) memberships = NULL;
  g_autoptr(GError) error = NULL;

  somerset = rc_store_find_council_by_code (store, "E06000066", &error);

  /* A council the reference data does not know yet. */
  council->gss_code = g_strdup ("E06000099");
  council->la_number = 999;
  council->name = g_strdup ("Wessex Council");
  council->region_id = somerset->region_id;
  council->kind = g_strdup ("unitary");
  council->active_from_on = g_strdup ("2027-04-01");
  g_assert_true (rc_store_save_council (store, council, &error));
  g_assert_no_error (error);

  again = rc_store_get_council (store, council->id, &error);
  g_assert_cmpstr (again->name, ==, "Wessex Council");
  g_assert_cmpstr (again->region_name, ==, "South West");
  g_assert_cmpint (again->la_number, ==, 999);
  g_assert_cmpstr (again->active_from_on, ==, "2027-04-01");

  g_free (again->active_to_on);
  again->active_to_on = g_strdup ("2026-01-01");
  g_assert_false (rc_store_save_council (store, again, &error));
  g_assert_cmpstr (error->message, ==, "A council cannot stop before it starts");
  g_clear_error (&error);

  consortium->name = g_strdup ("Wessex partnership");
  consortium->lead_council_id = somerset->id;
  g_assert_true (rc_store_save_consortium (store, consortium, &error));

  member->consortium_id = consortium->id;
  member->council_id = council->id;
  member->joined_on = g_strdup ("2027-04-01");
  member->left_on = g_strdup ("2027-03-01");
  g_assert_false (rc_store_save_member (store, member, &error));
  g_assert_cmpstr (error->message, ==, "A council cannot leave a consortium before it joins");
  g_clear_error (&error);

  g_free (member->left_on);
  member->left_on = NULL;
  g_assert_true (rc_store_save_member (store, member, &error));
  g_assert_no_error (error);

  members = rc_store_list_members (store, consortium->id, &error);
  g_assert_cmpuint (g_list_model_get_n_items (members), ==, 1);
  {
    g_autoptr(RcConsortiumMember) listed = g_list_model_get_item (members, 0);
    g_assert_cmpstr (listed->council_name, ==, "Wessex Council");
    g_assert_cmpstr (listed->role, ==, "partner");
    g_assert_null (listed->left_on);
  }
  memberships = rc_store_list_memberships (store, council->id, &error);
  g_assert_cmpuint (g_list_model_get_n_items (memberships), ==, 1);

  g_assert_true (rc_store_delete_member (store, member->id, &error));
  g_assert_true (rc_store_delete_council (store, council->id, &error));
  g_assert_null (rc_store_get_council (store, council->id, &error));
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_NOT_FOUND);
}

static void
test_store_audit_log (void)
{
  g_autoptr(RcStore) store = open_new_store (NULL);
  g_autoptr(RcConsortium) consortium = rc_consortium_new ();
  g_autoptr(RcCouncil) somerset = NULL;
  g_autoptr(GListModel) entries = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RcAuditEntry) first = NULL;
  g_autoptr(RcAuditEntry) last = NULL;

  somerset = rc_store_find_council_by_code (store, "E06000066", &error);
  consortium->name = g_strdup ("Audit me");
  consortium->lead_council_id = somerset->id;
  g_assert_true (rc_store_save_consortium (store, consortium, &error));
  g_assert_true (rc_store_delete_consortium (store, consortium->id, &error));

  entries = rc_store_list_audit (store, "consortium", consortium->id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (entries), ==, 2);
  first = g_list_model_get_item (entries, 0);
  last = g_list_model_get_item (entries, 1);
  g_assert_cmpstr (first->action, ==, "create");
  g_assert_cmpstr (first->summary, ==, "Added consortium Audit me");
  g_assert_cmpstr (last->action, ==, "delete");
  g_assert_nonnull (last->at);
}

static void
on_changed (RcStore      *store,
            RcEntityKind  kind,
            guint        *count)
{
  (*count)++;
}

static void
test_store_nested_transaction_rolls_back (void)
{
  g_autoptr(RcStore) store = open_new_store (NULL);
  g_autoptr(RcConsortium) a = rc_consortium_new ();
  g_autoptr(RcConsortium) b = rc_consortium_new ();
  g_autoptr(RcCouncil) somerset = NULL;
  g_autoptr(GListModel) consortia = NULL;
  g_autoptr(GError) error = NULL;
  guint changed = 0;

  g_signal_connect (store, "changed::consortium", G_CALLBACK (on_changed), &changed);
  somerset = rc_store_find_council_by_code (store, "E06000066", &error);
  a->name = g_strdup ("First");
  a->lead_council_id = somerset->id;
  b->name = g_strdup ("First");
  b->lead_council_id = somerset->id;

  /* One user action: both or neither. */
  g_assert_true (rc_store_begin (store, &error));
  g_assert_true (rc_store_save_consortium (store, a, &error));
  g_assert_false (rc_store_save_consortium (store, b, &error));
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_CONSTRAINT);
  rc_store_rollback (store);

  consortia = rc_store_list_consortia (store, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (consortia), ==, 0);
  g_assert_cmpuint (changed, ==, 0);

  g_clear_error (&error);
  g_assert_true (rc_store_save_consortium (store, b, &error));
  g_assert_cmpuint (changed, ==, 1);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* A database as version @version of the program left it: the first
 * @version migrations applied, with one row of user data. */
static void
make_database_at_version (const char *path,
                          int         version)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *pragma = NULL;
  sqlite3 *db = NULL;

  g_mkdir_with_parents (dir, 0700);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  for (int v = 1; v <= version; v++)
    {
      g_autofree char *resource = NULL;
      g_autoptr(GBytes) sql = NULL;
      g_autofree char *text = NULL;
      char **children = g_resources_enumerate_children (RESOURCE_PATH "/sql/", 0, NULL);

      /* Migration v is the v-th file in order: their numbers may skip. */
      g_assert_nonnull (children);
      g_assert_cmpuint (g_strv_length (children), >=, v);
      qsort (children, g_strv_length (children), sizeof (char *), compare_names);
      resource = g_strconcat (RESOURCE_PATH "/sql/", children[v - 1], NULL);
      g_strfreev (children);

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

static void
test_store_migrates_every_version (void)
{
  for (int version = 1; version <= rc_store_get_latest_version (); version++)
    {
      g_autofree char *path = temp_db_path ("old.db");
      g_autoptr(RcStore) store = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(RcCouncil) somerset = NULL;
      g_autoptr(GPtrArray) backups = NULL;

      make_database_at_version (path, version);
      store = rc_store_open (path, &error);
      g_assert_no_error (error);
      g_assert_cmpint (rc_store_get_version (store), ==, rc_store_get_latest_version ());

      /* The user's rows survive the upgrade. */
      somerset = rc_store_find_council_by_code (store, "E06000066", &error);
      g_assert_no_error (error);
      g_assert_nonnull (somerset);
      g_assert_cmpstr (somerset->name, ==, "Somerset");

      /* A backup is taken before any upgrade, and only then. */
      backups = rc_store_list_backups (path);
      g_assert_cmpuint (backups->len, ==, version < rc_store_get_latest_version () ? 1 : 0);
    }
}

static const char *user_tables[] = {
  "region", "council", "consortium", "programme", "consortium_member", "cohort", "cohort_place",
  "trainee", "trainee_event", "workforce_return", "bid", "bid_status_event", "bid_line", "audit_log",
};

/* The columns workforce_return had at version 1. */
/* The trainee's columns but the days of updating, which version 3 moved
 * into the updating log. */
#define TRAINEE_V3_COLUMNS \
  "id, cohort_id, reference, given_name, family_name, email, phone, host_council_id, stage, stage_on, " \
  "registration_number, registered_with, left_practice_on, applied_on, withdrawal_reason, withdrawal_note, " \
  "employer_council_id, erased_at"

#define WORKFORCE_V1_COLUMNS \
  "id, scope, council_id, region_id, year, in_post_fte100, starters_fte100, leavers_fte100, " \
  "agency_fte100, vacancies_fte100, case_holders_fte100, cases, sickness_days100, source, updated_at"

static gint64
query_count (sqlite3    *db,
             const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 n;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);

  return n;
}

static void
exec_ok (sqlite3    *db,
         const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

/* A database of version 1 holding the whole demo (every table has rows)
 * opens, is upgraded with a backup taken first, and keeps every row as it
 * was; the returns gain empty published rates. */
static void
test_store_migrates_v1_with_data (void)
{
  g_autofree char *path = temp_db_path ("v1.db");
  g_autofree char *demo_path = temp_db_path ("demo.db");
  g_autofree char *dir = g_path_get_dirname (path);
  char *attach;
  g_autoptr(GBytes) sql = NULL;
  g_autofree char *schema = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(RcStore) store = NULL;
  g_autoptr(GListModel) national = NULL;
  g_autofree char *upgraded = NULL;
  gint64 counts[G_N_ELEMENTS (user_tables)];
  sqlite3 *db = NULL;

  g_assert_true (rc_demo_write (demo_path, &error));
  g_assert_no_error (error);

  /* Version 1's schema, then the demo's rows copied into it. */
  g_mkdir_with_parents (dir, 0700);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  sql = g_resources_lookup_data (RESOURCE_PATH "/sql/0001-initial.sql", 0, NULL);
  schema = g_strndup (g_bytes_get_data (sql, NULL), g_bytes_get_size (sql));
  exec_ok (db, schema);
  attach = sqlite3_mprintf ("ATTACH %Q AS demo", demo_path);
  exec_ok (db, attach);
  sqlite3_free (attach);
  exec_ok (db, "DELETE FROM programme");
  for (guint i = 0; i < G_N_ELEMENTS (user_tables); i++)
    {
      g_autofree char *copy = NULL;

      if (g_str_equal (user_tables[i], "workforce_return"))
        copy = g_strdup ("INSERT INTO workforce_return (" WORKFORCE_V1_COLUMNS ") "
                         "SELECT " WORKFORCE_V1_COLUMNS " FROM demo.workforce_return");
      else if (g_str_equal (user_tables[i], "trainee"))
        copy = g_strdup ("INSERT INTO trainee (" TRAINEE_V3_COLUMNS ", updating_days_done) "
                         "SELECT " TRAINEE_V3_COLUMNS ", coalesce ((SELECT sum (a.days100) / 100 "
                         "  FROM demo.updating_activity a WHERE a.trainee_id = t.id "
                         "  AND a.kind = 'recorded_days'), 0) FROM demo.trainee t");
      else
        copy = g_strdup_printf ("INSERT INTO main.%s SELECT * FROM demo.%s", user_tables[i], user_tables[i]);
      exec_ok (db, copy);
    }
  for (guint i = 0; i < G_N_ELEMENTS (user_tables); i++)
    {
      g_autofree char *count = g_strdup_printf ("SELECT count(*) FROM main.%s", user_tables[i]);

      counts[i] = query_count (db, count);
      g_assert_cmpint (counts[i], >, 0);
    }
  exec_ok (db, "DETACH demo");
  exec_ok (db, "PRAGMA user_version = 1");
  sqlite3_close (db);

  store = rc_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (rc_store_get_version (store), ==, rc_store_get_latest_version ());
  backups = rc_store_list_backups (path);
  g_assert_cmpuint (backups->len, ==, 1);
  national = rc_store_list_benchmark_returns (store, RC_WORKFORCE_SCOPE_NATIONAL, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (national), ==, 9);
  g_clear_object (&store);

  /* Every row is there as it was; the upgrade adds one audit line. */
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  attach = sqlite3_mprintf ("ATTACH %Q AS demo", demo_path);
  exec_ok (db, attach);
  sqlite3_free (attach);
  for (guint i = 0; i < G_N_ELEMENTS (user_tables); i++)
    {
      g_autofree char *count = g_strdup_printf ("SELECT count(*) FROM main.%s", user_tables[i]);
      g_autofree char *lost = NULL;

      if (g_str_equal (user_tables[i], "workforce_return"))
        lost = g_strdup ("SELECT count(*) FROM (SELECT " WORKFORCE_V1_COLUMNS " FROM demo.workforce_return "
                         "EXCEPT SELECT " WORKFORCE_V1_COLUMNS " FROM main.workforce_return)");
      else
        lost = g_strdup_printf ("SELECT count(*) FROM (SELECT * FROM demo.%s EXCEPT SELECT * FROM main.%s)",
                                user_tables[i], user_tables[i]);
      g_assert_cmpint (query_count (db, lost), ==, 0);
      g_assert_cmpint (query_count (db, count), ==,
                       counts[i] + (g_str_equal (user_tables[i], "audit_log") ? 1 : 0));
    }
  g_assert_cmpint (query_count (db, "SELECT count(*) FROM workforce_return "
                                    "WHERE published_vacancy_rate_pct100 IS NOT NULL "
                                    "   OR published_agency_rate_pct100 IS NOT NULL "
                                    "   OR published_turnover_rate_pct100 IS NOT NULL "
                                    "   OR published_caseload100 IS NOT NULL"), ==, 0);
  upgraded = g_strdup_printf ("SELECT count(*) FROM audit_log WHERE action = 'migrate' "
                              "AND summary = 'Upgraded the database from version 1 to %d'",
                              rc_store_get_latest_version ());
  g_assert_cmpint (query_count (db, upgraded), ==, 1);
  /* The days of updating recorded before version 3 are each returner's
   * first entry of the log, dated the day they qualified. */
  g_assert_cmpint (query_count (db, "SELECT count(*) FROM demo.updating_activity WHERE kind = 'recorded_days'"),
                   ==, 12);
  g_assert_cmpint (query_count (db, "SELECT count(*) FROM updating_activity"), ==, 12);
  g_assert_cmpint (query_count (db, "SELECT count(*) FROM (SELECT trainee_id, kind, started_on, days100 "
                                    "FROM demo.updating_activity WHERE kind = 'recorded_days' "
                                    "EXCEPT SELECT trainee_id, kind, started_on, days100 FROM main.updating_activity)"),
                   ==, 0);
  g_assert_cmpint (query_count (db, "SELECT count(*) FROM pragma_table_info('trainee') "
                                    "WHERE name = 'updating_days_done'"), ==, 0);
  sqlite3_close (db);
}

int
main (int   argc,
      char *argv[])
{
  rc_test_init_environment (&argc, &argv);

  g_test_add_func ("/store/open/new-database", test_store_new_database);
  g_test_add_func ("/store/open/reopen", test_store_reopen_keeps_data);
  g_test_add_func ("/store/open/refuses-non-database", test_store_refuses_non_database);
  g_test_add_func ("/store/open/refuses-newer-version", test_store_refuses_newer_version);
  g_test_add_func ("/store/open/refuses-corrupt", test_store_refuses_corrupt_and_offers_backup);
  g_test_add_func ("/store/backup/restore", test_store_backup_and_restore);
  g_test_add_func ("/store/migrate/from-every-version", test_store_migrates_every_version);
  g_test_add_func ("/store/migrate/v1-with-data", test_store_migrates_v1_with_data);
  g_test_add_func ("/store/constraints/messages", test_store_constraint_messages);
  g_test_add_func ("/store/audit/log", test_store_audit_log);
  g_test_add_func ("/store/councils/round-trip", test_store_council_and_member_round_trip);
  g_test_add_func ("/store/transaction/nested-rollback", test_store_nested_transaction_rolls_back);

  return g_test_run ();
}
