/* test-trend-chart.c: a measure over the years from the store, pooled,
 * against England, with gaps where a council did not return
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include <string.h>

#include "charts/rc-chart-export.h"
#include "export/rc-trend-chart.h"
#include "import/rc-workforce-import.h"
#include "rc-test-util.h"

typedef struct {
  RcStore *store;
  gint64   somerset;
  gint64   swindon;
  GArray  *ids;
} Fixture;

static RcWorkforceReturn *
make_return (RcWorkforceScope scope,
             gint64           council,
             int              year,
             gint64           in_post_fte100,
             gint64           vacancies_fte100)
{
  RcWorkforceReturn *ret = rc_workforce_return_new ();

  ret->scope = scope;
  ret->council_id = council;
  ret->year = year;
  ret->in_post_fte100 = rc_figure (in_post_fte100);
  ret->vacancies_fte100 = rc_figure (vacancies_fte100);
  ret->agency_fte100 = rc_figure (vacancies_fte100 / 2);

  return ret;
}

/* Somerset returned 2021, 2023 and 2024; Swindon only 2024; nobody 2022.
 * England returned 2023 and 2024, and 2015, before the chart begins. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  static guint counter;
  g_autofree char *path = g_strdup_printf ("%s/trend-%u.db", rc_test_get_tmpdir (), ++counter);
  g_autoptr(GPtrArray) returns = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(RcCouncil) somerset = NULL;
  g_autoptr(RcCouncil) swindon = NULL;
  g_autoptr(GError) error = NULL;

  fixture->store = rc_store_open (path, &error);
  g_assert_no_error (error);
  somerset = rc_store_find_council_by_code (fixture->store, "E06000066", &error);
  swindon = rc_store_find_council_by_code (fixture->store, "E06000030", &error);
  g_assert_nonnull (somerset);
  g_assert_nonnull (swindon);
  fixture->somerset = somerset->id;
  fixture->swindon = swindon->id;

  g_ptr_array_add (returns, make_return (RC_WORKFORCE_SCOPE_COUNCIL, somerset->id, 2021, 8000, 2000));
  g_ptr_array_add (returns, make_return (RC_WORKFORCE_SCOPE_COUNCIL, somerset->id, 2023, 8500, 1500));
  g_ptr_array_add (returns, make_return (RC_WORKFORCE_SCOPE_COUNCIL, somerset->id, 2024, 9000, 1000));
  g_ptr_array_add (returns, make_return (RC_WORKFORCE_SCOPE_COUNCIL, swindon->id, 2024, 17000, 3000));
  g_ptr_array_add (returns, make_return (RC_WORKFORCE_SCOPE_NATIONAL, 0, 2015, 3000000, 500000));
  g_ptr_array_add (returns, make_return (RC_WORKFORCE_SCOPE_NATIONAL, 0, 2023, 3200000, 640000));
  g_ptr_array_add (returns, make_return (RC_WORKFORCE_SCOPE_NATIONAL, 0, 2024, 3300000, 600000));
  g_assert_true (rc_store_put_workforce_returns (fixture->store, returns, "test", &error));
  g_assert_no_error (error);

  fixture->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_array_append_val (fixture->ids, fixture->somerset);
  g_array_append_val (fixture->ids, fixture->swindon);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_array_unref (fixture->ids);
  g_assert_finalize_object (fixture->store);
}

static guint
find_series (const RcLineChart *chart,
             const char        *label)
{
  for (guint i = 0; i < rc_line_chart_get_n_series (chart); i++)
    if (g_str_equal (rc_line_chart_get_series (chart, i)->label, label))
      return i;

  return RC_LINE_CHART_NONE;
}

static void
test_periods_and_gaps (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RcLineChart) chart = rc_trend_chart_build (fixture->store, RC_MEASURE_VACANCY, fixture->ids,
                                                       FALSE, FALSE, &error);
  const RcChartSeries *somerset, *swindon;

  g_assert_no_error (error);
  g_assert_cmpstr (rc_line_chart_get_title (chart), ==, "Vacancy rate, 2021–2024");
  g_assert_cmpint (rc_line_chart_get_format (chart), ==, RC_CHART_FORMAT_PERCENT);
  /* Every year from the first to the last, 2022 included though nobody
   * returned it; England's 2015 does not stretch the chart. */
  g_assert_cmpuint (rc_line_chart_get_n_periods (chart), ==, 4);
  g_assert_cmpstr (rc_line_chart_get_period (chart, 0), ==, "2021");
  g_assert_cmpstr (rc_line_chart_get_period (chart, 1), ==, "2022");
  g_assert_cmpstr (rc_line_chart_get_period (chart, 3), ==, "2024");

  /* One series per council, named after it, and nothing else. */
  g_assert_cmpuint (rc_line_chart_get_n_series (chart), ==, 2);
  somerset = rc_line_chart_get_series (chart, 0);
  swindon = rc_line_chart_get_series (chart, 1);
  g_assert_cmpstr (somerset->label, ==, "Somerset");
  g_assert_cmpstr (swindon->label, ==, "Swindon");

  /* 20 / (20 + 80) */
  g_assert_true (somerset->present[0]);
  g_assert_cmpfloat_with_epsilon (somerset->values[0], 0.2, 1e-12);
  g_assert_false (somerset->present[1]);
  g_assert_true (somerset->present[2]);
  g_assert_true (somerset->present[3]);
  /* Swindon has no return before 2024: gaps, not zeros. */
  g_assert_false (swindon->present[0]);
  g_assert_false (swindon->present[1]);
  g_assert_false (swindon->present[2]);
  g_assert_true (swindon->present[3]);
  g_assert_cmpuint (rc_line_chart_get_highlighted (chart), ==, RC_LINE_CHART_NONE);
}

