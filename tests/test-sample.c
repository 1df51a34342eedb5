/* test-sample.c: the demo database tells the south-west story, and the
 * national dataset is the same every time
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "model/rc-rates.h"
#include "model/rc-retention.h"
#include "rc-test-util.h"
#include "sample/rc-demo.h"
#include "sample/rc-national.h"
#include "store/rc-store.h"

static RcStore *
open_demo (void)
{
  static guint counter;
  g_autofree char *path = g_strdup_printf ("%s/demo-%u.db", rc_test_get_tmpdir (), ++counter);
  g_autoptr(GError) error = NULL;
  RcStore *store;

  g_assert_true (rc_demo_write (path, &error));
  g_assert_no_error (error);
  store = rc_store_open (path, &error);
  g_assert_no_error (error);

  return store;
}

static gint64
council_id (RcStore    *store,
            const char *code)
{
  g_autoptr(RcCouncil) council = rc_store_find_council_by_code (store, code, NULL);

  g_assert_nonnull (council);

  return council->id;
}

static RcCohort *
find_cohort (RcStore    *store,
             const char *programme_code)
{
  g_autoptr(GListModel) cohorts = rc_store_list_cohorts (store, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (cohorts); i++)
    {
      g_autoptr(RcCohort) cohort = g_list_model_get_item (cohorts, i);
      g_autoptr(RcProgramme) programme = rc_store_get_programme (store, cohort->programme_id, NULL);

      if (g_str_equal (programme->code, programme_code))
        return g_steal_pointer (&cohort);
    }

  return NULL;
}

static void
test_demo_partnership (void)
{
  g_autoptr(RcStore) store = open_demo ();
  g_autoptr(GListModel) consortia = rc_store_list_consortia (store, NULL);
  g_autoptr(RcConsortium) consortium = NULL;
  g_autoptr(GListModel) members = NULL;
  static const char *expected[] = {
    "E10000027", "E06000066", "E06000022", "E06000024", "E06000025", "E06000030", "E10000013",
    "E06000026", "E06000027", "E06000023", "E10000008", "E06000052",
  };
  guint proposed = 0;

  g_assert_cmpuint (g_list_model_get_n_items (consortia), ==, 1);
  consortium = g_list_model_get_item (consortia, 0);
  g_assert_cmpstr (consortium->lead_council_name, ==, "Somerset");

  members = rc_store_list_members (store, consortium->id, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (members), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      gint64 id = council_id (store, expected[i]);
      gboolean found = FALSE;

      for (guint j = 0; j < g_list_model_get_n_items (members); j++)
        {
          g_autoptr(RcConsortiumMember) member = g_list_model_get_item (members, j);

          if (member->council_id == id)
            {
              found = TRUE;
              proposed += g_str_equal (member->role, "proposed");
              /* Somerset County Council's membership ended with it. */
              if (g_str_equal (expected[i], "E10000027"))
                g_assert_cmpstr (member->left_on, ==, "2023-03-31");
            }
        }
      g_assert_true (found);
    }
  /* Plymouth, Torbay, Bristol, Devon and Cornwall, proposed by the bid. */
  g_assert_cmpuint (proposed, ==, 5);
}

