/* test-funnel.c: a cohort's recruitment funnel: counted from the
 * trainees' stages as the retention counts them, or typed in; drawn; on
 * the cohort's page
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "charts/rc-chart-export-async.h"
#include "charts/rc-funnel-chart.h"
#include "export/rc-cohort-funnel-chart.h"
#include "model/rc-funnel.h"
#include "rc-test-util.h"
#include "sample/rc-demo.h"
#include "views/rc-cohort-detail.h"
#include "views/rc-cohort-funnel-view.h"
#include "views/rc-funnel-dialog.h"

#define LGA_2017 "LGA national figures: Return to Social Work 2017–18"
#define LGA_2020 "LGA national figures: Return to Social Work 2020–21"
#define RTSW_2017 "Return to Social Work: south west 2017"
#define CURRENT "Return to Social Work: south west 2026–27"
#define STEP_UP "Step Up to Social Work: first south-west cohort"

static RcTraineeProgress
reached (RcStage  stage,
         gboolean withdrawn,
         gboolean partner)
{
  RcTraineeProgress item = { stage, withdrawn, partner, 0 };

  return item;
}

/* Every trainee counts at each step it reached, withdrawn later or not,
 * and the steps agree with the retention's own counts. */
static void
test_from_stages (void)
{
  const RcTraineeProgress items[] = {
    reached (RC_STAGE_APPLIED, FALSE, FALSE),
    reached (RC_STAGE_APPLIED, TRUE, FALSE),           /* withdrew while applying */
    reached (RC_STAGE_ASSESSMENT, FALSE, FALSE),
    reached (RC_STAGE_OFFERED, FALSE, FALSE),
    reached (RC_STAGE_ON_PLACEMENT, TRUE, FALSE),      /* started, then withdrew */
    reached (RC_STAGE_QUALIFIED, FALSE, FALSE),
    reached (RC_STAGE_REGISTERED, FALSE, FALSE),
    reached (RC_STAGE_EMPLOYED, FALSE, FALSE),         /* outside the partnership */
    reached (RC_STAGE_RETAINED_12, FALSE, TRUE),
  };
  static const guint expected[RC_N_FUNNEL_STEPS] = { 9, 7, 7, 6, 5, 4, 3, 2 };
  RcRetention retention;
  RcFunnel funnel;

  rc_retention_compute_on (items, G_N_ELEMENTS (items), 0, &retention);
  rc_funnel_compute (&retention, NULL, &funnel);
  for (guint i = 0; i < RC_N_FUNNEL_STEPS; i++)
    {
      g_assert_cmpint (funnel.steps[i].source, ==, RC_FUNNEL_SOURCE_TRAINEES);
      g_assert_cmpuint (funnel.steps[i].count, ==, expected[i]);
    }
  g_assert_cmpuint (funnel.steps[RC_FUNNEL_APPLIED].count, ==, retention.trainees);
  g_assert_cmpuint (funnel.steps[RC_FUNNEL_COMPLETED].count, ==, retention.qualified);
  g_assert_cmpuint (funnel.steps[RC_FUNNEL_REGISTERED].count, ==, retention.registered);
  /* A job anywhere counts; the retention's employment counts partners. */
  g_assert_cmpuint (funnel.steps[RC_FUNNEL_IN_JOB].count, ==, 2);
  g_assert_cmpuint (retention.employed_by_partner, ==, 1);
}

/* A figure typed in wins; a cohort with no trainees counts nothing, so a
 * step not typed in is not recorded. */
