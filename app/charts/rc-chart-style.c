/* rc-chart-style.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-charts"

#include "config.h"

#include <math.h>

#include "rc-chart-style.h"

#define RGB(hex) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, \
                   ((hex) & 0xff) / 255.0, 1.0 }

/* Okabe–Ito. Yellow is hard to see on white and the dark blue on near
 * black, so each variant puts its weakest colour last. */
static const RcChartColor light_palette[RC_CHART_N_COLORS] = {
  RGB (0x0072B2), /* blue */
  RGB (0xE69F00), /* orange */
  RGB (0x009E73), /* bluish green */
  RGB (0xCC79A7), /* reddish purple */
  RGB (0x56B4E9), /* sky blue */
  RGB (0xD55E00), /* vermillion */
  RGB (0xF0E442), /* yellow */
};

static const RcChartColor dark_palette[RC_CHART_N_COLORS] = {
  RGB (0x56B4E9), /* sky blue */
  RGB (0xE69F00), /* orange */
  RGB (0x009E73), /* bluish green */
  RGB (0xCC79A7), /* reddish purple */
  RGB (0xF0E442), /* yellow */
  RGB (0xD55E00), /* vermillion */
  RGB (0x0072B2), /* blue */
};

/* Dashes in units of the line width; the first entry of each set is solid. */
static const double series_dashes[][4] = {
  { 0 },
  { 5, 2.5 },
  { 1, 2 },
  { 6, 2, 1, 2 },
};
static const guint series_n_dashes[] = { 0, 2, 2, 4 };

static const double benchmark_dashes[][4] = {
  { 5, 3 },
  { 1.5, 2.5 },
  { 7, 2.5, 1.5, 2.5 },
};
static const guint benchmark_n_dashes[] = { 2, 2, 4 };

#define N_HATCHES 5

void
rc_chart_style_init (RcChartStyle *style,
                     gboolean      dark)
{
  static const RcChartColor light_bg = RGB (0xFFFFFF);
  static const RcChartColor light_fg = RGB (0x000000);
  static const RcChartColor light_secondary = RGB (0x4A4A4A);
  static const RcChartColor light_grid = RGB (0xE3E3E3);
  static const RcChartColor light_axis = RGB (0x8A8A8A);
  static const RcChartColor dark_bg = RGB (0x1E1E1E);
  static const RcChartColor dark_fg = RGB (0xFFFFFF);
  static const RcChartColor dark_secondary = RGB (0xC4C4C4);
  static const RcChartColor dark_grid = RGB (0x383838);
  static const RcChartColor dark_axis = RGB (0x7A7A7A);

  g_return_if_fail (style != NULL);

  style->dark = dark;
  style->fill_background = TRUE;
  style->background = dark ? dark_bg : light_bg;
  style->foreground = dark ? dark_fg : light_fg;
  style->secondary = dark ? dark_secondary : light_secondary;
  style->grid = dark ? dark_grid : light_grid;
  style->axis = dark ? dark_axis : light_axis;
  for (guint i = 0; i < RC_CHART_N_COLORS; i++)
    style->palette[i] = dark ? dark_palette[i] : light_palette[i];
  style->font = RC_CHART_DEFAULT_FONT;
  style->line_width = 2.0;
  style->highlight_line_width = 3.5;
  style->marker_radius = 3.5;
  style->muted_mix = 0.6;
  style->crowd_antialias = CAIRO_ANTIALIAS_NONE;
}

RcChartColor
rc_chart_style_series_color (const RcChartStyle *style,
                             guint               slot)
{
  static const RcChartColor black = RGB (0x000000);

  g_return_val_if_fail (style != NULL, black);

  return style->palette[slot % RC_CHART_N_COLORS];
}

RcChartMarker
rc_chart_style_series_marker (guint slot)
{
  /* 6 shapes against 7 colours: the pair repeats only after 42 series. */
  return (RcChartMarker) (slot % RC_CHART_N_MARKERS);
}

static void
set_dash (cairo_t      *cr,
          const double *pattern,
          guint         n,
          double        line_width)
{
  double scaled[4];

  for (guint i = 0; i < n; i++)
    scaled[i] = pattern[i] * line_width;
  cairo_set_dash (cr, scaled, (int) n, 0);
}

void
rc_chart_style_set_series_dash (cairo_t *cr,
                                guint    slot,
                                double   line_width)
{
  guint which = (slot / RC_CHART_N_COLORS) % G_N_ELEMENTS (series_n_dashes);

  set_dash (cr, series_dashes[which], series_n_dashes[which], line_width);
}

void
rc_chart_style_set_benchmark_dash (cairo_t *cr,
                                   guint    slot,
                                   double   line_width)
{
  guint which = slot % G_N_ELEMENTS (benchmark_n_dashes);

  set_dash (cr, benchmark_dashes[which], benchmark_n_dashes[which], line_width);
}

RcChartColor
rc_chart_color_mix (const RcChartColor *color,
                    const RcChartColor *other,
                    double              share_of_other)
{
  double t = CLAMP (share_of_other, 0.0, 1.0);

  return (RcChartColor) {
    color->red + (other->red - color->red) * t,
    color->green + (other->green - color->green) * t,
    color->blue + (other->blue - color->blue) * t,
    color->alpha + (other->alpha - color->alpha) * t,
  };
}

