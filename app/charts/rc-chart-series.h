/* rc-chart-series.h: one series of values over a chart's categories
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* One line of a line chart, or one colour of bars of a bar chart. Owned
 * by its chart; a line chart's are read with rc_line_chart_get_series(). */
typedef struct
{
  char     *label;
  double   *values;           /* n values, one per category or period */
  gboolean *present;          /* FALSE where a value is missing: a gap */
  guint     n;
  gboolean  highlighted;      /* drawn thicker, on top; the others muted */
  gboolean  dashed_benchmark; /* national or regional: foreground, dashed */
  char    **notes;            /* NULL, or n notes, NULL where a point has none */
} RcChartSeries;

G_END_DECLS
