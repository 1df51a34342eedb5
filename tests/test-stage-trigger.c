/* test-stage-trigger.c: the trigger that sets a trainee's stage from its
 * events writes the trainee only when an event changes it, and gives
 * every trainee what the trigger of version 1 gave it
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "rc-test-util.h"
#include "sample/rc-demo.h"
#include "store/rc-store-private.h"
#include "store/rc-store-sqlite.h"

#define STEP_UP 1  /* the demo's first cohort */

/* Counts every update of a trainee row on @db's connection. */
#define COUNT_WRITES \
  "CREATE TEMP TABLE trainee_writes (trainee_id INTEGER);" \
  "CREATE TEMP TRIGGER count_trainee_writes AFTER UPDATE ON main.trainee " \
  "BEGIN INSERT INTO trainee_writes VALUES (NEW.id); END;"

static void
exec_ok (sqlite3    *db,
         const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

static void
exec_resource (sqlite3    *db,
               const char *resource)
{
  g_autoptr(GBytes) sql = g_resources_lookup_data (resource, 0, NULL);
  g_autofree char *text = NULL;

  g_assert_nonnull (sql);
  text = g_strndup (g_bytes_get_data (sql, NULL), g_bytes_get_size (sql));
  exec_ok (db, text);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The migration that rewrites the trigger (0004-stage-trigger.sql): the
 * databases before it still have version 1's trigger, and the same
 * columns, so that rows compare whole. */
#define STAGE_TRIGGER_MIGRATION 4

/* An empty database with the migrations up to @version applied; every
 * one of them when @version is 0. */
static sqlite3 *
open_schema (int version)
{
  g_auto(GStrv) names = g_resources_enumerate_children (RESOURCE_PATH "/sql/", 0, NULL);
  sqlite3 *db = NULL;
  guint n;

  g_assert_nonnull (names);
  n = g_strv_length (names);
  g_assert_cmpuint (n, ==, rc_store_get_latest_version ());
  qsort (names, n, sizeof (char *), compare_names);
  g_assert_cmpint (sqlite3_open (":memory:", &db), ==, SQLITE_OK);
  for (guint i = 0; i < n && (version == 0 || (int) i < version); i++)
    {
      g_autofree char *resource = g_strconcat (RESOURCE_PATH "/sql/", names[i], NULL);

      exec_resource (db, resource);
    }

  return db;
}

static char *
query_text (sqlite3    *db,
            const char *sql,
            gint64      id)
{
  sqlite3_stmt *stmt = NULL;
  GString *text = g_string_new (NULL);

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    for (int i = 0; i < sqlite3_column_count (stmt); i++)
      {
        const char *value = (const char *) sqlite3_column_text (stmt, i);

        g_string_append_printf (text, "%s|", value != NULL ? value : "NULL");
      }
  sqlite3_finalize (stmt);

  return g_string_free (text, FALSE);
}

static char *
trainee_row (sqlite3 *db,
             gint64   id)
{
  return query_text (db, "SELECT * FROM trainee WHERE id = ?1", id);
}

static gint64
query_int (sqlite3    *db,
           const char *sql,
           gint64      id)
{
  g_autofree char *text = query_text (db, sql, id);

  return g_ascii_strtoll (text, NULL, 10);
}

static gint64
count_writes (sqlite3 *db,
              gint64   id)
{
  return query_int (db, "SELECT count(*) FROM trainee_writes WHERE trainee_id = ?1", id);
}

/* Inserts an event; returns the SQLite result, for a refusal to compare. */
static int
add_event (sqlite3    *db,
           gint64      trainee_id,
           const char *stage,
           const char *occurred_on,
           gint64      council_id)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  g_assert_cmpint (sqlite3_prepare_v2 (db,
                                       "INSERT INTO trainee_event (trainee_id, stage, occurred_on, council_id) "
                                       "VALUES (?1, ?2, ?3, ?4)",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, trainee_id);
  sqlite3_bind_text (stmt, 2, stage, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, occurred_on, -1, SQLITE_STATIC);
  if (council_id > 0)
    sqlite3_bind_int64 (stmt, 4, council_id);
  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);

  return rc;
}

static void
add_trainee (sqlite3    *db,
             gint64      id,
             const char *stage,
             const char *stage_on,
             gint64      employer_id,
             const char *withdrawal_reason)
{
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db,
                                       "INSERT INTO trainee (id, cohort_id, reference, stage, stage_on, "
                                       "  employer_council_id, withdrawal_reason) "
                                       "VALUES (?1, 1, 'T' || ?1, ?2, ?3, ?4, ?5)",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_text (stmt, 2, stage, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, stage_on, -1, SQLITE_STATIC);
  if (employer_id > 0)
    sqlite3_bind_int64 (stmt, 4, employer_id);
  sqlite3_bind_text (stmt, 5, withdrawal_reason, -1, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
}

static const char *stages[] = { "applied", "qualified", "employed", "withdrawn" };
static const char *dates[] = { NULL, "2020-01-01", "2020-02-01" };
static const gint64 councils[] = { 0, 1, 2 };

/* Every trainee as it may stand (stage, date, employer, with and without a
 * withdrawal reason), given every event (stage, date, council): the
 * trainee ends as the trigger of version 1 left it, the event is refused
 * where it refused it, and the row is written only when it changes. */
static void
test_same_as_version_1 (void)
{
  sqlite3 *old_db = open_schema (STAGE_TRIGGER_MIGRATION - 1);
  sqlite3 *new_db = open_schema (0);
  gint64 id = 0;
  guint unchanged = 0;
  guint changed = 0;

  exec_ok (new_db, COUNT_WRITES);
  exec_ok (old_db, COUNT_WRITES);
  for (guint s = 0; s < G_N_ELEMENTS (stages); s++)
    for (guint d = 0; d < G_N_ELEMENTS (dates); d++)
      for (guint c = 0; c < G_N_ELEMENTS (councils); c++)
        for (guint r = 0; r < 2; r++)
          for (guint es = 0; es < G_N_ELEMENTS (stages); es++)
            for (guint ed = 1; ed < G_N_ELEMENTS (dates); ed++)
              for (guint ec = 0; ec < G_N_ELEMENTS (councils); ec++)
                {
                  const char *reason = r == 1 ? "other_employment" : NULL;
                  g_autofree char *before = NULL;
                  g_autofree char *old_row = NULL;
                  g_autofree char *new_row = NULL;
                  int old_rc;
                  int new_rc;

                  /* A withdrawn trainee always has its reason. */
                  if (g_str_equal (stages[s], "withdrawn") && reason == NULL)
                    continue;

                  id++;
                  add_trainee (old_db, id, stages[s], dates[d], councils[c], reason);
                  add_trainee (new_db, id, stages[s], dates[d], councils[c], reason);
                  before = trainee_row (new_db, id);

                  old_rc = add_event (old_db, id, stages[es], dates[ed], councils[ec]);
                  new_rc = add_event (new_db, id, stages[es], dates[ed], councils[ec]);
                  g_assert_cmpint (new_rc, ==, old_rc);

                  old_row = trainee_row (old_db, id);
                  new_row = trainee_row (new_db, id);
                  g_assert_cmpstr (new_row, ==, old_row);
                  if (g_str_equal (new_row, before))
                    {
                      g_assert_cmpint (count_writes (new_db, id), ==, 0);
                      unchanged++;
                    }
                  else
                    {
                      g_assert_cmpint (count_writes (new_db, id), >=, 1);
                      changed++;
                    }
                }

  /* Both kinds were met. */
  g_assert_cmpuint (unchanged, >, 0);
  g_assert_cmpuint (changed, >, 0);
  sqlite3_close (old_db);
  sqlite3_close (new_db);
}

/* A trainee's whole history, event after event, with the same stage
 * and date repeated: the same trainee after each event as version 1
 * made it. */
static void
test_history_as_version_1 (void)
{
  static const struct { const char *stage; const char *on; gint64 council; } events[] = {
    { "applied", "2020-01-01", 0 },
    { "applied", "2020-01-01", 0 },
    { "qualified", "2020-01-01", 0 },
    { "qualified", "2020-02-01", 0 },
    { "employed", "2020-02-01", 1 },
    { "employed", "2020-02-01", 1 },
    { "employed", "2020-02-01", 2 },
    { "employed", "2020-02-01", 0 },
    { "retained_12", "2021-02-01", 1 },
    { "withdrawn", "2021-03-01", 0 },
  };
  sqlite3 *old_db = open_schema (STAGE_TRIGGER_MIGRATION - 1);
  sqlite3 *new_db = open_schema (0);

  exec_ok (new_db, COUNT_WRITES);
  add_trainee (old_db, 1, "applied", NULL, 0, "other_employment");
  add_trainee (new_db, 1, "applied", NULL, 0, "other_employment");
  for (guint i = 0; i < G_N_ELEMENTS (events); i++)
    {
      g_autofree char *before = trainee_row (new_db, 1);
      g_autofree char *old_row = NULL;
      g_autofree char *new_row = NULL;
      gint64 writes = count_writes (new_db, 1);

      g_assert_cmpint (add_event (old_db, 1, events[i].stage, events[i].on, events[i].council), ==, SQLITE_DONE);
      g_assert_cmpint (add_event (new_db, 1, events[i].stage, events[i].on, events[i].council), ==, SQLITE_DONE);
      old_row = trainee_row (old_db, 1);
      new_row = trainee_row (new_db, 1);
      g_assert_cmpstr (new_row, ==, old_row);
      g_assert_cmpint (count_writes (new_db, 1) > writes, ==, !g_str_equal (new_row, before));
    }
  sqlite3_close (old_db);
  sqlite3_close (new_db);
}

static char *
triggers (sqlite3 *db)
{
  return query_text (db, "SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND ?1 ORDER BY name", 1);
}

static RcStore *
open_demo (void)
{
  static guint counter;
  g_autofree char *path = g_strdup_printf ("%s/stage-trigger-%u.db", rc_test_get_tmpdir (), ++counter);
  g_autoptr(GError) error = NULL;
  RcStore *store;

  g_assert_true (rc_demo_write (path, &error));
  g_assert_no_error (error);
  store = rc_store_open (path, &error);
  g_assert_no_error (error);

  return store;
}

/* An import writes each new trainee once: inserted as "applied" on the
 * day of its "applied" event, the trigger has nothing to change. The
 * store's own database has the trigger the tests above check. */
static void
test_import_writes_once (void)
{
  g_autoptr(RcStore) store = open_demo ();
  g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autoptr(GError) error = NULL;
  sqlite3 *db = rc_store_get_db (store);
  sqlite3 *schema = open_schema (0);
  g_autofree char *store_triggers = triggers (db);
  g_autofree char *schema_triggers = triggers (schema);
  g_autofree char *rows = NULL;
  guint failed = 0;

  g_assert_cmpstr (store_triggers, ==, schema_triggers);
  sqlite3_close (schema);

  exec_ok (db, COUNT_WRITES);
  for (guint i = 0; i < 3; i++)
    {
      RcTrainee *trainee = rc_trainee_new ();

      trainee->cohort_id = STEP_UP;
      trainee->reference = g_strdup_printf ("SU1-9%u", i);
      trainee->applied_on = i == 1 ? NULL : g_strdup ("2016-03-01");
      g_ptr_array_add (batch, trainee);
    }
  g_assert_true (rc_store_add_trainees (store, STEP_UP, batch, "Imported three", &failed, &error));
  g_assert_no_error (error);

  g_assert_cmpint (query_int (db, "SELECT count(*) FROM trainee_writes WHERE ?1", 1), ==, 0);
  rows = query_text (db,
                     "SELECT t.reference, t.stage, t.stage_on, e.stage, e.occurred_on FROM trainee t "
                     "JOIN trainee_event e ON e.trainee_id = t.id "
                     "WHERE t.reference GLOB 'SU1-9?' AND t.cohort_id = ?1 ORDER BY t.reference",
                     STEP_UP);
  {
    g_autofree char *expected = g_strdup_printf ("SU1-90|applied|2016-03-01|applied|2016-03-01|"
                                                 "SU1-91|applied|%s|applied|%s|"
                                                 "SU1-92|applied|2016-03-01|applied|2016-03-01|",
                                                 today, today);
    g_assert_cmpstr (rows, ==, expected);
  }

  /* A move that changes the stage still writes it. */
  {
    g_autoptr(RcTrainee) trainee = NULL;
    gint64 id = query_int (db, "SELECT id FROM trainee WHERE reference = 'SU1-90' AND cohort_id = ?1", STEP_UP);

    g_assert_true (rc_store_move_trainee (store, id, RC_STAGE_ASSESSMENT, "2016-04-01", 0, NULL, NULL, &error));
    g_assert_no_error (error);
    trainee = rc_store_get_trainee (store, id, &error);
    g_assert_cmpint (trainee->stage, ==, RC_STAGE_ASSESSMENT);
    g_assert_cmpstr (trainee->stage_on, ==, "2016-04-01");
    g_assert_cmpint (count_writes (db, id), >=, 1);
  }
}

int
main (int   argc,
      char *argv[])
{
  rc_test_init_environment (&argc, &argv);

  g_test_add_func ("/stage-trigger/same-as-version-1", test_same_as_version_1);
  g_test_add_func ("/stage-trigger/history-as-version-1", test_history_as_version_1);
  g_test_add_func ("/stage-trigger/import-writes-once", test_import_writes_once);

  return g_test_run ();
}
