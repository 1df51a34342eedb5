/* test-trends-page.c: the trends page on the demo, as a coordinator uses it
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "charts/rc-chart-export.h"
#include "model/rc-rates.h"
#include "rc-test-util.h"
#include "sample/rc-demo.h"
#include "sample/rc-national.h"
#include "views/rc-line-chart-view.h"
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
  const RcLineChart *chart = rc_line_chart_view_get_chart (rc_test_child (fixture->page, RC_TYPE_TRENDS_PAGE, "chart_view"));
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
  /* Exactly the consortium's members: the pooled line is the consortium. */
  pooled = find_series (chart, "South West Step Up to Social Work Partnership (pooled)");
  england = find_series (chart, "England");
  g_assert_true (pooled != NULL && pooled->highlighted);
  g_assert_null (find_series (chart, "Chosen councils (pooled)"));
  g_assert_true (england != NULL && england->dashed_benchmark);

  g_assert_cmpstr (rc_trends_page_get_title (fixture->page), ==, "Vacancy rate, 2017–2025");
  summary = gtk_label_get_label (rc_test_child (fixture->page, RC_TYPE_TRENDS_PAGE, "summary_label"));
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
  rc_test_wait_for_loaded (fixture->page);
  g_assert_cmpint (rc_trends_page_get_measure (fixture->page), ==, RC_MEASURE_AGENCY);
  g_assert_cmpstr (rc_trends_page_get_title (fixture->page), ==, "Agency rate, 2017–2025");
  g_assert_nonnull (strstr (gtk_label_get_label (rc_test_child (fixture->page, RC_TYPE_TRENDS_PAGE, "summary_label")), "agency rate"));

  chart = rc_line_chart_view_get_chart (rc_test_child (fixture->page, RC_TYPE_TRENDS_PAGE, "chart_view"));
  somerset = find_series (chart, "Somerset");
  g_assert_cmpint (latest->year, ==, 2025);
  agency = rc_rate_agency (latest->agency_fte100, latest->in_post_fte100);
  g_assert_true (agency.present);
  g_assert_true (somerset->present[8]);
  g_assert_cmpfloat (somerset->values[8], ==, agency.value);
  /* Not the vacancy rate any more: Somerset's published 14.9 %. */
  g_assert_cmpfloat (somerset->values[8], !=, rc_rate_vacancy (latest->vacancies_fte100, latest->in_post_fte100).value);

  rc_trends_page_set_measure (fixture->page, RC_MEASURE_CASELOAD);
  rc_test_wait_for_loaded (fixture->page);
  g_assert_cmpstr (rc_trends_page_get_title (fixture->page), ==, "Caseload, 2017–2025");
  g_assert_cmpint (rc_line_chart_get_format (rc_line_chart_view_get_chart (rc_test_child (fixture->page, RC_TYPE_TRENDS_PAGE, "chart_view"))), ==, RC_CHART_FORMAT_NUMBER);
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
  rc_test_wait_for_loaded (fixture->page);
  chart = rc_line_chart_view_get_chart (rc_test_child (fixture->page, RC_TYPE_TRENDS_PAGE, "chart_view"));
  g_assert_cmpuint (rc_line_chart_get_n_series (chart), ==, 5 + 2);
  g_assert_null (find_series (chart, "Bath and North East Somerset"));
  /* ...and the choice is no longer the consortium's, nor is the pooled line. */
  g_assert_cmpuint (gtk_drop_down_get_selected (consortium), ==, 0);
  g_assert_nonnull (find_series (chart, "Chosen councils (pooled)"));
  g_assert_null (find_series (chart, "South West Step Up to Social Work Partnership (pooled)"));

  g_assert_true (rc_trends_page_set_council_chosen (fixture->page, council_id (fixture, "E06000030"), FALSE));
  rc_test_wait_for_loaded (fixture->page);
  chart = rc_line_chart_view_get_chart (rc_test_child (fixture->page, RC_TYPE_TRENDS_PAGE, "chart_view"));
  g_assert_cmpuint (rc_line_chart_get_n_series (chart), ==, 4 + 2);
  g_assert_null (find_series (chart, "Swindon"));

  /* Without the comparisons, only the councils are drawn, but the answer
   * still speaks of them. */
  gtk_switch_set_active (GTK_SWITCH (rc_test_find_widget (GTK_WIDGET (fixture->page), GTK_TYPE_SWITCH)), FALSE);
  rc_test_wait_for_loaded (fixture->page);
  chart = rc_line_chart_view_get_chart (rc_test_child (fixture->page, RC_TYPE_TRENDS_PAGE, "chart_view"));
  g_assert_cmpuint (rc_line_chart_get_n_series (chart), ==, 4 + 1);
  g_assert_null (find_series (chart, "Chosen councils (pooled)"));
  g_assert_true (g_str_has_prefix (gtk_label_get_label (rc_test_child (fixture->page, RC_TYPE_TRENDS_PAGE, "summary_label")), "Across the chosen councils"));
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
  rc_test_wait_for_loaded (fixture->page);
  chosen = rc_trends_page_get_chosen (fixture->page);
  g_assert_cmpuint (chosen->len, ==, 12);
  g_assert_cmpuint (rc_line_chart_get_n_series (rc_line_chart_view_get_chart (rc_test_child (fixture->page, RC_TYPE_TRENDS_PAGE, "chart_view"))), ==, 12 + 2);
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
  rc_test_wait_for_loaded (fixture->page);
  g_assert_no_error (error);

  g_assert_cmpstr (rc_trends_page_get_title (fixture->page), ==, "Vacancy rate, 2017–2026");
  g_assert_cmpuint (rc_line_chart_get_n_series (rc_line_chart_view_get_chart (rc_test_child (fixture->page, RC_TYPE_TRENDS_PAGE, "chart_view"))), ==, 6 + 2);
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

