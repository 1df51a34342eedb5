/* rc-store-bids.c: funding bids, their status history and duplicates;
 * their budget lines are in rc-store-bid-lines.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-store"

#include "config.h"

#include <glib/gi18n.h>

#include "rc-store-private.h"
#include "model/rc-money.h"

/* A line's total in whole pence. The CHECK constraints keep both factors
 * non-negative and below 10^17 together, so adding 50 before SQLite's
 * truncating division rounds half up, which is rc_bid_line_total()'s
 * "half away from zero", and cannot overflow. */
#define LINE_PENCE "((l.quantity100 * l.unit_cost_pence + 50) / 100)"

/* A rule of the domain said no: the store reports it in its own domain. */
static gboolean
refuse (GError **error,
        GError  *cause)
{
  g_set_error_literal (error, RC_STORE_ERROR, RC_STORE_ERROR_INVALID, cause->message);
  g_error_free (cause);

  return FALSE;
}

static gpointer
read_text (RcStatement  *stmt)
{
  return rc_column_text (stmt, 0);
}

char *
rc_store_get_bid_title (RcStore  *self,
                        gint64    bid_id,
                        GError  **error)
{
  return rc_store_collect_one_for_id (self,
                                      "SELECT title FROM bid WHERE id = ?1",
                                      bid_id, read_text, _("bid"), error);
}

/* Adds a status event; the schema's trigger then sets the bid's status,
 * submitted_on and decided_on. A NULL @occurred_on is today. */
static gboolean
add_status_event (RcStore     *self,
                  gint64       bid_id,
                  RcBidStatus  status,
                  const char  *occurred_on,
                  const char  *note,
                  GError     **error)
{
  g_autofree char *today = NULL;
  RcStatement *stmt;

  stmt = rc_store_prepare (self,
                           "INSERT INTO bid_status_event (bid_id, status, occurred_on, note) "
                           "VALUES (?1, ?2, ?3, ?4)",
                           error);
  if (stmt == NULL)
    return FALSE;

  if (occurred_on == NULL)
    occurred_on = today = rc_store_today ();
  rc_bind_int (stmt, 1, bid_id);
  rc_bind_text (stmt, 2, rc_bid_status_to_key (status));
  rc_bind_text (stmt, 3, occurred_on);
  rc_bind_text (stmt, 4, note);
  if (!rc_store_step_done (self, stmt, error))
    return FALSE;

  rc_store_touch (self, "bid_status_event");

  return TRUE;
}

/* Bids ------------------------------------------------------------------ */

#define BID_SELECT \
  "SELECT b.id, b.consortium_id, k.name, b.programme_id, b.title, b.funder, b.scheme, b.status, " \
  "       b.deadline_on, b.submitted_on, b.decision_due_on, b.decided_on, b.awarded_pence, " \
  "       (SELECT coalesce (sum (" LINE_PENCE "), 0) FROM bid_line l WHERE l.bid_id = b.id), " \
  "       b.trainees_planned, b.notes " \
  "FROM bid b JOIN consortium k ON k.id = b.consortium_id "

static gpointer
read_bid (RcStatement  *stmt)
{
  RcBid *bid = rc_bid_new ();

  bid->id = rc_column_int (stmt, 0);
  bid->consortium_id = rc_column_int (stmt, 1);
  bid->consortium_name = rc_column_text (stmt, 2);
  bid->programme_id = rc_column_int (stmt, 3);
  bid->title = rc_column_text (stmt, 4);
  bid->funder = rc_column_text (stmt, 5);
  bid->scheme = rc_column_text (stmt, 6);
  bid->status = rc_column_text (stmt, 7);
  bid->deadline_on = rc_column_text (stmt, 8);
  bid->submitted_on = rc_column_text (stmt, 9);
  bid->decision_due_on = rc_column_text (stmt, 10);
  bid->decided_on = rc_column_text (stmt, 11);
  bid->awarded_pence = rc_column_figure (stmt, 12);
  bid->requested_pence = rc_column_int (stmt, 13);
  bid->trainees_planned = rc_column_int (stmt, 14);
  bid->notes = rc_column_text (stmt, 15);

  return bid;
}

GListModel *
rc_store_list_bids (RcStore  *self,
                    GError  **error)
{
  g_return_val_if_fail (RC_IS_STORE (self), NULL);

  return rc_store_collect (self,
                           rc_store_prepare (self,
                                             BID_SELECT "ORDER BY b.deadline_on IS NULL, b.deadline_on, b.title, b.id",
                                             error),
                           RC_TYPE_BID, read_bid, error);
}

