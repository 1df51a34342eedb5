/* rc-store-reader.c: reading the database in a worker
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * This is about an SQLite file (RcSqliteBackend): a SQLite connection is
 * used by one thread at a time. The store's own
 * belongs to the main thread; a worker borrows a reader, a read-only
 * RcStore on the same file, from a small pool the store keeps, and gives
 * it back when its read is done. The pool is shared with the workers
 * rather than the store itself, so that a window letting its store go
 * does not have to wait for them: the store closes the readers at rest,
 * and each one in use is closed when its worker gives it back.
 */

#define G_LOG_DOMAIN "rc-store"

#include "config.h"

#include <glib/gi18n.h>

#include "rc-store-object-private.h"
#include "rc-store-server.h"

/* Enough for the pages and their details reading at once. */
#define MAX_IDLE_READERS 4

typedef struct
{
  GMutex      lock;
  char       *path;
  GPtrArray  *idle;     /* of RcStore readers at rest */
  gboolean    closed;
} ReaderPool;

RcStore *
rc_store_open_reader_on (const char  *path,
                         GError     **error)
{
  g_autoptr(RcStore) reader = NULL;

  /* A shared database: another connection to the server. */
  if (rc_store_is_server_uri (path))
    {
      reader = rc_store_open_server (path, error);
      if (reader != NULL)
        reader->reader = TRUE;
      return g_steal_pointer (&reader);
    }

  reader = g_object_new (RC_TYPE_STORE, NULL);
  reader->path = g_strdup (path);
  reader->reader = TRUE;

  /* Read only, whatever the file's mode: in WAL mode it reads beside the
   * window's writes, each transaction seeing what was committed. */
  reader->file = rc_sqlite_backend_open (reader->path, TRUE, error);
  if (reader->file == NULL)
    return NULL;
  reader->backend = RC_STORE_BACKEND (reader->file);
  if (!rc_store_query_int (reader, "PRAGMA user_version", &reader->version, error))
    return NULL;

  return g_steal_pointer (&reader);
}

RcStore *
rc_store_open_reader (RcStore  *self,
                      GError  **error)
{
  g_return_val_if_fail (RC_IS_STORE (self), NULL);

  if (self->backend == NULL)
    {
      g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_OPEN,
                   _("“%s” has been closed"), self->path);
      return NULL;
    }

  return rc_store_open_reader_on (self->path, error);
}

static void
reader_pool_clear (gpointer data)
{
  ReaderPool *pool = data;

  g_clear_pointer (&pool->idle, g_ptr_array_unref);
  g_clear_pointer (&pool->path, g_free);
  g_mutex_clear (&pool->lock);
}

static void
reader_pool_release (gpointer data)
{
  g_atomic_rc_box_release_full (data, reader_pool_clear);
}

static void
reader_pool_close (ReaderPool *pool)
{
  g_autoptr(GPtrArray) idle = NULL;

  g_mutex_lock (&pool->lock);
  pool->closed = TRUE;
  idle = g_steal_pointer (&pool->idle);
  pool->idle = g_ptr_array_new_with_free_func (g_object_unref);
  g_mutex_unlock (&pool->lock);
}

/* The store's side: its pool goes with it, and closes its readers. */
static void
reader_pool_close_and_release (gpointer data)
{
  reader_pool_close (data);
  reader_pool_release (data);
}

#define POOL_KEY "rc-store-reader-pool"

static ReaderPool *
get_pool (RcStore *self)
{
  ReaderPool *pool = g_object_get_data (G_OBJECT (self), POOL_KEY);

  if (pool == NULL)
    {
      pool = g_atomic_rc_box_new0 (ReaderPool);
      g_mutex_init (&pool->lock);
      pool->path = g_strdup (rc_store_get_path (self));
      pool->idle = g_ptr_array_new_with_free_func (g_object_unref);
      g_object_set_data_full (G_OBJECT (self), POOL_KEY, pool, reader_pool_close_and_release);
    }

  return pool;
}

void
rc_store_close_readers (RcStore *self)
{
  ReaderPool *pool = g_object_get_data (G_OBJECT (self), POOL_KEY);

  if (pool != NULL)
    reader_pool_close (pool);
}

