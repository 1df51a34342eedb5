/* rc-chart-series.c: the categories and series that bar and line charts
 * both hold
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-charts"

#include "config.h"

#include <math.h>

#include "rc-chart-private.h"

static void
series_free (gpointer data)
{
  RcChartSeries *series = data;

  g_free (series->label);
  g_free (series->values);
  g_free (series->present);
  if (series->notes != NULL)
    for (guint i = 0; i < series->n; i++)
      g_free (series->notes[i]);
  g_free (series->notes);
  g_free (series);
}

/* Cuts or pads with missing values to @n. */
static void
series_resize (RcChartSeries *series,
               guint          n)
{
  if (series->notes != NULL)
    {
      for (guint i = n; i < series->n; i++)
        g_free (series->notes[i]);
      series->notes = g_renew (char *, series->notes, MAX (n, 1u));
      for (guint i = series->n; i < n; i++)
        series->notes[i] = NULL;
    }
  series->values = g_renew (double, series->values, MAX (n, 1u));
  series->present = g_renew (gboolean, series->present, MAX (n, 1u));
  for (guint i = series->n; i < n; i++)
    {
      series->values[i] = 0;
      series->present[i] = FALSE;
    }
  series->n = n;
}

void
rc_chart_data_init (RcChartData *data)
{
  data->title = NULL;
  data->format = RC_CHART_FORMAT_NUMBER;
  data->legend = RC_CHART_LEGEND_BELOW;
  data->categories = g_ptr_array_new_with_free_func (g_free);
  data->series = g_ptr_array_new_with_free_func (series_free);
}

void
rc_chart_data_clear (RcChartData *data)
{
  g_clear_pointer (&data->title, g_free);
  g_clear_pointer (&data->categories, g_ptr_array_unref);
  g_clear_pointer (&data->series, g_ptr_array_unref);
}

void
rc_chart_data_set_title (RcChartData *data,
                         const char  *title)
{
  g_free (data->title);
  data->title = g_strdup (title);
}

void
rc_chart_data_set_categories (RcChartData        *data,
                              const char * const *labels,
                              guint               n_labels)
{
  g_ptr_array_set_size (data->categories, 0);
  for (guint i = 0; i < n_labels; i++)
    g_ptr_array_add (data->categories, g_strdup (labels[i] != NULL ? labels[i] : ""));
  for (guint i = 0; i < data->series->len; i++)
    series_resize (g_ptr_array_index (data->series, i), n_labels);
}

guint
rc_chart_data_add_series (RcChartData    *data,
                          const char     *label,
                          const double   *values,
                          const gboolean *present,
                          guint           n)
{
  RcChartSeries *s = g_new0 (RcChartSeries, 1);
  guint n_categories = data->categories->len;

  s->label = g_strdup (label != NULL ? label : "");
  series_resize (s, n_categories);
  for (guint i = 0; i < MIN (n, n_categories); i++)
    {
      s->values[i] = values[i];
      s->present[i] = (present == NULL || present[i]) && isfinite (values[i]);
    }
  g_ptr_array_add (data->series, s);

  return data->series->len - 1;
}