RcBid *
rc_store_get_bid (RcStore  *self,
                  gint64    id,
                  GError  **error)
{
  g_return_val_if_fail (RC_IS_STORE (self), NULL);

  return rc_store_collect_one_for_id (self,
                                      BID_SELECT "WHERE b.id = ?1",
                                      id, read_bid, _("bid"), error);
}

gboolean
rc_store_save_bid (RcStore  *self,
                   RcBid    *bid,
                   GError  **error)
{
  g_autofree char *summary = NULL;
  RcStatement *stmt;
  gint64 id = 0;

  g_return_val_if_fail (RC_IS_STORE (self), FALSE);
  g_return_val_if_fail (RC_IS_BID (bid), FALSE);

  stmt = rc_store_prepare_save (self, bid->id,
                                "INSERT INTO bid (consortium_id, programme_id, title, funder, scheme, "
                                "  deadline_on, decision_due_on, trainees_planned, notes) "
                                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                                "UPDATE bid SET consortium_id = ?1, programme_id = ?2, title = ?3, funder = ?4, "
                                "  scheme = ?5, deadline_on = ?6, decision_due_on = ?7, trainees_planned = ?8, "
                                "  notes = ?9 "
                                "WHERE id = ?10",
                                error);
  if (stmt == NULL)
    return FALSE;

  rc_bind_id (stmt, 1, bid->consortium_id);
  rc_bind_id (stmt, 2, bid->programme_id);
  rc_bind_text (stmt, 3, bid->title);
  rc_bind_text (stmt, 4, bid->funder);
  rc_bind_text (stmt, 5, bid->scheme);
  rc_bind_text (stmt, 6, bid->deadline_on);
  rc_bind_text (stmt, 7, bid->decision_due_on);
  rc_bind_int (stmt, 8, bid->trainees_planned);
  rc_bind_text (stmt, 9, bid->notes);

  if (bid->id != 0)
    {
      summary = g_strdup_printf ("Changed bid %s (%s)", bid->title, bid->funder);
      return rc_store_finish_write (self, stmt, "bid", &bid->id, summary, error);
    }

  /* A new bid and its first status event are one action. */
  summary = g_strdup_printf ("Added bid %s (%s)", bid->title, bid->funder);
  if (!rc_store_begin (self, error))
    return FALSE;
  if (!rc_store_finish_write (self, stmt, "bid", &id, summary, error)
      || !add_status_event (self, id, RC_BID_STATUS_DRAFT, NULL, NULL, error))
    {
      rc_store_rollback (self);
      return FALSE;
    }
  /* At the outermost level a failed commit has already rolled back. */
  if (!rc_store_commit (self, error))
    return FALSE;

  bid->id = id;

  return TRUE;
}

gboolean
rc_store_delete_bid (RcStore  *self,
                     gint64    id,
                     GError  **error)
{
  g_autofree char *title = NULL;
  g_autofree char *summary = NULL;

  g_return_val_if_fail (RC_IS_STORE (self), FALSE);

  title = rc_store_get_bid_title (self, id, error);
  if (title == NULL)
    return FALSE;

  summary = g_strdup_printf ("Deleted bid %s with its budget and status history", title);

  /* The lines and events go with it (ON DELETE CASCADE). */
  rc_store_touch (self, "bid_line");
  rc_store_touch (self, "bid_status_event");

  return rc_store_delete_row (self,
                              rc_store_prepare (self, "DELETE FROM bid WHERE id = ?1", error),
                              "bid", id, summary, error);
}

/* Status ---------------------------------------------------------------- */

static gpointer
read_status_event (RcStatement  *stmt)
{
  RcBidStatusEvent *event = rc_bid_status_event_new ();

  event->id = rc_column_int (stmt, 0);
  event->bid_id = rc_column_int (stmt, 1);
  event->status = rc_column_text (stmt, 2);
  event->occurred_on = rc_column_text (stmt, 3);
  event->note = rc_column_text (stmt, 4);

  return event;
}

GListModel *
rc_store_list_bid_status_events (RcStore  *self,
                                 gint64    bid_id,
                                 GError  **error)
{
  g_return_val_if_fail (RC_IS_STORE (self), NULL);

  return rc_store_collect_for_id (self,
                                  "SELECT id, bid_id, status, occurred_on, note FROM bid_status_event "
                                  "WHERE bid_id = ?1 ORDER BY occurred_on, id",
                                  bid_id, RC_TYPE_BID_STATUS_EVENT, read_status_event, error);
}

