/* test-constraint-keys.c: constraints named by keys, their words in C, and
 * the migration that renamed them (sql/0005-constraint-keys.sql)
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "rc-test-util.h"
#include <sqlite3.h>

#include "sample/rc-demo.h"
#include "store/rc-constraint-messages.h"
#include "store/rc-store.h"
#include "store/rc-store-councils.h"

/* The version before the constraints were renamed. */
#define VERSION_BEFORE_KEYS 4

static char *
temp_db_path (const char *name)
{
  static guint counter;
  g_autofree char *dir = g_strdup_printf ("%s/keys-%u", rc_test_get_tmpdir (), ++counter);

  g_mkdir_with_parents (dir, 0700);

  return g_build_filename (dir, name, NULL);
}

static void
exec_ok (sqlite3    *db,
         const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* Applies the first @version migrations' scripts, as the program of that
 * version did (without its runner: foreign keys are off, as SQLite
 * starts). */
static void
apply_scripts (sqlite3 *db,
               int      version)
{
  g_auto(GStrv) names = g_resources_enumerate_children (RESOURCE_PATH "/sql/", 0, NULL);
  guint n;

  g_assert_nonnull (names);
  n = g_strv_length (names);
  g_assert_cmpuint (n, >=, (guint) version);
  qsort (names, n, sizeof (char *), compare_names);
  for (int i = 0; i < version; i++)
    {
      g_autofree char *resource = g_strconcat (RESOURCE_PATH "/sql/", names[i], NULL);
      g_autoptr(GBytes) sql = g_resources_lookup_data (resource, 0, NULL);
      g_autofree char *text = NULL;

      g_assert_nonnull (sql);
      text = g_strndup (g_bytes_get_data (sql, NULL), g_bytes_get_size (sql));
      exec_ok (db, text);
    }
}

static char *
query_text (sqlite3    *db,
            const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  GString *text = g_string_new (NULL);
  int rc;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      for (int i = 0; i < sqlite3_column_count (stmt); i++)
        {
          const char *value = (const char *) sqlite3_column_text (stmt, i);

          /* The type too, so that a copy that turned 5 into '5' differs. */
          g_string_append_printf (text, "%d:%s|", sqlite3_column_type (stmt, i),
                                  value != NULL ? value : "");
        }
      g_string_append_c (text, '\n');
    }
  g_assert_cmpint (rc, ==, SQLITE_DONE);
  sqlite3_finalize (stmt);

  return g_string_free (text, FALSE);
}

static GStrv
list_tables (sqlite3 *db)
{
  g_autofree char *text = query_text (db, "SELECT name FROM sqlite_schema WHERE type = 'table' "
                                          "AND name NOT LIKE 'sqlite_%' ORDER BY name");
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();

  for (guint i = 0; lines[i] != NULL; i++)
    if (lines[i][0] != '\0')
      {
        /* "3:name|" */
        g_autofree char *name = g_strndup (lines[i] + 2, strlen (lines[i]) - 3);

        g_strv_builder_add (names, name);
      }

  return g_strv_builder_end (names);
}

/* Every row of every table, with its rowid, in rowid order. */
static char *
dump_rows (sqlite3 *db,
           gint64   last_audit_id)
{
  g_auto(GStrv) tables = list_tables (db);
  GString *dump = g_string_new (NULL);

  for (guint i = 0; tables[i] != NULL; i++)
    {
      g_autofree char *sql = NULL;
      g_autofree char *rows = NULL;

      /* The upgrade adds its own audit line; the lines before it stay. */
      if (g_str_equal (tables[i], "audit_log"))
        sql = g_strdup_printf ("SELECT rowid, * FROM audit_log WHERE id <= %" G_GINT64_FORMAT " ORDER BY rowid",
                               last_audit_id);
      else
        sql = g_strdup_printf ("SELECT rowid, * FROM \"%s\" ORDER BY rowid", tables[i]);
      rows = query_text (db, sql);
      g_string_append_printf (dump, "== %s\n%s", tables[i], rows);
    }

  return g_string_free (dump, FALSE);
}