static void
test_typed (void)
{
  g_autoptr(RcFunnelFigures) typed = rc_funnel_figures_new ();
  g_autoptr(GPtrArray) findings = NULL;
  g_autofree char *sources = NULL;
  g_autofree char *text = NULL;
  RcRetention none = { 0 };
  RcRetention some = { 0 };
  RcFunnel funnel;

  typed->set[RC_FUNNEL_APPLIED] = TRUE;
  typed->count[RC_FUNNEL_APPLIED] = 225;
  typed->source[RC_FUNNEL_APPLIED] = g_strdup ("LGA");
  typed->set[RC_FUNNEL_IN_JOB] = TRUE;
  typed->count[RC_FUNNEL_IN_JOB] = 79;
  typed->at_least[RC_FUNNEL_IN_JOB] = TRUE;
  typed->source[RC_FUNNEL_IN_JOB] = g_strdup ("LGA");

  rc_funnel_compute (&none, typed, &funnel);
  g_assert_cmpint (funnel.steps[RC_FUNNEL_APPLIED].source, ==, RC_FUNNEL_SOURCE_TYPED);
  g_assert_cmpuint (funnel.steps[RC_FUNNEL_APPLIED].count, ==, 225);
  g_assert_cmpint (funnel.steps[RC_FUNNEL_OFFERED].source, ==, RC_FUNNEL_SOURCE_NONE);
  text = rc_funnel_format_value (&funnel.steps[RC_FUNNEL_IN_JOB]);
  g_assert_cmpstr (text, ==, "at least 79");
  g_clear_pointer (&text, g_free);
  text = rc_funnel_format_value (&funnel.steps[RC_FUNNEL_OFFERED]);
  g_assert_cmpstr (text, ==, "—");
  sources = rc_funnel_describe_sources (&funnel, typed);
  g_assert_cmpstr (sources, ==, "Applied and in a social work job at 6 months are typed in (source: LGA); "
                                "the rest are not recorded.");

  some.trainees = 14;
  some.assessed = 12;
  rc_funnel_compute (&some, typed, &funnel);
  g_assert_cmpint (funnel.steps[RC_FUNNEL_ASSESSED].source, ==, RC_FUNNEL_SOURCE_TRAINEES);
  g_assert_cmpuint (funnel.steps[RC_FUNNEL_ASSESSED].count, ==, 12);
  g_clear_pointer (&sources, g_free);
  sources = rc_funnel_describe_sources (&funnel, typed);
  g_assert_cmpstr (sources, ==, "Applied and in a social work job at 6 months are typed in (source: LGA); "
                                "the rest are counted from the trainees’ stages.");

  /* What the rules say: fewer than the trainees, or a widening funnel. */
  typed->count[RC_FUNNEL_APPLIED] = 10;
  typed->at_least[RC_FUNNEL_IN_JOB] = FALSE;
  typed->count[RC_FUNNEL_IN_JOB] = 11;
  findings = rc_funnel_check (typed, &some);
  g_assert_cmpstr (rc_findings_get (findings, "count:applied", RC_FINDING_WARNING)->message, ==,
                   "10 is fewer than the 14 trainees of the cohort who got this far");
  g_assert_cmpstr (rc_findings_get (findings, "count:in_job", RC_FINDING_WARNING)->message, ==,
                   "11 is more than the 10 at “Applied”: a funnel narrows");
  g_assert_false (rc_findings_has (findings, RC_FINDING_ERROR));
  g_clear_pointer (&findings, g_ptr_array_unref);
  typed->count[RC_FUNNEL_APPLIED] = 1000001;
  findings = rc_funnel_check (typed, NULL);
  g_assert_cmpstr (rc_findings_get (findings, "count:applied", RC_FINDING_ERROR)->message, ==,
                   "A figure of the funnel must be between 0 and 1,000,000");
}

static RcStore *
open_demo (void)
{
  static guint counter;
  g_autofree char *path = g_strdup_printf ("%s/funnel-%u.db", rc_test_get_tmpdir (), ++counter);
  g_autoptr(GError) error = NULL;
  RcStore *store;

  g_assert_true (rc_demo_write (path, &error));
  g_assert_no_error (error);
  store = rc_store_open (path, &error);
  g_assert_no_error (error);

  return store;
}

static RcCohort *
find_cohort (RcStore    *store,
             const char *name)
{
  g_autoptr(GListModel) cohorts = rc_store_list_cohorts (store, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (cohorts); i++)
    {
      g_autoptr(RcCohort) cohort = g_list_model_get_item (cohorts, i);

      if (g_str_equal (cohort->name, name))
        return g_steal_pointer (&cohort);
    }
  g_error ("No cohort %s", name);
}

static void
funnel_of (RcStore    *store,
           const char *name,
           RcFunnel   *funnel)
{
  g_autoptr(RcCohort) cohort = find_cohort (store, name);
  g_autoptr(GError) error = NULL;

  g_assert_true (rc_store_get_cohort_funnel (store, cohort->id, funnel, NULL, &error));
  g_assert_no_error (error);
}

/* The demo: the LGA's published funnels, and a cohort counted from its
 * trainees exactly as its retention counts them. */
