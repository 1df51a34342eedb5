/* rc-cohort-place.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rc-cohort-place.h"

G_DEFINE_FINAL_TYPE (RcCohortPlace, rc_cohort_place, RC_TYPE_RECORD)

RcCohortPlace *
rc_cohort_place_new (void)
{
  return g_object_new (RC_TYPE_COHORT_PLACE, NULL);
}

RcCohortPlace *
rc_cohort_place_copy (RcCohortPlace *self)
{
  g_return_val_if_fail (RC_IS_COHORT_PLACE (self), NULL);

  return rc_record_copy (self);
}

static void
rc_cohort_place_class_init (RcCohortPlaceClass *klass)
{
  static const glong strings[] = {
    G_STRUCT_OFFSET (RcCohortPlace, council_name),
  };

  rc_record_class_set_strings (RC_RECORD_CLASS (klass), strings, G_N_ELEMENTS (strings));
}

static void
rc_cohort_place_init (RcCohortPlace *self)
{
}