/* What the schema has, but the constraints' names: the tables' columns
 * (name, type, default, key), references and indexes, and the indexes',
 * triggers' and views' SQL. */
static char *
dump_schema (sqlite3 *db)
{
  g_auto(GStrv) tables = list_tables (db);
  GString *dump = g_string_new (NULL);
  g_autofree char *objects = query_text (db, "SELECT type, name, tbl_name, CASE WHEN type = 'table' THEN '' ELSE sql END "
                                             "FROM sqlite_schema ORDER BY type, name");

  g_string_append (dump, objects);
  for (guint i = 0; tables[i] != NULL; i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM pragma_table_xinfo('%s')", tables[i]);
      g_autofree char *columns = query_text (db, sql);
      g_autofree char *fk_sql = g_strdup_printf ("SELECT * FROM pragma_foreign_key_list('%s')", tables[i]);
      g_autofree char *references = query_text (db, fk_sql);
      g_autofree char *index_sql = g_strdup_printf ("SELECT * FROM pragma_index_list('%s') ORDER BY name", tables[i]);
      g_autofree char *indexes = query_text (db, index_sql);

      g_string_append_printf (dump, "== %s\n%s--\n%s--\n%s", tables[i], columns, references, indexes);
    }

  return g_string_free (dump, FALSE);
}

static gint64
query_int (sqlite3    *db,
           const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);

  return value;
}

/* The demo as the program at version 4 saved it: the schema of the
 * scripts 0001-0004 and every row of today's demo, with its id. */
static char *
make_demo_at_version_4 (void)
{
  g_autofree char *demo = temp_db_path ("demo.db");
  g_autofree char *path = temp_db_path ("demo-v4.db");
  g_autoptr(GError) error = NULL;
  sqlite3 *db = NULL;

  g_assert_true (rc_demo_write (demo, &error));
  g_assert_no_error (error);

  rc_test_copy_at_version (demo, path, VERSION_BEFORE_KEYS);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM trainee"), >, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM bid_line"), >, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM workforce_return"), >, 0);
  sqlite3_close (db);

  return g_steal_pointer (&path);
}

static void
test_migrate_demo_keeps_everything (void)
{
  g_autofree char *path = make_demo_at_version_4 ();
  g_autofree char *rows_before = NULL;
  g_autofree char *rows_after = NULL;
  g_autofree char *schema_before = NULL;
  g_autofree char *schema_after = NULL;
  g_autofree char *names_before = NULL;
  g_autoptr(GError) error = NULL;
  RcStore *store;
  gint64 last_audit_id;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  last_audit_id = query_int (db, "SELECT max(id) FROM audit_log");
  rows_before = dump_rows (db, last_audit_id);
  schema_before = dump_schema (db);
  names_before = query_text (db, "SELECT count(*) FROM sqlite_schema WHERE sql LIKE '%CONSTRAINT \"%'");
  g_assert_cmpstr (names_before, !=, "1:0|\n");
  sqlite3_close (db);

  store = rc_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (rc_store_get_version (store), ==, rc_store_get_latest_version ());
  g_assert_finalize_object (store);

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (query_int (db, "PRAGMA user_version"), ==, rc_store_get_latest_version ());
  rows_after = dump_rows (db, last_audit_id);
  schema_after = dump_schema (db);
  g_assert_cmpstr (rows_after, ==, rows_before);
  g_assert_cmpstr (schema_after, ==, schema_before);

  /* One line more in the audit log: the upgrade's. */
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM audit_log WHERE id > (SELECT max(id) - 1 FROM audit_log)"), ==, 1);
  g_assert_cmpint (query_int (db, "SELECT max(id) FROM audit_log"), ==, last_audit_id + 1);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM audit_log WHERE action = 'migrate' AND summary = "
                                  "'Upgraded the database from version 4 to 5'"), ==, 1);

  /* No sentence is left as a name; the file is sound. */
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM sqlite_schema WHERE sql LIKE '%CONSTRAINT \"%'"), ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);
  {
    g_autofree char *integrity = query_text (db, "PRAGMA integrity_check");

    g_assert_cmpstr (integrity, ==, "3:ok|\n");
  }
  /* The foreign keys are back on for the store's own connection: the
   * upgrade turned them off only around itself. */
  sqlite3_close (db);

  store = rc_store_open (path, &error);
  g_assert_no_error (error);
  {
    g_autoptr(RcCouncil) council = rc_store_find_council_by_code (store, "E06000066", &error);

    g_assert_no_error (error);
    g_assert_nonnull (council);
    council->region_id = 999999;
    g_assert_false (rc_store_save_council (store, council, &error));
    g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_CONSTRAINT);
    g_assert_cmpstr (error->message, ==,
                     "This is still used by other records, or refers to one that does not exist");
  }
  g_assert_finalize_object (store);
}

