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

/* The extension of @type, "png", "svg" or "pdf". */
const char *rc_chart_file_type_get_extension (RcChartFileType type);

/* @path with its extension made that of @type: "agency-rate.png" as a PDF
 * is "agency-rate.pdf"; a name without a chart extension gets one added
 * ("chart" is "chart.pdf", "report.v2" is "report.v2.pdf"). */
char       *rc_chart_file_name_for_type      (const char       *path,
                                              RcChartFileType   type);

/* What a save dialog's answer makes: the format, and @path with that
 * format's extension. @filter_type is the type of the chosen filter, or
 * -1 when no filter of ours is chosen; @filter_changed says that the user
 * chose it, rather than leaving the one the dialog opened with.
 *
 * The chosen filter decides, and the name follows it: "agency-rate.png"
 * with PDF chosen is written as "agency-rate.pdf", a PDF. Only when the
 * filter was left as it was, or there is none, and the name ends in a
 * chart extension does the name decide ("chart.svg" is an SVG). A name
 * with no chart extension gets the filter's, or ".png". */
char       *rc_chart_file_resolve            (const char       *path,
                                              int               filter_type,
                                              gboolean          filter_changed,
                                              RcChartFileType  *type);

typedef struct
{
  RcChartFileType  type;
  /* The chart's size: pixels for a PNG, px for an SVG. A PDF is always an
   * A4 landscape page, and the chart, drawn at this size, is scaled to fit
   * within its margins, so the size sets its proportions and how large
   * its text is beside it. */
  int              width;
  int              height;
  gboolean         dark;
  /* PDF: a line printed under the chart, such as "Source: DfE children’s
   * social work workforce, as at 30 September"; NULL for none. */
  const char      *source;
  /* Never replaces an existing file: for a name changed after the user
   * was asked whether to replace the one they chose. */
  gboolean         keep_existing;
} RcChartExportOptions;

/* The A4 landscape page in points, as a PDF chart has it. */
#define RC_CHART_PDF_PAGE_WIDTH  (297.0 / 25.4 * 72.0)
#define RC_CHART_PDF_PAGE_HEIGHT (210.0 / 25.4 * 72.0)

/* Draws @chart as @options say into @path, through rc_output_file_begin():
 * the file is written beside @path under a temporary name and renamed
 * over it when complete, so @path is either the whole new chart or
 * untouched. A name that may not be replaced (read-only, a link, not an
 * ordinary file) or a folder that cannot be written is refused with an
 * RC_OUTPUT_FILE_ERROR; a failure to draw or write is RC_CHART_ERROR_WRITE
 * naming @path and the reason. On failure nothing is left behind. */
gboolean rc_chart_export_with_options (RcChartDrawFunc              draw,
                                       gconstpointer                chart,
                                       const char                  *path,
                                       const RcChartExportOptions  *options,
                                       GError                     **error);

/* The same, the type from the extension of @path and with no source line. */
gboolean rc_chart_export             (RcChartDrawFunc   draw,
                                      gconstpointer     chart,
                                      const char       *path,
                                      int               width,
                                      int               height,
                                      gboolean          dark,
                                      GError          **error);

/* A PDF page as rc_chart_export_with_options() lays it out, drawn into
 * @cr (whose units are points): the chart fitted within the margins of an
 * A4 landscape page and @source under it. For tests and previews. */
void     rc_chart_export_draw_page   (RcChartDrawFunc              draw,
                                      gconstpointer                chart,
                                      cairo_t                     *cr,
                                      const RcChartExportOptions  *options);

G_END_DECLS
