/* rc-trainee.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rc-trainee.h"

G_DEFINE_FINAL_TYPE (RcTrainee, rc_trainee, RC_TYPE_RECORD)

RcTrainee *
rc_trainee_new (void)
{
  return g_object_new (RC_TYPE_TRAINEE, NULL);
}

RcTrainee *
rc_trainee_copy (RcTrainee *self)
{
  g_return_val_if_fail (RC_IS_TRAINEE (self), NULL);

  return rc_record_copy (self);
}

static void
rc_trainee_class_init (RcTraineeClass *klass)
{
  static const glong strings[] = {
    G_STRUCT_OFFSET (RcTrainee, reference),
    G_STRUCT_OFFSET (RcTrainee, given_name),
    G_STRUCT_OFFSET (RcTrainee, family_name),
    G_STRUCT_OFFSET (RcTrainee, email),
    G_STRUCT_OFFSET (RcTrainee, phone),
    G_STRUCT_OFFSET (RcTrainee, host_council_name),
    G_STRUCT_OFFSET (RcTrainee, stage_on),
    G_STRUCT_OFFSET (RcTrainee, registration_number),
    G_STRUCT_OFFSET (RcTrainee, registered_with),
    G_STRUCT_OFFSET (RcTrainee, left_practice_on),
    G_STRUCT_OFFSET (RcTrainee, applied_on),
    G_STRUCT_OFFSET (RcTrainee, withdrawal_reason),
    G_STRUCT_OFFSET (RcTrainee, withdrawal_note),
    G_STRUCT_OFFSET (RcTrainee, erased_at),
  };

  rc_record_class_set_strings (RC_RECORD_CLASS (klass), strings, G_N_ELEMENTS (strings));
}

static void
rc_trainee_init (RcTrainee *self)
{
}
