/* test-store-postgres.c: RcStore on RcPgBackend, against a real server
 *
 * The same round trips run on a new SQLite file and on a PostgreSQL
 * database that build-aux/pg-test-server starts, and give the same
 * answers: councils (the reference data included), a bid with its lines
 * and totals, a cohort with a trainee whose stage moves, a value the
 * database refuses with the same words, audit lines with the database
 * role, another connection's commit seen as changed elsewhere, and a
 * partner council's login reading and moving through the store what
 * access.sql lets it. Never skipped.
 *
 * What this does not cover yet (docs/shared-database.md): the store's
 * other calls (imports, erasure, the updating log, funnels, monitoring,
 * workforce returns) have not been run on the server.
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <libpq-fe.h>
#include <string.h>
#include <sys/wait.h>

#include "rc-test-pg.h"
#include "rc-test-util.h"
#include "model/rc-bid-totals.h"
#include <glib/gstdio.h>

#include "export/rc-bid-workbook.h"
#include "sample/rc-demo.h"
#include "store/rc-pg-backend.h"
#include "store/rc-pg-schema.h"
#include "store/rc-store.h"
#include "store/rc-store-server.h"
#include "store/rc-store-bids.h"
#include "store/rc-store-cohorts.h"
#include "store/rc-store-councils.h"
#include "store/rc-store-trainees.h"

#define SOMERSET "E06000066"
#define BATH "E06000022"

/* What a round trip gave, to compare the two backends. */
typedef struct
{
  guint   n_councils;
  gint64  new_council_id;
  char   *new_council_name;
  gint64  bid_total_pence;
  gint64  bursaries_pence;
  guint   n_lines;
  char   *first_line_category;
  char   *bid_status;
  char   *stage;
  char   *stage_on;
  guint   n_events;
  char   *refused;
  char   *refused_unique;
  char   *report;
  char   *erased;
} Outcome;

static void
outcome_clear (Outcome *outcome)
{
  g_free (outcome->new_council_name);
  g_free (outcome->first_line_category);
  g_free (outcome->bid_status);
  g_free (outcome->stage);
  g_free (outcome->stage_on);
  g_free (outcome->refused);
  g_free (outcome->refused_unique);
  g_free (outcome->report);
  g_free (outcome->erased);
}

static gint64
council_id (RcStore    *store,
            const char *code)
{
  g_autoptr(GListModel) councils = rc_store_list_councils (store, NULL);

  for (guint i = 0; councils != NULL && i < g_list_model_get_n_items (councils); i++)
    {
      g_autoptr(RcCouncil) council = g_list_model_get_item (councils, i);

      if (g_strcmp0 (council->gss_code, code) == 0)
        return council->id;
    }
  g_assert_not_reached ();

  return 0;
}

static gint64
add_line (RcStore    *store,
          gint64      bid_id,
          gint64      council,
          const char *category,
          gint64      quantity100,
          gint64      unit_cost_pence)
{
  g_autoptr(RcBidLine) line = rc_bid_line_new ();
  g_autoptr(GError) error = NULL;

  line->bid_id = bid_id;
  line->council_id = council;
  line->category = g_strdup (category);
  line->quantity100 = quantity100;
  line->unit_cost_pence = unit_cost_pence;
  g_assert_true (rc_store_save_bid_line (store, line, &error));
  g_assert_no_error (error);

  return line->id;
}

