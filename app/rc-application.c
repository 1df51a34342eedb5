/* rc-application.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-application"

#include "config.h"

#include <glib/gi18n.h>

#include <glib/gstdio.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "rc-application.h"
#include "rc-application-private.h"
#include "rc-cli.h"
#include "rc-reminders.h"
#include "sample/rc-demo.h"
#include "store/rc-store-server.h"
#include "views/rc-preferences-window.h"
#include "views/rc-window.h"


G_DEFINE_FINAL_TYPE (RcApplication, rc_application, ADW_TYPE_APPLICATION)

static const struct {
  const char *action;
  const char *accels[3];
} accels[] = {
  { "app.quit", { "<Control>q", NULL } },
  { "app.preferences", { "<Control>comma", NULL } },
  { "window.close", { "<Control>w", NULL } },
  { "win.show-help-overlay", { "<Control>question", NULL } },
  /* Add a return, a trainee or a bid: whatever the page shown adds. */
  { "win.new-item", { "<Control>n", NULL } },
  { "win.show-page::councils", { "<Alt>1", NULL } },
  { "win.show-page::cohorts", { "<Alt>2", NULL } },
  { "win.show-page::bids", { "<Alt>3", NULL } },
  { "win.show-page::trends", { "<Alt>4", NULL } },
};

RcApplication *
rc_application_new (void)
{
  return g_object_new (RC_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "resource-base-path", RESOURCE_PATH,
                       /* A second launch hands its options to this one. */
                       "flags", G_APPLICATION_HANDLES_COMMAND_LINE,
                       NULL);
}

RcWindow *
rc_application_find_window (RcApplication *self)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (RC_IS_WINDOW (l->data))
      return l->data;

  return NULL;
}

RcWindow *
rc_application_get_window (RcApplication *self)
{
  RcWindow *window = rc_application_find_window (self);

  return window != NULL ? window : RC_WINDOW (rc_window_new (GTK_APPLICATION (self)));
}

static void
remove_demo_copy (RcApplication *self)
{
  if (self->demo_path != NULL)
    rc_store_delete_files (self->demo_path);
  g_clear_pointer (&self->demo_path, g_free);
}

static void
open_demo (RcApplication *self,
           RcWindow      *window)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strdup_printf ("demo-%d.db", (int) getpid ());
  g_autofree char *dir = g_build_filename (g_get_user_cache_dir (), "return-coordinator", NULL);

  remove_demo_copy (self);
  g_mkdir_with_parents (dir, 0700);
  self->demo_path = g_build_filename (dir, name, NULL);
  /* Left over from a run that crashed with the same process id. */
  rc_store_delete_files (self->demo_path);

  if (!rc_demo_write (self->demo_path, &error))
    {
      rc_window_show_problem (window, error->message, FALSE);
      return;
    }

  rc_application_open_database (self, window, self->demo_path, TRUE);
}

static void
rc_application_open_demo_action (GSimpleAction *action,
                                 GVariant      *parameter,
                                 gpointer       user_data)
{
  RcApplication *self = RC_APPLICATION (user_data);

  open_demo (self, rc_application_get_window (self));
}

static void
rc_application_start_empty_action (GSimpleAction *action,
                                   GVariant      *parameter,
                                   gpointer       user_data)
{
  RcApplication *self = RC_APPLICATION (user_data);
  g_autofree char *path = rc_cli_get_default_database_path ();

  rc_application_open_database (self, rc_application_get_window (self), self->database_path ? self->database_path : path, FALSE);
}

/* How long ago the kernel started this process, from /proc/self/stat (in
 * clock ticks); -1 where that cannot be read. */
static double
ms_since_process_start (void)
{
  g_autofree char *stat = NULL;
  g_auto(GStrv) fields = NULL;
  struct timespec now;
  const char *end;

  if (!g_file_get_contents ("/proc/self/stat", &stat, NULL, NULL)
      || (end = strrchr (stat, ')')) == NULL
      || clock_gettime (CLOCK_BOOTTIME, &now) != 0)
    return -1;
  /* After the command's name: state is field 3, starttime field 22. */
  fields = g_strsplit (end + 2, " ", 0);
  if (g_strv_length (fields) < 20)
    return -1;

  return (now.tv_sec * 1000.0 + now.tv_nsec / 1e6)
         - g_ascii_strtod (fields[19], NULL) * 1000.0 / sysconf (_SC_CLK_TCK);
}