void
rc_chart_set_source_color (cairo_t            *cr,
                           const RcChartColor *color)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha);
}

static void
marker_path (cairo_t       *cr,
             RcChartMarker  marker,
             double         x,
             double         y,
             double         r)
{
  /* Shapes are scaled to look about as heavy as a circle of radius r. */
  switch (marker)
    {
    case RC_CHART_MARKER_SQUARE:
      cairo_rectangle (cr, x - r * 0.9, y - r * 0.9, r * 1.8, r * 1.8);
      break;
    case RC_CHART_MARKER_TRIANGLE:
      cairo_move_to (cr, x, y - r * 1.25);
      cairo_line_to (cr, x + r * 1.15, y + r * 0.85);
      cairo_line_to (cr, x - r * 1.15, y + r * 0.85);
      cairo_close_path (cr);
      break;
    case RC_CHART_MARKER_TRIANGLE_DOWN:
      cairo_move_to (cr, x, y + r * 1.25);
      cairo_line_to (cr, x + r * 1.15, y - r * 0.85);
      cairo_line_to (cr, x - r * 1.15, y - r * 0.85);
      cairo_close_path (cr);
      break;
    case RC_CHART_MARKER_DIAMOND:
      cairo_move_to (cr, x, y - r * 1.3);
      cairo_line_to (cr, x + r * 1.3, y);
      cairo_line_to (cr, x, y + r * 1.3);
      cairo_line_to (cr, x - r * 1.3, y);
      cairo_close_path (cr);
      break;
    case RC_CHART_MARKER_PLUS:
      {
        double a = r * 1.3, b = r * 0.45;

        cairo_move_to (cr, x - b, y - a);
        cairo_line_to (cr, x + b, y - a);
        cairo_line_to (cr, x + b, y - b);
        cairo_line_to (cr, x + a, y - b);
        cairo_line_to (cr, x + a, y + b);
        cairo_line_to (cr, x + b, y + b);
        cairo_line_to (cr, x + b, y + a);
        cairo_line_to (cr, x - b, y + a);
        cairo_line_to (cr, x - b, y + b);
        cairo_line_to (cr, x - a, y + b);
        cairo_line_to (cr, x - a, y - b);
        cairo_line_to (cr, x - b, y - b);
        cairo_close_path (cr);
      }
      break;
    case RC_CHART_MARKER_CIRCLE:
    case RC_CHART_N_MARKERS:
    default:
      cairo_new_sub_path (cr);
      cairo_arc (cr, x, y, r, 0, 2 * G_PI);
      cairo_close_path (cr);
      break;
    }
}

void
rc_chart_draw_marker (cairo_t            *cr,
                      RcChartMarker       marker,
                      double              x,
                      double              y,
                      double              radius,
                      const RcChartColor *fill,
                      const RcChartColor *ring)
{
  cairo_save (cr);
  cairo_new_path (cr);
  cairo_set_dash (cr, NULL, 0, 0);
  marker_path (cr, marker, x, y, radius);
  rc_chart_set_source_color (cr, fill);
  if (ring != NULL)
    {
      cairo_fill_preserve (cr);
      cairo_set_line_width (cr, 1.0);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_MITER);
      rc_chart_set_source_color (cr, ring);
      cairo_stroke (cr);
    }
  else
    cairo_fill (cr);
  cairo_restore (cr);
}

void
rc_chart_fill_hatched (cairo_t            *cr,
                       const RcChartRect  *rect,
                       guint               slot,
                       const RcChartColor *color,
                       const RcChartColor *hatch)
{
  guint kind = slot % N_HATCHES;
  const double gap = 6.0;
  double x0 = rect->x, y0 = rect->y;
  double x1 = rect->x + rect->width, y1 = rect->y + rect->height;

  cairo_save (cr);
  cairo_rectangle (cr, rect->x, rect->y, rect->width, rect->height);
  rc_chart_set_source_color (cr, color);
  if (kind == 0 || rect->width < 3 || rect->height < 3)
    {
      cairo_fill (cr);
      cairo_restore (cr);
      return;
    }
  cairo_fill_preserve (cr);
  cairo_clip (cr);

  /* Lines are anchored to the origin, not the rectangle, so that stacked
   * segments of one series join up. */
  cairo_new_path (cr);
  switch (kind)
    {
    case 1: /* "/" */
    case 4: /* crossed */
      for (double d = floor ((x0 + y0) / gap) * gap; d <= x1 + y1; d += gap)
        {
          cairo_move_to (cr, d - y0, y0);
          cairo_line_to (cr, d - y1, y1);
        }
      if (kind == 1)
        break;
      G_GNUC_FALLTHROUGH;
    case 2: /* "\" */
      for (double d = floor ((x0 - y1) / gap) * gap; d <= x1 - y0; d += gap)
        {
          cairo_move_to (cr, d + y0, y0);
          cairo_line_to (cr, d + y1, y1);
        }
      break;
    case 3: /* horizontal */
    default:
      for (double y = floor (y0 / gap) * gap; y <= y1; y += gap)
        {
          cairo_move_to (cr, x0, y);
          cairo_line_to (cr, x1, y);
        }
      break;
    }
  cairo_set_line_width (cr, 1.2);
  rc_chart_set_source_color (cr, hatch);
  cairo_stroke (cr);
  cairo_restore (cr);
}
