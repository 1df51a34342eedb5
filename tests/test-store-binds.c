/* test-store-binds.c: a bind that fails is a GError from the step, and
 * nothing is written; a rollback that fails is logged
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "rc-test-util.h"
#include "store/rc-store-private.h"
#include "store/rc-store-sqlite.h"

#define SOMERSET "E06000066"

/* Below every row the tests write, above the values made too long. */
#define LENGTH_LIMIT 190

typedef struct
{
  RcStore *store;
  gint64   programme_id;
  gint64   consortium_id;
  gint64   cohort_id;
} Fixture;

static guint
count_audit (RcStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) audit = rc_store_list_audit (store, NULL, 0, &error);

  g_assert_no_error (error);

  return g_list_model_get_n_items (audit);
}

static guint
count_cohorts (RcStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) cohorts = rc_store_list_cohorts (store, &error);

  g_assert_no_error (error);

  return g_list_model_get_n_items (cohorts);
}

static guint
count_trainees (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) trainees = rc_store_list_trainees (fixture->store, fixture->cohort_id, &error);

  g_assert_no_error (error);

  return g_list_model_get_n_items (trainees);
}

static gint64
step_up_id (RcStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) programmes = rc_store_list_programmes (store, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (programmes); i++)
    {
      g_autoptr(RcProgramme) programme = g_list_model_get_item (programmes, i);

      if (g_str_equal (programme->code, "step_up"))
        return programme->id;
    }
  g_assert_not_reached ();
}

static RcCohort *
make_cohort (Fixture    *fixture,
             const char *name,
             const char *notes)
{
  RcCohort *cohort = rc_cohort_new ();

  cohort->programme_id = fixture->programme_id;
  cohort->consortium_id = fixture->consortium_id;
  cohort->name = g_strdup (name);
  cohort->starts_on = g_strdup ("2024-01-08");
  cohort->ends_on = g_strdup ("2025-03-31");
  cohort->places_funded = 20;
  cohort->min_years_out = 2;
  cohort->max_years_out = 5;
  cohort->training_weeks = 60;
  cohort->notes = g_strdup (notes);

  return cohort;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  static guint counter;
  g_autofree char *path = g_strdup_printf ("%s/binds-%u.db", rc_test_get_tmpdir (), ++counter);
  g_autoptr(RcConsortium) consortium = rc_consortium_new ();
  g_autoptr(RcCouncil) somerset = NULL;
  g_autoptr(RcCohort) cohort = NULL;
  g_autoptr(GError) error = NULL;

  fixture->store = rc_store_open (path, &error);
  g_assert_no_error (error);

  somerset = rc_store_find_council_by_code (fixture->store, SOMERSET, &error);
  g_assert_no_error (error);
  consortium->name = g_strdup ("South West Step Up Partnership");
  consortium->lead_council_id = somerset->id;
  g_assert_true (rc_store_save_consortium (fixture->store, consortium, &error));
  g_assert_no_error (error);

  fixture->programme_id = step_up_id (fixture->store);
  fixture->consortium_id = consortium->id;
  cohort = make_cohort (fixture, "Step Up cohort 8", NULL);
  g_assert_true (rc_store_save_cohort (fixture->store, cohort, &error));
  g_assert_no_error (error);
  fixture->cohort_id = cohort->id;

  /* SQLite refuses to bind a string longer than this (SQLITE_TOOBIG). */
  sqlite3_limit (rc_store_get_db (fixture->store), SQLITE_LIMIT_LENGTH, LENGTH_LIMIT);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->store);
}

/* Before binds were checked, the notes were stored as NULL in silence,
 * and the save reported success. */
