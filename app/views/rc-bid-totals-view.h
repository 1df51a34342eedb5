/* rc-bid-totals-view.h: a budget's totals, overall, by council and by
 * cost category
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "model/rc-bid-totals.h"

G_BEGIN_DECLS

#define RC_TYPE_BID_TOTALS_VIEW (rc_bid_totals_view_get_type ())

G_DECLARE_FINAL_TYPE (RcBidTotalsView, rc_bid_totals_view, RC, BID_TOTALS_VIEW, AdwBin)

/* Shows @totals (a dash when NULL): councils by name from @names (of
 * council id, a gint64 *, to name; may be NULL), with the whole
 * consortium's lines last; categories in their order; and @note, if any,
 * under the overall total. */
void        rc_bid_totals_view_show           (RcBidTotalsView   *self,
                                               const RcBidTotals *totals,
                                               GHashTable        *names,
                                               const char        *note);

G_END_DECLS