static void
test_store (void)
{
  g_autoptr(RcStore) store = open_demo ();
  g_autoptr(RcCohort) rtsw = find_cohort (store, RTSW_2017);
  g_autoptr(RcCohort) lga = find_cohort (store, LGA_2017);
  g_autoptr(RcFunnelFigures) typed = NULL;
  g_autoptr(GError) error = NULL;
  static const gint64 lga_2017[RC_N_FUNNEL_STEPS] = { 225, 133, 89, 61, -1, -1, -1, -1 };
  static const gint64 lga_2020[RC_N_FUNNEL_STEPS] = { -1, -1, -1, -1, 199, 184, 133, 79 };
  RcRetention retention;
  RcFunnel funnel;

  funnel_of (store, LGA_2017, &funnel);
  for (guint i = 0; i < RC_N_FUNNEL_STEPS; i++)
    {
      g_assert_cmpint (funnel.steps[i].source, ==,
                       lga_2017[i] >= 0 ? RC_FUNNEL_SOURCE_TYPED : RC_FUNNEL_SOURCE_NONE);
      g_assert_cmpint ((gint64) funnel.steps[i].count, ==, MAX (lga_2017[i], 0));
    }
  funnel_of (store, LGA_2020, &funnel);
  for (guint i = 0; i < RC_N_FUNNEL_STEPS; i++)
    g_assert_cmpint ((gint64) funnel.steps[i].count, ==, MAX (lga_2020[i], 0));
  g_assert_true (funnel.steps[RC_FUNNEL_IN_JOB].at_least);
  g_assert_false (funnel.steps[RC_FUNNEL_REGISTERED].at_least);

  /* 14 returners of 2017: 12 started, 2 declined at application. */
  g_assert_true (rc_store_get_cohort_retention (store, rtsw->id, 0, &retention, NULL, &error));
  funnel_of (store, RTSW_2017, &funnel);
  g_assert_cmpuint (funnel.steps[RC_FUNNEL_APPLIED].count, ==, 14);
  g_assert_cmpuint (funnel.steps[RC_FUNNEL_APPLIED].count, ==, retention.trainees);
  g_assert_cmpuint (funnel.steps[RC_FUNNEL_STARTED].count, ==, 12);
  g_assert_cmpuint (funnel.steps[RC_FUNNEL_COMPLETED].count, ==, retention.qualified);
  g_assert_cmpuint (funnel.steps[RC_FUNNEL_REGISTERED].count, ==, retention.registered);

  /* The applicants before anyone was added, typed in, and read back. */
  typed = rc_store_get_funnel_figures (store, rtsw->id, &error);
  g_assert_no_error (error);
  typed->set[RC_FUNNEL_APPLIED] = TRUE;
  typed->count[RC_FUNNEL_APPLIED] = 41;
  typed->source[RC_FUNNEL_APPLIED] = g_strdup ("Recruitment spreadsheet, March 2017");
  g_assert_true (rc_store_save_funnel_figures (store, typed, &error));
  g_assert_no_error (error);
  funnel_of (store, RTSW_2017, &funnel);
  g_assert_cmpint (funnel.steps[RC_FUNNEL_APPLIED].source, ==, RC_FUNNEL_SOURCE_TYPED);
  g_assert_cmpuint (funnel.steps[RC_FUNNEL_APPLIED].count, ==, 41);
  g_assert_cmpuint (funnel.steps[RC_FUNNEL_APPLIED].counted, ==, 14);
  typed->count[RC_FUNNEL_APPLIED] = -3;
  g_assert_false (rc_store_save_funnel_figures (store, typed, &error));
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* A cohort without trainees goes with its figures. */
  g_assert_true (rc_store_delete_cohort (store, lga->id, &error));
  g_assert_no_error (error);
  g_clear_object (&typed);
  typed = rc_store_get_funnel_figures (store, lga->id, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < RC_N_FUNNEL_STEPS; i++)
    g_assert_false (typed->set[i]);
}

/* A step without a figure has no bar; shares are of the first step with
 * one; a lower bound says so. */
