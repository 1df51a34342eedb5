/* rc-bid-budget-columns-private.h: the columns of RcBidBudget's lines
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "store/rc-store.h"

G_BEGIN_DECLS

/* Council, category, description, quantity, unit cost and total, for a
 * view of RcBidLine items. */
void rc_bid_budget_add_columns (GtkColumnView *view);

G_END_DECLS
