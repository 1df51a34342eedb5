/* test-trends-page.c: the trends page on the demo, as a coordinator uses it
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "charts/rc-chart-export.h"
#include "model/rc-rates.h"
#include "rc-test-util.h"
#include "sample/rc-demo.h"
#include "views/rc-trends-page.h"

typedef struct {
  RcStore      *store;
  GtkWindow    *window;
  RcTrendsPage *page;
} Fixture;

static gboolean
is_drawn (gpointer widget)
{
  return gtk_widget_get_mapped (widget) && gtk_widget_get_width (widget) > 0;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  static guint counter;
  g_autofree char *path = g_strdup_printf ("%s/trends-%u.db", rc_test_get_tmpdir (), ++counter);
  gboolean narrow = GPOINTER_TO_INT (data);
  g_autoptr(GError) error = NULL;

  g_assert_true (rc_demo_write (path, &error));
  fixture->store = rc_store_open (path, &error);
  g_assert_no_error (error);

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, narrow ? 360 : 1280, narrow ? 720 : 800);
  fixture->page = RC_TRENDS_PAGE (rc_trends_page_new ());
  g_object_set (fixture->page, "store", fixture->store, NULL);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->page));
  gtk_window_present (fixture->window);
  g_assert_true (rc_test_wait_for (is_drawn, fixture->page, 5000));
  rc_test_wait_for_frame (fixture->page);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
  g_object_ref (fixture->page);
  gtk_window_destroy (fixture->window);
  g_assert_finalize_object (fixture->page);
  g_assert_finalize_object (fixture->store);
}

static void
save_png (Fixture    *fixture,
          const char *name)
{
  g_autofree char *path = g_strdup_printf ("%s/%s.png", g_getenv ("RC_TEST_OUTPUT_DIR") ?: ".", name);

  rc_test_wait_for_frame (fixture->window);
  g_assert_true (rc_test_save_widget_png (GTK_WIDGET (fixture->window), path));
}

static gint64
council_id (Fixture    *fixture,
            const char *code)
{
  g_autoptr(RcCouncil) council = rc_store_find_council_by_code (fixture->store, code, NULL);

  g_assert_nonnull (council);

  return council->id;
}

static const RcChartSeries *
find_series (const RcLineChart *chart,
             const char        *label)
{
  for (guint i = 0; i < rc_line_chart_get_n_series (chart); i++)
    if (g_str_equal (rc_line_chart_get_series (chart, i)->label, label))
      return rc_line_chart_get_series (chart, i);

  return NULL;
}

/* The check button of a council in the list, as drawn. */
static GtkCheckButton *
find_check_button (GtkWidget  *root,
                   const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkCheckButton *found;

      if (GTK_IS_CHECK_BUTTON (child) && g_strcmp0 (gtk_check_button_get_label (GTK_CHECK_BUTTON (child)), label) == 0)
        return GTK_CHECK_BUTTON (child);
      if ((found = find_check_button (child, label)) != NULL)
        return found;
    }

  return NULL;
}

/* The demo's consortium today: Somerset (lead), Bath and North East
 * Somerset, North Somerset, South Gloucestershire, Swindon and
 * Gloucestershire; the proposed councils and the former Somerset County
 * Council are left out. */
