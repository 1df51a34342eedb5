/* rc-trainee-event.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rc-trainee-event.h"

G_DEFINE_FINAL_TYPE (RcTraineeEvent, rc_trainee_event, RC_TYPE_RECORD)

RcTraineeEvent *
rc_trainee_event_new (void)
{
  return g_object_new (RC_TYPE_TRAINEE_EVENT, NULL);
}

RcTraineeEvent *
rc_trainee_event_copy (RcTraineeEvent *self)
{
  g_return_val_if_fail (RC_IS_TRAINEE_EVENT (self), NULL);

  return rc_record_copy (self);
}

static void
rc_trainee_event_class_init (RcTraineeEventClass *klass)
{
  static const glong strings[] = {
    G_STRUCT_OFFSET (RcTraineeEvent, occurred_on),
    G_STRUCT_OFFSET (RcTraineeEvent, note),
  };

  rc_record_class_set_strings (RC_RECORD_CLASS (klass), strings, G_N_ELEMENTS (strings));
}

static void
rc_trainee_event_init (RcTraineeEvent *self)
{
}
