/* rc-store-monitoring.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rows are read in two passes, each one statement: the trainees,
 * then their events in order, as rc_store_get_cohort_retention() reads
 * them for one cohort.
 */

#define G_LOG_DOMAIN "rc-store"

#include "config.h"

#include <string.h>

#include "model/rc-money.h"
#include "model/rc-returner.h"
#include "rc-store-private.h"

static double
years_out (const char  *left_practice_on,
           const char  *applied_on,
           const GDate *today)
{
  GDate left, applied;

  if (left_practice_on == NULL || !rc_date_parse (left_practice_on, &left, NULL))
    return -1.0;
  if (applied_on == NULL || !rc_date_parse (applied_on, &applied, NULL))
    applied = *today;

  return rc_returner_years_out (&left, &applied);
}

typedef struct
{
  GArray     *rows;
  GHashTable *by_id;  /* trainee id -> index + 1 */
} Rows;

static void
on_tally (gint64                 trainee_id,
          const RcUpdatingTally *tally,
          gpointer               user_data)
{
  Rows *rows = user_data;
  guint index = GPOINTER_TO_UINT (g_hash_table_lookup (rows->by_id, &trainee_id));

  if (index > 0)
    g_array_index (rows->rows, RcMonitoringRow, index - 1).updating_units = tally->counted;
}

GArray *
rc_store_list_monitoring_rows (RcStore       *self,
                               gint64         cohort_id,
                               const GDate   *today,
                               GCancellable  *cancellable,
                               GError       **error)
{
  g_autoptr(GArray) rows = rc_monitoring_rows_new ();
  g_autoptr(GHashTable) by_id = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GArray) returners = g_array_new (FALSE, FALSE, sizeof (gboolean));
  RcStatement *stmt;
  GDate local_today;
  Rows context;

  g_return_val_if_fail (RC_IS_STORE (self), NULL);
  g_return_val_if_fail (cohort_id > 0, NULL);

  if (today == NULL)
    {
      rc_field_today (&local_today);
      today = &local_today;
    }

  stmt = rc_store_prepare (self,
                           "SELECT t.id, t.reference, t.cohort_id, t.host_council_id, t.stage, t.stage_on, "
                           "  t.withdrawal_reason, t.left_practice_on, t.applied_on, p.kind = 'returner' "
                           "FROM trainee t JOIN cohort h ON h.id = t.cohort_id "
                           "JOIN programme p ON p.id = h.programme_id "
                           "WHERE t.cohort_id = ?1 "
                           "ORDER BY t.reference",
                           error);
  if (stmt == NULL)
    return NULL;
  rc_bind_int (stmt, 1, cohort_id);

  while (rc_store_step_row (self, stmt, &local_error))
    {
      RcMonitoringRow row = { 0 };
      const char *left = rc_statement_column_text (stmt, 7);
      const char *applied = rc_statement_column_text (stmt, 8);
      gboolean returner = rc_statement_column_int (stmt, 9) != 0;

      row.trainee_id = rc_column_int (stmt, 0);
      row.reference = rc_column_text (stmt, 1);
      row.cohort_id = rc_column_int (stmt, 2);
      row.host_council_id = rc_column_int (stmt, 3);
      if (!rc_stage_from_key (rc_statement_column_text (stmt, 4), &row.stage))
        row.stage = RC_STAGE_APPLIED;
      row.stage_on = rc_column_text (stmt, 5);
      row.withdrawal_reason = rc_column_text (stmt, 6);
      row.progress.reached = RC_STAGE_APPLIED;
      row.years_out = returner ? years_out (left, applied, today) : -1.0;
      row.updating_units = returner ? 0 : -1;
      g_array_append_val (rows, row);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  for (guint i = 0; i < rows->len; i++)
    g_hash_table_insert (by_id, &g_array_index (rows, RcMonitoringRow, i).trainee_id, GUINT_TO_POINTER (i + 1));

  /* The events in order: the furthest stage, a withdrawal, a partner
   * employer on the day, and the days of qualifying and registering. */
  stmt = rc_store_prepare (self,
                           "SELECT " RC_STORE_PROGRESS_COLUMNS ", e.occurred_on "
                           RC_STORE_PROGRESS_FROM
                           "WHERE t.cohort_id = ?1 "
                           "ORDER BY t.id, e.occurred_on, e.id",
                           error);
  if (stmt == NULL)
    return NULL;
  rc_bind_int (stmt, 1, cohort_id);

  while (rc_store_step_row (self, stmt, &local_error))
    {
      gint64 id = rc_column_int (stmt, 0);
      guint index = GPOINTER_TO_UINT (g_hash_table_lookup (by_id, &id));
      RcMonitoringRow *row;
      RcStage stage;

      if (index == 0)
        continue;
      row = &g_array_index (rows, RcMonitoringRow, index - 1);
      if (!rc_store_progress_read_event (stmt, 0, &row->progress, &stage))
        continue;

      if (stage == RC_STAGE_QUALIFIED && row->qualified_on == NULL)
        row->qualified_on = rc_column_text (stmt, 4);
      if (stage == RC_STAGE_REGISTERED && row->registered_on == NULL)
        row->registered_on = rc_column_text (stmt, 4);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  /* The returners' updating logs. */
  context.rows = rows;
  context.by_id = by_id;
  if (!rc_store_foreach_updating_tally (self, cohort_id, today, on_tally, &context, error))
    return NULL;

  return g_steal_pointer (&rows);
}
