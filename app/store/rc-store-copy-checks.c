/* rc-store-copy-checks.c: what --copy-database compares once it has
 * copied, and the report of it
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-store"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "model/rc-bid.h"
#include "model/rc-bid-totals.h"
#include "rc-store-bids.h"
#include "rc-store-copy-private.h"

gboolean
rc_store_copy_same_value (RcStatement *a,
                          RcStatement *b,
                          int          c,
                          char         type)
{
  gboolean null_a = rc_statement_column_is_null (a, c);
  gboolean null_b = rc_statement_column_is_null (b, c);

  if (null_a || null_b)
    return null_a == null_b;
  if (type == 'i')
    return rc_statement_column_int (a, c) == rc_statement_column_int (b, c);

  return g_strcmp0 (rc_statement_column_text (a, c), rc_statement_column_text (b, c)) == 0;
}

/* Compares every row of the table on both sides; says which first differs. */
gboolean
rc_store_copy_compare_rows (RcStore            *source,
                            RcStore            *target,
                            const char         *table,
                            const char         *select_sql,
                            const char * const *columns,
                            const char         *types,
                            char              **difference,
                            GError            **error)
{
  RcStatement *a = rc_store_prepare (source, select_sql, error);
  RcStatement *b;
  GError *local_error = NULL;

  if (a == NULL)
    return FALSE;
  b = rc_store_prepare (target, select_sql, error);
  if (b == NULL)
    {
      rc_statement_reset (a);
      return FALSE;
    }

  while (*difference == NULL && local_error == NULL)
    {
      gboolean row_a = rc_store_step_row (source, a, &local_error);
      gboolean row_b = local_error == NULL && rc_store_step_row (target, b, &local_error);

      if (local_error != NULL)
        break;
      if (!row_a || !row_b)
        {
          if (row_a != row_b)
            *difference = g_strdup_printf (_("table %s has a different number of rows"), table);
          break;
        }
      for (guint c = 0; c < strlen (types) && *difference == NULL; c++)
        {
          if (!rc_store_copy_same_value (a, b, c, types[c]))
            /* Translators: a table, its row's key, and a column */
            *difference = g_strdup_printf (_("table %s, row %" G_GINT64_FORMAT ": %s differs"),
                                           table, rc_statement_column_int (a, 0),
                                           columns[c]);
        }
    }
  rc_statement_reset (a);
  rc_statement_reset (b);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }

  return TRUE;
}

static gboolean
same_totals (const RcBidTotals *a,
             const RcBidTotals *b)
{
  if (a->total_pence != b->total_pence || a->councils->len != b->councils->len)
    return FALSE;
  for (guint i = 0; i < RC_N_COST_CATEGORIES; i++)
    if (a->category_pence[i] != b->category_pence[i])
      return FALSE;
  for (guint i = 0; i < a->councils->len; i++)
    {
      RcBidCouncilTotal *x = &g_array_index (a->councils, RcBidCouncilTotal, i);
      RcBidCouncilTotal *y = &g_array_index (b->councils, RcBidCouncilTotal, i);

      if (x->council_id != y->council_id || x->pence != y->pence)
        return FALSE;
    }

  return TRUE;
}

static gint
compare_bid_ids (gconstpointer a,
                 gconstpointer b)
{
  const RcStoreCopyBid *x = a;
  const RcStoreCopyBid *y = b;

  return (x->bid_id > y->bid_id) - (x->bid_id < y->bid_id);
}

/* Every bid's totals on both sides, as the model computes them. */
gboolean
rc_store_copy_check_bids (RcStore            *source,
                          RcStore            *target,
                          RcStoreCopyReport  *report,
                          guint              *differing,
                          GError            **error)
{
  g_autoptr(GListModel) bids = rc_store_list_bids (source, error);

  if (bids == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (bids); i++)
    {
      g_autoptr(RcBid) bid = g_list_model_get_item (bids, i);
      g_autoptr(RcBidTotals) a = rc_store_get_bid_totals (source, bid->id, error);
      g_autoptr(RcBidTotals) b = NULL;
      RcStoreCopyBid row = { 0 };

      if (a == NULL)
        return FALSE;
      b = rc_store_get_bid_totals (target, bid->id, error);
      if (b == NULL)
        return FALSE;
      row.bid_id = bid->id;
      row.title = g_strdup (bid->title);
      row.source_pence = a->total_pence;
      row.target_pence = b->total_pence;
      row.same = same_totals (a, b);
      if (!row.same)
        (*differing)++;
      g_array_append_val (report->bids, row);
    }
  g_array_sort (report->bids, compare_bid_ids);

  return TRUE;
}

RcStoreCopyReport *
rc_store_copy_report_new (void)
{
  RcStoreCopyReport *report = g_new0 (RcStoreCopyReport, 1);

  report->counts = g_array_new (FALSE, TRUE, sizeof (RcStoreCopyCount));
  report->bids = g_array_new (FALSE, TRUE, sizeof (RcStoreCopyBid));

  return report;
}

void
rc_store_copy_report_free (RcStoreCopyReport *report)
{
  if (report == NULL)
    return;
  for (guint i = 0; i < report->bids->len; i++)
    g_free (g_array_index (report->bids, RcStoreCopyBid, i).title);
  g_array_unref (report->bids);
  g_array_unref (report->counts);
  g_free (report);
}
