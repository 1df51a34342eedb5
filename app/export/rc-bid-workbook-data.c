/* rc-bid-workbook-data.c: reading what the bid workbook shows from the store
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-export"

#include "config.h"

#include <glib/gi18n.h>

#include "model/rc-rates.h"
#include "rc-bid-consortium.h"
#include "rc-bid-workbook-private.h"

static void
event_free (gpointer p)
{
  RcWorkbookEvent *event = p;

  g_free (event->occurred_on);
  g_free (event->status);
  g_free (event->note);
  g_free (event);
}

static void
line_free (gpointer p)
{
  RcWorkbookLine *line = p;

  g_free (line->council);
  g_free (line->category);
  g_free (line->description);
  g_free (line);
}

static void
sum_free (gpointer p)
{
  RcWorkbookSum *sum = p;

  g_free (sum->name);
  g_free (sum);
}

static void
partner_free (gpointer p)
{
  RcWorkbookPartner *partner = p;

  g_free (partner->council);
  g_free (partner->role);
  g_clear_object (&partner->latest);
  g_free (partner->vacancy_by_year);
  g_free (partner);
}

void
rc_bid_workbook_data_free (RcBidWorkbookData *data)
{
  if (data == NULL)
    return;

  g_free (data->title);
  g_free (data->funder);
  g_free (data->scheme);
  g_free (data->programme);
  g_free (data->consortium);
  g_free (data->lead_council);
  g_free (data->members_on);
  g_free (data->status);
  g_free (data->status_on);
  g_free (data->deadline_on);
  g_free (data->submitted_on);
  g_free (data->decision_due_on);
  g_free (data->decided_on);
  g_free (data->notes);
  g_free (data->generated_on);
  g_clear_pointer (&data->events, g_ptr_array_unref);
  g_clear_pointer (&data->members, g_ptr_array_unref);
  g_clear_pointer (&data->lines, g_ptr_array_unref);
  g_clear_pointer (&data->by_council, g_ptr_array_unref);
  g_clear_pointer (&data->by_category, g_ptr_array_unref);
  g_clear_pointer (&data->partners, g_ptr_array_unref);
  g_clear_pointer (&data->cohorts, g_ptr_array_unref);
  g_free (data);
}

static const char *
status_label (const char *key)
{
  RcBidStatus status;

  return rc_bid_status_from_key (key, &status) ? rc_bid_status_get_label (status) : key;
}

static gboolean
gather_events (RcBidWorkbookData  *data,
               RcStore            *store,
               gint64              bid_id,
               GError            **error)
{
  g_autoptr(GListModel) events = rc_store_list_bid_status_events (store, bid_id, error);

  if (events == NULL)
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(RcBidStatusEvent) event = g_list_model_get_item (events, i);
      RcWorkbookEvent *row = g_new0 (RcWorkbookEvent, 1);

      row->occurred_on = g_strdup (event->occurred_on);
      row->status = g_strdup (status_label (event->status));
      row->note = g_strdup (event->note);
      g_ptr_array_add (data->events, row);

      g_free (data->status_on);
      data->status_on = g_strdup (event->occurred_on);
    }

  return TRUE;
}

/* Turns a vacancy figure and FTE in post into the rate for @year's cell. */
static void
add_rates_by_year (RcBidWorkbookData *data,
                   RcWorkbookPartner *partner,
                   GListModel        *returns)
{
  guint n_years = data->first_year > 0 ? (guint) (data->last_year - data->first_year + 1) : 0;

  partner->vacancy_by_year = g_new0 (RcRate, MAX (n_years, 1));
  for (guint i = 0; i < g_list_model_get_n_items (returns); i++)
    {
      g_autoptr(RcWorkforceReturn) ret = g_list_model_get_item (returns, i);

      if (ret->year >= data->first_year && ret->year <= data->last_year)
        partner->vacancy_by_year[ret->year - data->first_year] =
          rc_measure_compute (RC_MEASURE_VACANCY, ret);
    }
}

/* The members (lead, partners, proposed) of the consortium for every
 * programme or the bid's, as it stood on the bid's date, each with its
 * latest workforce return. */
