/* rc-store-outcomes.c: what became of many trainees, in one read
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The cohort list shows each cohort's counts, and the Trends page each
 * cohort's retention: one query a cohort cost the national database's 863
 * cohorts about two seconds; one query for them all reads the same rows
 * in a third of that.
 */

#define G_LOG_DOMAIN "rc-store"

#include "config.h"

#include <stdio.h>

#include "rc-store-private.h"

/* The GDate Julian day of an ISO date (the schema's CHECK makes it one),
 * or 0 when there is none. */
static guint32
day_of (const char *text)
{
  unsigned int year, month, day;
  GDate date;

  if (text == NULL || sscanf (text, "%4u-%2u-%2u", &year, &month, &day) != 3
      || !g_date_valid_dmy (day, month, year))
    return 0;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);

  return g_date_get_julian (&date);
}

gboolean
rc_store_progress_read_event (RcStatement        *stmt,
                              int                 first,
                              RcTraineeProgress  *progress,
                              RcStage            *stage)
{
  const char *key = rc_statement_column_text (stmt, first + 1);

  if (key == NULL || !rc_stage_from_key (key, stage))
    return FALSE;

  if (*stage == RC_STAGE_WITHDRAWN)
    progress->withdrawn = TRUE;
  else if (*stage > progress->reached)
    progress->reached = *stage;

  if (*stage == RC_STAGE_EMPLOYED)
    progress->employer_is_partner = rc_column_int (stmt, first + 2) != 0;
  /* GDate's day 1 is 1 January of year 1; the date is read here rather
   * than with SQLite's julianday(), which PostgreSQL does not have. */
  if (*stage == RC_STAGE_QUALIFIED)
    progress->qualified_day = day_of (rc_statement_column_text (stmt, first + 3));

  return TRUE;
}

void
rc_store_progress_add_row (RcStatement   *stmt,
                           int            first,
                           GArray        *items,
                           gint64        *trainee_id)
{
  RcStage stage;

  if (items->len == 0 || rc_column_int (stmt, first) != *trainee_id)
    {
      RcTraineeProgress fresh = { RC_STAGE_APPLIED, FALSE, FALSE, 0 };

      g_array_append_val (items, fresh);
      *trainee_id = rc_column_int (stmt, first);
    }

  rc_store_progress_read_event (stmt, first, &g_array_index (items, RcTraineeProgress, items->len - 1),
                                &stage);
}

static void
add_outcome (GHashTable *outcomes,
             gint64      id,
             GArray     *items)
{
  RcCohortOutcome *outcome = g_new0 (RcCohortOutcome, 1);
  const RcTraineeProgress *progress = (const RcTraineeProgress *) (gpointer) items->data;

  outcome->id = id;
  rc_retention_compute (progress, items->len, &outcome->retention);
  rc_stage_counts (progress, items->len, outcome->counts);
  g_hash_table_replace (outcomes, &outcome->id, outcome);
  g_array_set_size (items, 0);
}

/* Steps @stmt, whose first column is the group's id followed by
 * RC_STORE_PROGRESS_COLUMNS, ordered by group, trainee and event. */
static GHashTable *
collect_outcomes (RcStore       *self,
                  RcStatement   *stmt,
                  GError       **error)
{
  g_autoptr(GHashTable) outcomes = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, g_free);
  g_autoptr(GArray) items = g_array_new (FALSE, TRUE, sizeof (RcTraineeProgress));
  g_autoptr(GError) local_error = NULL;
  gint64 group = 0;
  gint64 trainee_id = 0;

  if (stmt == NULL)
    return NULL;

  while (rc_store_step_row (self, stmt, &local_error))
    {
      gint64 id = rc_column_int (stmt, 0);

      if (id != group && items->len > 0)
        add_outcome (outcomes, group, items);
      group = id;
      rc_store_progress_add_row (stmt, 1, items, &trainee_id);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  if (items->len > 0)
    add_outcome (outcomes, group, items);

  return g_steal_pointer (&outcomes);
}

GHashTable *
rc_store_list_cohort_outcomes (RcStore  *self,
                               GError  **error)
{
  g_return_val_if_fail (RC_IS_STORE (self), NULL);

  return collect_outcomes (self,
                           rc_store_prepare (self,
                                             "SELECT t.cohort_id, " RC_STORE_PROGRESS_COLUMNS " "
                                             RC_STORE_PROGRESS_FROM
                                             "ORDER BY t.cohort_id, t.id, e.occurred_on, e.id",
                                             error),
                           error);
}

GHashTable *
rc_store_list_cohort_council_outcomes (RcStore  *self,
                                       gint64    cohort_id,
                                       GError  **error)
{
  RcStatement *stmt;

  g_return_val_if_fail (RC_IS_STORE (self), NULL);

  stmt = rc_store_prepare (self,
                           "SELECT t.host_council_id, " RC_STORE_PROGRESS_COLUMNS " "
                           RC_STORE_PROGRESS_FROM
                           "WHERE t.cohort_id = ?1 AND t.host_council_id IS NOT NULL "
                           "ORDER BY t.host_council_id, t.id, e.occurred_on, e.id",
                           error);
  if (stmt != NULL)
    rc_bind_int (stmt, 1, cohort_id);

  return collect_outcomes (self, stmt, error);
}
