/* rc-bid-workbook-private.h: what the bid workbook's files share
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <xlsxwriter.h>

#include "model/rc-measure.h"
#include "model/rc-retention.h"
#include "rc-bid-workbook.h"
#include "rc-export-rows.h"
#include "rc-xlsx-private.h"

G_BEGIN_DECLS

/* Everything the workbook shows, read from the store beforehand as plain
 * text and numbers, so that the file can be written in another thread
 * without touching the store. Labels are already translated. There are no
 * personal fields here, on purpose: trainees appear only as counts. */

typedef struct
{
  char *occurred_on;  /* ISO date */
  char *status;       /* label */
  char *note;
} RcWorkbookEvent;

typedef struct
{
  char   *council;    /* or "Whole consortium" */
  char   *category;   /* label */
  char   *description;
  gint64  quantity100;
  gint64  unit_cost_pence;
  gint64  total_pence;
} RcWorkbookLine;

typedef struct
{
  char   *name;
  gint64  pence;
} RcWorkbookSum;

typedef struct
{
  char     *council;
  char     *role;           /* label */
  RcWorkforceReturn *latest;  /* its latest return, or NULL; read only, so a worker may read it */
  RcRate    rates[RC_N_MEASURES];    /* rc_measure_compute()'s, of the latest return */
  RcRateSource sources[RC_N_MEASURES];
  RcRate   *vacancy_by_year;  /* first_year … last_year of the data */
} RcWorkbookPartner;

typedef struct
{
  char      *title;
  char      *funder;
  char      *scheme;
  char      *programme;
  char      *consortium;
  char      *lead_council;      /* on the bid's date */
  char      *members_on;        /* the bid's date, which the members are of */
  char      *status;            /* label */
  char      *status_on;         /* date of the latest change */
  char      *deadline_on;
  char      *submitted_on;
  char      *decision_due_on;
  char      *decided_on;
  char      *notes;
  gint64     trainees_planned;
  RcFigure   awarded_pence;
  gint64     total_pence;

  GPtrArray *events;            /* of RcWorkbookEvent, oldest first */
  GPtrArray *members;           /* of RcExportMember: the lead, partners and proposed on the bid's date */
  GPtrArray *lines;             /* of RcWorkbookLine, in rc_store_list_bid_lines()'s order */
  GPtrArray *by_council;        /* of RcWorkbookSum, councils as they first appear in lines */
  GPtrArray *by_category;       /* of RcWorkbookSum, the categories with lines, in order */
  GPtrArray *partners;          /* of RcWorkbookPartner, one per member */
  int        first_year;        /* of the partners' returns; 0 when none */
  int        last_year;
  GPtrArray *cohorts;           /* of RcExportCohort, earlier cohorts by start */
  char      *generated_on;      /* ISO date */
} RcBidWorkbookData;

RcBidWorkbookData *rc_bid_workbook_data_gather (RcStore            *store,
                                                gint64              bid_id,
                                                GError            **error);
void               rc_bid_workbook_data_free   (RcBidWorkbookData  *data);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RcBidWorkbookData, rc_bid_workbook_data_free)

/* Writes @data to @path, renaming a temporary file into place. */
gboolean           rc_bid_workbook_data_write  (const RcBidWorkbookData     *data,
                                                const char                  *path,
                                                GCancellable                *cancellable,
                                                RcProgressFunc               progress,
                                                gpointer                     progress_data,
                                                GError                     **error);

/* The sheets' shared state while one workbook is written. */
typedef struct
{
  RcXlsx                   xlsx;   /* the workbook, its first failure and its date format */
  const RcBidWorkbookData *data;
  GCancellable            *cancellable;

  lxw_format *header_right;
  lxw_format *label;
  lxw_format *note_wrap;
  lxw_format *wrap;
  lxw_format *money;
  lxw_format *money_left;
  lxw_format *money_total;
  lxw_format *total_label;
  lxw_format *quantity;
  lxw_format *fte;
  lxw_format *integer;
  lxw_format *integer_left;
  lxw_format *percent;
  lxw_format *decimal;

  lxw_worksheet *summary;
  lxw_worksheet *budget;
  lxw_worksheet *partners;
  lxw_worksheet *outcomes;
  lxw_worksheet *charts;
  const char    *budget_name;    /* as added: translated, or English */
  const char    *partners_name;

  /* Where the tables are, 0-based, for the formulas and charts that
   * refer to them from other sheets. */
  lxw_row_t budget_total_row;
  lxw_row_t by_council_first;    /* rows of the By council table's body */
  lxw_row_t by_council_last;
  lxw_row_t vacancy_header_row;  /* the Partners' Vacancy rate by year block */
  lxw_row_t vacancy_first;
  lxw_row_t vacancy_last;
} RcWorkbookWriter;

/* Cells beside rc_xlsx_text(), rc_xlsx_number() and rc_xlsx_date() on
 * w->xlsx, which record their failure the same way. A missing figure is an empty cell, never 0. */
void     rc_workbook_figure       (RcWorkbookWriter *w,
                                   lxw_worksheet    *sheet,
                                   lxw_row_t         row,
                                   lxw_col_t         col,
                                   RcFigure          figure,
                                   double            divisor,
                                   lxw_format       *format);
/* A formula with its cached result, so that the value shows without
 * recalculation; a rate without a value caches an empty string. */
void     rc_workbook_formula      (RcWorkbookWriter *w,
                                   lxw_worksheet    *sheet,
                                   lxw_row_t         row,
                                   lxw_col_t         col,
                                   const char       *formula,
                                   double            result,
                                   lxw_format       *format);
void     rc_workbook_formula_rate (RcWorkbookWriter *w,
                                   lxw_worksheet    *sheet,
                                   lxw_row_t         row,
                                   lxw_col_t         col,
                                   const char       *formula,
                                   RcRate            result,
                                   lxw_format       *format);
gboolean rc_workbook_is_cancelled (RcWorkbookWriter *w);

/* Where each table goes, before any sheet is written; the formats; then
 * one function per sheet. */
void     rc_workbook_plan            (RcWorkbookWriter *w);
void     rc_workbook_add_formats     (RcWorkbookWriter *w);
void     rc_workbook_write_summary   (RcWorkbookWriter *w);
gboolean rc_workbook_write_budget    (RcWorkbookWriter *w);
void     rc_workbook_write_partners  (RcWorkbookWriter *w);
void     rc_workbook_write_outcomes  (RcWorkbookWriter *w);
void     rc_workbook_write_charts    (RcWorkbookWriter *w);
G_END_DECLS
