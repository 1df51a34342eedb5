/* rc-window.h
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "store/rc-store.h"

G_BEGIN_DECLS

#define RC_TYPE_WINDOW (rc_window_get_type ())

G_DECLARE_FINAL_TYPE (RcWindow, rc_window, RC, WINDOW, AdwApplicationWindow)

RcWindow   *rc_window_new           (GtkApplication *application);
const char *rc_window_get_page_name (RcWindow       *self);
void        rc_window_show_page     (RcWindow       *self,
                                     const char     *name);
/* The page named @name, or NULL until it is first shown with a database. */
GtkWidget  *rc_window_get_page      (RcWindow       *self,
                                     const char     *name);
void        rc_window_add_toast     (RcWindow       *self,
                                     AdwToast       *toast);
/* The Bids page, with bid @bid_id chosen (a reminder's action). */
void        rc_window_show_bid      (RcWindow       *self,
                                     gint64          bid_id);

/* What the window shows: the pages of a database, a first-run welcome, or
 * why the database could not be opened. A store that has not passed its
 * check for damage is checked in a worker; the pages read it meanwhile,
 * under a banner that says why nothing can be saved yet. */
void        rc_window_set_store     (RcWindow       *self,
                                     RcStore        *store,
                                     gboolean        is_demo);
RcStore    *rc_window_get_store     (RcWindow       *self);
void        rc_window_show_welcome  (RcWindow       *self);
void        rc_window_show_problem  (RcWindow       *self,
                                     const char     *message,
                                     gboolean        can_recover);
/* A moment's work without a database, such as restoring a backup. */
void        rc_window_show_busy     (RcWindow       *self,
                                     const char     *title);

/* Says in @widget's window (the window of the dialog it is in, or the
 * window that dialog stands over) that something could not be read from
 * the database, and why, so that what could not be read does not look
 * merely empty; the banner offers to try again. Cancelled reads are not
 * said. Outside an RcWindow, a warning. */
void        rc_window_report_error  (GtkWidget      *widget,
                                     const GError   *error);
/* What the banner says of the last read that failed, or NULL. */
const char *rc_window_get_error     (RcWindow       *self);

/* Whether the bid being edited, or an editing dialog open over the
 * window, has changes that are not saved. */
gboolean    rc_window_has_unsaved_changes (RcWindow   *self);

typedef void (*RcWindowLeaveFunc) (GObject  *owner,
                                   RcWindow *window);
/* Before something that would drop the window's changes (closing, quitting,
 * opening another database): with none, calls @then at once. Otherwise
 * asks once, whatever is unsaved, and calls @then after they were saved
 * or discarded; Cancel, or a save that fails, calls nothing. Closing the
 * window asks by itself. */
void        rc_window_ask_to_leave  (RcWindow          *self,
                                     GObject           *owner,
                                     RcWindowLeaveFunc  then);

G_END_DECLS