/* The store's basic round trips, as a coordinator makes them. */
static void
round_trip (RcStore *store,
            Outcome *outcome)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) councils = NULL;
  g_autoptr(GListModel) regions = NULL;
  g_autoptr(GListModel) lines = NULL;
  g_autoptr(GListModel) events = NULL;
  g_autoptr(RcRegion) region = NULL;
  g_autoptr(RcCouncil) council = rc_council_new ();
  g_autoptr(RcCouncil) again = NULL;
  g_autoptr(RcCouncil) bad = rc_council_new ();
  g_autoptr(RcConsortium) consortium = rc_consortium_new ();
  g_autoptr(RcBid) bid = rc_bid_new ();
  g_autoptr(RcBid) read_bid = NULL;
  g_autoptr(RcBidTotals) totals = NULL;
  g_autoptr(RcBidLine) first = NULL;
  g_autoptr(RcCohort) cohort = rc_cohort_new ();
  g_autoptr(RcTrainee) trainee = rc_trainee_new ();
  g_autoptr(RcTrainee) moved = NULL;

  /* A council, saved and read back. */
  regions = rc_store_list_regions (store, &error);
  g_assert_no_error (error);
  region = g_list_model_get_item (regions, 8);
  council->gss_code = g_strdup ("E06000999");
  council->name = g_strdup ("Test Unitary");
  council->kind = g_strdup ("unitary");
  council->la_number = 999;
  council->region_id = region->id;
  council->active_from_on = g_strdup ("2023-04-01");
  g_assert_true (rc_store_save_council (store, council, &error));
  g_assert_no_error (error);
  outcome->new_council_id = council->id;
  again = rc_store_get_council (store, council->id, &error);
  g_assert_no_error (error);
  outcome->new_council_name = g_strdup_printf ("%s %s %" G_GINT64_FORMAT " %s", again->gss_code, again->name,
                                               again->la_number, again->active_from_on);
  councils = rc_store_list_councils (store, &error);
  g_assert_no_error (error);
  outcome->n_councils = g_list_model_get_n_items (councils);

  /* Refused, with the constraint's words. */
  bad->gss_code = g_strdup ("X06000001");
  bad->name = g_strdup ("Nowhere");
  bad->kind = g_strdup ("unitary");
  bad->region_id = region->id;
  g_assert_false (rc_store_save_council (store, bad, &error));
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_CONSTRAINT);
  outcome->refused = g_strdup (error->message);
  g_clear_error (&error);
  g_free (bad->gss_code);
  bad->gss_code = g_strdup ("E06000999");
  g_assert_false (rc_store_save_council (store, bad, &error));
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_CONSTRAINT);
  outcome->refused_unique = g_strdup (error->message);
  g_clear_error (&error);

  /* A consortium and its bid, with lines. */
  consortium->name = g_strdup ("Step Up south-west");
  consortium->lead_council_id = council_id (store, SOMERSET);
  g_assert_true (rc_store_save_consortium (store, consortium, &error));
  g_assert_no_error (error);
  bid->consortium_id = consortium->id;
  bid->title = g_strdup ("Step Up cohort 7");
  bid->funder = g_strdup ("Department for Education");
  bid->deadline_on = g_strdup ("2026-10-31");
  bid->trainees_planned = 20;
  g_assert_true (rc_store_save_bid (store, bid, &error));
  g_assert_no_error (error);
  add_line (store, bid->id, council_id (store, SOMERSET), "bursaries", 1000, 1950000);
  add_line (store, bid->id, council_id (store, BATH), "bursaries", 450, 1950000);
  add_line (store, bid->id, council_id (store, BATH), "travel", 333, 1234);
  add_line (store, bid->id, 0, "coordination", 100, 5300000);
  g_assert_true (rc_store_set_bid_status (store, bid->id, RC_BID_STATUS_SUBMITTED, "2026-10-30", NULL, &error));
  g_assert_no_error (error);
  read_bid = rc_store_get_bid (store, bid->id, &error);
  g_assert_no_error (error);
  outcome->bid_status = g_strdup_printf ("%s %s", read_bid->status, read_bid->submitted_on);
  lines = rc_store_list_bid_lines (store, bid->id, &error);
  g_assert_no_error (error);
  outcome->n_lines = g_list_model_get_n_items (lines);
  first = g_list_model_get_item (lines, 0);
  outcome->first_line_category = g_strdup (first->category);
  totals = rc_store_get_bid_totals (store, bid->id, &error);
  g_assert_no_error (error);
  outcome->bid_total_pence = totals->total_pence;
  outcome->bursaries_pence = totals->category_pence[RC_COST_BURSARIES];

  /* A cohort's trainee, moved on a stage. */
  cohort->programme_id = 1;
  cohort->consortium_id = consortium->id;
  cohort->name = g_strdup ("Cohort 7");
  cohort->starts_on = g_strdup ("2026-01-05");
  cohort->ends_on = g_strdup ("2027-03-31");
  cohort->places_funded = 20;
  cohort->min_years_out = 2;
  cohort->max_years_out = 5;
  g_assert_true (rc_store_save_cohort (store, cohort, &error));
  g_assert_no_error (error);
  trainee->cohort_id = cohort->id;
  trainee->reference = g_strdup ("S1");
  trainee->given_name = g_strdup ("Sam");
  trainee->family_name = g_strdup ("Somer");
  trainee->email = g_strdup ("sam@example.org");
  trainee->host_council_id = council_id (store, SOMERSET);
  trainee->applied_on = g_strdup ("2025-10-01");
  g_assert_true (rc_store_save_trainee (store, trainee, &error));
  g_assert_no_error (error);
  g_assert_true (rc_store_move_trainee (store, trainee->id, RC_STAGE_OFFERED, "2025-11-20", 0, NULL,
                                        "Offered after the assessment centre", &error));
  g_assert_no_error (error);
  moved = rc_store_get_trainee (store, trainee->id, &error);
  g_assert_no_error (error);
  outcome->stage = g_strdup (rc_stage_to_key (moved->stage));
  outcome->stage_on = g_strdup (moved->stage_on);
  events = rc_store_list_trainee_events (store, trainee->id, &error);
  g_assert_no_error (error);
  outcome->n_events = g_list_model_get_n_items (events);

  /* The subject access report, then erasure. */
  outcome->report = rc_store_subject_access_report (store, trainee->id, &error);
  g_assert_no_error (error);
  g_assert_true (rc_store_erase_trainee (store, trainee->id, &error));
  g_assert_no_error (error);
  g_clear_object (&moved);
  moved = rc_store_get_trainee (store, trainee->id, &error);
  g_assert_no_error (error);
  outcome->erased = g_strdup_printf ("%s %s %s %s", moved->reference, rc_stage_to_key (moved->stage),
                                     moved->given_name ? moved->given_name : "-",
                                     moved->email ? moved->email : "-");
}

