/* rc-cohort-place.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rc-cohort-place.h"

G_DEFINE_FINAL_TYPE (RcCohortPlace, rc_cohort_place, G_TYPE_OBJECT)

RcCohortPlace *
rc_cohort_place_new (void)
{
  return g_object_new (RC_TYPE_COHORT_PLACE, NULL);
}

RcCohortPlace *
rc_cohort_place_copy (RcCohortPlace *self)
{
  RcCohortPlace *copy;

  g_return_val_if_fail (RC_IS_COHORT_PLACE (self), NULL);

  copy = rc_cohort_place_new ();
  copy->id = self->id;
  copy->cohort_id = self->cohort_id;
  copy->council_id = self->council_id;
  copy->council_name = g_strdup (self->council_name);
  copy->places = self->places;

  return copy;
}

static void
rc_cohort_place_finalize (GObject *object)
{
  RcCohortPlace *self = RC_COHORT_PLACE (object);

  g_clear_pointer (&self->council_name, g_free);

  G_OBJECT_CLASS (rc_cohort_place_parent_class)->finalize (object);
}

static void
rc_cohort_place_class_init (RcCohortPlaceClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = rc_cohort_place_finalize;
}

static void
rc_cohort_place_init (RcCohortPlace *self)
{
}
