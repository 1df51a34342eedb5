/* rc-bid-editor.h: one funding bid: its details, status history and budget
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rc-bid-budget.h"
#include "rc-bid-details.h"
#include "store/rc-store.h"

G_BEGIN_DECLS

#define RC_TYPE_BID_EDITOR (rc_bid_editor_get_type ())

G_DECLARE_FINAL_TYPE (RcBidEditor, rc_bid_editor, RC, BID_EDITOR, AdwBin)

GtkWidget    *rc_bid_editor_new                   (void);
void          rc_bid_editor_set_store             (RcBidEditor *self,
                                                   RcStore     *store);
/* Shows the bid @id as stored, or nothing for 0. */
void          rc_bid_editor_show_bid              (RcBidEditor *self,
                                                   gint64       id);
/* Empty details for a new bid; "details.save" creates it, then the
 * editor emits "show-bid" with its id. */
void          rc_bid_editor_show_new              (RcBidEditor *self);
gint64        rc_bid_editor_get_bid_id            (RcBidEditor *self);
gboolean      rc_bid_editor_is_new                (RcBidEditor *self);

/* Whether the details or budget shown have changes that are not saved
 * (the "has-unsaved-changes" property); one sentence saying which, or
 * NULL when there are none. */
gboolean      rc_bid_editor_has_unsaved_changes   (RcBidEditor *self);
char         *rc_bid_editor_describe_unsaved      (RcBidEditor *self);
/* Whether what changed can be saved as it is (the details are valid). */
gboolean      rc_bid_editor_can_save              (RcBidEditor *self);
/* Saves what changed: the details, then the budget. On failure what was
 * wrong is shown beside the fields too, and nothing is dropped. */
gboolean      rc_bid_editor_save                  (RcBidEditor  *self,
                                                   GError      **error);
/* Drops the changes: the details and budget as stored. */
void          rc_bid_editor_discard               (RcBidEditor *self);
/* Whether the bid shown was deleted elsewhere while its edits here were
 * not saved: a banner offers to save them as a new bid or discard them. */
gboolean      rc_bid_editor_is_deleted_elsewhere  (RcBidEditor *self);
/* What the banner's "Save as New Bid" does: the details and the budget as
 * edited, as a new draft bid, which the editor then shows. */
gboolean      rc_bid_editor_save_as_new           (RcBidEditor  *self,
                                                   GError      **error);


/* What "bid.change-status", "bid.duplicate" and "bid.delete" open: an
 * RcBidStatusDialog, and AdwMessageDialogs whose "duplicate" and "delete"
 * responses act. Owned by GTK; NULL without a stored bid. */
GtkWidget    *rc_bid_editor_open_status_dialog    (RcBidEditor *self);
GtkWidget    *rc_bid_editor_open_duplicate_dialog (RcBidEditor *self);
GtkWidget    *rc_bid_editor_open_delete_dialog    (RcBidEditor *self);

/* Writes the bid's workbook to @path in a worker, as "bid.export" does
 * once a file is chosen: a progress bar with a Cancel button shows
 * meanwhile, and a toast tells the result. */
void          rc_bid_editor_export                (RcBidEditor *self,
                                                   const char  *path);

/* Shows a status as a word with the style classes "bid-status",
 * "bid-status-<key>" and a colour class, so colour is never alone. */
void          rc_bid_editor_style_status_label    (GtkLabel    *label,
                                                   const char  *status_key);

G_END_DECLS
