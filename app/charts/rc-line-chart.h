/* rc-line-chart.h: series of values over shared periods, such as years
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

#include "model/rc-figure.h"
#include "rc-chart-axis.h"
#include "rc-chart-series.h"
#include "rc-chart-style.h"

G_BEGIN_DECLS

typedef struct _RcLineChart RcLineChart;

#define RC_LINE_CHART_NONE G_MAXUINT

RcLineChart         *rc_line_chart_new               (void);
void                 rc_line_chart_free              (RcLineChart          *chart);

void                 rc_line_chart_set_title         (RcLineChart          *chart,
                                                      const char           *title);
void                 rc_line_chart_set_format        (RcLineChart          *chart,
                                                      RcChartFormat         format);
void                 rc_line_chart_set_legend        (RcLineChart          *chart,
                                                      RcChartLegendPosition position);
/* The x axis: "2017" … "2025". Series added before keep their values, cut
 * or padded with missing ones. */
void                 rc_line_chart_set_periods       (RcLineChart          *chart,
                                                      const char * const   *periods,
                                                      guint                 n_periods);
/* Copies @n values (@present NULL: all present; a value that is not finite
 * counts as missing). Periods past @n are missing. Returns the index. */
guint                rc_line_chart_add_series        (RcLineChart          *chart,
                                                      const char           *label,
                                                      const double         *values,
                                                      const gboolean       *present,
                                                      guint                 n);
/* The same from rates: a rate with no value is a gap. */
guint                rc_line_chart_add_rates         (RcLineChart          *chart,
                                                      const char           *label,
                                                      const RcRate         *rates,
                                                      guint                 n);
/* A few words on where a point's value comes from, such as "published
 * rate": said after the value by rc_line_chart_describe_point(). */
void                 rc_line_chart_set_note          (RcLineChart          *chart,
                                                      guint                 series,
                                                      guint                 index,
                                                      const char           *note);
/* NULL when the point has no note. */
const char          *rc_line_chart_get_note          (const RcLineChart    *chart,
                                                      guint                 series,
                                                      guint                 index);
void                 rc_line_chart_set_benchmark     (RcLineChart          *chart,
                                                      guint                 series,
                                                      gboolean              benchmark);
/* At most one series is highlighted; RC_LINE_CHART_NONE for none. */
void                 rc_line_chart_set_highlighted   (RcLineChart          *chart,
                                                      guint                 series);
guint                rc_line_chart_get_highlighted   (const RcLineChart    *chart);

const char          *rc_line_chart_get_title         (const RcLineChart    *chart);
RcChartFormat        rc_line_chart_get_format        (const RcLineChart    *chart);
guint                rc_line_chart_get_n_periods     (const RcLineChart    *chart);
const char          *rc_line_chart_get_period        (const RcLineChart    *chart,
                                                      guint                 index);
guint                rc_line_chart_get_n_series      (const RcLineChart    *chart);
const RcChartSeries *rc_line_chart_get_series        (const RcLineChart    *chart,
                                                      guint                 series);
/* "Somerset, 2025: 14.9 %", for a tooltip or a screen reader, with the
 * point's note: "England, 2019: 17.4 % (published rate)"; NULL when the
 * point does not exist or has no value. */
char                *rc_line_chart_describe_point    (const RcLineChart    *chart,
                                                      guint                 series,
                                                      guint                 index);

/* Paints the whole @width × @height area of @cr, background included
 * (unless style->fill_background is FALSE). @style NULL is the light one. */
void                 rc_line_chart_draw              (const RcLineChart    *chart,
                                                      cairo_t              *cr,
                                                      double                width,
                                                      double                height,
                                                      const RcChartStyle   *style);

/* Geometry, as rc_line_chart_draw() lays it out at @width × @height with
 * the default font. Point i of n sits at the centre of the i-th of n equal
 * bands across the plot area; a value v at
 * plot.y + plot.height × (max − v) / (max − min) of the value axis. */
gboolean             rc_line_chart_plot_area         (const RcLineChart    *chart,
                                                      double                width,
                                                      double                height,
                                                      RcChartRect          *area);
/* How many period labels the x axis shows at @width × @height: all of
 * them when they fit, wrapped if need be; every n-th when they are single
 * words (years) that do not. */
guint                rc_line_chart_n_period_labels   (const RcLineChart    *chart,
                                                      double                width,
                                                      double                height);
/* FALSE (and an empty rectangle) when there is no legend. */
gboolean             rc_line_chart_legend_area       (const RcLineChart    *chart,
                                                      double                width,
                                                      double                height,
                                                      RcChartRect          *area);
/* The value axis: first and last tick. */
gboolean             rc_line_chart_value_range       (const RcLineChart    *chart,
                                                      double                width,
                                                      double                height,
                                                      double               *min,
                                                      double               *max);
/* Where the point is drawn; FALSE when it does not exist or is missing. */
gboolean             rc_line_chart_point_position    (const RcLineChart    *chart,
                                                      double                width,
                                                      double                height,
                                                      guint                 series,
                                                      guint                 index,
                                                      double               *x,
                                                      double               *y);
/* The point nearest (@x, @y) within 8 units, the highlighted series
 * winning a tie; FALSE when none is that close. */
gboolean             rc_line_chart_hit_test          (const RcLineChart    *chart,
                                                      double                width,
                                                      double                height,
                                                      double                x,
                                                      double                y,
                                                      guint                *series,
                                                      guint                *index);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RcLineChart, rc_line_chart_free)

G_END_DECLS
