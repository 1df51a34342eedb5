/* rc-cohort-funnel-chart.h: a cohort's recruitment funnel as a chart
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "charts/rc-chart-export.h"
#include "charts/rc-funnel-chart.h"
#include "store/rc-store.h"

G_BEGIN_DECLS

/* Every step of @funnel, a step with no figure as "not recorded", a lower
 * bound as "at least". */
RcFunnelChart *rc_cohort_funnel_chart_new    (const RcFunnel  *funnel,
                                              const char      *title);

/* The funnel of cohort @cohort_id as a PNG, SVG or PDF file (by the
 * extension of @path), with the sources of its figures under it in a
 * PDF. Written as rc_chart_export_with_options() writes. */
gboolean       rc_cohort_funnel_chart_export (RcStore         *store,
                                              gint64           cohort_id,
                                              const char      *path,
                                              GError         **error);
/* The same, read here and drawn and written in a worker; FALSE (and
 * nothing started) when the extension is not a chart's or the cohort
 * could not be read. Finish with rc_chart_export_finish(). */
gboolean       rc_cohort_funnel_chart_export_async (RcStore              *store,
                                                    gint64                cohort_id,
                                                    const char           *path,
                                                    GCancellable         *cancellable,
                                                    GAsyncReadyCallback   callback,
                                                    gpointer              user_data,
                                                    GError              **error);

G_END_DECLS
