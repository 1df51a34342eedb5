/* test-window.c: the main window, its pages and its state
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "rc-test-util.h"
#include "sample/rc-demo.h"
#include "store/rc-store.h"
#include "views/rc-bids-page.h"
#include "views/rc-cohort-detail.h"
#include "views/rc-cohorts-page.h"
#include "views/rc-councils-page.h"
#include "views/rc-list-page.h"
#include "views/rc-trainee-table.h"
#include "views/rc-trends-page.h"
#include "views/rc-window.h"

static const char *pages[] = { "councils", "cohorts", "bids", "trends" };

static gboolean
widget_is_drawn (gpointer data)
{
  return gtk_widget_get_mapped (data) && gtk_widget_get_width (data) > 0;
}

typedef struct {
  RcWindow   *window;
  const char *name;
} PageWait;

static gboolean
page_is_shown (gpointer data)
{
  PageWait *wait = data;
  GtkWidget *page = rc_window_get_page (wait->window, wait->name);

  return g_strcmp0 (rc_window_get_page_name (wait->window), wait->name) == 0
         && page != NULL && widget_is_drawn (page);
}

/* A page is built when first shown, so that frame is slow on a busy
 * machine: waited for, not given a fixed time. */
static void
wait_for_page (RcWindow   *window,
               const char *name)
{
  PageWait wait = { window, name };

  g_assert_true (rc_test_wait_for (page_is_shown, &wait, 20000));
  rc_test_wait_for_frame (rc_window_get_page (window, name));
}

/* The welcome, the problem or the pages: the crossfade between them over
 * and painted. */
static void
wait_for_state (RcWindow *window)
{
  rc_test_wait_for_stack (rc_test_find_widget (GTK_WIDGET (window), GTK_TYPE_STACK));
}

/* The demo, so the pages have something to show in their pictures. */
static RcStore *
new_store (void)
{
  static guint counter;
  g_autofree char *path = g_strdup_printf ("%s/window-%u.db", rc_test_get_tmpdir (), ++counter);
  g_autoptr(GError) error = NULL;
  RcStore *store;

  g_assert_true (rc_demo_write (path, &error));
  store = rc_store_open (path, &error);

  g_assert_no_error (error);

  return store;
}

static RcWindow *
show_window (int width,
             int height)
{
  RcWindow *window = rc_window_new (NULL);
  g_autoptr(RcStore) store = new_store ();

  rc_window_set_store (window, store, FALSE);

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (rc_test_wait_for (widget_is_drawn, window, 5000));
  rc_test_wait_for_frame (window);

  return window;
}

static void
close_window (RcWindow *window)
{
  g_object_ref (window);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type) && gtk_widget_get_mapped (child))
        return child;
      if ((found = find_descendant (child, type)) != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
find_status_page (GtkWidget  *widget,
                  const char *title)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (ADW_IS_STATUS_PAGE (child) && gtk_widget_get_mapped (child)
          && g_strcmp0 (adw_status_page_get_title (ADW_STATUS_PAGE (child)), title) == 0)
        return child;
      if ((found = find_status_page (child, title)) != NULL)
        return found;
    }

  return NULL;
}

typedef struct
{
  GtkWidget  *widget;
  const char *path;
} Picture;

/* The picture once the window draws the page: a page built when first
 * shown may take more than the transition under load. */
static gboolean
picture_saved (gpointer data)
{
  Picture *picture = data;

  return rc_test_save_widget_png (picture->widget, picture->path);
}

