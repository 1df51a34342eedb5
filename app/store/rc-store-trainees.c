/* rc-store-trainees.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Trainee records are personal data: audit lines name a trainee by its
 * reference only, never by name or contact details.
 */

#define G_LOG_DOMAIN "rc-store"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rc-store-private.h"
#include "rc-store-updating-private.h"
#include "model/rc-money.h"
#include "model/rc-record-rules.h"

/* Trainees -------------------------------------------------------------- */

#define TRAINEE_SELECT \
  "SELECT t.id, t.cohort_id, t.reference, t.given_name, t.family_name, t.email, t.phone, " \
  "       t.host_council_id, c.name, t.stage, t.stage_on, t.registration_number, t.registered_with, " \
  "       t.left_practice_on, t.applied_on, 0, t.withdrawal_reason, " \
  "       t.withdrawal_note, t.employer_council_id, t.erased_at " \
  "FROM trainee t LEFT JOIN council c ON c.id = t.host_council_id "

static gpointer
read_trainee (RcStatement  *stmt)
{
  RcTrainee *trainee = rc_trainee_new ();

  trainee->id = rc_column_int (stmt, 0);
  trainee->cohort_id = rc_column_int (stmt, 1);
  trainee->reference = rc_column_text (stmt, 2);
  trainee->given_name = rc_column_text (stmt, 3);
  trainee->family_name = rc_column_text (stmt, 4);
  trainee->email = rc_column_text (stmt, 5);
  trainee->phone = rc_column_text (stmt, 6);
  trainee->host_council_id = rc_column_int (stmt, 7);
  trainee->host_council_name = rc_column_text (stmt, 8);
  if (!rc_stage_from_key (rc_statement_column_text (stmt, 9), &trainee->stage))
    trainee->stage = RC_STAGE_APPLIED;
  trainee->stage_on = rc_column_text (stmt, 10);
  trainee->registration_number = rc_column_text (stmt, 11);
  trainee->registered_with = rc_column_text (stmt, 12);
  trainee->left_practice_on = rc_column_text (stmt, 13);
  trainee->applied_on = rc_column_text (stmt, 14);
  /* Filled from the updating log: rc_store_fill_updating_days(). */
  trainee->updating_days_done = 0;
  trainee->withdrawal_reason = rc_column_text (stmt, 16);
  trainee->withdrawal_note = rc_column_text (stmt, 17);
  trainee->employer_council_id = rc_column_int (stmt, 18);
  trainee->erased_at = rc_column_text (stmt, 19);

  return trainee;
}

GListModel *
rc_store_list_trainees (RcStore  *self,
                        gint64    cohort_id,
                        GError  **error)
{
  RcStatement *stmt;

  g_return_val_if_fail (RC_IS_STORE (self), NULL);

  g_autoptr(GListModel) trainees = NULL;

  stmt = rc_store_prepare (self, TRAINEE_SELECT "WHERE t.cohort_id = ?1 ORDER BY t.reference", error);
  if (stmt == NULL)
    return NULL;
  rc_bind_int (stmt, 1, cohort_id);

  trainees = rc_store_collect (self, stmt, RC_TYPE_TRAINEE, read_trainee, error);
  if (trainees == NULL || !rc_store_fill_updating_days (self, trainees, NULL, error))
    return NULL;

  return g_steal_pointer (&trainees);
}

gboolean
rc_store_find_trainee_reference (RcStore     *self,
                                 gint64       cohort_id,
                                 const char  *reference,
                                 gint64      *trainee_id,
                                 GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  RcStatement *stmt;

  g_return_val_if_fail (RC_IS_STORE (self), FALSE);
  g_return_val_if_fail (trainee_id != NULL, FALSE);

  *trainee_id = 0;
  stmt = rc_store_prepare (self, "SELECT id FROM trainee WHERE cohort_id = ?1 AND reference = ?2", error);
  if (stmt == NULL)
    return FALSE;
  rc_bind_int (stmt, 1, cohort_id);
  rc_bind_text (stmt, 2, reference);
  if (rc_store_step_row (self, stmt, &local_error))
    *trainee_id = rc_statement_column_int (stmt, 0);
  rc_statement_reset (stmt);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return TRUE;
}

