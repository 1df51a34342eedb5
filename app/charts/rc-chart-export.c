/* rc-chart-export.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-charts"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

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

static cairo_status_t
render (RcChartDrawFunc  draw,
        gconstpointer    chart,
        RcChartFileType  type,
        Sink            *sink,
        int              width,
        int              height,
        gboolean         dark)
{
  RcChartStyle style;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  rc_chart_style_init (&style, dark);
  style.crowd_antialias = CAIRO_ANTIALIAS_FAST;

  switch (type)
    {
    case RC_CHART_FILE_SVG:
      surface = cairo_svg_surface_create_for_stream (sink_write, sink, width, height);
      cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PX);
      break;
    case RC_CHART_FILE_PDF:
      surface = cairo_pdf_surface_create_for_stream (sink_write, sink, width, height);
      break;
    case RC_CHART_FILE_PNG:
    default:
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
      break;
    }

  cr = cairo_create (surface);
  draw (chart, cr, width, height, &style);
  status = cairo_status (cr);
  cairo_destroy (cr);

  if (status == CAIRO_STATUS_SUCCESS)
    {
      if (type == RC_CHART_FILE_PNG)
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
rc_chart_export (RcChartDrawFunc   draw,
                 gconstpointer     chart,
                 const char       *path,
                 int               width,
                 int               height,
                 gboolean          dark,
                 GError          **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *tmp_name = NULL;
  g_autofree char *tmp_path = NULL;
  g_autofree char *reason = NULL;
  RcChartFileType type;
  cairo_status_t status;
  Sink sink = { -1, 0 };

  g_return_val_if_fail (draw != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (width > 0 && height > 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!rc_chart_file_type_for_path (path, &type, error))
    return FALSE;

  /* Beside the target, so that the rename stays on one file system. */
  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  tmp_name = g_strdup_printf (".%s.XXXXXX", base);
  tmp_path = g_build_filename (dir, tmp_name, NULL);

  sink.fd = g_mkstemp_full (tmp_path, O_WRONLY | O_CLOEXEC, 0666);
  if (sink.fd < 0)
    {
      reason = g_strdup (g_strerror (errno));
      g_clear_pointer (&tmp_path, g_free);  /* nothing was created */
      goto fail;
    }

  status = render (draw, chart, type, &sink, width, height, dark);
  /* Cairo 1.16's PDF surface can finish "successfully" after a write
   * failed (tests/test-export-failures.c): the sink remembers. */
  if (status != CAIRO_STATUS_SUCCESS || sink.saved_errno != 0)
    {
      reason = g_strdup (sink.saved_errno != 0 ? g_strerror (sink.saved_errno)
                                               : cairo_status_to_string (status));
      goto fail;
    }

  /* The data must be on disk before the rename makes it the file. */
  if (fsync (sink.fd) != 0)
    {
      reason = g_strdup (g_strerror (errno));
      goto fail;
    }
  if (close (sink.fd) != 0)
    {
      reason = g_strdup (g_strerror (errno));
      sink.fd = -1;
      goto fail;
    }
  sink.fd = -1;

  if (g_rename (tmp_path, path) != 0)
    {
      reason = g_strdup (g_strerror (errno));
      goto fail;
    }

  return TRUE;

fail:
  if (sink.fd >= 0)
    close (sink.fd);
  if (tmp_path != NULL)
    g_unlink (tmp_path);
  g_set_error (error, RC_CHART_ERROR, RC_CHART_ERROR_WRITE,
               _("Could not save the chart to “%s”: %s"), path, reason);
  return FALSE;
}