/* Reads the bid's title and status at the start of a write. */
static gboolean
read_bid_status (RcStore      *self,
                 gint64        bid_id,
                 char        **title,
                 RcBidStatus  *status,
                 char        **last_on,
                 GError      **error)
{
  RcStatement *stmt;
  g_autofree char *key = NULL;

  stmt = rc_store_prepare (self,
                           "SELECT b.title, b.status, "
                           "       (SELECT max (e.occurred_on) FROM bid_status_event e WHERE e.bid_id = b.id) "
                           "FROM bid b WHERE b.id = ?1",
                           error);
  if (stmt == NULL)
    return FALSE;

  rc_bind_int (stmt, 1, bid_id);
  if (!rc_store_step_first (self, stmt, _("bid"), error))
    return FALSE;

  *title = rc_column_text (stmt, 0);
  key = rc_column_text (stmt, 1);
  *last_on = rc_column_text (stmt, 2);
  rc_statement_reset (stmt);

  if (!rc_bid_status_from_key (key, status))
    {
      g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_CORRUPT,
                   _("The bid “%s” has an unknown status “%s”"), *title, key);
      return FALSE;
    }

  return TRUE;
}

static gint64
count_status_events (RcStore *self,
                     gint64   bid_id)
{
  RcStatement *stmt = rc_store_prepare (self,
                                         "SELECT count(*) FROM bid_status_event WHERE bid_id = ?1",
                                         NULL);
  gint64 count = 0;

  if (stmt == NULL)
    return 0;
  rc_bind_int (stmt, 1, bid_id);
  if (rc_store_step_row (self, stmt, NULL))
    count = rc_column_int (stmt, 0);
  rc_statement_reset (stmt);

  return count;
}

static gboolean
backdate_draft (RcStore     *self,
                gint64       bid_id,
                const char  *on,
                GError     **error)
{
  RcStatement *stmt = rc_store_prepare (self,
                                         "UPDATE bid_status_event SET occurred_on = ?2 "
                                         "WHERE bid_id = ?1 AND status = 'draft'",
                                         error);
  if (stmt == NULL)
    return FALSE;
  rc_bind_int (stmt, 1, bid_id);
  rc_bind_text (stmt, 2, on);

  return rc_store_step_done (self, stmt, error);
}

gboolean
rc_store_set_bid_status (RcStore      *self,
                         gint64        bid_id,
                         RcBidStatus   status,
                         const char   *occurred_on,
                         const char   *note,
                         GError      **error)
{
  g_autofree char *title = NULL;
  g_autofree char *last_on = NULL;
  g_autofree char *on = NULL;
  g_autofree char *summary = NULL;
  GError *cause = NULL;
  RcBidStatus current;

  g_return_val_if_fail (RC_IS_STORE (self), FALSE);
  g_return_val_if_fail ((guint) status < RC_N_BID_STATUSES, FALSE);

  if ((on = rc_date_iso_or_today (occurred_on, NULL)) == NULL)
    {
      g_set_error_literal (error, RC_STORE_ERROR, RC_STORE_ERROR_INVALID,
                           _("A status change needs a date like 2016-10-31"));
      return FALSE;
    }

  if (!rc_store_begin (self, error))
    return FALSE;

  if (!read_bid_status (self, bid_id, &title, &current, &last_on, error))
    goto failed;

  if (!rc_bid_status_check_move (current, status, &cause))
    {
      refuse (error, cause);
      goto failed;
    }

  /* ISO dates sort as text. A bid entered after the fact has only its
   * automatic draft entry, dated the day it was typed in: that entry moves
   * back to the first real change rather than refusing it. */
  if (last_on != NULL && strcmp (on, last_on) < 0
      && current == RC_BID_STATUS_DRAFT && count_status_events (self, bid_id) == 1)
    {
      if (!backdate_draft (self, bid_id, on, error))
        goto failed;
    }
  else if (last_on != NULL && strcmp (on, last_on) < 0)
    {
      g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_INVALID,
                   _("The bid’s status last changed on %s, so a new change cannot be dated %s"),
                   last_on, on);
      goto failed;
    }

  summary = g_strdup_printf ("Changed bid %s: status %s on %s", title, rc_bid_status_to_key (status), on);
  if (!add_status_event (self, bid_id, status, on, note, error)
      || !rc_store_audit (self, "bid", bid_id, "update", summary, error))
    goto failed;

  return rc_store_commit (self, error);