static void
test_first_look (Fixture       *fixture,
                 gconstpointer  data)
{
  const RcLineChart *chart = rc_trends_page_get_chart (fixture->page);
  g_autoptr(GArray) chosen = rc_trends_page_get_chosen (fixture->page);
  const RcChartSeries *pooled, *england;
  const char *summary;

  g_assert_cmpuint (chosen->len, ==, 6);
  g_assert_nonnull (chart);
  g_assert_cmpuint (rc_line_chart_get_n_series (chart), ==, 6 + 2);
  g_assert_nonnull (find_series (chart, "Somerset"));
  g_assert_nonnull (find_series (chart, "Gloucestershire"));
  g_assert_null (find_series (chart, "Plymouth"));
  g_assert_null (find_series (chart, "Somerset County Council"));
  pooled = find_series (chart, "Consortium (pooled)");
  england = find_series (chart, "England");
  g_assert_true (pooled != NULL && pooled->highlighted);
  g_assert_true (england != NULL && england->dashed_benchmark);

  g_assert_cmpstr (rc_trends_page_get_title (fixture->page), ==, "Vacancy rate, 2017–2025");
  summary = rc_trends_page_get_summary (fixture->page);
  g_test_message ("%s", summary);
  g_assert_true (g_str_has_prefix (summary, "Across the chosen councils the vacancy rate "));
  g_assert_nonnull (strstr (summary, "2017"));
  g_assert_nonnull (strstr (summary, "2025"));
  g_assert_nonnull (strstr (summary, "England’s"));

  save_png (fixture, "trends-wide");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  save_png (fixture, "trends-wide-dark");
}

static void
test_measure (Fixture       *fixture,
              gconstpointer  data)
{
  GtkDropDown *measure = GTK_DROP_DOWN (rc_test_find_widget (GTK_WIDGET (fixture->page), GTK_TYPE_DROP_DOWN));
  g_autoptr(GListModel) returns = rc_store_list_council_returns (fixture->store, council_id (fixture, "E06000066"), NULL);
  g_autoptr(RcWorkforceReturn) latest = g_list_model_get_item (returns, g_list_model_get_n_items (returns) - 1);
  const RcLineChart *chart;
  const RcChartSeries *somerset;
  RcRate agency;

  /* The first dropdown of the sidebar is the measure. */
  gtk_drop_down_set_selected (measure, 1);
  g_assert_cmpint (rc_trends_page_get_measure (fixture->page), ==, RC_MEASURE_AGENCY);
  g_assert_cmpstr (rc_trends_page_get_title (fixture->page), ==, "Agency rate, 2017–2025");
  g_assert_nonnull (strstr (rc_trends_page_get_summary (fixture->page), "agency rate"));

  chart = rc_trends_page_get_chart (fixture->page);
  somerset = find_series (chart, "Somerset");
  g_assert_cmpint (latest->year, ==, 2025);
  agency = rc_rate_agency (latest->agency_fte100, latest->in_post_fte100);
  g_assert_true (agency.present);
  g_assert_true (somerset->present[8]);
  g_assert_cmpfloat (somerset->values[8], ==, agency.value);
  /* Not the vacancy rate any more: Somerset's published 14.9 %. */
  g_assert_cmpfloat (somerset->values[8], !=, rc_rate_vacancy (latest->vacancies_fte100, latest->in_post_fte100).value);

  rc_trends_page_set_measure (fixture->page, RC_MEASURE_CASELOAD);
  g_assert_cmpstr (rc_trends_page_get_title (fixture->page), ==, "Caseload, 2017–2025");
  g_assert_cmpint (rc_line_chart_get_format (rc_trends_page_get_chart (fixture->page)), ==, RC_CHART_FORMAT_NUMBER);
}