static RcStore *
open_pg_store (const char      *user,
               RcPgBackend    **backend_out)
{
  g_autofree char *uri = rc_test_pg_uri_for (user);
  g_autoptr(GError) error = NULL;
  RcPgBackend *backend = rc_pg_backend_open (uri, &error);

  g_assert_no_error (error);
  g_assert_nonnull (backend);
  *backend_out = backend;

  return rc_store_new_for_backend (RC_STORE_BACKEND (backend));
}

static char *
server_value (RcPgBackend *backend,
              const char  *sql)
{
  PGresult *result = PQexec (rc_pg_backend_get_connection (backend), sql);
  char *value = NULL;

  if (PQresultStatus (result) == PGRES_TUPLES_OK && PQntuples (result) == 1)
    value = g_strdup (PQgetvalue (result, 0, 0));
  PQclear (result);

  return value;
}

/* The logins the region would have: made with the calls --add-user
 * makes, by the server's owner. */
static void
add_logins (void)
{
  g_autofree char *admin_uri = rc_test_pg_uri_for ("postgres");
  g_autoptr(GError) error = NULL;
  PGconn *admin = PQconnectdb (admin_uri);

  g_assert_cmpint (PQstatus (admin), ==, CONNECTION_OK);
  g_assert_true (rc_pg_schema_install (admin, &error));
  g_assert_no_error (error);
  g_assert_true (rc_pg_add_login (admin, "lead_coordinator", NULL, &error));
  g_assert_true (rc_pg_add_login (admin, "second_coordinator", NULL, &error));
  g_assert_true (rc_pg_add_login (admin, "bath_staff", BATH, &error));
  g_assert_no_error (error);
  PQfinish (admin);
}

