/* rc-board-report-layout.c: text, tables and charts on A4 pages
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each page is drawn first into a recording surface, so that once the
 * last is known every page can say "Page 2 of 9"; the recordings are then
 * replayed into the PDF, as vectors and text that stays text.
 */

#define G_LOG_DOMAIN "rc-export"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>

#include "charts/rc-chart-style.h"
#include "rc-board-report-private.h"

/* 15 mm, as office printers leave. */
#define MARGIN        (15.0 / 25.4 * 72.0)
#define TEXT_WIDTH    (RC_REPORT_PAGE_WIDTH - 2 * MARGIN)
#define CONTENT_TOP   (MARGIN + 28.0)
#define CONTENT_END   (RC_REPORT_PAGE_HEIGHT - MARGIN - 34.0)
#define FONT_FAMILY   "Cantarell, Sans"
#define CELL_PAD      3.0
/* Charts are drawn this wide and scaled to the text width, so that their
 * own text is a little smaller than the report's. */
#define CHART_WIDTH   760.0

struct _RcReportLayout
{
  GPtrArray *pages;   /* of cairo_surface_t, recordings */
  cairo_t   *cr;      /* on the last page */
  double     y;       /* where the next block goes */
  char      *header;
  char      *source;
};

static void
surface_unref (gpointer p)
{
  cairo_surface_destroy (p);
}

RcReportLayout *
rc_report_layout_new (const char *header,
                      const char *source)
{
  RcReportLayout *self = g_new0 (RcReportLayout, 1);

  self->pages = g_ptr_array_new_with_free_func (surface_unref);
  self->header = g_strdup (header);
  self->source = g_strdup (source);
  rc_report_layout_new_page (self);

  return self;
}

void
rc_report_layout_free (RcReportLayout *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->cr, cairo_destroy);
  g_ptr_array_unref (self->pages);
  g_free (self->header);
  g_free (self->source);
  g_free (self);
}

void
rc_report_layout_new_page (RcReportLayout *self)
{
  cairo_rectangle_t extents = { 0, 0, RC_REPORT_PAGE_WIDTH, RC_REPORT_PAGE_HEIGHT };
  cairo_surface_t *page = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, &extents);

  g_clear_pointer (&self->cr, cairo_destroy);
  g_ptr_array_add (self->pages, page);
  self->cr = cairo_create (page);
  self->y = CONTENT_TOP;
}

guint
rc_report_layout_get_n_pages (RcReportLayout *self)
{
  return self->pages->len;
}

double
rc_report_layout_space_left (RcReportLayout *self)
{
  return CONTENT_END - self->y;
}

/* Text in points, whatever the surface's resolution. */
static PangoLayout *
text_layout (cairo_t    *cr,
             const char *text,
             double      size,
             gboolean    bold,
             double      width)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string (FONT_FAMILY);

  pango_cairo_context_set_resolution (pango_layout_get_context (layout), 72.0);
  pango_layout_context_changed (layout);
  pango_font_description_set_size (font, (int) (size * PANGO_SCALE));
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (layout, text != NULL ? text : "", -1);

  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_pixel_size (layout, NULL, &height);

  return height;
}

static void
show_layout (cairo_t     *cr,
             PangoLayout *layout,
             double       x,
             double       y,
             double       grey)
{
  cairo_save (cr);
  cairo_set_source_rgb (cr, grey, grey, grey);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  cairo_restore (cr);
}

/* A block of text; @keep is space that must follow it on the same page
 * (a heading stays with what it heads). */
static void
add_text (RcReportLayout *self,
          const char     *text,
          double          size,
          gboolean        bold,
          double          grey,
          double          space_before,
          double          space_after,
          double          keep)
{
  g_autoptr(PangoLayout) layout = text_layout (self->cr, text, size, bold, TEXT_WIDTH);
  double height = layout_height (layout);

  if (self->y > CONTENT_TOP)
    self->y += space_before;
  if (self->y + height + keep > CONTENT_END && self->y > CONTENT_TOP)
    {
      rc_report_layout_new_page (self);
      g_clear_object (&layout);
      layout = text_layout (self->cr, text, size, bold, TEXT_WIDTH);
    }
  show_layout (self->cr, layout, MARGIN, self->y, grey);
  self->y += height + space_after;
}

