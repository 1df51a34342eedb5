/* rc-bar-chart.h: grouped or stacked bars, categories × series
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

#include "rc-chart-axis.h"
#include "rc-chart-style.h"

G_BEGIN_DECLS

typedef enum
{
  RC_BAR_CHART_GROUPED,  /* one bar per series side by side in each category */
  RC_BAR_CHART_STACKED,  /* one bar per category, series stacked from 0 */
} RcBarChartMode;

typedef struct _RcBarChart RcBarChart;

RcBarChart *rc_bar_chart_new              (RcBarChartMode         mode);
void        rc_bar_chart_free             (RcBarChart            *chart);

void        rc_bar_chart_set_title        (RcBarChart            *chart,
                                           const char            *title);
/* RC_CHART_FORMAT_MONEY takes values in pence: "£12k" on the axis. */
void        rc_bar_chart_set_format       (RcBarChart            *chart,
                                           RcChartFormat          format);
/* A chart of one series needs no key and gets none. */
void        rc_bar_chart_set_legend       (RcBarChart            *chart,
                                           RcChartLegendPosition  position);
void        rc_bar_chart_set_mode         (RcBarChart            *chart,
                                           RcBarChartMode         mode);
/* Series added before keep their values, cut or padded with missing ones. */
void        rc_bar_chart_set_categories   (RcBarChart            *chart,
                                           const char * const    *categories,
                                           guint                  n_categories);
/* Copies @n values, one per category (@present NULL: all present; a value
 * that is not finite counts as missing: no bar). Returns the index. */
guint       rc_bar_chart_add_series       (RcBarChart            *chart,
                                           const char            *label,
                                           const double          *values,
                                           const gboolean        *present,
                                           guint                  n);

RcBarChartMode rc_bar_chart_get_mode      (const RcBarChart      *chart);
guint       rc_bar_chart_get_n_categories (const RcBarChart      *chart);
guint       rc_bar_chart_get_n_series     (const RcBarChart      *chart);
/* FALSE when the value is missing. */
gboolean    rc_bar_chart_get_value        (const RcBarChart      *chart,
                                           guint                  series,
                                           guint                  category,
                                           double                *value);
/* "Bursaries, Somerset: £12,345.00"; NULL for a missing value. */
char       *rc_bar_chart_describe_bar     (const RcBarChart      *chart,
                                           guint                  series,
                                           guint                  category);

/* Paints the whole area, background included. @style NULL is the light one. */
void        rc_bar_chart_draw             (const RcBarChart      *chart,
                                           cairo_t               *cr,
                                           double                 width,
                                           double                 height,
                                           const RcChartStyle    *style);

/* Geometry as drawn at @width × @height with the default font. */
gboolean    rc_bar_chart_plot_area        (const RcBarChart      *chart,
                                           double                 width,
                                           double                 height,
                                           RcChartRect           *area);
/* The rectangle of one bar (one segment when stacked); FALSE when the
 * value is missing. A value of 0 has a rectangle of height 0. */
gboolean    rc_bar_chart_bar_rect         (const RcBarChart      *chart,
                                           double                 width,
                                           double                 height,
                                           guint                  series,
                                           guint                  category,
                                           RcChartRect           *rect);
gboolean    rc_bar_chart_hit_test         (const RcBarChart      *chart,
                                           double                 width,
                                           double                 height,
                                           double                 x,
                                           double                 y,
                                           guint                 *series,
                                           guint                 *category);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RcBarChart, rc_bar_chart_free)

G_END_DECLS
