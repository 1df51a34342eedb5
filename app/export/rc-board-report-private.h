/* rc-board-report-private.h: what the board report's files share
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The report is made in three steps, one file each:
 * - rc-board-report-data.c reads everything it shows from the store, on
 *   the caller's thread, into the plain data below (text, numbers and
 *   charts, which are plain data too: app/charts has no GTK);
 * - rc-board-report-layout.c puts text, tables and charts on A4 pages,
 *   with the header, the source line and "Page 2 of 9" on each;
 * - rc-board-report.c says what goes on the pages, and writes the file,
 *   in a worker thread for the window.
 */

#pragma once

#include <pango/pangocairo.h>

#include "charts/rc-bar-chart.h"
#include "charts/rc-chart-export.h"
#include "charts/rc-funnel-chart.h"
#include "charts/rc-line-chart.h"
#include "model/rc-bid-status.h"
#include "model/rc-funnel.h"
#include "model/rc-measure.h"
#include "model/rc-retention.h"
#include "rc-board-report.h"
#include "rc-export-rows.h"

G_BEGIN_DECLS

/* The measures of the rates table and the trend charts. */
#define RC_REPORT_N_MEASURES 3
/* The table compares the latest year with this many years before. */
#define RC_REPORT_CHANGE_YEARS 3

/* One row of the rates table: a council, a region or England. */
typedef struct
{
  char     *name;
  gboolean  benchmark;                           /* a region or England */
  gint64    year;                                /* of the latest return; 0 for none */
  RcRate    rates[RC_REPORT_N_MEASURES];         /* in that year */
  RcRate    before[RC_REPORT_N_MEASURES];        /* RC_REPORT_CHANGE_YEARS before */
} RcReportRates;

/* A cohort of the consortium: counts only, never a name. */
typedef struct
{
  RcExportCohort facts;            /* name, dates, places and counts */
  RcFunnel       funnel;
  char          *funnel_sources;   /* rc_funnel_describe_sources(), or NULL */
  RcBarChart    *pipeline_chart;   /* trainees at each stage today */
  RcFunnelChart *funnel_chart;     /* NULL when the funnel has no figure */
} RcReportCohort;

typedef struct
{
  char        *title;
  char        *funder;
  RcBidStatus  status;
  char        *deadline_on;
  char        *decision_due_on;
  char        *decided_on;
  gint64       requested_pence;
  RcFigure     awarded_pence;
} RcReportBid;

/* A date ahead: a bid's deadline or its decision. */
typedef struct
{
  char     *on;        /* ISO date */
  char     *what;      /* "Deadline" or "Decision due" */
  char     *bid;       /* the bid's title */
  int       days;      /* from the report's day */
} RcReportDate;

struct _RcBoardReportData
{
  char          *consortium;
  char          *made_on;          /* ISO date of the report */
  char          *made_on_text;     /* "7 December 2026" */
  GPtrArray     *members;          /* of RcExportMember: lead, partners, proposed */
  GPtrArray     *rates;            /* of RcReportRates: councils, then regions, then England */
  RcLineChart   *trends[RC_REPORT_N_MEASURES];  /* NULL when there are no figures */
  char          *trend_text[RC_REPORT_N_MEASURES];
  GPtrArray     *cohorts;          /* of RcReportCohort, by start */
  GPtrArray     *bids;             /* of RcReportBid, by status then deadline */
  GPtrArray     *ahead;            /* of RcReportDate, soonest first */
  guint          n_trainees;
};

/* The measures of the table and the charts, in order. */
extern const RcMeasure rc_report_measures[RC_REPORT_N_MEASURES];

/* Reads the consortium's report from @store as on @today (NULL: the
 * local date). RC_STORE_ERROR_NOT_FOUND for an unknown consortium. */
RcBoardReportData *rc_board_report_data_gather (RcStore      *store,
                                                gint64        consortium_id,
                                                const GDate  *today,
                                                GError      **error);

/* Pages ------------------------------------------------------------- */

/* A4 portrait in points. */
#define RC_REPORT_PAGE_WIDTH  595.28
#define RC_REPORT_PAGE_HEIGHT 841.89

typedef struct _RcReportLayout RcReportLayout;

typedef enum
{
  RC_REPORT_ALIGN_LEFT,
  RC_REPORT_ALIGN_RIGHT,
} RcReportAlign;

typedef struct
{
  const char    *title;
  double         width;    /* a share of the text width; the shares add to 1 */
  RcReportAlign  align;
} RcReportColumn;

/* @header is the line at the top of every page ("South West … · Board
 * report · 7 December 2026"), @source the line at its foot. */
RcReportLayout *rc_report_layout_new        (const char      *header,
                                             const char      *source);
void            rc_report_layout_free       (RcReportLayout  *layout);

/* Text flows down the page and onto the next. */
void            rc_report_layout_title      (RcReportLayout  *layout,
                                             const char      *text);
void            rc_report_layout_heading    (RcReportLayout  *layout,
                                             const char      *text);
void            rc_report_layout_paragraph  (RcReportLayout  *layout,
                                             const char      *text);
/* A small grey line, for a note under a table or a chart. */
void            rc_report_layout_note       (RcReportLayout  *layout,
                                             const char      *text);
/* @rows holds n_rows × n_columns strings (NULL for an empty cell). The
 * header row comes again at the top of each page the table runs onto. */
void            rc_report_layout_table      (RcReportLayout        *layout,
                                             const RcReportColumn  *columns,
                                             guint                  n_columns,
                                             const char * const    *rows,
                                             guint                  n_rows);
/* A chart drawn at the text's width and @height points, on the next page
 * when it does not fit on this one. */
void            rc_report_layout_chart      (RcReportLayout  *layout,
                                             RcChartDrawFunc  draw,
                                             gconstpointer    chart,
                                             double           height);
/* Space left on the page, in points; and a new page. */
double          rc_report_layout_space_left (RcReportLayout  *layout);
void            rc_report_layout_new_page   (RcReportLayout  *layout);
guint           rc_report_layout_get_n_pages (RcReportLayout *layout);

/* Draws every page, with its header and "Page N of M", onto a PDF in
 * memory. @progress runs from @from to 1 as pages are written. */
GBytes         *rc_report_layout_to_pdf     (RcReportLayout  *layout,
                                             const char      *title,
                                             GCancellable    *cancellable,
                                             RcProgressFunc        progress,
                                             gpointer         progress_data,
                                             double           from,
                                             GError         **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RcReportLayout, rc_report_layout_free)

G_END_DECLS
