/* rc-store-bid-lines.c: the budget lines of bids and their totals
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-store"

#include "config.h"

#include <glib/gi18n.h>

#include "rc-store-private.h"
#include "model/rc-money.h"
#include "model/rc-record-rules.h"

static gpointer
read_text (RcStatement  *stmt)
{
  return rc_column_text (stmt, 0);
}

/* Lines ----------------------------------------------------------------- */

#define LINE_SELECT \
  "SELECT l.id, l.bid_id, l.council_id, c.name, l.category, l.description, l.quantity100, " \
  "       l.unit_cost_pence " \
  "FROM bid_line l LEFT JOIN council c ON c.id = l.council_id "

#define LINE_INSERT \
  "INSERT INTO bid_line (bid_id, council_id, category, description, quantity100, unit_cost_pence) " \
  "VALUES (?1, ?2, ?3, ?4, ?5, ?6)"

static gpointer
read_line (RcStatement  *stmt)
{
  RcBidLine *line = rc_bid_line_new ();

  line->id = rc_column_int (stmt, 0);
  line->bid_id = rc_column_int (stmt, 1);
  line->council_id = rc_column_int (stmt, 2);
  line->council_name = rc_column_text (stmt, 3);
  line->category = rc_column_text (stmt, 4);
  line->description = rc_column_text (stmt, 5);
  line->quantity100 = rc_column_int (stmt, 6);
  line->unit_cost_pence = rc_column_int (stmt, 7);

  return line;
}

GListModel *
rc_store_list_bid_lines (RcStore  *self,
                         gint64    bid_id,
                         GError  **error)
{
  g_return_val_if_fail (RC_IS_STORE (self), NULL);

  /* The CASE follows the order of RcCostCategory. */
  return rc_store_collect_for_id (self,
                                  LINE_SELECT
                                  "WHERE l.bid_id = ?1 "
                                  "ORDER BY c.name IS NULL, c.name, "
                                  "  CASE l.category WHEN 'bursaries' THEN 0 WHEN 'salary_backfill' THEN 1 "
                                  "    WHEN 'practice_educators' THEN 2 WHEN 'university_fees' THEN 3 "
                                  "    WHEN 'coordination' THEN 4 WHEN 'travel' THEN 5 ELSE 6 END, "
                                  "  l.id",
                                  bid_id, RC_TYPE_BID_LINE, read_line, error);
}

/* "bursaries for Plymouth: 66 × £2,500.00, in bid Step Up expansion";
 * NULL with RC_STORE_ERROR_NOT_FOUND when the bid is gone. */
static char *
describe_line (RcStore    *self,
               RcBidLine  *line,
               GError    **error)
{
  g_autofree char *title = NULL;
  g_autofree char *council = NULL;
  g_autofree char *quantity = NULL;
  g_autofree char *cost = NULL;

  title = rc_store_get_bid_title (self, line->bid_id, error);
  if (title == NULL)
    return NULL;

  if (line->council_id != 0)
    {
      g_autoptr(GError) local_error = NULL;
      RcStatement *stmt = rc_store_prepare (self, "SELECT name FROM council WHERE id = ?1", error);

      if (stmt == NULL)
        return NULL;
      rc_bind_int (stmt, 1, line->council_id);
      /* An unknown council is left for the foreign key to refuse. */
      council = rc_store_collect_one (self, stmt, read_text, NULL, &local_error);
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
    }

  quantity = rc_fte_format (line->quantity100);
  cost = rc_money_format (line->unit_cost_pence);

  return g_strdup_printf ("%s for %s: %s × %s, in bid %s",
                          line->category ? line->category : "?",
                          line->council_id == 0 ? "the whole consortium" : council ? council : "an unknown council",
                          quantity, cost, title);
}

static void
bind_line (RcStatement  *stmt,
           gint64        bid_id,
           RcBidLine    *line)
{
  rc_bind_id (stmt, 1, bid_id);
  rc_bind_id (stmt, 2, line->council_id);
  rc_bind_text (stmt, 3, line->category);
  rc_bind_text (stmt, 4, line->description);
  rc_bind_int (stmt, 5, line->quantity100);
  rc_bind_int (stmt, 6, line->unit_cost_pence);
}

gboolean
rc_store_save_bid_line (RcStore    *self,
                        RcBidLine  *line,
                        GError    **error)
{
  g_autofree char *what = NULL;
  g_autofree char *summary = NULL;
  RcStatement *stmt;

  g_return_val_if_fail (RC_IS_STORE (self), FALSE);
  g_return_val_if_fail (RC_IS_BID_LINE (line), FALSE);

  if (!rc_store_refuse_errors (rc_rules_check_bid_line (line), error))
    return FALSE;

  what = describe_line (self, line, error);
  if (what == NULL)
    return FALSE;

  stmt = rc_store_prepare_save (self, line->id,
                                LINE_INSERT,
                                "UPDATE bid_line SET bid_id = ?1, council_id = ?2, category = ?3, description = ?4, "
                                "  quantity100 = ?5, unit_cost_pence = ?6 "
                                "WHERE id = ?7",
                                error);
  if (stmt == NULL)
    return FALSE;

  bind_line (stmt, line->bid_id, line);

  summary = g_strdup_printf ("%s budget line %s", line->id == 0 ? "Added" : "Changed", what);
  /* The bid's requested amount changes with it. */
  rc_store_touch (self, "bid");

  return rc_store_finish_write (self, stmt, "bid_line", &line->id, summary, error);
}

