/* rc-store-updating.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A returner's updating log is personal data: audit lines name the
 * trainee by reference and say nothing of what is in the log.
 */

#define G_LOG_DOMAIN "rc-store"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "model/rc-money.h"
#include "rc-store-updating-private.h"

#define HOURS_KEY "rc-updating-hours-per-day"

static GQuark
hours_quark (void)
{
  return g_quark_from_static_string (HOURS_KEY);
}

void
rc_store_set_updating_hours_per_day (RcStore *self,
                                     guint    hours)
{
  g_return_if_fail (RC_IS_STORE (self));

  hours = CLAMP (hours, RC_UPDATING_MIN_HOURS_PER_DAY, RC_UPDATING_MAX_HOURS_PER_DAY);
  if (hours == rc_store_get_updating_hours_per_day (self))
    return;

  g_object_set_qdata (G_OBJECT (self), hours_quark (), GUINT_TO_POINTER (hours));
  /* Every count of days read before is out of date. */
  g_signal_emit_by_name (self, "changed::trainee", RC_ENTITY_TRAINEE);
  g_signal_emit_by_name (self, "changed::updating_activity", RC_ENTITY_UPDATING_ACTIVITY);
}

guint
rc_store_get_updating_hours_per_day (RcStore *self)
{
  guint hours;

  g_return_val_if_fail (RC_IS_STORE (self), RC_UPDATING_DEFAULT_HOURS_PER_DAY);

  hours = GPOINTER_TO_UINT (g_object_get_qdata (G_OBJECT (self), hours_quark ()));

  return hours != 0 ? hours : RC_UPDATING_DEFAULT_HOURS_PER_DAY;
}

/* The log ----------------------------------------------------------------- */

#define ACTIVITY_SELECT \
  "SELECT id, trainee_id, kind, started_on, ended_on, hours100, days100, note, supervisor_name, " \
  "       supervisor_regulator, supervisor_registration FROM updating_activity "

static gpointer
read_activity (RcStatement  *stmt)
{
  RcUpdatingActivity *activity = rc_updating_activity_new ();

  activity->id = rc_column_int (stmt, 0);
  activity->trainee_id = rc_column_int (stmt, 1);
  if (!rc_updating_kind_from_key (rc_statement_column_text (stmt, 2), &activity->kind))
    activity->kind = RC_UPDATING_COURSE;
  activity->started_on = rc_column_text (stmt, 3);
  activity->ended_on = rc_column_text (stmt, 4);
  activity->hours100 = rc_column_int (stmt, 5);
  activity->days100 = rc_column_int (stmt, 6);
  activity->note = rc_column_text (stmt, 7);
  activity->supervisor_name = rc_column_text (stmt, 8);
  activity->supervisor_regulator = rc_column_text (stmt, 9);
  activity->supervisor_registration = rc_column_text (stmt, 10);

  return activity;
}

GListModel *
rc_store_list_updating_activities (RcStore  *self,
                                   gint64    trainee_id,
                                   GError  **error)
{
  g_return_val_if_fail (RC_IS_STORE (self), NULL);

  return rc_store_collect_for_id (self, ACTIVITY_SELECT "WHERE trainee_id = ?1 ORDER BY started_on, id",
                                  trainee_id, RC_TYPE_UPDATING_ACTIVITY, read_activity, error);
}

/* The trainee an entry is for, refused when erased: its log went with it. */
static RcTrainee *
get_loggable_trainee (RcStore  *self,
                      gint64    trainee_id,
                      GError  **error)
{
  g_autoptr(RcTrainee) trainee = rc_store_get_trainee (self, trainee_id, error);

  if (trainee == NULL)
    return NULL;
  if (trainee->erased_at != NULL)
    {
      g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_INVALID,
                   _("The personal details of trainee %s were erased, and its updating log with them"),
                   trainee->reference);
      return NULL;
    }

  return g_steal_pointer (&trainee);
}

static gboolean
audit_log_change (RcStore     *self,
                  RcTrainee   *trainee,
                  const char  *what,
                  GError     **error)
{
  g_autofree char *summary = g_strdup_printf ("%s trainee %s", what, trainee->reference);

  rc_store_touch (self, "updating_activity");

  return rc_store_audit (self, "trainee", trainee->id, "update", summary, error);
}