static gboolean
file_exists (gpointer path)
{
  return g_file_test (path, G_FILE_TEST_EXISTS);
}

static gboolean
export_done (gpointer page)
{
  return !rc_trends_page_is_exporting (page);
}

/* The file chosen is written in a worker. */
static void
wait_for_export (RcTrendsPage *page)
{
  g_assert_true (rc_trends_page_is_exporting (page));
  g_assert_true (rc_test_wait_for (export_done, page, 10000));
}

static char *
read_all (const char *path)
{
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));

  return contents;
}

/* Whether the file at @path, binary or not, holds @needle. */
static gboolean
file_holds (const char *path,
            const char *needle)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  gsize n = strlen (needle);

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  for (gsize i = 0; i + n <= length; i++)
    if (memcmp (contents + i, needle, n) == 0)
      return TRUE;

  return FALSE;
}

/* The export from the page's action, through the save dialog: the format
 * the user picks is the one written, and the name follows it. */
static void
test_export_dialog (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *dir = g_build_filename (rc_test_get_tmpdir (), "chart-dialog", NULL);
  g_autofree char *pdf = g_build_filename (dir, "agency-rate.pdf", NULL);
  g_autofree char *png = g_build_filename (dir, "agency-rate.png", NULL);
  g_autofree char *second_png = g_build_filename (dir, "second.png", NULL);
  g_autofree char *second_pdf = g_build_filename (dir, "second.pdf", NULL);
  g_autofree char *typed_svg = g_build_filename (dir, "typed.svg", NULL);
  g_autofree char *name = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *again = NULL;
  gsize length = 0, again_length = 0;
  GtkFileChooser *chooser;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  rc_trends_page_set_measure (fixture->page, RC_MEASURE_AGENCY);
  rc_test_wait_for_loaded (fixture->page);

  /* Picking PDF changes the name offered at once. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "trends.export", NULL));
  chooser = rc_test_wait_for_file_chooser ();
  g_assert_nonnull (chooser);
  name = gtk_file_chooser_get_current_name (chooser);
  g_assert_cmpstr (name, ==, "agency-rate.png");
  g_clear_pointer (&name, g_free);
  gtk_file_chooser_set_filter (chooser, rc_test_find_file_filter (chooser, "PDF Document"));
  name = gtk_file_chooser_get_current_name (chooser);
  g_assert_cmpstr (name, ==, "agency-rate.pdf");
  g_assert_true (rc_test_answer_file_chooser (chooser, dir, NULL));
  wait_for_export (fixture->page);
  g_assert_true (file_exists (pdf));
  contents = read_all (pdf);
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  /* A4 landscape: 297 × 210 mm in points. */
  g_assert_true (file_holds (pdf, "/MediaBox [ 0 0 841.889764 595.275591 ]"));
  g_assert_false (g_file_test (png, G_FILE_TEST_EXISTS));
  g_clear_pointer (&contents, g_free);

  /* PDF chosen and "second.png" typed, as a portal dialog answers: a PDF,
   * named for what it is. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "trends.export", NULL));
  chooser = rc_test_wait_for_file_chooser ();
  gtk_file_chooser_set_filter (chooser, rc_test_find_file_filter (chooser, "PDF Document"));
  g_assert_true (rc_test_answer_file_chooser (chooser, dir, "second.png"));
  wait_for_export (fixture->page);
  g_assert_true (file_exists (second_pdf));
  contents = read_all (second_pdf);
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  g_assert_false (g_file_test (second_png, G_FILE_TEST_EXISTS));
  g_clear_pointer (&contents, g_free);

  /* The filter left as it was and ".svg" typed: the name decides. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "trends.export", NULL));
  chooser = rc_test_wait_for_file_chooser ();
  g_assert_true (rc_test_answer_file_chooser (chooser, dir, "typed.svg"));
  wait_for_export (fixture->page);
  g_assert_true (file_exists (typed_svg));
  contents = read_all (typed_svg);
  g_assert_nonnull (strstr (contents, "<svg"));
  g_clear_pointer (&contents, g_free);

  /* A name changed after the dialog asked about replacing the one typed
   * does not replace a file unasked: agency-rate.pdf stays. */
  g_assert_true (g_file_get_contents (pdf, &contents, &length, NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "trends.export", NULL));
  chooser = rc_test_wait_for_file_chooser ();
  gtk_file_chooser_set_filter (chooser, rc_test_find_file_filter (chooser, "PDF Document"));
  g_assert_true (rc_test_answer_file_chooser (chooser, dir, "agency-rate.png"));
  wait_for_export (fixture->page);
  g_assert_true (g_file_get_contents (pdf, &again, &again_length, NULL));
  g_assert_cmpmem (again, again_length, contents, length);
  g_assert_false (g_file_test (png, G_FILE_TEST_EXISTS));
}