RcTrainee *
rc_store_get_trainee (RcStore  *self,
                      gint64    id,
                      GError  **error)
{
  RcStatement *stmt;

  g_return_val_if_fail (RC_IS_STORE (self), NULL);

  g_autoptr(RcTrainee) trainee = NULL;

  stmt = rc_store_prepare (self, TRAINEE_SELECT "WHERE t.id = ?1", error);
  if (stmt == NULL)
    return NULL;
  rc_bind_int (stmt, 1, id);

  trainee = rc_store_collect_one (self, stmt, read_trainee, _("trainee"), error);
  if (trainee == NULL || !rc_store_fill_updating_days (self, NULL, trainee, error))
    return NULL;

  return g_steal_pointer (&trainee);
}

static gboolean
has_personal_details (RcTrainee *trainee)
{
  return trainee->given_name != NULL || trainee->family_name != NULL
         || trainee->email != NULL || trainee->phone != NULL
         || trainee->registration_number != NULL || trainee->left_practice_on != NULL;
}

gboolean
rc_store_add_trainee_event (RcStore     *self,
                            gint64       trainee_id,
                            RcStage      stage,
                            const char  *occurred_on,
                            gint64       council_id,
                            const char  *note,
                            GError     **error)
{
  RcStatement *stmt;

  stmt = rc_store_prepare (self,
                           "INSERT INTO trainee_event (trainee_id, stage, occurred_on, council_id, note) "
                           "VALUES (?1, ?2, ?3, ?4, ?5)",
                           error);
  if (stmt == NULL)
    return FALSE;

  rc_bind_int (stmt, 1, trainee_id);
  rc_bind_text (stmt, 2, rc_stage_to_key (stage));
  rc_bind_text (stmt, 3, occurred_on);
  rc_bind_id (stmt, 4, council_id);
  rc_bind_text (stmt, 5, note);
  if (!rc_store_step_done (self, stmt, error))
    return FALSE;

  rc_store_touch (self, "trainee_event");

  return TRUE;
}

gboolean
rc_store_save_trainee (RcStore    *self,
                       RcTrainee  *trainee,
                       GError    **error)
{
  g_autofree char *summary = NULL;
  g_autofree char *applied_on = NULL;
  gboolean inserting;
  RcStatement *stmt;
  GDate now;
  gint64 id;

  g_return_val_if_fail (RC_IS_STORE (self), FALSE);
  g_return_val_if_fail (RC_IS_TRAINEE (trainee), FALSE);

  rc_field_today (&now);
  if (!rc_store_refuse_errors (rc_rules_check_trainee (trainee, NULL, FALSE, &now), error))
    return FALSE;

  inserting = trainee->id == 0;
  id = trainee->id;

  if (!rc_store_begin (self, error))
    return FALSE;

  if (!inserting && has_personal_details (trainee))
    {
      g_autoptr(RcTrainee) stored = rc_store_get_trainee (self, trainee->id, error);

      if (stored == NULL)
        goto failed;
      if (stored->erased_at != NULL)
        {
          g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_INVALID,
                       _("The personal details of trainee %s were erased and cannot be added again"),
                       stored->reference);
          goto failed;
        }
    }

  stmt = rc_store_prepare_save (self, trainee->id,
                                "INSERT INTO trainee (cohort_id, reference, given_name, family_name, email, phone, "
                                "  host_council_id, registration_number, registered_with, left_practice_on, "
                                "  applied_on) "
                                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                                "UPDATE trainee SET cohort_id = ?1, reference = ?2, given_name = ?3, family_name = ?4, "
                                "  email = ?5, phone = ?6, host_council_id = ?7, registration_number = ?8, "
                                "  registered_with = ?9, left_practice_on = ?10, applied_on = ?11 "
                                "WHERE id = ?12",
                                error);
  if (stmt == NULL)
    goto failed;

  rc_bind_id (stmt, 1, trainee->cohort_id);
  rc_bind_text (stmt, 2, trainee->reference);
  rc_bind_text (stmt, 3, trainee->given_name);
  rc_bind_text (stmt, 4, trainee->family_name);
  rc_bind_text (stmt, 5, trainee->email);
  rc_bind_text (stmt, 6, trainee->phone);
  rc_bind_id (stmt, 7, trainee->host_council_id);
  rc_bind_text (stmt, 8, trainee->registration_number);
  rc_bind_text (stmt, 9, trainee->registered_with);
  rc_bind_text (stmt, 10, trainee->left_practice_on);
  rc_bind_text (stmt, 11, trainee->applied_on);

  summary = inserting
    ? g_strdup_printf ("Added trainee %s to cohort %" G_GINT64_FORMAT,
                       trainee->reference ? trainee->reference : "?", trainee->cohort_id)
    : g_strdup_printf ("Changed trainee %s", trainee->reference ? trainee->reference : "?");

  if (!rc_store_finish_write (self, stmt, "trainee", &id, summary, error))
    goto failed;

  /* Every trainee's history starts with the application. */
  applied_on = trainee->applied_on != NULL ? g_strdup (trainee->applied_on) : rc_date_today_iso ();
  if (inserting && !rc_store_add_trainee_event (self, id, RC_STAGE_APPLIED, applied_on, 0, NULL, error))
    goto failed;
  /* Days done before the trainee was added start its updating log. */
  if (inserting)
    {
      g_autofree char *added_on = rc_date_today_iso ();

      if (!rc_store_add_recorded_days (self, id, trainee->updating_days_done, added_on,
                                       "Days of updating recorded when the trainee was added", error))
        goto failed;
    }

  /* At the outermost level a failed commit has already rolled back. */
  if (!rc_store_commit (self, error))
    return FALSE;

  trainee->id = id;
  if (inserting)
    {
      trainee->stage = RC_STAGE_APPLIED;
      g_free (trainee->stage_on);
      trainee->stage_on = g_steal_pointer (&applied_on);
    }

  return TRUE;