static void
test_pooled_and_england (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RcLineChart) chart = rc_trend_chart_build (fixture->store, RC_MEASURE_VACANCY, fixture->ids,
                                                       TRUE, TRUE, &error);
  const RcChartSeries *pooled, *england;
  guint p, e;

  g_assert_no_error (error);
  g_assert_cmpuint (rc_line_chart_get_n_series (chart), ==, 4);
  /* Somerset and Swindon are no consortium: the line says what it pools. */
  p = find_series (chart, "Chosen councils (pooled)");
  e = find_series (chart, "England");
  /* The pooled line heads the key, England ends it. */
  g_assert_cmpuint (p, ==, 0);
  g_assert_cmpuint (e, ==, 3);
  g_assert_cmpuint (p, !=, RC_LINE_CHART_NONE);
  g_assert_cmpuint (e, !=, RC_LINE_CHART_NONE);
  pooled = rc_line_chart_get_series (chart, p);
  england = rc_line_chart_get_series (chart, e);

  /* 2024 by hand: Somerset 10 vacancies and 90 in post, Swindon 30 and
   * 170: (10 + 30) / (10 + 30 + 90 + 170) = 40 / 300. The mean of the two
   * rates, (10 % + 15 %) / 2 = 12.5 %, would weigh Somerset's 100 posts
   * as much as Swindon's 200. */
  g_assert_true (pooled->present[3]);
  g_assert_cmpfloat_with_epsilon (pooled->values[3], 40.0 / 300.0, 1e-12);
  /* With Swindon silent, 2023 is Somerset's own: 15 / 100. */
  g_assert_cmpfloat_with_epsilon (pooled->values[2], 0.15, 1e-12);
  g_assert_false (pooled->present[1]);
  g_assert_true (pooled->highlighted);
  g_assert_false (pooled->dashed_benchmark);
  g_assert_cmpuint (rc_line_chart_get_highlighted (chart), ==, p);

  /* England: a dashed benchmark with its own gaps (no 2021 or 2022). */
  g_assert_true (england->dashed_benchmark);
  g_assert_false (england->highlighted);
  g_assert_false (england->present[0]);
  g_assert_false (england->present[1]);
  g_assert_cmpfloat_with_epsilon (england->values[2], 6400.0 / 38400.0, 1e-12);
  g_assert_cmpfloat_with_epsilon (england->values[3], 6000.0 / 39000.0, 1e-12);
}

