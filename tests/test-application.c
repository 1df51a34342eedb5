/* test-application.c: the application, its actions and its accelerators
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include <glib/gstdio.h>

#include "rc-application.h"
#include "rc-test-util.h"
#include "sample/rc-demo.h"
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
  return g_strcmp0 (gtk_stack_get_visible_child_name (rc_test_child (window, RC_TYPE_WINDOW, "state_stack")), "main") == 0;
}

static void
drive_app (GtkApplication *app)
{
  GtkWindow *window = find_window (app, RC_TYPE_WINDOW);
  GtkWindow *about;

  g_assert_nonnull (window);
  check_accels (app);

  /* First run: no database yet, so the demo is offered. */
  g_assert_cmpstr (gtk_stack_get_visible_child_name (rc_test_child (RC_WINDOW (window), RC_TYPE_WINDOW, "state_stack")), ==, "welcome");
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

/* A damaged database: opened read only, then "Restore from Backup" puts
 * the newest backup in its place, keeps the damaged file byte for byte,
 * and the window goes on, writable. */
typedef struct
{
  char *path;
  char *hash;
} Damaged;

static gboolean
shows_damaged (gpointer window)
{
  RcStore *store = rc_window_get_store (window);

  return store != NULL && rc_store_get_damaged (store);
}

static gboolean
shows_writable (gpointer window)
{
  RcStore *store = rc_window_get_store (window);

  return store != NULL && rc_store_get_writable (store);
}

static gboolean
drive_restore (gpointer data)
{
  GApplication *app = g_application_get_default ();
  Damaged *damaged = data;
  GtkWindow *window = find_window (GTK_APPLICATION (app), RC_TYPE_WINDOW);
  g_autofree char *dir = g_path_get_dirname (damaged->path);
  g_autoptr(GDir) listing = NULL;
  g_autofree char *aside = NULL;
  const char *name;

  g_assert_true (rc_test_wait_for (shows_damaged, window, 10000));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (rc_test_child (RC_WINDOW (window), RC_TYPE_WINDOW, "state_stack")), ==, "main");

  /* As the confirmation's "Restore" does. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "recover", NULL);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (rc_test_child (RC_WINDOW (window), RC_TYPE_WINDOW, "state_stack")), ==, "busy");
  g_assert_true (rc_test_wait_for (shows_writable, window, 10000));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (rc_test_child (RC_WINDOW (window), RC_TYPE_WINDOW, "state_stack")), ==, "main");
  g_assert_false (rc_store_get_damaged (rc_window_get_store (RC_WINDOW (window))));

  listing = g_dir_open (dir, 0, NULL);
  while ((name = g_dir_read_name (listing)) != NULL)
    if (strstr (name, ".damaged-") != NULL && !g_str_has_suffix (name, "-wal") && !g_str_has_suffix (name, "-shm"))
      aside = g_build_filename (dir, name, NULL);
  g_assert_nonnull (aside);
  {
    g_autofree char *hash = rc_test_hash_file (aside);
    g_assert_cmpstr (hash, ==, damaged->hash);
  }

  /* A write of our own, which the next start must not check again. */
  {
    RcStore *store = rc_window_get_store (RC_WINDOW (window));
    g_autoptr(RcConsortium) consortium = rc_consortium_new ();
    g_autoptr(RcCouncil) lead = rc_store_find_council_by_code (store, "E06000022", NULL);
    g_autoptr(GError) error = NULL;

    consortium->name = g_strdup ("West of England partnership");
    consortium->lead_council_id = lead->id;
    g_assert_true (rc_store_save_consortium (store, consortium, &error));
    g_assert_no_error (error);
  }

  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);

  return G_SOURCE_REMOVE;
}

static void
on_activate_restore (GApplication *app,
                     gpointer      data)
{
  g_idle_add (drive_restore, data);
}

static void
test_application_restores_damaged (void)
{
  g_autoptr(RcApplication) app = rc_application_new ();
  g_autofree char *dir = g_build_filename (rc_test_get_tmpdir (), "damaged", NULL);
  g_autoptr(GError) error = NULL;
  Damaged damaged = { 0 };
  int status;

  damaged.path = g_build_filename (dir, "consortium.db", NULL);
  g_assert_true (rc_demo_write (damaged.path, &error));
  {
    g_autoptr(RcStore) store = rc_store_open (damaged.path, &error);
    g_autofree char *backup = rc_store_backup (store, "manual", &error);

    g_assert_no_error (error);
  }
  rc_test_damage_index (damaged.path, 0);
  damaged.hash = rc_test_hash_file (damaged.path);

  {
    char *argv[] = { (char *) "return-coordinator", (char *) "--database", damaged.path, NULL };

    g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
    g_signal_connect_after (app, "activate", G_CALLBACK (on_activate_restore), &damaged);
    status = g_application_run (G_APPLICATION (app), 3, argv);
  }

  g_assert_cmpint (status, ==, 0);

  /* The window's clean close remembered the file as it left it. */
  {
    g_autoptr(RcStore) store = rc_store_open_with_flags (damaged.path, RC_STORE_OPEN_DEFER_CHECK, &error);

    g_assert_no_error (error);
    g_assert_true (rc_store_get_writable (store));
  }
  g_free (damaged.path);
  g_free (damaged.hash);
}

int
main (int   argc,
      char *argv[])
{
  rc_test_init_environment (&argc, &argv);

  g_test_add_func ("/application/run-and-quit", test_application_runs_and_quits);
  g_test_add_func ("/application/restores-damaged", test_application_restores_damaged);

  return g_test_run ();
}