gboolean
rc_store_save_updating_activity (RcStore             *self,
                                 RcUpdatingActivity  *activity,
                                 GError             **error)
{
  g_autoptr(RcTrainee) trainee = NULL;
  gboolean inserting, supervised;
  RcStatement *stmt;
  GDate today;

  g_return_val_if_fail (RC_IS_STORE (self), FALSE);
  g_return_val_if_fail (RC_IS_UPDATING_ACTIVITY (activity), FALSE);

  rc_field_today (&today);
  if (!rc_store_refuse_errors (rc_rules_check_updating_activity (activity, &today), error))
    return FALSE;

  inserting = activity->id == 0;
  supervised = activity->kind == RC_UPDATING_SUPERVISED_PRACTICE;

  if (!rc_store_begin (self, error))
    return FALSE;

  if ((trainee = get_loggable_trainee (self, activity->trainee_id, error)) == NULL)
    goto failed;

  stmt = rc_store_prepare_save (self, activity->id,
                                "INSERT INTO updating_activity (trainee_id, kind, started_on, ended_on, hours100, "
                                "  days100, note, supervisor_name, supervisor_regulator, supervisor_registration) "
                                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                                "UPDATE updating_activity SET trainee_id = ?1, kind = ?2, started_on = ?3, "
                                "  ended_on = ?4, hours100 = ?5, days100 = ?6, note = ?7, supervisor_name = ?8, "
                                "  supervisor_regulator = ?9, supervisor_registration = ?10 "
                                "WHERE id = ?11",
                                error);
  if (stmt == NULL)
    goto failed;

  rc_bind_int (stmt, 1, activity->trainee_id);
  rc_bind_text (stmt, 2, rc_updating_kind_to_key (activity->kind));
  rc_bind_text (stmt, 3, activity->started_on);
  /* One day needs no last day; days recorded as a total have none. */
  rc_bind_text (stmt, 4, activity->kind != RC_UPDATING_RECORDED_DAYS
                         && g_strcmp0 (activity->ended_on, activity->started_on) != 0
                         ? activity->ended_on : NULL);
  rc_bind_int (stmt, 5, activity->kind == RC_UPDATING_RECORDED_DAYS ? 0 : activity->hours100);
  if (activity->kind == RC_UPDATING_RECORDED_DAYS)
    rc_bind_int (stmt, 6, activity->days100);
  else
    rc_statement_bind_null (stmt, 6);
  rc_bind_text (stmt, 7, activity->note);
  rc_bind_text (stmt, 8, supervised ? activity->supervisor_name : NULL);
  rc_bind_text (stmt, 9, supervised ? activity->supervisor_regulator : NULL);
  rc_bind_text (stmt, 10, supervised ? activity->supervisor_registration : NULL);

  if (!rc_store_step_save (self, stmt, &activity->id, error))
    goto failed;

  if (!audit_log_change (self, trainee, inserting ? "Added an entry to the updating log of"
                                                  : "Changed an entry of the updating log of", error)
      || !rc_store_commit (self, error))
    {
      if (inserting)
        activity->id = 0;
      goto failed;
    }

  return TRUE;

failed:
  rc_store_rollback (self);
  return FALSE;
}

gboolean
rc_store_delete_updating_activity (RcStore  *self,
                                   gint64    id,
                                   GError  **error)
{
  g_autoptr(RcTrainee) trainee = NULL;
  g_autoptr(GError) local_error = NULL;
  RcStatement *stmt;
  gint64 trainee_id = 0;

  g_return_val_if_fail (RC_IS_STORE (self), FALSE);

  if (!rc_store_begin (self, error))
    return FALSE;

  stmt = rc_store_prepare (self, "SELECT trainee_id FROM updating_activity WHERE id = ?1", error);
  if (stmt == NULL)
    goto failed;
  rc_bind_int (stmt, 1, id);
  if (rc_store_step_row (self, stmt, &local_error))
    {
      trainee_id = rc_column_int (stmt, 0);
      rc_statement_reset (stmt);
    }
  else
    {
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_NOT_FOUND, _("It was already deleted"));
      goto failed;
    }

  if ((trainee = rc_store_get_trainee (self, trainee_id, error)) == NULL)
    goto failed;

  if (!rc_store_run_for_id (self, "DELETE FROM updating_activity WHERE id = ?1", id, error)
      || !audit_log_change (self, trainee, "Deleted an entry of the updating log of", error)
      || !rc_store_commit (self, error))
    goto failed;

  return TRUE;

