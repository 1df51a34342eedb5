/* rc-board-report.h: the consortium board's quarterly report, an A4 PDF
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The report holds the consortium and its partners; each partner's latest
 * vacancy, agency and turnover rates beside its region and England, with
 * the change over three years; the trend charts of those rates; each
 * cohort's pipeline, retention and recruitment funnel; and the bids by
 * status with the deadlines and decisions ahead. Trainees appear as
 * counts only, never by name. Each page has the header, the date, the
 * source line and its number.
 */

#pragma once

#include "store/rc-store.h"
#include "rc-export-job.h"

G_BEGIN_DECLS

#define RC_BOARD_REPORT_ERROR (rc_board_report_error_quark ())

typedef enum
{
  RC_BOARD_REPORT_ERROR_WRITE,  /* drawing or writing the file failed: the message says why */
} RcBoardReportError;

typedef struct _RcBoardReportData RcBoardReportData;

GQuark   rc_board_report_error_quark  (void);

/* Reads consortium @consortium_id's report from @store (or a reader of
 * it, in a worker) as on the local date; the result holds no reference
 * to @store.
 * RC_STORE_ERROR_NOT_FOUND for an unknown consortium. */
RcBoardReportData *rc_board_report_gather (RcStore            *store,
                                           gint64              consortium_id,
                                           GError            **error);
void               rc_board_report_data_free (RcBoardReportData *data);
/* The number of pages and of cohorts the report has, for a summary. */
guint              rc_board_report_data_get_n_cohorts (RcBoardReportData *data);

/* Lays out and writes @data at @path, whole or not at all (through
 * rc-output-file.h). Touches no store and no widget: safe in a worker.
 * G_IO_ERROR_CANCELLED when @cancellable is cancelled. @n_pages, when
 * not NULL, is set to the pages written. */
gboolean rc_board_report_data_write   (RcBoardReportData      *data,
                                       const char             *path,
                                       GCancellable           *cancellable,
                                       RcProgressFunc          progress,
                                       gpointer                progress_data,
                                       guint                  *n_pages,
                                       GError                **error);

/* Both, for the command line. */
gboolean rc_board_report_write        (RcStore                *store,
                                       gint64                  consortium_id,
                                       const char             *path,
                                       GError                **error);

/* For the window, for @job (consumed: rc_export_job_new() with the
 * consortium's id, the path and the progress): reads @store in a worker,
 * on a reader of its own (rc_store_read_async()), then lays out and
 * writes the file in another; the calling thread does neither. The job's
 * progress is called in the thread-default main context of the thread
 * that made it; its data must stay valid until @callback has run. */
void     rc_board_report_write_async  (RcStore                *store,
                                       RcExportJob            *job,
                                       GCancellable           *cancellable,
                                       GAsyncReadyCallback     callback,
                                       gpointer                user_data);
/* The pages written, or 0 with @error set. */
guint    rc_board_report_write_finish (GAsyncResult           *result,
                                       GError                **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RcBoardReportData, rc_board_report_data_free)

G_END_DECLS