static RcStore *
take_reader (ReaderPool  *pool,
             GError     **error)
{
  RcStore *reader = NULL;

  g_mutex_lock (&pool->lock);
  if (pool->closed)
    {
      g_mutex_unlock (&pool->lock);
      g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_OPEN,
                   _("“%s” has been closed"), pool->path);
      return NULL;
    }
  if (pool->idle->len > 0)
    reader = g_ptr_array_steal_index_fast (pool->idle, pool->idle->len - 1);
  g_mutex_unlock (&pool->lock);

  if (reader == NULL)
    reader = rc_store_open_reader_on (pool->path, error);

  return reader;
}

static void
give_back_reader (ReaderPool *pool,
                  RcStore    *reader)
{
  /* A reader at rest keeps no page cache: four of them would hold up to
   * 8 MB (SQLite's 2 MB each) of a national database for nothing. */
  if (reader->file != NULL)
    rc_sqlite_backend_release_memory (reader->file);

  g_mutex_lock (&pool->lock);
  if (!pool->closed && pool->idle->len < MAX_IDLE_READERS)
    {
      g_ptr_array_add (pool->idle, reader);
      reader = NULL;
    }
  g_mutex_unlock (&pool->lock);

  /* Closed: outside the lock, as closing may take a moment. */
  g_clear_object (&reader);
}

typedef struct
{
  ReaderPool      *pool;
  RcStoreReadFunc  func;
  gpointer         data;
  GDestroyNotify   data_free;
  GDestroyNotify   result_free;
} ReadJob;

static void
read_job_free (gpointer data)
{
  ReadJob *job = data;

  if (job->data_free != NULL && job->data != NULL)
    job->data_free (job->data);
  reader_pool_release (job->pool);
  g_free (job);
}

static void
read_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  ReadJob *job = task_data;
  g_autoptr(RcStore) reader = NULL;
  GError *error = NULL;
  gpointer result;

  if (g_task_return_error_if_cancelled (task))
    return;

  reader = take_reader (job->pool, &error);
  if (reader == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  /* A cancelled read stops within a few thousand steps of SQLite's. */
  if (reader->file != NULL)
    rc_sqlite_backend_set_cancellable (reader->file, cancellable, 1000);
  result = job->func (reader, job->data, cancellable, &error);
  if (reader->file != NULL)
    rc_sqlite_backend_set_cancellable (reader->file, NULL, 0);
  give_back_reader (job->pool, g_steal_pointer (&reader));

  if (g_cancellable_is_cancelled (cancellable))
    {
      if (result != NULL && job->result_free != NULL)
        job->result_free (result);
      g_clear_error (&error);
      g_task_return_error_if_cancelled (task);
    }
  else if (error != NULL)
    {
      if (result != NULL && job->result_free != NULL)
        job->result_free (result);
      g_task_return_error (task, error);
    }
  else
    g_task_return_pointer (task, result, job->result_free);
}

void
rc_store_read_async (RcStore              *self,
                     RcStoreReadFunc       func,
                     gpointer              data,
                     GDestroyNotify        data_free,
                     GDestroyNotify        result_free,
                     GCancellable         *cancellable,
                     GAsyncReadyCallback   callback,
                     gpointer              user_data)
{
  g_autoptr(GTask) task = NULL;
  ReadJob *job;

  g_return_if_fail (RC_IS_STORE (self));
  g_return_if_fail (func != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  /* No source object: the task must not keep the store alive. */
  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, rc_store_read_async);
  g_task_set_name (task, "[rc] read");

  job = g_new0 (ReadJob, 1);
  job->pool = g_atomic_rc_box_acquire (get_pool (self));
  job->func = func;
  job->data = data;
  job->data_free = data_free;
  job->result_free = result_free;
  g_task_set_task_data (task, job, read_job_free);

  if (rc_store_get_backend (self) == NULL)
    {
      g_task_return_new_error (task, RC_STORE_ERROR, RC_STORE_ERROR_OPEN,
                               _("“%s” has been closed"), rc_store_get_path (self));
      return;
    }

  g_task_run_in_thread (task, read_in_thread);
}

gpointer
rc_store_read_finish (GAsyncResult  *result,
                      GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == rc_store_read_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
