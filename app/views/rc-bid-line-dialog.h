/* rc-bid-line-dialog.h: add or edit one line of a bid's budget
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "store/rc-store.h"
#include "views/rc-form-dialog.h"

G_BEGIN_DECLS

/* The fields typed in, in the order they are shown. */
typedef enum {
  RC_BID_LINE_FIELD_DESCRIPTION,
  RC_BID_LINE_FIELD_QUANTITY,
  RC_BID_LINE_FIELD_UNIT_COST,
  RC_BID_LINE_N_FIELDS,
} RcBidLineField;

#define RC_TYPE_BID_LINE_DIALOG (rc_bid_line_dialog_get_type ())

G_DECLARE_FINAL_TYPE (RcBidLineDialog, rc_bid_line_dialog, RC, BID_LINE_DIALOG, RcFormDialog)

/* A modal window, transient for @parent, that edits a copy of @line, or a
 * new line when @line is NULL. @councils (of RcCouncil) are those a line
 * may be for, besides the whole consortium. Nothing is stored here: as
 * the fields change the dialog emits "changed" with the line as typed (or
 * NULL while a field is invalid), so the budget can show its totals live,
 * and "line.apply" emits "applied" with it and closes. */
GtkWidget  *rc_bid_line_dialog_new             (GtkWindow       *parent,
                                                GListModel      *councils,
                                                RcBidLine       *line);

/* For tests: choose and type as a user would. */
void        rc_bid_line_dialog_set_council     (RcBidLineDialog *self,
                                                gint64           council_id);
void        rc_bid_line_dialog_set_category    (RcBidLineDialog *self,
                                                RcCostCategory   category);
gboolean    rc_bid_line_dialog_can_apply       (RcBidLineDialog *self);
/* The line as typed, or NULL while a field is invalid. */
RcBidLine  *rc_bid_line_dialog_get_line        (RcBidLineDialog *self);

G_END_DECLS
