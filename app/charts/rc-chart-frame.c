/* rc-chart-frame.c: text, title, value axis and category labels
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-charts"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "rc-chart-private.h"

#define AXIS_GAP     8.0   /* between a value label and the plot */
#define LABEL_GAP    6.0   /* between the plot and the category labels */
#define TITLE_GAP    10.0
#define LEGEND_GAP   10.0

void
rc_chart_text_init (RcChartText *text,
                    const char  *font)
{
  PangoFontDescription *normal;
  cairo_font_options_t *options;
  double h;

  text->context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  pango_cairo_context_set_resolution (text->context, 96.0);
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options (text->context, options);
  cairo_font_options_destroy (options);
  pango_context_set_round_glyph_positions (text->context, FALSE);
  text->layout = pango_layout_new (text->context);
  text->wrap = FALSE;

  normal = pango_font_description_from_string (font != NULL ? font : RC_CHART_DEFAULT_FONT);
  if (pango_font_description_get_size (normal) <= 0)
    pango_font_description_set_size (normal, 10 * PANGO_SCALE);
  text->fonts[RC_CHART_TEXT_NORMAL] = normal;
  text->fonts[RC_CHART_TEXT_BOLD] = pango_font_description_copy (normal);
  pango_font_description_set_weight (text->fonts[RC_CHART_TEXT_BOLD], PANGO_WEIGHT_BOLD);
  text->fonts[RC_CHART_TEXT_TITLE] = pango_font_description_copy (text->fonts[RC_CHART_TEXT_BOLD]);
  pango_font_description_set_size (text->fonts[RC_CHART_TEXT_TITLE],
                                   pango_font_description_get_size (normal) * 5 / 4);

  rc_chart_text_size (text, RC_CHART_TEXT_NORMAL, "Ag", 0, NULL, &h);
  text->line_height = h;
}

void
rc_chart_text_clear (RcChartText *text)
{
  for (guint i = 0; i < RC_CHART_TEXT_N_KINDS; i++)
    g_clear_pointer (&text->fonts[i], pango_font_description_free);
  g_clear_object (&text->layout);
  g_clear_object (&text->context);
}

