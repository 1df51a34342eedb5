/* test-page-rows.c: what the rows of a long list show while the page
 * reads, and which of them it lays out again (issue #16)
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "rc-test-util.h"
#include "sample/rc-demo.h"
#include "views/rc-cohort-row.h"
#include "views/rc-cohorts-page.h"
#include "views/rc-council-detail.h"

/* More cohorts than the list shows at once, fewer than the 200 rows GTK
 * 4.8 builds: every one has a row, most of them past the screen. */
#define EXTRA_COHORTS 40

typedef struct {
  RcStore       *store;
  GtkWindow     *window;
  RcCohortsPage *page;
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
  g_autofree char *path = g_strdup_printf ("%s/rows-%u.db", rc_test_get_tmpdir (), ++counter);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) cohorts = NULL;
  g_autoptr(RcCohort) first = NULL;

  g_assert_true (rc_demo_write (path, &error));
  fixture->store = rc_store_open (path, &error);
  g_assert_no_error (error);

  cohorts = rc_store_list_cohorts (fixture->store, &error);
  g_assert_no_error (error);
  first = g_list_model_get_item (cohorts, 0);
  for (guint i = 0; i < EXTRA_COHORTS; i++)
    {
      g_autoptr(RcCohort) cohort = rc_cohort_copy (first);

      cohort->id = 0;
      g_free (cohort->name);
      cohort->name = g_strdup_printf ("Zz extra cohort %02u", i + 1);
      g_assert_true (rc_store_save_cohort (fixture->store, cohort, &error));
      g_assert_no_error (error);
    }

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1000, 600);
  fixture->page = RC_COHORTS_PAGE (rc_cohorts_page_new ());
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->page));
  g_object_set (fixture->page, "store", fixture->store, NULL);
  gtk_window_present (fixture->window);
  g_assert_true (rc_test_wait_for (is_drawn, fixture->page, 5000));
  rc_test_wait_for_frame (fixture->page);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_object_ref (fixture->window);
  gtk_window_destroy (fixture->window);
  g_assert_finalize_object (fixture->window);
  g_assert_finalize_object (fixture->store);
}

static void
collect_rows (GtkWidget *widget,
              GPtrArray *rows)
{
  if (RC_IS_COHORT_ROW (widget))
    g_ptr_array_add (rows, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_rows (child, rows);
}

/* The row GTK built for the cohort called @name, on screen or not. */
static RcCohortRow *
find_row (Fixture    *fixture,
          const char *name)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  collect_rows (GTK_WIDGET (fixture->page), rows);
  for (guint i = 0; i < rows->len; i++)
    if (g_str_equal (rc_cohort_row_get_name_text (g_ptr_array_index (rows, i)), name))
      return g_ptr_array_index (rows, i);

  return NULL;
}

static gboolean
row_shows (gpointer data)
{
  gpointer *args = data;

  return g_str_equal (rc_cohort_row_get_summary_text (args[0]), args[1]);
}

/* What a cohort's row says of its trainees, as the store counts them. */
static char *
expected_summary (Fixture *fixture,
                  gint64   cohort_id)
{
  g_autoptr(GError) error = NULL;
  guint counts[RC_N_STAGES];
  RcRetention retention;

  g_assert_true (rc_store_get_cohort_retention (fixture->store, cohort_id, 0, &retention, counts, &error));
  g_assert_no_error (error);

  return rc_cohort_stage_summary (&retention, counts);
}

static gboolean
all_rows_in (gpointer data)
{
  gpointer *args = data;

  return g_list_model_get_n_items (args[0]) == GPOINTER_TO_UINT (args[1]);
}

/* When the counts of a long list of cohorts change, the rows on screen
 * show the new ones at once; the rows past the screen are not laid out
 * again then (all of them took a frame of 100 to 150 ms on the national
 * database), but show the new counts as they scroll into sight. */