static gboolean
gather_members (RcBidWorkbookData  *data,
                RcStore            *store,
                RcBid              *bid,
                GError            **error)
{
  g_autoptr(GPtrArray) members = rc_bid_consortium_members (store, bid, data->generated_on, error);
  g_autoptr(GPtrArray) returns = g_ptr_array_new_with_free_func (g_object_unref);

  if (members == NULL)
    return FALSE;
  data->members_on = g_strdup (rc_bid_consortium_date (bid, data->generated_on));

  for (guint i = 0; i < members->len; i++)
    {
      RcBidMember *member = g_ptr_array_index (members, i);
      g_autoptr(GListModel) council_returns = NULL;
      RcWorkbookPartner *partner;
      guint n_returns;

      g_ptr_array_add (data->members, rc_export_member_new (member->council, member->role, member->joined_on));
      if (data->lead_council == NULL && g_strcmp0 (member->role, "lead") == 0)
        data->lead_council = g_strdup (member->council);

      council_returns = rc_store_list_council_returns (store, member->council_id, error);
      if (council_returns == NULL)
        return FALSE;

      partner = g_new0 (RcWorkbookPartner, 1);
      partner->council = g_strdup (member->council);
      partner->role = g_strdup (rc_export_role_label (member->role));
      n_returns = g_list_model_get_n_items (council_returns);
      if (n_returns > 0)
        {
          /* Returns come by year: the newest is the last. */
          g_autoptr(RcWorkforceReturn) first = g_list_model_get_item (council_returns, 0);
          g_autoptr(RcWorkforceReturn) latest = NULL;

          latest = g_list_model_get_item (council_returns, n_returns - 1);

          partner->latest = g_object_ref (latest);
          for (guint m = 0; m < RC_N_MEASURES; m++)
            partner->rates[m] = rc_measure_compute_sourced (m, latest, &partner->sources[m]);

          if (data->first_year == 0 || first->year < data->first_year)
            data->first_year = (int) first->year;
          data->last_year = MAX (data->last_year, (int) latest->year);
        }
      g_ptr_array_add (data->partners, partner);
      g_ptr_array_add (returns, g_steal_pointer (&council_returns));
    }

  /* The years are known once every council has been read. */
  for (guint i = 0; i < data->partners->len; i++)
    add_rates_by_year (data, g_ptr_array_index (data->partners, i), g_ptr_array_index (returns, i));

  return TRUE;
}

static RcWorkbookSum *
sum_new (const char *name,
         gint64      pence)
{
  RcWorkbookSum *sum = g_new0 (RcWorkbookSum, 1);

  sum->name = g_strdup (name);
  sum->pence = pence;

  return sum;
}

static gboolean
gather_lines (RcBidWorkbookData  *data,
              RcStore            *store,
              gint64              bid_id,
              GError            **error)
{
  g_autoptr(GListModel) lines = rc_store_list_bid_lines (store, bid_id, error);
  g_autoptr(RcBidTotals) totals = NULL;
  g_autoptr(GArray) seen = g_array_new (FALSE, FALSE, sizeof (gint64));
  gboolean used[RC_N_COST_CATEGORIES] = { FALSE };

  if (lines == NULL)
    return FALSE;
  totals = rc_store_get_bid_totals (store, bid_id, error);
  if (totals == NULL)
    return FALSE;
  data->total_pence = totals->total_pence;

  for (guint i = 0; i < g_list_model_get_n_items (lines); i++)
    {
      g_autoptr(RcBidLine) line = g_list_model_get_item (lines, i);
      RcWorkbookLine *row = g_new0 (RcWorkbookLine, 1);
      RcCostCategory category;
      gboolean known = FALSE;

      row->council = g_strdup (line->council_id != 0 ? line->council_name : _("Whole consortium"));
      if (rc_cost_category_from_key (line->category, &category))
        {
          row->category = g_strdup (rc_cost_category_get_label (category));
          used[category] = TRUE;
        }
      else
        row->category = g_strdup (line->category);
      row->description = g_strdup (line->description);
      row->quantity100 = line->quantity100;
      row->unit_cost_pence = line->unit_cost_pence;
      g_ptr_array_add (data->lines, row);

      /* Totals computed these already; a refusal would have come first. */
      if (!rc_bid_line_total (line->quantity100, line->unit_cost_pence, &row->total_pence, error))
        return FALSE;

      for (guint j = 0; j < seen->len && !known; j++)
        known = g_array_index (seen, gint64, j) == line->council_id;
      if (!known)
        {
          g_array_append_val (seen, line->council_id);
          g_ptr_array_add (data->by_council,
                           sum_new (row->council,
                                    rc_bid_totals_get_council (totals, line->council_id)));
        }
    }

  for (guint c = 0; c < RC_N_COST_CATEGORIES; c++)
    if (used[c])
      g_ptr_array_add (data->by_category,
                       sum_new (rc_cost_category_get_label (c), totals->category_pence[c]));

  return TRUE;
}

