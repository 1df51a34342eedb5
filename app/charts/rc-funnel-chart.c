/* rc-funnel-chart.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-charts"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "model/rc-rates.h"
#include "rc-chart-private.h"
#include "rc-funnel-chart.h"

#define LABEL_GAP     12.0
#define TEXT_PADDING  6.0
#define MAX_ROW       64.0
#define BAR_SHARE     0.72  /* of a row; the rest joins one stage to the next */

typedef struct
{
  char     *label;
  guint64   count;
  gboolean  missing;
  gboolean  at_least;
} Stage;

struct _RcFunnelChart
{
  char   *title;
  GArray *stages;  /* Stage */
};

static void
stage_clear (gpointer data)
{
  g_free (((Stage *) data)->label);
}

RcFunnelChart *
rc_funnel_chart_new (void)
{
  RcFunnelChart *chart = g_new0 (RcFunnelChart, 1);

  chart->stages = g_array_new (FALSE, TRUE, sizeof (Stage));
  g_array_set_clear_func (chart->stages, stage_clear);

  return chart;
}

void
rc_funnel_chart_free (RcFunnelChart *chart)
{
  if (chart == NULL)
    return;
  g_free (chart->title);
  g_array_unref (chart->stages);
  g_free (chart);
}

void
rc_funnel_chart_set_title (RcFunnelChart *chart,
                           const char    *title)
{
  g_return_if_fail (chart != NULL);
  g_free (chart->title);
  chart->title = g_strdup (title);
}

guint
rc_funnel_chart_add_stage (RcFunnelChart *chart,
                           const char    *label,
                           guint64        count)
{
  Stage stage = { 0 };

  g_return_val_if_fail (chart != NULL, G_MAXUINT);

  stage.label = g_strdup (label != NULL ? label : "");
  stage.count = count;
  g_array_append_val (chart->stages, stage);

  return chart->stages->len - 1;
}

guint
rc_funnel_chart_add_missing_stage (RcFunnelChart *chart,
                                   const char    *label)
{
  guint index;

  g_return_val_if_fail (chart != NULL, G_MAXUINT);

  index = rc_funnel_chart_add_stage (chart, label, 0);
  g_array_index (chart->stages, Stage, index).missing = TRUE;

  return index;
}

void
rc_funnel_chart_set_stage_at_least (RcFunnelChart *chart,
                                    guint          stage,
                                    gboolean       at_least)
{
  g_return_if_fail (chart != NULL);
  g_return_if_fail (stage < chart->stages->len);

  g_array_index (chart->stages, Stage, stage).at_least = at_least;
}

gboolean
rc_funnel_chart_stage_has_figure (const RcFunnelChart *chart,
                                  guint                stage)
{
  g_return_val_if_fail (chart != NULL, FALSE);
  g_return_val_if_fail (stage < chart->stages->len, FALSE);

  return !g_array_index (chart->stages, Stage, stage).missing;
}

guint
rc_funnel_chart_get_n_stages (const RcFunnelChart *chart)
{
  g_return_val_if_fail (chart != NULL, 0);
  return chart->stages->len;
}

guint64
rc_funnel_chart_get_count (const RcFunnelChart *chart,
                           guint                stage)
{
  g_return_val_if_fail (chart != NULL, 0);
  g_return_val_if_fail (stage < chart->stages->len, 0);
  return g_array_index (chart->stages, Stage, stage).count;
}

char *
rc_funnel_chart_format_stage (const RcFunnelChart *chart,
                              guint                stage)
{
  g_autofree char *count = NULL;
  g_autofree char *share = NULL;
  const Stage *shown;
  guint64 first = 0, n;

  g_return_val_if_fail (chart != NULL, NULL);
  g_return_val_if_fail (stage < chart->stages->len, NULL);

  shown = &g_array_index (chart->stages, Stage, stage);
  if (shown->missing)
    /* Translators: a step of a funnel with no figure */
    return g_strdup (_("not recorded"));

  /* Shares are of the first stage that has a figure. */
  for (guint i = 0; i < chart->stages->len; i++)
    if (!g_array_index (chart->stages, Stage, i).missing)
      {
        first = g_array_index (chart->stages, Stage, i).count;
        break;
      }
  n = shown->count;
  count = rc_chart_format_tick (RC_CHART_FORMAT_NUMBER, (double) n, 1.0);
  share = rc_rate_format_percent (first > 0 ? rc_rate ((double) n / (double) first)
                                            : RC_RATE_NONE);
  if (shown->at_least)
    /* Translators: a lower bound and its share: "at least 79 (39.7 %)" */
    return g_strdup_printf (_("at least %s (%s)"), count, share);

  return g_strdup_printf ("%s (%s)", count, share);
}

