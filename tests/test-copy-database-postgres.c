/* test-copy-database-postgres.c: --copy-database, against a real server
 *
 * The demo file copied into a PostgreSQL database that
 * build-aux/pg-test-server starts, and from there into a new file, gives
 * every bid's workbook cell for cell and every table's rows; a target
 * that holds data is refused and left as it was; a copy that fails half
 * way leaves nothing behind. Never skipped.
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <libpq-fe.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/stat.h>

#include <glib/gstdio.h>

#include "rc-test-pg.h"
#include "rc-test-util.h"
#include "store/rc-store-copy.h"

/* Each line of @text as a message of the test. */
static void
message_lines (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text != NULL ? text : "", "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (*lines[i] != '\0')
      g_test_message ("%s", lines[i]);
}

/* The rows of every table of the SQLite file @path, "table=N;…". */
static char *
file_counts (const char *path)
{
  const char * const *tables = rc_store_copy_tables ();
  g_autoptr(GString) counts = g_string_new (NULL);
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  for (guint t = 0; tables[t] != NULL; t++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", tables[t]);
      sqlite3_stmt *stmt = NULL;

      g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
      g_string_append_printf (counts, "%s=%lld;", tables[t], (long long) sqlite3_column_int64 (stmt, 0));
      sqlite3_finalize (stmt);
    }
  sqlite3_close (db);

  return g_string_free (g_steal_pointer (&counts), FALSE);
}

/* The copier's list of columns is the SQLite schema's, table for table:
 * a migration that adds a column or a table fails here until the copier
 * copies it. */
static void
test_columns (void)
{
  g_autofree char *dir = g_build_filename (rc_test_get_tmpdir (), "columns", NULL);
  g_autofree char *path = g_build_filename (dir, "new.db", NULL);
  const char * const *tables = rc_store_copy_tables ();
  g_autoptr(GError) error = NULL;
  g_autoptr(RcStore) store = NULL;
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  guint n = 0;

  g_mkdir_with_parents (dir, 0700);
  store = rc_store_open (path, &error);
  g_assert_no_error (error);
  rc_store_close (store);

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT name FROM sqlite_schema WHERE type = 'table' "
                                       "AND name NOT LIKE 'sqlite_%' ORDER BY rowid", -1, &stmt, NULL),
                   ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *table = (const char *) sqlite3_column_text (stmt, 0);
      g_autoptr(GString) columns = g_string_new (NULL);
      g_autofree char *sql = g_strdup_printf ("SELECT group_concat (name, ' ') FROM pragma_table_info ('%s')",
                                              table);
      sqlite3_stmt *info = NULL;

      g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &info, NULL), ==, SQLITE_OK);
      g_assert_cmpint (sqlite3_step (info), ==, SQLITE_ROW);
      g_assert_cmpstr (rc_store_copy_columns (table), ==, (const char *) sqlite3_column_text (info, 0));
      sqlite3_finalize (info);
      g_assert_true (g_strv_contains (tables, table));
      n++;
    }
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  g_assert_cmpuint (n, ==, g_strv_length ((char **) tables));
}

/* Every bid of the demo, exported from the demo file and from the file
 * copied back from the server: the same cells, and the strings they show. */
static guint
compare_workbooks (const char *dir,
                   const char *a_db,
                   const char *b_db)
{
  static const char *members[] = {
    "xl/sharedStrings.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml",
    "xl/worksheets/sheet3.xml", "xl/worksheets/sheet4.xml", "xl/worksheets/sheet5.xml",
    "xl/worksheets/sheet6.xml", "xl/workbook.xml",
  };
  g_autofree char *a_xlsx = g_build_filename (dir, "a.xlsx", NULL);
  g_autofree char *b_xlsx = g_build_filename (dir, "b.xlsx", NULL);
  guint compared = 0;
  guint bids = 0;

  for (int bid = 1; ; bid++)
    {
      g_autofree char *id = g_strdup_printf ("%d", bid);
      int a_status = rc_test_run_app ((const char *[]) { "--database", a_db, "--export-bid", id, a_xlsx, NULL },
                              NULL, NULL);
      int b_status = rc_test_run_app ((const char *[]) { "--database", b_db, "--export-bid", id, b_xlsx, NULL },
                              NULL, NULL);

      g_assert_cmpint (a_status, ==, b_status);
      if (a_status != 0)
        break;
      bids++;
      for (guint m = 0; m < G_N_ELEMENTS (members); m++)
        {
          g_autofree char *a = rc_test_unzip_member (a_xlsx, members[m]);
          g_autofree char *b = rc_test_unzip_member (b_xlsx, members[m]);

          if (!g_str_equal (a, b))
            {
              g_test_message ("bid %d: %s differs", bid, members[m]);
              g_test_fail ();
            }
          compared += *a != '\0';
        }
      g_unlink (a_xlsx);
      g_unlink (b_xlsx);
    }
  g_assert_cmpuint (bids, >=, 3);

  return compared;
}