static void
test_window_visits_every_page (void)
{
  RcWindow *window = show_window (1280, 820);
  AdwViewStack *stack = ADW_VIEW_STACK (rc_test_find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK));
  GType types[] = { RC_TYPE_COUNCILS_PAGE, RC_TYPE_COHORTS_PAGE, RC_TYPE_BIDS_PAGE, RC_TYPE_TRENDS_PAGE };

  G_STATIC_ASSERT (G_N_ELEMENTS (types) == G_N_ELEMENTS (pages));

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autofree char *png = NULL;
      GtkWidget *page;
      AdwViewStackPage *stack_page;

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", pages[i]));
      wait_for_page (window, pages[i]);
      g_assert_cmpstr (rc_window_get_page_name (window), ==, pages[i]);

      /* Each page is its own widget, built in the stack's visible holder,
       * shown, and has an icon in the switcher. */
      page = rc_window_get_page (window, pages[i]);
      g_assert_true (G_TYPE_CHECK_INSTANCE_TYPE (page, types[i]));
      g_assert_true (gtk_widget_get_parent (page) == adw_view_stack_get_visible_child (stack));
      g_assert_true (gtk_widget_get_mapped (page));
      g_assert_cmpint (gtk_widget_get_height (page), >, 200);
      stack_page = adw_view_stack_get_page (stack, gtk_widget_get_parent (page));
      g_assert_true (gtk_icon_theme_has_icon (gtk_icon_theme_get_for_display (gtk_widget_get_display (page)),
                                              adw_view_stack_page_get_icon_name (stack_page)));

      png = g_strdup_printf ("%s/window-%s.png", g_getenv ("RC_TEST_OUTPUT_DIR") ?: ".", pages[i]);
      g_assert_true (rc_test_wait_for (picture_saved, &(Picture) { GTK_WIDGET (window), png }, 5000));
    }

  close_window (window);
}

/* The page's own list: not a column view's, a drop-down's or its
 * detail's. */
static GtkListView *
find_list (GtkWidget *widget)
{
  if (GTK_IS_COLUMN_VIEW (widget) || GTK_IS_POPOVER (widget) || RC_IS_COHORT_DETAIL (widget))
    return NULL;
  if (GTK_IS_LIST_VIEW (widget))
    return GTK_LIST_VIEW (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkListView *found = find_list (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static guint
rows_in (GtkWidget *page)
{
  GtkListView *view = find_list (page);
  GtkSelectionModel *model = gtk_list_view_get_model (view);

  return model != NULL ? g_list_model_get_n_items (G_LIST_MODEL (model)) : 0;
}

static gboolean
page_is_complete (gpointer page)
{
  GListModel *cohorts = rc_list_page_get_shown (RC_LIST_PAGE (page));

  return !rc_list_page_get_loading (page) && g_list_model_get_n_items (cohorts) > 0
         && rows_in (page) == g_list_model_get_n_items (cohorts);
}

static gboolean
has_two_rows (gpointer page)
{
  return rows_in (page) == 2;
}

/* A page left gives up its rows but for the one chosen and those before
 * it (they were most of the window's memory on a national database), and
 * one shown again builds them again, a few a frame, with the same item
 * chosen. */
static void
test_window_hidden_pages_free_rows (void)
{
  RcWindow *window = show_window (1280, 820);
  GtkWidget *cohorts;
  gint64 chosen;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "cohorts"));
  wait_for_page (window, "cohorts");
  cohorts = rc_window_get_page (window, "cohorts");
  g_assert_true (rc_test_wait_for (page_is_complete, cohorts, 20000));
  /* The second cohort: it and the one before it stay for the selection. */
  {
    GListModel *shown = rc_list_page_get_shown (RC_LIST_PAGE (cohorts));
    g_autoptr(RcCohort) second = g_list_model_get_item (shown, 1);

    chosen = second->id;
    g_assert_true (rc_list_page_select_id (RC_LIST_PAGE (cohorts), chosen));
  }

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "councils"));
  wait_for_page (window, "councils");
  g_assert_false (gtk_widget_get_mapped (cohorts));
  g_assert_true (rc_test_wait_for (has_two_rows, cohorts, 5000));
  g_assert_cmpint (rc_list_page_get_selected_id (RC_LIST_PAGE (cohorts)), ==, chosen);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "cohorts"));
  wait_for_page (window, "cohorts");
  g_assert_cmpuint (rows_in (cohorts), >, 0);
  g_assert_cmpint (rc_list_page_get_selected_id (RC_LIST_PAGE (cohorts)), ==, chosen);
  g_assert_true (rc_test_wait_for (page_is_complete, cohorts, 20000));
  g_assert_cmpint (rc_list_page_get_selected_id (RC_LIST_PAGE (cohorts)), ==, chosen);

  close_window (window);
}

static gboolean
page_is_loading (gpointer page)
{
  return rc_list_page_get_loading (page);
}

static gboolean
page_is_loaded (gpointer page)
{
  return !rc_list_page_get_loading (page);
}

/* A page out of sight does not read its store again for a change: it
 * does when it is shown. (An import read Trends again behind the
 * cohort's page.) */
