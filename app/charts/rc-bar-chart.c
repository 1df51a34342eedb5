/* rc-bar-chart.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-charts"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "rc-bar-chart.h"
#include "rc-chart-private.h"

#define GROUP_SHARE   0.8   /* of a category's band, for grouped bars */
#define STACK_SHARE   0.6   /* of a category's band, for a stacked bar */
#define HIT_SLOP      2.0   /* so that a bar of 0 can still be pointed at */

struct _RcBarChart
{
  RcChartData     data;
  RcBarChartMode  mode;
};

RcBarChart *
rc_bar_chart_new (RcBarChartMode mode)
{
  RcBarChart *chart = g_new0 (RcBarChart, 1);

  rc_chart_data_init (&chart->data);
  chart->mode = mode;

  return chart;
}

void
rc_bar_chart_free (RcBarChart *chart)
{
  if (chart == NULL)
    return;
  rc_chart_data_clear (&chart->data);
  g_free (chart);
}

void
rc_bar_chart_set_title (RcBarChart *chart,
                        const char *title)
{
  g_return_if_fail (chart != NULL);
  rc_chart_data_set_title (&chart->data, title);
}

void
rc_bar_chart_set_format (RcBarChart    *chart,
                         RcChartFormat  format)
{
  g_return_if_fail (chart != NULL);
  chart->data.format = format;
}

void
rc_bar_chart_set_legend (RcBarChart            *chart,
                         RcChartLegendPosition  position)
{
  g_return_if_fail (chart != NULL);
  chart->data.legend = position;
}

void
rc_bar_chart_set_mode (RcBarChart     *chart,
                       RcBarChartMode  mode)
{
  g_return_if_fail (chart != NULL);
  chart->mode = mode;
}

void
rc_bar_chart_set_categories (RcBarChart         *chart,
                             const char * const *categories,
                             guint               n_categories)
{
  g_return_if_fail (chart != NULL);
  g_return_if_fail (categories != NULL || n_categories == 0);

  rc_chart_data_set_categories (&chart->data, categories, n_categories);
}

guint
rc_bar_chart_add_series (RcBarChart     *chart,
                         const char     *label,
                         const double   *values,
                         const gboolean *present,
                         guint           n)
{
  g_return_val_if_fail (chart != NULL, G_MAXUINT);
  g_return_val_if_fail (values != NULL || n == 0, G_MAXUINT);

  return rc_chart_data_add_series (&chart->data, label, values, present, n);
}

RcBarChartMode
rc_bar_chart_get_mode (const RcBarChart *chart)
{
  g_return_val_if_fail (chart != NULL, RC_BAR_CHART_GROUPED);
  return chart->mode;
}

guint
rc_bar_chart_get_n_categories (const RcBarChart *chart)
{
  g_return_val_if_fail (chart != NULL, 0);
  return chart->data.categories->len;
}

guint
rc_bar_chart_get_n_series (const RcBarChart *chart)
{
  g_return_val_if_fail (chart != NULL, 0);
  return chart->data.series->len;
}

gboolean
rc_bar_chart_get_value (const RcBarChart *chart,
                        guint             series,
                        guint             category,
                        double           *value)
{
  const RcChartSeries *s;

  g_return_val_if_fail (chart != NULL, FALSE);

  if (series >= chart->data.series->len || category >= chart->data.categories->len)
    return FALSE;
  s = g_ptr_array_index (chart->data.series, series);
  if (!s->present[category])
    return FALSE;
  if (value != NULL)
    *value = s->values[category];
  return TRUE;
}

char *
rc_bar_chart_describe_bar (const RcBarChart *chart,
                           guint             series,
                           guint             category)
{
  g_autofree char *text = NULL;
  double value;

  g_return_val_if_fail (chart != NULL, NULL);

  if (!rc_bar_chart_get_value (chart, series, category, &value))
    return NULL;
  text = rc_chart_format_value (chart->data.format, value);
  /* Translators: series, category, value: "Bursaries, Somerset: £12,000.00" */
  return g_strdup_printf (_("%s, %s: %s"),
                          ((RcChartSeries *) g_ptr_array_index (chart->data.series, series))->label,
                          (const char *) g_ptr_array_index (chart->data.categories, category), text);
}

/* ---- Layout ---------------------------------------------------------------- */

typedef struct
{
  RcChartText    text;
  RcChartLegend  legend;
  RcChartFrame   frame;
  gboolean       has_data;
} Layout;

static void
data_range (const RcBarChart *chart,
            double           *lo,
            double           *hi,
            gboolean         *any)
{
  *lo = 0;
  *hi = 0;
  *any = FALSE;
  for (guint c = 0; c < chart->data.categories->len; c++)
    {
      double up = 0, down = 0;

      for (guint i = 0; i < chart->data.series->len; i++)
        {
          const RcChartSeries *s = g_ptr_array_index (chart->data.series, i);
          double v = s->values[c];

          if (!s->present[c])
            continue;
          *any = TRUE;
          if (chart->mode == RC_BAR_CHART_STACKED)
            {
              if (v >= 0)
                up += v;
              else
                down += v;
            }
          else
            {
              up = MAX (up, v);
              down = MIN (down, v);
            }
        }
      *hi = MAX (*hi, up);
      *lo = MIN (*lo, down);
    }
}

