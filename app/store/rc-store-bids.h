/* rc-store-bids.h: funding bids, their status history and budget lines
 * (the lines are implemented in rc-store-bid-lines.c)
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rc-store.h"
#include "model/rc-bid-status.h"
#include "model/rc-bid-totals.h"

G_BEGIN_DECLS

/* Every bid, with its consortium's name and requested_pence (the sum of its
 * lines, each rounded to a penny as rc_bid_line_total() does), by deadline;
 * bids without one come last. */
GListModel        *rc_store_list_bids                (RcStore      *self,
                                                      GError      **error);
RcBid             *rc_store_get_bid                  (RcStore      *self,
                                                      gint64        id,
                                                      GError      **error);
/* Inserts when bid->id is 0 (and sets it), updates otherwise. A new bid
 * starts as a draft dated today. The status, its dates and the amount
 * awarded are not written here: they change through
 * rc_store_set_bid_status() and rc_store_set_bid_awarded(). */
gboolean           rc_store_save_bid                 (RcStore      *self,
                                                      RcBid        *bid,
                                                      GError      **error);
/* Deletes the bid with its lines and status history. */
gboolean           rc_store_delete_bid               (RcStore      *self,
                                                      gint64        id,
                                                      GError      **error);

/* Oldest first. */
GListModel        *rc_store_list_bid_status_events   (RcStore      *self,
                                                      gint64        bid_id,
                                                      GError      **error);
/* Records a move allowed by rc_bid_status_check_move() on @occurred_on
 * (today when NULL), which must not be before the last change, with an
 * optional @note such as the funder's reference. Refusals are
 * RC_STORE_ERROR_INVALID. */
gboolean           rc_store_set_bid_status           (RcStore      *self,
                                                      gint64        bid_id,
                                                      RcBidStatus   status,
                                                      const char   *occurred_on,
                                                      const char   *note,
                                                      GError      **error);
/* The amount the funder awarded, only for an awarded or part-awarded bid.
 * To record a decision and its amount as one action, call this and
 * rc_store_set_bid_status() between rc_store_begin() and rc_store_commit(). */
gboolean           rc_store_set_bid_awarded          (RcStore      *self,
                                                      gint64        bid_id,
                                                      gint64        awarded_pence,
                                                      GError      **error);

/* A bid's lines, by council name (lines for the whole consortium last),
 * then in the order of RcCostCategory. */
GListModel        *rc_store_list_bid_lines           (RcStore      *self,
                                                      gint64        bid_id,
                                                      GError      **error);
gboolean           rc_store_save_bid_line            (RcStore      *self,
                                                      RcBidLine    *line,
                                                      GError      **error);
gboolean           rc_store_delete_bid_line          (RcStore      *self,
                                                      gint64        id,
                                                      GError      **error);
/* Replaces all of a bid's lines with @lines (of RcBidLine, whose id and
 * bid_id are ignored, then set on success) in one transaction: all of
 * them, or none and the old lines kept. */
gboolean           rc_store_replace_bid_lines        (RcStore      *self,
                                                      gint64        bid_id,
                                                      GListModel   *lines,
                                                      GError      **error);
/* By council, by category and overall, computed by rc_bid_totals_compute(). */
RcBidTotals       *rc_store_get_bid_totals           (RcStore      *self,
                                                      gint64        bid_id,
                                                      GError      **error);

/* A new draft with the details and lines of @bid_id, titled @new_title
 * ("<title> (copy)" when NULL); its status history and amount awarded are
 * not copied. Returns the new bid's id, or 0 with @error set. */
gint64             rc_store_duplicate_bid            (RcStore      *self,
                                                      gint64        bid_id,
                                                      const char   *new_title,
                                                      GError      **error);

G_END_DECLS
