/* rc-stage.h: the trainee pipeline and the reasons for leaving it
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* In pipeline order; the order is part of the meaning (moves go forward). */
typedef enum
{
  RC_STAGE_APPLIED,
  RC_STAGE_ASSESSMENT,
  RC_STAGE_OFFERED,
  RC_STAGE_ENROLLED,
  RC_STAGE_ON_PLACEMENT,
  RC_STAGE_QUALIFIED,
  RC_STAGE_REGISTERED,
  RC_STAGE_EMPLOYED,
  RC_STAGE_ASYE_COMPLETED,
  RC_STAGE_RETAINED_12,
  RC_STAGE_RETAINED_24,
  RC_STAGE_WITHDRAWN,
  RC_N_STAGES
} RcStage;

/* The stable key stored in the database, such as "on_placement". */
const char *rc_stage_to_key     (RcStage      stage);
gboolean    rc_stage_from_key   (const char  *key,
                                 RcStage     *out);
/* Translated, such as "Assessment centre". */
const char *rc_stage_get_label  (RcStage      stage);

/* Whether a trainee at @current may move to @target. Moves go forward only.
 * Any stage may be skipped except the milestones: qualified, registered and
 * employed (so the ASYE and retention stages need employment), and still
 * employed at 12 months before 24 months. Withdrawal is allowed from any
 * stage before RC_STAGE_RETAINED_24, and nothing follows it. A refusal is an
 * RC_MODEL_ERROR_INVALID with a sentence the coordinator can act on. */
gboolean    rc_stage_check_move (RcStage      current,
                                 RcStage      target,
                                 GError     **error);

typedef enum
{
  RC_WITHDRAWAL_PERSONAL,
  RC_WITHDRAWAL_ACADEMIC,
  RC_WITHDRAWAL_PLACEMENT_BREAKDOWN,
  RC_WITHDRAWAL_HEALTH,
  RC_WITHDRAWAL_OTHER_EMPLOYMENT,
  RC_WITHDRAWAL_NOT_REGISTERED,
  RC_WITHDRAWAL_OTHER,
  RC_N_WITHDRAWAL_REASONS
} RcWithdrawalReason;

/* Stable keys: "personal", "academic", "placement_breakdown", "health",
 * "other_employment", "not_registered", "other". */
const char *rc_withdrawal_reason_to_key    (RcWithdrawalReason  reason);
gboolean    rc_withdrawal_reason_from_key  (const char          *key,
                                            RcWithdrawalReason  *out);
/* Translated, such as "Placement breakdown". */
const char *rc_withdrawal_reason_get_label (RcWithdrawalReason  reason);

G_END_DECLS
