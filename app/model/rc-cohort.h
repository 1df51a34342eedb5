/* rc-cohort.h
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "rc-record.h"

G_BEGIN_DECLS

#define RC_TYPE_COHORT (rc_cohort_get_type ())

G_DECLARE_FINAL_TYPE (RcCohort, rc_cohort, RC, COHORT, RcRecord)

/* One intake of one programme run by one consortium.
 * A plain record: the store fills it, views read it, and a view hands a
 * changed copy back to the store to save. An id of 0 means "not saved yet". */
struct _RcCohort
{
  RcRecord parent_instance;

  gint64  id;
  gint64  programme_id;
  char   *programme_name;  /* read only */
  gint64  consortium_id;
  char   *consortium_name;  /* read only */
  char   *name;
  char   *starts_on;  /* ISO date */
  char   *ends_on;  /* ISO date */
  gint64  places_funded;
  gint64  min_years_out;  /* returners: eligibility bounds */
  gint64  max_years_out;
  gint64  training_weeks;  /* 0 if not set */
  char   *notes;
};

RcCohort *rc_cohort_new  (void);
RcCohort *rc_cohort_copy (RcCohort *self);

G_END_DECLS
