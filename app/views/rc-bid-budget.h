/* rc-bid-budget.h: a bid's budget lines, edited together, with live totals
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "store/rc-store.h"

G_BEGIN_DECLS

#define RC_TYPE_BID_BUDGET (rc_bid_budget_get_type ())

G_DECLARE_FINAL_TYPE (RcBidBudget, rc_bid_budget, RC, BID_BUDGET, AdwBin)

GtkWidget         *rc_bid_budget_new             (void);
void               rc_bid_budget_set_store       (RcBidBudget *self,
                                                  RcStore     *store);
/* Shows @bid's stored lines. Unsaved changes are dropped when @bid is
 * another bid (or NULL), and kept when it is the one shown. */
void               rc_bid_budget_show_bid        (RcBidBudget *self,
                                                  RcBid       *bid);
/* The lines as edited (of RcBidLine), saved or not. */
GListModel        *rc_bid_budget_get_lines       (RcBidBudget *self);
/* Whether the lines differ from those stored (the "dirty" property). */
gboolean           rc_bid_budget_is_dirty        (RcBidBudget *self);
/* What "budget.save" does: stores the lines as edited, or says why not. */
gboolean           rc_bid_budget_save            (RcBidBudget  *self,
                                                  GError      **error);
/* Shows @lines (of RcBidLine) as edited, not yet saved: the budget of a
 * bid deleted elsewhere, kept for the new bid that replaces it. */
void               rc_bid_budget_set_lines       (RcBidBudget *self,
                                                  GPtrArray   *lines);
/* Back to the stored lines, as "budget.revert" does. */
void               rc_bid_budget_revert          (RcBidBudget *self);
void               rc_bid_budget_select_line     (RcBidBudget *self,
                                                  guint        position);
/* What "budget.edit-line" (or, for GTK_INVALID_LIST_POSITION,
 * "budget.add-line") opens: an RcBidLineDialog, owned by GTK. */
GtkWidget         *rc_bid_budget_open_line_dialog (RcBidBudget *self,
                                                   guint        position);
/* The totals shown: of the lines as edited, and of the line being typed
 * in an open dialog. NULL when there is no bid. */
const RcBidTotals *rc_bid_budget_get_totals      (RcBidBudget *self);

G_END_DECLS