static void
test_round_trips (void)
{
  g_autofree char *dir = g_build_filename (rc_test_get_tmpdir (), "round-trips", NULL);
  g_autofree char *path = g_build_filename (dir, "test.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(RcStore) sqlite_store = NULL;
  g_autoptr(RcStore) pg_store = NULL;
  g_autoptr(RcPgBackend) backend = NULL;
  g_autofree char *role = NULL;
  Outcome on_sqlite = { 0 };
  Outcome on_pg = { 0 };

  g_mkdir_with_parents (dir, 0700);
  sqlite_store = rc_store_open (path, &error);
  g_assert_no_error (error);
  round_trip (sqlite_store, &on_sqlite);

  pg_store = open_pg_store ("lead_coordinator", &backend);
  round_trip (pg_store, &on_pg);

  g_assert_cmpuint (on_pg.n_councils, ==, on_sqlite.n_councils);
  g_assert_cmpint (on_pg.new_council_id, ==, on_sqlite.new_council_id);
  g_assert_cmpstr (on_pg.new_council_name, ==, on_sqlite.new_council_name);
  g_assert_cmpstr (on_pg.new_council_name, ==, "E06000999 Test Unitary 999 2023-04-01");
  g_assert_cmpint (on_pg.bid_total_pence, ==, on_sqlite.bid_total_pence);
  g_assert_cmpint (on_pg.bid_total_pence, ==, 28275000 + 4109 + 5300000);
  g_assert_cmpint (on_pg.bursaries_pence, ==, on_sqlite.bursaries_pence);
  g_assert_cmpuint (on_pg.n_lines, ==, 4);
  g_assert_cmpuint (on_pg.n_lines, ==, on_sqlite.n_lines);
  g_assert_cmpstr (on_pg.first_line_category, ==, on_sqlite.first_line_category);
  g_assert_cmpstr (on_pg.bid_status, ==, on_sqlite.bid_status);
  g_assert_cmpstr (on_pg.bid_status, ==, "submitted 2026-10-30");
  g_assert_cmpstr (on_pg.stage, ==, "offered");
  g_assert_cmpstr (on_pg.stage, ==, on_sqlite.stage);
  g_assert_cmpstr (on_pg.stage_on, ==, on_sqlite.stage_on);
  g_assert_cmpuint (on_pg.n_events, ==, 2);
  g_assert_cmpuint (on_pg.n_events, ==, on_sqlite.n_events);
  /* The same report of what is held about the trainee, but for the
   * times written, and the same erasure. */
  g_assert_nonnull (strstr (on_pg.report, "sam@example.org"));
  g_assert_nonnull (strstr (on_pg.report, "Offered after the assessment centre"));
  {
    g_auto(GStrv) pg_lines = g_strsplit (on_pg.report, "\n", -1);
    g_auto(GStrv) sqlite_lines = g_strsplit (on_sqlite.report, "\n", -1);

    g_assert_cmpuint (g_strv_length (pg_lines), ==, g_strv_length (sqlite_lines));
    for (guint i = 0; pg_lines[i] != NULL && sqlite_lines[i] != NULL; i++)
      if (strstr (pg_lines[i], "T") == NULL || strstr (pg_lines[i], "Z") == NULL)
        g_assert_cmpstr (pg_lines[i], ==, sqlite_lines[i]);
  }
  g_assert_cmpstr (on_pg.erased, ==, "S1 offered - -");
  g_assert_cmpstr (on_pg.erased, ==, on_sqlite.erased);
  /* The same words for the same refusals. */
  g_assert_cmpstr (on_pg.refused, ==, on_sqlite.refused);
  g_assert_cmpstr (on_pg.refused, ==, "A council code is E06, E08, E09 or E10 followed by six digits");
  g_assert_cmpstr (on_pg.refused_unique, ==, on_sqlite.refused_unique);

  /* The audit lines name the database role. */
  role = server_value (backend, "SELECT string_agg (DISTINCT db_role, ',') FROM audit_log WHERE entity = 'trainee'");
  g_assert_cmpstr (role, ==, "lead_coordinator");

  outcome_clear (&on_sqlite);
  outcome_clear (&on_pg);
  g_assert_finalize_object (g_steal_pointer (&pg_store));
  g_assert_finalize_object (g_steal_pointer (&backend));
}

static gboolean
heard (RcPgBackend *backend)
{
  for (int i = 0; i < 500; i++)
    {
      if (rc_store_backend_changed_elsewhere (RC_STORE_BACKEND (backend)))
        return TRUE;
      g_usleep (10000);
    }

  return FALSE;
}

/* Another login's commit is heard, ours is not. */
static void
test_changed_elsewhere (void)
{
  g_autoptr(RcPgBackend) one = NULL;
  g_autoptr(RcPgBackend) other = NULL;
  g_autoptr(RcStore) store = open_pg_store ("lead_coordinator", &one);
  g_autoptr(RcStore) other_store = open_pg_store ("second_coordinator", &other);
  g_autoptr(RcCouncil) council = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (rc_store_backend_changed_elsewhere (RC_STORE_BACKEND (one)));
  council = rc_store_get_council (other_store, council_id (other_store, BATH), &error);
  g_assert_no_error (error);
  g_free (council->name);
  council->name = g_strdup ("Bath and North East Somerset Council");
  g_assert_true (rc_store_save_council (other_store, council, &error));
  g_assert_no_error (error);

  g_assert_true (heard (one));
  g_assert_false (rc_store_backend_changed_elsewhere (RC_STORE_BACKEND (other)));

  g_assert_finalize_object (g_steal_pointer (&store));
  g_assert_finalize_object (g_steal_pointer (&other_store));
  g_assert_finalize_object (g_steal_pointer (&one));
  g_assert_finalize_object (g_steal_pointer (&other));
}

static void
on_changed (RcStore      *store,
            RcEntityKind  kind,
            gint64       *when)
{
  if (*when == 0)
    *when = g_get_monotonic_time ();
}

static gboolean
is_set (gpointer data)
{
  return *(gint64 *) data != 0;
}

/* A window's store hears another login's commit and says "changed"
 * within two seconds (issue #19): its watch asks once a second. */
static void
test_live_update (void)
{
  g_autoptr(RcPgBackend) one = NULL;
  g_autoptr(RcPgBackend) other = NULL;
  g_autoptr(RcStore) window = open_pg_store ("lead_coordinator", &one);
  g_autoptr(RcStore) elsewhere = open_pg_store ("second_coordinator", &other);
  g_autoptr(RcCouncil) council = NULL;
  g_autoptr(GError) error = NULL;
  gint64 committed;
  gint64 heard = 0;

  rc_store_watch_changes (window);
  g_signal_connect (window, "changed", G_CALLBACK (on_changed), &heard);

  council = rc_store_get_council (elsewhere, council_id (elsewhere, SOMERSET), &error);
  g_assert_no_error (error);
  g_free (council->name);
  council->name = g_strdup ("Somerset Council");
  g_assert_true (rc_store_save_council (elsewhere, council, &error));
  g_assert_no_error (error);
  committed = g_get_monotonic_time ();

  g_assert_true (rc_test_wait_for (is_set, &heard, 5000));
  g_test_message ("heard %.0f ms after the commit", (heard - committed) / 1000.0);
  g_assert_cmpint (heard - committed, <, 2 * G_USEC_PER_SEC);

  g_clear_object (&council);
  council = rc_store_get_council (window, council_id (window, SOMERSET), &error);
  g_assert_cmpstr (council->name, ==, "Somerset Council");

  rc_store_unwatch_changes (window);
  g_signal_handlers_disconnect_by_data (window, &heard);
  g_assert_finalize_object (g_steal_pointer (&window));
  g_assert_finalize_object (g_steal_pointer (&elsewhere));
  g_assert_finalize_object (g_steal_pointer (&one));
  g_assert_finalize_object (g_steal_pointer (&other));
}

/* A partner's login through the store: another council's trainee without
 * a name, its own moved, the other not. */
static void
test_partner (void)
{
  g_autoptr(RcPgBackend) backend = NULL;
  g_autoptr(RcPgBackend) lead_backend = NULL;
  g_autoptr(RcStore) lead = open_pg_store ("lead_coordinator", &lead_backend);
  g_autoptr(RcStore) store = NULL;
  g_autoptr(RcTrainee) own = rc_trainee_new ();
  g_autoptr(RcTrainee) seen = NULL;
  g_autoptr(RcTrainee) other = NULL;
  g_autoptr(GListModel) trainees = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *user = NULL;

  own->cohort_id = 1;
  own->reference = g_strdup ("B1");
  own->given_name = g_strdup ("Bea");
  own->email = g_strdup ("bea@example.org");
  own->host_council_id = council_id (lead, BATH);
  own->applied_on = g_strdup ("2025-10-02");
  g_assert_true (rc_store_save_trainee (lead, own, &error));
  g_assert_no_error (error);
  /* Somerset's, not erased (S1 was, by the round trips). */
  {
    g_autoptr(RcTrainee) theirs = rc_trainee_new ();

    theirs->cohort_id = 1;
    theirs->reference = g_strdup ("S2");
    theirs->given_name = g_strdup ("Sol");
    theirs->email = g_strdup ("sol@example.org");
    theirs->host_council_id = council_id (lead, SOMERSET);
    theirs->applied_on = g_strdup ("2025-10-03");
    g_assert_true (rc_store_save_trainee (lead, theirs, &error));
    g_assert_no_error (error);
    g_assert_true (rc_store_move_trainee (lead, theirs->id, RC_STAGE_OFFERED, "2025-11-20", 0, NULL, NULL,
                                          &error));
    g_assert_no_error (error);
  }

  store = open_pg_store ("bath_staff", &backend);
  user = rc_store_backend_user_name (RC_STORE_BACKEND (backend));
  g_assert_cmpstr (user, ==, "bath_staff");
  /* Not offered what the server would refuse: the retention prompt asks
   * only a login that may erase. */
  g_assert_false (rc_store_get_may_erase (store));
  g_assert_true (rc_store_get_may_erase (lead));
  trainees = rc_store_list_trainees (store, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (trainees), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(RcTrainee) trainee = g_list_model_get_item (trainees, i);

      if (g_str_equal (trainee->reference, "S2"))
        {
          g_assert_null (trainee->given_name);
          g_assert_null (trainee->email);
          g_assert_cmpint (trainee->stage, ==, RC_STAGE_OFFERED);
          other = g_object_ref (trainee);
        }
      else if (g_str_equal (trainee->reference, "B1"))
        g_assert_cmpstr (trainee->given_name, ==, "Bea");
    }
  g_assert_nonnull (other);

  g_assert_true (rc_store_move_trainee (store, own->id, RC_STAGE_ASSESSMENT, "2025-11-01", 0, NULL, NULL, &error));
  g_assert_no_error (error);
  seen = rc_store_get_trainee (lead, own->id, &error);
  g_assert_cmpint (seen->stage, ==, RC_STAGE_ASSESSMENT);

  g_assert_false (rc_store_move_trainee (store, other->id, RC_STAGE_ENROLLED, "2026-01-05", 0, NULL, NULL,
                                         &error));
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, "may not make this change"));
  g_clear_error (&error);
  g_clear_object (&seen);
  seen = rc_store_get_trainee (lead, other->id, &error);
  g_assert_cmpint (seen->stage, ==, RC_STAGE_OFFERED);
  g_assert_cmpstr (seen->given_name, ==, "Sol");

  g_clear_object (&trainees);
  g_assert_finalize_object (g_steal_pointer (&store));
  g_assert_finalize_object (g_steal_pointer (&lead));
  g_assert_finalize_object (g_steal_pointer (&backend));
  g_assert_finalize_object (g_steal_pointer (&lead_backend));
}

