/* rc-preferences-window.h: the preferences: the hours in a day of
 * updating, and deadline reminders
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define RC_TYPE_PREFERENCES_WINDOW (rc_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (RcPreferencesWindow, rc_preferences_window, RC, PREFERENCES_WINDOW, AdwPreferencesWindow)

/* Bound to the app's settings: a change applies at once. */
GtkWidget *rc_preferences_window_new (GtkWindow *parent);

G_END_DECLS
