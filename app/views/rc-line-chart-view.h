/* rc-line-chart-view.h: a widget that shows an RcLineChart
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "charts/rc-line-chart.h"

G_BEGIN_DECLS

#define RC_TYPE_LINE_CHART_VIEW (rc_line_chart_view_get_type ())

G_DECLARE_FINAL_TYPE (RcLineChartView, rc_line_chart_view, RC, LINE_CHART_VIEW, GtkWidget)

GtkWidget         *rc_line_chart_view_new       (void);
/* Takes ownership of @chart (NULL shows nothing). */
void               rc_line_chart_view_set_chart (RcLineChartView *self,
                                                 RcLineChart     *chart);
const RcLineChart *rc_line_chart_view_get_chart (RcLineChartView *self);
/* The point the keyboard or the pointer is on, as text; NULL if none. */
char              *rc_line_chart_view_describe_focus (RcLineChartView *self);

G_END_DECLS