static void
test_uncheck (Fixture       *fixture,
              gconstpointer  data)
{
  GtkCheckButton *bath = find_check_button (GTK_WIDGET (fixture->page), "Bath and North East Somerset");
  GtkDropDown *consortium;
  const RcLineChart *chart;

  /* The measure, then the consortium. */
  consortium = GTK_DROP_DOWN (gtk_widget_get_next_sibling (gtk_widget_get_next_sibling (
    rc_test_find_widget (GTK_WIDGET (fixture->page), GTK_TYPE_DROP_DOWN))));
  g_assert_cmpuint (gtk_drop_down_get_selected (consortium), ==, 1);

  /* Unticking a council in the list takes its line away... */
  g_assert_nonnull (bath);
  g_assert_true (gtk_check_button_get_active (bath));
  gtk_check_button_set_active (bath, FALSE);
  chart = rc_trends_page_get_chart (fixture->page);
  g_assert_cmpuint (rc_line_chart_get_n_series (chart), ==, 5 + 2);
  g_assert_null (find_series (chart, "Bath and North East Somerset"));
  /* ...and the choice is no longer the consortium's. */
  g_assert_cmpuint (gtk_drop_down_get_selected (consortium), ==, 0);

  g_assert_true (rc_trends_page_set_council_chosen (fixture->page, council_id (fixture, "E06000030"), FALSE));
  chart = rc_trends_page_get_chart (fixture->page);
  g_assert_cmpuint (rc_line_chart_get_n_series (chart), ==, 4 + 2);
  g_assert_null (find_series (chart, "Swindon"));

  /* Without the comparisons, only the councils are drawn, but the answer
   * still speaks of them. */
  gtk_switch_set_active (GTK_SWITCH (rc_test_find_widget (GTK_WIDGET (fixture->page), GTK_TYPE_SWITCH)), FALSE);
  chart = rc_trends_page_get_chart (fixture->page);
  g_assert_cmpuint (rc_line_chart_get_n_series (chart), ==, 4 + 1);
  g_assert_null (find_series (chart, "Consortium (pooled)"));
  g_assert_true (g_str_has_prefix (rc_trends_page_get_summary (fixture->page), "Across the chosen councils"));
}

static void
test_limit (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GListModel) councils = rc_store_list_councils (fixture->store, NULL);
  g_autoptr(GArray) chosen = NULL;
  guint added = 0;

  for (guint i = 0; added < 20 && i < g_list_model_get_n_items (councils); i++)
    {
      g_autoptr(RcCouncil) council = g_list_model_get_item (councils, i);

      if (rc_trends_page_set_council_chosen (fixture->page, council->id, TRUE))
        added++;
      else
        break;
    }
  chosen = rc_trends_page_get_chosen (fixture->page);
  g_assert_cmpuint (chosen->len, ==, 12);
  g_assert_cmpuint (rc_line_chart_get_n_series (rc_trends_page_get_chart (fixture->page)), ==, 12 + 2);
}

static void
test_reloads (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(RcWorkforceReturn) ret = rc_workforce_return_new ();
  g_autoptr(GError) error = NULL;

  ret->scope = RC_WORKFORCE_SCOPE_COUNCIL;
  ret->council_id = council_id (fixture, "E06000066");
  ret->year = 2026;
  ret->in_post_fte100 = rc_figure (28000);
  ret->vacancies_fte100 = rc_figure (4000);
  g_assert_true (rc_store_save_workforce_return (fixture->store, ret, &error));
  g_assert_no_error (error);

  g_assert_cmpstr (rc_trends_page_get_title (fixture->page), ==, "Vacancy rate, 2017–2026");
  g_assert_cmpuint (rc_line_chart_get_n_series (rc_trends_page_get_chart (fixture->page)), ==, 6 + 2);
}

