/* rc-trainee-event.h
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "rc-record.h"
#include "rc-stage.h"

G_BEGIN_DECLS

#define RC_TYPE_TRAINEE_EVENT (rc_trainee_event_get_type ())

G_DECLARE_FINAL_TYPE (RcTraineeEvent, rc_trainee_event, RC, TRAINEE_EVENT, RcRecord)

/* One dated move of a trainee to a stage.
 * A plain record: the store fills it, views read it, and a view hands a
 * changed copy back to the store to save. An id of 0 means "not saved yet". */
struct _RcTraineeEvent
{
  RcRecord parent_instance;

  gint64   id;
  gint64   trainee_id;
  RcStage  stage;
  char    *occurred_on;  /* ISO date */
  gint64   council_id;  /* employer, for RC_STAGE_EMPLOYED */
  char    *note;
};

RcTraineeEvent *rc_trainee_event_new  (void);
RcTraineeEvent *rc_trainee_event_copy (RcTraineeEvent *self);

G_END_DECLS
