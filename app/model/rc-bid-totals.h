/* rc-bid-totals.h: cost categories and the totals of a bid's budget
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  RC_COST_BURSARIES,
  RC_COST_SALARY_BACKFILL,
  RC_COST_PRACTICE_EDUCATORS,
  RC_COST_UNIVERSITY_FEES,
  RC_COST_COORDINATION,
  RC_COST_TRAVEL,
  RC_COST_OTHER,
  RC_N_COST_CATEGORIES
} RcCostCategory;

/* Stable keys: "bursaries", "salary_backfill", "practice_educators",
 * "university_fees", "coordination", "travel", "other". */
const char *rc_cost_category_to_key    (RcCostCategory  category);
gboolean    rc_cost_category_from_key  (const char     *key,
                                        RcCostCategory *out);
/* Translated, such as "Salary backfill". */
const char *rc_cost_category_get_label (RcCostCategory  category);

/* One budget line: quantity (in hundredths, so 0.5 FTE of backfill is 50)
 * times unit cost, for one partner council and one RcCostCategory. */
typedef struct
{
  gint64 council_id;
  int    category;
  gint64 quantity100;
  gint64 unit_cost_pence;
} RcBidLineValue;

typedef struct
{
  gint64 council_id;
  gint64 pence;
} RcBidCouncilTotal;

typedef struct
{
  gint64  total_pence;
  gint64  category_pence[RC_N_COST_CATEGORIES];  /* indexed by RcCostCategory */
  GArray *councils;  /* of RcBidCouncilTotal, one per council with lines, by ascending council_id */
} RcBidTotals;

/* quantity100 × unit cost / 100, rounded half away from zero to a whole
 * penny. Refuses a negative quantity or cost, and a total that would not
 * fit in a gint64 (RC_MODEL_ERROR_RANGE). */
gboolean     rc_bid_line_total          (gint64                quantity100,
                                         gint64                unit_cost_pence,
                                         gint64               *total_pence,
                                         GError              **error);
/* Each line is rounded to a penny, then summed, as a funder's spreadsheet
 * does. Returns NULL with @error set when a line is refused, a category is
 * unknown (RC_MODEL_ERROR_INVALID) or a sum overflows. @lines may be NULL
 * when @n is 0. */
RcBidTotals *rc_bid_totals_compute      (const RcBidLineValue  *lines,
                                         gsize                  n,
                                         GError               **error);
/* The total of @council_id's lines; 0 when it has none. */
gint64       rc_bid_totals_get_council  (const RcBidTotals     *totals,
                                         gint64                 council_id);
void         rc_bid_totals_free         (RcBidTotals           *totals);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RcBidTotals, rc_bid_totals_free)

G_END_DECLS
