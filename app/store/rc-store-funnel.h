/* rc-store-funnel.h: a cohort's recruitment funnel
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rc-store.h"
#include "model/rc-funnel.h"

G_BEGIN_DECLS

/* The figures typed in for the cohort's funnel (none set when there are
 * none). */
RcFunnelFigures *rc_store_get_funnel_figures  (RcStore          *self,
                                               gint64            cohort_id,
                                               GError          **error);
/* Replaces the cohort's figures typed in with those set in @figures, in
 * one transaction with an audit line of the cohort. Refused
 * (RC_STORE_ERROR_INVALID) as rc_funnel_check() refuses. */
gboolean         rc_store_save_funnel_figures (RcStore          *self,
                                               RcFunnelFigures  *figures,
                                               GError          **error);
/* The cohort's funnel: figures typed in, else counted from its trainees
 * as rc_store_get_cohort_retention() counts them. @typed, when not NULL,
 * is set to the figures typed in. */
gboolean         rc_store_get_cohort_funnel   (RcStore          *self,
                                               gint64            cohort_id,
                                               RcFunnel         *out,
                                               RcFunnelFigures **typed,
                                               GError          **error);

G_END_DECLS