/* RC_BENCH_FIRST_FRAME, for tests/bench: when the window's first frame is
 * painted, say when on stderr and quit. The monotonic time lets the
 * benchmark measure from the moment it started the process. */
static void
on_first_frame (GdkFrameClock *clock,
                gpointer       user_data)
{
  RcWindow *window = rc_application_find_window (RC_APPLICATION (user_data));

  /* The database opens in a worker: its first frame is the one that
   * shows it, not "Opening…". */
  if (window != NULL && g_strcmp0 (rc_window_get_state (window), "busy") == 0)
    return;

  g_signal_handlers_disconnect_by_func (clock, on_first_frame, user_data);
  g_printerr ("first-frame: %.1f ms after the process started (monotonic %" G_GINT64_FORMAT " us)\n",
              ms_since_process_start (), g_get_monotonic_time ());
  g_application_quit (G_APPLICATION (user_data));
}

static void
on_window_realize (GtkWidget *window,
                   gpointer   user_data)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (on_first_frame), user_data);
}

static int
rc_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  RcApplication *self = RC_APPLICATION (app);
  g_autofree char *database = NULL;

  self->options_read = TRUE;

  if (g_variant_dict_lookup (options, "database", "^ay", &database))
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (database);

      g_free (self->database_path);
      /* A shared database's URI is not a file's. */
      self->database_path = rc_store_is_server_uri (database) ? g_strdup (database) : g_file_get_path (file);
    }
  self->open_demo = g_variant_dict_contains (options, "demo");

  /* Headless commands run here, before GTK is initialised, so that they
   * need no display. A negative answer means "open the window". */
  return rc_cli_run (options, self->database_path);
}

/* GApplication ends with 1 when it cannot parse the options, as it ends
 * a command that was refused; an unknown option is wrong usage, which
 * ends with 2 (README.md, --help). */
static gboolean
rc_application_local_command_line (GApplication   *app,
                                   char         ***arguments,
                                   int            *exit_status)
{
  RcApplication *self = RC_APPLICATION (app);
  gboolean handled;

  self->options_read = FALSE;
  handled = G_APPLICATION_CLASS (rc_application_parent_class)->local_command_line (app, arguments,
                                                                                  exit_status);
  if (handled && !self->options_read && *exit_status == EXIT_FAILURE)
    *exit_status = RC_CLI_EXIT_USAGE;

  return handled;
}

static void
rc_application_activate (GApplication *app)
{
  RcApplication *self = RC_APPLICATION (app);
  RcWindow *window = rc_application_get_window (self);
  g_autofree char *default_path = NULL;

  if (g_getenv ("RC_BENCH_FIRST_FRAME") != NULL && !gtk_widget_get_realized (GTK_WIDGET (window)))
    g_signal_connect (window, "realize", G_CALLBACK (on_window_realize), self);

  if (rc_window_get_store (window) == NULL)
    {
      default_path = rc_cli_get_default_database_path ();

      if (self->open_demo)
        open_demo (self, window);
      else if (self->database_path != NULL)
        rc_application_open_database (self, window, self->database_path, FALSE);
      else if (g_file_test (default_path, G_FILE_TEST_EXISTS))
        rc_application_open_database (self, window, default_path, FALSE);
      else
        rc_window_show_welcome (window);
    }

  gtk_window_present (GTK_WINDOW (window));
}

