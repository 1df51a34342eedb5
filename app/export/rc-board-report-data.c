/* rc-board-report-data.c: reading what the board report shows from the
 * store
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Everything is copied out as text, numbers and chart data, so that the
 * pages can be drawn in another thread. Trainees are read only through
 * the store's counts (rc_store_get_cohort_retention(), the funnel): no
 * personal field is ever read here.
 */

#define G_LOG_DOMAIN "rc-export"

#include "config.h"

#include <glib/gi18n.h>

#include "model/rc-deadline.h"
#include "model/rc-money.h"
#include "rc-board-report-private.h"
#include "rc-cohort-funnel-chart.h"
#include "rc-trend-chart.h"

const RcMeasure rc_report_measures[RC_REPORT_N_MEASURES] = {
  RC_MEASURE_VACANCY, RC_MEASURE_AGENCY, RC_MEASURE_TURNOVER,
};

static void
rates_free (gpointer p)
{
  RcReportRates *r = p;

  g_free (r->name);
  g_free (r);
}

static void
cohort_free (gpointer p)
{
  RcReportCohort *c = p;

  rc_export_cohort_clear (&c->facts);
  g_free (c->funnel_sources);
  g_clear_pointer (&c->pipeline_chart, rc_bar_chart_free);
  g_clear_pointer (&c->funnel_chart, rc_funnel_chart_free);
  g_free (c);
}

static void
bid_free (gpointer p)
{
  RcReportBid *b = p;

  g_free (b->title);
  g_free (b->funder);
  g_free (b->deadline_on);
  g_free (b->decision_due_on);
  g_free (b->decided_on);
  g_free (b);
}

static void
date_free (gpointer p)
{
  RcReportDate *d = p;

  g_free (d->on);
  g_free (d->what);
  g_free (d->bid);
  g_free (d);
}

void
rc_board_report_data_free (RcBoardReportData *data)
{
  if (data == NULL)
    return;

  g_free (data->consortium);
  g_free (data->made_on);
  g_free (data->made_on_text);
  g_clear_pointer (&data->members, g_ptr_array_unref);
  g_clear_pointer (&data->rates, g_ptr_array_unref);
  for (guint i = 0; i < RC_REPORT_N_MEASURES; i++)
    {
      g_clear_pointer (&data->trends[i], rc_line_chart_free);
      g_free (data->trend_text[i]);
    }
  g_clear_pointer (&data->cohorts, g_ptr_array_unref);
  g_clear_pointer (&data->bids, g_ptr_array_unref);
  g_clear_pointer (&data->ahead, g_ptr_array_unref);
  g_free (data);
}

guint
rc_board_report_data_get_n_cohorts (RcBoardReportData *data)
{
  g_return_val_if_fail (data != NULL, 0);

  return data->cohorts->len;
}

static int
role_rank (const char *role)
{
  return g_strcmp0 (role, "lead") == 0 ? 0 : g_strcmp0 (role, "partner") == 0 ? 1 : 2;
}

static int
compare_members (gconstpointer a,
                 gconstpointer b)
{
  RcConsortiumMember *x = *(RcConsortiumMember * const *) a;
  RcConsortiumMember *y = *(RcConsortiumMember * const *) b;
  int rank = role_rank (x->role) - role_rank (y->role);

  return rank != 0 ? rank : g_utf8_collate (x->council_name, y->council_name);
}

/* The council's return of each year, its own winning over a
 * predecessor's of the same year. */
static GHashTable *
returns_by_year (GListModel *returns,
                 gint64      council_id)
{
  GHashTable *by_year = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (returns); i++)
    {
      RcWorkforceReturn *ret = g_list_model_get_item (returns, i);
      RcWorkforceReturn *other = g_hash_table_lookup (by_year, &ret->year);

      if (other != NULL && other->council_id == council_id && council_id != 0)
        g_object_unref (ret);
      else
        g_hash_table_replace (by_year, &ret->year, ret);
    }

  return by_year;
}

