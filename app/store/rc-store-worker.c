/* rc-store-worker.c: work on a connection of a worker thread's own
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * This is about an SQLite file (RcSqliteBackend). The main connection
 * belongs to the main thread: its cached statements
 * and its transaction depth are not safe to share. A worker opens its own
 * connection to the same file, in WAL mode, where readers never wait for
 * a writer. A worker's write takes SQLite's write lock for its
 * transaction; meanwhile the main connection refuses writes at once
 * instead of waiting up to five seconds for the lock in the main loop,
 * and the watch for other programs' commits waits, so that the worker's
 * commit is announced once, as ours, with the tables it changed.
 */

#define G_LOG_DOMAIN "rc-store"

#include "config.h"

#include <glib/gi18n.h>

#include "rc-sqlite-backend.h"
#include "rc-store-private.h"
#include "rc-store-server.h"
#include "rc-store-worker.h"

/* The writes running in workers, kept on the main store. */
typedef struct
{
  GPtrArray *cancellables;
} Writes;

static void
writes_free (gpointer data)
{
  Writes *writes = data;

  g_ptr_array_unref (writes->cancellables);
  g_free (writes);
}

/* NULL when none ever ran, unless @create. */
static Writes *
get_writes (RcStore  *self,
            gboolean  create)
{
  static GQuark quark;
  Writes *writes;

  if (quark == 0)
    quark = g_quark_from_static_string ("rc-store-worker-writes");

  writes = g_object_get_qdata (G_OBJECT (self), quark);
  if (writes == NULL && create)
    {
      writes = g_new0 (Writes, 1);
      writes->cancellables = g_ptr_array_new_with_free_func (g_object_unref);
      g_object_set_qdata_full (G_OBJECT (self), quark, writes, writes_free);
    }

  return writes;
}

gboolean
rc_store_worker_is_writing (RcStore *self)
{
  Writes *writes = get_writes (self, FALSE);

  return writes != NULL && writes->cancellables->len > 0;
}

gboolean
rc_store_is_working (RcStore *self)
{
  g_return_val_if_fail (RC_IS_STORE (self), FALSE);

  return rc_store_worker_is_writing (self);
}

gboolean
rc_store_worker_refuse_write (RcStore  *self,
                              GError  **error)
{
  if (!rc_store_worker_is_writing (self))
    return FALSE;

  g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_BUSY,
               _("“%s” is busy saving other changes, so nothing was saved; "
                 "try again when they are saved"),
               rc_store_get_path (self));
  return TRUE;
}

void
rc_store_worker_cancel_writes (RcStore *self)
{
  Writes *writes = get_writes (self, FALSE);

  for (guint i = 0; writes != NULL && i < writes->cancellables->len; i++)
    g_cancellable_cancel (g_ptr_array_index (writes->cancellables, i));
}

typedef struct
{
  char             *path;
  RcStoreWorkMode   mode;
  RcStoreWorkFunc   func;
  gpointer          data;
  GDestroyNotify    data_free;
  RcProgress       *progress;
  gboolean          ours_alone;
  GPtrArray        *entities;   /* the tables the worker's commits changed */
} Job;

static void
job_free (gpointer p)
{
  Job *job = p;

  if (job->data_free != NULL)
    job->data_free (job->data);
  rc_progress_unref (job->progress);
  g_ptr_array_unref (job->entities);
  g_free (job->path);
  g_free (job);
}

static void
collect_changed (RcStore      *connection,
                 RcEntityKind  kind,
                 GPtrArray    *entities)
{
  const char *entity = rc_entity_kind_get_name (kind);

  if (!g_ptr_array_find_with_equal_func (entities, entity, g_str_equal, NULL))
    g_ptr_array_add (entities, g_strdup (entity));
}

