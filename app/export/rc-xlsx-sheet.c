/* rc-xlsx-sheet.c: cells, sheets and the closing of the workbooks the app
 * writes
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-export"

#include "config.h"

#include <errno.h>
#include <string.h>

#include <glib/gi18n.h>

#include "model/rc-money.h"
#include "rc-export-job.h"
#include "rc-xlsx-private.h"

/* The most characters a cell holds, in Excel and in libxlsxwriter. */
#define CELL_TEXT_MAX 32767

void
rc_xlsx_check (RcXlsx    *x,
               lxw_error  error)
{
  if (error != LXW_NO_ERROR && x->error == LXW_NO_ERROR)
    x->error = error;
}

void
rc_xlsx_text (RcXlsx        *x,
              lxw_worksheet *sheet,
              lxw_row_t      row,
              lxw_col_t      col,
              const char    *text,
              lxw_format    *format)
{
  g_autofree char *valid = NULL;

  if (text == NULL || *text == '\0')
    return;

  /* Whatever the text starts with (=, +, - or @ included), it is written
   * as a string, so a spreadsheet never runs it as a formula. Most text is
   * short and valid already, and goes as it is, with no copy. */
  if (strlen (text) <= CELL_TEXT_MAX && g_utf8_validate (text, -1, NULL))
    {
      rc_xlsx_check (x, worksheet_write_string (sheet, row, col, text, format));
      return;
    }
  valid = g_utf8_make_valid (text, -1);
  if (g_utf8_strlen (valid, -1) > CELL_TEXT_MAX)
    {
      g_autofree char *cut = g_utf8_substring (valid, 0, CELL_TEXT_MAX - 1);

      g_free (valid);
      valid = g_strconcat (cut, "…", NULL);
    }
  rc_xlsx_check (x, worksheet_write_string (sheet, row, col, valid, format));
}

void
rc_xlsx_number (RcXlsx        *x,
                lxw_worksheet *sheet,
                lxw_row_t      row,
                lxw_col_t      col,
                double         value,
                lxw_format    *format)
{
  rc_xlsx_check (x, worksheet_write_number (sheet, row, col, value, format));
}

void
rc_xlsx_header_row (RcXlsx             *x,
                    lxw_worksheet      *sheet,
                    lxw_row_t           row,
                    const char * const *headers,
                    guint               n,
                    lxw_format         *format)
{
  for (guint i = 0; i < n; i++)
    rc_xlsx_text (x, sheet, row, (lxw_col_t) i, headers[i], format);
}

void
rc_xlsx_table_head (RcXlsx             *x,
                    lxw_worksheet      *sheet,
                    const char         *title,
                    const char         *note,
                    const char * const *headers,
                    guint               n,
                    lxw_col_t           frozen_cols)
{
  rc_xlsx_text (x, sheet, 0, 0, title, x->title);
  rc_xlsx_text (x, sheet, 1, 0, note, x->note);
  rc_xlsx_header_row (x, sheet, 3, headers, n, x->header);
  worksheet_freeze_panes (sheet, 4, frozen_cols);
}

void
rc_xlsx_date (RcXlsx        *x,
              lxw_worksheet *sheet,
              lxw_row_t      row,
              lxw_col_t      col,
              const char    *iso_date)
{
  GDate date;
  lxw_datetime datetime = { 0 };

  if (iso_date == NULL)
    return;
  if (!rc_date_parse (iso_date, &date, NULL))
    {
      rc_xlsx_text (x, sheet, row, col, iso_date, NULL);
      return;
    }

  datetime.year = g_date_get_year (&date);
  datetime.month = g_date_get_month (&date);
  datetime.day = g_date_get_day (&date);
  rc_xlsx_check (x, worksheet_write_datetime (sheet, row, col, &datetime, x->date));
}

lxw_worksheet *
rc_xlsx_add_sheet (RcXlsx       *x,
                   const char   *name,
                   const char   *english,
                   gboolean      fit_width,
                   const char  **added_as)
{
  lxw_worksheet *sheet;

  if (workbook_validate_sheet_name (x->workbook, name) != LXW_NO_ERROR)
    name = english;
  if (added_as != NULL)
    *added_as = name;

  sheet = workbook_add_worksheet (x->workbook, name);
  if (sheet == NULL)
    {
      rc_xlsx_check (x, LXW_ERROR_MEMORY_MALLOC_FAILED);
      return NULL;
    }

  /* A4 across. */
  worksheet_set_paper (sheet, 9);
  worksheet_set_landscape (sheet);
  if (fit_width)
    worksheet_fit_to_pages (sheet, 1, 0);

  return sheet;
}

