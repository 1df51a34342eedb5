/* test-measure.c: the four workforce measures, one return and pooled
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "model/rc-measure.h"
#include "model/rc-rates.h"
#include "rc-test-util.h"

/* Somerset's published 2025 row, with invented agency, leavers and cases. */
static RcWorkforceReturn *
somerset_2025 (void)
{
  RcWorkforceReturn *ret = rc_workforce_return_new ();

  ret->year = 2025;
  ret->in_post_fte100 = rc_figure (27930);
  ret->vacancies_fte100 = rc_figure (4900);
  ret->agency_fte100 = rc_figure (2500);
  ret->leavers_fte100 = rc_figure (3910);
  ret->cases = rc_figure (3650);
  ret->case_holders_fte100 = rc_figure (22530);

  return ret;
}

static void
test_keys (void)
{
  g_autofree char *keys = rc_measure_list_keys ();
  RcMeasure measure = RC_MEASURE_VACANCY;

  g_assert_cmpstr (keys, ==, "vacancy, agency, turnover, caseload");
  for (guint i = 0; i < RC_N_MEASURES; i++)
    {
      g_assert_true (rc_measure_from_key (rc_measure_get_key (i), &measure));
      g_assert_cmpint (measure, ==, i);
    }
  g_assert_true (rc_measure_from_key ("Agency", &measure));
  g_assert_cmpint (measure, ==, RC_MEASURE_AGENCY);
  measure = RC_MEASURE_TURNOVER;
  g_assert_false (rc_measure_from_key ("sickness", &measure));
  g_assert_false (rc_measure_from_key (NULL, &measure));
  g_assert_cmpint (measure, ==, RC_MEASURE_TURNOVER);

  g_assert_cmpstr (rc_measure_get_label (RC_MEASURE_VACANCY), ==, "Vacancy rate");
  g_assert_cmpstr (rc_measure_get_label (RC_MEASURE_CASELOAD), ==, "Caseload");
  g_assert_cmpstr (rc_measure_get_noun (RC_MEASURE_TURNOVER), ==, "turnover rate");
  g_assert_true (rc_measure_is_percent (RC_MEASURE_VACANCY));
  g_assert_true (rc_measure_is_percent (RC_MEASURE_AGENCY));
  g_assert_true (rc_measure_is_percent (RC_MEASURE_TURNOVER));
  g_assert_false (rc_measure_is_percent (RC_MEASURE_CASELOAD));
}

static void
test_compute (void)
{
  g_autoptr(RcWorkforceReturn) ret = somerset_2025 ();
  RcRate rate;

  /* 49 / (49 + 279.3) */
  rate = rc_measure_compute (RC_MEASURE_VACANCY, ret);
  g_assert_true (rate.present);
  g_assert_cmpfloat_with_epsilon (rate.value, 4900.0 / 32830.0, 1e-12);
  /* 25 / (25 + 279.3) */
  rate = rc_measure_compute (RC_MEASURE_AGENCY, ret);
  g_assert_cmpfloat_with_epsilon (rate.value, 2500.0 / 30430.0, 1e-12);
  /* 39.1 / 279.3 */
  rate = rc_measure_compute (RC_MEASURE_TURNOVER, ret);
  g_assert_cmpfloat_with_epsilon (rate.value, 3910.0 / 27930.0, 1e-12);
  /* 3650 cases / 225.3 FTE: cases per FTE, not a fraction */
  rate = rc_measure_compute (RC_MEASURE_CASELOAD, ret);
  g_assert_cmpfloat_with_epsilon (rate.value, 3650.0 / 225.3, 1e-9);

  /* Each agrees with rc-rates.h, which keeps the definitions. */
  g_assert_cmpfloat (rc_measure_compute (RC_MEASURE_AGENCY, ret).value, ==,
                     rc_rate_agency (ret->agency_fte100, ret->in_post_fte100).value);
}

static void
test_missing (void)
{
  g_autoptr(RcWorkforceReturn) ret = somerset_2025 ();
  double num = -1, den = -1;

  ret->cases = RC_FIGURE_MISSING;
  ret->in_post_fte100 = rc_figure (0);
  ret->vacancies_fte100 = rc_figure (0);

  g_assert_false (rc_measure_compute (RC_MEASURE_CASELOAD, ret).present);
  g_assert_false (rc_measure_parts (RC_MEASURE_CASELOAD, ret, &num, &den));
  /* 0 / (0 + 0) has no value; 25 / (25 + 0) does. */
  g_assert_false (rc_measure_compute (RC_MEASURE_VACANCY, ret).present);
  g_assert_false (rc_measure_compute (RC_MEASURE_TURNOVER, ret).present);
  g_assert_cmpfloat (rc_measure_compute (RC_MEASURE_AGENCY, ret).value, ==, 1.0);
  g_assert_cmpfloat (num, ==, -1);
}

/* The pooled rate weighs each council by its workforce: two councils with
 * 10 % and 30 % pool to 10 + 60 over 100 + 200, not to the mean 20 %. */
static void
test_pool (void)
{
  g_autoptr(RcWorkforceReturn) small = rc_workforce_return_new ();
  g_autoptr(RcWorkforceReturn) large = rc_workforce_return_new ();
  g_autoptr(RcWorkforceReturn) silent = rc_workforce_return_new ();
  RcMeasurePool pool = { 0 };
  RcRate rate;

  small->vacancies_fte100 = rc_figure (1000);
  small->in_post_fte100 = rc_figure (9000);
  large->vacancies_fte100 = rc_figure (6000);
  large->in_post_fte100 = rc_figure (14000);
  silent->in_post_fte100 = rc_figure (50000);

  g_assert_false (rc_measure_pool_rate (&pool).present);
  rc_measure_pool_add (&pool, RC_MEASURE_VACANCY, small);
  rate = rc_measure_pool_rate (&pool);
  g_assert_cmpfloat (rate.value, ==, rc_measure_compute (RC_MEASURE_VACANCY, small).value);

  rc_measure_pool_add (&pool, RC_MEASURE_VACANCY, large);
  /* A return without the figure adds nothing, not a 0. */
  rc_measure_pool_add (&pool, RC_MEASURE_VACANCY, silent);
  rate = rc_measure_pool_rate (&pool);
  g_assert_cmpuint (pool.n, ==, 2);
  g_assert_true (rate.present);
  g_assert_cmpfloat_with_epsilon (rate.value, 7000.0 / 30000.0, 1e-12);

  /* Caseloads pool as total cases over total case holders. */
  memset (&pool, 0, sizeof pool);
  small->cases = rc_figure (300);
  small->case_holders_fte100 = rc_figure (2000);
  large->cases = rc_figure (900);
  large->case_holders_fte100 = rc_figure (4000);
  rc_measure_pool_add (&pool, RC_MEASURE_CASELOAD, small);
  rc_measure_pool_add (&pool, RC_MEASURE_CASELOAD, large);
  g_assert_cmpfloat_with_epsilon (rc_measure_pool_rate (&pool).value, 1200.0 / 60.0, 1e-12);
}

int
main (int   argc,
      char *argv[])
{
  rc_test_init_environment (&argc, &argv);

  g_test_add_func ("/measure/keys", test_keys);
  g_test_add_func ("/measure/compute", test_compute);
  g_test_add_func ("/measure/missing", test_missing);
  g_test_add_func ("/measure/pool", test_pool);

  return g_test_run ();
}
