/* rc-preferences-window.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-views"

#include "config.h"

#include "rc-preferences.h"
#include "rc-preferences-window.h"

struct _RcPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;

  /* template children */
  GtkAdjustment        *hours_adjustment;
  GtkSwitch            *reminders_switch;
};

G_DEFINE_FINAL_TYPE (RcPreferencesWindow, rc_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

GtkWidget *
rc_preferences_window_new (GtkWindow *parent)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);

  return g_object_new (RC_TYPE_PREFERENCES_WINDOW, "transient-for", parent, NULL);
}

static void
rc_preferences_window_dispose (GObject *object)
{
  RcPreferencesWindow *self = RC_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), RC_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (rc_preferences_window_parent_class)->dispose (object);
}

static void
rc_preferences_window_class_init (RcPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rc_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/rc-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, RcPreferencesWindow, hours_adjustment);
  gtk_widget_class_bind_template_child (widget_class, RcPreferencesWindow, reminders_switch);
}

static void
rc_preferences_window_init (RcPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = rc_preferences_new_settings ();
  if (self->settings == NULL)
    return;
  g_settings_bind (self->settings, "updating-hours-per-day", self->hours_adjustment, "value",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "deadline-reminders", self->reminders_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
}
