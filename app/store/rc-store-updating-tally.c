/* rc-store-updating-tally.c: counting a returner's updating log, for one
 * trainee, a list of them, or every trainee of a cohort
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-store"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "model/rc-money.h"
#include "rc-store-updating-private.h"

/* Counting ---------------------------------------------------------------- */

/* What the tally of one trainee needs besides the log. */
#define TALLY_DATES \
  "(SELECT r.applied_on FROM restoration_application r WHERE r.trainee_id = t.id), " \
  "(SELECT min(e.occurred_on) FROM trainee_event e WHERE e.trainee_id = t.id AND e.stage = 'qualified') "

static void
tally_trainee (RcStore         *self,
               RcTrainee       *trainee,
               GListModel      *activities,
               const char      *restoration_on,
               const char      *qualified_on,
               const GDate     *today,
               RcUpdatingTally *out)
{
  RcUpdatingWindowEnd kind;
  GDate end;

  kind = rc_updating_window_end (restoration_on, qualified_on, today, &end);
  rc_updating_tally (activities, rc_updating_years_out (trainee, today), kind, &end,
                     rc_store_get_updating_hours_per_day (self), out);
}

static gboolean get_tally (RcStore          *self,
                           RcTrainee        *trainee,
                           const GDate      *today,
                           const char       *qualified_on,
                           RcUpdatingTally  *out,
                           GListModel      **activities,
                           GError          **error);

gboolean
rc_store_get_updating_tally (RcStore            *self,
                             RcTrainee          *trainee,
                             const GDate        *today,
                             RcUpdatingTally    *out,
                             GListModel        **activities,
                             GError            **error)
{
  return get_tally (self, trainee, today, NULL, out, activities, error);
}

gboolean
rc_store_get_updating_tally_on_qualifying (RcStore          *self,
                                           RcTrainee        *trainee,
                                           const char       *qualified_on,
                                           RcUpdatingTally  *out,
                                           GError          **error)
{
  g_return_val_if_fail (qualified_on != NULL, FALSE);

  return get_tally (self, trainee, NULL, qualified_on, out, NULL, error);
}

