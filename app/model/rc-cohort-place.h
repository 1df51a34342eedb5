/* rc-cohort-place.h
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "rc-record.h"

G_BEGIN_DECLS

#define RC_TYPE_COHORT_PLACE (rc_cohort_place_get_type ())

G_DECLARE_FINAL_TYPE (RcCohortPlace, rc_cohort_place, RC, COHORT_PLACE, RcRecord)

/* Places of a cohort allocated to one partner council.
 * A plain record: the store fills it, views read it, and a view hands a
 * changed copy back to the store to save. An id of 0 means "not saved yet". */
struct _RcCohortPlace
{
  RcRecord parent_instance;

  gint64  id;
  gint64  cohort_id;
  gint64  council_id;
  char   *council_name;  /* read only */
  gint64  places;
};

RcCohortPlace *rc_cohort_place_new  (void);
RcCohortPlace *rc_cohort_place_copy (RcCohortPlace *self);

G_END_DECLS
