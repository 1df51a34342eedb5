/* rc-stage.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-model"

#include "config.h"

#include <glib/gi18n.h>

#include "rc-key-label.h"
#include "rc-model-error.h"
#include "rc-stage.h"

static const RcKeyLabel stages[RC_N_STAGES] = {
  [RC_STAGE_APPLIED] = { "applied", N_("Applied") },
  [RC_STAGE_ASSESSMENT] = { "assessment", N_("Assessment centre") },
  [RC_STAGE_OFFERED] = { "offered", N_("Offered a place") },
  [RC_STAGE_ENROLLED] = { "enrolled", N_("Enrolled") },
  [RC_STAGE_ON_PLACEMENT] = { "on_placement", N_("On placement") },
  [RC_STAGE_QUALIFIED] = { "qualified", N_("Qualified") },
  [RC_STAGE_REGISTERED] = { "registered", N_("Registered") },
  [RC_STAGE_EMPLOYED] = { "employed", N_("Employed by a council") },
  [RC_STAGE_ASYE_COMPLETED] = { "asye_completed", N_("ASYE completed") },
  [RC_STAGE_RETAINED_12] = { "retained_12", N_("Still employed at 12 months") },
  [RC_STAGE_RETAINED_24] = { "retained_24", N_("Still employed at 24 months") },
  [RC_STAGE_WITHDRAWN] = { "withdrawn", N_("Withdrawn") },
};

static const RcKeyLabel reasons[RC_N_WITHDRAWAL_REASONS] = {
  [RC_WITHDRAWAL_PERSONAL] = { "personal", N_("Personal circumstances") },
  [RC_WITHDRAWAL_ACADEMIC] = { "academic", N_("Academic") },
  [RC_WITHDRAWAL_PLACEMENT_BREAKDOWN] = { "placement_breakdown", N_("Placement breakdown") },
  [RC_WITHDRAWAL_HEALTH] = { "health", N_("Health") },
  [RC_WITHDRAWAL_OTHER_EMPLOYMENT] = { "other_employment", N_("Left for other employment") },
  [RC_WITHDRAWAL_NOT_REGISTERED] = { "not_registered", N_("Not registered") },
  [RC_WITHDRAWAL_OTHER] = { "other", N_("Other") },
};

/* The stages that cannot be skipped, and what to say when a move would
 * skip one: a whole sentence for each pair, so that translators see
 * sentences, not fragments. The first milestone skipped is the one named. */
static const struct {
  RcStage     missing;
  RcStage     target;
  const char *message;
} skipped[] = {
  { RC_STAGE_QUALIFIED, RC_STAGE_REGISTERED,
    N_("A trainee must be qualified before being registered") },
  { RC_STAGE_QUALIFIED, RC_STAGE_EMPLOYED,
    N_("A trainee must be qualified before being employed") },
  { RC_STAGE_QUALIFIED, RC_STAGE_ASYE_COMPLETED,
    N_("A trainee must be qualified before completing the ASYE") },
  { RC_STAGE_QUALIFIED, RC_STAGE_RETAINED_12,
    N_("A trainee must be qualified before being counted as still employed at 12 months") },
  { RC_STAGE_QUALIFIED, RC_STAGE_RETAINED_24,
    N_("A trainee must be qualified before being counted as still employed at 24 months") },
  { RC_STAGE_REGISTERED, RC_STAGE_EMPLOYED,
    N_("A trainee must be registered as a social worker before being employed") },
  { RC_STAGE_REGISTERED, RC_STAGE_ASYE_COMPLETED,
    N_("A trainee must be registered as a social worker before completing the ASYE") },
  { RC_STAGE_REGISTERED, RC_STAGE_RETAINED_12,
    N_("A trainee must be registered as a social worker "
       "before being counted as still employed at 12 months") },
  { RC_STAGE_REGISTERED, RC_STAGE_RETAINED_24,
    N_("A trainee must be registered as a social worker "
       "before being counted as still employed at 24 months") },
  { RC_STAGE_EMPLOYED, RC_STAGE_ASYE_COMPLETED,
    N_("A trainee must be employed by a council before completing the ASYE") },
  { RC_STAGE_EMPLOYED, RC_STAGE_RETAINED_12,
    N_("A trainee must be employed by a council "
       "before being counted as still employed at 12 months") },
  { RC_STAGE_EMPLOYED, RC_STAGE_RETAINED_24,
    N_("A trainee must be employed by a council "
       "before being counted as still employed at 24 months") },
  { RC_STAGE_RETAINED_12, RC_STAGE_RETAINED_24,
    N_("A trainee must be counted as still employed at 12 months before 24 months") },
};

