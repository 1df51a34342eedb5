/* rc-bid-workbook.h: the bid workbook, an .xlsx file for the funder
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "store/rc-store.h"
#include "rc-export-job.h"

G_BEGIN_DECLS

#define RC_BID_WORKBOOK_ERROR (rc_bid_workbook_error_quark ())

typedef enum
{
  RC_BID_WORKBOOK_ERROR_WRITE,    /* the file could not be written: the message says why */
  RC_BID_WORKBOOK_ERROR_INVALID,  /* the options ask for what a workbook cannot hold */
} RcBidWorkbookError;

GQuark   rc_bid_workbook_error_quark  (void);

/* Writes the bid's workbook to @path: a Summary, the Budget with live
 * formulas, the Partners' workforce figures, the Outcomes of the
 * consortium's earlier cohorts (counts, never names) and two Charts. The file appears whole or not at all: it is
 * written beside @path under a temporary name and renamed into place.
 * Fails with RC_STORE_ERROR_NOT_FOUND for an unknown bid, a store error,
 * G_IO_ERROR_CANCELLED, or RC_BID_WORKBOOK_ERROR_WRITE naming @path and the
 * reason. @cancellable and @progress may be NULL. */
gboolean rc_bid_workbook_write        (RcStore                *store,
                                       gint64                  bid_id,
                                       const char             *path,
                                       GCancellable           *cancellable,
                                       RcProgressFunc          progress,
                                       gpointer                progress_data,
                                       GError                **error);

/* The same for the window, for @job (consumed: rc_export_job_new() with
 * the bid's id, the path and the progress): reads what it needs from
 * @store now, on the calling thread, then writes the file in a worker
 * thread. The job's progress is called in the thread-default main context
 * of the thread that made the job, and its data must stay valid until
 * @callback has run. */
void     rc_bid_workbook_write_async  (RcStore                *store,
                                       RcExportJob            *job,
                                       GCancellable           *cancellable,
                                       GAsyncReadyCallback     callback,
                                       gpointer                user_data);
gboolean rc_bid_workbook_write_finish (GAsyncResult           *result,
                                       GError                **error);

G_END_DECLS