/* Every bid's workbook, written from each store: every sheet's cells,
 * and the strings they show, are the same. */
static guint
compare_workbooks (RcStore    *sqlite_store,
                   RcStore    *pg_store,
                   const char *dir)
{
  static const char *members[] = {
    "xl/sharedStrings.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml",
    "xl/worksheets/sheet3.xml", "xl/worksheets/sheet4.xml", "xl/worksheets/sheet5.xml",
    "xl/worksheets/sheet6.xml", "xl/workbook.xml",
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) bids = rc_store_list_bids (sqlite_store, &error);
  g_autoptr(GListModel) pg_bids = rc_store_list_bids (pg_store, &error);
  guint compared = 0;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (bids), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (pg_bids), ==, g_list_model_get_n_items (bids));
  for (guint i = 0; i < g_list_model_get_n_items (bids); i++)
    {
      g_autoptr(RcBid) bid = g_list_model_get_item (bids, i);
      g_autofree char *name = g_strdup_printf ("bid-%" G_GINT64_FORMAT, bid->id);
      g_autofree char *on_sqlite = g_build_filename (dir, "sqlite.xlsx", NULL);
      g_autofree char *on_pg = g_build_filename (dir, "pg.xlsx", NULL);

      g_assert_true (rc_bid_workbook_write (sqlite_store, bid->id, on_sqlite, NULL, NULL, NULL, &error));
      g_assert_no_error (error);
      g_assert_true (rc_bid_workbook_write (pg_store, bid->id, on_pg, NULL, NULL, NULL, &error));
      g_assert_no_error (error);
      for (guint m = 0; m < G_N_ELEMENTS (members); m++)
        {
          g_autofree char *a = rc_test_unzip_member (on_sqlite, members[m]);
          g_autofree char *b = rc_test_unzip_member (on_pg, members[m]);

          if (g_strcmp0 (a, b) != 0)
            {
              gsize at = 0;

              while (a[at] != '\0' && a[at] == b[at])
                at++;
              g_test_message ("%s: %s differs at byte %" G_GSIZE_FORMAT ": %.60s | %.60s",
                              name, members[m], at, a + at, b + at);
              g_test_fail ();
            }
          compared += *a != '\0';
        }
      g_unlink (on_sqlite);
      g_unlink (on_pg);
    }

  return compared;
}