static void
test_too_long (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *long_notes = g_strnfill (LENGTH_LIMIT + 10, 'n');
  g_autoptr(RcCohort) cohort = make_cohort (fixture, "Step Up cohort 9", long_notes);
  g_autoptr(RcCohort) stored = NULL;
  g_autoptr(GError) error = NULL;
  guint cohorts = count_cohorts (fixture->store);
  guint audit = count_audit (fixture->store);

  /* A new cohort. */
  g_assert_false (rc_store_save_cohort (fixture->store, cohort, &error));
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_CONSTRAINT);
  g_assert_cmpstr (error->message, ==, "A value is too long to be stored; the change was not saved");
  g_clear_error (&error);
  g_assert_cmpint (cohort->id, ==, 0);
  g_assert_cmpuint (count_cohorts (fixture->store), ==, cohorts);
  g_assert_cmpuint (count_audit (fixture->store), ==, audit);

  /* The same statement, bound again within the limit: the failure was
   * its last use's, not this one's. */
  g_free (cohort->notes);
  cohort->notes = g_strdup ("Two places held for returners");
  g_assert_true (rc_store_save_cohort (fixture->store, cohort, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_cohorts (fixture->store), ==, cohorts + 1);
  audit = count_audit (fixture->store);

  /* A change to a stored cohort keeps what was stored. */
  g_free (cohort->notes);
  cohort->notes = g_strdup (long_notes);
  g_assert_false (rc_store_save_cohort (fixture->store, cohort, &error));
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  stored = rc_store_get_cohort (fixture->store, cohort->id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (stored->notes, ==, "Two places held for returners");
  g_assert_cmpuint (count_audit (fixture->store), ==, audit);
}

/* An import of three whose last has a name over the limit adds nobody:
 * the bulk insert binds without copying, through rc_bind_result(). */
static void
test_import_all_or_nothing (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GPtrArray) trainees = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  guint audit = count_audit (fixture->store);
  guint failed = 0;

  for (guint i = 0; i < 3; i++)
    {
      RcTrainee *trainee = rc_trainee_new ();

      trainee->cohort_id = fixture->cohort_id;
      trainee->reference = g_strdup_printf ("SU8-%02u", i + 1);
      trainee->family_name = g_strdup ("Penrose");
      trainee->given_name = i < 2 ? g_strdup ("Tamsin") : g_strnfill (LENGTH_LIMIT + 5, 't');
      g_ptr_array_add (trainees, trainee);
    }

  g_assert_false (rc_store_add_trainees (fixture->store, fixture->cohort_id, trainees,
                                         "Imported three trainees", &failed, &error));
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_CONSTRAINT);
  g_assert_cmpuint (failed, ==, 2);
  g_assert_cmpuint (count_trainees (fixture), ==, 0);
  g_assert_cmpuint (count_audit (fixture->store), ==, audit);
}

/* One literal, so one cached statement: rc_store_prepare() keys on it. */
static gboolean
write_audit_line (RcStore     *store,
                  int          extra_index,
                  gboolean     step,
                  GError     **error)
{
  RcStatement *stmt = rc_store_prepare (store,
                                        "INSERT INTO audit_log (entity, entity_id, action, summary) "
                                        "VALUES (?1, ?2, ?3, ?4)",
                                        error);

  g_assert_nonnull (stmt);
  rc_bind_text (stmt, 1, "cohort");
  rc_bind_id (stmt, 2, 1);
  rc_bind_text (stmt, 3, "update");
  rc_bind_text (stmt, 4, "Checked binds");
  if (extra_index != 0)
    rc_bind_int (stmt, extra_index, 7);

  return !step || rc_store_step_done (store, stmt, error);
}

/* A parameter the statement does not have: before binds were checked,
 * the line was written all the same. */
static void
test_out_of_range (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  guint audit = count_audit (fixture->store);

  g_assert_true (rc_store_begin (fixture->store, &error));
  g_assert_false (write_audit_line (fixture->store, 5, TRUE, &error));
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "(parameter 5)"));
  g_clear_error (&error);
  rc_store_rollback (fixture->store);
  g_assert_cmpuint (count_audit (fixture->store), ==, audit);

  /* A failed bind that was never stepped is forgotten when the statement
   * is prepared again. */
  g_assert_true (rc_store_begin (fixture->store, &error));
  g_assert_true (write_audit_line (fixture->store, 5, FALSE, &error));
  g_assert_true (write_audit_line (fixture->store, 0, TRUE, &error));
  g_assert_no_error (error);
  g_assert_true (rc_store_commit (fixture->store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_audit (fixture->store), ==, audit + 1);
}

/* A savepoint released behind the store's back cannot be rolled back to:
 * that is logged as a message (never a warning, which the tests make
 * fatal), and the outer rollback still undoes everything. */
static void
test_rollback_logged (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  guint audit = count_audit (fixture->store);

  g_assert_true (rc_store_begin (fixture->store, &error));
  g_assert_true (write_audit_line (fixture->store, 0, TRUE, &error));
  g_assert_true (rc_store_begin (fixture->store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_exec (rc_store_get_db (fixture->store), "RELEASE rc_nested", NULL, NULL, NULL),
                   ==, SQLITE_OK);

  g_test_expect_message ("rc-store", G_LOG_LEVEL_MESSAGE,
                         "Could not undo a change to *(ROLLBACK TO rc_nested): *no such savepoint: rc_nested");
  g_test_expect_message ("rc-store", G_LOG_LEVEL_MESSAGE,
                         "Could not undo a change to *(RELEASE rc_nested): *no such savepoint: rc_nested");
  rc_store_rollback (fixture->store);
  g_test_assert_expected_messages ();

  rc_store_rollback (fixture->store);
  g_assert_cmpuint (count_audit (fixture->store), ==, audit);
}

int
main (int   argc,
      char *argv[])
{
  rc_test_init_environment (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/store/binds/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("too-long", test_too_long);
  ADD ("import-all-or-nothing", test_import_all_or_nothing);
  ADD ("out-of-range", test_out_of_range);
  ADD ("rollback-logged", test_rollback_logged);

#undef ADD

  return g_test_run ();
}
