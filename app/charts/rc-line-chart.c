/* rc-line-chart.c: the series and periods of a line chart
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-charts"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "rc-chart-private.h"
#include "rc-line-chart-private.h"

RcLineChart *
rc_line_chart_new (void)
{
  RcLineChart *chart = g_new0 (RcLineChart, 1);

  rc_chart_data_init (&chart->data);

  return chart;
}

void
rc_line_chart_free (RcLineChart *chart)
{
  if (chart == NULL)
    return;
  rc_chart_data_clear (&chart->data);
  g_free (chart);
}

void
rc_line_chart_set_title (RcLineChart *chart,
                         const char  *title)
{
  g_return_if_fail (chart != NULL);
  rc_chart_data_set_title (&chart->data, title);
}

void
rc_line_chart_set_format (RcLineChart   *chart,
                          RcChartFormat  format)
{
  g_return_if_fail (chart != NULL);
  chart->data.format = format;
}

void
rc_line_chart_set_legend (RcLineChart           *chart,
                          RcChartLegendPosition  position)
{
  g_return_if_fail (chart != NULL);
  chart->data.legend = position;
}

void
rc_line_chart_set_periods (RcLineChart        *chart,
                           const char * const *periods,
                           guint               n_periods)
{
  g_return_if_fail (chart != NULL);
  g_return_if_fail (periods != NULL || n_periods == 0);

  rc_chart_data_set_categories (&chart->data, periods, n_periods);
}

guint
rc_line_chart_add_series (RcLineChart    *chart,
                          const char     *label,
                          const double   *values,
                          const gboolean *present,
                          guint           n)
{
  g_return_val_if_fail (chart != NULL, RC_LINE_CHART_NONE);
  g_return_val_if_fail (values != NULL || n == 0, RC_LINE_CHART_NONE);

  return rc_chart_data_add_series (&chart->data, label, values, present, n);
}

guint
rc_line_chart_add_rates (RcLineChart  *chart,
                         const char   *label,
                         const RcRate *rates,
                         guint         n)
{
  g_autofree double *values = g_new0 (double, MAX (n, 1u));
  g_autofree gboolean *present = g_new0 (gboolean, MAX (n, 1u));

  g_return_val_if_fail (rates != NULL || n == 0, RC_LINE_CHART_NONE);

  for (guint i = 0; i < n; i++)
    {
      values[i] = rates[i].value;
      present[i] = rates[i].present;
    }
  return rc_line_chart_add_series (chart, label, values, present, n);
}

void
rc_line_chart_set_note (RcLineChart *chart,
                        guint        series,
                        guint        index,
                        const char  *note)
{
  RcChartSeries *s;

  g_return_if_fail (chart != NULL);
  g_return_if_fail (series < chart->data.series->len);

  s = g_ptr_array_index (chart->data.series, series);
  g_return_if_fail (index < s->n);

  if (s->notes == NULL)
    {
      if (note == NULL)
        return;
      s->notes = g_new0 (char *, MAX (s->n, 1u));
    }
  g_free (s->notes[index]);
  s->notes[index] = g_strdup (note);
}

const char *
rc_line_chart_get_note (const RcLineChart *chart,
                        guint              series,
                        guint              index)
{
  const RcChartSeries *s;

  g_return_val_if_fail (chart != NULL, NULL);

  if (series >= chart->data.series->len)
    return NULL;
  s = g_ptr_array_index (chart->data.series, series);

  return s->notes != NULL && index < s->n ? s->notes[index] : NULL;
}

void
rc_line_chart_set_benchmark (RcLineChart *chart,
                             guint        series,
                             gboolean     benchmark)
{
  g_return_if_fail (chart != NULL);
  g_return_if_fail (series < chart->data.series->len);

  ((RcChartSeries *) g_ptr_array_index (chart->data.series, series))->dashed_benchmark = !!benchmark;
}

void
rc_line_chart_set_highlighted (RcLineChart *chart,
                               guint        series)
{
  g_return_if_fail (chart != NULL);
  g_return_if_fail (series == RC_LINE_CHART_NONE || series < chart->data.series->len);

  for (guint i = 0; i < chart->data.series->len; i++)
    ((RcChartSeries *) g_ptr_array_index (chart->data.series, i))->highlighted = (i == series);
}

guint
rc_line_chart_get_highlighted (const RcLineChart *chart)
{
  g_return_val_if_fail (chart != NULL, RC_LINE_CHART_NONE);

  for (guint i = 0; i < chart->data.series->len; i++)
    if (((RcChartSeries *) g_ptr_array_index (chart->data.series, i))->highlighted)
      return i;
  return RC_LINE_CHART_NONE;
}

const char *
rc_line_chart_get_title (const RcLineChart *chart)
{
  g_return_val_if_fail (chart != NULL, NULL);
  return chart->data.title;
}

RcChartFormat
rc_line_chart_get_format (const RcLineChart *chart)
{
  g_return_val_if_fail (chart != NULL, RC_CHART_FORMAT_NUMBER);
  return chart->data.format;
}

guint
rc_line_chart_get_n_periods (const RcLineChart *chart)
{
  g_return_val_if_fail (chart != NULL, 0);
  return chart->data.categories->len;
}

const char *
rc_line_chart_get_period (const RcLineChart *chart,
                          guint              index)
{
  g_return_val_if_fail (chart != NULL, NULL);
  g_return_val_if_fail (index < chart->data.categories->len, NULL);
  return g_ptr_array_index (chart->data.categories, index);
}

guint
rc_line_chart_get_n_series (const RcLineChart *chart)
{
  g_return_val_if_fail (chart != NULL, 0);
  return chart->data.series->len;
}

const RcChartSeries *
rc_line_chart_get_series (const RcLineChart *chart,
                          guint              series)
{
  g_return_val_if_fail (chart != NULL, NULL);
  g_return_val_if_fail (series < chart->data.series->len, NULL);
  return g_ptr_array_index (chart->data.series, series);
}

const RcChartSeries *
rc_line_chart_point_series (const RcLineChart *chart,
              guint              series,
              guint              index)
{
  const RcChartSeries *s;

  if (series >= chart->data.series->len)
    return NULL;
  s = g_ptr_array_index (chart->data.series, series);
  return index < s->n && s->present[index] ? s : NULL;
}

char *
rc_line_chart_describe_point (const RcLineChart *chart,
                              guint              series,
                              guint              index)
{
  const RcChartSeries *s;
  g_autofree char *value = NULL;

  g_return_val_if_fail (chart != NULL, NULL);

  if ((s = rc_line_chart_point_series (chart, series, index)) == NULL)
    return NULL;
  value = rc_chart_format_value (chart->data.format, s->values[index]);
  if (s->notes != NULL && s->notes[index] != NULL)
    /* Translators: series, period, value and where it comes from:
     * "England, 2019: 17.4 % (published rate)" */
    return g_strdup_printf (_("%s, %s: %s (%s)"), s->label,
                            (const char *) g_ptr_array_index (chart->data.categories, index), value,
                            s->notes[index]);
  /* Translators: series, period, value: "Somerset, 2025: 14.9 %" */
  return g_strdup_printf (_("%s, %s: %s"), s->label,
                          (const char *) g_ptr_array_index (chart->data.categories, index), value);
}
