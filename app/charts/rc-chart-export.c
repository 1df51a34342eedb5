/* rc-chart-export.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-charts"

#include "config.h"

#include <errno.h>
#include <string.h>
#include <unistd.h>

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "export/rc-output-file.h"
#include "rc-chart-export.h"

G_DEFINE_QUARK (rc-chart-error-quark, rc_chart_error)

gboolean
rc_chart_file_type_for_path (const char       *path,
                             RcChartFileType  *type,
                             GError          **error)
{
  static const struct { const char *ext; RcChartFileType type; } types[] = {
    { "png", RC_CHART_FILE_PNG },
    { "svg", RC_CHART_FILE_SVG },
    { "pdf", RC_CHART_FILE_PDF },
  };
  g_autofree char *base = NULL;
  const char *dot;

  g_return_val_if_fail (path != NULL, FALSE);

  base = g_path_get_basename (path);
  dot = strrchr (base, '.');
  if (dot == NULL || dot == base || dot[1] == '\0')
    {
      g_set_error (error, RC_CHART_ERROR, RC_CHART_ERROR_UNSUPPORTED,
                   _("Cannot save a chart as “%s”: the file name has no extension; "
                     "use .png, .svg or .pdf"), base);
      return FALSE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    if (g_ascii_strcasecmp (dot + 1, types[i].ext) == 0)
      {
        if (type != NULL)
          *type = types[i].type;
        return TRUE;
      }

  g_set_error (error, RC_CHART_ERROR, RC_CHART_ERROR_UNSUPPORTED,
               _("Cannot save a chart as a “%s” file: use .png, .svg or .pdf"), dot);
  return FALSE;
}

const char *
rc_chart_file_type_get_extension (RcChartFileType type)
{
  switch (type)
    {
    case RC_CHART_FILE_SVG:
      return "svg";
    case RC_CHART_FILE_PDF:
      return "pdf";
    case RC_CHART_FILE_PNG:
    default:
      return "png";
    }
}

char *
rc_chart_file_name_for_type (const char      *path,
                             RcChartFileType  type)
{
  g_autofree char *stem = NULL;
  const char *base;
  const char *dot;

  g_return_val_if_fail (path != NULL, NULL);

  base = strrchr (path, G_DIR_SEPARATOR);
  base = base != NULL ? base + 1 : path;
  dot = strrchr (base, '.');
  /* Only a chart's own extension is replaced: "report.v2" keeps ".v2". */
  if (dot != NULL && dot != base && rc_chart_file_type_for_path (path, NULL, NULL))
    stem = g_strndup (path, dot - path);
  else
    stem = g_strdup (path);

  return g_strconcat (stem, ".", rc_chart_file_type_get_extension (type), NULL);
}

char *
rc_chart_file_resolve (const char      *path,
                       int              filter_type,
                       gboolean         filter_changed,
                       RcChartFileType *type)
{
  RcChartFileType from_name;
  RcChartFileType chosen;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (filter_type >= -1 && filter_type <= RC_CHART_FILE_PDF, NULL);

  if (rc_chart_file_type_for_path (path, &from_name, NULL)
      && (filter_type < 0 || (!filter_changed && (RcChartFileType) filter_type != from_name)))
    chosen = from_name;
  else
    chosen = filter_type >= 0 ? (RcChartFileType) filter_type : RC_CHART_FILE_PNG;

  if (type != NULL)
    *type = chosen;

  /* A name that already says the format, in any case, is kept as typed. */
  if (rc_chart_file_type_for_path (path, &from_name, NULL) && from_name == chosen)
    return g_strdup (path);

  return rc_chart_file_name_for_type (path, chosen);
}

typedef struct
{
  int fd;
  int saved_errno;
} Sink;

static cairo_status_t
sink_write (void                *closure,
            const unsigned char *data,
            unsigned int         length)
{
  Sink *sink = closure;

  while (length > 0)
    {
      ssize_t n = write (sink->fd, data, length);

      if (n < 0)
        {
          if (errno == EINTR)
            continue;
          sink->saved_errno = errno;
          return CAIRO_STATUS_WRITE_ERROR;
        }
      data += n;
      length -= (unsigned int) n;
    }
  return CAIRO_STATUS_SUCCESS;
}

/* 15 mm, as office printers leave. */
#define PDF_MARGIN        (15.0 / 25.4 * 72.0)
#define PDF_SOURCE_POINTS 9
#define PDF_SOURCE_GAP    8.0

static PangoLayout *
source_layout (cairo_t            *cr,
               const RcChartStyle *style,
               const char         *source,
               double              width)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font;

  /* Points on the page, whatever the chart's own scale. */
  pango_cairo_context_set_resolution (pango_layout_get_context (layout), 72.0);
  pango_layout_context_changed (layout);
  font = pango_font_description_from_string (style->font != NULL ? style->font : RC_CHART_DEFAULT_FONT);
  pango_font_description_set_size (font, PDF_SOURCE_POINTS * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (layout, source, -1);

  return layout;
}

