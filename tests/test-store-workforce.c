/* test-store-workforce.c: workforce returns, benchmarks and history across
 * a council's reorganisation
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "model/rc-measure.h"
#include "model/rc-rates.h"
#include "rc-test-util.h"
#include "store/rc-store.h"

static RcStore *
open_store (void)
{
  static guint counter;
  g_autofree char *path = g_strdup_printf ("%s/workforce-%u.db", rc_test_get_tmpdir (), ++counter);
  g_autoptr(GError) error = NULL;
  RcStore *store = rc_store_open (path, &error);

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

static RcWorkforceReturn *
make_return (gint64 council,
             int    year,
             gint64 in_post_fte100,
             gint64 vacancies_fte100)
{
  RcWorkforceReturn *ret = rc_workforce_return_new ();

  ret->scope = RC_WORKFORCE_SCOPE_COUNCIL;
  ret->council_id = council;
  ret->year = year;
  ret->in_post_fte100 = rc_figure (in_post_fte100);
  ret->vacancies_fte100 = rc_figure (vacancies_fte100);

  return ret;
}

static void
test_workforce_round_trip (void)
{
  g_autoptr(RcStore) store = open_store ();
  g_autoptr(RcWorkforceReturn) ret = make_return (council_id (store, "E06000066"), 2025, 27930, 4900);
  g_autoptr(RcWorkforceReturn) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *rate = NULL;

  ret->agency_fte100 = rc_figure (3510);
  ret->cases = rc_figure (4100);
  /* starters, leavers, case holders, sickness: not reported this year */
  g_assert_true (rc_store_save_workforce_return (store, ret, &error));
  g_assert_no_error (error);

  again = rc_store_get_workforce_return (store, ret->id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (again->area_name, ==, "Somerset");
  g_assert_cmpint (again->year, ==, 2025);
  g_assert_true (again->in_post_fte100.present);
  g_assert_cmpint (again->in_post_fte100.value, ==, 27930);
  g_assert_cmpint (again->agency_fte100.value, ==, 3510);
  g_assert_false (again->starters_fte100.present);
  g_assert_false (again->case_holders_fte100.present);
  g_assert_cmpstr (again->source, ==, "manual");

  /* Somerset's published 2025 row: 49 vacancies, 279.3 FTE in post. */
  rate = rc_rate_format_percent (rc_rate_vacancy (again->vacancies_fte100, again->in_post_fte100));
  g_assert_cmpstr (rate, ==, "14.9 %");
  g_assert_false (rc_rate_caseload (again->cases, again->case_holders_fte100).present);

  again->leavers_fte100 = rc_figure (4000);
  g_assert_true (rc_store_save_workforce_return (store, again, &error));
  g_clear_object (&ret);
  ret = rc_store_get_workforce_return (store, again->id, &error);
  g_assert_cmpint (ret->leavers_fte100.value, ==, 4000);

  g_assert_true (rc_store_delete_workforce_return (store, ret->id, &error));
  g_assert_null (rc_store_get_workforce_return (store, ret->id, &error));
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_NOT_FOUND);
}

static void
test_workforce_refuses_bad_values (void)
{
  g_autoptr(RcStore) store = open_store ();
  gint64 somerset = council_id (store, "E06000066");
  g_autoptr(RcWorkforceReturn) ret = make_return (somerset, 2024, 27000, -100);
  g_autoptr(RcWorkforceReturn) twin = make_return (somerset, 2024, 1, 1);
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (rc_store_save_workforce_return (store, ret, &error));
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "Vacancies cannot be negative");
  g_clear_error (&error);

  ret->vacancies_fte100 = rc_figure (4000);
  ret->year = 1999;
  g_assert_false (rc_store_save_workforce_return (store, ret, &error));
  g_assert_cmpstr (error->message, ==, "The reporting year must be between 2000 and 2100");
  g_clear_error (&error);

  ret->year = 2024;
  g_assert_true (rc_store_save_workforce_return (store, ret, &error));
  g_assert_false (rc_store_save_workforce_return (store, twin, &error));
  g_assert_cmpstr (error->message, ==, "This council already has a return for this year");
  g_clear_error (&error);

  twin->scope = RC_WORKFORCE_SCOPE_NATIONAL;
  g_assert_false (rc_store_save_workforce_return (store, twin, &error));
  g_assert_cmpstr (error->message, ==, "A return belongs to a council, a region or the whole country");

  list = rc_store_list_council_returns (store, somerset, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
}