/* Cohorts that had started by the bid's deadline (or by today, for a bid
 * without one): the evidence a funder asks for. Their outcomes are those
 * recorded so far. */
static gboolean
gather_cohorts (RcBidWorkbookData  *data,
                RcStore            *store,
                RcBid              *bid,
                GError            **error)
{
  g_autoptr(GListModel) cohorts = NULL;
  const char *before = bid->deadline_on != NULL ? bid->deadline_on : data->generated_on;

  cohorts = rc_store_list_consortium_cohorts (store, bid->consortium_id, error);
  if (cohorts == NULL)
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (cohorts); i++)
    {
      g_autoptr(RcCohort) cohort = g_list_model_get_item (cohorts, i);
      RcExportCohort *row;

      if (cohort->starts_on == NULL || g_strcmp0 (cohort->starts_on, before) >= 0)
        continue;

      row = g_new0 (RcExportCohort, 1);
      g_ptr_array_add (data->cohorts, row);
      if (!rc_export_cohort_read (row, store, cohort, error))
        return FALSE;
    }

  return TRUE;
}

RcBidWorkbookData *
rc_bid_workbook_data_gather (RcStore  *store,
                             gint64    bid_id,
                             GError  **error)
{
  g_autoptr(RcBidWorkbookData) data = NULL;
  g_autoptr(RcBid) bid = NULL;
  g_autoptr(RcConsortium) consortium = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (RC_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  bid = rc_store_get_bid (store, bid_id, &local_error);
  if (bid == NULL)
    {
      if (g_error_matches (local_error, RC_STORE_ERROR, RC_STORE_ERROR_NOT_FOUND))
        g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_NOT_FOUND,
                     _("There is no bid %" G_GINT64_FORMAT " in the database"), bid_id);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  consortium = rc_store_get_consortium (store, bid->consortium_id, error);
  if (consortium == NULL)
    return NULL;

  data = g_new0 (RcBidWorkbookData, 1);
  data->events = g_ptr_array_new_with_free_func (event_free);
  data->members = g_ptr_array_new_with_free_func (rc_export_member_free);
  data->lines = g_ptr_array_new_with_free_func (line_free);
  data->by_council = g_ptr_array_new_with_free_func (sum_free);
  data->by_category = g_ptr_array_new_with_free_func (sum_free);
  data->partners = g_ptr_array_new_with_free_func (partner_free);
  data->cohorts = g_ptr_array_new_with_free_func (rc_export_cohort_free);
  data->generated_on = g_date_time_format (now, "%Y-%m-%d");

  data->title = g_strdup (bid->title);
  data->funder = g_strdup (bid->funder);
  data->scheme = g_strdup (bid->scheme);
  data->consortium = g_strdup (consortium->name);
  data->status = g_strdup (status_label (bid->status));
  data->deadline_on = g_strdup (bid->deadline_on);
  data->submitted_on = g_strdup (bid->submitted_on);
  data->decision_due_on = g_strdup (bid->decision_due_on);
  data->decided_on = g_strdup (bid->decided_on);
  data->notes = g_strdup (bid->notes);
  data->trainees_planned = bid->trainees_planned;
  data->awarded_pence = bid->awarded_pence;

  if (bid->programme_id != 0)
    {
      g_autoptr(RcProgramme) programme = rc_store_get_programme (store, bid->programme_id, error);

      if (programme == NULL)
        return NULL;
      data->programme = g_strdup (programme->name);
    }

  if (!gather_events (data, store, bid_id, error)
      || !gather_lines (data, store, bid_id, error)
      || !gather_members (data, store, bid, error)
      || !gather_cohorts (data, store, bid, error))
    return NULL;
  /* A consortium with no lead on the bid's date: the lead it has now. */
  if (data->lead_council == NULL)
    data->lead_council = g_strdup (consortium->lead_council_name);

  return g_steal_pointer (&data);
}
