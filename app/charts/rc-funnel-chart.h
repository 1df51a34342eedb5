/* rc-funnel-chart.h: how many people reach each stage of a pipeline
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

#include "rc-chart-style.h"

G_BEGIN_DECLS

typedef struct _RcFunnelChart RcFunnelChart;

RcFunnelChart *rc_funnel_chart_new            (void);
void           rc_funnel_chart_free           (RcFunnelChart        *chart);

void           rc_funnel_chart_set_title      (RcFunnelChart        *chart,
                                               const char           *title);
/* Stages in pipeline order; returns the index. */
guint          rc_funnel_chart_add_stage      (RcFunnelChart        *chart,
                                               const char           *label,
                                               guint64               count);
/* A stage with no figure: its row is labelled, with no bar, and reads
 * "not recorded". Returns the index. */
guint          rc_funnel_chart_add_missing_stage (RcFunnelChart     *chart,
                                               const char           *label);
/* The figure is a lower bound, as published: "at least 79". */
void           rc_funnel_chart_set_stage_at_least (RcFunnelChart    *chart,
                                               guint                 stage,
                                               gboolean              at_least);
gboolean       rc_funnel_chart_stage_has_figure (const RcFunnelChart *chart,
                                               guint                 stage);
guint          rc_funnel_chart_get_n_stages   (const RcFunnelChart  *chart);
guint64        rc_funnel_chart_get_count      (const RcFunnelChart  *chart,
                                               guint                 stage);
/* "45 (37.5 %)": the count and its share of the first stage with a figure
 * ("—" when that is 0); "at least 79 (39.7 %)"; "not recorded". */
char          *rc_funnel_chart_format_stage   (const RcFunnelChart  *chart,
                                               guint                 stage);

/* Each stage is a bar centred on one axis, its width proportional to its
 * count (the largest count takes the full width), with the count and its
 * share of the first stage written on it. @style NULL is the light one. */
void           rc_funnel_chart_draw           (const RcFunnelChart  *chart,
                                               cairo_t              *cr,
                                               double                width,
                                               double                height,
                                               const RcChartStyle   *style);

/* Geometry as drawn with the default font; FALSE for no such stage. */
gboolean       rc_funnel_chart_stage_rect     (const RcFunnelChart  *chart,
                                               double                width,
                                               double                height,
                                               guint                 stage,
                                               RcChartRect          *rect);
/* The stage whose row (label, bar and the space beside it) holds (@x, @y). */
gboolean       rc_funnel_chart_hit_test       (const RcFunnelChart  *chart,
                                               double                width,
                                               double                height,
                                               double                x,
                                               double                y,
                                               guint                *stage);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RcFunnelChart, rc_funnel_chart_free)

G_END_DECLS
