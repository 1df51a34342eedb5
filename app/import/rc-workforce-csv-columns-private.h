/* rc-workforce-csv-columns-private.h: the columns and values of the DfE's
 * children's social work workforce CSV, for rc-workforce-import.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "model/rc-workforce-return.h"

G_BEGIN_DECLS

/* The columns the import reads; every other column is ignored. The
 * published rates are kept beside the figures: a rate computed from the
 * figures wins when it can be computed (rc_measure_compute()). */
typedef enum
{
  RC_WF_COLUMN_TIME_PERIOD,
  RC_WF_COLUMN_TIME_IDENTIFIER,
  RC_WF_COLUMN_GEOGRAPHIC_LEVEL,
  RC_WF_COLUMN_COUNTRY_CODE,
  RC_WF_COLUMN_REGION_CODE,
  RC_WF_COLUMN_REGION_NAME,
  RC_WF_COLUMN_OLD_LA_CODE,
  RC_WF_COLUMN_NEW_LA_CODE,
  RC_WF_COLUMN_LA_NAME,

  /* The figures, in the order of RcWorkforceReturn. */
  RC_WF_COLUMN_IN_POST,
  RC_WF_COLUMN_STARTERS,
  RC_WF_COLUMN_LEAVERS,
  RC_WF_COLUMN_AGENCY,
  RC_WF_COLUMN_VACANCIES,
  RC_WF_COLUMN_CASE_HOLDERS,
  RC_WF_COLUMN_CASES,
  RC_WF_COLUMN_SICKNESS_DAYS,
  /* The rates the DfE published. */
  RC_WF_COLUMN_VACANCY_RATE,
  RC_WF_COLUMN_AGENCY_RATE,
  RC_WF_COLUMN_TURNOVER_RATE,
  RC_WF_COLUMN_CASELOAD,

  RC_WF_N_COLUMNS
} RcWfColumn;

#define RC_WF_FIRST_FIGURE RC_WF_COLUMN_IN_POST

/* Where each column is in the file's header, -1 when absent. */
typedef struct
{
  int   index[RC_WF_N_COLUMNS];
  guint n_fields;
} RcWfColumns;

/* Finds the columns by name (a few published alternatives each). Fails
 * with RC_WORKFORCE_IMPORT_ERROR_MISSING_COLUMNS naming every required
 * column that is absent. */
gboolean    rc_wf_columns_find      (GPtrArray          *header,
                                     RcWfColumns        *columns,
                                     GError            **error);
/* The column's name in the file when present, else its usual name. */
const char *rc_wf_column_name       (const RcWfColumns  *columns,
                                     GPtrArray          *header,
                                     RcWfColumn          column);
/* The cell of @column in @fields with surrounding spaces stripped (in
 * place: the fields are the reader's, and read once); "" when the column
 * is absent. */
const char *rc_wf_cell              (const RcWfColumns  *columns,
                                     GPtrArray          *fields,
                                     RcWfColumn          column);

/* The figure that a figure column fills in a return. */
RcFigure   *rc_wf_figure_of         (RcWorkforceReturn  *ret,
                                     RcWfColumn          column);
/* "vacancies", "published vacancy rate": the figure in a sentence. */
const char *rc_wf_figure_noun       (RcWfColumn          column);

/* What a figure's cell says. */
typedef enum
{
  RC_WF_CELL_VALUE,          /* a number */
  RC_WF_CELL_BLANK,          /* nothing: the file says nothing of it */
  RC_WF_CELL_NOT_AVAILABLE,  /* z, x, c, u, "..", ":": the DfE has no figure */
  RC_WF_CELL_LOW,            /* "low" or "~": below 0.5, not given */
} RcWfCell;

/* Reads a published value of figure @column. A blank cell, a suppression
 * marker and "low" give a missing figure, and @cell says which. Fails on
 * text that is not a number and on a negative figure, with a message that
 * names neither line nor column. */
gboolean    rc_wf_parse_figure      (RcWfColumn          column,
                                     const char         *text,
                                     RcFigure           *figure,
                                     RcWfCell           *cell,
                                     GError            **error);
/* "2025" or "202425" (the year ending 30 September 2025) to 2025. */
gboolean    rc_wf_parse_year        (const char         *text,
                                     gint64             *year,
                                     GError            **error);

G_END_DECLS