static RcReportRates *
rates_new (const char *name,
           gboolean    benchmark,
           GHashTable *by_year)
{
  RcReportRates *row = g_new0 (RcReportRates, 1);
  GHashTableIter iter;
  gpointer key;

  row->name = g_strdup (name);
  row->benchmark = benchmark;

  g_hash_table_iter_init (&iter, by_year);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    row->year = MAX (row->year, *(gint64 *) key);

  if (row->year > 0)
    {
      gint64 before_year = row->year - RC_REPORT_CHANGE_YEARS;
      RcWorkforceReturn *latest = g_hash_table_lookup (by_year, &row->year);
      RcWorkforceReturn *before = g_hash_table_lookup (by_year, &before_year);

      for (guint m = 0; m < RC_REPORT_N_MEASURES; m++)
        {
          row->rates[m] = rc_measure_compute (rc_report_measures[m], latest);
          row->before[m] = before != NULL ? rc_measure_compute (rc_report_measures[m], before) : RC_RATE_NONE;
        }
    }

  return row;
}

/* The lead and partners today (the proposed are listed, not counted),
 * their rates, then their regions' and England's. */
static gboolean
gather_members (RcBoardReportData  *data,
                RcStore            *store,
                gint64              consortium_id,
                GArray             *council_ids,
                GError            **error)
{
  g_autoptr(GListModel) members = rc_store_list_members (store, consortium_id, error);
  g_autoptr(GPtrArray) active = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) regions = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GListModel) national = NULL;
  g_autoptr(GHashTable) national_by_year = NULL;

  if (members == NULL)
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(RcConsortiumMember) member = g_list_model_get_item (members, i);
      gboolean seen = FALSE;

      if (!rc_consortium_member_is_active_on (member, data->made_on))
        continue;
      /* A council may be a member for several programmes: once here. */
      for (guint j = 0; j < active->len && !seen; j++)
        seen = RC_CONSORTIUM_MEMBER (g_ptr_array_index (active, j))->council_id == member->council_id;
      if (!seen)
        g_ptr_array_add (active, g_steal_pointer (&member));
    }
  g_ptr_array_sort (active, compare_members);

  for (guint i = 0; i < active->len; i++)
    {
      RcConsortiumMember *member = g_ptr_array_index (active, i);
      g_autoptr(RcCouncil) council = rc_store_get_council (store, member->council_id, error);
      g_autoptr(GListModel) returns = NULL;
      g_autoptr(GHashTable) by_year = NULL;
      g_autofree char *name = NULL;
      gboolean known = FALSE;

      if (council == NULL)
        return FALSE;

      name = rc_council_dup_formal_name (council);
      g_ptr_array_add (data->members, rc_export_member_new (name, member->role, member->joined_on));

      if (g_strcmp0 (member->role, "proposed") == 0)
        continue;

      if (council_ids->len < RC_TREND_CHART_MAX_COUNCILS)
        g_array_append_val (council_ids, council->id);
      if ((returns = rc_store_list_council_returns (store, council->id, error)) == NULL)
        return FALSE;
      by_year = returns_by_year (returns, council->id);
      g_ptr_array_add (data->rates, rates_new (council->name, FALSE, by_year));

      for (guint j = 0; j < regions->len && !known; j++)
        known = g_array_index (regions, gint64, j) == council->region_id;
      if (!known && council->region_id != 0)
        g_array_append_val (regions, council->region_id);
    }

  for (guint i = 0; i < regions->len; i++)
    {
      gint64 region_id = g_array_index (regions, gint64, i);
      g_autoptr(GListModel) returns = rc_store_list_benchmark_returns (store, RC_WORKFORCE_SCOPE_REGION,
                                                                        region_id, error);
      g_autoptr(GHashTable) by_year = NULL;
      g_autoptr(RcWorkforceReturn) first = NULL;

      if (returns == NULL)
        return FALSE;
      if (g_list_model_get_n_items (returns) == 0)
        continue;
      first = g_list_model_get_item (returns, 0);
      by_year = returns_by_year (returns, 0);
      g_ptr_array_add (data->rates, rates_new (first->area_name, TRUE, by_year));
    }

  if ((national = rc_store_list_benchmark_returns (store, RC_WORKFORCE_SCOPE_NATIONAL, 0, error)) == NULL)
    return FALSE;
  if (g_list_model_get_n_items (national) > 0)
    {
      national_by_year = returns_by_year (national, 0);
      g_ptr_array_add (data->rates, rates_new (_("England"), TRUE, national_by_year));
    }

  return TRUE;
}

