/* rc-cohort.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rc-cohort.h"

G_DEFINE_FINAL_TYPE (RcCohort, rc_cohort, RC_TYPE_RECORD)

RcCohort *
rc_cohort_new (void)
{
  return g_object_new (RC_TYPE_COHORT, NULL);
}

RcCohort *
rc_cohort_copy (RcCohort *self)
{
  g_return_val_if_fail (RC_IS_COHORT (self), NULL);

  return rc_record_copy (self);
}

static void
rc_cohort_class_init (RcCohortClass *klass)
{
  static const glong strings[] = {
    G_STRUCT_OFFSET (RcCohort, programme_name),
    G_STRUCT_OFFSET (RcCohort, consortium_name),
    G_STRUCT_OFFSET (RcCohort, name),
    G_STRUCT_OFFSET (RcCohort, starts_on),
    G_STRUCT_OFFSET (RcCohort, ends_on),
    G_STRUCT_OFFSET (RcCohort, notes),
  };

  rc_record_class_set_strings (RC_RECORD_CLASS (klass), strings, G_N_ELEMENTS (strings));
}

static void
rc_cohort_init (RcCohort *self)
{
}
