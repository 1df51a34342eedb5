/* rc-chart-private.h: text, legend and axes shared by the chart types
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pangocairo.h>

#include "rc-chart-axis.h"
#include "rc-chart-series.h"
#include "rc-chart-style.h"

G_BEGIN_DECLS

#define RC_CHART_MARGIN 12.0

/* ---- Text ----------------------------------------------------------------
 *
 * Text is laid out with a context of its own (96 dpi, metrics not hinted),
 * not one taken from the cairo_t, so that a chart has the same geometry on
 * screen, in a PNG, an SVG and a PDF, and the geometry helpers, which have
 * no cairo_t, agree with what was drawn. */

typedef enum
{
  RC_CHART_TEXT_NORMAL,
  RC_CHART_TEXT_BOLD,
  RC_CHART_TEXT_TITLE,
  RC_CHART_TEXT_N_KINDS,
} RcChartTextKind;

typedef struct
{
  PangoContext         *context;
  PangoLayout          *layout;
  PangoFontDescription *fonts[RC_CHART_TEXT_N_KINDS];
  double                line_height; /* of RC_CHART_TEXT_NORMAL */
  /* A max_width wraps the text at word ends, centred, instead of
   * ellipsizing it. */
  gboolean              wrap;
} RcChartText;

/* @font NULL means RC_CHART_DEFAULT_FONT. */
void   rc_chart_text_init   (RcChartText        *text,
                             const char         *font);
void   rc_chart_text_clear  (RcChartText        *text);
/* Logical size in user units; @max_width > 0 ellipsizes at the end. */
void   rc_chart_text_size   (RcChartText        *text,
                             RcChartTextKind     kind,
                             const char         *str,
                             double              max_width,
                             double             *width,
                             double             *height);
/* Draws @str with its box placed at (@x, @y) by @xalign/@yalign (0 left or
 * top, 0.5 centre, 1 right or bottom). */
void   rc_chart_text_draw   (RcChartText        *text,
                             cairo_t            *cr,
                             RcChartTextKind     kind,
                             const char         *str,
                             double              x,
                             double              y,
                             double              xalign,
                             double              yalign,
                             double              max_width,
                             const RcChartColor *color);

/* ---- Legend -------------------------------------------------------------- */

typedef enum
{
  RC_CHART_SWATCH_NONE,
  RC_CHART_SWATCH_LINE,   /* a short line with its dash and marker */
  RC_CHART_SWATCH_BOX,    /* a filled box with the hatching of the slot */
} RcChartSwatch;

typedef struct
{
  char          *label;
  RcChartSwatch  swatch;
  RcChartColor   color;
  guint          slot;
  gboolean       benchmark;
  gboolean       solid;        /* no dash, whatever the slot */
  gboolean       show_marker;
  double         line_width;
  /* Kept when the legend has no room for every entry. */
  gboolean       important;
  gboolean       bold;

  /* Set by rc_chart_legend_layout(), relative to the legend's corner. */
  gboolean       placed;
  double         x;
  double         y;
  double         label_width;
} RcChartLegendEntry;

typedef struct
{
  RcChartLegendPosition  position;
  GArray                *entries;   /* RcChartLegendEntry */
  char                  *more;      /* "and 150 others", when some are left out */
  double                 more_x;
  double                 more_y;
  double                 width;
  double                 height;
} RcChartLegend;

void                rc_chart_legend_init   (RcChartLegend         *legend,
                                            RcChartLegendPosition  position);
void                rc_chart_legend_clear  (RcChartLegend         *legend);
/* The entry stays valid until the next call to rc_chart_legend_add(). */
RcChartLegendEntry *rc_chart_legend_add    (RcChartLegend         *legend,
                                            const char            *label,
                                            RcChartSwatch          swatch);
/* Wraps entries into @max_width and, when they would pass @max_height,
 * keeps the important ones and says how many were left out. */
void                rc_chart_legend_layout (RcChartLegend         *legend,
                                            RcChartText           *text,
                                            double                 max_width,
                                            double                 max_height);
void                rc_chart_legend_draw   (const RcChartLegend   *legend,
                                            RcChartText           *text,
                                            cairo_t               *cr,
                                            const RcChartStyle    *style,
                                            double                 x,
                                            double                 y);

/* ---- Data: what a bar chart and a line chart both hold -------------------- */

typedef struct
{
  char                  *title;
  RcChartFormat          format;
  RcChartLegendPosition  legend;
  GPtrArray             *categories;  /* char *: a line chart's periods */
  GPtrArray             *series;      /* RcChartSeries * */
} RcChartData;

/* No title, plain numbers, the legend below, no categories or series. */
void       rc_chart_data_init           (RcChartData        *data);
void       rc_chart_data_clear          (RcChartData        *data);
void       rc_chart_data_set_title      (RcChartData        *data,
                                         const char         *title);
/* Copies @labels (a NULL one as ""); every series keeps its values, cut
 * or padded with missing ones. */
void       rc_chart_data_set_categories (RcChartData        *data,
                                         const char * const *labels,
                                         guint               n_labels);
/* Appends a series of a value per category copied from @values (@present
 * NULL: all present; a value that is not finite counts as missing; past
 * @n, missing). Returns its index. */
guint      rc_chart_data_add_series     (RcChartData        *data,
                                         const char         *label,
                                         const double       *values,
                                         const gboolean     *present,
                                         guint               n);

/* ---- Frame: title, value axis, category labels, legend ------------------- */

typedef struct
{
  double        width;
  double        height;
  RcChartRect   title;
  RcChartRect   plot;
  RcChartRect   legend;      /* empty when there is no legend */
  RcChartTicks  ticks;
  guint         label_step;  /* draw every n-th category label */
  double        label_wrap;  /* > 0: labels wrapped to this width, every one drawn */
  double        label_drop;  /* > 0: every other label this much lower, to have room */
} RcChartFrame;

/* The title, categories and format are @data's. */
void   rc_chart_frame_compute       (RcChartFrame        *frame,
                                     RcChartText         *text,
                                     const RcChartData   *data,
                                     RcChartLegend       *legend,
                                     double               data_min,
                                     double               data_max,
                                     double               width,
                                     double               height);
/* The y of @value on the value axis. */
double rc_chart_frame_value_y       (const RcChartFrame  *frame,
                                     double               value);
/* Category @i takes the band [x, x + width) along the plot's width. */
double rc_chart_frame_band_x        (const RcChartFrame  *frame,
                                     guint                n_categories,
                                     guint                i,
                                     double              *band_width);

/* Begins a chart's draw: saves @cr (the chart restores it when done) and
 * paints the background. Returns the style to draw with: @style, or when
 * it is NULL the light one, set up in @light. */
const RcChartStyle *
       rc_chart_draw_begin          (cairo_t             *cr,
                                     const RcChartStyle  *style,
                                     RcChartStyle        *light,
                                     double               width,
                                     double               height);
/* Title, grid lines with value labels, category labels and the legend. */
void   rc_chart_frame_draw          (const RcChartFrame  *frame,
                                     RcChartText         *text,
                                     cairo_t             *cr,
                                     const RcChartStyle  *style,
                                     const RcChartData   *data,
                                     const RcChartLegend *legend);
/* Title and a "No data" message in the middle. */
void   rc_chart_draw_no_data        (RcChartText         *text,
                                     cairo_t             *cr,
                                     const RcChartStyle  *style,
                                     const char          *title,
                                     double               width,
                                     double               height);

/* Whether (@x, @y) lies in @rect, edges included. */
gboolean rc_chart_rect_contains     (const RcChartRect   *rect,
                                     double               x,
                                     double               y);

G_END_DECLS