static void
test_other_measures (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RcLineChart) agency = rc_trend_chart_build (fixture->store, RC_MEASURE_AGENCY, fixture->ids,
                                                        TRUE, TRUE, &error);
  g_autoptr(RcLineChart) caseload = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (rc_line_chart_get_title (agency), ==, "Agency rate, 2021–2024");
  /* Somerset 2021: 10 agency FTE over 10 + 80. */
  g_assert_cmpfloat_with_epsilon (rc_line_chart_get_series (agency, 0)->values[0], 1000.0 / 9000.0, 1e-12);

  /* Nobody returned a caseload: no periods, no pooled line, no England,
   * but each council keeps its (empty) place in the key. */
  caseload = rc_trend_chart_build (fixture->store, RC_MEASURE_CASELOAD, fixture->ids, TRUE, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (rc_line_chart_get_title (caseload), ==, "Caseload");
  g_assert_cmpint (rc_line_chart_get_format (caseload), ==, RC_CHART_FORMAT_NUMBER);
  g_assert_cmpuint (rc_line_chart_get_n_periods (caseload), ==, 0);
  g_assert_cmpuint (rc_line_chart_get_n_series (caseload), ==, 2);
}

static void
test_one_council (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(RcLineChart) chart = NULL;
  g_autoptr(GError) error = NULL;
  gint64 missing = 999999;

  /* The same council twice is one series; one council needs no pooling. */
  g_array_append_val (ids, fixture->somerset);
  g_array_append_val (ids, fixture->somerset);
  chart = rc_trend_chart_build (fixture->store, RC_MEASURE_VACANCY, ids, TRUE, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rc_line_chart_get_n_series (chart), ==, 2);
  g_assert_cmpuint (find_series (chart, "Chosen councils (pooled)"), ==, RC_LINE_CHART_NONE);
  g_clear_pointer (&chart, rc_line_chart_free);

  /* A former council is told apart from its successor of the same name. */
  {
    g_autoptr(RcCouncil) county = rc_store_find_council_by_code (fixture->store, "E10000027", NULL);
    g_autoptr(GArray) both = g_array_new (FALSE, FALSE, sizeof (gint64));
    g_autoptr(RcLineChart) former = NULL;

    g_array_append_val (both, fixture->somerset);
    g_array_append_val (both, county->id);
    former = rc_trend_chart_build (fixture->store, RC_MEASURE_VACANCY, both, FALSE, FALSE, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (rc_line_chart_get_series (former, 0)->label, ==, "Somerset");
    g_assert_cmpstr (rc_line_chart_get_series (former, 1)->label, ==, "Somerset (until 2023)");
  }

  g_array_append_val (ids, missing);
  chart = rc_trend_chart_build (fixture->store, RC_MEASURE_VACANCY, ids, TRUE, TRUE, &error);
  g_assert_null (chart);
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_NOT_FOUND);
}