static void
work_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *unused)
{
  Job *job = task_data;
  GCancellable *cancellable = rc_progress_get_cancellable (job->progress);
  g_autoptr(RcStore) connection = NULL;
  GError *error = NULL;
  gboolean ok = FALSE;

  if (!g_cancellable_set_error_if_cancelled (cancellable, &error))
    connection = rc_store_is_server_uri (job->path)
      ? rc_store_open_server (job->path, &error)
      : rc_store_open_connection (job->path, job->mode == RC_STORE_WORK_WRITE, &error);
  if (connection != NULL)
    {
      RcStoreBackend *backend = rc_store_get_backend (connection);
      RcSqliteBackend *file = RC_IS_SQLITE_BACKEND (backend) ? RC_SQLITE_BACKEND (backend) : NULL;

      /* A cancel interrupts the statement under way, and a write's
       * transaction is then rolled back. */
      if (file != NULL)
        rc_sqlite_backend_set_cancellable (file, cancellable, 1000);
      g_signal_connect (connection, "changed", G_CALLBACK (collect_changed), job->entities);
      ok = job->func (connection, job->data, job->progress, &error);
      if (file != NULL)
        rc_sqlite_backend_set_cancellable (file, NULL, 0);
      /* Closing rolls back whatever a failed write left open. */
      g_clear_object (&connection);
    }

  /* Whatever failed once the cancel came was stopped by it. */
  if (!ok && g_cancellable_is_cancelled (cancellable)
      && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_clear_error (&error);
      g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                           _("Cancelled: nothing was changed"));
    }

  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/* Back on the main thread: the commit is announced, then the caller told. */
static void
work_done (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GTask) outer = user_data;
  RcStore *self = RC_STORE (g_task_get_source_object (outer));
  Job *job = g_task_get_task_data (outer);
  GError *error = NULL;
  gboolean ok = g_task_propagate_boolean (G_TASK (result), &error);

  if (job->mode == RC_STORE_WORK_WRITE)
    {
      g_ptr_array_remove (get_writes (self, TRUE)->cancellables, rc_progress_get_cancellable (job->progress));
      if (ok || job->entities->len > 0)
        rc_store_absorb_commit (self, job->ours_alone, job->entities);
    }

  if (ok)
    g_task_return_boolean (outer, TRUE);
  else
    g_task_return_error (outer, error);
}

void
rc_store_work_async (RcStore              *self,
                     RcStoreWorkMode       mode,
                     RcStoreWorkFunc       func,
                     gpointer              data,
                     GDestroyNotify        data_free,
                     RcProgress           *progress,
                     GAsyncReadyCallback   callback,
                     gpointer              user_data)
{
  g_autoptr(GTask) outer = NULL;
  g_autoptr(GTask) inner = NULL;
  GError *error = NULL;
  Job *job;

  g_return_if_fail (RC_IS_STORE (self));
  g_return_if_fail (func != NULL);

  job = g_new0 (Job, 1);
  job->path = g_strdup (rc_store_get_path (self));
  job->mode = mode;
  job->func = func;
  job->data = data;
  job->data_free = data_free;
  job->progress = progress != NULL ? rc_progress_ref (progress) : rc_progress_new (NULL, NULL, NULL);
  job->entities = g_ptr_array_new_with_free_func (g_free);

  outer = g_task_new (self, rc_progress_get_cancellable (job->progress), callback, user_data);
  g_task_set_source_tag (outer, rc_store_work_async);
  g_task_set_task_data (outer, job, job_free);
  /* A write that committed before the cancel came is done, and said so. */
  g_task_set_check_cancellable (outer, FALSE);

  if (mode == RC_STORE_WORK_WRITE)
    {
      /* Checked here, on the main thread, which alone knows the check's
       * state; the worker's connection is writable on that word. */
      if (rc_store_refuse_write (self, &error))
        {
          g_task_return_error (outer, error);
          return;
        }
      job->ours_alone = rc_store_data_version_is_current (self);
      g_ptr_array_add (get_writes (self, TRUE)->cancellables,
                       g_object_ref (rc_progress_get_cancellable (job->progress)));
    }

  /* The task the worker thread holds does not hold the store: the
   * thread may drop it after the main loop has run work_done(), and the
   * store's last reference, when its window went meanwhile, must be let
   * go on the main thread, which its connection and watch belong to. */
  inner = g_task_new (NULL, NULL, work_done, g_object_ref (outer));
  g_task_set_source_tag (inner, work_in_thread);
  g_task_set_task_data (inner, job, NULL);
  g_task_run_in_thread (inner, work_in_thread);
}

gboolean
rc_store_work_finish (RcStore       *self,
                      GAsyncResult  *result,
                      GError       **error)
{
  g_return_val_if_fail (RC_IS_STORE (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == rc_store_work_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