/* The demo, written through the store, as on SQLite. */
static void
test_demo (void)
{
  g_autofree char *dir = g_build_filename (rc_test_get_tmpdir (), "demo", NULL);
  g_autofree char *path = g_build_filename (dir, "demo.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(RcStore) sqlite_store = NULL;
  g_autoptr(RcStore) pg_store = NULL;
  g_autoptr(RcPgBackend) backend = NULL;

  g_mkdir_with_parents (dir, 0700);
  sqlite_store = rc_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (rc_demo_populate (sqlite_store, &error));
  g_assert_no_error (error);

  {
    /* A database of its own, made by its owner's first connection. */
    g_autofree char *uri = rc_test_pg_uri ("demo", "postgres");

    backend = rc_pg_backend_open (uri, &error);
    g_assert_no_error (error);
    pg_store = rc_store_new_for_backend (RC_STORE_BACKEND (backend));
  }
  g_assert_true (rc_demo_populate (pg_store, &error));
  g_assert_no_error (error);

  g_test_message ("%u parts of the demo's bid workbooks compared", compare_workbooks (sqlite_store, pg_store, dir));

  g_assert_finalize_object (g_steal_pointer (&pg_store));
  g_assert_finalize_object (g_steal_pointer (&backend));
}

static char *
count_on_server (const char *uri,
                 const char *sql)
{
  PGconn *conn = PQconnectdb (uri);
  PGresult *result = PQexec (conn, sql);
  char *value = g_strdup (PQresultStatus (result) == PGRES_TUPLES_OK ? PQgetvalue (result, 0, 0) : "?");

  PQclear (result);
  PQfinish (conn);

  return value;
}

/* --import-trainees on the server: what it says, and all or nothing, as
 * on the file. */
static void
compare_imports (const char *file,
                 const char *uri,
                 const char *dir)
{
  static const char *counts =
    "SELECT (SELECT count(*) FROM rc_data.trainee) || ' ' || (SELECT count(*) FROM rc_data.trainee_event)";
  g_autofree char *good = g_build_filename (dir, "applicants.csv", NULL);
  g_autofree char *bad = g_build_filename (dir, "broken.csv", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *file_out = NULL;
  g_autofree char *server_out = NULL;
  g_autofree char *file_err = NULL;
  g_autofree char *server_err = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (good,
                                      "Reference,First name,Surname,Email,LA,Applied on\n"
                                      "SU1-90,Alex,Morgan,alex.morgan@example.org,E06000066,2016-09-01\n"
                                      "SU1-91,Bea,Lane,,\"Bristol, City of\",02/09/2016\n"
                                      "SU1-01,Someone,Else,,E06000066,2016-09-01\n", -1, &error));
  g_assert_true (g_file_set_contents (bad,
                                      "Reference,First name,Surname,Host council,Applied on\n"
                                      "SU1-92,Cal,Cole,E06000022,2016-09-01\n"
                                      "SU1-94,Eve,East,E06000022,2017-02-30\n", -1, &error));

  before = count_on_server (uri, counts);
  g_assert_cmpint (rc_test_run_app ((const char *[]) { "--database", file, "--import-trainees", "1", good, NULL },
                                &file_out, NULL), ==, 0);
  g_assert_cmpint (rc_test_run_app ((const char *[]) { "--database", uri, "--import-trainees", "1", good, NULL },
                                &server_out, NULL), ==, 0);
  g_assert_cmpstr (server_out, ==, file_out);
  g_assert_nonnull (strstr (server_out, "Added 2 trainees"));
  after = count_on_server (uri, counts);
  g_assert_cmpstr (before, !=, after);
  g_clear_pointer (&file_out, g_free);
  g_clear_pointer (&server_out, g_free);
  g_clear_pointer (&before, g_free);

  before = g_steal_pointer (&after);
  g_assert_cmpint (rc_test_run_app ((const char *[]) { "--database", file, "--import-trainees", "1", bad, NULL },
                                &file_out, &file_err), ==, 1);
  g_assert_cmpint (rc_test_run_app ((const char *[]) { "--database", uri, "--import-trainees", "1", bad, NULL },
                                &server_out, &server_err), ==, 1);
  g_assert_cmpstr (server_err, ==, file_err);
  after = count_on_server (uri, counts);
  g_assert_cmpstr (after, ==, before);
}

/* The command line on a shared database: --create-demo fills it, and
 * --export-bid writes the same workbook as from the demo file; a store
 * opened by its URI lends its workers readers on the server. */
static void
test_cli (void)
{
  g_autofree char *dir = g_build_filename (rc_test_get_tmpdir (), "cli", NULL);
  g_autofree char *file = g_build_filename (dir, "demo.db", NULL);
  g_autofree char *from_file = g_build_filename (dir, "file.xlsx", NULL);
  g_autofree char *from_server = g_build_filename (dir, "server.xlsx", NULL);
  g_autofree char *uri = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RcStore) store = NULL;
  g_autoptr(RcStore) reader = NULL;
  g_autoptr(GListModel) councils = NULL;

  g_mkdir_with_parents (dir, 0700);
  rc_test_pg_create_database ("cli");
  uri = rc_test_pg_uri ("cli", "postgres");

  g_assert_cmpint (rc_test_run_app ((const char *[]) { "--create-demo", file, NULL }, NULL, NULL), ==, 0);
  g_assert_cmpint (rc_test_run_app ((const char *[]) { "--create-demo", uri, NULL }, NULL, &err), ==, 0);
  g_assert_cmpstr (err, ==, "");
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (rc_test_run_app ((const char *[]) { "--database", file, "--export-bid", "2", from_file, NULL },
                                    NULL, NULL), ==, 0);
  g_assert_cmpint (rc_test_run_app ((const char *[]) { "--database", uri, "--export-bid", "2", from_server, NULL },
                                    NULL, &err), ==, 0);
  g_assert_cmpstr (err, ==, "");
  for (int sheet = 1; sheet <= 5; sheet++)
    {
      g_autofree char *member = g_strdup_printf ("xl/worksheets/sheet%d.xml", sheet);
      g_autofree char *a = rc_test_unzip_member (from_file, member);
      g_autofree char *b = rc_test_unzip_member (from_server, member);

      g_assert_cmpuint (strlen (a), >, 100);
      g_assert_true (g_str_equal (a, b));
    }

  compare_imports (file, uri, dir);

  store = rc_store_open_server (uri, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (rc_store_get_path (store), ==, uri);
  reader = rc_store_open_reader (store, &error);
  g_assert_no_error (error);
  councils = rc_store_list_councils (reader, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (councils), >, 150);
}

static char *
consortium_order (RcStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) consortia = NULL;
  g_autoptr(GString) names = g_string_new (NULL);
  const char *names_in[] = { "alpha partnership", "Zeta partnership", "beta partnership" };

  for (guint i = 0; i < G_N_ELEMENTS (names_in); i++)
    {
      g_autoptr(RcConsortium) consortium = rc_consortium_new ();

      consortium->name = g_strdup (names_in[i]);
      consortium->lead_council_id = council_id (store, BATH);
      g_assert_true (rc_store_save_consortium (store, consortium, &error));
      g_assert_no_error (error);
    }
  consortia = rc_store_list_consortia (store, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (consortia); i++)
    {
      g_autoptr(RcConsortium) consortium = g_list_model_get_item (consortia, i);

      g_string_append_printf (names, "%s;", consortium->name);
    }

  return g_string_free (g_steal_pointer (&names), FALSE);
}

