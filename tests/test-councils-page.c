/* test-councils-page.c: the councils page driven as a coordinator would
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "rc-test-util.h"
#include "sample/rc-demo.h"
#include "views/rc-council-detail.h"
#include "views/rc-councils-page.h"
#include "views/rc-line-chart-view.h"
#include "views/rc-window.h"

typedef struct {
  RcStore  *store;
  RcWindow *window;
  RcCouncilsPage *page;
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
  g_autofree char *path = g_strdup_printf ("%s/councils-%u.db", rc_test_get_tmpdir (), ++counter);
  g_autoptr(GError) error = NULL;

  g_assert_true (rc_demo_write (path, &error));
  fixture->store = rc_store_open (path, &error);
  g_assert_no_error (error);

  fixture->window = rc_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), GPOINTER_TO_INT (data) ? 360 : 1280,
                               GPOINTER_TO_INT (data) ? 720 : 860);
  rc_window_set_store (fixture->window, fixture->store, TRUE);
  gtk_window_present (GTK_WINDOW (fixture->window));
  g_assert_true (rc_test_wait_for (is_drawn, fixture->window, 5000));
  fixture->page = RC_COUNCILS_PAGE (rc_test_find_widget (GTK_WIDGET (fixture->window), RC_TYPE_COUNCILS_PAGE));
  g_assert_nonnull (fixture->page);
  rc_test_wait_for_frame (fixture->page);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_object_ref (fixture->window);
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_assert_finalize_object (fixture->window);
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

static GtkDropDown *
consortium_dropdown (Fixture *fixture)
{
  GtkWidget *region = rc_test_find_widget (GTK_WIDGET (fixture->page), GTK_TYPE_DROP_DOWN);

  /* The sidebar has the region, then the consortium. */
  return GTK_DROP_DOWN (gtk_widget_get_next_sibling (region));
}

static guint
n_shown (Fixture *fixture)
{
  return g_list_model_get_n_items (rc_list_page_get_shown (RC_LIST_PAGE (fixture->page)));
}

static void
test_opens_on_the_consortium (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(RcCouncil) somerset = rc_store_find_council_by_code (fixture->store, "E06000066", NULL);
  RcCouncilDetail *detail = RC_COUNCIL_DETAIL (rc_councils_page_get_detail (fixture->page));

  /* The demo's consortium: its eleven current and proposed members, with
   * its lead shown. */
  g_assert_cmpuint (gtk_drop_down_get_selected (consortium_dropdown (fixture)), ==, 1);
  g_assert_cmpuint (n_shown (fixture), ==, 11);
  g_assert_cmpint (rc_council_detail_get_council_id (detail), ==, somerset->id);
  save_png (fixture, "councils-opened");
}

static void
test_search_narrows (Fixture       *fixture,
                     gconstpointer  data)
{
  guint all;

  gtk_drop_down_set_selected (consortium_dropdown (fixture), 0);
  all = n_shown (fixture);

  /* The 153 current councils; former ones wait for a search. */
  g_assert_cmpuint (all, ==, 153);

  rc_list_page_set_search (RC_LIST_PAGE (fixture->page), "somer");
  /* Somerset, North Somerset, Bath and North East Somerset, and the
   * former Somerset County Council. */
  g_assert_cmpuint (n_shown (fixture), ==, 4);

  rc_list_page_set_search (RC_LIST_PAGE (fixture->page), "E06000066");
  g_assert_cmpuint (n_shown (fixture), ==, 1);

  rc_list_page_set_search (RC_LIST_PAGE (fixture->page), "933");
  g_assert_cmpuint (n_shown (fixture), ==, 2);

  rc_list_page_set_search (RC_LIST_PAGE (fixture->page), "zzz");
  g_assert_cmpuint (n_shown (fixture), ==, 0);
  save_png (fixture, "councils-no-match");

  rc_list_page_set_search (RC_LIST_PAGE (fixture->page), "");
  g_assert_cmpuint (n_shown (fixture), ==, all);
}

