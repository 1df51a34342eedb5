/* rc-bid-editor-private.h: RcBidEditor, for its own files
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rc-bid-editor.h"
#include "rc-export-bar.h"

G_BEGIN_DECLS

struct _RcBidEditor
{
  AdwBin           parent_instance;

  RcStore         *store;
  RcBid           *bid;          /* as stored; id 0 for a new bid */
  GListStore      *history;

  /* template children */
  GtkStack        *stack;
  GtkScrolledWindow *scroller;
  GtkLabel        *title_label;
  GtkLabel        *subtitle_label;
  GtkLabel        *status_label;
  GtkLabel        *amounts_label;
  GtkWidget       *actions_box;
  RcExportBar     *export_bar;
  RcBidDetails    *details;
  GtkWidget       *status_group;
  GtkListBox      *history_list;
  RcBidBudget     *budget;
  GtkWidget       *deleted_banner;
  GtkLabel        *deleted_label;

  gboolean         unsaved;
  gboolean         deleted_elsewhere;  /* edits kept of a bid no longer stored */
};

/* Follows the details' and budget's "dirty" into "has-unsaved-changes".
 * (rc-bid-editor-unsaved.c) */
void rc_bid_editor_update_unsaved (RcBidEditor *self);

/* The bid deleted elsewhere, its edits kept (rc-bid-editor-deleted.c). */
void rc_bid_editor_set_deleted_elsewhere   (RcBidEditor    *self,
                                            gboolean        deleted);
void rc_bid_editor_install_deleted_actions (GtkWidgetClass *widget_class);

/* A toast on the window; the window, for a dialog; "show-bid" (@id). */
void       rc_bid_editor_toast          (RcBidEditor *self,
                                         const char  *title);
GtkWindow *rc_bid_editor_get_window     (RcBidEditor *self);
void       rc_bid_editor_emit_show_bid  (RcBidEditor *self,
                                         gint64       id);

G_END_DECLS