/* Names list in SQLite's order, by bytes, in a database whose own
 * collation would put "alpha" before "Zeta". */
static void
test_byte_order (void)
{
  g_autofree char *dir = g_build_filename (rc_test_get_tmpdir (), "order", NULL);
  g_autofree char *path = g_build_filename (dir, "order.db", NULL);
  g_autofree char *uri = rc_test_pg_uri ("ordered", "postgres");
  g_autofree char *on_sqlite = NULL;
  g_autofree char *on_pg = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RcStore) sqlite_store = NULL;
  g_autoptr(RcStore) pg_store = NULL;

  g_mkdir_with_parents (dir, 0700);
  rc_test_pg_admin_exec ("CREATE DATABASE ordered LOCALE_PROVIDER icu ICU_LOCALE 'en-GB' LOCALE 'C.UTF-8' "
                         "TEMPLATE template0");
  sqlite_store = rc_store_open (path, &error);
  g_assert_no_error (error);
  pg_store = rc_store_open_server (uri, &error);
  g_assert_no_error (error);

  on_sqlite = consortium_order (sqlite_store);
  on_pg = consortium_order (pg_store);
  g_assert_cmpstr (on_sqlite, ==, "Zeta partnership;alpha partnership;beta partnership;");
  g_assert_cmpstr (on_pg, ==, on_sqlite);
}