static void
test_detail_shows_history (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(RcCouncil) somerset = rc_store_find_council_by_code (fixture->store, "E06000066", NULL);
  RcCouncilDetail *detail = RC_COUNCIL_DETAIL (rc_councils_page_get_detail (fixture->page));
  GListModel *returns;

  rc_list_page_set_search (RC_LIST_PAGE (fixture->page), "Somerset");
  rc_councils_page_select_council (fixture->page, somerset->id);
  rc_test_wait_for_frame (fixture->page);
  g_assert_cmpint (rc_council_detail_get_council_id (detail), ==, somerset->id);

  /* 2017-2022 from Somerset County Council, 2023-2025 its own; newest first. */
  returns = rc_council_detail_get_returns (detail);
  g_assert_cmpuint (g_list_model_get_n_items (returns), ==, 9);
  {
    g_autoptr(RcWorkforceReturn) newest = g_list_model_get_item (returns, 0);
    g_autoptr(RcWorkforceReturn) oldest = g_list_model_get_item (returns, 8);
    g_assert_cmpint (newest->year, ==, 2025);
    g_assert_cmpint (oldest->year, ==, 2017);
  }
  save_png (fixture, "councils-somerset");

  /* The predecessor is a click away. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (detail), "council.show-predecessor", NULL));
  rc_test_wait_for_frame (fixture->page);
  {
    g_autoptr(RcCouncil) old = rc_store_find_council_by_code (fixture->store, "E10000027", NULL);
    g_assert_cmpint (rc_council_detail_get_council_id (detail), ==, old->id);
    g_assert_cmpuint (g_list_model_get_n_items (returns), ==, 6);
  }
}

static void
test_filters (Fixture       *fixture,
              gconstpointer  data)
{
  GtkDropDown *consortium = NULL;
  GtkDropDown *region = NULL;

  region = GTK_DROP_DOWN (rc_test_find_widget (GTK_WIDGET (fixture->page), GTK_TYPE_DROP_DOWN));
  consortium = consortium_dropdown (fixture);
  gtk_drop_down_set_selected (consortium, 0);
  g_assert_nonnull (region);
  g_assert_nonnull (consortium);

  /* The South West region: 15 current councils. */
  gtk_drop_down_set_selected (region, 9);
  g_assert_cmpuint (n_shown (fixture), ==, 15);
  gtk_drop_down_set_selected (region, 0);

  /* The demo's one consortium: its current members and proposed ones
   * (Somerset County Council is former, so hidden). */
  gtk_drop_down_set_selected (consortium, 1);
  g_assert_cmpuint (n_shown (fixture), ==, 11);
  g_object_set (fixture->page, "show-former", TRUE, NULL);
  g_assert_cmpuint (n_shown (fixture), ==, 12);
}

static void
test_delete_return_and_undo (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(RcCouncil) bath = rc_store_find_council_by_code (fixture->store, "E06000022", NULL);
  RcCouncilDetail *detail = RC_COUNCIL_DETAIL (rc_councils_page_get_detail (fixture->page));
  g_autoptr(GListModel) stored = NULL;
  GListModel *shown;

  rc_councils_page_select_council (fixture->page, bath->id);
  shown = rc_council_detail_get_returns (detail);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 9);

  rc_council_detail_select_return (detail, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (detail), "council.delete-return", NULL));
  stored = rc_store_list_council_returns (fixture->store, bath->id, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (stored), ==, 8);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 8);
}

