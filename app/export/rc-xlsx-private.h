/* rc-xlsx-private.h: what the workbooks the app writes share
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rc-output-file.h"
#include "rc-progress-relay.h"
#include "rc-xlsx-check.h"

#include <locale.h>

#include <glib.h>
#include <xlsxwriter.h>

G_BEGIN_DECLS

/* The colours of a table's header and of a note. */
#define RC_XLSX_COLOUR_HEADER 0xE8EEF4
#define RC_XLSX_COLOUR_NOTE   0x595959

/* What the writing of any workbook keeps: the bid workbook's and the
 * monitoring workbook's writers begin with it. The formats every sheet
 * uses come with the workbook, so that the app's workbooks look alike. */
typedef struct
{
  lxw_workbook *workbook;
  lxw_error     error;   /* the first failure of libxlsxwriter */
  lxw_format   *title;   /* a sheet's title: bold, larger */
  lxw_format   *header;  /* a table's header: bold on a pale blue, wrapped */
  lxw_format   *note;    /* a note under a title: grey italics */
  lxw_format   *date;    /* what rc_xlsx_date() writes with, set by the workbook */
  RcProgressFunc progress;       /* may be NULL */
  gpointer       progress_data;
} RcXlsx;

/* What sets one workbook apart when rc_xlsx_write_file() writes it. */
typedef struct
{
  RcOutputFileFlags   flags;       /* RC_OUTPUT_FILE_PRIVATE for a file about people */
  double              done_close;  /* the progress once the workbook is closed */
  /* Writes the sheets through @writer, which holds the RcXlsx. FALSE stops
   * the writing and leaves no file: cancelled (@error set by
   * g_cancellable_set_error_if_cancelled()), or what it read failed. A
   * cell that fails is recorded in the RcXlsx instead, and the file is
   * then refused when it is closed. */
  gboolean          (*fill)             (gpointer      writer,
                                         GError      **error);
  /* Says that the workbook could not be saved at @path, and @reason why. */
  void              (*set_write_error)  (GError      **error,
                                         const char   *path,
                                         const char   *reason);
} RcXlsxFile;

/* Records @error in @x when it is the first failure. */
void           rc_xlsx_check          (RcXlsx         *x,
                                       lxw_error       error);

/* Cells: each records the first libxlsxwriter failure in @x. Text is
 * always a string, never a formula, whatever it starts with; nothing is
 * written for NULL or "". */
void           rc_xlsx_text           (RcXlsx         *x,
                                       lxw_worksheet  *sheet,
                                       lxw_row_t       row,
                                       lxw_col_t       col,
                                       const char     *text,
                                       lxw_format     *format);
void           rc_xlsx_number         (RcXlsx         *x,
                                       lxw_worksheet  *sheet,
                                       lxw_row_t       row,
                                       lxw_col_t       col,
                                       double          value,
                                       lxw_format     *format);
/* @n headers across @row, from column 0, in @format. */
void           rc_xlsx_header_row     (RcXlsx             *x,
                                       lxw_worksheet      *sheet,
                                       lxw_row_t           row,
                                       const char * const *headers,
                                       guint               n,
                                       lxw_format         *format);
/* The head of a table on a sheet of its own: @title in the first row,
 * @note in the second, the @n @headers in the fourth, and the rows above
 * the table frozen, with its first @frozen_cols columns. The table's rows
 * start in the fifth (row 4). */
void           rc_xlsx_table_head     (RcXlsx             *x,
                                       lxw_worksheet      *sheet,
                                       const char         *title,
                                       const char         *note,
                                       const char * const *headers,
                                       guint               n,
                                       lxw_col_t           frozen_cols);
/* An ISO date as a spreadsheet date, or as text when it is not one;
 * nothing when NULL. */
void           rc_xlsx_date           (RcXlsx         *x,
                                       lxw_worksheet  *sheet,
                                       lxw_row_t       row,
                                       lxw_col_t       col,
                                       const char     *iso_date);

/* A sheet named @name, or @english when a spreadsheet would refuse the
 * translation; @added_as (may be NULL) is set to the name used. Printed
 * on A4 across, and @fit_width as wide as the page. */
lxw_worksheet *rc_xlsx_add_sheet      (RcXlsx         *x,
                                       const char     *name,
                                       const char     *english,
                                       gboolean        fit_width,
                                       const char    **added_as);

/* Opens @x's workbook at @out's temporary path, in libxlsxwriter's
 * constant-memory mode: each row goes to the file as the next one starts,
 * rather than every cell being held until the end, so the sheets are
 * written top to bottom; a cell written above the row being written is
 * refused, and so fails the export rather than vanish. Adds the title,
 * header and note formats. FALSE, the failure recorded, when there is no
 * memory for it. */
gboolean       rc_xlsx_begin          (RcXlsx         *x,
                                       RcOutputFile   *out);

/* Ends @x: frees the workbook when a cell failed, else closes it, which
 * writes the file at @out's temporary path, and checks the file is whole.
 * NULL when it is, else why not, in words for the user. */
char          *rc_xlsx_close          (RcXlsx         *x,
                                       RcOutputFile   *out);

/* Writes a workbook at @path whole or not at all, in the C locale (see
 * below): makes the temporary file beside @path first, so that a name
 * that may not be replaced, or a folder that cannot be written into,
 * fails before any work is done; opens @x there (rc_xlsx_begin()); has
 * @file->fill write the sheets through @writer; closes @x
 * (rc_xlsx_close()) and renames the file over @path. @x's progress is
 * told @file->done_close once the workbook is closed, and 1.0 once the
 * file is in place. */
gboolean       rc_xlsx_write_file     (RcXlsx             *x,
                                       const RcXlsxFile   *file,
                                       gpointer            writer,
                                       const char         *path,
                                       GError            **error);

/* Numbers go into the XML by printf ("%.16G"), which follows LC_NUMERIC:
 * under a German or French locale 279.3 would be written "279,3", which
 * no spreadsheet reads as a number. The thread that writes a workbook
 * uses the C locale meanwhile: rc_xlsx_use_c_locale() returns what to
 * hand rc_xlsx_restore_locale() afterwards. */
locale_t       rc_xlsx_use_c_locale   (void);
void           rc_xlsx_restore_locale (locale_t        previous);

G_END_DECLS