static gboolean
gather_trends (RcBoardReportData  *data,
               RcStore            *store,
               GArray             *council_ids,
               GError            **error)
{
  if (council_ids->len == 0)
    return TRUE;

  for (guint m = 0; m < RC_REPORT_N_MEASURES; m++)
    {
      RcLineChart *chart = rc_trend_chart_build (store, rc_report_measures[m], council_ids, TRUE, TRUE, error);

      if (chart == NULL)
        return FALSE;
      if (rc_line_chart_get_n_periods (chart) == 0)
        {
          rc_line_chart_free (chart);
          continue;
        }
      data->trends[m] = chart;
      data->trend_text[m] = rc_trend_chart_describe (chart, rc_report_measures[m]);
    }

  return TRUE;
}

/* Trainees at each stage today, withdrawn last: a bar each. */
static RcBarChart *
pipeline_chart (const guint counts[RC_N_STAGES])
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  g_autoptr(GArray) values = g_array_new (FALSE, FALSE, sizeof (double));
  RcBarChart *chart = rc_bar_chart_new (RC_BAR_CHART_GROUPED);

  for (guint s = 0; s < RC_N_STAGES; s++)
    {
      double value = counts[s];

      g_ptr_array_add (labels, (gpointer) rc_stage_get_label (s));
      g_array_append_val (values, value);
    }
  rc_bar_chart_set_title (chart, _("Trainees at each stage today"));
  rc_bar_chart_set_format (chart, RC_CHART_FORMAT_NUMBER);
  rc_bar_chart_set_categories (chart, (const char * const *) labels->pdata, labels->len);
  rc_bar_chart_add_series (chart, _("Trainees"), (double *) values->data, NULL, values->len);

  return chart;
}

static gboolean
gather_cohorts (RcBoardReportData  *data,
                RcStore            *store,
                gint64              consortium_id,
                GError            **error)
{
  g_autoptr(GListModel) cohorts = rc_store_list_consortium_cohorts (store, consortium_id, error);

  if (cohorts == NULL)
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (cohorts); i++)
    {
      g_autoptr(RcCohort) cohort = g_list_model_get_item (cohorts, i);
      g_autoptr(RcFunnelFigures) typed = NULL;
      RcReportCohort *row = g_new0 (RcReportCohort, 1);

      g_ptr_array_add (data->cohorts, row);

      /* The funnel from the same counts, as rc_store_get_cohort_funnel()
       * makes it, without counting the trainees twice. */
      if (!rc_export_cohort_read (&row->facts, store, cohort, error)
          || (typed = rc_store_get_funnel_figures (store, cohort->id, error)) == NULL)
        return FALSE;
      rc_funnel_compute (&row->facts.retention, typed, &row->funnel);
      data->n_trainees += row->facts.retention.trainees;
      row->funnel_sources = rc_funnel_describe_sources (&row->funnel, typed);
      if (row->facts.retention.trainees > 0)
        row->pipeline_chart = pipeline_chart (row->facts.counts);
      if (rc_funnel_has_figures (&row->funnel))
        row->funnel_chart = rc_cohort_funnel_chart_new (&row->funnel, _("Recruitment funnel"));
    }

  return TRUE;
}

static int
compare_bids (gconstpointer a,
              gconstpointer b)
{
  const RcReportBid *x = *(const RcReportBid * const *) a;
  const RcReportBid *y = *(const RcReportBid * const *) b;

  if (x->status != y->status)
    return (int) x->status - (int) y->status;

  /* The latest first within a status; a bid without a deadline last. */
  return -g_strcmp0 (x->deadline_on, y->deadline_on);
}

static int
compare_dates (gconstpointer a,
               gconstpointer b)
{
  const RcReportDate *x = *(const RcReportDate * const *) a;
  const RcReportDate *y = *(const RcReportDate * const *) b;

  return g_strcmp0 (x->on, y->on);
}