void
rc_report_layout_title (RcReportLayout *self,
                        const char     *text)
{
  add_text (self, text, 20, TRUE, 0.1, 0, 10, 0);
}

void
rc_report_layout_heading (RcReportLayout *self,
                          const char     *text)
{
  add_text (self, text, 13, TRUE, 0.1, 14, 6, 60);
}

void
rc_report_layout_paragraph (RcReportLayout *self,
                            const char     *text)
{
  add_text (self, text, 10, FALSE, 0.1, 0, 6, 0);
}

void
rc_report_layout_note (RcReportLayout *self,
                       const char     *text)
{
  add_text (self, text, 8, FALSE, 0.35, 0, 6, 0);
}

/* Lays out one row's cells at their columns' widths; returns its height. */
static double
row_layouts (RcReportLayout        *self,
             const RcReportColumn  *columns,
             guint                  n_columns,
             const char * const    *cells,
             gboolean               bold,
             PangoLayout          **out)
{
  double height = 0;

  for (guint c = 0; c < n_columns; c++)
    {
      double width = columns[c].width * TEXT_WIDTH - 2 * CELL_PAD;

      out[c] = text_layout (self->cr, cells[c], 8.5, bold, width);
      if (columns[c].align == RC_REPORT_ALIGN_RIGHT)
        pango_layout_set_alignment (out[c], PANGO_ALIGN_RIGHT);
      height = MAX (height, layout_height (out[c]));
    }

  return height + 2 * CELL_PAD;
}

static void
draw_row (RcReportLayout        *self,
          const RcReportColumn  *columns,
          guint                  n_columns,
          PangoLayout          **layouts,
          double                 height,
          double                 shade)
{
  double x = MARGIN;

  if (shade < 1.0)
    {
      cairo_save (self->cr);
      cairo_set_source_rgb (self->cr, shade, shade, shade);
      cairo_rectangle (self->cr, MARGIN, self->y, TEXT_WIDTH, height);
      cairo_fill (self->cr);
      cairo_restore (self->cr);
    }
  for (guint c = 0; c < n_columns; c++)
    {
      show_layout (self->cr, layouts[c], x + CELL_PAD, self->y + CELL_PAD, 0.1);
      x += columns[c].width * TEXT_WIDTH;
    }
  self->y += height;
}

static void
clear_layouts (PangoLayout **layouts,
               guint         n)
{
  for (guint c = 0; c < n; c++)
    g_clear_object (&layouts[c]);
}

void
rc_report_layout_table (RcReportLayout        *self,
                        const RcReportColumn  *columns,
                        guint                  n_columns,
                        const char * const    *rows,
                        guint                  n_rows)
{
  g_autofree const char **titles = g_new0 (const char *, n_columns);
  g_autofree PangoLayout **header = g_new0 (PangoLayout *, n_columns);
  g_autofree PangoLayout **cells = g_new0 (PangoLayout *, n_columns);
  double header_height;

  for (guint c = 0; c < n_columns; c++)
    titles[c] = columns[c].title;

  header_height = row_layouts (self, columns, n_columns, titles, TRUE, header);
  /* The header and a row at least together. */
  if (self->y + header_height + 20 > CONTENT_END && self->y > CONTENT_TOP)
    {
      clear_layouts (header, n_columns);
      rc_report_layout_new_page (self);
      header_height = row_layouts (self, columns, n_columns, titles, TRUE, header);
    }
  draw_row (self, columns, n_columns, header, header_height, 0.88);

  for (guint r = 0; r < n_rows; r++)
    {
      double height = row_layouts (self, columns, n_columns, rows + r * n_columns, FALSE, cells);

      if (self->y + height > CONTENT_END)
        {
          clear_layouts (header, n_columns);
          clear_layouts (cells, n_columns);
          rc_report_layout_new_page (self);
          header_height = row_layouts (self, columns, n_columns, titles, TRUE, header);
          draw_row (self, columns, n_columns, header, header_height, 0.88);
          height = row_layouts (self, columns, n_columns, rows + r * n_columns, FALSE, cells);
        }
      draw_row (self, columns, n_columns, cells, height, r % 2 == 1 ? 0.96 : 1.0);
      clear_layouts (cells, n_columns);
    }
  clear_layouts (header, n_columns);

  /* A rule under the table. */
  cairo_save (self->cr);
  cairo_set_source_rgb (self->cr, 0.6, 0.6, 0.6);
  cairo_set_line_width (self->cr, 0.5);
  cairo_move_to (self->cr, MARGIN, self->y);
  cairo_line_to (self->cr, MARGIN + TEXT_WIDTH, self->y);
  cairo_stroke (self->cr);
  cairo_restore (self->cr);
  self->y += 6;
}

