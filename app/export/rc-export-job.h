/* rc-export-job.h: what an export hands its worker thread
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rc-progress-relay.h"
#include "store/rc-store-worker.h"

G_BEGIN_DECLS

/* The bid workbook, the monitoring workbook, the board report, the cohort
 * CSV and the subject access report each write a file in a worker: this
 * is the task data they give it. */
typedef struct
{
  char           *path;
  gint64          id;             /* of what is exported, for a writer that reads it itself */
  gpointer        data;           /* what was read for the writer, or a reader of the store */
  GDestroyNotify  data_free;
  GMainContext   *context;        /* the caller's, where progress is reported */
  RcProgressFunc  progress;
  gpointer        progress_data;
} RcExportJob;

/* A job writing @path, whose @progress (may be NULL) is called with
 * @progress_data in the calling thread's thread-default main context. */
RcExportJob    *rc_export_job_new       (const char     *path,
                                         gint64          id,
                                         RcProgressFunc  progress,
                                         gpointer        progress_data);
/* Owns @data from now, freed with @data_free. */
void            rc_export_job_set_data  (RcExportJob    *job,
                                         gpointer        data,
                                         GDestroyNotify  data_free);
void            rc_export_job_free      (gpointer        job);

/* In the worker: the progress function to hand the writer, with the job
 * as its data; it relays each fraction to the caller's main context.
 * NULL when the caller asked for no progress. */
RcProgressFunc  rc_export_job_get_relay (RcExportJob    *job);

/* For a file built from the store and written in one go: runs @write in
 * a worker on a reader of @store of its own (rc_store_work_async(), in
 * RC_STORE_WORK_READ), with @job as its data, which it consumes; the
 * result is rc_store_work_finish()'s. @job's progress is not used:
 * @cancellable interrupts the reading. */
void            rc_export_job_read_async (RcExportJob          *job,
                                          RcStore              *store,
                                          RcStoreWorkFunc       write,
                                          GCancellable         *cancellable,
                                          GAsyncReadyCallback   callback,
                                          gpointer              user_data);

/* Calls @progress, when there is one. */
void            rc_progress_report      (RcProgressFunc  progress,
                                         gpointer        progress_data,
                                         double          fraction);

G_END_DECLS