gboolean
rc_xlsx_begin (RcXlsx       *x,
               RcOutputFile *out)
{
  lxw_workbook_options constant_memory = { .constant_memory = LXW_TRUE };

  x->workbook = workbook_new_opt (rc_output_file_get_temp_path (out), &constant_memory);
  if (x->workbook == NULL)
    {
      rc_xlsx_check (x, LXW_ERROR_MEMORY_MALLOC_FAILED);
      return FALSE;
    }

  x->title = workbook_add_format (x->workbook);
  format_set_bold (x->title);
  format_set_font_size (x->title, 14);

  x->header = workbook_add_format (x->workbook);
  format_set_bold (x->header);
  format_set_bg_color (x->header, RC_XLSX_COLOUR_HEADER);
  format_set_bottom (x->header, LXW_BORDER_THIN);
  format_set_text_wrap (x->header);
  format_set_align (x->header, LXW_ALIGN_VERTICAL_TOP);

  x->note = workbook_add_format (x->workbook);
  format_set_italic (x->note);
  format_set_font_color (x->note, RC_XLSX_COLOUR_NOTE);

  return TRUE;
}

static char *
describe_lxw_error (lxw_error error,
                    int       saved_errno)
{
  const char *cause = saved_errno != 0 ? rc_output_file_describe_errno (saved_errno) : lxw_strerror (error);

  switch (error)
    {
    case LXW_ERROR_MEMORY_MALLOC_FAILED:
      return g_strdup (_("there was not enough memory"));
    case LXW_ERROR_CREATING_XLSX_FILE:
      return g_strdup (cause);
    case LXW_ERROR_CREATING_TMPFILE:
    case LXW_ERROR_READING_TMPFILE:
      return g_strdup_printf (_("its parts could not be put together in the temporary "
                                "folder (%s)"), cause);
    case LXW_ERROR_ZIP_FILE_OPERATION:
    case LXW_ERROR_ZIP_PARAMETER_ERROR:
    case LXW_ERROR_ZIP_BAD_ZIP_FILE:
    case LXW_ERROR_ZIP_INTERNAL_ERROR:
    case LXW_ERROR_ZIP_FILE_ADD:
    case LXW_ERROR_ZIP_CLOSE:
      /* errno is only worth reading when it says the disk is full. */
      if (saved_errno == ENOSPC)
        return g_strdup (rc_output_file_describe_errno (saved_errno));
      return g_strdup_printf (_("writing the file failed (%s)"), lxw_strerror (error));
    default:
      return g_strdup (lxw_strerror (error));
    }
}

char *
rc_xlsx_close (RcXlsx       *x,
               RcOutputFile *out)
{
  lxw_error closed;
  int saved_errno;

  if (x->error != LXW_NO_ERROR)
    {
      if (x->workbook != NULL)
        lxw_workbook_free (x->workbook);
      x->workbook = NULL;
      return describe_lxw_error (x->error, 0);
    }

  /* libxlsxwriter writes the whole file here, and frees the workbook. */
  errno = 0;
  closed = workbook_close (x->workbook);
  saved_errno = errno;
  x->workbook = NULL;
  if (closed != LXW_NO_ERROR)
    return describe_lxw_error (closed, saved_errno);

  if (!rc_xlsx_is_whole (rc_output_file_get_temp_path (out)))
    return g_strdup (_("it could not be written whole: the disk may be full"));

  return NULL;
}

static gboolean
write_file (RcXlsx            *x,
            const RcXlsxFile  *file,
            gpointer           writer,
            const char        *path,
            GError           **error)
{
  g_autoptr(RcOutputFile) out = NULL;
  g_autofree char *reason = NULL;

  out = rc_output_file_begin (path, file->flags, error);
  if (out == NULL)
    return FALSE;

  /* Without memory for the workbook, the closing says so. */
  if (rc_xlsx_begin (x, out) && !file->fill (writer, error))
    {
      lxw_workbook_free (x->workbook);
      x->workbook = NULL;
      return FALSE;  /* the temporary file goes with @out */
    }

  reason = rc_xlsx_close (x, out);
  if (reason != NULL)
    {
      file->set_write_error (error, path, reason);
      return FALSE;
    }
  rc_progress_report (x->progress, x->progress_data, file->done_close);

  if (!rc_output_file_commit (g_steal_pointer (&out), error))
    return FALSE;
  rc_progress_report (x->progress, x->progress_data, 1.0);

  return TRUE;
}

gboolean
rc_xlsx_write_file (RcXlsx            *x,
                    const RcXlsxFile  *file,
                    gpointer           writer,
                    const char        *path,
                    GError           **error)
{
  locale_t previous;
  gboolean ok;

  g_return_val_if_fail (x != NULL && file != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  previous = rc_xlsx_use_c_locale ();
  ok = write_file (x, file, writer, path, error);
  rc_xlsx_restore_locale (previous);

  return ok;
}

static locale_t
c_locale (void)
{
  static gsize once;
  static locale_t locale;

  if (g_once_init_enter (&once))
    {
      locale = newlocale (LC_ALL_MASK, "C", (locale_t) 0);
      g_once_init_leave (&once, 1);
    }

  return locale;
}

/* GTK sets the user's locale at start, and a worker cannot change the
 * process's: the writing thread alone changes its own. */
locale_t
rc_xlsx_use_c_locale (void)
{
  locale_t c = c_locale ();

  return c != (locale_t) 0 ? uselocale (c) : (locale_t) 0;
}

void
rc_xlsx_restore_locale (locale_t previous)
{
  if (previous != (locale_t) 0)
    uselocale (previous);
}