static void
test_window_hidden_pages_read_when_shown (void)
{
  RcWindow *window = show_window (1280, 820);
  RcStore *store;
  GtkWidget *trends;
  g_autoptr(GListModel) cohorts = NULL;
  g_autoptr(RcCohort) cohort = NULL;
  g_autoptr(RcTrainee) trainee = rc_trainee_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "trends"));
  wait_for_page (window, "trends");
  trends = rc_window_get_page (window, "trends");
  g_assert_true (rc_test_wait_for (page_is_loaded, trends, 20000));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "councils"));
  wait_for_page (window, "councils");
  rc_test_wait_for_loaded (window);

  store = rc_window_get_store (window);
  g_assert_true (rc_test_wait_for ((gboolean (*) (gpointer)) rc_store_get_writable, store, 20000));
  cohorts = rc_store_list_cohorts (store, &error);
  g_assert_no_error (error);
  cohort = g_list_model_get_item (cohorts, 0);
  trainee->cohort_id = cohort->id;
  trainee->reference = g_strdup ("HIDDEN-1");
  trainee->given_name = g_strdup ("Test");
  trainee->family_name = g_strdup ("Person");
  trainee->applied_on = g_strdup ("2026-09-02");
  g_assert_true (rc_store_save_trainee (store, trainee, &error));
  g_assert_no_error (error);
  rc_test_flush (200);
  g_assert_false (rc_list_page_get_loading (RC_LIST_PAGE (trends)));

  /* Shown again: read at once. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "trends"));
  g_assert_true (rc_list_page_get_loading (RC_LIST_PAGE (trends)) || rc_test_wait_for (page_is_loading, trends, 2000));
  g_assert_true (rc_test_wait_for (page_is_loaded, trends, 20000));

  close_window (window);
}

/* Only the page on screen is built at start; the switcher lists all four
 * from the start, and a page is built when it is first chosen. */
static void
test_window_builds_pages_when_shown (void)
{
  RcWindow *window = show_window (1280, 820);
  AdwViewStack *stack = ADW_VIEW_STACK (rc_test_find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK));
  g_autoptr(GtkSelectionModel) stack_pages = adw_view_stack_get_pages (stack);
  GtkWidget *switcher = rc_test_find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_SWITCHER);
  g_autoptr(RcStore) other = new_store ();
  GtkWidget *cohorts;

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (stack_pages)), ==, G_N_ELEMENTS (pages));
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autoptr(AdwViewStackPage) stack_page = g_list_model_get_item (G_LIST_MODEL (stack_pages), i);

      g_assert_cmpstr (adw_view_stack_page_get_name (stack_page), ==, pages[i]);
      g_assert_nonnull (adw_view_stack_page_get_title (stack_page));
      g_assert_nonnull (adw_view_stack_page_get_icon_name (stack_page));
    }
  /* The wide window's switcher has a button for each page. */
  g_assert_nonnull (switcher);
  {
    guint buttons = 0;

    for (GtkWidget *child = rc_test_find_widget (switcher, GTK_TYPE_TOGGLE_BUTTON);
         child != NULL;
         child = gtk_widget_get_next_sibling (child))
      buttons++;
    g_assert_cmpuint (buttons, ==, G_N_ELEMENTS (pages));
  }

  g_assert_cmpstr (rc_window_get_page_name (window), ==, "councils");
  g_assert_true (RC_IS_COUNCILS_PAGE (rc_window_get_page (window, "councils")));
  g_assert_null (rc_window_get_page (window, "cohorts"));
  g_assert_null (rc_window_get_page (window, "bids"));
  g_assert_null (rc_window_get_page (window, "trends"));
  g_assert_null (rc_test_find_widget (GTK_WIDGET (window), RC_TYPE_COHORTS_PAGE));
  g_assert_null (rc_test_find_widget (GTK_WIDGET (window), RC_TYPE_BIDS_PAGE));
  g_assert_null (rc_test_find_widget (GTK_WIDGET (window), RC_TYPE_TRENDS_PAGE));

  /* As the keyboard shortcut Alt+2 does. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "cohorts"));
  wait_for_page (window, "cohorts");
  cohorts = rc_window_get_page (window, "cohorts");
  g_assert_true (RC_IS_COHORTS_PAGE (cohorts));
  g_assert_true (rc_list_page_get_store (RC_LIST_PAGE (RC_COHORTS_PAGE (cohorts))) == rc_window_get_store (window));
  g_assert_true (gtk_widget_get_mapped (cohorts));
  g_assert_null (rc_window_get_page (window, "bids"));

  /* Another database: the page on screen shows it, the one out of sight
   * is kept, lets the old one go, and reads the new one when shown. */
  rc_window_set_store (window, other, FALSE);
  g_assert_true (rc_list_page_get_store (RC_LIST_PAGE (RC_COHORTS_PAGE (cohorts))) == other);
  g_assert_null (rc_list_page_get_store (RC_LIST_PAGE (RC_COUNCILS_PAGE (rc_window_get_page (window, "councils")))));
  rc_window_show_page (window, "councils");
  wait_for_page (window, "councils");
  g_assert_true (rc_list_page_get_store (RC_LIST_PAGE (RC_COUNCILS_PAGE (rc_window_get_page (window, "councils")))) == other);
  g_assert_null (rc_window_get_page (window, "trends"));

  close_window (window);
}

