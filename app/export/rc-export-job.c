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

GTask *
rc_export_job_task_new (RcExportJob          *job,
                        gpointer              source_object,
                        GCancellable         *cancellable,
                        GAsyncReadyCallback   callback,
                        gpointer              user_data,
                        gpointer              source_tag)
{
  GTask *task;

  g_return_val_if_fail (job != NULL, NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);

  task = g_task_new (source_object, cancellable, callback, user_data);
  g_task_set_source_tag (task, source_tag);
  g_task_set_return_on_cancel (task, FALSE);
  g_task_set_task_data (task, job, rc_export_job_free);

  return task;
}

static void
write_in_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  RcExportJob *job = task_data;
  GError *error = NULL;

  if (job->write (job, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/* Back on the caller's thread: the caller's task is answered and let go
 * here, not by the worker thread, which may drop its own task after this
 * has run: a store whose window went meanwhile is then finalized on the
 * thread it belongs to. */
static void
written (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GTask) outer = user_data;
  GError *error = NULL;

  if (g_task_propagate_boolean (G_TASK (result), &error))
    g_task_return_boolean (outer, TRUE);
  else
    g_task_return_error (outer, error);
}

void
rc_export_job_run_in_thread (GTask            *task,
                             RcExportJobWrite  write)
{
  RcExportJob *job = g_task_get_task_data (task);
  g_autoptr(GTask) inner = NULL;

  g_return_if_fail (job != NULL && write != NULL);

  job->write = write;
  inner = g_task_new (NULL, g_task_get_cancellable (task), written, g_object_ref (task));
  g_task_set_source_tag (inner, write_in_thread);
  g_task_set_return_on_cancel (inner, FALSE);
  g_task_set_task_data (inner, job, NULL);
  g_task_run_in_thread (inner, write_in_thread);
}

gboolean
rc_export_job_finish (GAsyncResult  *result,
                      gpointer       source_tag,
                      guint         *n_written,
                      GError       **error)
{
  RcExportJob *job;

  g_return_val_if_fail (G_IS_TASK (result), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == source_tag, FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;
  job = g_task_get_task_data (G_TASK (result));
  if (n_written != NULL)
    *n_written = job->n_written;

  return TRUE;
}

void
rc_export_job_read_async (RcStore              *store,
                          RcStoreWorkFunc       write,
                          RcExportJob          *job,
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