static void
test_chart (void)
{
  g_autoptr(RcStore) store = open_demo ();
  g_autoptr(RcFunnelChart) chart = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RcCohort) lga = find_cohort (store, LGA_2020);
  g_autofree char *png = g_build_filename (rc_test_get_tmpdir (), "funnel.png", NULL);
  g_autofree char *pdf = g_build_filename (rc_test_get_tmpdir (), "funnel.pdf", NULL);
  static const char *expected[RC_N_FUNNEL_STEPS] = {
    "not recorded", "not recorded", "not recorded", "not recorded",
    "199 (100.0 %)", "184 (92.5 %)", "133 (66.8 %)", "at least 79 (39.7 %)",
  };
  RcFunnel funnel;
  RcChartRect rect;

  funnel_of (store, LGA_2020, &funnel);
  chart = rc_cohort_funnel_chart_new (&funnel, "LGA 2020–21");
  g_assert_cmpuint (rc_funnel_chart_get_n_stages (chart), ==, RC_N_FUNNEL_STEPS);
  for (guint i = 0; i < RC_N_FUNNEL_STEPS; i++)
    {
      g_autofree char *text = rc_funnel_chart_format_stage (chart, i);

      g_assert_cmpstr (text, ==, expected[i]);
      g_assert_true (rc_funnel_chart_stage_rect (chart, 800, 500, i, &rect));
      if (i < RC_FUNNEL_STARTED)
        g_assert_cmpfloat (rect.width, ==, 0);
      else
        g_assert_cmpfloat (rect.width, >, 0);
    }

  g_assert_true (rc_cohort_funnel_chart_export (store, lga->id, png, &error));
  g_assert_no_error (error);
  g_assert_true (rc_cohort_funnel_chart_export (store, lga->id, pdf, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (png, G_FILE_TEST_IS_REGULAR));
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));
}

typedef struct
{
  gboolean  done;
  gboolean  written;
  GError   *error;
} Written;

static void
chart_written (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  Written *w = user_data;

  w->written = rc_chart_export_finish (result, &w->error);
  w->done = TRUE;
}

static gboolean
is_written (gpointer data)
{
  return ((Written *) data)->done;
}

/* In a worker, the format comes from the file's name, as it does on the
 * caller's thread; a name that is not a chart's starts nothing. */