static void
test_translate_parameters (void)
{
  static const struct { const char *sql; const char *pg; int n; } cases[] = {
    { "SELECT ?1, ?2", "SELECT $1, $2", 2 },
    { "SELECT ?, ?", "SELECT $1, $2", 2 },
    { "SELECT '?1', \"a?\", ?3 -- ?4\n, ?2", "SELECT '?1', \"a?\", $3 -- ?4\n, $2", 3 },
    { "SELECT 'it''s ?1', ?1 /* ?9 */", "SELECT 'it''s ?1', $1 /* ?9 */", 1 },
    { "SELECT 1", "SELECT 1", 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      int n = -1;
      g_autofree char *pg = rc_pg_translate_parameters (cases[i].sql, &n);

      g_assert_cmpstr (pg, ==, cases[i].pg);
      g_assert_cmpint (n, ==, cases[i].n);
    }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  rc_test_init_environment (&argc, &argv);
  /* A failed check goes on to the next, so the server is always stopped. */
  g_test_set_nonfatal_assertions ();

  g_test_add_func ("/store/postgres/translate-parameters", test_translate_parameters);
  g_test_add_func ("/store/postgres/round-trips", test_round_trips);
  g_test_add_func ("/store/postgres/changed-elsewhere", test_changed_elsewhere);
  g_test_add_func ("/store/postgres/live-update", test_live_update);
  g_test_add_func ("/store/postgres/partner", test_partner);
  g_test_add_func ("/store/postgres/demo", test_demo);
  g_test_add_func ("/store/postgres/cli", test_cli);
  g_test_add_func ("/store/postgres/byte-order", test_byte_order);

  rc_test_pg_start ("store");
  add_logins ();
  rc_test_pg_create_database ("demo");
  status = g_test_run ();
  rc_test_pg_stop ();

  return status;
}
