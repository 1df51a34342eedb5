/* rc-write-actions.h: actions that write, insensitive while the database
 * may not be written
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "store/rc-store.h"

G_BEGIN_DECLS

/* The write actions of @scope and of every widget in it follow @store's
 * "writable" (NULL: none is enabled) from now on: a list page, or a
 * dialog, which is a window of its own, for its store. */
void      rc_write_actions_follow_store (GtkWidget   *scope,
                                         RcStore     *store);

/* Whether @widget may write now: the store of the nearest scope around
 * it is writable (TRUE outside any scope). */
gboolean  rc_write_actions_allowed      (GtkWidget   *widget);

/* Enables @action of @widget when @enabled and the store of @widget's
 * scope is writable: not while it is being checked for damage, nor once
 * it is found damaged. The action is enabled again when the store
 * becomes writable. */
void      rc_write_action_set_enabled   (GtkWidget   *widget,
                                         const char  *action,
                                         gboolean     enabled);

G_END_DECLS
