/* rc-trainee.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rc-trainee.h"

G_DEFINE_FINAL_TYPE (RcTrainee, rc_trainee, G_TYPE_OBJECT)

RcTrainee *
rc_trainee_new (void)
{
  return g_object_new (RC_TYPE_TRAINEE, NULL);
}

RcTrainee *
rc_trainee_copy (RcTrainee *self)
{
  RcTrainee *copy;

  g_return_val_if_fail (RC_IS_TRAINEE (self), NULL);

  copy = rc_trainee_new ();
  copy->id = self->id;
  copy->cohort_id = self->cohort_id;
  copy->reference = g_strdup (self->reference);
  copy->given_name = g_strdup (self->given_name);
  copy->family_name = g_strdup (self->family_name);
  copy->email = g_strdup (self->email);
  copy->phone = g_strdup (self->phone);
  copy->host_council_id = self->host_council_id;
  copy->host_council_name = g_strdup (self->host_council_name);
  copy->stage = self->stage;
  copy->stage_on = g_strdup (self->stage_on);
  copy->registration_number = g_strdup (self->registration_number);
  copy->registered_with = g_strdup (self->registered_with);
  copy->left_practice_on = g_strdup (self->left_practice_on);
  copy->applied_on = g_strdup (self->applied_on);
  copy->updating_days_done = self->updating_days_done;
  copy->withdrawal_reason = g_strdup (self->withdrawal_reason);
  copy->withdrawal_note = g_strdup (self->withdrawal_note);
  copy->employer_council_id = self->employer_council_id;
  copy->erased_at = g_strdup (self->erased_at);

  return copy;
}

static void
rc_trainee_finalize (GObject *object)
{
  RcTrainee *self = RC_TRAINEE (object);

  g_clear_pointer (&self->reference, g_free);
  g_clear_pointer (&self->given_name, g_free);
  g_clear_pointer (&self->family_name, g_free);
  g_clear_pointer (&self->email, g_free);
  g_clear_pointer (&self->phone, g_free);
  g_clear_pointer (&self->host_council_name, g_free);
  g_clear_pointer (&self->stage_on, g_free);
  g_clear_pointer (&self->registration_number, g_free);
  g_clear_pointer (&self->registered_with, g_free);
  g_clear_pointer (&self->left_practice_on, g_free);
  g_clear_pointer (&self->applied_on, g_free);
  g_clear_pointer (&self->withdrawal_reason, g_free);
  g_clear_pointer (&self->withdrawal_note, g_free);
  g_clear_pointer (&self->erased_at, g_free);

  G_OBJECT_CLASS (rc_trainee_parent_class)->finalize (object);
}

static void
rc_trainee_class_init (RcTraineeClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = rc_trainee_finalize;
}

static void
rc_trainee_init (RcTrainee *self)
{
}
