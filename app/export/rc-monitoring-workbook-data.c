/* rc-monitoring-workbook-data.c: what the monitoring workbook shows, read
 * from the store: the cohorts, their host councils and their counts
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-export"

#include "config.h"

#include <glib/gi18n.h>

#include "rc-monitoring-workbook-private.h"

/* Gathering ---------------------------------------------------------------- */

static void
cohort_free (gpointer data)
{
  RcMonitoringCohort *c = data;

  g_clear_object (&c->cohort);
  g_clear_object (&c->typed);
  g_clear_pointer (&c->hosts, g_array_unref);
  g_clear_pointer (&c->by_host, g_array_unref);
  g_free (c);
}

void
rc_monitoring_data_free (RcMonitoringData *data)
{
  if (data == NULL)
    return;

  g_free (data->generated_on);
  g_clear_pointer (&data->cohorts, g_ptr_array_unref);
  g_clear_pointer (&data->councils, g_hash_table_unref);
  g_free (data);
}

void
rc_monitoring_block_free (RcMonitoringBlock *block)
{
  if (block == NULL)
    return;

  g_clear_pointer (&block->rows, g_array_unref);
  g_clear_error (&block->error);
  g_free (block);
}

static const char *
council_name (const RcMonitoringData *data,
              gint64                  id)
{
  RcCouncil *council = id != 0 ? g_hash_table_lookup (data->councils, &id) : NULL;

  return council != NULL ? council->name : "";
}

static int
compare_hosts (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  /* No host council last. */
  if (x == 0 || y == 0)
    return (x == 0) - (y == 0);

  return g_utf8_collate (council_name (user_data, x), council_name (user_data, y));
}

/* The counts of cohort @c and of each host council within it, from its
 * @rows by rc-retention.c's one definition, as the cohort's page counts
 * them. */
void
rc_monitoring_count_cohort (const RcMonitoringData *data,
                            RcMonitoringCohort     *c,
                            GArray                 *rows)
{
  g_autoptr(GHashTable) by_host = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                         (GDestroyNotify) g_array_unref);
  g_autoptr(GArray) whole = g_array_new (FALSE, FALSE, sizeof (RcTraineeProgress));
  guint32 today = g_date_get_julian (&data->today);

  for (guint i = 0; i < rows->len; i++)
    {
      const RcMonitoringRow *row = &g_array_index (rows, RcMonitoringRow, i);
      GArray *list = g_hash_table_lookup (by_host, &row->host_council_id);

      if (list == NULL)
        {
          list = g_array_new (FALSE, FALSE, sizeof (RcTraineeProgress));
          g_hash_table_insert (by_host, g_memdup2 (&row->host_council_id, sizeof (gint64)), list);
          g_array_append_val (c->hosts, row->host_council_id);
        }
      g_array_append_val (list, row->progress);
      g_array_append_val (whole, row->progress);
    }

  g_array_sort_with_data (c->hosts, compare_hosts, (gpointer) data);
  for (guint h = 0; h < c->hosts->len; h++)
    {
      GArray *list = g_hash_table_lookup (by_host, &g_array_index (c->hosts, gint64, h));
      RcRetention r;

      rc_retention_compute_on ((const RcTraineeProgress *) (gpointer) list->data, list->len, today, &r);
      g_array_append_val (c->by_host, r);
    }
  rc_retention_compute_on ((const RcTraineeProgress *) (gpointer) whole->data, whole->len, today, &c->whole);
  rc_funnel_compute (&c->whole, c->typed, &c->funnel);
}

RcMonitoringData *
rc_monitoring_data_gather (RcStore       *store,
                           gint64         cohort_id,
                           GError       **error)
{
  g_autoptr(RcMonitoringData) data = g_new0 (RcMonitoringData, 1);
  g_autoptr(GListModel) cohorts = NULL;
  g_autoptr(GListModel) councils = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_return_val_if_fail (RC_IS_STORE (store), NULL);

  data->cohort_id = cohort_id;
  data->generated_on = g_date_time_format (now, "%Y-%m-%d");
  data->hours_per_day = rc_store_get_updating_hours_per_day (store);
  data->cohorts = g_ptr_array_new_with_free_func (cohort_free);
  data->councils = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, g_object_unref);
  g_date_clear (&data->today, 1);
  g_date_set_dmy (&data->today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));

  if (cohort_id != 0)
    {
      g_autoptr(RcCohort) cohort = rc_store_get_cohort (store, cohort_id, error);
      GListStore *one;

      if (cohort == NULL)
        return NULL;
      one = g_list_store_new (RC_TYPE_COHORT);
      g_list_store_append (one, cohort);
      cohorts = G_LIST_MODEL (one);
    }
  else if ((cohorts = rc_store_list_cohorts (store, error)) == NULL)
    return NULL;

  if ((councils = rc_store_list_councils (store, error)) == NULL)
    return NULL;
  for (guint i = 0; i < g_list_model_get_n_items (councils); i++)
    {
      RcCouncil *council = g_list_model_get_item (councils, i);

      g_hash_table_insert (data->councils, &council->id, council);
    }

  for (guint i = 0; i < g_list_model_get_n_items (cohorts); i++)
    {
      RcMonitoringCohort *c = g_new0 (RcMonitoringCohort, 1);

      c->cohort = g_list_model_get_item (cohorts, i);
      c->hosts = g_array_new (FALSE, FALSE, sizeof (gint64));
      c->by_host = g_array_new (FALSE, FALSE, sizeof (RcRetention));
      g_ptr_array_add (data->cohorts, c);
      if ((c->typed = rc_store_get_funnel_figures (store, c->cohort->id, error)) == NULL)
        return NULL;
    }

  return g_steal_pointer (&data);
}
