/* rc-cohort-funnel-view.h: a cohort's recruitment funnel, drawn, with
 * where its figures come from
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "store/rc-store.h"

G_BEGIN_DECLS

#define RC_TYPE_COHORT_FUNNEL_VIEW (rc_cohort_funnel_view_get_type ())

G_DECLARE_FINAL_TYPE (RcCohortFunnelView, rc_cohort_funnel_view, RC, COHORT_FUNNEL_VIEW, AdwBin)

GtkWidget  *rc_cohort_funnel_view_new          (void);
/* Reads the funnel of @cohort (NULL: none) from @store, in a worker;
 * the same cohort again keeps what is shown, which follows the store. */
void        rc_cohort_funnel_view_load         (RcCohortFunnelView *self,
                                                RcStore            *store,
                                                RcCohort           *cohort);
/* What is shown, for tests: a step's figure as the chart writes it
 * ("61 (27.1 %)", "not recorded"), and the line of sources or NULL. */
char       *rc_cohort_funnel_view_dup_step     (RcCohortFunnelView *self,
                                                RcFunnelStep        step);
const char *rc_cohort_funnel_view_get_sources  (RcCohortFunnelView *self);
/* Whether the funnel is being read (in a worker) or is about to be. */
gboolean    rc_cohort_funnel_view_get_loading  (RcCohortFunnelView *self);
/* Opens the dialog of figures typed in. */
GtkWidget  *rc_cohort_funnel_view_edit         (RcCohortFunnelView *self);
/* Writes the chart to @path (PNG, SVG or PDF by its extension). */
gboolean    rc_cohort_funnel_view_save_chart   (RcCohortFunnelView *self,
                                                const char         *path,
                                                GError            **error);

G_END_DECLS