static gboolean
get_tally (RcStore          *self,
           RcTrainee        *trainee,
           const GDate      *today,
           const char       *qualifying_on,
           RcUpdatingTally  *out,
           GListModel      **activities,
           GError          **error)
{
  g_autoptr(GListModel) log = NULL;
  g_autofree char *restoration_on = NULL;
  g_autofree char *qualified_on = NULL;
  g_autoptr(GError) local_error = NULL;
  RcStatement *stmt;
  GDate local_today;

  g_return_val_if_fail (RC_IS_STORE (self), FALSE);
  g_return_val_if_fail (RC_IS_TRAINEE (trainee), FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  if (today == NULL)
    {
      rc_field_today (&local_today);
      today = &local_today;
    }

  log = rc_store_list_updating_activities (self, trainee->id, error);
  if (log == NULL)
    return FALSE;

  stmt = rc_store_prepare (self, "SELECT " TALLY_DATES "FROM trainee t WHERE t.id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  rc_bind_int (stmt, 1, trainee->id);
  if (rc_store_step_row (self, stmt, &local_error))
    {
      restoration_on = rc_column_text (stmt, 0);
      qualified_on = rc_column_text (stmt, 1);
      rc_statement_reset (stmt);
    }
  else if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  tally_trainee (self, trainee, log, restoration_on, qualifying_on != NULL ? qualifying_on : qualified_on,
                 today, out);
  if (activities != NULL)
    *activities = g_steal_pointer (&log);

  return TRUE;
}

/* The rows tally_rows() reads: trainee id, the window's two dates, an
 * activity's columns, then the trainee's dates for rc_updating_years_out(). */
#define TALLY_SELECT \
  "SELECT t.id, " TALLY_DATES ", a.kind, a.started_on, a.ended_on, a.hours100, " \
  "  a.days100, t.left_practice_on, t.applied_on " \
  "FROM updating_activity a JOIN trainee t ON t.id = a.trainee_id "

static void
append_activity (GListStore   *log,
                 RcStatement  *stmt)
{
  g_autoptr(RcUpdatingActivity) activity = rc_updating_activity_new ();

  if (!rc_updating_kind_from_key (rc_statement_column_text (stmt, 3), &activity->kind))
    activity->kind = RC_UPDATING_COURSE;
  activity->started_on = rc_column_text (stmt, 4);
  activity->ended_on = rc_column_text (stmt, 5);
  activity->hours100 = rc_column_int (stmt, 6);
  activity->days100 = rc_column_int (stmt, 7);
  g_list_store_append (log, activity);
}

/* Reads the rows of TALLY_SELECT in order of trainee and calls @func with
 * the tally of each trainee. With @by_id, the trainees are those it holds
 * (the rows of others are passed over); without, each is made of what the
 * tally needs of it: its dates. */
static gboolean
tally_rows (RcStore              *self,
            RcStatement          *stmt,
            GHashTable           *by_id,
            const GDate          *today,
            RcUpdatingTallyFunc   func,
            gpointer              user_data,
            GError              **error)
{
  g_autoptr(GListStore) log = NULL;
  g_autoptr(RcTrainee) current = NULL;
  g_autofree char *restoration_on = NULL;
  g_autofree char *qualified_on = NULL;
  g_autoptr(GError) local_error = NULL;
  gboolean more;

  do
    {
      gint64 id;

      more = rc_store_step_row (self, stmt, &local_error);
      id = more ? rc_column_int (stmt, 0) : 0;
      if (current != NULL && (!more || id != current->id))
        {
          RcUpdatingTally tally;

          tally_trainee (self, current, G_LIST_MODEL (log), restoration_on, qualified_on, today, &tally);
          func (current->id, &tally, user_data);
          g_clear_object (&current);
        }
      if (!more)
        break;

      if (current == NULL)
        {
          if (by_id != NULL)
            {
              RcTrainee *trainee = g_hash_table_lookup (by_id, &id);

              current = trainee != NULL ? g_object_ref (trainee) : NULL;
            }
          else
            {
              current = rc_trainee_new ();
              current->id = id;
              current->left_practice_on = rc_column_text (stmt, 8);
              current->applied_on = rc_column_text (stmt, 9);
            }
          g_clear_object (&log);
          log = g_list_store_new (RC_TYPE_UPDATING_ACTIVITY);
          g_free (restoration_on);
          restoration_on = rc_column_text (stmt, 1);
          g_free (qualified_on);
          qualified_on = rc_column_text (stmt, 2);
          if (current == NULL)
            continue;
        }

      append_activity (log, stmt);
    }
  while (TRUE);

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return TRUE;
}

static void
set_days_done (gint64                 trainee_id,
               const RcUpdatingTally *tally,
               gpointer               user_data)
{
  RcTrainee *trainee = g_hash_table_lookup (user_data, &trainee_id);

  trainee->updating_days_done = rc_updating_tally_whole_days (tally, tally->counted);
}

gboolean
rc_store_fill_updating_days (RcStore     *self,
                             GListModel  *trainees,
                             RcTrainee   *trainee,
                             GError     **error)
{
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  RcStatement *stmt;
  guint n = trainees != NULL ? g_list_model_get_n_items (trainees) : 0;
  gint64 cohort_id = 0;
  GDate today;

  rc_field_today (&today);

  if (trainee != NULL)
    {
      trainee->updating_days_done = 0;
      g_hash_table_insert (by_id, &trainee->id, trainee);
      stmt = rc_store_prepare (self, TALLY_SELECT "WHERE t.id = ?1", error);
      if (stmt == NULL)
        return FALSE;
      rc_bind_int (stmt, 1, trainee->id);

      return tally_rows (self, stmt, by_id, &today, set_days_done, by_id, error);
    }

  /* The list holds its items: borrowed pointers stay valid meanwhile. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RcTrainee) item = g_list_model_get_item (trainees, i);

      item->updating_days_done = 0;
      g_hash_table_insert (by_id, &item->id, item);
      cohort_id = item->cohort_id;
    }
  if (n == 0)
    return TRUE;

  /* The lists of trainees are a cohort's. */
  stmt = rc_store_prepare (self, TALLY_SELECT "WHERE t.cohort_id = ?1 ORDER BY t.id", error);
  if (stmt == NULL)
    return FALSE;
  rc_bind_int (stmt, 1, cohort_id);

  return tally_rows (self, stmt, by_id, &today, set_days_done, by_id, error);
}

gboolean
rc_store_foreach_updating_tally (RcStore              *self,
                                 gint64                cohort_id,
                                 const GDate          *today,
                                 RcUpdatingTallyFunc   func,
                                 gpointer              user_data,
                                 GError              **error)
{
  RcStatement *stmt;

  g_return_val_if_fail (RC_IS_STORE (self), FALSE);
  g_return_val_if_fail (today != NULL && g_date_valid (today), FALSE);
  g_return_val_if_fail (func != NULL, FALSE);

  /* Two statements: "?1 IS NULL OR t.cohort_id = ?1" would read every
   * trainee for each cohort. */
  if (cohort_id != 0)
    stmt = rc_store_prepare (self, TALLY_SELECT "WHERE t.cohort_id = ?1 ORDER BY t.id", error);
  else
    stmt = rc_store_prepare (self, TALLY_SELECT "ORDER BY t.id", error);
  if (stmt == NULL)
    return FALSE;
  if (cohort_id != 0)
    rc_bind_int (stmt, 1, cohort_id);

  return tally_rows (self, stmt, NULL, today, func, user_data, error);
}