/* ---- Layout ---------------------------------------------------------------- */

typedef struct
{
  RcChartText text;
  double      top;
  double      row;
  double      bar_height;
  double      label_right;
  double      label_width;
  double      area_x;
  double      area_width;
  guint64     max_count;
} Layout;

static void
layout_init (Layout              *layout,
             const RcFunnelChart *chart,
             const RcChartStyle  *style,
             double               width,
             double               height)
{
  const double m = RC_CHART_MARGIN;
  guint n = chart->stages->len;
  double label_width = 0;

  rc_chart_text_init (&layout->text, style != NULL ? style->font : NULL);

  layout->top = m;
  if (chart->title != NULL && chart->title[0] != '\0')
    {
      double th;

      rc_chart_text_size (&layout->text, RC_CHART_TEXT_TITLE, chart->title, 0, NULL, &th);
      layout->top += th + LABEL_GAP;
    }

  layout->max_count = 0;
  for (guint i = 0; i < n; i++)
    {
      const Stage *stage = &g_array_index (chart->stages, Stage, i);
      double w;

      rc_chart_text_size (&layout->text, RC_CHART_TEXT_NORMAL, stage->label, 0, &w, NULL);
      label_width = MAX (label_width, w);
      layout->max_count = MAX (layout->max_count, stage->count);
    }
  layout->label_width = MIN (label_width, width * 0.35);
  layout->label_right = m + layout->label_width;
  layout->area_x = layout->label_right + LABEL_GAP;
  layout->area_width = MAX (width - m - layout->area_x, 1.0);
  layout->row = n > 0 ? MIN (MAX (height - m - layout->top, 1.0) / n, MAX_ROW) : 0;
  layout->bar_height = layout->row * BAR_SHARE;
}

static void
stage_rect (const Layout        *layout,
            const RcFunnelChart *chart,
            guint                i,
            RcChartRect         *rect)
{
  guint64 count = g_array_index (chart->stages, Stage, i).count;
  double share = layout->max_count > 0 ? (double) count / (double) layout->max_count : 0;

  rect->width = layout->area_width * share;
  rect->x = layout->area_x + (layout->area_width - rect->width) / 2;
  rect->height = layout->bar_height;
  rect->y = layout->top + i * layout->row + (layout->row - layout->bar_height) / 2;
}

/* ---- Drawing --------------------------------------------------------------- */

static double
luminance (const RcChartColor *c)
{
  double rgb[3] = { c->red, c->green, c->blue };

  for (guint i = 0; i < 3; i++)
    rgb[i] = rgb[i] <= 0.04045 ? rgb[i] / 12.92 : pow ((rgb[i] + 0.055) / 1.055, 2.4);
  return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
}

/* Black or white, whichever reads better on @fill (WCAG contrast). */
static RcChartColor
text_color_on (const RcChartColor *fill)
{
  static const RcChartColor black = { 0, 0, 0, 1 }, white = { 1, 1, 1, 1 };
  double l = luminance (fill);

  return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? black : white;
}

