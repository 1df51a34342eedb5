/* test-application.c: the application, its actions and its accelerators
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "rc-application.h"
#include "rc-test-util.h"
#include "views/rc-window.h"

static GtkWindow *
find_window (GtkApplication *app,
             GType           type)
{
  for (GList *l = gtk_application_get_windows (app); l != NULL; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type))
      return l->data;

  return NULL;
}

static GtkWindow *
find_toplevel (GType type)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type) && gtk_widget_get_visible (l->data))
      return l->data;

  return NULL;
}

static gboolean
has_about_window (gpointer app)
{
  return find_toplevel (ADW_TYPE_ABOUT_WINDOW) != NULL;
}

static gboolean
has_shortcuts_window (gpointer app)
{
  GtkWindow *window = find_window (app, RC_TYPE_WINDOW);
  GtkShortcutsWindow *overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window));

  return overlay != NULL && gtk_widget_get_visible (GTK_WIDGET (overlay));
}

static void
check_accels (GtkApplication *app)
{
  g_auto(GStrv) quit = gtk_application_get_accels_for_action (app, "app.quit");
  g_auto(GStrv) page = gtk_application_get_accels_for_action (app, "win.show-page::trends");
  g_auto(GStrv) shortcuts = gtk_application_get_accels_for_action (app, "win.show-help-overlay");
  g_auto(GStrv) new_item = gtk_application_get_accels_for_action (app, "win.new-item");

  g_assert_true (g_strv_contains ((const char * const *) quit, "<Control>q"));
  g_assert_true (g_strv_contains ((const char * const *) page, "<Alt>4"));
  g_assert_true (g_strv_contains ((const char * const *) shortcuts, "<Control>question"));
  /* Ctrl+N adds what the page shown adds, wherever the focus is. */
  g_assert_true (g_strv_contains ((const char * const *) new_item, "<Control>n"));
}

static gboolean
shows_main (gpointer window)
{
  return g_strcmp0 (rc_window_get_state (window), "main") == 0;
}

static void
drive_app (GtkApplication *app)
{
  GtkWindow *window = find_window (app, RC_TYPE_WINDOW);
  GtkWindow *about;

  g_assert_nonnull (window);
  check_accels (app);

  /* First run: no database yet, so the demo is offered. */
  g_assert_cmpstr (rc_window_get_state (RC_WINDOW (window)), ==, "welcome");
  g_action_group_activate_action (G_ACTION_GROUP (app), "open-demo", NULL);
  g_assert_true (rc_test_wait_for (shows_main, window, 10000));
  g_assert_nonnull (rc_window_get_store (RC_WINDOW (window)));
  {
    g_autoptr(GListModel) consortia = rc_store_list_consortia (rc_window_get_store (RC_WINDOW (window)), NULL);
    g_assert_cmpuint (g_list_model_get_n_items (consortia), ==, 1);
  }

  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  g_assert_true (rc_test_wait_for (has_about_window, app, 5000));
  about = find_toplevel (ADW_TYPE_ABOUT_WINDOW);
  g_assert_true (gtk_window_get_transient_for (about) == window);
  g_assert_cmpstr (adw_about_window_get_version (ADW_ABOUT_WINDOW (about)), ==, PACKAGE_VERSION);
  g_assert_cmpint (adw_about_window_get_license_type (ADW_ABOUT_WINDOW (about)), ==, GTK_LICENSE_GPL_3_0);
  gtk_window_destroy (about);

  /* The shortcuts window is built when first asked for. */
  g_assert_null (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  g_assert_true (rc_test_wait_for (has_shortcuts_window, app, 5000));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)))) == window);

  /* Ctrl+Q: quitting closes every window and ends g_application_run(). */
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
}

static gboolean
drive_app_idle (gpointer app)
{
  drive_app (app);
  return G_SOURCE_REMOVE;
}

static void
on_activate (GApplication *app)
{
  g_idle_add (drive_app_idle, app);
}

static void
test_application_runs_and_quits (void)
{
  g_autoptr(RcApplication) app = rc_application_new ();
  char *argv[] = { (char *) "return-coordinator", NULL };
  int status;

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_signal_connect_after (app, "activate", G_CALLBACK (on_activate), NULL);
  status = g_application_run (G_APPLICATION (app), 1, argv);

  g_assert_cmpint (status, ==, 0);
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (app)));
}

int
main (int   argc,
      char *argv[])
{
  rc_test_init_environment (&argc, &argv);

  g_test_add_func ("/application/run-and-quit", test_application_runs_and_quits);

  return g_test_run ();
}