static void
test_demo_first_cohort (void)
{
  g_autoptr(RcStore) store = open_demo ();
  g_autoptr(RcCohort) cohort = find_cohort (store, "step_up");
  g_autoptr(GListModel) trainees = NULL;
  g_autoptr(GError) error = NULL;
  gint64 somerset = council_id (store, "E10000027");
  guint hosted_by_somerset = 0;
  RcRetention retention;
  guint counts[RC_N_STAGES];

  g_assert_nonnull (cohort);
  g_assert_cmpint (cohort->places_funded, ==, 28);
  g_assert_cmpstr (cohort->ends_on, ==, "2017-03-31");

  trainees = rc_store_list_trainees (store, cohort->id, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (trainees), ==, 28);
  for (guint i = 0; i < 28; i++)
    {
      g_autoptr(RcTrainee) trainee = g_list_model_get_item (trainees, i);
      hosted_by_somerset += trainee->host_council_id == somerset;
    }
  g_assert_cmpuint (hosted_by_somerset, ==, 8);

  g_assert_true (rc_store_get_cohort_retention (store, cohort->id, 0, &retention, counts, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (retention.trainees, ==, 28);
  g_assert_cmpuint (retention.withdrawn, ==, 2);
  g_assert_cmpuint (retention.qualified, ==, 26);
  g_assert_cmpuint (retention.registered, ==, 25);
  /* Two went to work for Wiltshire, outside the partnership. */
  g_assert_cmpuint (retention.employed_by_partner, ==, 23);
  g_assert_cmpuint (retention.retained_12, >, retention.retained_24);
  g_assert_cmpuint (retention.retained_24, >, 0);
}

static void
test_demo_returners (void)
{
  g_autoptr(RcStore) store = open_demo ();
  g_autoptr(RcCohort) cohort = find_cohort (store, "return");
  g_autoptr(GListModel) trainees = NULL;
  guint with_dates = 0;

  g_assert_nonnull (cohort);
  g_assert_cmpint (cohort->training_weeks, ==, 13);
  g_assert_cmpint (cohort->min_years_out, ==, 2);
  g_assert_cmpint (cohort->max_years_out, ==, 5);

  trainees = rc_store_list_trainees (store, cohort->id, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (trainees); i++)
    {
      g_autoptr(RcTrainee) trainee = g_list_model_get_item (trainees, i);
      with_dates += trainee->left_practice_on != NULL;
    }
  g_assert_cmpuint (with_dates, ==, g_list_model_get_n_items (trainees));
  g_assert_cmpuint (with_dates, ==, 14);
}

static void
test_demo_bids (void)
{
  g_autoptr(RcStore) store = open_demo ();
  g_autoptr(GListModel) bids = rc_store_list_bids (store, NULL);
  gboolean found = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (bids); i++)
    {
      g_autoptr(RcBid) bid = g_list_model_get_item (bids, i);
      g_autoptr(RcBidTotals) totals = NULL;

      if (bid->trainees_planned != 66)
        continue;

      found = TRUE;
      g_assert_cmpstr (bid->funder, ==, "Department for Education");
      g_assert_cmpstr (bid->decision_due_on, ==, "2017-01-31");
      g_assert_cmpstr (bid->status, ==, "submitted");
      totals = rc_store_get_bid_totals (store, bid->id, NULL);
      g_assert_cmpint (totals->total_pence, ==, bid->requested_pence);
      g_assert_cmpint (rc_bid_totals_get_council (totals, council_id (store, "E06000026")), >, 0);
      g_assert_cmpint (rc_bid_totals_get_council (totals, council_id (store, "E06000052")), >, 0);
    }
  g_assert_true (found);
}

static void
test_demo_workforce (void)
{
  g_autoptr(RcStore) store = open_demo ();
  g_autoptr(GListModel) somerset = rc_store_list_council_returns (store, council_id (store, "E06000066"), NULL);
  g_autoptr(GListModel) bath = rc_store_list_council_returns (store, council_id (store, "E06000022"), NULL);
  g_autoptr(GListModel) england = rc_store_list_benchmark_returns (store, RC_WORKFORCE_SCOPE_NATIONAL, 0, NULL);
  g_autoptr(RcWorkforceReturn) latest = NULL;
  g_autofree char *rate = NULL;

  /* 2017-2022 under Somerset County Council, 2023-2025 under Somerset Council. */
  g_assert_cmpuint (g_list_model_get_n_items (somerset), ==, 9);
  g_assert_cmpuint (g_list_model_get_n_items (bath), ==, 9);
  g_assert_cmpuint (g_list_model_get_n_items (england), ==, 9);

  latest = g_list_model_get_item (somerset, 8);
  g_assert_cmpint (latest->year, ==, 2025);
  rate = rc_rate_format_percent (rc_rate_vacancy (latest->vacancies_fte100, latest->in_post_fte100));
  g_assert_cmpstr (rate, ==, "14.9 %");
}

static void
test_national_is_repeatable (void)
{
  g_autoptr(GError) error = NULL;
  gint64 totals[2] = { 0, 0 };

  for (guint run = 0; run < 2; run++)
    {
      g_autofree char *path = g_strdup_printf ("%s/national-%u.db", rc_test_get_tmpdir (), run);
      g_autoptr(RcStore) store = rc_store_open (path, &error);
      g_autoptr(GListModel) bids = NULL;
      g_autoptr(GListModel) cohorts = NULL;
      guint trainees = 0;

      g_assert_no_error (error);
      g_assert_true (rc_national_populate (store, 2000, 20, &error));
      g_assert_no_error (error);

      bids = rc_store_list_bids (store, NULL);
      g_assert_cmpuint (g_list_model_get_n_items (bids), ==, 20);
      for (guint i = 0; i < 20; i++)
        {
          g_autoptr(RcBid) bid = g_list_model_get_item (bids, i);
          totals[run] += bid->requested_pence;
        }

      cohorts = rc_store_list_cohorts (store, NULL);
      for (guint i = 0; i < g_list_model_get_n_items (cohorts); i++)
        {
          g_autoptr(RcCohort) cohort = g_list_model_get_item (cohorts, i);
          g_autoptr(GListModel) list = rc_store_list_trainees (store, cohort->id, NULL);
          trainees += g_list_model_get_n_items (list);
        }
      g_assert_cmpuint (trainees, ==, 2000);
    }

  g_assert_cmpint (totals[0], ==, totals[1]);
  g_assert_cmpint (totals[0], >, 0);
}

int
main (int   argc,
      char *argv[])
{
  rc_test_init_environment (&argc, &argv);

  g_test_add_func ("/sample/demo/partnership", test_demo_partnership);
  g_test_add_func ("/sample/demo/first-cohort", test_demo_first_cohort);
  g_test_add_func ("/sample/demo/returners", test_demo_returners);
  g_test_add_func ("/sample/demo/bids", test_demo_bids);
  g_test_add_func ("/sample/demo/workforce", test_demo_workforce);
  g_test_add_func ("/sample/national/repeatable", test_national_is_repeatable);

  return g_test_run ();
}
