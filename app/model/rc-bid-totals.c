/* rc-bid-totals.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-model"

#include "config.h"

#include <glib/gi18n.h>

#include "rc-bid-totals.h"
#include "rc-key-label.h"
#include "rc-model-error.h"

static const RcKeyLabel categories[RC_N_COST_CATEGORIES] = {
  [RC_COST_BURSARIES] = { "bursaries", N_("Bursaries") },
  [RC_COST_SALARY_BACKFILL] = { "salary_backfill", N_("Salary backfill") },
  [RC_COST_PRACTICE_EDUCATORS] = { "practice_educators", N_("Practice educators") },
  [RC_COST_UNIVERSITY_FEES] = { "university_fees", N_("University fees") },
  [RC_COST_COORDINATION] = { "coordination", N_("Coordination") },
  [RC_COST_TRAVEL] = { "travel", N_("Travel") },
  [RC_COST_OTHER] = { "other", N_("Other costs") },
};

const char *
rc_cost_category_to_key (RcCostCategory category)
{
  return rc_key_label_get_key (categories, RC_N_COST_CATEGORIES, category);
}

gboolean
rc_cost_category_from_key (const char     *key,
                           RcCostCategory *out)
{
  int i = rc_key_label_find (categories, RC_N_COST_CATEGORIES, key);

  if (i >= 0 && out != NULL)
    *out = (RcCostCategory) i;

  return i >= 0;
}

const char *
rc_cost_category_get_label (RcCostCategory category)
{
  return rc_key_label_get_label (categories, RC_N_COST_CATEGORIES, category, NULL);
}

gboolean
rc_bid_line_total (gint64   quantity100,
                   gint64   unit_cost_pence,
                   gint64  *total_pence,
                   GError **error)
{
  gint64 hundredths;

  g_return_val_if_fail (total_pence != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (quantity100 < 0)
    {
      g_set_error_literal (error, RC_MODEL_ERROR, RC_MODEL_ERROR_RANGE,
                           _("A budget line’s quantity cannot be negative"));
      return FALSE;
    }
  if (unit_cost_pence < 0)
    {
      g_set_error_literal (error, RC_MODEL_ERROR, RC_MODEL_ERROR_RANGE,
                           _("A budget line’s unit cost cannot be negative"));
      return FALSE;
    }
  if (__builtin_mul_overflow (quantity100, unit_cost_pence, &hundredths))
    {
      g_set_error_literal (error, RC_MODEL_ERROR, RC_MODEL_ERROR_RANGE,
                           _("A budget line’s quantity times its unit cost is too large to hold"));
      return FALSE;
    }

  /* Both factors are non-negative, so half away from zero is half up;
   * adding 50 first could overflow, hence the remainder. */
  *total_pence = hundredths / 100 + (hundredths % 100 >= 50 ? 1 : 0);
  return TRUE;
}

static int
compare_council (gconstpointer a,
                 gconstpointer b)
{
  gint64 x = ((const RcBidCouncilTotal *) a)->council_id;
  gint64 y = ((const RcBidCouncilTotal *) b)->council_id;

  return (x > y) - (x < y);
}

static gboolean
add_pence (gint64  *sum,
           gint64   pence,
           GError **error)
{
  if (!__builtin_add_overflow (*sum, pence, sum))
    return TRUE;

  g_set_error_literal (error, RC_MODEL_ERROR, RC_MODEL_ERROR_RANGE,
                       _("The bid’s total is too large to hold"));
  return FALSE;
}

RcBidTotals *
rc_bid_totals_compute (const RcBidLineValue  *lines,
                       gsize                  n,
                       GError               **error)
{
  g_autoptr(RcBidTotals) totals = NULL;
  g_autoptr(GArray) by_line = NULL;

  g_return_val_if_fail (lines != NULL || n == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  totals = g_new0 (RcBidTotals, 1);
  totals->councils = g_array_new (FALSE, FALSE, sizeof (RcBidCouncilTotal));
  by_line = g_array_sized_new (FALSE, FALSE, sizeof (RcBidCouncilTotal),
                               (guint) MIN (n, G_MAXUINT));

  for (gsize i = 0; i < n; i++)
    {
      RcBidCouncilTotal entry = { lines[i].council_id, 0 };

      if (lines[i].category < 0 || lines[i].category >= RC_N_COST_CATEGORIES)
        {
          g_set_error (error, RC_MODEL_ERROR, RC_MODEL_ERROR_INVALID,
                       _("A budget line has an unknown cost category (%d)"),
                       lines[i].category);
          return NULL;
        }
      if (!rc_bid_line_total (lines[i].quantity100, lines[i].unit_cost_pence,
                              &entry.pence, error) ||
          !add_pence (&totals->category_pence[lines[i].category], entry.pence, error) ||
          !add_pence (&totals->total_pence, entry.pence, error))
        return NULL;

      g_array_append_val (by_line, entry);
    }

  /* Sorting then merging neighbours gives each council once, in an order
   * that does not depend on the order of the lines. */
  g_array_sort (by_line, compare_council);
  for (guint i = 0; i < by_line->len; i++)
    {
      RcBidCouncilTotal *entry = &g_array_index (by_line, RcBidCouncilTotal, i);
      RcBidCouncilTotal *last = totals->councils->len > 0
        ? &g_array_index (totals->councils, RcBidCouncilTotal, totals->councils->len - 1)
        : NULL;

      if (last != NULL && last->council_id == entry->council_id)
        {
          /* Cannot overflow: the sum of every line already fitted. */
          last->pence += entry->pence;
        }
      else
        g_array_append_vals (totals->councils, entry, 1);
    }

  return g_steal_pointer (&totals);
}

gint64
rc_bid_totals_get_council (const RcBidTotals *totals,
                           gint64             council_id)
{
  RcBidCouncilTotal key = { council_id, 0 };
  guint index;

  g_return_val_if_fail (totals != NULL, 0);

  if (g_array_binary_search (totals->councils, &key, compare_council, &index))
    return g_array_index (totals->councils, RcBidCouncilTotal, index).pence;

  return 0;
}

void
rc_bid_totals_free (RcBidTotals *totals)
{
  if (totals == NULL)
    return;

  g_clear_pointer (&totals->councils, g_array_unref);
  g_free (totals);
}