static void
test_counts_reach_rows_past_the_screen (Fixture       *fixture,
                                        gconstpointer  data)
{
  GtkListView *list = rc_test_child (fixture->page, RC_TYPE_COHORTS_PAGE, "list_view");
  GtkAdjustment *scroll = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (list));
  GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (list));
  g_autoptr(GListModel) cohorts = NULL;
  g_autoptr(RcCohort) top = NULL, bottom = NULL;
  g_autoptr(RcTrainee) late = rc_trainee_new ();
  g_autoptr(RcTrainee) early = rc_trainee_new ();
  g_autoptr(GError) error = NULL;
  RcCohortRow *top_row, *bottom_row;
  g_autofree char *top_after = NULL;
  g_autofree char *top_before = NULL, *bottom_before = NULL, *bottom_after = NULL;
  gpointer args[2];

  cohorts = rc_store_list_cohorts (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (cohorts), >, EXTRA_COHORTS);
  /* The list shows its rows a few a frame (rc-reveal-model.c). */
  args[0] = model;
  args[1] = GUINT_TO_POINTER (g_list_model_get_n_items (cohorts));
  g_assert_true (rc_test_wait_for (all_rows_in, args, 10000));
  rc_test_wait_for_loaded (fixture->page);
  rc_test_wait_for_frame (fixture->page);
  top = g_list_model_get_item (model, 0);
  bottom = g_list_model_get_item (model, g_list_model_get_n_items (model) - 1);

  top_row = find_row (fixture, top->name);
  bottom_row = find_row (fixture, bottom->name);
  g_assert_nonnull (top_row);
  g_assert_nonnull (bottom_row);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (top_row)));
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (bottom_row)));
  bottom_before = g_strdup (rc_cohort_row_get_summary_text (bottom_row));
  top_before = g_strdup (rc_cohort_row_get_summary_text (top_row));

  /* A trainee applies to the last cohort, and one to the first. */
  early->cohort_id = top->id;
  late->cohort_id = bottom->id;
  for (guint i = 0; i < 2; i++)
    {
      RcTrainee *trainee = i == 0 ? early : late;

      trainee->reference = g_strdup_printf ("ROWS-%u", i + 1);
      trainee->given_name = g_strdup ("Robin");
      trainee->family_name = g_strdup ("Rows");
      trainee->applied_on = g_strdup ("2024-09-02");
      g_assert_true (rc_store_save_trainee (fixture->store, trainee, &error));
      g_assert_no_error (error);
    }
  rc_test_wait_for_loaded (fixture->page);
  rc_test_wait_for_frame (fixture->page);

  /* The rows kept their widgets: the list did not change. */
  g_assert_true (find_row (fixture, top->name) == top_row);
  g_assert_true (find_row (fixture, bottom->name) == bottom_row);
  g_assert_cmpstr (rc_cohort_row_get_summary_text (top_row), !=, top_before);
  top_after = expected_summary (fixture, top->id);
  g_assert_cmpstr (rc_cohort_row_get_summary_text (top_row), ==, top_after);
  /* Past the screen, not laid out again yet. */
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (bottom_row)));
  g_assert_cmpstr (rc_cohort_row_get_summary_text (bottom_row), ==, bottom_before);

  /* Scrolled to the end, the last cohort shows its trainee. */
  gtk_adjustment_set_value (scroll, gtk_adjustment_get_upper (scroll));
  args[0] = bottom_row;
  bottom_after = expected_summary (fixture, bottom->id);
  g_assert_cmpstr (bottom_after, !=, bottom_before);
  args[1] = bottom_after;
  g_assert_true (rc_test_wait_for (row_shows, args, 5000));
  rc_test_wait_for_frame (fixture->page);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (bottom_row)));
  g_assert_cmpstr (rc_cohort_row_get_summary_text (bottom_row), ==, bottom_after);
}

static gboolean
model_has (gpointer data)
{
  gpointer *args = data;

  return g_list_model_get_n_items (args[0]) == GPOINTER_TO_UINT (args[1]);
}

/* A council's table of returns, ten cells a year, shows its first years
 * at once and the rest a few a frame: laid out with the list of councils
 * in one frame, fifteen years held the main loop for 70 ms at start. */
static void
test_council_returns_a_few_a_frame (void)
{
  g_autofree char *path = g_strdup_printf ("%s/council-returns.db", rc_test_get_tmpdir ());
  g_autoptr(GError) error = NULL;
  g_autoptr(RcStore) store = NULL;
  g_autoptr(GListModel) councils = NULL;
  GtkWindow *window;
  RcCouncilDetail *detail;
  GListModel *shown;
  gint64 id = 0;
  guint most = 0;
  gpointer args[2];

  g_assert_true (rc_demo_write (path, &error));
  store = rc_store_open (path, &error);
  g_assert_no_error (error);
  councils = rc_store_list_councils (store, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (councils); i++)
    {
      g_autoptr(RcCouncil) council = g_list_model_get_item (councils, i);
      g_autoptr(GListModel) returns = rc_store_list_council_returns (store, council->id, &error);

      g_assert_no_error (error);
      if (g_list_model_get_n_items (returns) > most)
        {
          most = g_list_model_get_n_items (returns);
          id = council->id;
        }
    }
  g_assert_cmpuint (most, >=, 6);

  window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (window, 1000, 700);
  detail = g_object_new (RC_TYPE_COUNCIL_DETAIL, NULL);
  gtk_window_set_child (window, GTK_WIDGET (detail));
  rc_council_detail_set_store (detail, store);
  gtk_window_present (window);
  g_assert_true (rc_test_wait_for (is_drawn, detail, 5000));
  rc_test_wait_for_frame (detail);

  rc_council_detail_show_council (detail, id);
  shown = G_LIST_MODEL (gtk_column_view_get_model (rc_test_child (detail, RC_TYPE_COUNCIL_DETAIL, "returns_view")));
  /* Every year is the council's at once; the table has the first few. */
  g_assert_cmpuint (g_list_model_get_n_items (rc_council_detail_get_returns (detail)), ==, most);
  g_assert_cmpuint (g_list_model_get_n_items (shown), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (shown), <, most);
  args[0] = shown;
  args[1] = GUINT_TO_POINTER (most);
  g_assert_true (rc_test_wait_for (model_has, args, 5000));

  /* A year chosen past those shown is shown at once. */
  rc_council_detail_show_council (detail, 0);
  rc_council_detail_show_council (detail, id);
  rc_council_detail_select_return (detail, most - 1);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, most);
  g_assert_cmpuint (gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (shown)), ==, most - 1);

  g_object_ref (window);
  gtk_window_destroy (window);
  g_assert_finalize_object (window);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("GSK_RENDERER", "cairo", FALSE);
  rc_test_init_gtk (&argc, &argv);

  g_test_add ("/page-rows/counts-reach-rows-past-the-screen", Fixture, NULL, fixture_set_up,
              test_counts_reach_rows_past_the_screen, fixture_tear_down);
  g_test_add_func ("/page-rows/council-returns-a-few-a-frame", test_council_returns_a_few_a_frame);

  return g_test_run ();
}