static void
test_export (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *png = g_build_filename (rc_test_get_tmpdir (), "vacancy-rate.png", NULL);
  g_autofree char *gif = g_build_filename (rc_test_get_tmpdir (), "vacancy-rate.gif", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  g_assert_true (rc_trends_page_export (fixture->page, png, 1200, 800, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (png, &contents, &length, NULL));
  g_assert_cmpmem (contents, 8, "\x89PNG\r\n\x1a\n", 8);
  /* 1200 × 800 */
  g_assert_cmpmem (contents + 16, 8, "\0\0\x04\xb0\0\0\x03\x20", 8);
  g_clear_pointer (&contents, g_free);

  /* A chosen size: 800 × 500 for a slide deck's corner. */
  g_assert_true (rc_trends_page_export (fixture->page, png, 800, 500, &error));
  g_assert_true (g_file_get_contents (png, &contents, &length, NULL));
  g_assert_cmpmem (contents + 16, 8, "\0\0\x03\x20\0\0\x01\xf4", 8);

  g_assert_false (rc_trends_page_export (fixture->page, gif, 1200, 800, &error));
  g_assert_error (error, RC_CHART_ERROR, RC_CHART_ERROR_UNSUPPORTED);
  g_assert_false (g_file_test (gif, G_FILE_TEST_EXISTS));
  g_unlink (png);
}

static void
test_retention (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GListModel) cohorts = rc_store_list_cohorts (fixture->store, NULL);
  const RcLineChart *chart = rc_trends_page_get_retention_chart (fixture->page);
  g_autoptr(RcCohort) first = g_list_model_get_item (cohorts, 0);
  const RcChartSeries *series;
  RcRetention r;

  g_assert_cmpuint (g_list_model_get_n_items (cohorts), >=, 2);
  g_assert_cmpuint (rc_line_chart_get_n_series (chart), ==, g_list_model_get_n_items (cohorts));
  g_assert_cmpuint (rc_line_chart_get_n_periods (chart), ==, 5);
  g_assert_cmpstr (rc_line_chart_get_period (chart, 0), ==, "Qualified");
  g_assert_cmpstr (rc_line_chart_get_period (chart, 4), ==, "24 months on");

  g_assert_true (rc_store_get_cohort_retention (fixture->store, first->id, 0, &r, NULL, NULL));
  series = find_series (chart, first->name);
  g_assert_nonnull (series);
  g_assert_cmpfloat (series->values[0], ==, 1.0);
  g_assert_cmpfloat_with_epsilon (series->values[1], (double) r.registered / r.qualified, 1e-12);
  g_assert_cmpfloat_with_epsilon (series->values[4], (double) r.retained_24 / r.qualified, 1e-12);
}

static void
test_empty (void)
{
  g_autofree char *path = g_build_filename (rc_test_get_tmpdir (), "trends-empty.db", NULL);
  g_autoptr(RcStore) store = rc_store_open (path, NULL);
  GtkWidget *page = g_object_ref_sink (rc_trends_page_new ());
  GtkStack *stack = GTK_STACK (rc_test_find_widget (page, GTK_TYPE_STACK));

  g_assert_nonnull (store);
  rc_trends_page_set_store (RC_TRENDS_PAGE (page), store);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");
  g_assert_null (rc_trends_page_get_chart (RC_TRENDS_PAGE (page)));
  g_assert_false (rc_trends_page_export (RC_TRENDS_PAGE (page), "/nonexistent/chart.png", 1200, 800, NULL));
  rc_trends_page_set_store (RC_TRENDS_PAGE (page), NULL);
  g_assert_finalize_object (page);
}

static void
test_narrow (Fixture       *fixture,
             gconstpointer  data)
{
  AdwLeaflet *leaflet = ADW_LEAFLET (rc_test_find_widget (GTK_WIDGET (fixture->page), ADW_TYPE_LEAFLET));

  g_assert_true (adw_leaflet_get_folded (leaflet));
  /* The chart first; the councils a button away. */
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "chart");
  save_png (fixture, "trends-narrow");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  save_png (fixture, "trends-narrow-dark");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "trends.show-options", NULL));
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "options");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "trends.show-chart", NULL));
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "chart");
}

int
main (int   argc,
      char *argv[])
{
  rc_test_init_gtk (&argc, &argv);

#define ADD(path, func, narrow) \
  g_test_add ("/trends-page/" path, Fixture, GINT_TO_POINTER (narrow), fixture_set_up, func, fixture_tear_down)

  ADD ("first-look", test_first_look, FALSE);
  ADD ("measure", test_measure, FALSE);
  ADD ("uncheck", test_uncheck, FALSE);
  ADD ("limit", test_limit, FALSE);
  ADD ("reloads", test_reloads, FALSE);
  ADD ("export", test_export, FALSE);
  ADD ("retention", test_retention, FALSE);
  ADD ("narrow", test_narrow, TRUE);
  g_test_add_func ("/trends-page/empty", test_empty);

#undef ADD

  return g_test_run ();
}