void
rc_chart_export_draw_page (RcChartDrawFunc              draw,
                           gconstpointer                chart,
                           cairo_t                     *cr,
                           const RcChartExportOptions  *options)
{
  g_autoptr(PangoLayout) layout = NULL;
  RcChartStyle style;
  double box_width = RC_CHART_PDF_PAGE_WIDTH - 2 * PDF_MARGIN;
  double box_height = RC_CHART_PDF_PAGE_HEIGHT - 2 * PDF_MARGIN;
  double scale, x;
  int source_height = 0;

  g_return_if_fail (draw != NULL && cr != NULL && options != NULL);
  g_return_if_fail (options->width > 0 && options->height > 0);

  rc_chart_style_init (&style, options->dark);
  style.crowd_antialias = CAIRO_ANTIALIAS_FAST;

  cairo_save (cr);
  cairo_set_source_rgba (cr, style.background.red, style.background.green, style.background.blue, 1.0);
  cairo_paint (cr);
  cairo_restore (cr);

  if (options->source != NULL && options->source[0] != '\0')
    {
      layout = source_layout (cr, &style, options->source, box_width);
      pango_layout_get_pixel_size (layout, NULL, &source_height);
      box_height -= source_height + PDF_SOURCE_GAP;
    }

  /* The chart keeps the proportions it was asked for, as large as fits. */
  scale = MIN (box_width / options->width, box_height / options->height);
  x = PDF_MARGIN + (box_width - options->width * scale) / 2;

  cairo_save (cr);
  cairo_translate (cr, x, PDF_MARGIN);
  cairo_scale (cr, scale, scale);
  cairo_rectangle (cr, 0, 0, options->width, options->height);
  cairo_clip (cr);
  draw (chart, cr, options->width, options->height, &style);
  cairo_restore (cr);

  if (layout != NULL)
    {
      /* Under the chart, from its left edge. */
      pango_layout_set_width (layout, (int) (options->width * scale * PANGO_SCALE));
      cairo_save (cr);
      cairo_set_source_rgba (cr, style.secondary.red, style.secondary.green, style.secondary.blue,
                             style.secondary.alpha);
      cairo_move_to (cr, x, PDF_MARGIN + options->height * scale + PDF_SOURCE_GAP);
      pango_cairo_show_layout (cr, layout);
      cairo_restore (cr);
    }
}

static cairo_status_t
render (RcChartDrawFunc              draw,
        gconstpointer                chart,
        const RcChartExportOptions  *options,
        Sink                        *sink)
{
  RcChartStyle style;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  rc_chart_style_init (&style, options->dark);
  style.crowd_antialias = CAIRO_ANTIALIAS_FAST;

  switch (options->type)
    {
    case RC_CHART_FILE_SVG:
      surface = cairo_svg_surface_create_for_stream (sink_write, sink, options->width, options->height);
      cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PX);
      break;
    case RC_CHART_FILE_PDF:
      surface = cairo_pdf_surface_create_for_stream (sink_write, sink, RC_CHART_PDF_PAGE_WIDTH,
                                                     RC_CHART_PDF_PAGE_HEIGHT);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Return Coordinator");
      if (options->source != NULL)
        cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, options->source);
      break;
    case RC_CHART_FILE_PNG:
    default:
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, options->width, options->height);
      break;
    }

  cr = cairo_create (surface);
  if (options->type == RC_CHART_FILE_PDF)
    rc_chart_export_draw_page (draw, chart, cr, options);
  else
    draw (chart, cr, options->width, options->height, &style);
  status = cairo_status (cr);
  cairo_destroy (cr);

  if (status == CAIRO_STATUS_SUCCESS)
    {
      if (options->type == RC_CHART_FILE_PNG)
        status = cairo_surface_write_to_png_stream (surface, sink_write, sink);
      else
        {
          /* Vector surfaces write most of the file when finished. */
          cairo_surface_finish (surface);
          status = cairo_surface_status (surface);
        }
    }
  cairo_surface_destroy (surface);

  return status;
}

gboolean
rc_chart_export_with_options (RcChartDrawFunc              draw,
                              gconstpointer                chart,
                              const char                  *path,
                              const RcChartExportOptions  *options,
                              GError                     **error)
{
  g_autoptr(RcOutputFile) out = NULL;
  g_autofree char *shown = NULL;
  cairo_status_t status;
  Sink sink = { -1, 0 };

  g_return_val_if_fail (draw != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (options->width > 0 && options->height > 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  out = rc_output_file_begin (path, options->keep_existing ? RC_OUTPUT_FILE_NEW : RC_OUTPUT_FILE_DEFAULT,
                              error);
  if (out == NULL)
    return FALSE;

  sink.fd = rc_output_file_get_fd (out);
  status = render (draw, chart, options, &sink);
  /* Cairo 1.16's PDF surface can finish "successfully" after a write
   * failed (tests/test-export-failures.c): the sink remembers. */
  if (status != CAIRO_STATUS_SUCCESS || sink.saved_errno != 0)
    {
      shown = g_filename_display_name (path);
      g_set_error (error, RC_CHART_ERROR, RC_CHART_ERROR_WRITE,
                   _("Could not save the chart to “%s”: %s"), shown,
                   sink.saved_errno != 0 ? rc_output_file_describe_errno (sink.saved_errno)
                                         : cairo_status_to_string (status));
      return FALSE;  /* the temporary file goes with @out */
    }

  return rc_output_file_commit (g_steal_pointer (&out), error);
}

gboolean
rc_chart_export (RcChartDrawFunc   draw,
                 gconstpointer     chart,
                 const char       *path,
                 int               width,
                 int               height,
                 gboolean          dark,
                 GError          **error)
{
  RcChartExportOptions options = { RC_CHART_FILE_PNG, width, height, dark, NULL, FALSE };

  g_return_val_if_fail (path != NULL, FALSE);

  if (!rc_chart_file_type_for_path (path, &options.type, error))
    return FALSE;

  return rc_chart_export_with_options (draw, chart, path, &options, error);
}
