/* rc-line-chart-draw.c: the layout, drawing and geometry of a line chart
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-charts"

#include "config.h"

#include <math.h>

#include "rc-chart-private.h"
#include "rc-line-chart-private.h"

#define HIT_RADIUS 8.0
/* Past this many lines markers and dashes turn into clutter: only the
 * highlighted series keeps its markers, and the crowd of other lines is
 * drawn thin, solid and with faster antialiasing (see series_look()). */
#define MAX_MARKED_SERIES 12

/* ---- Layout ---------------------------------------------------------------- */

typedef struct
{
  RcChartText    text;
  RcChartLegend  legend;
  RcChartFrame   frame;
  gboolean       has_data;
  gboolean       has_highlight;
  guint         *slots;       /* colour slot of each series */
} Layout;

static void
layout_init (Layout             *layout,
             const RcLineChart  *chart,
             const RcChartStyle *style,
             double              width,
             double              height)
{
  double lo = INFINITY, hi = -INFINITY;
  guint n_series = chart->data.series->len, ordinary = 0, benchmarks = 0;
  gboolean marked = n_series <= MAX_MARKED_SERIES;

  rc_chart_text_init (&layout->text, style != NULL ? style->font : NULL);
  rc_chart_legend_init (&layout->legend, chart->data.legend);
  layout->slots = g_new0 (guint, MAX (n_series, 1u));
  layout->has_highlight = FALSE;

  for (guint i = 0; i < n_series; i++)
    {
      const RcChartSeries *s = g_ptr_array_index (chart->data.series, i);
      RcChartLegendEntry *entry;

      layout->slots[i] = s->dashed_benchmark ? benchmarks++ : ordinary++;
      layout->has_highlight |= s->highlighted;
      for (guint j = 0; j < s->n; j++)
        if (s->present[j])
          {
            lo = MIN (lo, s->values[j]);
            hi = MAX (hi, s->values[j]);
          }

      entry = rc_chart_legend_add (&layout->legend, s->label, RC_CHART_SWATCH_LINE);
      entry->slot = layout->slots[i];
      entry->benchmark = s->dashed_benchmark;
      entry->solid = s->highlighted;
      entry->show_marker = marked || s->highlighted;
      entry->important = s->highlighted || s->dashed_benchmark;
      entry->bold = s->highlighted;
      /* Colours need a style; the legend's are set before drawing. */
    }

  layout->has_data = chart->data.categories->len > 0 && lo <= hi;
  rc_chart_frame_compute (&layout->frame, &layout->text, &chart->data, &layout->legend,
                          layout->has_data ? lo : 0, layout->has_data ? hi : 0, width, height);
}

static void
layout_clear (Layout *layout)
{
  rc_chart_legend_clear (&layout->legend);
  rc_chart_text_clear (&layout->text);
  g_clear_pointer (&layout->slots, g_free);
}

static double
point_x (const Layout *layout,
         guint         n_periods,
         guint         index)
{
  double band;
  double x = rc_chart_frame_band_x (&layout->frame, n_periods, index, &band);

  return x + band / 2;
}

/* ---- Drawing --------------------------------------------------------------- */

typedef struct
{
  RcChartColor color;
  double       line_width;
  gboolean     markers;
  /* One of a crowd: drawn as plain context, quickly. */
  gboolean     crowd;
} SeriesLook;

/* Which of the three passes draws the series: muted ones first, then
 * benchmarks, then the highlighted one on top. The hit test goes through
 * them the other way round. */
static guint
draw_pass (const RcChartSeries *s)
{
  return s->highlighted ? 2 : s->dashed_benchmark ? 1 : 0;
}

/* One of a crowd of lines behind a highlight, drawn as plain context. */
static gboolean
in_crowd (const RcLineChart *chart,
          guint              i)
{
  const RcChartSeries *s = g_ptr_array_index (chart->data.series, i);

  return chart->data.series->len > MAX_MARKED_SERIES && !s->highlighted && !s->dashed_benchmark;
}

static SeriesLook
series_look (const Layout        *layout,
             const RcLineChart   *chart,
             const RcChartStyle  *style,
             guint                i)
{
  const RcChartSeries *s = g_ptr_array_index (chart->data.series, i);
  gboolean crowded = chart->data.series->len > MAX_MARKED_SERIES;
  SeriesLook look;

  look.color = s->dashed_benchmark ? style->foreground
                                   : rc_chart_style_series_color (style, layout->slots[i]);
  look.line_width = style->line_width;
  look.markers = !crowded;
  look.crowd = in_crowd (chart, i);
  if (s->highlighted)
    {
      look.line_width = style->highlight_line_width;
      look.markers = TRUE;
    }
  else if (layout->has_highlight && !s->dashed_benchmark)
    look.color = rc_chart_color_mix (&look.color, &style->background, style->muted_mix);
  if (look.crowd)
    look.line_width = MAX (style->line_width * 0.6, 1.0);

  return look;
}

/* Adds the series' line to the current path. A missing value breaks the
 * line: no segment is drawn across it. */