static void
test_window_narrow_shows_switcher_bar (void)
{
  RcWindow *window = show_window (360, 600);
  GtkWidget *bar = find_descendant (GTK_WIDGET (window), ADW_TYPE_VIEW_SWITCHER_BAR);

  g_assert_nonnull (bar);
  g_assert_true (adw_view_switcher_bar_get_reveal (ADW_VIEW_SWITCHER_BAR (bar)));
  close_window (window);

  window = show_window (1100, 720);
  bar = find_descendant (GTK_WIDGET (window), ADW_TYPE_VIEW_SWITCHER_BAR);
  g_assert_nonnull (bar);
  g_assert_false (adw_view_switcher_bar_get_reveal (ADW_VIEW_SWITCHER_BAR (bar)));
  close_window (window);
}

static void
test_window_welcome_and_problem (void)
{
  RcWindow *window = rc_window_new (NULL);
  g_autoptr(RcStore) store = new_store ();
  GtkWidget *status;

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (rc_test_wait_for (widget_is_drawn, window, 5000));

  rc_window_show_welcome (window);
  wait_for_state (window);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (rc_test_child (window, RC_TYPE_WINDOW, "state_stack")), ==, "welcome");
  g_assert_null (rc_window_get_store (window));
  /* Without a database, no page is built. */
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    g_assert_null (rc_window_get_page (window, pages[i]));

  rc_window_show_problem (window, "“x.db” is damaged (database disk image is malformed)", TRUE);
  wait_for_state (window);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (rc_test_child (window, RC_TYPE_WINDOW, "state_stack")), ==, "problem");
  /* The crossfade may still show the welcome: look for the problem page. */
  status = find_status_page (GTK_WIDGET (window), "The Database Could Not Be Opened");
  g_assert_nonnull (status);
  g_assert_cmpstr (adw_status_page_get_description (ADW_STATUS_PAGE (status)), ==,
                   "“x.db” is damaged (database disk image is malformed)");

  rc_window_set_store (window, store, TRUE);
  wait_for_state (window);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (rc_test_child (window, RC_TYPE_WINDOW, "state_stack")), ==, "main");
  g_assert_true (rc_window_get_store (window) == store);
  g_assert_true (RC_IS_COUNCILS_PAGE (rc_window_get_page (window, "councils")));

  close_window (window);
}

/* GNOME's smallest: every page fits a 360 × 294 window, with the demo's
 * long consortium name and 163 councils in it. */
static void
test_window_fits_small_screens (void)
{
  RcWindow *window = rc_window_new (NULL);
  g_autofree char *path = g_strdup_printf ("%s/small.db", rc_test_get_tmpdir ());
  g_autoptr(GError) error = NULL;
  g_autoptr(RcStore) store = NULL;
  GtkWidget *content;
  int min_width, min_height;

  g_assert_true (rc_demo_write (path, &error));
  store = rc_store_open (path, &error);
  g_assert_no_error (error);
  rc_window_set_store (window, store, TRUE);
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 294);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (rc_test_wait_for (widget_is_drawn, window, 5000));

  content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (window));
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      rc_window_show_page (window, pages[i]);
      wait_for_page (window, pages[i]);
      gtk_widget_measure (content, GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
      gtk_widget_measure (content, GTK_ORIENTATION_VERTICAL, 360, &min_height, NULL, NULL, NULL);
      g_test_message ("%s: at least %d × %d", pages[i], min_width, min_height);
      g_assert_cmpint (min_width, <=, 360);
      g_assert_cmpint (min_height, <=, 294);
    }

  close_window (window);
}