static void
layout_init (Layout             *layout,
             const RcBarChart   *chart,
             const RcChartStyle *style,
             double              width,
             double              height)
{
  double lo, hi;

  rc_chart_text_init (&layout->text, style != NULL ? style->font : NULL);
  rc_chart_legend_init (&layout->legend,
                        chart->data.series->len > 1 ? chart->data.legend : RC_CHART_LEGEND_NONE);
  for (guint i = 0; i < chart->data.series->len; i++)
    {
      const RcChartSeries *s = g_ptr_array_index (chart->data.series, i);
      RcChartLegendEntry *entry = rc_chart_legend_add (&layout->legend, s->label,
                                                       RC_CHART_SWATCH_BOX);

      entry->slot = i;
      if (style != NULL)
        entry->color = rc_chart_style_series_color (style, i);
    }

  data_range (chart, &lo, &hi, &layout->has_data);
  rc_chart_frame_compute (&layout->frame, &layout->text, &chart->data, &layout->legend, lo, hi, width, height);
}

static void
layout_clear (Layout *layout)
{
  rc_chart_legend_clear (&layout->legend);
  rc_chart_text_clear (&layout->text);
}

static gboolean
bar_rect (const Layout     *layout,
          const RcBarChart *chart,
          guint             series,
          guint             category,
          RcChartRect      *rect)
{
  guint n_categories = chart->data.categories->len, n_series = chart->data.series->len;
  const RcChartSeries *s;
  double band, x, base = 0, v, y0, y1;

  if (series >= n_series || category >= n_categories)
    return FALSE;
  s = g_ptr_array_index (chart->data.series, series);
  if (!s->present[category])
    return FALSE;
  v = s->values[category];

  x = rc_chart_frame_band_x (&layout->frame, n_categories, category, &band);
  if (chart->mode == RC_BAR_CHART_STACKED)
    {
      /* Positive values stack up from 0, negative ones down from it. */
      for (guint i = 0; i < series; i++)
        {
          const RcChartSeries *below = g_ptr_array_index (chart->data.series, i);
          double w = below->values[category];

          if (below->present[category] && (w >= 0) == (v >= 0))
            base += w;
        }
      rect->x = x + band * (1 - STACK_SHARE) / 2;
      rect->width = band * STACK_SHARE;
    }
  else
    {
      double group = band * GROUP_SHARE, bar = group / n_series;
      double gap = MIN (2.0, bar * 0.15);

      rect->x = x + (band - group) / 2 + series * bar + gap / 2;
      rect->width = bar - gap;
    }

  y0 = rc_chart_frame_value_y (&layout->frame, base);
  y1 = rc_chart_frame_value_y (&layout->frame, base + v);
  rect->y = MIN (y0, y1);
  rect->height = fabs (y1 - y0);
  return TRUE;
}

/* ---- Drawing --------------------------------------------------------------- */

void
rc_bar_chart_draw (const RcBarChart   *chart,
                   cairo_t            *cr,
                   double              width,
                   double              height,
                   const RcChartStyle *style)
{
  RcChartStyle light;
  Layout layout;

  g_return_if_fail (chart != NULL);
  g_return_if_fail (cr != NULL);

  style = rc_chart_draw_begin (cr, style, &light, width, height);
  layout_init (&layout, chart, style, width, height);

  if (!layout.has_data)
    rc_chart_draw_no_data (&layout.text, cr, style, chart->data.title, width, height);
  else
    {
      rc_chart_frame_draw (&layout.frame, &layout.text, cr, style, &chart->data, &layout.legend);
      for (guint i = 0; i < chart->data.series->len; i++)
        {
          RcChartColor color = rc_chart_style_series_color (style, i);
          RcChartColor hatch = rc_chart_color_mix (&color, &style->background, 0.7);

          for (guint c = 0; c < chart->data.categories->len; c++)
            {
              RcChartRect rect;

              if (bar_rect (&layout, chart, i, c, &rect) && rect.height > 0)
                rc_chart_fill_hatched (cr, &rect, i, &color, &hatch);
            }
        }
    }

  layout_clear (&layout);
  cairo_restore (cr);
}

/* ---- Geometry -------------------------------------------------------------- */

gboolean
rc_bar_chart_plot_area (const RcBarChart *chart,
                        double            width,
                        double            height,
                        RcChartRect      *area)
{
  Layout layout;
  gboolean ok;

  g_return_val_if_fail (chart != NULL, FALSE);
  g_return_val_if_fail (area != NULL, FALSE);

  layout_init (&layout, chart, NULL, width, height);
  *area = layout.frame.plot;
  ok = layout.has_data;
  layout_clear (&layout);
  return ok;
}

gboolean
rc_bar_chart_bar_rect (const RcBarChart *chart,
                       double            width,
                       double            height,
                       guint             series,
                       guint             category,
                       RcChartRect      *rect)
{
  Layout layout;
  RcChartRect r;
  gboolean ok;

  g_return_val_if_fail (chart != NULL, FALSE);

  layout_init (&layout, chart, NULL, width, height);
  ok = bar_rect (&layout, chart, series, category, &r);
  layout_clear (&layout);
  if (ok && rect != NULL)
    *rect = r;
  return ok;
}

gboolean
rc_bar_chart_hit_test (const RcBarChart *chart,
                       double            width,
                       double            height,
                       double            x,
                       double            y,
                       guint            *series,
                       guint            *category)
{
  Layout layout;
  gboolean found = FALSE;

  g_return_val_if_fail (chart != NULL, FALSE);

  layout_init (&layout, chart, NULL, width, height);
  for (guint i = 0; !found && i < chart->data.series->len; i++)
    for (guint c = 0; !found && c < chart->data.categories->len; c++)
      {
        RcChartRect rect;

        if (!bar_rect (&layout, chart, i, c, &rect))
          continue;
        rect.y -= HIT_SLOP;
        rect.height += 2 * HIT_SLOP;
        if (rc_chart_rect_contains (&rect, x, y))
          {
            found = TRUE;
            if (series != NULL)
              *series = i;
            if (category != NULL)
              *category = c;
          }
      }
  layout_clear (&layout);
  return found;
}