static void
test_chart_in_worker (void)
{
  g_autoptr(RcStore) store = open_demo ();
  g_autoptr(RcCohort) lga = find_cohort (store, LGA_2020);
  g_autofree char *svg = g_build_filename (rc_test_get_tmpdir (), "funnel-worker.SVG", NULL);
  g_autofree char *gif = g_build_filename (rc_test_get_tmpdir (), "funnel-worker.gif", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  Written w = { 0 };

  g_assert_true (rc_cohort_funnel_chart_export_async (store, lga->id, svg, NULL, chart_written, &w, &error));
  g_assert_no_error (error);
  g_assert_true (rc_test_wait_for (is_written, &w, 30000));
  g_assert_no_error (w.error);
  g_assert_true (w.written);
  g_assert_true (g_file_get_contents (svg, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "<svg"));

  g_assert_false (rc_cohort_funnel_chart_export_async (store, lga->id, gif, NULL, chart_written, &w, &error));
  g_assert_error (error, RC_CHART_ERROR, RC_CHART_ERROR_UNSUPPORTED);
  g_assert_false (g_file_test (gif, G_FILE_TEST_EXISTS));
}

static gboolean
widget_is_drawn (gpointer data)
{
  return gtk_widget_get_mapped (data) && gtk_widget_get_width (data) > 0;
}

static void
save_png (gpointer    widget,
          const char *name)
{
  g_autofree char *path = g_strdup_printf ("%s/%s.png", g_getenv ("RC_TEST_OUTPUT_DIR") ?: ".", name);

  if (!rc_test_save_widget_png (GTK_WIDGET (widget), path))
    g_test_message ("No picture of %s", name);
}

static gboolean
step_is (gpointer data)
{
  gpointer *args = data;
  g_autofree char *text = rc_cohort_funnel_view_dup_step (args[0], GPOINTER_TO_UINT (args[1]));

  return g_strcmp0 (text, args[2]) == 0;
}

static gboolean
view_loaded (gpointer data)
{
  return !rc_cohort_funnel_view_get_loading (data);
}

/* The cohort's page shows the funnel; the dialog types figures in, says
 * what is odd, and the page follows. */
static void
test_view_and_dialog (void)
{
  g_autoptr(RcStore) store = open_demo ();
  g_autoptr(RcCohort) current = find_cohort (store, CURRENT);
  GtkWidget *window = gtk_window_new ();
  RcCohortFunnelView *view = RC_COHORT_FUNNEL_VIEW (rc_cohort_funnel_view_new ());
  RcFunnelDialog *dialog;
  g_autofree char *applied = NULL;
  gpointer args[3];

  gtk_window_set_default_size (GTK_WINDOW (window), 720, 520);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  rc_cohort_funnel_view_load (view, store, current);
  g_object_ref (window);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (rc_test_wait_for (widget_is_drawn, window, 5000));
  g_assert_true (rc_test_wait_for (view_loaded, view, 5000));

  /* 14 trainees: 12 offered or further (two still apply). */
  applied = rc_cohort_funnel_view_dup_step (view, RC_FUNNEL_APPLIED);
  g_assert_cmpstr (applied, ==, "14 (100.0 %)");
  g_assert_nonnull (strstr (rc_cohort_funnel_view_get_sources (view), "Counted from the trainees’ stages"));
  save_png (window, "funnel-view");

  dialog = RC_FUNNEL_DIALOG (rc_cohort_funnel_view_edit (view));
  g_object_ref (dialog);
  g_assert_true (rc_test_wait_for (widget_is_drawn, dialog, 5000));
  rc_funnel_dialog_set_count (dialog, RC_FUNNEL_APPLIED, "12", FALSE);
  g_assert_cmpstr (rc_funnel_dialog_get_message (dialog, RC_FUNNEL_APPLIED), ==,
                   "12 is fewer than the 14 trainees of the cohort who got this far");
  g_assert_true (rc_form_dialog_can_save (RC_FORM_DIALOG (dialog)));
  rc_funnel_dialog_set_count (dialog, RC_FUNNEL_APPLIED, "many", FALSE);
  g_assert_false (rc_form_dialog_can_save (RC_FORM_DIALOG (dialog)));
  rc_funnel_dialog_set_count (dialog, RC_FUNNEL_APPLIED, "212", FALSE);
  rc_funnel_dialog_set_count (dialog, RC_FUNNEL_SHORTLISTED, "96", FALSE);
  rc_funnel_dialog_set_source (dialog, "Applicant tracking, September 2026");
  g_assert_null (rc_funnel_dialog_get_message (dialog, RC_FUNNEL_APPLIED));
  save_png (dialog, "funnel-dialog");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "funnel-dialog.save", NULL);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_finalize_object (dialog);

  args[0] = view;
  args[1] = GUINT_TO_POINTER (RC_FUNNEL_SHORTLISTED);
  args[2] = (gpointer) "96 (45.3 %)";
  g_assert_true (rc_test_wait_for (step_is, args, 5000));
  g_assert_cmpstr (rc_cohort_funnel_view_get_sources (view), ==,
                   "Applied and shortlisted are typed in (source: Applicant tracking, September 2026); "
                   "the rest are counted from the trainees’ stages.");
  save_png (window, "funnel-view-typed");

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

/* The funnel is counted in a worker, when a cohort is shown and when its
 * trainees change, never while the main loop waits: a national cohort's
 * 100,000 trainees held it 100–200 ms. */
static void
test_view_reads_in_worker (void)
{
  g_autoptr(RcStore) store = open_demo ();
  g_autoptr(RcCohort) current = find_cohort (store, CURRENT);
  g_autoptr(RcTrainee) trainee = rc_trainee_new ();
  g_autoptr(GError) error = NULL;
  GtkWidget *window = gtk_window_new ();
  RcCohortFunnelView *view = RC_COHORT_FUNNEL_VIEW (rc_cohort_funnel_view_new ());
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  g_object_ref (window);
  gtk_window_present (GTK_WINDOW (window));

  /* Nothing read yet when the call returns; the figures come. */
  rc_cohort_funnel_view_load (view, store, current);
  g_assert_true (rc_cohort_funnel_view_get_loading (view));
  g_assert_null (rc_cohort_funnel_view_dup_step (view, RC_FUNNEL_APPLIED));
  g_assert_true (rc_test_wait_for (view_loaded, view, 5000));
  before = rc_cohort_funnel_view_dup_step (view, RC_FUNNEL_APPLIED);
  g_assert_cmpstr (before, ==, "14 (100.0 %)");

  /* A trainee saved: the count follows, but not within the save. */
  trainee->cohort_id = current->id;
  trainee->reference = g_strdup ("FUNNEL-1");
  trainee->given_name = g_strdup ("Test");
  trainee->family_name = g_strdup ("Person");
  trainee->applied_on = g_strdup ("2026-09-02");
  g_assert_true (rc_store_save_trainee (store, trainee, &error));
  g_assert_no_error (error);
  after = rc_cohort_funnel_view_dup_step (view, RC_FUNNEL_APPLIED);
  g_assert_cmpstr (after, ==, "14 (100.0 %)");
  g_assert_true (rc_cohort_funnel_view_get_loading (view));
  g_assert_true (rc_test_wait_for (view_loaded, view, 5000));
  g_clear_pointer (&after, g_free);
  after = rc_cohort_funnel_view_dup_step (view, RC_FUNNEL_APPLIED);
  g_assert_cmpstr (after, ==, "15 (100.0 %)");

  /* The same cohort shown again keeps its figures; none is another's. */
  rc_cohort_funnel_view_load (view, store, current);
  g_assert_false (rc_cohort_funnel_view_get_loading (view));
  rc_cohort_funnel_view_load (view, store, NULL);
  g_assert_null (rc_cohort_funnel_view_dup_step (view, RC_FUNNEL_APPLIED));
  g_assert_false (rc_cohort_funnel_view_get_loading (view));

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static gboolean
page_is_laid_out (gpointer data)
{
  GtkWidget *scroller = data;

  return gtk_widget_get_mapped (scroller) && gtk_widget_get_height (scroller) > 0;
}

/* In a 360-pixel window the cohort's Retention tab is one scrolled page:
 * the text, the table and the funnel under it, none squeezed. (The funnel
 * under the retention's own scroller left that scroller 60 pixels of a
 * 720-pixel window, and its text and table were cut.) */
static void
test_narrow_page (void)
{
  g_autoptr(RcStore) store = open_demo ();
  g_autoptr(RcCohort) current = find_cohort (store, CURRENT);
  GtkWidget *window = gtk_window_new ();
  RcCohortDetail *detail = RC_COHORT_DETAIL (rc_cohort_detail_new ());
  GtkWidget *retention, *scroller, *funnel, *stack;

  gtk_window_set_default_size (GTK_WINDOW (window), 360, 720);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (detail));
  rc_cohort_detail_set_store (detail, store);
  rc_cohort_detail_show_cohort (detail, current->id);
  g_object_ref (window);
  gtk_window_present (GTK_WINDOW (window));

  retention = rc_test_child (detail, RC_TYPE_COHORT_DETAIL, "retention");
  funnel = rc_test_find_widget (GTK_WIDGET (detail), RC_TYPE_COHORT_FUNNEL_VIEW);
  stack = gtk_widget_get_ancestor (retention, GTK_TYPE_STACK);
  gtk_stack_set_visible_child (GTK_STACK (stack), retention);
  scroller = adw_bin_get_child (ADW_BIN (retention));
  g_assert_true (GTK_IS_SCROLLED_WINDOW (scroller));
  g_assert_true (gtk_widget_is_ancestor (funnel, scroller));
  g_assert_true (rc_test_wait_for (page_is_laid_out, scroller, 5000));
  rc_test_wait_for_frame (window);
  g_assert_cmpint (gtk_widget_get_width (window), <=, 360);
  g_test_message ("the retention's page is %d pixels high", gtk_widget_get_height (scroller));
  g_assert_cmpint (gtk_widget_get_height (scroller), >=, 300);
  save_png (window, "funnel-narrow-page");

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

int
main (int   argc,
      char *argv[])
{
  rc_test_init_gtk (&argc, &argv);

  g_test_add_func ("/funnel/from-stages", test_from_stages);
  g_test_add_func ("/funnel/typed", test_typed);
  g_test_add_func ("/funnel/store", test_store);
  g_test_add_func ("/funnel/chart", test_chart);
  g_test_add_func ("/funnel/chart-in-worker", test_chart_in_worker);
  g_test_add_func ("/funnel/view-and-dialog", test_view_and_dialog);
  g_test_add_func ("/funnel/view-reads-in-worker", test_view_reads_in_worker);
  g_test_add_func ("/funnel/narrow-page", test_narrow_page);

  return g_test_run ();
}
