/* rc-cohort.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rc-cohort.h"

G_DEFINE_FINAL_TYPE (RcCohort, rc_cohort, G_TYPE_OBJECT)

RcCohort *
rc_cohort_new (void)
{
  return g_object_new (RC_TYPE_COHORT, NULL);
}

RcCohort *
rc_cohort_copy (RcCohort *self)
{
  RcCohort *copy;

  g_return_val_if_fail (RC_IS_COHORT (self), NULL);

  copy = rc_cohort_new ();
  copy->id = self->id;
  copy->programme_id = self->programme_id;
  copy->programme_name = g_strdup (self->programme_name);
  copy->consortium_id = self->consortium_id;
  copy->consortium_name = g_strdup (self->consortium_name);
  copy->name = g_strdup (self->name);
  copy->starts_on = g_strdup (self->starts_on);
  copy->ends_on = g_strdup (self->ends_on);
  copy->places_funded = self->places_funded;
  copy->min_years_out = self->min_years_out;
  copy->max_years_out = self->max_years_out;
  copy->training_weeks = self->training_weeks;
  copy->notes = g_strdup (self->notes);

  return copy;
}

static void
rc_cohort_finalize (GObject *object)
{
  RcCohort *self = RC_COHORT (object);

  g_clear_pointer (&self->programme_name, g_free);
  g_clear_pointer (&self->consortium_name, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->starts_on, g_free);
  g_clear_pointer (&self->ends_on, g_free);
  g_clear_pointer (&self->notes, g_free);

  G_OBJECT_CLASS (rc_cohort_parent_class)->finalize (object);
}

static void
rc_cohort_class_init (RcCohortClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = rc_cohort_finalize;
}

static void
rc_cohort_init (RcCohort *self)
{
}