static void
add_date_ahead (RcBoardReportData *data,
                const GDate       *today,
                const char        *on,
                const char        *what,
                const char        *bid)
{
  int days = rc_bid_days_left (on, today);
  RcReportDate *date;

  if (days == RC_NO_DEADLINE || days < 0)
    return;

  date = g_new0 (RcReportDate, 1);
  date->on = g_strdup (on);
  date->what = g_strdup (what);
  date->bid = g_strdup (bid);
  date->days = days;
  g_ptr_array_add (data->ahead, date);
}

static gboolean
gather_bids (RcBoardReportData  *data,
             RcStore            *store,
             gint64              consortium_id,
             const GDate        *today,
             GError            **error)
{
  g_autoptr(GListModel) bids = rc_store_list_bids (store, error);

  if (bids == NULL)
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (bids); i++)
    {
      g_autoptr(RcBid) bid = g_list_model_get_item (bids, i);
      RcReportBid *row;

      if (bid->consortium_id != consortium_id)
        continue;

      row = g_new0 (RcReportBid, 1);
      row->title = g_strdup (bid->title);
      row->funder = g_strdup (bid->funder);
      if (!rc_bid_status_from_key (bid->status, &row->status))
        row->status = RC_BID_STATUS_DRAFT;
      row->deadline_on = g_strdup (bid->deadline_on);
      row->decision_due_on = g_strdup (bid->decision_due_on);
      row->decided_on = g_strdup (bid->decided_on);
      row->requested_pence = bid->requested_pence;
      row->awarded_pence = bid->awarded_pence;
      g_ptr_array_add (data->bids, row);

      /* What the board has still to see happen. */
      if (row->status == RC_BID_STATUS_DRAFT)
        add_date_ahead (data, today, bid->deadline_on, _("Deadline"), bid->title);
      if (!rc_bid_status_is_final (row->status))
        add_date_ahead (data, today, bid->decision_due_on, _("Decision due"), bid->title);
    }
  g_ptr_array_sort (data->bids, compare_bids);
  g_ptr_array_sort (data->ahead, compare_dates);

  return TRUE;
}

RcBoardReportData *
rc_board_report_data_gather (RcStore      *store,
                             gint64        consortium_id,
                             const GDate  *today,
                             GError      **error)
{
  g_autoptr(RcBoardReportData) data = NULL;
  g_autoptr(RcConsortium) consortium = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GArray) council_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  char text[64];
  GDate local_today;

  g_return_val_if_fail (RC_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  consortium = rc_store_get_consortium (store, consortium_id, &local_error);
  if (consortium == NULL)
    {
      if (g_error_matches (local_error, RC_STORE_ERROR, RC_STORE_ERROR_NOT_FOUND))
        g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_NOT_FOUND,
                     _("There is no consortium %" G_GINT64_FORMAT " in the database"), consortium_id);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  if (today == NULL)
    {
      rc_deadline_get_today (&local_today);
      today = &local_today;
    }

  data = g_new0 (RcBoardReportData, 1);
  data->consortium = g_strdup (consortium->name);
  data->made_on = rc_date_format_iso (today);
  /* Translators: a date as a board paper gives it, see strftime(3): "7 December 2026" */
  g_date_strftime (text, sizeof text, _("%-d %B %Y"), today);
  data->made_on_text = g_strdup (text);
  data->members = g_ptr_array_new_with_free_func (rc_export_member_free);
  data->rates = g_ptr_array_new_with_free_func (rates_free);
  data->cohorts = g_ptr_array_new_with_free_func (cohort_free);
  data->bids = g_ptr_array_new_with_free_func (bid_free);
  data->ahead = g_ptr_array_new_with_free_func (date_free);

  if (!gather_members (data, store, consortium_id, council_ids, error)
      || !gather_trends (data, store, council_ids, error)
      || !gather_cohorts (data, store, consortium_id, error)
      || !gather_bids (data, store, consortium_id, today, error))
    return NULL;

  return g_steal_pointer (&data);
}

RcBoardReportData *
rc_board_report_gather (RcStore  *store,
                        gint64    consortium_id,
                        GError  **error)
{
  return rc_board_report_data_gather (store, consortium_id, NULL, error);
}