void
rc_funnel_chart_draw (const RcFunnelChart *chart,
                      cairo_t             *cr,
                      double               width,
                      double               height,
                      const RcChartStyle  *style)
{
  RcChartStyle light;
  RcChartColor fill, joint, on_fill;
  Layout layout;
  guint n;

  g_return_if_fail (chart != NULL);
  g_return_if_fail (cr != NULL);

  n = chart->stages->len;
  style = rc_chart_draw_begin (cr, style, &light, width, height);
  layout_init (&layout, chart, style, width, height);
  if (n == 0)
    {
      rc_chart_draw_no_data (&layout.text, cr, style, chart->title, width, height);
      goto out;
    }

  if (chart->title != NULL && chart->title[0] != '\0')
    rc_chart_text_draw (&layout.text, cr, RC_CHART_TEXT_TITLE, chart->title,
                        RC_CHART_MARGIN, RC_CHART_MARGIN, 0, 0,
                        MAX (width - 2 * RC_CHART_MARGIN, 1), &style->foreground);

  fill = rc_chart_style_series_color (style, 0);
  joint = rc_chart_color_mix (&fill, &style->background, 0.75);
  on_fill = text_color_on (&fill);

  for (guint i = 0; i < n; i++)
    {
      const Stage *stage = &g_array_index (chart->stages, Stage, i);
      g_autofree char *figure = rc_funnel_chart_format_stage (chart, i);
      RcChartRect rect;
      double tw, cy;

      stage_rect (&layout, chart, i, &rect);
      cy = rect.y + rect.height / 2;

      /* A stage with no figure has no bar, and joins nothing. */
      if (stage->missing)
        {
          rc_chart_text_draw (&layout.text, cr, RC_CHART_TEXT_NORMAL, stage->label,
                              layout.label_right, cy, 1.0, 0.5, layout.label_width,
                              &style->foreground);
          rc_chart_text_draw (&layout.text, cr, RC_CHART_TEXT_NORMAL, figure,
                              layout.area_x + layout.area_width / 2, cy, 0.5, 0.5, 0, &style->secondary);
          continue;
        }

      /* The band that narrows from this stage to the next. */
      if (i + 1 < n && !g_array_index (chart->stages, Stage, i + 1).missing)
        {
          RcChartRect next;

          stage_rect (&layout, chart, i + 1, &next);
          cairo_move_to (cr, rect.x, rect.y + rect.height);
          cairo_line_to (cr, rect.x + rect.width, rect.y + rect.height);
          cairo_line_to (cr, next.x + next.width, next.y);
          cairo_line_to (cr, next.x, next.y);
          cairo_close_path (cr);
          rc_chart_set_source_color (cr, &joint);
          cairo_fill (cr);
        }

      cairo_rectangle (cr, rect.x, rect.y, rect.width, rect.height);
      rc_chart_set_source_color (cr, &fill);
      cairo_fill (cr);

      rc_chart_text_draw (&layout.text, cr, RC_CHART_TEXT_NORMAL, stage->label,
                          layout.label_right, cy, 1.0, 0.5, layout.label_width,
                          &style->foreground);

      rc_chart_text_size (&layout.text, RC_CHART_TEXT_BOLD, figure, 0, &tw, NULL);
      if (tw + 2 * TEXT_PADDING <= rect.width)
        rc_chart_text_draw (&layout.text, cr, RC_CHART_TEXT_BOLD, figure,
                            rect.x + rect.width / 2, cy, 0.5, 0.5, 0, &on_fill);
      else
        rc_chart_text_draw (&layout.text, cr, RC_CHART_TEXT_BOLD, figure,
                            rect.x + rect.width + TEXT_PADDING, cy, 0, 0.5, 0,
                            &style->foreground);
    }

out:
  rc_chart_text_clear (&layout.text);
  cairo_restore (cr);
}

/* ---- Geometry -------------------------------------------------------------- */

gboolean
rc_funnel_chart_stage_rect (const RcFunnelChart *chart,
                            double               width,
                            double               height,
                            guint                stage,
                            RcChartRect         *rect)
{
  Layout layout;

  g_return_val_if_fail (chart != NULL, FALSE);

  if (stage >= chart->stages->len)
    return FALSE;
  layout_init (&layout, chart, NULL, width, height);
  if (rect != NULL)
    stage_rect (&layout, chart, stage, rect);
  rc_chart_text_clear (&layout.text);
  return TRUE;
}

gboolean
rc_funnel_chart_hit_test (const RcFunnelChart *chart,
                          double               width,
                          double               height,
                          double               x,
                          double               y,
                          guint               *stage)
{
  Layout layout;
  gboolean found = FALSE;
  double i;

  g_return_val_if_fail (chart != NULL, FALSE);

  if (chart->stages->len == 0)
    return FALSE;
  layout_init (&layout, chart, NULL, width, height);
  i = floor ((y - layout.top) / layout.row);
  if (x >= RC_CHART_MARGIN && x <= width - RC_CHART_MARGIN
      && i >= 0 && i < chart->stages->len)
    {
      found = TRUE;
      if (stage != NULL)
        *stage = (guint) i;
    }
  rc_chart_text_clear (&layout.text);
  return found;
}
