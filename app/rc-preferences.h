/* rc-preferences.h: the preferences that change what the app counts and
 * does, read by the window and the command line alike
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "store/rc-store.h"

G_BEGIN_DECLS

/* The app's settings, or NULL when its schema is not installed (a build
 * run from its folder without GSETTINGS_SCHEMA_DIR): then the defaults
 * hold. */
GSettings *rc_preferences_new_settings                (void);

/* The hours in a day of updating (rc-updating-log.h): 7 unless chosen
 * otherwise, as Social Work England's pages have said both 6 and 7. */
guint      rc_preferences_get_updating_hours_per_day  (void);

/* Counts @store's updating logs with the preference, now and whenever it
 * changes, for as long as @store lives. */
void       rc_preferences_follow                      (RcStore   *store);

G_END_DECLS