static void
prepare_layout (RcChartText     *text,
                RcChartTextKind  kind,
                const char      *str,
                double           max_width,
                PangoRectangle  *logical)
{
  pango_layout_set_font_description (text->layout, text->fonts[kind]);
  if (max_width > 0 && text->wrap)
    {
      pango_layout_set_width (text->layout, (int) (max_width * PANGO_SCALE));
      pango_layout_set_ellipsize (text->layout, PANGO_ELLIPSIZE_NONE);
      pango_layout_set_wrap (text->layout, PANGO_WRAP_WORD);
      pango_layout_set_alignment (text->layout, PANGO_ALIGN_CENTER);
    }
  else if (max_width > 0)
    {
      pango_layout_set_width (text->layout, (int) (max_width * PANGO_SCALE));
      pango_layout_set_ellipsize (text->layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_alignment (text->layout, PANGO_ALIGN_LEFT);
    }
  else
    {
      pango_layout_set_width (text->layout, -1);
      pango_layout_set_ellipsize (text->layout, PANGO_ELLIPSIZE_NONE);
      pango_layout_set_alignment (text->layout, PANGO_ALIGN_LEFT);
    }
  pango_layout_set_text (text->layout, str, -1);
  pango_layout_get_extents (text->layout, NULL, logical);
}

void
rc_chart_text_size (RcChartText     *text,
                    RcChartTextKind  kind,
                    const char      *str,
                    double           max_width,
                    double          *width,
                    double          *height)
{
  PangoRectangle logical;

  prepare_layout (text, kind, str, max_width, &logical);
  if (width != NULL)
    *width = (double) logical.width / PANGO_SCALE;
  if (height != NULL)
    *height = (double) logical.height / PANGO_SCALE;
}

void
rc_chart_text_draw (RcChartText        *text,
                    cairo_t            *cr,
                    RcChartTextKind     kind,
                    const char         *str,
                    double              x,
                    double              y,
                    double              xalign,
                    double              yalign,
                    double              max_width,
                    const RcChartColor *color)
{
  PangoRectangle logical;
  double w, h;

  prepare_layout (text, kind, str, max_width, &logical);
  w = (double) logical.width / PANGO_SCALE;
  h = (double) logical.height / PANGO_SCALE;
  cairo_move_to (cr,
                 x - xalign * w - (double) logical.x / PANGO_SCALE,
                 y - yalign * h - (double) logical.y / PANGO_SCALE);
  rc_chart_set_source_color (cr, color);
  pango_cairo_show_layout (cr, text->layout);
  cairo_new_path (cr);
}

gboolean
rc_chart_rect_contains (const RcChartRect *rect,
                        double             x,
                        double             y)
{
  return x >= rect->x && x <= rect->x + rect->width
         && y >= rect->y && y <= rect->y + rect->height;
}

#define MAX_LABEL_LINES 3

/* Where label @i of @n, wrapped to @width, may go: from *@left to *@right.
 * Half of @width each side of its point, cut at the chart's edges; a
 * label at an end keeps its other half. */
static double
label_room (const RcChartFrame *frame,
            guint               n,
            guint               i,
            double              width,
            double             *left,
            double             *right)
{
  double band;
  double x = rc_chart_frame_band_x (frame, n, i, &band) + band / 2;
  double l = MAX (x - width / 2, RC_CHART_MARGIN);
  double r = MIN (x + width / 2, frame->width - RC_CHART_MARGIN);

  if (left != NULL)
    *left = l;
  if (right != NULL)
    *right = r;

  return r - l;
}

/* The height of the tallest of @categories wrapped to @width (less at the
 * ends), or -1 when a word is wider than that or a label needs more than
 * MAX_LABEL_LINES. */
static double
wrapped_height (const RcChartFrame *frame,
                RcChartText        *text,
                GPtrArray          *categories,
                double              width)
{
  double tallest = 0;

  for (guint i = 0; i < categories->len; i++)
    {
      g_auto(GStrv) words = g_strsplit (g_ptr_array_index (categories, i), " ", -1);
      double room = label_room (frame, categories->len, i, width, NULL, NULL);
      double h;

      if (room <= 0)
        return -1;
      for (guint j = 0; words[j] != NULL; j++)
        {
          double w;

          rc_chart_text_size (text, RC_CHART_TEXT_NORMAL, words[j], 0, &w, NULL);
          if (w > room)
            return -1;
        }
      text->wrap = TRUE;
      rc_chart_text_size (text, RC_CHART_TEXT_NORMAL, g_ptr_array_index (categories, i), room, NULL, &h);
      text->wrap = FALSE;
      tallest = MAX (tallest, h);
    }

  return tallest > MAX_LABEL_LINES * text->line_height + 1 ? -1 : tallest;
}

/* Labels of several words, such as a retention chart's milestones
 * ("Employed by a partner"), are wrapped onto more lines rather than left
 * out; when a word is wider than its band, every other label goes lower,
 * so that each has two bands. The plot gives up the height. Labels of
 * one word (years) that do not fit are thinned as before. */
static void
wrap_labels (RcChartFrame  *frame,
             RcChartText   *text,
             GPtrArray     *categories,
             double         band)
{
  gboolean words = FALSE;
  double width = band - 2 * LABEL_GAP;
  double tallest, extra;
  double drop = 0;

  if (width <= 0)
    return;
  for (guint i = 0; i < categories->len && !words; i++)
    words = strchr (g_ptr_array_index (categories, i), ' ') != NULL;
  if (!words)
    return;

  tallest = wrapped_height (frame, text, categories, width);
  if (tallest < 0 && categories->len > 1)
    {
      width = 2 * band - 2 * LABEL_GAP;
      tallest = wrapped_height (frame, text, categories, width);
      drop = tallest + LABEL_GAP / 2;
    }
  if (tallest < 0)
    return;

  extra = tallest + drop - text->line_height;
  if (extra >= frame->plot.height / 2)
    return;

  frame->plot.height -= extra;
  frame->label_wrap = width;
  frame->label_drop = drop;
  frame->label_step = 1;
}

void
rc_chart_frame_compute (RcChartFrame      *frame,
                        RcChartText       *text,
                        const RcChartData *data,
                        RcChartLegend     *legend,
                        double             data_min,
                        double             data_max,
                        double             width,
                        double             height)
{
  const char *title = data->title;
  GPtrArray *categories = data->categories;
  RcChartFormat format = data->format;
  const double m = RC_CHART_MARGIN;
  double top = m, bottom = height - m, left = m, right = width - m;
  double label_width = 0, max_label = 0;
  guint n_categories = categories != NULL ? categories->len : 0;
  guint target;

  memset (frame, 0, sizeof *frame);
  frame->width = width;
  frame->height = height;

  if (title != NULL && title[0] != '\0')
    {
      double tw, th;

      rc_chart_text_size (text, RC_CHART_TEXT_TITLE, title, MAX (width - 2 * m, 1), &tw, &th);
      frame->title = (RcChartRect) { m, m, tw, th };
      top += th + TITLE_GAP;
    }

  if (legend != NULL && legend->position == RC_CHART_LEGEND_BELOW)
    {
      rc_chart_legend_layout (legend, text, MAX (width - 2 * m, 1),
                              MAX ((bottom - top) * 0.3, 0));
      if (legend->height > 0)
        {
          frame->legend = (RcChartRect) { m, bottom - legend->height,
                                          legend->width, legend->height };
          bottom -= legend->height + LEGEND_GAP;
        }
    }
  else if (legend != NULL && legend->position == RC_CHART_LEGEND_RIGHT)
    {
      rc_chart_legend_layout (legend, text, MAX (width * 0.3, 1), MAX (bottom - top, 0));
      if (legend->width > 0)
        {
          frame->legend = (RcChartRect) { right - legend->width, top,
                                          legend->width, legend->height };
          right -= legend->width + 2 * LEGEND_GAP;
        }
    }

  if (n_categories > 0)
    bottom -= text->line_height + LABEL_GAP;
  /* Half a line above the top grid line, for its label. */
  top += text->line_height / 2;

  frame->plot.y = top;
  frame->plot.height = MAX (bottom - top, 1.0);
  target = (guint) CLAMP (frame->plot.height / 50.0, 2.0, 8.0);
  rc_chart_ticks_compute (data_min, data_max, format, target, &frame->ticks);

  for (guint i = 0; i < frame->ticks.n_ticks; i++)
    {
      g_autofree char *label = rc_chart_format_tick (format,
                                                     rc_chart_ticks_value (&frame->ticks, i),
                                                     frame->ticks.step);
      double w;

      rc_chart_text_size (text, RC_CHART_TEXT_NORMAL, label, 0, &w, NULL);
      label_width = MAX (label_width, w);
    }
  left += label_width + AXIS_GAP;
  frame->plot.x = left;
  frame->plot.width = MAX (right - left, 1.0);

  /* Thin the category labels until they no longer touch. */
  frame->label_step = 1;
  for (guint i = 0; i < n_categories; i++)
    {
      double w;

      rc_chart_text_size (text, RC_CHART_TEXT_NORMAL, g_ptr_array_index (categories, i), 0,
                          &w, NULL);
      max_label = MAX (max_label, w);
    }
  if (n_categories > 0)
    {
      double band = frame->plot.width / n_categories;

      frame->label_step = MAX (1u, (guint) ceil ((max_label + 2 * LABEL_GAP) / band));
      if (frame->label_step > 1)
        wrap_labels (frame, text, categories, band);
    }
}

double
rc_chart_frame_value_y (const RcChartFrame *frame,
                        double              value)
{
  double span = frame->ticks.max - frame->ticks.min;

  return frame->plot.y + frame->plot.height * (frame->ticks.max - value) / span;
}

double
rc_chart_frame_band_x (const RcChartFrame *frame,
                       guint               n_categories,
                       guint               i,
                       double             *band_width)
{
  double band = frame->plot.width / MAX (n_categories, 1u);

  if (band_width != NULL)
    *band_width = band;
  return frame->plot.x + i * band;
}

static void
paint_background (cairo_t            *cr,
                  const RcChartStyle *style,
                  double              width,
                  double              height)
{
  if (!style->fill_background)
    return;
  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  rc_chart_set_source_color (cr, &style->background);
  cairo_fill (cr);
  cairo_restore (cr);
}

const RcChartStyle *
rc_chart_draw_begin (cairo_t            *cr,
                     const RcChartStyle *style,
                     RcChartStyle       *light,
                     double              width,
                     double              height)
{
  if (style == NULL)
    {
      rc_chart_style_init (light, FALSE);
      style = light;
    }

  cairo_save (cr);
  paint_background (cr, style, width, height);

  return style;
}

static void
draw_title (RcChartText        *text,
            cairo_t            *cr,
            const RcChartStyle *style,
            const char         *title,
            double              width)
{
  if (title == NULL || title[0] == '\0')
    return;
  rc_chart_text_draw (text, cr, RC_CHART_TEXT_TITLE, title, RC_CHART_MARGIN, RC_CHART_MARGIN,
                      0, 0, MAX (width - 2 * RC_CHART_MARGIN, 1), &style->foreground);
}

void
rc_chart_frame_draw (const RcChartFrame  *frame,
                     RcChartText         *text,
                     cairo_t             *cr,
                     const RcChartStyle  *style,
                     const RcChartData   *data,
                     const RcChartLegend *legend)
{
  GPtrArray *categories = data->categories;
  RcChartFormat format = data->format;
  const RcChartRect *plot = &frame->plot;
  guint n_categories = categories != NULL ? categories->len : 0;
  double zero_y = -1;

  cairo_save (cr);
  draw_title (text, cr, style, data->title, frame->width);

  /* Grid lines sit on pixel centres, so they stay one sharp pixel wide. */
  cairo_set_line_width (cr, 1.0);
  for (guint i = 0; i < frame->ticks.n_ticks; i++)
    {
      double v = rc_chart_ticks_value (&frame->ticks, i);
      double y = floor (rc_chart_frame_value_y (frame, v)) + 0.5;
      g_autofree char *label = rc_chart_format_tick (format, v, frame->ticks.step);

      if (v == 0.0)
        zero_y = y;
      else
        {
          cairo_move_to (cr, plot->x, y);
          cairo_line_to (cr, plot->x + plot->width, y);
          rc_chart_set_source_color (cr, &style->grid);
          cairo_stroke (cr);
        }
      rc_chart_text_draw (text, cr, RC_CHART_TEXT_NORMAL, label, plot->x - AXIS_GAP, y,
                          1.0, 0.5, 0, &style->secondary);
    }
  if (zero_y >= 0)
    {
      cairo_move_to (cr, plot->x, zero_y);
      cairo_line_to (cr, plot->x + plot->width, zero_y);
      rc_chart_set_source_color (cr, &style->axis);
      cairo_stroke (cr);
    }

  text->wrap = frame->label_wrap > 0;
  for (guint i = 0; i < n_categories; i += frame->label_step)
    {
      const char *label = g_ptr_array_index (categories, i);
      double band, left, right, room = 0, w;
      double x = rc_chart_frame_band_x (frame, n_categories, i, &band) + band / 2;

      /* A wrapped label is centred on its point as far as its room allows. */
      if (frame->label_wrap > 0)
        {
          room = label_room (frame, n_categories, i, frame->label_wrap, &left, &right);
          rc_chart_text_size (text, RC_CHART_TEXT_NORMAL, label, room, &w, NULL);
          x = CLAMP (x, left + w / 2, right - w / 2);
        }
      rc_chart_text_draw (text, cr, RC_CHART_TEXT_NORMAL, label,
                          x, plot->y + plot->height + LABEL_GAP + (i % 2) * frame->label_drop, 0.5, 0,
                          room, &style->secondary);
    }
  text->wrap = FALSE;

  if (legend != NULL && frame->legend.width > 0)
    rc_chart_legend_draw (legend, text, cr, style, frame->legend.x, frame->legend.y);
  cairo_restore (cr);
}

void
rc_chart_draw_no_data (RcChartText        *text,
                       cairo_t            *cr,
                       const RcChartStyle *style,
                       const char         *title,
                       double              width,
                       double              height)
{
  cairo_save (cr);
  draw_title (text, cr, style, title, width);
  rc_chart_text_draw (text, cr, RC_CHART_TEXT_NORMAL, _("No data"), width / 2, height / 2,
                      0.5, 0.5, 0, &style->secondary);
  cairo_restore (cr);
}