static void
test_workforce_history_follows_successor (void)
{
  g_autoptr(RcStore) store = open_store ();
  gint64 old_somerset = council_id (store, "E10000027");
  gint64 new_somerset = council_id (store, "E06000066");
  g_autoptr(GPtrArray) returns = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GListModel) history = NULL;
  g_autoptr(GListModel) latest = NULL;
  g_autoptr(GError) error = NULL;

  /* DfE rows keep the code of their time: E10000027 until 2022. */
  for (int year = 2019; year <= 2022; year++)
    g_ptr_array_add (returns, make_return (old_somerset, year, 30000 + year, 5000));
  for (int year = 2023; year <= 2025; year++)
    g_ptr_array_add (returns, make_return (new_somerset, year, 28000 + year, 4900));
  g_assert_true (rc_store_put_workforce_returns (store, returns, "Imported 7 rows", &error));
  g_assert_no_error (error);
  g_assert_cmpint (((RcWorkforceReturn *) g_ptr_array_index (returns, 0))->id, >, 0);

  history = rc_store_list_council_returns (store, new_somerset, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (history), ==, 7);
  for (guint i = 0; i < 7; i++)
    {
      g_autoptr(RcWorkforceReturn) ret = g_list_model_get_item (history, i);
      g_assert_cmpint (ret->year, ==, 2019 + i);
    }

  /* The old council's own history stops at 2022. */
  g_clear_object (&history);
  history = rc_store_list_council_returns (store, old_somerset, &error);
  g_assert_cmpuint (g_list_model_get_n_items (history), ==, 4);

  latest = rc_store_list_latest_returns (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (latest), ==, 2);
}

static void
test_workforce_put_is_all_or_nothing (void)
{
  g_autoptr(RcStore) store = open_store ();
  gint64 somerset = council_id (store, "E06000066");
  g_autoptr(GPtrArray) returns = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GListModel) history = NULL;
  g_autoptr(GError) error = NULL;

  g_ptr_array_add (returns, make_return (somerset, 2023, 28000, 4000));
  g_ptr_array_add (returns, make_return (somerset, 2024, 28000, -1));
  g_assert_false (rc_store_put_workforce_returns (store, returns, NULL, &error));
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "2024"));
  g_assert_nonnull (strstr (error->message, "Vacancies cannot be negative"));

  history = rc_store_list_council_returns (store, somerset, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (history), ==, 0);
}

static void
test_workforce_put_updates_existing (void)
{
  g_autoptr(RcStore) store = open_store ();
  gint64 somerset = council_id (store, "E06000066");
  g_autoptr(GPtrArray) first = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) second = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GListModel) history = NULL;
  g_autoptr(RcWorkforceReturn) ret = NULL;
  g_autoptr(GError) error = NULL;

  g_ptr_array_add (first, make_return (somerset, 2024, 28000, 4000));
  g_assert_true (rc_store_put_workforce_returns (store, first, NULL, &error));
  g_ptr_array_add (second, make_return (somerset, 2024, 28100, 3900));
  g_assert_true (rc_store_put_workforce_returns (store, second, NULL, &error));
  g_assert_no_error (error);

  g_assert_cmpint (((RcWorkforceReturn *) g_ptr_array_index (first, 0))->id, ==,
                   ((RcWorkforceReturn *) g_ptr_array_index (second, 0))->id);
  history = rc_store_list_council_returns (store, somerset, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (history), ==, 1);
  ret = g_list_model_get_item (history, 0);
  g_assert_cmpint (ret->in_post_fte100.value, ==, 28100);
}

static void
test_workforce_benchmarks (void)
{
  g_autoptr(RcStore) store = open_store ();
  g_autoptr(GListModel) regions = rc_store_list_regions (store, NULL);
  g_autoptr(RcRegion) south_west = g_list_model_get_item (regions, 8);
  g_autoptr(GPtrArray) returns = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GListModel) national = NULL;
  g_autoptr(GListModel) regional = NULL;
  g_autoptr(RcWorkforceReturn) england = NULL;
  g_autoptr(GError) error = NULL;
  RcWorkforceReturn *ret;

  g_assert_cmpstr (south_west->gss_code, ==, "E12000009");

  ret = rc_workforce_return_new ();
  ret->scope = RC_WORKFORCE_SCOPE_NATIONAL;
  ret->year = 2024;
  ret->in_post_fte100 = rc_figure (3388500);
  ret->vacancies_fte100 = rc_figure (714500);
  g_ptr_array_add (returns, ret);

  ret = rc_workforce_return_new ();
  ret->scope = RC_WORKFORCE_SCOPE_REGION;
  ret->region_id = south_west->id;
  ret->year = 2024;
  ret->in_post_fte100 = rc_figure (300000);
  g_ptr_array_add (returns, ret);

  g_assert_true (rc_store_put_workforce_returns (store, returns, NULL, &error));
  g_assert_no_error (error);

  national = rc_store_list_benchmark_returns (store, RC_WORKFORCE_SCOPE_NATIONAL, 0, &error);
  g_assert_cmpuint (g_list_model_get_n_items (national), ==, 1);
  england = g_list_model_get_item (national, 0);
  g_assert_cmpstr (england->area_name, ==, "England");

  regional = rc_store_list_benchmark_returns (store, RC_WORKFORCE_SCOPE_REGION, south_west->id, &error);
  g_assert_cmpuint (g_list_model_get_n_items (regional), ==, 1);
}