static gboolean
same_file (const char *a,
           const char *b)
{
  g_autofree char *canonical_a = g_canonicalize_filename (a, NULL);
  g_autofree char *canonical_b = g_canonicalize_filename (b, NULL);
  GStatBuf sa, sb;

  if (g_str_equal (canonical_a, canonical_b))
    return TRUE;

  return g_stat (a, &sa) == 0 && g_stat (b, &sb) == 0
         && sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

/* A second launch while this one runs: its --database or --demo must not
 * be answered with another database's window. A window with nothing open
 * takes what was asked for; one already showing that database is shown;
 * one on another database stays as it is, and the launch is refused. */
static int
rc_application_command_line (GApplication            *app,
                             GApplicationCommandLine *command_line)
{
  RcApplication *self = RC_APPLICATION (app);
  GVariantDict *options;
  g_autofree char *database = NULL;
  g_autofree char *requested = NULL;
  g_autofree char *shown = NULL;
  RcWindow *window;
  RcStore *store;
  const char *shown_path;
  gboolean demo;

  /* The first launch: handle_local_options() has read the options. */
  if (!g_application_command_line_get_is_remote (command_line))
    {
      g_application_activate (app);
      return 0;
    }

  options = g_application_command_line_get_options_dict (command_line);
  demo = g_variant_dict_contains (options, "demo");
  if (g_variant_dict_lookup (options, "database", "^ay", &database))
    {
      g_autoptr(GFile) file = g_application_command_line_create_file_for_arg (command_line, database);

      requested = rc_store_is_server_uri (database) ? g_strdup (database) : g_file_get_path (file);
    }

  window = rc_application_get_window (self);
  store = rc_window_get_store (window);
  /* A database being opened is as good as shown. */
  shown_path = store != NULL ? rc_store_get_path (store) : rc_application_get_opening_path (self);

  if (shown_path == NULL)
    {
      if (demo)
        open_demo (self, window);
      else if (requested != NULL)
        {
          g_free (self->database_path);
          self->database_path = g_strdup (requested);
          rc_application_open_database (self, window, requested, FALSE);
        }
    }
  else if (demo && (self->demo_path == NULL || !same_file (self->demo_path, shown_path)))
    {
      shown = g_filename_display_name (shown_path);
      g_application_command_line_printerr (command_line,
                                           _("return-coordinator: Return Coordinator is already open on %s; "
                                             "close it to open the demo\n"), shown);
      gtk_window_present (GTK_WINDOW (window));
      return 1;
    }
  else if (requested != NULL && !same_file (requested, shown_path))
    {
      g_autofree char *asked = g_filename_display_name (requested);

      shown = g_filename_display_name (shown_path);
      g_application_command_line_printerr (command_line,
                                           _("return-coordinator: Return Coordinator is already open on %s; "
                                             "close it to open %s\n"), shown, asked);
      gtk_window_present (GTK_WINDOW (window));
      return 1;
    }

  gtk_window_present (GTK_WINDOW (window));

  return 0;
}

static void
rc_application_shutdown (GApplication *app)
{
  RcApplication *self = RC_APPLICATION (app);

  if (self->reminders != NULL)
    rc_reminders_set_store (self->reminders, NULL);
  rc_application_cancel_opening (self);
  G_APPLICATION_CLASS (rc_application_parent_class)->shutdown (app);

  remove_demo_copy (self);
}

static void
rc_application_about_action (GSimpleAction *action,
                             GVariant      *parameter,
                             gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  static const char *developers[] = { "The Return Coordinator authors", NULL };
  static const char *data_credits[] = {
    "Department for Education https://explore-education-statistics.service.gov.uk",
    "Office for National Statistics https://geoportal.statistics.gov.uk",
    NULL
  };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (app),
                        "application-icon", APP_ID,
                        "application-name", _("Return Coordinator"),
                        "developer-name", _("The Return Coordinator authors"),
                        "version", PACKAGE_VERSION,
                        "comments", _("Coordinate social work trainee and returner cohorts, "
                                      "partner councils' workforce figures and funding bids."),
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "copyright", "© 2026 The Return Coordinator authors",
                        "developers", developers,
                        /* Translators: replace with your name, one per line */
                        "translator-credits", _("translator-credits"),
                        NULL);
  adw_about_window_add_credit_section (ADW_ABOUT_WINDOW (about),
                                       _("Data"),
                                       data_credits);
  gtk_window_present (GTK_WINDOW (about));
}

static void
quit_now (GObject  *owner,
          RcWindow *window)
{
  GApplication *app = G_APPLICATION (owner);
  GList *windows;

  /* Close windows first so that each one saves its state; their changes
   * were saved or discarded already, so none asks again. */
  windows = gtk_application_get_windows (GTK_APPLICATION (app));
  while (windows != NULL)
    {
      GList *next = windows->next;
      gtk_window_close (GTK_WINDOW (windows->data));
      windows = next;
    }

  g_application_quit (app);
}

