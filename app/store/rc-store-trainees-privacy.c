/* rc-store-trainees-privacy.c: erasing a trainee's personal details, one
 * trainee or a whole cohort's, as data retention and erasure requests ask
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Audit lines name a trainee by its reference only.
 */

#define G_LOG_DOMAIN "rc-store"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rc-store-private.h"
#include "rc-store-updating-private.h"
#include "model/rc-money.h"
#include "model/rc-record-rules.h"

/* Privacy --------------------------------------------------------------- */

/* Erases @trainee (read inside the caller's transaction, not yet erased)
 * and writes its audit line; the caller commits or rolls back. */
static gboolean
erase_personal_details (RcStore    *self,
                        RcTrainee  *trainee,
                        GError    **error)
{
  g_autofree char *summary = NULL;
  g_autofree char *now = rc_store_now_utc ();
  RcStatement *stmt;

  stmt = rc_store_prepare (self,
                           "UPDATE trainee SET given_name = NULL, family_name = NULL, email = NULL, phone = NULL, "
                           "  registration_number = NULL, left_practice_on = NULL, withdrawal_note = NULL, "
                           "  erased_at = ?2 "
                           "WHERE id = ?1 AND erased_at IS NULL",
                           error);
  if (stmt == NULL)
    return FALSE;
  rc_bind_int (stmt, 1, trainee->id);
  rc_bind_text (stmt, 2, now);
  if (!rc_store_step_done (self, stmt, error))
    return FALSE;

  /* Free-text notes may name the person or their circumstances: they go
   * too. The stages, their dates and the withdrawal reason stay. */
  if (!rc_store_run_for_id (self, "UPDATE trainee_event SET note = NULL WHERE trainee_id = ?1",
                            trainee->id, error))
    return FALSE;
  rc_store_touch (self, "trainee_event");

  /* The updating log says what the person did, and names a supervisor. */
  if (!rc_store_clear_updating_log (self, trainee->id, error))
    return FALSE;

  summary = g_strdup_printf ("Erased the personal details of trainee %s; its stage history was kept",
                             trainee->reference);

  return rc_store_audit (self, "trainee", trainee->id, "erase", summary, error);
}

gboolean
rc_store_erase_trainee (RcStore  *self,
                        gint64    trainee_id,
                        GError  **error)
{
  g_autoptr(RcTrainee) trainee = NULL;

  g_return_val_if_fail (RC_IS_STORE (self), FALSE);

  if (!rc_store_begin (self, error))
    return FALSE;

  trainee = rc_store_get_trainee (self, trainee_id, error);
  if (trainee == NULL)
    goto failed;

  if (trainee->erased_at != NULL)
    {
      g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_INVALID,
                   _("The personal details of trainee %s were already erased (%s)"),
                   trainee->reference, trainee->erased_at);
      goto failed;
    }

  if (!erase_personal_details (self, trainee, error))
    goto failed;

  return rc_store_commit (self, error);

failed:
  rc_store_rollback (self);
  return FALSE;
}

gboolean
rc_store_erase_cohort_personal_data (RcStore  *self,
                                     gint64    cohort_id,
                                     guint    *n_erased,
                                     GError  **error)
{
  g_autoptr(RcCohort) cohort = NULL;
  g_autoptr(GListModel) trainees = NULL;
  g_autofree char *summary = NULL;
  guint n = 0;

  g_return_val_if_fail (RC_IS_STORE (self), FALSE);

  if (!rc_store_begin (self, error))
    return FALSE;

  /* Read inside the transaction, so that nobody is added half way. */
  if ((cohort = rc_store_get_cohort (self, cohort_id, error)) == NULL
      || (trainees = rc_store_list_trainees (self, cohort_id, error)) == NULL)
    goto failed;

  for (guint i = 0; i < g_list_model_get_n_items (trainees); i++)
    {
      g_autoptr(RcTrainee) trainee = g_list_model_get_item (trainees, i);

      if (trainee->erased_at != NULL)
        continue;
      if (!erase_personal_details (self, trainee, error))
        goto failed;
      n++;
    }

  if (n > 0)
    {
      summary = g_strdup_printf ("Erased the personal details of %u %s of cohort %s; "
                                 "stage histories and counts were kept",
                                 n, n == 1 ? "trainee" : "trainees", cohort->name);
      if (!rc_store_audit (self, "cohort", cohort_id, "erase", summary, error))
        goto failed;
    }

  /* At the outermost level a failed commit has already rolled back. */
  if (!rc_store_commit (self, error))
    return FALSE;

  if (n_erased != NULL)
    *n_erased = n;

  return TRUE;

failed:
  rc_store_rollback (self);
  return FALSE;
}