gboolean
rc_store_delete_bid_line (RcStore  *self,
                          gint64    id,
                          GError  **error)
{
  g_autoptr(RcBidLine) line = NULL;
  g_autofree char *what = NULL;
  g_autofree char *summary = NULL;
  RcStatement *stmt;

  g_return_val_if_fail (RC_IS_STORE (self), FALSE);

  stmt = rc_store_prepare (self, LINE_SELECT "WHERE l.id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  rc_bind_int (stmt, 1, id);
  line = rc_store_collect_one (self, stmt, read_line, _("budget line"), error);
  if (line == NULL)
    return FALSE;

  what = describe_line (self, line, error);
  if (what == NULL)
    return FALSE;

  summary = g_strdup_printf ("Deleted budget line %s", what);
  rc_store_touch (self, "bid");

  return rc_store_delete_row (self,
                              rc_store_prepare (self, "DELETE FROM bid_line WHERE id = ?1", error),
                              "bid_line", id, summary, error);
}

gboolean
rc_store_replace_bid_lines (RcStore     *self,
                            gint64       bid_id,
                            GListModel  *lines,
                            GError     **error)
{
  g_autofree char *title = NULL;
  g_autofree char *summary = NULL;
  g_autoptr(GArray) ids = NULL;
  RcStatement *stmt;
  guint n;

  g_return_val_if_fail (RC_IS_STORE (self), FALSE);
  g_return_val_if_fail (G_IS_LIST_MODEL (lines), FALSE);
  g_return_val_if_fail (g_type_is_a (g_list_model_get_item_type (lines), RC_TYPE_BID_LINE), FALSE);

  n = g_list_model_get_n_items (lines);
  ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RcBidLine) line = g_list_model_get_item (lines, i);
      g_autoptr(GError) local_error = NULL;

      if (!rc_store_refuse_errors (rc_rules_check_bid_line (line), &local_error))
        {
          g_set_error (error, local_error->domain, local_error->code,
                       _("Budget line %u: %s. The bid’s budget was left as it was."),
                       i + 1, local_error->message);
          return FALSE;
        }
    }

  if (!rc_store_begin (self, error))
    return FALSE;

  title = rc_store_get_bid_title (self, bid_id, error);
  if (title == NULL)
    goto failed;

  if (!rc_store_run_for_id (self, "DELETE FROM bid_line WHERE bid_id = ?1", bid_id, error))
    goto failed;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RcBidLine) line = g_list_model_get_item (lines, i);
      g_autoptr(GError) local_error = NULL;
      gint64 id;

      stmt = rc_store_prepare (self, LINE_INSERT, error);
      if (stmt == NULL)
        goto failed;

      bind_line (stmt, bid_id, line);
      if (!rc_store_step_done (self, stmt, &local_error))
        {
          g_set_error (error, local_error->domain, local_error->code,
                       _("Budget line %u: %s. The bid’s budget was left as it was."),
                       i + 1, local_error->message);
          goto failed;
        }
      id = rc_store_last_insert_id (self);
      g_array_append_val (ids, id);
    }

  summary = g_strdup_printf ("Changed bid %s: replaced its budget with %u lines", title, n);
  if (!rc_store_audit (self, "bid", bid_id, "update", summary, error))
    goto failed;
  rc_store_touch (self, "bid_line");

  if (!rc_store_commit (self, error))
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RcBidLine) line = g_list_model_get_item (lines, i);

      line->id = g_array_index (ids, gint64, i);
      line->bid_id = bid_id;
    }

  return TRUE;

failed:
  rc_store_rollback (self);
  return FALSE;
}

RcBidTotals *
rc_store_get_bid_totals (RcStore  *self,
                         gint64    bid_id,
                         GError  **error)
{
  g_autofree char *title = NULL;
  g_autofree RcBidLineValue *values = NULL;
  g_autoptr(GListModel) lines = NULL;
  GError *cause = NULL;
  RcBidTotals *totals;
  guint n;

  g_return_val_if_fail (RC_IS_STORE (self), NULL);

  title = rc_store_get_bid_title (self, bid_id, error);
  if (title == NULL)
    return NULL;

  lines = rc_store_list_bid_lines (self, bid_id, error);
  if (lines == NULL)
    return NULL;

  n = g_list_model_get_n_items (lines);
  values = g_new0 (RcBidLineValue, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RcBidLine) line = g_list_model_get_item (lines, i);
      RcCostCategory category;

      values[i].council_id = line->council_id;
      /* An unknown key (the schema forbids it) becomes an index that
       * rc_bid_totals_compute() refuses with a message. */
      values[i].category = rc_cost_category_from_key (line->category, &category) ? (int) category : -1;
      values[i].quantity100 = line->quantity100;
      values[i].unit_cost_pence = line->unit_cost_pence;
    }

  /* A rule of the model said no: reported in the store's own domain. */
  totals = rc_bid_totals_compute (values, n, &cause);
  if (totals == NULL)
    {
      g_set_error_literal (error, RC_STORE_ERROR, RC_STORE_ERROR_INVALID, cause->message);
      g_error_free (cause);
    }

  return totals;
}
