/* rc-preferences.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-application"

#include "config.h"

#include "model/rc-updating-log.h"
#include "rc-preferences.h"

#define HOURS_KEY     "updating-hours-per-day"
#define REMINDERS_KEY "deadline-reminders"

GSettings *
rc_preferences_new_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source == NULL || (schema = g_settings_schema_source_lookup (source, APP_ID, TRUE)) == NULL)
    return NULL;

  return g_settings_new_full (schema, NULL, NULL);
}

guint
rc_preferences_get_updating_hours_per_day (void)
{
  g_autoptr(GSettings) settings = rc_preferences_new_settings ();

  if (settings == NULL)
    return RC_UPDATING_DEFAULT_HOURS_PER_DAY;

  return (guint) CLAMP (g_settings_get_int (settings, HOURS_KEY), RC_UPDATING_MIN_HOURS_PER_DAY,
                        RC_UPDATING_MAX_HOURS_PER_DAY);
}

static void
on_hours_changed (GSettings  *settings,
                  const char *key,
                  RcStore    *store)
{
  rc_store_set_updating_hours_per_day (store, (guint) CLAMP (g_settings_get_int (settings, HOURS_KEY),
                                                             RC_UPDATING_MIN_HOURS_PER_DAY,
                                                             RC_UPDATING_MAX_HOURS_PER_DAY));
}

void
rc_preferences_follow (RcStore *store)
{
  GSettings *settings;

  g_return_if_fail (RC_IS_STORE (store));

  settings = rc_preferences_new_settings ();
  if (settings == NULL)
    return;

  on_hours_changed (settings, HOURS_KEY, store);
  g_signal_connect_object (settings, "changed::" HOURS_KEY, G_CALLBACK (on_hours_changed), store, 0);
  /* The settings live as long as the store. */
  g_object_set_data_full (G_OBJECT (store), "rc-preferences", settings, g_object_unref);
}
