/* rc-trainee.h
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "rc-record.h"
#include "rc-stage.h"

G_BEGIN_DECLS

#define RC_TYPE_TRAINEE (rc_trainee_get_type ())

G_DECLARE_FINAL_TYPE (RcTrainee, rc_trainee, RC, TRAINEE, RcRecord)

/* A trainee or returner in a cohort. Personal fields are NULL once erased.
 * A plain record: the store fills it, views read it, and a view hands a
 * changed copy back to the store to save. An id of 0 means "not saved yet". */
struct _RcTrainee
{
  RcRecord parent_instance;

  gint64   id;
  gint64   cohort_id;
  char    *reference;  /* pseudonymous, kept after erasure */
  char    *given_name;  /* personal */
  char    *family_name;  /* personal */
  char    *email;  /* personal */
  char    *phone;  /* personal */
  gint64   host_council_id;  /* 0 if none */
  char    *host_council_name;  /* read only */
  RcStage  stage;  /* read only: the latest event */
  char    *stage_on;  /* read only */
  char    *registration_number;  /* SW… or NULL */
  char    *registered_with;  /* "hcpc", "swe" or NULL */
  char    *left_practice_on;  /* returners: ISO date or NULL */
  char    *applied_on;  /* ISO date or NULL */
  /* Read only: the whole days of updating the returner's log counts by
   * Social Work England's rules (rc-updating-log.h), as the store reads
   * them. On a new trainee, days done before it was added (an import's
   * column): the store starts its log with them. */
  gint64   updating_days_done;
  char    *withdrawal_reason;  /* key or NULL */
  char    *withdrawal_note;
  gint64   employer_council_id;  /* 0 if none */
  char    *erased_at;  /* timestamp or NULL */
};

RcTrainee *rc_trainee_new  (void);
RcTrainee *rc_trainee_copy (RcTrainee *self);

G_END_DECLS
