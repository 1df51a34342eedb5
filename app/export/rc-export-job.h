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

typedef struct _RcExportJob RcExportJob;

/* In the worker: writes @job->path from @job->data (and @job->id),
 * reporting progress through rc_export_job_get_relay(), and sets
 * @job->n_written where the caller is told a count. */
typedef gboolean (*RcExportJobWrite) (RcExportJob   *job,
                                      GCancellable  *cancellable,
                                      GError       **error);

/* What is exported, where, and who hears of its progress: the caller
 * makes it, and the export hands it to its worker thread. The bid
 * workbook, the monitoring workbook, the board report, the cohort CSV
 * and the subject access report each write a file so. */
struct _RcExportJob
{
  char           *path;
  gint64          id;             /* of what is exported, for a writer that reads it itself */
  gpointer        data;           /* what was read for the writer, or a reader of the store */
  GDestroyNotify  data_free;
  GMainContext   *context;        /* the caller's, where progress is reported */
  RcProgressFunc  progress;
  gpointer        progress_data;
  RcExportJobWrite write;          /* rc_export_job_run_in_thread()'s */
  guint           n_written;      /* set by the writer: the board report's pages */
};

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

/* The caller's task for an export: @job (consumed) is its task data, and
 * @source_tag the export's _write_async(). Its cancel waits for the
 * worker, which leaves no file. */
GTask          *rc_export_job_task_new      (RcExportJob          *job,
                                             gpointer              source_object,
                                             GCancellable         *cancellable,
                                             GAsyncReadyCallback   callback,
                                             gpointer              user_data,
                                             gpointer              source_tag);
/* Runs @write in a worker on @task's job, then answers @task back on the
 * caller's thread: the worker never holds @task, so what @task holds (its
 * source object, a store) is let go on the thread it belongs to. */
void            rc_export_job_run_in_thread (GTask                *task,
                                             RcExportJobWrite      write);
/* The answer of a task from rc_export_job_task_new() with @source_tag:
 * FALSE with @error set, or TRUE with @n_written (may be NULL) set to
 * the writer's count. */
gboolean        rc_export_job_finish        (GAsyncResult         *result,
                                             gpointer              source_tag,
                                             guint                *n_written,
                                             GError              **error);

/* For a file built from the store and written in one go: runs @write in
 * a worker on a reader of @store of its own (rc_store_work_async(), in
 * RC_STORE_WORK_READ), with @job as its data, which it consumes; the
 * result is rc_store_work_finish()'s. @job's progress is not used:
 * @cancellable interrupts the reading. */
void            rc_export_job_read_async (RcStore              *store,
                                          RcStoreWorkFunc       write,
                                          RcExportJob          *job,
                                          GCancellable         *cancellable,
                                          GAsyncReadyCallback   callback,
                                          gpointer              user_data);

/* Calls @progress, when there is one. */
void            rc_progress_report      (RcProgressFunc  progress,
                                         gpointer        progress_data,
                                         double          fraction);

G_END_DECLS