failed:
  rc_store_rollback (self);
  return FALSE;
}

/* The restoration application --------------------------------------------- */

char *
rc_store_get_restoration_applied_on (RcStore  *self,
                                     gint64    trainee_id,
                                     GError  **error)
{
  RcStatement *stmt;
  char *applied_on;

  g_return_val_if_fail (RC_IS_STORE (self), NULL);

  stmt = rc_store_prepare (self, "SELECT applied_on FROM restoration_application WHERE trainee_id = ?1", error);
  if (stmt == NULL)
    return NULL;
  rc_bind_int (stmt, 1, trainee_id);
  if (!rc_store_step_row (self, stmt, error))
    return NULL;

  applied_on = rc_column_text (stmt, 0);
  rc_statement_reset (stmt);

  return applied_on;
}

gboolean
rc_store_set_restoration_applied_on (RcStore     *self,
                                     gint64       trainee_id,
                                     const char  *applied_on,
                                     GError     **error)
{
  g_autoptr(RcTrainee) trainee = NULL;
  RcStatement *stmt;
  GDate date, today;

  g_return_val_if_fail (RC_IS_STORE (self), FALSE);

  rc_field_today (&today);
  if (applied_on != NULL
      && (!rc_date_parse (applied_on, &date, NULL) || strlen (applied_on) != 10))
    {
      g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_INVALID,
                   _("The restoration application needs a date like 2026-11-30"));
      return FALSE;
    }
  if (applied_on != NULL && g_date_compare (&date, &today) > 0)
    {
      g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_INVALID,
                   _("The restoration application is recorded once it is made: the date is in the future"));
      return FALSE;
    }

  if (!rc_store_begin (self, error))
    return FALSE;

  if ((trainee = get_loggable_trainee (self, trainee_id, error)) == NULL)
    goto failed;

  if (applied_on != NULL)
    stmt = rc_store_prepare (self,
                             "INSERT INTO restoration_application (trainee_id, applied_on) VALUES (?1, ?2) "
                             "ON CONFLICT (trainee_id) DO UPDATE SET applied_on = excluded.applied_on",
                             error);
  else
    stmt = rc_store_prepare (self, "DELETE FROM restoration_application WHERE trainee_id = ?1", error);
  if (stmt == NULL)
    goto failed;
  rc_bind_int (stmt, 1, trainee_id);
  if (applied_on != NULL)
    rc_bind_text (stmt, 2, applied_on);

  if (!rc_store_step_done (self, stmt, error)
      || !audit_log_change (self, trainee, applied_on != NULL
                                           ? "Recorded the restoration application of"
                                           : "Removed the date of the restoration application of", error)
      || !rc_store_commit (self, error))
    goto failed;

  return TRUE;

failed:
  rc_store_rollback (self);
  return FALSE;
}

gboolean
rc_store_clear_updating_log (RcStore     *self,
                             gint64       trainee_id,
                             GError     **error)
{
  if (!rc_store_run_for_id (self, "DELETE FROM updating_activity WHERE trainee_id = ?1", trainee_id, error))
    return FALSE;

  if (!rc_store_run_for_id (self, "DELETE FROM restoration_application WHERE trainee_id = ?1",
                            trainee_id, error))
    return FALSE;

  rc_store_touch (self, "updating_activity");

  return TRUE;
}

gboolean
rc_store_add_recorded_days (RcStore     *self,
                            gint64       trainee_id,
                            gint64       days,
                            const char  *on,
                            const char  *note,
                            GError     **error)
{
  RcStatement *stmt;

  if (days <= 0)
    return TRUE;

  stmt = rc_store_prepare (self,
                           "INSERT INTO updating_activity (trainee_id, kind, started_on, days100, note) "
                           "VALUES (?1, 'recorded_days', ?2, ?3, ?4)",
                           error);
  if (stmt == NULL)
    return FALSE;
  rc_bind_int (stmt, 1, trainee_id);
  rc_bind_text (stmt, 2, on);
  rc_bind_int (stmt, 3, days * 100);
  rc_bind_text (stmt, 4, note);
  if (!rc_store_step_done (self, stmt, error))
    return FALSE;

  rc_store_touch (self, "updating_activity");

  return TRUE;
}
