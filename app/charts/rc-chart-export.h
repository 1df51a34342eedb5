/* rc-chart-export.h: a chart as a PNG, SVG or PDF file
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

#include "rc-chart-style.h"

G_BEGIN_DECLS

#define RC_CHART_ERROR (rc_chart_error_quark ())

typedef enum
{
  RC_CHART_ERROR_UNSUPPORTED,  /* a file name not ending in .png, .svg or .pdf */
  RC_CHART_ERROR_WRITE,        /* the file could not be written */
} RcChartError;

GQuark rc_chart_error_quark (void);

typedef enum
{
  RC_CHART_FILE_PNG,
  RC_CHART_FILE_SVG,
  RC_CHART_FILE_PDF,
} RcChartFileType;

/* The shape of rc_line_chart_draw(), rc_bar_chart_draw() and
 * rc_funnel_chart_draw(); pass them through RC_CHART_DRAW_FUNC(). */
typedef void (*RcChartDrawFunc) (gconstpointer       chart,
                                 cairo_t            *cr,
                                 double              width,
                                 double              height,
                                 const RcChartStyle *style);

#define RC_CHART_DRAW_FUNC(f) ((RcChartDrawFunc) (void (*) (void)) (f))

/* From the extension of @path, in any case; RC_CHART_ERROR_UNSUPPORTED
 * naming the extension otherwise. */
gboolean rc_chart_file_type_for_path (const char       *path,
                                      RcChartFileType  *type,
                                      GError          **error);

/* Draws @chart at @width × @height (pixels for a PNG, px for an SVG,
 * points for a PDF) in the light or @dark style into @path. The file is
 * written beside @path under a temporary name and renamed over it when
 * complete, so @path is either the whole new chart or untouched; on
 * failure nothing is left behind and the RC_CHART_ERROR_WRITE message
 * names @path and the reason. */
gboolean rc_chart_export             (RcChartDrawFunc   draw,
                                      gconstpointer     chart,
                                      const char       *path,
                                      int               width,
                                      int               height,
                                      gboolean          dark,
                                      GError          **error);

G_END_DECLS