/* The second chart view of the page: retention. */
static GtkWidget *
find_chart_view (GtkWidget *root,
                 guint     *skip)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, g_type_from_name ("RcLineChartView")) && (*skip)-- == 0)
        return child;
      if ((found = find_chart_view (child, skip)) != NULL)
        return found;
    }

  return NULL;
}

/* Each cohort's share of its qualified trainees at each milestone, of
 * those for whom it is due: a milestone not yet due or not recorded is a
 * gap with its reason below the chart, never 0 %; every milestone is
 * labelled, however narrow. */
static void
test_retention (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GListModel) cohorts = rc_store_list_cohorts (fixture->store, NULL);
  const RcLineChart *chart = rc_line_chart_view_get_chart (rc_test_child (fixture->page, RC_TYPE_TRENDS_PAGE, "retention_view"));
  const char *note = gtk_label_get_label (rc_test_child (fixture->page, RC_TYPE_TRENDS_PAGE, "retention_note"));
  const RcChartSeries *series;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  GtkWidget *view;
  guint skip = 1;

  /* The LGA's published funnels have no trainees: nothing to measure. */
  g_assert_cmpuint (g_list_model_get_n_items (cohorts), ==, 5);
  g_assert_cmpuint (rc_line_chart_get_n_series (chart), ==, 3);
  g_assert_cmpuint (rc_line_chart_get_n_periods (chart), ==, 5);
  g_assert_cmpstr (rc_line_chart_get_period (chart, 0), ==, "Qualified");
  g_assert_cmpstr (rc_line_chart_get_period (chart, 2), ==, "Employed by a partner");
  g_assert_cmpstr (rc_line_chart_get_period (chart, 4), ==, "24 months on");

  for (guint i = 0; i < g_list_model_get_n_items (cohorts); i++)
    {
      g_autoptr(RcCohort) cohort = g_list_model_get_item (cohorts, i);
      RcRetention r;

      g_assert_true (rc_store_get_cohort_retention (fixture->store, cohort->id, 0, &r, NULL, NULL));
      if (r.qualified == 0)
        continue;
      series = find_series (chart, cohort->name);
      g_assert_nonnull (series);
      g_assert_cmpfloat (series->values[0], ==, 1.0);
      for (guint m = 0; m < RC_N_MILESTONES; m++)
        {
          RcOutcome outcome = rc_retention_get_outcome (&r, m);

          g_assert_cmpint (series->present[1 + m], ==, outcome.kind == RC_OUTCOME_SHARE);
          if (series->present[1 + m])
            g_assert_cmpfloat_with_epsilon (series->values[1 + m], (double) outcome.count / outcome.due, 1e-12);
        }
    }

  /* The 2017 returners' 24 months were never recorded: not a fall to 0 %. */
  series = find_series (chart, "Return to Social Work: south west 2017");
  g_assert_true (series->present[3]);
  g_assert_false (series->present[4]);
  g_assert_true (g_str_has_prefix (note, "Gaps in the chart, rather than 0 %:\n"));
  g_assert_nonnull (strstr (note, "\nReturn to Social Work: south west 2017 — 24 months on: not recorded\n"));

  /* The cohort ending in 2027: two of four registered; no employment
   * recorded yet; the years after qualifying (27 November 2026) to come. */
  series = find_series (chart, "Return to Social Work: south west 2026–27");
  g_assert_cmpfloat_with_epsilon (series->values[1], 0.5, 1e-12);
  g_assert_false (series->present[2]);
  g_assert_false (series->present[3]);
  g_assert_false (series->present[4]);
  g_assert_nonnull (strstr (note, "\nReturn to Social Work: south west 2026–27 — Employed by a partner: not recorded"));
  if (strcmp (today, "2027-11-27") < 0)
    g_assert_nonnull (strstr (note, "; 12 months on: not yet due"));
  if (strcmp (today, "2028-11-27") < 0)
    g_assert_nonnull (strstr (note, "; 24 months on: not yet due"));

  /* Every milestone has its label, at the page's width. */
  view = find_chart_view (GTK_WIDGET (fixture->page), &skip);
  g_assert_nonnull (view);
  g_assert_cmpuint (rc_line_chart_n_period_labels (chart, gtk_widget_get_width (view),
                                                   gtk_widget_get_height (view)), ==, 5);
  {
    g_autofree char *path = g_strdup_printf ("%s/%s.png", g_getenv ("RC_TEST_OUTPUT_DIR") ?: ".",
                                             GPOINTER_TO_INT (data) ? "trends-retention-narrow" : "trends-retention");
    rc_test_flush (150);
    g_assert_true (rc_test_save_widget_png (view, path));
  }
}