/* A file with a broken reference (written with foreign keys off, by
 * another program) still upgrades: the upgrade neither mends nor adds
 * one, and keeps the row. */
static void
test_migrate_keeps_broken_reference (void)
{
  g_autofree char *path = temp_db_path ("broken.db");
  g_autoptr(GError) error = NULL;
  RcStore *store;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  apply_scripts (db, VERSION_BEFORE_KEYS);
  exec_ok (db, "INSERT INTO cohort_place (id, cohort_id, council_id, places) VALUES (7, 4242, 4343, 3);"
               "PRAGMA user_version = 4");
  sqlite3_close (db);

  store = rc_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (rc_store_get_version (store), ==, rc_store_get_latest_version ());
  g_assert_finalize_object (store);

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (query_int (db, "SELECT places FROM cohort_place WHERE id = 7 AND cohort_id = 4242"), ==, 3);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 2);
  sqlite3_close (db);
}

/* Every constraint of today's schema is named by a key that has words,
 * and every key with words names a constraint or a unique index. */
static void
test_every_key_has_message (void)
{
  g_autofree char *path = temp_db_path ("new.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(GRegex) named = g_regex_new ("CONSTRAINT\\s+(\"[^\"]*\"|\\w+)\\s+(\\w+)", 0, 0, NULL);
  g_autoptr(GRegex) checks = g_regex_new ("\\b(CHECK|UNIQUE)\\b", 0, 0, NULL);
  g_autoptr(GHashTable) used = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree const char **keys = NULL;
  sqlite3_stmt *stmt = NULL;
  RcStore *store;
  sqlite3 *db = NULL;
  guint n_keys = 0;
  guint n_constraints = 0;

  store = rc_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_finalize_object (store);

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT type, name, sql FROM sqlite_schema WHERE sql IS NOT NULL",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *type = (const char *) sqlite3_column_text (stmt, 0);
      const char *name = (const char *) sqlite3_column_text (stmt, 1);
      const char *sql = (const char *) sqlite3_column_text (stmt, 2);
      g_autoptr(GMatchInfo) match = NULL;
      guint n_checks = 0;
      guint n_named = 0;

      if (g_str_equal (type, "index") && g_str_has_prefix (sql, "CREATE UNIQUE INDEX"))
        {
          /* A unique index's name is its key, as a server reports it. */
          g_assert_nonnull (rc_constraint_message (name));
          g_hash_table_add (used, g_strdup (name));
          continue;
        }
      if (!g_str_equal (type, "table"))
        continue;

      for (g_regex_match (named, sql, 0, &match); g_match_info_matches (match); g_match_info_next (match, NULL))
        {
          g_autofree char *key = g_match_info_fetch (match, 1);

          if (rc_constraint_message (key) == NULL)
            g_error ("Constraint %s of table %s has no message in rc-constraint-messages.c", key, name);
          g_assert_true (g_regex_match_simple ("^[a-z][a-z0-9_]{0,62}$", key, 0, 0));
          g_assert_false (g_hash_table_contains (used, key));
          g_hash_table_add (used, g_steal_pointer (&key));
          n_named++;
        }
      g_clear_pointer (&match, g_match_info_free);

      /* Every CHECK and UNIQUE has a name, so none reaches a user as SQL. */
      for (g_regex_match (checks, sql, 0, &match); g_match_info_matches (match); g_match_info_next (match, NULL))
        n_checks++;
      if (n_checks != n_named)
        g_error ("Table %s has %u CHECK or UNIQUE constraints, but %u names", name, n_checks, n_named);
      n_constraints += n_named;
    }
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  g_assert_cmpuint (n_constraints, >=, 71);
  keys = rc_constraint_list_keys (&n_keys);
  for (guint i = 0; i < n_keys; i++)
    if (!g_hash_table_contains (used, keys[i]))
      g_error ("Key %s of rc-constraint-messages.c names no constraint", keys[i]);
  g_assert_cmpuint (g_hash_table_size (used), ==, n_keys);
}