static void
test_window_remembers_size (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  RcWindow *window;
  int width, height;

  g_settings_set (settings, "window-size", "(ii)", 900, 640);
  g_settings_set_boolean (settings, "window-maximized", FALSE);

  window = rc_window_new (NULL);
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 900);
  g_assert_cmpint (height, ==, 640);

  gtk_window_set_default_size (GTK_WINDOW (window), 800, 500);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (rc_test_wait_for (widget_is_drawn, window, 5000));
  g_object_ref (window);
  gtk_window_close (GTK_WINDOW (window));
  g_assert_finalize_object (window);

  g_settings_get (settings, "window-size", "(ii)", &width, &height);
  g_assert_cmpint (width, ==, 800);
  g_assert_cmpint (height, ==, 500);
}

/* The banner over the pages: its revealer, and its text. */
static GtkRevealer *
check_banner (RcWindow *window)
{
  GtkWidget *box = rc_test_find_widget_with_class (GTK_WIDGET (window), GTK_TYPE_BOX, "check-banner");

  g_assert_nonnull (box);

  return GTK_REVEALER (gtk_widget_get_parent (box));
}

static const char *
check_banner_text (RcWindow *window)
{
  GtkWidget *box = gtk_revealer_get_child (check_banner (window));

  return gtk_label_get_text (GTK_LABEL (rc_test_find_widget (box, GTK_TYPE_LABEL)));
}

static gboolean
store_is_writable (gpointer window)
{
  RcStore *store = rc_window_get_store (window);

  return store != NULL && rc_store_get_writable (store);
}

static gboolean
store_is_damaged (gpointer window)
{
  RcStore *store = rc_window_get_store (window);

  return store != NULL && rc_store_get_damaged (store);
}

static void
forget_checks (void)
{
  g_autofree char *cache = g_build_filename (g_get_user_cache_dir (), "return-coordinator",
                                             "checked-databases.ini", NULL);

  g_unlink (cache);
}

/* As the application opens a database: the pages read at once. */
static RcWindow *
show_window_deferred (const char *path)
{
  RcWindow *window = rc_window_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(RcStore) store = rc_store_open_with_flags (path, RC_STORE_OPEN_DEFER_CHECK
                                                       | RC_STORE_OPEN_ALLOW_DAMAGED, &error);

  g_assert_no_error (error);
  rc_window_set_store (window, store, FALSE);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  gtk_window_present (GTK_WINDOW (window));

  return window;
}

/* Read only and saying so while the worker checks; writable when it has
 * passed, with nothing for the user to do. */
static void
on_banner_revealed (GtkRevealer *revealer,
                    GParamSpec  *pspec,
                    char       **text)
{
  GtkWidget *box = gtk_revealer_get_child (revealer);

  if (gtk_revealer_get_reveal_child (revealer) && *text == NULL)
    *text = g_strdup (gtk_label_get_text (GTK_LABEL (rc_test_find_widget (box, GTK_TYPE_LABEL))));
}

static void
test_window_checking_then_writable (void)
{
  g_autofree char *path = g_strdup_printf ("%s/checking.db", rc_test_get_tmpdir ());
  g_autofree char *banner = NULL;
  g_autoptr(GError) error = NULL;
  RcWindow *window;

  g_assert_true (rc_demo_write (path, &error));
  forget_checks ();
  window = show_window_deferred (path);
  g_signal_connect (check_banner (window), "notify::reveal-child", G_CALLBACK (on_banner_revealed), &banner);

  /* The page reads at once, in a worker, and nothing on it writes; the
   * check starts once it has been drawn. */
  g_assert_false (rc_store_get_writable (rc_window_get_store (window)));
  g_assert_true (RC_IS_COUNCILS_PAGE (rc_window_get_page (window, "councils")));
  g_assert_false (rc_test_action_is_enabled (rc_window_get_page (window, "councils"), "councils.import"));
  g_assert_false (rc_test_action_is_enabled (rc_window_get_page (window, "councils"), "councils.new-consortium"));
  rc_test_wait_for_loaded (window);
  g_assert_cmpuint (g_list_model_get_n_items (rc_list_page_get_shown (RC_LIST_PAGE (RC_COUNCILS_PAGE (rc_window_get_page (window, "councils"))))), >, 0);

  g_assert_true (rc_test_wait_for (store_is_writable, window, 10000));
  /* Writable: so are the page's actions. */
  g_assert_true (rc_list_page_get_writable (RC_LIST_PAGE (rc_window_get_page (window, "councils"))));
  g_assert_true (rc_test_action_is_enabled (rc_window_get_page (window, "councils"), "councils.import"));
  g_assert_true (rc_test_action_is_enabled (rc_councils_page_get_detail (RC_COUNCILS_PAGE (rc_window_get_page (window, "councils"))),
                                            "council.add-return"));
  g_assert_nonnull (banner);
  g_assert_nonnull (strstr (banner, "Checking the database"));
  g_assert_false (gtk_revealer_get_reveal_child (check_banner (window)));

  close_window (window);
}