static void
test_narrow_folds (Fixture       *fixture,
                   gconstpointer  data)
{
  AdwLeaflet *leaflet = ADW_LEAFLET (rc_test_find_widget (GTK_WIDGET (fixture->page), ADW_TYPE_LEAFLET));
  GtkListView *list = GTK_LIST_VIEW (rc_test_find_widget_with_class (GTK_WIDGET (fixture->page), GTK_TYPE_LIST_VIEW,
                                                                     "navigation-sidebar"));
  g_autoptr(RcCouncil) swindon = rc_store_find_council_by_code (fixture->store, "E06000030", NULL);

  g_assert_nonnull (leaflet);
  g_assert_true (adw_leaflet_get_folded (leaflet));
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "list");
  save_png (fixture, "councils-narrow-list");

  /* Choosing a council (a click or Enter) opens its detail... */
  gtk_drop_down_set_selected (consortium_dropdown (fixture), 0);
  rc_list_page_set_search (RC_LIST_PAGE (fixture->page), "Swindon");
  g_assert_nonnull (list);
  g_signal_emit_by_name (list, "activate", 0);
  rc_test_wait_for_leaflet (leaflet, "detail");
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "detail");
  g_assert_cmpint (rc_council_detail_get_council_id (RC_COUNCIL_DETAIL (rc_councils_page_get_detail (fixture->page))),
                   ==, swindon->id);
  save_png (fixture, "councils-narrow-detail");

  /* ...and Back returns to the list. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "councils.back", NULL));
  rc_test_wait_for_leaflet (leaflet, "list");
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "list");
}

static gboolean
has_label (GtkWidget  *root,
           const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if ((GTK_IS_LABEL (child) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (child)), text) == 0)
        || has_label (child, text))
      return TRUE;

  return FALSE;
}

/* The detail's chart keeps a year with no return as a gap on its axis;
 * a published rate stands in for a rate whose figures are missing, and
 * the table says so. */
static void
test_detail_chart_keeps_gaps (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(RcCouncil) bath = rc_store_find_council_by_code (fixture->store, "E06000022", NULL);
  g_autoptr(GListModel) stored = rc_store_list_council_returns (fixture->store, bath->id, NULL);
  g_autoptr(RcWorkforceReturn) in_2021 = NULL;
  RcCouncilDetail *detail = RC_COUNCIL_DETAIL (rc_councils_page_get_detail (fixture->page));
  const RcLineChart *chart;
  const RcChartSeries *vacancy;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (stored); i++)
    {
      g_autoptr(RcWorkforceReturn) ret = g_list_model_get_item (stored, i);

      if (ret->year == 2019)
        g_assert_true (rc_store_delete_workforce_return (fixture->store, ret->id, &error));
      if (ret->year == 2021)
        in_2021 = g_object_ref (ret);
    }
  g_assert_no_error (error);
  in_2021->vacancies_fte100 = RC_FIGURE_MISSING;
  in_2021->published_vacancy_rate_pct100 = rc_figure (1234);
  g_assert_true (rc_store_save_workforce_return (fixture->store, in_2021, &error));
  g_assert_no_error (error);

  rc_councils_page_select_council (fixture->page, bath->id);
  rc_test_flush (100);
  g_assert_cmpuint (g_list_model_get_n_items (rc_council_detail_get_returns (detail)), ==, 8);
  chart = rc_line_chart_view_get_chart (rc_test_child (detail, RC_TYPE_COUNCIL_DETAIL, "sparkline"));
  g_assert_nonnull (chart);
  g_assert_cmpuint (rc_line_chart_get_n_periods (chart), ==, 9);
  g_assert_cmpstr (rc_line_chart_get_period (chart, 2), ==, "2019");
  vacancy = rc_line_chart_get_series (chart, 0);
  g_assert_true (vacancy->present[1]);
  g_assert_false (vacancy->present[2]);
  g_assert_true (vacancy->present[3]);
  g_assert_cmpfloat_with_epsilon (vacancy->values[4], 0.1234, 1e-12);
  g_assert_cmpstr (rc_line_chart_get_note (chart, 0, 4), ==, "published rate");
  g_assert_true (has_label (GTK_WIDGET (detail), "12.3 % (published rate)"));
}

int
main (int   argc,
      char *argv[])
{
  rc_test_init_gtk (&argc, &argv);

#define ADD(path, func, narrow) \
  g_test_add ("/councils-page/" path, Fixture, GINT_TO_POINTER (narrow), fixture_set_up, func, fixture_tear_down)

  ADD ("opens-on-the-consortium", test_opens_on_the_consortium, FALSE);
  ADD ("search-narrows", test_search_narrows, FALSE);
  ADD ("detail-shows-history", test_detail_shows_history, FALSE);
  ADD ("filters", test_filters, FALSE);
  ADD ("delete-return", test_delete_return_and_undo, FALSE);
  ADD ("detail-chart-keeps-gaps", test_detail_chart_keeps_gaps, FALSE);
  ADD ("narrow-folds", test_narrow_folds, TRUE);

#undef ADD

  return g_test_run ();
}
