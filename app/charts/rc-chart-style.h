/* rc-chart-style.h: colours, lines, markers and font shared by the charts
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* The font the charts use unless a style says otherwise: Cantarell where it
 * is installed, any sans-serif face where it is not. */
#define RC_CHART_DEFAULT_FONT "Cantarell, Sans 10"

/* Colours of the Okabe–Ito palette, which stays distinct for the common
 * kinds of colour blindness. */
#define RC_CHART_N_COLORS 7

typedef struct
{
  double red;
  double green;
  double blue;
  double alpha;
} RcChartColor;

typedef enum
{
  RC_CHART_MARKER_CIRCLE,
  RC_CHART_MARKER_SQUARE,
  RC_CHART_MARKER_TRIANGLE,
  RC_CHART_MARKER_DIAMOND,
  RC_CHART_MARKER_TRIANGLE_DOWN,
  RC_CHART_MARKER_PLUS,
  RC_CHART_N_MARKERS,
} RcChartMarker;

/* A rectangle in the chart's user space (pixels for an image). */
typedef struct
{
  double x;
  double y;
  double width;
  double height;
} RcChartRect;

typedef enum
{
  RC_CHART_LEGEND_NONE,
  RC_CHART_LEGEND_BELOW,
  RC_CHART_LEGEND_RIGHT,
} RcChartLegendPosition;

/* A plain struct: fill it with rc_chart_style_init() and change any field.
 * It owns nothing, so it needs no clearing. */
typedef struct
{
  gboolean      dark;
  /* FALSE leaves the background alone, for a widget on a themed surface. */
  gboolean      fill_background;

  RcChartColor  background;
  RcChartColor  foreground;    /* title, legend, benchmark lines */
  RcChartColor  secondary;     /* axis labels */
  RcChartColor  grid;
  RcChartColor  axis;
  /* Series colours, most distinct from the background first. */
  RcChartColor  palette[RC_CHART_N_COLORS];

  /* A Pango font description; geometry helpers of the charts lay text out
   * with RC_CHART_DEFAULT_FONT, so a style with another font should be used
   * only where no hit-testing is needed (an exported file). */
  const char   *font;

  double        line_width;
  double        highlight_line_width;
  double        marker_radius;
  /* Share of the background mixed into muted series (0 none, 1 invisible). */
  double        muted_mix;
  /* How the crowd of thin lines behind a highlight is drawn, when a chart
   * has too many lines to follow one by one. On screen they are context
   * and are drawn without antialiasing, a quarter of the time, so that a
   * chart of every council redraws as the pointer moves; an exported file
   * is drawn once and gets CAIRO_ANTIALIAS_FAST. */
  cairo_antialias_t crowd_antialias;
} RcChartStyle;

void          rc_chart_style_init             (RcChartStyle       *style,
                                               gboolean            dark);

/* The colour, dash pattern and marker of the series in @slot (0, 1, 2…
 * counting ordinary series only). Colours repeat after RC_CHART_N_COLORS,
 * then with a dash; markers cycle with another period, so that two series
 * never differ by colour alone. */
RcChartColor  rc_chart_style_series_color     (const RcChartStyle *style,
                                               guint               slot);
RcChartMarker rc_chart_style_series_marker    (guint               slot);
/* Sets the dash of ordinary series @slot, scaled to @line_width. */
void          rc_chart_style_set_series_dash  (cairo_t            *cr,
                                               guint               slot,
                                               double              line_width);
/* Benchmarks (national, regional) are drawn in the foreground colour with
 * a dash of their own. */
void          rc_chart_style_set_benchmark_dash (cairo_t          *cr,
                                                 guint             slot,
                                                 double            line_width);

RcChartColor  rc_chart_color_mix              (const RcChartColor *color,
                                               const RcChartColor *other,
                                               double              share_of_other);
void          rc_chart_set_source_color       (cairo_t            *cr,
                                               const RcChartColor *color);
/* Fills @marker centred on (@x, @y), with a thin ring of @ring (may be NULL)
 * to keep it apart from the lines it sits on. */
void          rc_chart_draw_marker            (cairo_t            *cr,
                                               RcChartMarker       marker,
                                               double              x,
                                               double              y,
                                               double              radius,
                                               const RcChartColor *fill,
                                               const RcChartColor *ring);
/* Fills @rect with @color and the hatching of series @slot (none for slot 0),
 * so that bars too differ by more than colour. */
void          rc_chart_fill_hatched           (cairo_t            *cr,
                                               const RcChartRect  *rect,
                                               guint               slot,
                                               const RcChartColor *color,
                                               const RcChartColor *hatch);

G_END_DECLS