static void
add_series_line (const Layout        *layout,
                 const RcLineChart   *chart,
                 cairo_t             *cr,
                 guint                i)
{
  const RcChartSeries *s = g_ptr_array_index (chart->data.series, i);
  guint n = chart->data.categories->len;

  for (guint j = 0; j < n; j++)
    {
      double x, y;

      if (!s->present[j])
        continue;
      x = point_x (layout, n, j);
      y = rc_chart_frame_value_y (&layout->frame, s->values[j]);
      if (j > 0 && s->present[j - 1])
        cairo_line_to (cr, x, y);
      else
        cairo_move_to (cr, x, y);
    }
}

static void
draw_series_markers (const Layout        *layout,
                     const RcLineChart   *chart,
                     cairo_t             *cr,
                     const RcChartStyle  *style,
                     guint                i)
{
  const RcChartSeries *s = g_ptr_array_index (chart->data.series, i);
  SeriesLook look = series_look (layout, chart, style, i);
  guint n = chart->data.categories->len;
  double marker_radius = style->marker_radius * (s->highlighted ? 1.3 : 1.0);

  for (guint j = 0; j < n; j++)
    {
      gboolean alone;
      double x, y;

      if (!s->present[j])
        continue;
      alone = (j == 0 || !s->present[j - 1]) && (j + 1 >= n || !s->present[j + 1]);
      if (!look.markers && !alone)
        continue;
      x = point_x (layout, n, j);
      y = rc_chart_frame_value_y (&layout->frame, s->values[j]);
      /* A point with no neighbour would be invisible without its marker. */
      rc_chart_draw_marker (cr, look.markers ? rc_chart_style_series_marker (layout->slots[i])
                                             : RC_CHART_MARKER_CIRCLE,
                            x, y, look.markers ? marker_radius : look.line_width,
                            &look.color, look.markers ? &style->background : NULL);
    }
}

static void
set_line_look (const Layout        *layout,
               const RcLineChart   *chart,
               cairo_t             *cr,
               const RcChartStyle  *style,
               guint                i)
{
  const RcChartSeries *s = g_ptr_array_index (chart->data.series, i);
  SeriesLook look = series_look (layout, chart, style, i);

  cairo_set_line_width (cr, look.line_width);
  /* A line in a crowd of 150 cannot be followed by its dash, and dashes
   * and fine antialiasing would treble the time to draw them all
   * (style->crowd_antialias). At the width of a pixel, round joins and caps
   * look no different from plain ones, and cost cairo a polygon each. */
  cairo_set_antialias (cr, look.crowd ? style->crowd_antialias : CAIRO_ANTIALIAS_DEFAULT);
  cairo_set_line_join (cr, look.crowd ? CAIRO_LINE_JOIN_BEVEL : CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, look.crowd ? CAIRO_LINE_CAP_BUTT : CAIRO_LINE_CAP_ROUND);
  if (s->dashed_benchmark)
    rc_chart_style_set_benchmark_dash (cr, layout->slots[i], look.line_width);
  else if (look.crowd || s->highlighted)
    cairo_set_dash (cr, NULL, 0, 0);  /* the highlighted line needs no other cue */
  else
    rc_chart_style_set_series_dash (cr, layout->slots[i], look.line_width);
  rc_chart_set_source_color (cr, &look.color);
}

static void
draw_series (const Layout        *layout,
             const RcLineChart   *chart,
             cairo_t             *cr,
             const RcChartStyle  *style,
             guint                i)
{
  cairo_new_path (cr);
  set_line_look (layout, chart, cr, style, i);
  add_series_line (layout, chart, cr, i);
  cairo_stroke (cr);
  draw_series_markers (layout, chart, cr, style, i);
}

/* The crowd of plain lines behind a highlight: the lines of each colour
 * go into one path and one stroke. Their colours are opaque, so this
 * looks the same as a stroke each. */
static void
draw_crowd (const Layout        *layout,
            const RcLineChart   *chart,
            cairo_t             *cr,
            const RcChartStyle  *style)
{
  for (guint color = 0; color < RC_CHART_N_COLORS; color++)
    {
      gboolean any = FALSE;

      cairo_new_path (cr);
      for (guint i = 0; i < chart->data.series->len; i++)
        {
          if (!in_crowd (chart, i) || layout->slots[i] % RC_CHART_N_COLORS != color)
            continue;
          if (!any)
            set_line_look (layout, chart, cr, style, i);
          any = TRUE;
          add_series_line (layout, chart, cr, i);
        }
      if (any)
        cairo_stroke (cr);
    }

  for (guint i = 0; i < chart->data.series->len; i++)
    if (in_crowd (chart, i))
      draw_series_markers (layout, chart, cr, style, i);
}