static void
test_describe (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(RcLineChart) chart = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *text = NULL;
  g_autofree char *alone = NULL;

  /* Pooled 2021: 20 % (Somerset alone); 2024: 40 / 300 = 13.3 %. England
   * has no 2021, so its half is left out. */
  chart = rc_trend_chart_build (fixture->store, RC_MEASURE_VACANCY, fixture->ids, TRUE, TRUE, NULL);
  text = rc_trend_chart_describe (chart, RC_MEASURE_VACANCY);
  g_assert_cmpstr (text, ==, "Across the chosen councils the vacancy rate fell from 20.0 % in 2021 to 13.3 % in 2024.");
  g_clear_pointer (&chart, rc_line_chart_free);

  /* Swindon alone has one year: nothing to say about a trend. */
  g_array_append_val (ids, fixture->swindon);
  chart = rc_trend_chart_build (fixture->store, RC_MEASURE_VACANCY, ids, TRUE, TRUE, NULL);
  g_assert_null (rc_trend_chart_describe (chart, RC_MEASURE_VACANCY));
  g_clear_pointer (&chart, rc_line_chart_free);

  /* Somerset alone, from 2021 to 2024, speaks of Somerset. */
  g_array_index (ids, gint64, 0) = fixture->somerset;
  chart = rc_trend_chart_build (fixture->store, RC_MEASURE_VACANCY, ids, TRUE, TRUE, NULL);
  alone = rc_trend_chart_describe (chart, RC_MEASURE_VACANCY);
  g_assert_cmpstr (alone, ==, "In Somerset the vacancy rate fell from 20.0 % in 2021 to 10.0 % in 2024.");
}

static void
test_describe_england (void)
{
  g_autoptr(RcLineChart) chart = rc_line_chart_new ();
  const char *periods[] = { "2017", "2018", "2025" };
  double councils[] = { 0.171, 0.16, 0.150 };
  double england[] = { 0.166, 0.17, 0.154 };
  g_autofree char *text = NULL;

  rc_line_chart_set_format (chart, RC_CHART_FORMAT_PERCENT);
  rc_line_chart_set_periods (chart, periods, 3);
  rc_line_chart_add_series (chart, "Somerset", councils, NULL, 3);
  rc_line_chart_set_highlighted (chart, rc_line_chart_add_series (chart, "Consortium (pooled)", councils, NULL, 3));
  rc_line_chart_set_benchmark (chart, rc_line_chart_add_series (chart, "England", england, NULL, 3), TRUE);

  text = rc_trend_chart_describe (chart, RC_MEASURE_VACANCY);
  g_assert_cmpstr (text, ==, "Across the chosen councils the vacancy rate fell from 17.1 % in 2017 to 15.0 % in 2025; "
                             "England’s fell from 16.6 % to 15.4 %.");
}