/* A refused value reads as it did when the sentence was the name. */
static void
test_messages_unchanged (void)
{
  g_autofree char *path = temp_db_path ("demo.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(RcCouncil) somerset = NULL;
  g_autoptr(RcCouncil) copy = NULL;
  RcStore *store;

  g_assert_true (rc_demo_write (path, &error));
  g_assert_no_error (error);
  store = rc_store_open (path, &error);
  g_assert_no_error (error);

  somerset = rc_store_find_council_by_code (store, "E06000066", &error);
  g_assert_no_error (error);
  g_assert_nonnull (somerset);

  /* A CHECK constraint. */
  copy = rc_council_copy (somerset);
  g_free (copy->gss_code);
  copy->gss_code = g_strdup ("E07000188");
  g_assert_false (rc_store_save_council (store, copy, &error));
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_CONSTRAINT);
  g_assert_cmpstr (error->message, ==, "A council code is E06, E08, E09 or E10 followed by six digits");
  g_clear_error (&error);

  /* A UNIQUE one. */
  g_clear_object (&copy);
  copy = rc_council_copy (somerset);
  copy->id = 0;
  g_assert_false (rc_store_save_council (store, copy, &error));
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_CONSTRAINT);
  g_assert_cmpstr (error->message, ==, "Another council already has this code");
  g_clear_error (&error);

  /* A table's own CHECK, across columns. */
  g_clear_object (&copy);
  copy = rc_council_copy (somerset);
  g_free (copy->active_from_on);
  copy->active_from_on = g_strdup ("2023-04-01");
  g_free (copy->active_to_on);
  copy->active_to_on = g_strdup ("2020-03-31");
  g_assert_false (rc_store_save_council (store, copy, &error));
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_CONSTRAINT);
  g_assert_cmpstr (error->message, ==, "A council cannot stop before it starts");
  g_clear_error (&error);

  /* A choice among values. */
  g_clear_object (&copy);
  copy = rc_council_copy (somerset);
  g_free (copy->kind);
  copy->kind = g_strdup ("district");
  g_assert_false (rc_store_save_council (store, copy, &error));
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_CONSTRAINT);
  g_assert_cmpstr (error->message, ==, "A council is unitary, county, metropolitan or london");
  g_clear_error (&error);

  /* The words are the table's. */
  g_assert_cmpstr (rc_constraint_message ("council_gss_code_format"), ==,
                   "A council code is E06, E08, E09 or E10 followed by six digits");
  g_assert_null (rc_constraint_message ("A council needs a name"));

  g_assert_finalize_object (store);
}

int
main (int   argc,
      char *argv[])
{
  rc_test_init_environment (&argc, &argv);

  g_test_add_func ("/constraint-keys/migrate/demo-keeps-everything", test_migrate_demo_keeps_everything);
  g_test_add_func ("/constraint-keys/migrate/keeps-broken-reference", test_migrate_keeps_broken_reference);
  g_test_add_func ("/constraint-keys/every-key-has-message", test_every_key_has_message);
  g_test_add_func ("/constraint-keys/messages-unchanged", test_messages_unchanged);

  return g_test_run ();
}