void
rc_line_chart_draw (const RcLineChart  *chart,
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
    {
      rc_chart_draw_no_data (&layout.text, cr, style, chart->data.title, width, height);
      goto out;
    }

  for (guint i = 0; i < layout.legend.entries->len; i++)
    {
      RcChartLegendEntry *entry = &g_array_index (layout.legend.entries, RcChartLegendEntry, i);
      SeriesLook look = series_look (&layout, chart, style, i);

      /* The key shows every series at full strength, even muted ones. */
      entry->color = ((RcChartSeries *) g_ptr_array_index (chart->data.series, i))->dashed_benchmark
                     ? style->foreground
                     : rc_chart_style_series_color (style, layout.slots[i]);
      entry->line_width = MAX (look.line_width, style->line_width);
    }
  rc_chart_frame_draw (&layout.frame, &layout.text, cr, style, &chart->data, &layout.legend);

  /* Muted series first, then benchmarks, then the highlighted one on top. */
  draw_crowd (&layout, chart, cr, style);
  for (guint pass = 0; pass < 3; pass++)
    for (guint i = 0; i < chart->data.series->len; i++)
      if (draw_pass (g_ptr_array_index (chart->data.series, i)) == pass && !in_crowd (chart, i))
        draw_series (&layout, chart, cr, style, i);

out:
  layout_clear (&layout);
  cairo_restore (cr);
}

/* ---- Geometry -------------------------------------------------------------- */

gboolean
rc_line_chart_plot_area (const RcLineChart *chart,
                         double             width,
                         double             height,
                         RcChartRect       *area)
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

guint
rc_line_chart_n_period_labels (const RcLineChart *chart,
                               double             width,
                               double             height)
{
  Layout layout;
  guint n, step;

  g_return_val_if_fail (chart != NULL, 0);

  layout_init (&layout, chart, NULL, width, height);
  n = chart->data.categories->len;
  step = MAX (layout.frame.label_step, 1u);
  layout_clear (&layout);

  return (n + step - 1) / step;
}

gboolean
rc_line_chart_legend_area (const RcLineChart *chart,
                           double             width,
                           double             height,
                           RcChartRect       *area)
{
  Layout layout;

  g_return_val_if_fail (chart != NULL, FALSE);
  g_return_val_if_fail (area != NULL, FALSE);

  layout_init (&layout, chart, NULL, width, height);
  *area = layout.has_data ? layout.frame.legend : (RcChartRect) { 0, 0, 0, 0 };
  layout_clear (&layout);
  return area->width > 0 && area->height > 0;
}

gboolean
rc_line_chart_value_range (const RcLineChart *chart,
                           double             width,
                           double             height,
                           double            *min,
                           double            *max)
{
  Layout layout;
  gboolean ok;

  g_return_val_if_fail (chart != NULL, FALSE);

  layout_init (&layout, chart, NULL, width, height);
  if (min != NULL)
    *min = layout.frame.ticks.min;
  if (max != NULL)
    *max = layout.frame.ticks.max;
  ok = layout.has_data;
  layout_clear (&layout);
  return ok;
}

gboolean
rc_line_chart_point_position (const RcLineChart *chart,
                              double             width,
                              double             height,
                              guint              series,
                              guint              index,
                              double            *x,
                              double            *y)
{
  const RcChartSeries *s;
  Layout layout;

  g_return_val_if_fail (chart != NULL, FALSE);

  if ((s = rc_line_chart_point_series (chart, series, index)) == NULL)
    return FALSE;

  layout_init (&layout, chart, NULL, width, height);
  if (x != NULL)
    *x = point_x (&layout, chart->data.categories->len, index);
  if (y != NULL)
    *y = rc_chart_frame_value_y (&layout.frame, s->values[index]);
  layout_clear (&layout);
  return TRUE;
}

gboolean
rc_line_chart_hit_test (const RcLineChart *chart,
                        double             width,
                        double             height,
                        double             x,
                        double             y,
                        guint             *series,
                        guint             *index)
{
  Layout layout;
  double best = HIT_RADIUS * HIT_RADIUS;
  guint best_series = RC_LINE_CHART_NONE, best_index = 0;
  guint n;

  g_return_val_if_fail (chart != NULL, FALSE);

  n = chart->data.categories->len;
  layout_init (&layout, chart, NULL, width, height);
  if (!layout.has_data)
    goto out;

  /* Top-most first, so that a tie goes to the line drawn on top. */
  for (guint pass = 3; pass-- > 0;)
    for (guint i = chart->data.series->len; i-- > 0;)
      {
        const RcChartSeries *s = g_ptr_array_index (chart->data.series, i);

        if (draw_pass (s) != pass)
          continue;
        for (guint j = 0; j < n; j++)
          {
            double dx, dy, d;

            if (!s->present[j])
              continue;
            dx = point_x (&layout, n, j) - x;
            dy = rc_chart_frame_value_y (&layout.frame, s->values[j]) - y;
            d = dx * dx + dy * dy;
            if (d < best || (d == best && best_series == RC_LINE_CHART_NONE))
              {
                best = d;
                best_series = i;
                best_index = j;
              }
          }
      }

out:
  layout_clear (&layout);
  if (best_series == RC_LINE_CHART_NONE)
    return FALSE;
  if (series != NULL)
    *series = best_series;
  if (index != NULL)
    *index = best_index;
  return TRUE;
}