static gboolean
has_details_dialog (gpointer data)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      {
        *(GtkWindow **) data = l->data;
        return TRUE;
      }

  return FALSE;
}

static gboolean
label_contains (GtkWidget  *root,
                const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if ((GTK_IS_LABEL (child) && strstr (gtk_label_get_text (GTK_LABEL (child)), text) != NULL)
        || label_contains (child, text))
      return TRUE;

  return FALSE;
}

/* A damaged file: read, never written, with SQLite's words behind
 * "Details" and a way back to the newest backup. */
static void
test_window_damaged (void)
{
  g_autofree char *dir = g_strdup_printf ("%s/damaged", rc_test_get_tmpdir ());
  g_autofree char *path = g_build_filename (dir, "consortium.db", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *png = NULL;
  g_autoptr(GError) error = NULL;
  GtkWindow *dialog = NULL;
  RcWindow *window;

  g_assert_true (rc_demo_write (path, &error));
  {
    g_autoptr(RcStore) store = rc_store_open (path, &error);
    g_autofree char *backup = rc_store_backup (store, "manual", &error);

    g_assert_no_error (error);
  }
  rc_test_damage_index (path, 0);
  before = rc_test_hash_file (path);

  window = show_window_deferred (path);
  g_assert_true (rc_test_wait_for (store_is_damaged, window, 10000));
  rc_test_flush (300);
  g_assert_true (gtk_revealer_get_reveal_child (check_banner (window)));
  g_assert_nonnull (strstr (check_banner_text (window), "damaged"));
  g_assert_null (strstr (check_banner_text (window), "missing from index"));
  g_assert_true (label_contains (GTK_WIDGET (check_banner (window)), "damaged"));
  g_assert_cmpuint (g_list_model_get_n_items (rc_list_page_get_shown (RC_LIST_PAGE (RC_COUNCILS_PAGE (rc_window_get_page (window, "councils"))))), >, 0);

  png = g_strdup_printf ("%s/window-damaged.png", g_getenv ("RC_TEST_OUTPUT_DIR") ?: ".");
  g_assert_true (rc_test_save_widget_png (GTK_WIDGET (window), png));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-damage-details", NULL));
  g_assert_true (rc_test_wait_for (has_details_dialog, &dialog, 5000));
  g_assert_true (label_contains (GTK_WIDGET (dialog), "missing from index trainee_host"));
  rc_test_flush (300);
  g_free (png);
  png = g_strdup_printf ("%s/window-damage-details.png", g_getenv ("RC_TEST_OUTPUT_DIR") ?: ".");
  g_assert_true (rc_test_save_widget_png (GTK_WIDGET (dialog), png));
  gtk_window_destroy (dialog);

  /* The banner still lets every page fit GNOME's smallest window. */
  {
    GtkWidget *content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (window));
    int min_width, min_height;

    for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
      {
        rc_window_show_page (window, pages[i]);
        rc_test_flush (100);
        gtk_widget_measure (content, GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
        gtk_widget_measure (content, GTK_ORIENTATION_VERTICAL, 360, &min_height, NULL, NULL, NULL);
        g_test_message ("%s with the banner: at least %d × %d", pages[i], min_width, min_height);
        g_assert_cmpint (min_width, <=, 360);
        g_assert_cmpint (min_height, <=, 294);
      }
    rc_window_show_page (window, "councils");
  }

  dialog = NULL;
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.restore-backup", NULL));
  g_assert_true (rc_test_wait_for (has_details_dialog, &dialog, 5000));
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==, "Restore the Newest Backup?");
  gtk_window_destroy (dialog);

  close_window (window);
  after = rc_test_hash_file (path);
  g_assert_cmpstr (before, ==, after);
}