/* The retention a pooled line should show: the counts of the cohorts of
 * @programme_id (of @consortium_id, or every consortium's when 0) that
 * have qualified trainees, added up; and how many cohorts they are. */
static guint
expected_pool (GListModel  *cohorts,
               GHashTable  *outcomes,
               gint64       programme_id,
               gint64       consortium_id,
               RcRetention *sum)
{
  guint n = 0;

  memset (sum, 0, sizeof *sum);
  for (guint i = 0; i < g_list_model_get_n_items (cohorts); i++)
    {
      g_autoptr(RcCohort) cohort = g_list_model_get_item (cohorts, i);
      RcCohortOutcome *found = g_hash_table_lookup (outcomes, &cohort->id);

      if (found == NULL || found->retention.qualified == 0 || cohort->programme_id != programme_id
          || (consortium_id != 0 && cohort->consortium_id != consortium_id))
        continue;
      n++;
      for (guint m = 0; m < RC_N_MILESTONES; m++)
        {
          sum->due[m] += found->retention.due[m];
          sum->recorded[m] += found->retention.recorded[m];
        }
      sum->qualified += found->retention.qualified;
      sum->registered += found->retention.registered;
      sum->employed_by_partner += found->retention.employed_by_partner;
      sum->retained_12 += found->retention.retained_12;
      sum->retained_24 += found->retention.retained_24;
    }

  return n;
}

/* The line of the chart labelled "<label> (<n> cohorts)", with the shares
 * of the counts added up. */
static void
assert_pool (const RcLineChart *chart,
             const char        *label,
             guint              n,
             const RcRetention *sum,
             gboolean           benchmark)
{
  g_autofree char *full = g_strdup_printf ("%s (%u cohorts)", label, n);
  const RcChartSeries *series = find_series (chart, full);

  if (series == NULL)
    g_error ("no line “%s” in the retention chart", full);
  g_assert_cmpint (series->dashed_benchmark, ==, benchmark);
  g_assert_cmpfloat (series->values[0], ==, 1.0);
  for (guint m = 0; m < RC_N_MILESTONES; m++)
    {
      RcOutcome outcome = rc_retention_get_outcome (sum, m);

      g_assert_cmpint (series->present[1 + m], ==, outcome.kind == RC_OUTCOME_SHARE);
      if (series->present[1 + m])
        g_assert_cmpfloat_with_epsilon (series->values[1 + m], (double) outcome.count / outcome.due, 1e-12);
    }
}

