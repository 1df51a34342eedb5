/* rc-application.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-application"

#include "config.h"

#include <glib/gi18n.h>

#include <glib/gstdio.h>
#include <unistd.h>

#include "rc-application.h"
#include "rc-cli.h"
#include "sample/rc-demo.h"
#include "views/rc-retention-prompt.h"
#include "views/rc-window.h"

struct _RcApplication
{
  AdwApplication  parent_instance;

  char           *database_path;  /* from --database, or NULL for the default */
  char           *demo_path;      /* the fresh demo copy in use, deleted at exit */
  gboolean        open_demo;      /* --demo */
};

G_DEFINE_FINAL_TYPE (RcApplication, rc_application, ADW_TYPE_APPLICATION)

static const struct {
  const char *action;
  const char *accels[3];
} accels[] = {
  { "app.quit", { "<Control>q", NULL } },
  { "window.close", { "<Control>w", NULL } },
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
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       NULL);
}

const char *
rc_application_get_database_path (RcApplication *self)
{
  g_return_val_if_fail (RC_IS_APPLICATION (self), NULL);

  return self->database_path;
}

static RcWindow *
get_window (RcApplication *self)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (RC_IS_WINDOW (l->data))
      return l->data;

  return RC_WINDOW (rc_window_new (GTK_APPLICATION (self)));
}

static void
remove_demo_copy (RcApplication *self)
{
  if (self->demo_path != NULL)
    rc_store_delete_files (self->demo_path);
  g_clear_pointer (&self->demo_path, g_free);
}

/* Opens @path in @window, or shows why it cannot be opened. */
static void
open_database (RcApplication *self,
               RcWindow      *window,
               const char    *path,
               gboolean       is_demo)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RcStore) store = NULL;
  g_autofree char *backup = NULL;

  store = rc_store_open (path, &error);
  if (store == NULL)
    {
      g_debug ("%s", error->message);
      backup = rc_store_find_newest_backup (path);
      rc_window_show_problem (window, error->message,
                              backup != NULL
                              && (error->code == RC_STORE_ERROR_CORRUPT
                                  || error->code == RC_STORE_ERROR_NOT_DATABASE));
      return;
    }

  rc_window_set_store (window, store, is_demo);

  /* The demo's invented people are not kept by anyone: no prompt there. */
  if (!is_demo)
    rc_retention_prompt_check (GTK_WINDOW (window), store);
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

  open_database (self, window, self->demo_path, TRUE);
}

static void
rc_application_open_demo_action (GSimpleAction *action,
                                 GVariant      *parameter,
                                 gpointer       user_data)
{
  RcApplication *self = RC_APPLICATION (user_data);

  open_demo (self, get_window (self));
}

static void
rc_application_start_empty_action (GSimpleAction *action,
                                   GVariant      *parameter,
                                   gpointer       user_data)
{
  RcApplication *self = RC_APPLICATION (user_data);
  g_autofree char *path = rc_cli_get_default_database_path ();

  open_database (self, get_window (self), self->database_path ? self->database_path : path, FALSE);
}

static void
rc_application_recover_action (GSimpleAction *action,
                               GVariant      *parameter,
                               gpointer       user_data)
{
  RcApplication *self = RC_APPLICATION (user_data);
  RcWindow *window = get_window (self);
  g_autofree char *default_path = rc_cli_get_default_database_path ();
  const char *path = self->database_path ? self->database_path : default_path;
  g_autofree char *backup = rc_store_find_newest_backup (path);
  g_autofree char *aside = NULL;
  g_autoptr(GError) error = NULL;

  if (backup == NULL
      || !rc_store_recover_from_backup (path, backup, &aside, &error))
    {
      rc_window_show_problem (window, error ? error->message : _("There is no backup to restore."), FALSE);
      return;
    }

  open_database (self, window, path, FALSE);
  if (rc_window_get_store (window) != NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Restored a backup; the damaged file was kept as “%s”"), aside);
      rc_window_add_toast (window, adw_toast_new (message));
    }
}

static int
rc_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  RcApplication *self = RC_APPLICATION (app);
  g_autofree char *database = NULL;

  if (g_variant_dict_lookup (options, "database", "^ay", &database))
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (database);

      g_free (self->database_path);
      self->database_path = g_file_get_path (file);
    }
  self->open_demo = g_variant_dict_contains (options, "demo");

  /* Headless commands run here, before GTK is initialised, so that they
   * need no display. A negative answer means "open the window". */
  return rc_cli_run (options, self->database_path);
}

static void
rc_application_activate (GApplication *app)
{
  RcApplication *self = RC_APPLICATION (app);
  RcWindow *window = get_window (self);
  g_autofree char *default_path = NULL;

  if (rc_window_get_store (window) == NULL)
    {
      default_path = rc_cli_get_default_database_path ();

      if (self->open_demo)
        open_demo (self, window);
      else if (self->database_path != NULL)
        open_database (self, window, self->database_path, FALSE);
      else if (g_file_test (default_path, G_FILE_TEST_EXISTS))
        open_database (self, window, default_path, FALSE);
      else
        rc_window_show_welcome (window);
    }

  gtk_window_present (GTK_WINDOW (window));
}

static void
rc_application_shutdown (GApplication *app)
{
  RcApplication *self = RC_APPLICATION (app);

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
rc_application_quit_action (GSimpleAction *action,
                            GVariant      *parameter,
                            gpointer       user_data)
{
  GApplication *app = G_APPLICATION (user_data);
  GList *windows;

  /* Close windows first so that each one saves its state. */
  windows = gtk_application_get_windows (GTK_APPLICATION (app));
  while (windows != NULL)
    {
      GList *next = windows->next;
      gtk_window_close (GTK_WINDOW (windows->data));
      windows = next;
    }

  g_application_quit (app);
}

static const GActionEntry app_actions[] = {
  { "about", rc_application_about_action },
  { "quit", rc_application_quit_action },
  { "open-demo", rc_application_open_demo_action },
  { "start-empty", rc_application_start_empty_action },
  { "recover", rc_application_recover_action },
};

static void
rc_application_startup (GApplication *app)
{
  G_APPLICATION_CLASS (rc_application_parent_class)->startup (app);

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

  G_OBJECT_CLASS (rc_application_parent_class)->finalize (object);
}

static void
rc_application_class_init (RcApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = rc_application_finalize;

  app_class->handle_local_options = rc_application_handle_local_options;
  app_class->activate = rc_application_activate;
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
}
