/* rc-bid-status.h: the statuses of a funding bid and the moves between them
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  RC_BID_STATUS_DRAFT,
  RC_BID_STATUS_SUBMITTED,
  RC_BID_STATUS_AWARDED,
  RC_BID_STATUS_PART_AWARDED,
  RC_BID_STATUS_REJECTED,
  RC_BID_STATUS_WITHDRAWN,
  RC_N_BID_STATUSES
} RcBidStatus;

/* Stable keys, as stored: "draft", "submitted", "awarded", "part_awarded",
 * "rejected", "withdrawn". */
const char *rc_bid_status_to_key     (RcBidStatus   status);
gboolean    rc_bid_status_from_key   (const char   *key,
                                      RcBidStatus  *out);
/* Translated, such as "Part-awarded". */
const char *rc_bid_status_get_label  (RcBidStatus   status);
/* Awarded, part-awarded, rejected and withdrawn: nothing follows them. */
gboolean    rc_bid_status_is_final   (RcBidStatus   status);

/* Whether a bid at @from may move to @to: a draft is submitted or
 * withdrawn; a submitted bid is awarded, part-awarded, rejected or
 * withdrawn; the other statuses are final, and the next round is a
 * duplicate of the bid. A refusal is an RC_MODEL_ERROR_INVALID with a
 * sentence the coordinator can act on. */
gboolean    rc_bid_status_check_move (RcBidStatus   from,
                                      RcBidStatus   to,
                                      GError      **error);

G_END_DECLS