failed:
  rc_store_rollback (self);
  return FALSE;
}

gboolean
rc_store_delete_trainee (RcStore  *self,
                         gint64    id,
                         GError  **error)
{
  g_autoptr(RcTrainee) trainee = NULL;
  g_autofree char *summary = NULL;

  g_return_val_if_fail (RC_IS_STORE (self), FALSE);

  trainee = rc_store_get_trainee (self, id, error);
  if (trainee == NULL)
    return FALSE;

  summary = g_strdup_printf ("Deleted trainee %s with its stage history", trainee->reference);

  /* The events go with it (ON DELETE CASCADE). */
  rc_store_touch (self, "trainee_event");

  return rc_store_delete_row (self,
                              rc_store_prepare (self, "DELETE FROM trainee WHERE id = ?1", error),
                              "trainee", id, summary, error);
}

/* The pipeline ---------------------------------------------------------- */

static gpointer
read_event (RcStatement  *stmt)
{
  RcTraineeEvent *event = rc_trainee_event_new ();

  event->id = rc_column_int (stmt, 0);
  event->trainee_id = rc_column_int (stmt, 1);
  if (!rc_stage_from_key (rc_statement_column_text (stmt, 2), &event->stage))
    event->stage = RC_STAGE_APPLIED;
  event->occurred_on = rc_column_text (stmt, 3);
  event->council_id = rc_column_int (stmt, 4);
  event->note = rc_column_text (stmt, 5);

  return event;
}

GListModel *
rc_store_list_trainee_events (RcStore  *self,
                              gint64    trainee_id,
                              GError  **error)
{
  g_return_val_if_fail (RC_IS_STORE (self), NULL);

  return rc_store_collect_for_id (self,
                                  "SELECT id, trainee_id, stage, occurred_on, council_id, note FROM trainee_event "
                                  "WHERE trainee_id = ?1 ORDER BY occurred_on, id",
                                  trainee_id, RC_TYPE_TRAINEE_EVENT, read_event, error);
}