/* The DfE's published rates are stored beside the figures, through both
 * the single save and the import's put, and refused out of range. */
static void
test_workforce_published_rates (void)
{
  g_autoptr(RcStore) store = open_store ();
  g_autoptr(RcWorkforceReturn) ret = rc_workforce_return_new ();
  g_autoptr(RcWorkforceReturn) again = NULL;
  g_autoptr(GPtrArray) returns = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GListModel) national = NULL;
  g_autoptr(GError) error = NULL;
  RcWorkforceReturn *england;
  RcRateSource source;

  ret->scope = RC_WORKFORCE_SCOPE_NATIONAL;
  ret->year = 2019;
  ret->published_vacancy_rate_pct100 = rc_figure (1740);
  ret->published_agency_rate_pct100 = rc_figure (1550);
  ret->published_turnover_rate_pct100 = rc_figure (1500);
  ret->published_caseload100 = rc_figure (1670);
  g_assert_true (rc_store_save_workforce_return (store, ret, &error));
  g_assert_no_error (error);

  again = rc_store_get_workforce_return (store, ret->id, &error);
  g_assert_cmpint (again->published_vacancy_rate_pct100.value, ==, 1740);
  g_assert_cmpint (again->published_agency_rate_pct100.value, ==, 1550);
  g_assert_cmpint (again->published_turnover_rate_pct100.value, ==, 1500);
  g_assert_cmpint (again->published_caseload100.value, ==, 1670);
  g_assert_false (again->in_post_fte100.present);
  g_assert_cmpfloat_with_epsilon (rc_measure_compute_sourced (RC_MEASURE_TURNOVER, again, &source).value,
                                  0.15, 1e-12);
  g_assert_cmpint (source, ==, RC_RATE_SOURCE_PUBLISHED);

  /* The put replaces a year's return with the rates it brings. */
  england = rc_workforce_return_copy (again);
  england->id = 0;
  england->published_vacancy_rate_pct100 = rc_figure (1800);
  england->published_caseload100 = RC_FIGURE_MISSING;
  g_ptr_array_add (returns, england);
  g_assert_true (rc_store_put_workforce_returns (store, returns, "test", &error));
  g_assert_no_error (error);
  national = rc_store_list_benchmark_returns (store, RC_WORKFORCE_SCOPE_NATIONAL, 0, &error);
  g_assert_cmpuint (g_list_model_get_n_items (national), ==, 1);
  g_clear_object (&again);
  again = g_list_model_get_item (national, 0);
  g_assert_cmpint (again->published_vacancy_rate_pct100.value, ==, 1800);
  g_assert_false (again->published_caseload100.present);

  again->published_vacancy_rate_pct100 = rc_figure (10001);
  g_assert_false (rc_store_save_workforce_return (store, again, &error));
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_CONSTRAINT);
  g_assert_cmpstr (error->message, ==, "A published vacancy rate must be between 0 and 100 %");
}

int
main (int   argc,
      char *argv[])
{
  rc_test_init_environment (&argc, &argv);

  g_test_add_func ("/store/workforce/round-trip", test_workforce_round_trip);
  g_test_add_func ("/store/workforce/refuses-bad-values", test_workforce_refuses_bad_values);
  g_test_add_func ("/store/workforce/history-follows-successor", test_workforce_history_follows_successor);
  g_test_add_func ("/store/workforce/put-all-or-nothing", test_workforce_put_is_all_or_nothing);
  g_test_add_func ("/store/workforce/put-updates", test_workforce_put_updates_existing);
  g_test_add_func ("/store/workforce/benchmarks", test_workforce_benchmarks);
  g_test_add_func ("/store/workforce/published-rates", test_workforce_published_rates);

  return g_test_run ();
}
