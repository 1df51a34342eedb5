/* rc-trainee-event.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rc-trainee-event.h"

G_DEFINE_FINAL_TYPE (RcTraineeEvent, rc_trainee_event, G_TYPE_OBJECT)

RcTraineeEvent *
rc_trainee_event_new (void)
{
  return g_object_new (RC_TYPE_TRAINEE_EVENT, NULL);
}

RcTraineeEvent *
rc_trainee_event_copy (RcTraineeEvent *self)
{
  RcTraineeEvent *copy;

  g_return_val_if_fail (RC_IS_TRAINEE_EVENT (self), NULL);

  copy = rc_trainee_event_new ();
  copy->id = self->id;
  copy->trainee_id = self->trainee_id;
  copy->stage = self->stage;
  copy->occurred_on = g_strdup (self->occurred_on);
  copy->council_id = self->council_id;
  copy->note = g_strdup (self->note);

  return copy;
}

static void
rc_trainee_event_finalize (GObject *object)
{
  RcTraineeEvent *self = RC_TRAINEE_EVENT (object);

  g_clear_pointer (&self->occurred_on, g_free);
  g_clear_pointer (&self->note, g_free);

  G_OBJECT_CLASS (rc_trainee_event_parent_class)->finalize (object);
}

static void
rc_trainee_event_class_init (RcTraineeEventClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = rc_trainee_event_finalize;
}

static void
rc_trainee_event_init (RcTraineeEvent *self)
{
}