static void
test_export (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *png = g_build_filename (rc_test_get_tmpdir (), "trend.png", NULL);
  g_autofree char *gif = g_build_filename (rc_test_get_tmpdir (), "trend.gif", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (rc_trend_chart_export (fixture->store, RC_MEASURE_VACANCY, fixture->ids, png, 800, 500, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (png, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 24);
  g_assert_cmpmem (contents, 8, "\x89PNG\r\n\x1a\n", 8);

  g_assert_false (rc_trend_chart_export (fixture->store, RC_MEASURE_VACANCY, fixture->ids, gif, 800, 500, &error));
  g_assert_error (error, RC_CHART_ERROR, RC_CHART_ERROR_UNSUPPORTED);
  g_assert_false (g_file_test (gif, G_FILE_TEST_EXISTS));
  g_unlink (png);
}

/* The pooled line is named for what it pools: the consortium's name when
 * the chosen councils are its members today, else "Chosen councils". */
static void
test_pooled_name (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(RcConsortium) consortium = rc_consortium_new ();
  g_autoptr(RcLineChart) chart = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RcCouncil) bath = rc_store_find_council_by_code (fixture->store, "E06000022", NULL);
  const char *members[][4] = {
    /* council code, role, joined, left */
    { "E06000066", "lead", "2023-04-01", NULL },
    { "E06000030", "partner", "2015-01-01", NULL },
    { "E06000022", "partner", "2015-01-01", "2020-03-31" },  /* left: not chosen */
    { "E06000026", "proposed", "2016-10-31", NULL },         /* proposed: not a member */
  };

  consortium->name = g_strdup ("Wessex Partnership");
  consortium->lead_council_id = fixture->somerset;
  g_assert_true (rc_store_save_consortium (fixture->store, consortium, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (members); i++)
    {
      g_autoptr(RcConsortiumMember) member = rc_consortium_member_new ();
      g_autoptr(RcCouncil) council = rc_store_find_council_by_code (fixture->store, members[i][0], NULL);

      member->consortium_id = consortium->id;
      member->council_id = council->id;
      member->role = g_strdup (members[i][1]);
      member->joined_on = g_strdup (members[i][2]);
      member->left_on = g_strdup (members[i][3]);
      g_assert_true (rc_store_save_member (fixture->store, member, &error));
      g_assert_no_error (error);
    }

  chart = rc_trend_chart_build (fixture->store, RC_MEASURE_VACANCY, fixture->ids, TRUE, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (find_series (chart, "Wessex Partnership (pooled)"), ==, 0);
  g_assert_cmpuint (find_series (chart, "Chosen councils (pooled)"), ==, RC_LINE_CHART_NONE);
  g_clear_pointer (&chart, rc_line_chart_free);

  /* One council more than the consortium: chosen councils again. */
  g_array_append_val (fixture->ids, bath->id);
  chart = rc_trend_chart_build (fixture->store, RC_MEASURE_VACANCY, fixture->ids, TRUE, FALSE, &error);
  g_assert_cmpuint (find_series (chart, "Chosen councils (pooled)"), ==, 0);
  g_assert_cmpuint (find_series (chart, "Wessex Partnership (pooled)"), ==, RC_LINE_CHART_NONE);
}

/* England's figures marked not available, its rates published: the
 * import keeps the rates and England keeps its line, each point saying
 * it is a published rate. Without them, a file like this took England's
 * line off the chart for 2023 and 2024. */
static void
test_published_england (Fixture       *fixture,
                        gconstpointer  data)
{
  const char *file =
    "time_period,time_identifier,geographic_level,country_code,new_la_code,inpost_fte,vacancy_fte,"
    "vacancy_rate_fte,agency_fte,agency_rate_fte\n"
    "2021,Reporting year,National,E92000001,,x,x,17.4,x,15.5\n"
    "2022,Reporting year,National,E92000001,,x,x,16.9,x,15.1\n"
    "2023,Reporting year,National,E92000001,,x,x,16.5,x,14.8\n"
    "2024,Reporting year,National,E92000001,,x,x,16.1,x,14.0\n";
  g_autoptr(RcWorkforceImport) plan = NULL;
  g_autoptr(RcLineChart) chart = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *point = NULL;
  g_autofree char *text = NULL;
  const RcChartSeries *england;

  plan = rc_workforce_import_parse (fixture->store, file, strlen (file), &error);
  g_assert_no_error (error);
  /* England 2023 and 2024 had FTE in post, vacancies and agency FTE. */
  g_assert_cmpuint (rc_workforce_import_get_n_cleared (plan), ==, 6);
  g_assert_true (rc_workforce_import_apply (fixture->store, plan, &error));
  g_assert_no_error (error);

  chart = rc_trend_chart_build (fixture->store, RC_MEASURE_VACANCY, fixture->ids, TRUE, TRUE, &error);
  g_assert_no_error (error);
  england = rc_line_chart_get_series (chart, find_series (chart, "England"));
  for (guint y = 0; y < 4; y++)
    {
      g_assert_true (england->present[y]);
      g_assert_cmpstr (rc_line_chart_get_note (chart, find_series (chart, "England"), y), ==, "published rate");
    }
  g_assert_cmpfloat_with_epsilon (england->values[0], 0.174, 1e-12);
  g_assert_cmpfloat_with_epsilon (england->values[3], 0.161, 1e-12);
  point = rc_line_chart_describe_point (chart, find_series (chart, "England"), 3);
  g_assert_cmpstr (point, ==, "England, 2024: 16.1 % (published rate)");
  /* The councils' own rates come from their figures: no note. */
  g_assert_null (rc_line_chart_get_note (chart, find_series (chart, "Somerset"), 0));

  text = rc_trend_chart_describe (chart, RC_MEASURE_VACANCY);
  g_assert_cmpstr (text, ==,
                   "Across the chosen councils the vacancy rate fell from 20.0 % in 2021 to 13.3 % in 2024; "
                   "England’s fell from 17.4 % to 16.1 %. Where the figures are missing the chart shows "
                   "the DfE’s published rate: England 2021–2024.");
}

/* A council with returns for 2017, 2018 and 2020: 2019 keeps its place on
 * the axis, and no line crosses it. */
static void
test_gap_year (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GPtrArray) returns = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(RcCouncil) bath = rc_store_find_council_by_code (fixture->store, "E06000022", NULL);
  g_autoptr(RcLineChart) chart = NULL;
  g_autoptr(GError) error = NULL;
  const RcChartSeries *series;
  cairo_surface_t *surface;
  RcChartStyle style;
  double x1, y1, x3, y3;
  guchar *pixel;

  g_ptr_array_add (returns, make_return (RC_WORKFORCE_SCOPE_COUNCIL, bath->id, 2017, 9000, 1000));
  g_ptr_array_add (returns, make_return (RC_WORKFORCE_SCOPE_COUNCIL, bath->id, 2018, 9000, 2000));
  g_ptr_array_add (returns, make_return (RC_WORKFORCE_SCOPE_COUNCIL, bath->id, 2020, 9000, 3000));
  g_assert_true (rc_store_put_workforce_returns (fixture->store, returns, "test", &error));
  g_array_append_val (ids, bath->id);

  chart = rc_trend_chart_build (fixture->store, RC_MEASURE_VACANCY, ids, TRUE, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rc_line_chart_get_n_periods (chart), ==, 4);
  g_assert_cmpstr (rc_line_chart_get_period (chart, 2), ==, "2019");
  series = rc_line_chart_get_series (chart, 0);
  g_assert_cmpstr (series->label, ==, "Bath and North East Somerset");
  g_assert_true (series->present[1]);
  g_assert_false (series->present[2]);
  g_assert_true (series->present[3]);

  /* Between the 2018 and 2020 points, where a line across 2019 would
   * run, there is only background. */
  rc_chart_style_init (&style, FALSE);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 600, 400);
  {
    cairo_t *cr = cairo_create (surface);

    rc_line_chart_draw (chart, cr, 600, 400, &style);
    cairo_destroy (cr);
  }
  cairo_surface_flush (surface);
  g_assert_true (rc_line_chart_point_position (chart, 600, 400, 0, 1, &x1, &y1));
  g_assert_true (rc_line_chart_point_position (chart, 600, 400, 0, 3, &x3, &y3));
  pixel = cairo_image_surface_get_data (surface)
          + (int) ((y1 + y3) / 2) * cairo_image_surface_get_stride (surface) + (int) ((x1 + x3) / 2) * 4;
  /* ARGB32 in native order: blue, green, red on little-endian. */
  g_assert_cmpint (abs (pixel[2] - (int) (style.background.red * 255)), <=, 2);
  g_assert_cmpint (abs (pixel[1] - (int) (style.background.green * 255)), <=, 2);
  g_assert_cmpint (abs (pixel[0] - (int) (style.background.blue * 255)), <=, 2);
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  rc_test_init_environment (&argc, &argv);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/trend-chart/periods-and-gaps", test_periods_and_gaps);
  ADD ("/trend-chart/pooled-and-england", test_pooled_and_england);
  ADD ("/trend-chart/other-measures", test_other_measures);
  ADD ("/trend-chart/one-council", test_one_council);
  ADD ("/trend-chart/describe", test_describe);
  ADD ("/trend-chart/export", test_export);
  ADD ("/trend-chart/pooled-name", test_pooled_name);
  ADD ("/trend-chart/published-england", test_published_england);
  ADD ("/trend-chart/gap-year", test_gap_year);
#undef ADD
  g_test_add_func ("/trend-chart/describe-england", test_describe_england);

  return g_test_run ();
}