failed:
  rc_store_rollback (self);
  return FALSE;
}

gboolean
rc_store_set_bid_awarded (RcStore  *self,
                          gint64    bid_id,
                          gint64    awarded_pence,
                          GError  **error)
{
  g_autofree char *title = NULL;
  g_autofree char *last_on = NULL;
  g_autofree char *amount = NULL;
  g_autofree char *summary = NULL;
  RcStatement *stmt;
  RcBidStatus current;

  g_return_val_if_fail (RC_IS_STORE (self), FALSE);

  if (!rc_store_begin (self, error))
    return FALSE;

  if (!read_bid_status (self, bid_id, &title, &current, &last_on, error))
    goto failed;

  if (current != RC_BID_STATUS_AWARDED && current != RC_BID_STATUS_PART_AWARDED)
    {
      g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_INVALID,
                   _("Only an awarded or part-awarded bid has an amount awarded, and “%s” is “%s”"),
                   title, rc_bid_status_get_label (current));
      goto failed;
    }

  stmt = rc_store_prepare (self, "UPDATE bid SET awarded_pence = ?2 WHERE id = ?1", error);
  if (stmt == NULL)
    goto failed;
  rc_bind_int (stmt, 1, bid_id);
  rc_bind_int (stmt, 2, awarded_pence);
  if (!rc_store_step_done (self, stmt, error))
    goto failed;

  amount = rc_money_format (awarded_pence);
  summary = g_strdup_printf ("Changed bid %s: awarded %s", title, amount);
  if (!rc_store_audit (self, "bid", bid_id, "update", summary, error))
    goto failed;

  return rc_store_commit (self, error);

failed:
  rc_store_rollback (self);
  return FALSE;
}

/* Duplicating ----------------------------------------------------------- */

gint64
rc_store_duplicate_bid (RcStore     *self,
                        gint64       bid_id,
                        const char  *new_title,
                        GError     **error)
{
  g_autofree char *title = NULL;
  g_autofree char *copy_title = NULL;
  g_autofree char *summary = NULL;
  RcStatement *stmt;
  gint64 new_id;

  g_return_val_if_fail (RC_IS_STORE (self), 0);

  if (!rc_store_begin (self, error))
    return 0;

  title = rc_store_get_bid_title (self, bid_id, error);
  if (title == NULL)
    goto failed;
  copy_title = new_title != NULL ? g_strdup (new_title) : g_strdup_printf (_("%s (copy)"), title);

  /* Not the status, its dates or the amount awarded: the copy is a new draft. */
  stmt = rc_store_prepare (self,
                           "INSERT INTO bid (consortium_id, programme_id, title, funder, scheme, "
                           "  deadline_on, decision_due_on, trainees_planned, notes) "
                           "SELECT consortium_id, programme_id, ?2, funder, scheme, "
                           "  deadline_on, decision_due_on, trainees_planned, notes "
                           "FROM bid WHERE id = ?1",
                           error);
  if (stmt == NULL)
    goto failed;
  rc_bind_int (stmt, 1, bid_id);
  rc_bind_text (stmt, 2, copy_title);
  if (!rc_store_step_done (self, stmt, error))
    goto failed;
  new_id = rc_store_last_insert_id (self);

  stmt = rc_store_prepare (self,
                           "INSERT INTO bid_line (bid_id, council_id, category, description, "
                           "  quantity100, unit_cost_pence) "
                           "SELECT ?2, council_id, category, description, quantity100, unit_cost_pence "
                           "FROM bid_line WHERE bid_id = ?1 ORDER BY id",
                           error);
  if (stmt == NULL)
    goto failed;
  rc_bind_int (stmt, 1, bid_id);
  rc_bind_int (stmt, 2, new_id);
  if (!rc_store_step_done (self, stmt, error))
    goto failed;
  rc_store_touch (self, "bid_line");

  summary = g_strdup_printf ("Added bid %s as a copy of bid %s", copy_title, title);
  if (!add_status_event (self, new_id, RC_BID_STATUS_DRAFT, NULL, NULL, error)
      || !rc_store_audit (self, "bid", new_id, "create", summary, error))
    goto failed;

  if (!rc_store_commit (self, error))
    return 0;

  return new_id;

failed:
  rc_store_rollback (self);
  return 0;
}
