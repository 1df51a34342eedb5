/* rc-cohort-places.h: the places of a cohort per partner council, with a
 * live line saying whether they add up
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "store/rc-store.h"

G_BEGIN_DECLS

#define RC_TYPE_COHORT_PLACES (rc_cohort_places_get_type ())

G_DECLARE_FINAL_TYPE (RcCohortPlaces, rc_cohort_places, RC, COHORT_PLACES, GtkWidget)

GtkWidget  *rc_cohort_places_new             (void);
/* Offers places to the current lead and partner members of
 * @consortium_id (for every programme or @programme_id), and to the
 * councils cohort @cohort_id (0: a new one) already has places for.
 * Numbers typed for councils that stay are kept; the first load of an
 * existing cohort shows its stored places. Emits "changed". */
void        rc_cohort_places_load            (RcCohortPlaces *self,
                                              RcStore        *store,
                                              gint64          consortium_id,
                                              gint64          programme_id,
                                              gint64          cohort_id);
/* Says under the places how they compare with @funded (negative: not
 * known yet) and returns whether they add up to it. */
gboolean    rc_cohort_places_check           (RcCohortPlaces *self,
                                              gint64          funded);
/* The allocation as RcCohortPlace items, councils with no place left out. */
GListModel *rc_cohort_places_build           (RcCohortPlaces *self);

gboolean    rc_cohort_places_set             (RcCohortPlaces *self,
                                              gint64          council_id,
                                              guint           places);

G_END_DECLS