/* The first value of @sql run on @uri, through libpq. */
static const char *
server_value (const char *uri,
              const char *sql)
{
  static char value[256];
  PGconn *conn = PQconnectdb (uri);
  PGresult *result;

  g_assert_cmpint (PQstatus (conn), ==, CONNECTION_OK);
  result = PQexec (conn, sql);
  if (PQresultStatus (result) != PGRES_TUPLES_OK && PQresultStatus (result) != PGRES_COMMAND_OK)
    g_error ("%s: %s", sql, PQresultErrorMessage (result));
  g_strlcpy (value, PQntuples (result) > 0 ? PQgetvalue (result, 0, 0) : "", sizeof value);
  PQclear (result);
  PQfinish (conn);

  return value;
}

static gboolean
has_stray_files (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (listing)) != NULL)
    if (strstr (name, ".copy-") != NULL)
      return TRUE;

  return FALSE;
}

/* The demo into the server and back into a new file. */
static void
test_round_trip (void)
{
  g_autofree char *dir = g_build_filename (rc_test_get_tmpdir (), "round-trip", NULL);
  g_autofree char *demo = g_build_filename (dir, "demo.db", NULL);
  g_autofree char *back = g_build_filename (dir, "back.db", NULL);
  g_autofree char *uri = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *demo_counts = NULL;
  g_autofree char *back_counts = NULL;
  GStatBuf st;

  g_mkdir_with_parents (dir, 0700);
  rc_test_pg_create_database ("round_trip");
  uri = rc_test_pg_uri ("round_trip", "postgres");
  g_assert_cmpint (rc_test_run_app ((const char *[]) { "--create-demo", demo, NULL }, NULL, NULL), ==, 0);

  g_assert_cmpint (rc_test_run_app ((const char *[]) { "--copy-database", demo, uri, NULL }, &out, &err), ==, 0);
  g_assert_cmpstr (err, ==, "");
  message_lines (out);
  g_assert_nonnull (strstr (out, "trainee "));
  g_assert_nonnull (strstr (out, "the same in the copy"));
  g_assert_nonnull (strstr (out, "every row and every bid’s totals are the same"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (rc_test_run_app ((const char *[]) { "--copy-database", uri, back, NULL }, &out, &err), ==, 0);
  g_assert_cmpstr (err, ==, "");
  g_assert_nonnull (strstr (out, "every row and every bid’s totals are the same"));

  /* Readable by its owner only, and no temporary file left. */
  g_assert_cmpint (g_stat (back, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_false (has_stray_files (dir));

  demo_counts = file_counts (demo);
  back_counts = file_counts (back);
  g_test_message ("%s", demo_counts);
  g_assert_nonnull (strstr (demo_counts, "bid_line="));
  g_assert_null (strstr (demo_counts, "trainee=0;"));
  g_assert_cmpstr (back_counts, ==, demo_counts);

  g_test_message ("%u parts of the demo's bid workbooks compared", compare_workbooks (dir, demo, back));
  /* And from the server itself. */
  compare_workbooks (dir, demo, uri);

  /* A partner's login would copy other councils' trainees without names. */
  {
    g_autofree char *partner = rc_test_pg_uri ("round_trip", "bath");
    g_autofree char *partial = g_build_filename (dir, "partial.db", NULL);

    g_clear_pointer (&err, g_free);
    g_assert_cmpint (rc_test_run_app ((const char *[]) { "--database", uri, "--add-user", "bath",
                                                         "--council", "E06000022", NULL }, NULL, NULL), ==, 0);
    g_assert_cmpint (rc_test_run_app ((const char *[]) { "--copy-database", partner, partial, NULL },
                                      NULL, &err), ==, 1);
    message_lines (err);
    g_assert_nonnull (strstr (err, "partner council’s login"));
    g_assert_false (g_file_test (partial, G_FILE_TEST_EXISTS));
    g_assert_false (has_stray_files (dir));
  }

  /* New rows on the server get ids after the copied ones. */
  g_assert_cmpstr (server_value (uri, "SELECT nextval (pg_get_serial_sequence ('rc_data.trainee', 'id')) "
                                 "> (SELECT max (id) FROM rc_data.trainee)"), ==, "t");
}

/* A target with data in it is refused, named, and left as it was. */
static void
test_refuse_non_empty (void)
{
  g_autofree char *dir = g_build_filename (rc_test_get_tmpdir (), "non-empty", NULL);
  g_autofree char *demo = g_build_filename (dir, "demo.db", NULL);
  g_autofree char *other = g_build_filename (dir, "other.db", NULL);
  g_autofree char *uri = NULL;
  g_autofree char *err = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *server_before = NULL;
  g_autofree char *server_after = NULL;
  g_autofree char *dump_before = NULL;
  g_autofree char *dump_after = NULL;
  gsize length = 0;

  g_mkdir_with_parents (dir, 0700);
  rc_test_pg_create_database ("nonempty");
  uri = rc_test_pg_uri ("nonempty", "postgres");
  g_assert_cmpint (rc_test_run_app ((const char *[]) { "--create-demo", demo, NULL }, NULL, NULL), ==, 0);
  g_assert_cmpint (rc_test_run_app ((const char *[]) { "--create-demo", other, NULL }, NULL, NULL), ==, 0);
  g_assert_cmpint (rc_test_run_app ((const char *[]) { "--create-demo", uri, NULL }, NULL, NULL), ==, 0);

  /* A file. */
  g_assert_true (g_file_get_contents (other, &before, &length, NULL));
  g_assert_cmpint (rc_test_run_app ((const char *[]) { "--copy-database", demo, other, NULL }, NULL, &err), ==, 1);
  message_lines (err);
  g_assert_nonnull (strstr (err, "other.db is not empty: its table consortium has"));
  g_assert_true (g_file_get_contents (other, &after, &length, NULL));
  g_assert_true (memcmp (before, after, length) == 0);
  g_assert_false (has_stray_files (dir));
  g_clear_pointer (&err, g_free);

  /* A server. */
  server_before = g_build_filename (dir, "before.db", NULL);
  server_after = g_build_filename (dir, "after.db", NULL);
  g_assert_cmpint (rc_test_run_app ((const char *[]) { "--copy-database", uri, server_before, NULL }, NULL, NULL),
                   ==, 0);
  g_assert_cmpint (rc_test_run_app ((const char *[]) { "--copy-database", demo, uri, NULL }, NULL, &err), ==, 1);
  message_lines (err);
  g_assert_nonnull (strstr (err, "is not empty: its table consortium has"));
  g_assert_cmpint (rc_test_run_app ((const char *[]) { "--copy-database", uri, server_after, NULL }, NULL, NULL),
                   ==, 0);
  dump_before = file_counts (server_before);
  dump_after = file_counts (server_after);
  g_assert_cmpstr (dump_after, ==, dump_before);
}

/* A copy refused half way by the server leaves nothing there. */
static void
test_all_or_nothing (void)
{
  g_autofree char *dir = g_build_filename (rc_test_get_tmpdir (), "half-way", NULL);
  g_autofree char *demo = g_build_filename (dir, "demo.db", NULL);
  g_autofree char *empty = g_build_filename (dir, "empty.db", NULL);
  g_autofree char *uri = NULL;
  g_autofree char *err = NULL;
  g_autofree char *counts = NULL;

  g_mkdir_with_parents (dir, 0700);
  rc_test_pg_create_database ("half_way");
  uri = rc_test_pg_uri ("half_way", "postgres");
  g_assert_cmpint (rc_test_run_app ((const char *[]) { "--create-demo", demo, NULL }, NULL, NULL), ==, 0);

  /* The schema (opening makes it), then a trigger that refuses the
   * budget lines, which come after most tables. */
  g_assert_cmpint (rc_test_run_app ((const char *[]) { "--copy-database", uri, empty, NULL }, NULL, NULL), ==, 0);
  server_value (uri, "CREATE FUNCTION rc_data.refuse () RETURNS trigger LANGUAGE plpgsql AS $$ "
                "BEGIN RAISE EXCEPTION 'refused for the test'; END; $$; "
                "CREATE TRIGGER refuse BEFORE INSERT ON rc_data.bid_line FOR EACH ROW "
                "EXECUTE FUNCTION rc_data.refuse ()");

  g_assert_cmpint (rc_test_run_app ((const char *[]) { "--copy-database", demo, uri, NULL }, NULL, &err), ==, 1);
  message_lines (err);
  g_assert_nonnull (strstr (err, "bid_line"));
  g_clear_pointer (&err, g_free);

  /* Nothing was left: the database is as empty as before. */
  g_unlink (empty);
  g_assert_cmpint (rc_test_run_app ((const char *[]) { "--copy-database", uri, empty, NULL }, NULL, &err), ==, 0);
  counts = file_counts (empty);
  g_test_message ("%s", counts);
  g_assert_nonnull (strstr (counts, "consortium=0;"));
  g_assert_nonnull (strstr (counts, "trainee=0;"));
  g_assert_nonnull (strstr (counts, "bid_line=0;"));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  rc_test_init_environment (&argc, &argv);
  /* A failed check goes on to the next, so the server is always stopped. */
  g_test_set_nonfatal_assertions ();

  g_test_add_func ("/copy-database/postgres/columns", test_columns);
  g_test_add_func ("/copy-database/postgres/round-trip", test_round_trip);
  g_test_add_func ("/copy-database/postgres/refuse-non-empty", test_refuse_non_empty);
  g_test_add_func ("/copy-database/postgres/all-or-nothing", test_all_or_nothing);

  rc_test_pg_start ("copy");
  status = g_test_run ();
  rc_test_pg_stop ();

  return status;
}