static void
rc_application_quit_action (GSimpleAction *action,
                            GVariant      *parameter,
                            gpointer       user_data)
{
  RcApplication *self = RC_APPLICATION (user_data);

  /* The window asks, once, about everything that is not saved. */
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (RC_IS_WINDOW (l->data))
      {
        rc_window_ask_to_leave (l->data, G_OBJECT (self), quit_now);
        return;
      }

  quit_now (G_OBJECT (self), NULL);
}

/* Opening a database drops what the window shows: its changes are saved
 * or discarded first, or the database is not opened. */
static void
open_demo_now (GObject  *owner,
               RcWindow *window)
{
  rc_application_open_demo_action (NULL, NULL, owner);
}

static void
start_empty_now (GObject  *owner,
                 RcWindow *window)
{
  rc_application_start_empty_action (NULL, NULL, owner);
}

static void
recover_now (GObject  *owner,
             RcWindow *window)
{
  rc_application_recover_action (NULL, NULL, owner);
}

static void
ask_then_open (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  RcApplication *self = RC_APPLICATION (user_data);
  const char *name = g_action_get_name (G_ACTION (action));

  rc_window_ask_to_leave (rc_application_get_window (self), G_OBJECT (self),
                          g_str_equal (name, "open-demo") ? open_demo_now
                          : g_str_equal (name, "start-empty") ? start_empty_now : recover_now);
}

static void
rc_application_preferences_action (GSimpleAction *action,
                                   GVariant      *parameter,
                                   gpointer       user_data)
{
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (user_data));

  gtk_window_present (GTK_WINDOW (rc_preferences_window_new (parent)));
}

/* A reminder's action: the window shows the bid. */
static void
rc_application_show_bid_action (GSimpleAction *action,
                                GVariant      *parameter,
                                gpointer       user_data)
{
  RcApplication *self = RC_APPLICATION (user_data);
  RcWindow *window = rc_application_get_window (self);

  rc_window_show_bid (window, g_variant_get_int64 (parameter));
  gtk_window_present (GTK_WINDOW (window));
}

static const GActionEntry app_actions[] = {
  { "about", rc_application_about_action },
  { "show-bid", rc_application_show_bid_action, "x" },
  { "preferences", rc_application_preferences_action },
  { "quit", rc_application_quit_action },
  { "open-demo", ask_then_open },
  { "start-empty", ask_then_open },
  { "recover", ask_then_open },
  { "connect-database", rc_application_connect_action },
};

static void
rc_application_startup (GApplication *app)
{
#ifdef __GLIBC__
  /* The window's memory (issue #16): without these, glibc gives each
   * worker thread an arena of its own, whose freed pages stay resident,
   * and after the first large buffer freed (a frame's 2.8 MB surface)
   * keeps every later one in the heap rather than returning it. With
   * them, the peak with every page of the national database visited was
   * 7 MB lower (145 MB against 152, medians of three). */
  mallopt (M_ARENA_MAX, 1);
  mallopt (M_MMAP_THRESHOLD, 128 * 1024);
#endif

  G_APPLICATION_CLASS (rc_application_parent_class)->startup (app);

  /* Only a window reminds: the headless commands never start up. */
  RC_APPLICATION (app)->reminders = rc_reminders_new (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app),
                                   app_actions, G_N_ELEMENTS (app_actions),
                                   app);

  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (app),
                                           accels[i].action,
                                           accels[i].accels);
}

static void
rc_application_finalize (GObject *object)
{
  RcApplication *self = RC_APPLICATION (object);

  g_clear_pointer (&self->database_path, g_free);
  g_clear_pointer (&self->demo_path, g_free);
  g_clear_object (&self->reminders);

  G_OBJECT_CLASS (rc_application_parent_class)->finalize (object);
}

static void
rc_application_class_init (RcApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = rc_application_finalize;

  app_class->local_command_line = rc_application_local_command_line;
  app_class->handle_local_options = rc_application_handle_local_options;
  app_class->activate = rc_application_activate;
  app_class->command_line = rc_application_command_line;
  app_class->startup = rc_application_startup;
  app_class->shutdown = rc_application_shutdown;
}

static void
rc_application_init (RcApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), rc_cli_get_option_entries ());
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Coordinate social work cohorts, partner councils’ "
                                              "workforce figures and funding bids."));
  g_application_set_option_context_description (G_APPLICATION (self), rc_cli_get_exit_status_help ());
}
