/* rc-line-chart-private.h: what the drawing of a line chart reads
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rc-chart-private.h"
#include "rc-line-chart.h"

G_BEGIN_DECLS

struct _RcLineChart
{
  RcChartData data;  /* its categories are the periods */
};

/* The series when point @index of it exists and has a value, else NULL. */
const RcChartSeries *rc_line_chart_point_series (const RcLineChart *chart,
                                                 guint              series,
                                                 guint              index);

G_END_DECLS
