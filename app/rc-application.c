/* rc-application.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-application"

#include "config.h"

#include <glib/gi18n.h>

#include "rc-application.h"
#include "rc-cli.h"
#include "views/rc-window.h"

struct _RcApplication
{
  AdwApplication  parent_instance;

  char           *database_path;
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

  /* Headless commands run here, before GTK is initialised, so that they
   * need no display. A negative answer means "open the window". */
  return rc_cli_run (options, self->database_path);
}

static void
rc_application_activate (GApplication *app)
{
  GtkWindow *window;

  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  if (window == NULL)
    window = GTK_WINDOW (rc_window_new (GTK_APPLICATION (app)));

  gtk_window_present (window);
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
}

static void
rc_application_init (RcApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), rc_cli_get_option_entries ());
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Coordinate social work cohorts, partner councils’ "
                                              "workforce figures and funding bids."));
}