static gboolean
shows_reference (gpointer data)
{
  GListModel *trainees = rc_trainee_table_get_shown (rc_test_child (data, RC_TYPE_COHORT_DETAIL, "table"));

  for (guint i = 0; i < g_list_model_get_n_items (trainees); i++)
    {
      g_autoptr(RcTrainee) trainee = g_list_model_get_item (trainees, i);

      if (g_strcmp0 (trainee->reference, "SU1-97") == 0)
        return TRUE;
    }

  return FALSE;
}

/* Within two seconds in the program as shipped; the sanitizers' build
 * runs several times slower, and is given longer. */
#ifdef __SANITIZE_ADDRESS__
#define FOLLOW_WITHIN_MS 8000
#else
#define FOLLOW_WITHIN_MS 2000
#endif

/* An import from the command line while the window is open shows up
 * within two seconds, and the page keeps its selection. */
static void
test_window_follows_other_programs (void)
{
  RcWindow *window = show_window (1280, 820);
  RcStore *store = rc_window_get_store (window);
  g_autofree char *csv = g_strdup_printf ("%s/more-trainees.csv", rc_test_get_tmpdir ());
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RcTrainee) first = NULL;
  RcCohortsPage *page;
  RcCohortDetail *detail;
  RcTraineeTable *table;
  gint64 start;
  int status;
  const char *argv[] = {
    g_getenv ("RC_EXECUTABLE"), "--database", rc_store_get_path (store),
    "--import-trainees", "1", csv, NULL
  };

  g_assert_nonnull (argv[0]);
  g_assert_true (g_file_set_contents (csv, "Reference,First name,Surname,Host council,Applied on\n"
                                      "SU1-97,Hal,Hart,E06000022,2016-09-01\n", -1, NULL));

  rc_window_show_page (window, "cohorts");
  rc_test_wait_for_frame (window);
  page = RC_COHORTS_PAGE (rc_window_get_page (window, "cohorts"));
  rc_cohorts_page_select_cohort (page, 1);
  rc_test_wait_for_loaded (window);
  detail = RC_COHORT_DETAIL (rc_cohorts_page_get_detail (page));
  table = RC_TRAINEE_TABLE (rc_test_child (detail, RC_TYPE_COHORT_DETAIL, "table"));
  g_assert_false (shows_reference (detail));
  first = g_list_model_get_item (rc_trainee_table_get_shown (rc_test_child (detail, RC_TYPE_COHORT_DETAIL, "table")), 3);
  rc_cohort_detail_select_trainee (detail, first->id);
  g_assert_cmpint (rc_trainee_table_get_selected_id (table), ==, first->id);

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               &out, &err, &status, &error));
  g_assert_no_error (error);
  g_test_message ("%s%s", out, err);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  start = g_get_monotonic_time ();
  g_assert_true (rc_test_wait_for (shows_reference, detail, FOLLOW_WITHIN_MS));
  g_test_message ("shown %.0f ms after the import ended", (g_get_monotonic_time () - start) / 1000.0);
  g_assert_cmpint (rc_list_page_get_selected_id (RC_LIST_PAGE (page)), ==, 1);
  g_assert_cmpint (rc_trainee_table_get_selected_id (table), ==, first->id);

  close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  rc_test_init_gtk (&argc, &argv);

  g_test_add_func ("/window/pages", test_window_visits_every_page);
  g_test_add_func ("/window/builds-pages-when-shown", test_window_builds_pages_when_shown);
  g_test_add_func ("/window/hidden-pages-free-rows", test_window_hidden_pages_free_rows);
  g_test_add_func ("/window/hidden-pages-read-when-shown", test_window_hidden_pages_read_when_shown);
  g_test_add_func ("/window/narrow", test_window_narrow_shows_switcher_bar);
  g_test_add_func ("/window/remembers-size", test_window_remembers_size);
  g_test_add_func ("/window/welcome-and-problem", test_window_welcome_and_problem);
  g_test_add_func ("/window/fits-small-screens", test_window_fits_small_screens);
  g_test_add_func ("/window/checking-then-writable", test_window_checking_then_writable);
  g_test_add_func ("/window/damaged", test_window_damaged);
  g_test_add_func ("/window/follows-other-programs", test_window_follows_other_programs);

  return g_test_run ();
}