const char *
rc_stage_to_key (RcStage stage)
{
  return rc_key_label_get_key (stages, RC_N_STAGES, stage);
}

gboolean
rc_stage_from_key (const char *key,
                   RcStage    *out)
{
  int i = rc_key_label_find (stages, RC_N_STAGES, key);

  if (i >= 0 && out != NULL)
    *out = (RcStage) i;

  return i >= 0;
}

const char *
rc_stage_get_label (RcStage stage)
{
  return rc_key_label_get_label (stages, RC_N_STAGES, stage, NULL);
}

gboolean
rc_stage_check_move (RcStage   current,
                     RcStage   target,
                     GError  **error)
{
  g_return_val_if_fail ((guint) current < RC_N_STAGES, FALSE);
  g_return_val_if_fail ((guint) target < RC_N_STAGES, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (current == RC_STAGE_WITHDRAWN)
    {
      g_set_error_literal (error, RC_MODEL_ERROR, RC_MODEL_ERROR_INVALID,
                           _("This trainee has withdrawn, and nothing can follow a withdrawal"));
      return FALSE;
    }

  if (current == target)
    {
      g_set_error (error, RC_MODEL_ERROR, RC_MODEL_ERROR_INVALID,
                   _("The trainee is already at the stage “%s”"),
                   rc_stage_get_label (current));
      return FALSE;
    }

  if (target == RC_STAGE_WITHDRAWN)
    {
      if (current < RC_STAGE_RETAINED_24)
        return TRUE;

      g_set_error_literal (error, RC_MODEL_ERROR, RC_MODEL_ERROR_INVALID,
                           _("A trainee still employed at 24 months has completed the pipeline "
                             "and cannot be withdrawn"));
      return FALSE;
    }

  if (target < current)
    {
      g_set_error (error, RC_MODEL_ERROR, RC_MODEL_ERROR_INVALID,
                   _("A trainee cannot move back from “%s” to “%s”"),
                   rc_stage_get_label (current), rc_stage_get_label (target));
      return FALSE;
    }

  /* The table is ordered by milestone, so the first match is the first
   * milestone the move would skip. */
  for (guint i = 0; i < G_N_ELEMENTS (skipped); i++)
    {
      if (skipped[i].target == target && current < skipped[i].missing)
        {
          g_set_error_literal (error, RC_MODEL_ERROR, RC_MODEL_ERROR_INVALID,
                               _(skipped[i].message));
          return FALSE;
        }
    }

  return TRUE;
}

const char *
rc_withdrawal_reason_to_key (RcWithdrawalReason reason)
{
  return rc_key_label_get_key (reasons, RC_N_WITHDRAWAL_REASONS, reason);
}

gboolean
rc_withdrawal_reason_from_key (const char         *key,
                               RcWithdrawalReason *out)
{
  int i = rc_key_label_find (reasons, RC_N_WITHDRAWAL_REASONS, key);

  if (i >= 0 && out != NULL)
    *out = (RcWithdrawalReason) i;

  return i >= 0;
}

const char *
rc_withdrawal_reason_get_label (RcWithdrawalReason reason)
{
  return rc_key_label_get_label (reasons, RC_N_WITHDRAWAL_REASONS, reason, NULL);
}