static gboolean
retention_pooled (gpointer page)
{
  const RcLineChart *chart = rc_line_chart_view_get_chart (rc_test_child (page, RC_TYPE_TRENDS_PAGE, "retention_view"));

  return chart != NULL && rc_line_chart_get_n_series (chart) > 0;
}

/* A national database has hundreds of cohorts: a line each could not be
 * read. Past a few, each line adds up one programme's cohorts, those of
 * the consortium the page compares and, dashed, every consortium's, with
 * the shares of the summed counts; the note says so. */
static void
test_retention_national (void)
{
  g_autofree char *path = g_build_filename (rc_test_get_tmpdir (), "trends-national.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(RcStore) store = rc_store_open (path, &error);
  g_autoptr(GListModel) cohorts = NULL;
  g_autoptr(GListModel) consortia = NULL;
  g_autoptr(GHashTable) outcomes = NULL;
  g_autoptr(RcConsortium) first = NULL;
  g_autoptr(RcConsortium) second = NULL;
  g_autoptr(GArray) chosen = NULL;
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  RcTrendsPage *page = RC_TRENDS_PAGE (rc_trends_page_new ());
  const RcLineChart *chart;
  gint64 programmes[2] = { 0 };
  const char *programme_names[2] = { NULL };
  guint n_measured = 0;
  RcRetention sum;
  guint n;

  g_assert_no_error (error);
  g_assert_true (rc_national_populate (store, 3000, 0, &error));
  g_assert_no_error (error);
  cohorts = rc_store_list_cohorts (store, NULL);
  consortia = rc_store_list_consortia (store, NULL);
  outcomes = rc_store_list_cohort_outcomes (store, NULL);
  first = g_list_model_get_item (consortia, 0);
  second = g_list_model_get_item (consortia, 1);
  for (guint i = 0; i < g_list_model_get_n_items (cohorts); i++)
    {
      g_autoptr(RcCohort) cohort = g_list_model_get_item (cohorts, i);
      RcCohortOutcome *found = g_hash_table_lookup (outcomes, &cohort->id);

      if (found != NULL && found->retention.qualified > 0)
        n_measured++;
      for (guint p = 0; p < G_N_ELEMENTS (programmes); p++)
        if (programmes[p] == cohort->programme_id)
          break;
        else if (programmes[p] == 0)
          {
            programmes[p] = cohort->programme_id;
            programme_names[p] = g_intern_string (cohort->programme_name);
            break;
          }
    }
  g_assert_cmpuint (n_measured, >, 300);
  g_assert_nonnull (programme_names[1]);

  gtk_window_set_default_size (window, 1280, 800);
  rc_list_page_set_store (RC_LIST_PAGE (page), store);
  gtk_window_set_child (window, GTK_WIDGET (page));
  gtk_window_present (window);
  rc_test_wait_for_loaded (GTK_WIDGET (page));
  g_assert_true (rc_test_wait_for (retention_pooled, page, 5000));

  /* The first look compares the first consortium: its two programmes and
   * every consortium's, four lines. */
  chart = rc_line_chart_view_get_chart (rc_test_child (page, RC_TYPE_TRENDS_PAGE, "retention_view"));
  g_assert_cmpuint (rc_line_chart_get_n_series (chart), ==, 4);
  for (guint p = 0; p < G_N_ELEMENTS (programmes); p++)
    {
      g_autofree char *ours = g_strdup_printf ("%s, %s", programme_names[p], first->name);
      g_autofree char *all = g_strdup_printf ("%s, every consortium", programme_names[p]);

      n = expected_pool (cohorts, outcomes, programmes[p], first->id, &sum);
      g_assert_cmpuint (n, >, 1);
      assert_pool (chart, ours, n, &sum, FALSE);
      n = expected_pool (cohorts, outcomes, programmes[p], 0, &sum);
      assert_pool (chart, all, n, &sum, TRUE);
    }
  {
    g_autofree char *start = g_strdup_printf ("%u cohorts are too many to draw one by one", n_measured);
    const char *note = gtk_label_get_label (rc_test_child (page, RC_TYPE_TRENDS_PAGE, "retention_note"));

    g_assert_true (g_str_has_prefix (note, start));
    g_assert_nonnull (strstr (note, first->name));
  }
  {
    g_autofree char *png = g_strdup_printf ("%s/trends-retention-national.png",
                                            g_getenv ("RC_TEST_OUTPUT_DIR") ?: ".");
    guint skip = 1;
    GtkWidget *view = find_chart_view (GTK_WIDGET (page), &skip);

    rc_test_flush (150);
    g_assert_true (rc_test_save_widget_png (view, png));
  }

  /* Another consortium: its lines, at once. */
  rc_trends_page_choose_consortium (page, second->id);
  chart = rc_line_chart_view_get_chart (rc_test_child (page, RC_TYPE_TRENDS_PAGE, "retention_view"));
  g_assert_cmpuint (rc_line_chart_get_n_series (chart), ==, 4);
  for (guint p = 0; p < G_N_ELEMENTS (programmes); p++)
    {
      g_autofree char *ours = g_strdup_printf ("%s, %s", programme_names[p], second->name);

      n = expected_pool (cohorts, outcomes, programmes[p], second->id, &sum);
      assert_pool (chart, ours, n, &sum, FALSE);
    }

  /* Councils chosen by hand: no consortium, every consortium's lines. */
  chosen = rc_trends_page_get_chosen (page);
  g_assert_true (rc_trends_page_set_council_chosen (page, g_array_index (chosen, gint64, 0), FALSE));
  chart = rc_line_chart_view_get_chart (rc_test_child (page, RC_TYPE_TRENDS_PAGE, "retention_view"));
  g_assert_cmpuint (rc_line_chart_get_n_series (chart), ==, 2);
  g_assert_nonnull (strstr (gtk_label_get_label (rc_test_child (page, RC_TYPE_TRENDS_PAGE, "retention_note")), "Choose a consortium"));

  g_object_ref (page);
  gtk_window_destroy (window);
  g_assert_finalize_object (page);
}

static void
test_empty (void)
{
  g_autofree char *path = g_build_filename (rc_test_get_tmpdir (), "trends-empty.db", NULL);
  g_autoptr(RcStore) store = rc_store_open (path, NULL);
  GtkWidget *page = g_object_ref_sink (rc_trends_page_new ());
  GtkStack *stack = GTK_STACK (rc_test_find_widget (page, GTK_TYPE_STACK));

  g_assert_nonnull (store);
  rc_list_page_set_store (RC_LIST_PAGE (RC_TRENDS_PAGE (page)), store);
  /* A spinner until the worker has read it. */
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "loading");
  rc_test_wait_for_loaded (page);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");
  g_assert_null (rc_line_chart_view_get_chart (rc_test_child (RC_TRENDS_PAGE (page), RC_TYPE_TRENDS_PAGE, "chart_view")));
  g_assert_false (rc_trends_page_export (RC_TRENDS_PAGE (page), "/nonexistent/chart.png", 1200, 800, NULL));
  rc_list_page_set_store (RC_LIST_PAGE (RC_TRENDS_PAGE (page)), NULL);
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

/* A page disposed while its chart is written, as when the window closes:
 * the work holds neither the page nor its window, and its answer, which
 * comes later, finds the page gone (the sanitizers' build sees any use). */
static void
test_export_disposed (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *dir = g_build_filename (rc_test_get_tmpdir (), "chart-disposed", NULL);
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  GtkWidget *page = rc_trends_page_new ();
  GtkFileChooser *chooser;
  gpointer weak = page;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_object_add_weak_pointer (G_OBJECT (page), &weak);
  gtk_window_set_default_size (window, 1280, 800);
  rc_list_page_set_store (RC_LIST_PAGE (RC_TRENDS_PAGE (page)), fixture->store);
  gtk_window_set_child (window, page);
  gtk_window_present (window);
  g_assert_true (rc_test_wait_for (is_drawn, page, 5000));

  g_assert_true (gtk_widget_activate_action (page, "trends.export", NULL));
  chooser = rc_test_wait_for_file_chooser ();
  g_assert_nonnull (chooser);
  g_assert_true (rc_test_answer_file_chooser (chooser, dir, "disposed.png"));
  g_assert_true (rc_trends_page_is_exporting (RC_TRENDS_PAGE (page)));

  gtk_window_destroy (window);
  rc_test_wait_for_null (&weak);
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
  ADD ("export-dialog", test_export_dialog, FALSE);
  ADD ("export-disposed", test_export_disposed, FALSE);
  ADD ("retention", test_retention, FALSE);
  ADD ("retention-narrow", test_retention, TRUE);
  ADD ("narrow", test_narrow, TRUE);
  g_test_add_func ("/trends-page/empty", test_empty);
  g_test_add_func ("/trends-page/retention-national", test_retention_national);

#undef ADD

  return g_test_run ();
}
