/* rc-export-job.c: what an export hands its worker thread
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-export"

#include "config.h"

#include "rc-export-job.h"

RcExportJob *
rc_export_job_new (const char     *path,
                   gint64          id,
                   RcProgressFunc  progress,
                   gpointer        progress_data)
{
  RcExportJob *job;

  g_return_val_if_fail (path != NULL, NULL);

  job = g_new0 (RcExportJob, 1);
  job->path = g_strdup (path);
  job->id = id;
  job->context = g_main_context_ref_thread_default ();
  job->progress = progress;
  job->progress_data = progress_data;

  return job;
}

void
rc_export_job_set_data (RcExportJob    *job,
                        gpointer        data,
                        GDestroyNotify  data_free)
{
  if (job->data != NULL && job->data_free != NULL)
    job->data_free (job->data);
  job->data = data;
  job->data_free = data_free;
}

void
rc_export_job_free (gpointer p)
{
  RcExportJob *job = p;

  rc_export_job_set_data (job, NULL, NULL);
  g_free (job->path);
  g_main_context_unref (job->context);
  g_free (job);
}

/* Runs in the worker: hands each fraction to the caller's main context. */
static void
relay_progress (double   fraction,
                gpointer p)
{
  RcExportJob *job = p;

  rc_progress_relay (job->context, job->progress, job->progress_data, fraction);
}

RcProgressFunc
rc_export_job_get_relay (RcExportJob *job)
{
  return job->progress != NULL ? relay_progress : NULL;
}

void
rc_export_job_read_async (RcExportJob          *job,
                          RcStore              *store,
                          RcStoreWorkFunc       write,
                          GCancellable         *cancellable,
                          GAsyncReadyCallback   callback,
                          gpointer              user_data)
{
  g_autoptr(RcProgress) progress = NULL;

  g_return_if_fail (job != NULL);
  g_return_if_fail (RC_IS_STORE (store));

  progress = rc_progress_new (cancellable, NULL, NULL);
  rc_store_work_async (store, RC_STORE_WORK_READ, write, job, rc_export_job_free, progress,
                       callback, user_data);
}

void
rc_progress_report (RcProgressFunc progress,
                    gpointer       progress_data,
                    double         fraction)
{
  if (progress != NULL)
    progress (fraction, progress_data);
}