void
rc_report_layout_chart (RcReportLayout  *self,
                        RcChartDrawFunc  draw,
                        gconstpointer    chart,
                        double           height)
{
  RcChartStyle style;
  double scale = TEXT_WIDTH / CHART_WIDTH;

  if (self->y + height > CONTENT_END && self->y > CONTENT_TOP)
    rc_report_layout_new_page (self);

  rc_chart_style_init (&style, FALSE);
  style.crowd_antialias = CAIRO_ANTIALIAS_FAST;

  cairo_save (self->cr);
  cairo_translate (self->cr, MARGIN, self->y);
  cairo_scale (self->cr, scale, scale);
  cairo_rectangle (self->cr, 0, 0, CHART_WIDTH, height / scale);
  cairo_clip (self->cr);
  draw (chart, self->cr, CHART_WIDTH, height / scale, &style);
  cairo_restore (self->cr);
  self->y += height + 6;
}

/* The header, the source line and the page's number, around the page's
 * recording. */
static void
draw_frame (RcReportLayout *self,
            cairo_t        *cr,
            guint           page,
            guint           n_pages)
{
  g_autoptr(PangoLayout) header = text_layout (cr, self->header, 8, FALSE, TEXT_WIDTH);
  g_autoptr(PangoLayout) source = text_layout (cr, self->source, 7.5, FALSE, TEXT_WIDTH - 80);
  g_autofree char *number = NULL;
  g_autoptr(PangoLayout) number_layout = NULL;
  double foot;

  /* Translators: the number of a page of the board report and how many there are */
  number = g_strdup_printf (_("Page %u of %u"), page, n_pages);
  number_layout = text_layout (cr, number, 8, FALSE, 80);
  pango_layout_set_alignment (number_layout, PANGO_ALIGN_RIGHT);

  show_layout (cr, header, MARGIN, MARGIN, 0.35);
  cairo_save (cr);
  cairo_set_source_rgb (cr, 0.7, 0.7, 0.7);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, MARGIN, MARGIN + layout_height (header) + 4);
  cairo_line_to (cr, MARGIN + TEXT_WIDTH, MARGIN + layout_height (header) + 4);
  foot = RC_REPORT_PAGE_HEIGHT - MARGIN - layout_height (source);
  cairo_move_to (cr, MARGIN, foot - 4);
  cairo_line_to (cr, MARGIN + TEXT_WIDTH, foot - 4);
  cairo_stroke (cr);
  cairo_restore (cr);
  show_layout (cr, source, MARGIN, foot, 0.35);
  show_layout (cr, number_layout, MARGIN + TEXT_WIDTH - 80, foot, 0.35);
}

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);

  return CAIRO_STATUS_SUCCESS;
}

GBytes *
rc_report_layout_to_pdf (RcReportLayout        *self,
                         const char            *title,
                         GCancellable          *cancellable,
                         RcProgressFunc         progress,
                         gpointer               progress_data,
                         double                 from,
                         GError               **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  guint n = self->pages->len;

  g_clear_pointer (&self->cr, cairo_destroy);

  surface = cairo_pdf_surface_create_for_stream (append_bytes, bytes, RC_REPORT_PAGE_WIDTH,
                                                 RC_REPORT_PAGE_HEIGHT);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Return Coordinator");
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, self->source);
  cr = cairo_create (surface);

  for (guint i = 0; i < n; i++)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          cairo_destroy (cr);
          cairo_surface_destroy (surface);
          return NULL;
        }
      cairo_save (cr);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
      cairo_set_source_surface (cr, g_ptr_array_index (self->pages, i), 0, 0);
      cairo_paint (cr);
      cairo_restore (cr);
      draw_frame (self, cr, i + 1, n);
      cairo_show_page (cr);
      if (progress != NULL)
        progress (from + (1.0 - from) * (i + 1) / n, progress_data);
    }

  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, RC_BOARD_REPORT_ERROR, RC_BOARD_REPORT_ERROR_WRITE,
                   _("The report could not be drawn: %s"), cairo_status_to_string (status));
      return NULL;
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}
