/* rc-updating-log-window.h: a returner's updating log, counted by Social
 * Work England's rules
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "store/rc-store.h"

G_BEGIN_DECLS

#define RC_TYPE_UPDATING_LOG_WINDOW (rc_updating_log_window_get_type ())

G_DECLARE_FINAL_TYPE (RcUpdatingLogWindow, rc_updating_log_window, RC, UPDATING_LOG_WINDOW, AdwWindow)

/* A window, transient for @parent, showing trainee @trainee_id's log: its
 * count against what Social Work England asks, what is missing, the date
 * of the restoration application, and every entry, each to edit or
 * delete. It follows the store's changes. */
GtkWidget  *rc_updating_log_window_new             (GtkWindow           *parent,
                                                    RcStore             *store,
                                                    gint64               trainee_id);

/* What the window shows, for tests. */
/* The warnings, one a line, or NULL. */
char       *rc_updating_log_window_dup_warnings    (RcUpdatingLogWindow *self);
/* The title and subtitle of entry @index's row, "title\nsubtitle". */
char       *rc_updating_log_window_dup_entry_text  (RcUpdatingLogWindow *self,
                                                    guint                index);
/* Opens the dialog that adds an entry, or edits entry @index. */
GtkWidget  *rc_updating_log_window_add             (RcUpdatingLogWindow *self);
GtkWidget  *rc_updating_log_window_edit            (RcUpdatingLogWindow *self,
                                                    guint                index);
/* Deletes entry @index, with Undo offered. */
gboolean    rc_updating_log_window_delete          (RcUpdatingLogWindow *self,
                                                    guint                index,
                                                    GError             **error);
/* Types @text into the restoration date and applies it. */
void        rc_updating_log_window_set_restoration (RcUpdatingLogWindow *self,
                                                    const char          *text);

G_END_DECLS