/* Checks what can be checked without the database. */
static gboolean
check_move_arguments (RcStage      stage,
                      gint64       council_id,
                      const char  *withdrawal_reason,
                      GError     **error)
{
  RcWithdrawalReason reason;

  if (stage == RC_STAGE_WITHDRAWN)
    {
      if (withdrawal_reason == NULL || *withdrawal_reason == '\0')
        {
          g_set_error_literal (error, RC_STORE_ERROR, RC_STORE_ERROR_INVALID,
                               _("A withdrawal needs a reason"));
          return FALSE;
        }
      if (!rc_withdrawal_reason_from_key (withdrawal_reason, &reason))
        {
          g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_INVALID,
                       _("“%s” is not a reason for withdrawal"), withdrawal_reason);
          return FALSE;
        }
    }

  if (stage == RC_STAGE_EMPLOYED && council_id == 0)
    {
      g_set_error_literal (error, RC_STORE_ERROR, RC_STORE_ERROR_INVALID,
                           _("Employment needs the council that employs the trainee"));
      return FALSE;
    }

  return TRUE;
}

gboolean
rc_store_move_trainee (RcStore     *self,
                       gint64       trainee_id,
                       RcStage      stage,
                       const char  *occurred_on,
                       gint64       council_id,
                       const char  *withdrawal_reason,
                       const char  *note,
                       GError     **error)
{
  g_autoptr(RcTrainee) trainee = NULL;
  g_autofree char *on = NULL;
  g_autofree char *last_on = NULL;
  g_autofree char *summary = NULL;
  RcStatement *stmt;

  g_return_val_if_fail (RC_IS_STORE (self), FALSE);
  g_return_val_if_fail ((guint) stage < RC_N_STAGES, FALSE);

  if ((on = rc_date_iso_or_today (occurred_on, NULL)) == NULL)
    {
      g_set_error_literal (error, RC_STORE_ERROR, RC_STORE_ERROR_INVALID,
                           _("A stage needs a date like 2017-03-31"));
      return FALSE;
    }

  if (!check_move_arguments (stage, council_id, withdrawal_reason, error))
    return FALSE;

  if (!rc_store_begin (self, error))
    return FALSE;

  trainee = rc_store_get_trainee (self, trainee_id, error);
  if (trainee == NULL)
    goto failed;

  if (!rc_stage_check_move (trainee->stage, stage, error))
    goto failed;

  /* The window asks the same rules first; here they hold for every caller.
   * Only errors refuse: warnings and confirmations are the window's to ask. */
  {
    GDate now;

    rc_field_today (&now);
    if (!rc_store_refuse_errors (rc_rules_check_move (trainee, NULL, FALSE, stage, on, note, &now), error))
      goto failed;
  }

  stmt = rc_store_prepare (self, "SELECT max(occurred_on) FROM trainee_event WHERE trainee_id = ?1", error);
  if (stmt == NULL)
    goto failed;
  rc_bind_int (stmt, 1, trainee_id);
  if (!rc_store_step_row (self, stmt, error))
    goto failed;
  last_on = rc_column_text (stmt, 0);
  rc_statement_reset (stmt);

  /* ISO dates sort as text. */
  if (last_on != NULL && strcmp (on, last_on) < 0)
    {
      g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_INVALID,
                   _("The date is before the trainee’s last move (%s)"), last_on);
      goto failed;
    }

  /* Before the event: its trigger makes the trainee withdrawn, and a
   * withdrawn trainee must already have a reason. */
  if (stage == RC_STAGE_WITHDRAWN)
    {
      stmt = rc_store_prepare (self,
                               "UPDATE trainee SET withdrawal_reason = ?2, withdrawal_note = ?3 WHERE id = ?1",
                               error);
      if (stmt == NULL)
        goto failed;
      rc_bind_int (stmt, 1, trainee_id);
      rc_bind_text (stmt, 2, withdrawal_reason);
      rc_bind_text (stmt, 3, note);
      if (!rc_store_step_done (self, stmt, error))
        goto failed;
    }

  if (!rc_store_add_trainee_event (self, trainee_id, stage, on, council_id, note, error))
    goto failed;

  summary = stage == RC_STAGE_WITHDRAWN
    ? g_strdup_printf ("Moved trainee %s to withdrawn (%s) on %s", trainee->reference, withdrawal_reason, on)
    : g_strdup_printf ("Moved trainee %s to %s on %s", trainee->reference, rc_stage_to_key (stage), on);
  if (!rc_store_audit (self, "trainee", trainee_id, "update", summary, error))
    goto failed;

  return rc_store_commit (self, error);

failed:
  rc_store_rollback (self);
  return FALSE;
}
