/* rc-chart-axis.h: value axes with "nice" ticks, and how values read
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  RC_CHART_FORMAT_NUMBER,   /* 16.2, 1,250 */
  RC_CHART_FORMAT_PERCENT,  /* values are fractions: 0.149 is "14.9 %" */
  RC_CHART_FORMAT_MONEY,    /* values are pence: "£12k" on an axis */
} RcChartFormat;

typedef struct
{
  double min;     /* first tick, 0 unless a value is negative */
  double max;     /* last tick, at or above the largest value */
  double step;    /* 1, 2 or 5 times a power of ten */
  guint  n_ticks; /* ticks from min to max inclusive */
} RcChartTicks;

/* Ticks from 0 (or below, for negative data) to at least @data_max, about
 * @target intervals apart. With no range (all values 0, or none) the axis
 * still gets a sensible scale: 0–10 % for percentages, 0–1 otherwise. */
void  rc_chart_ticks_compute  (double         data_min,
                               double         data_max,
                               RcChartFormat  format,
                               guint          target,
                               RcChartTicks  *ticks);
double rc_chart_ticks_value   (const RcChartTicks *ticks,
                               guint               i);

/* A tick label, as short as the step allows: "15 %", "2.5 %", "£1.2m",
 * "£500k", "1,200". Always a '.' and a U+2212 minus sign, whatever the
 * locale. */
char *rc_chart_format_tick    (RcChartFormat  format,
                               double         value,
                               double         step);
/* A value in full, for a tooltip or a label: "14.9 %", "£12,345.67",
 * "16.25"; "—" for a value that is not finite. */
char *rc_chart_format_value   (RcChartFormat  format,
                               double         value);

G_END_DECLS
