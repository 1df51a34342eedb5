/* rc-store-open.c: opening an SQLite file in a worker thread
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SQLite is built thread-safe on every platform we ship (Debian's and the
 * GNOME runtime's are serialized), and a connection may move from one
 * thread to another as long as two never use it at once: the worker makes
 * and upgrades the connection, returns, and only then does the caller's
 * thread take it, through the task's completion, which orders the two.
 */

#define G_LOG_DOMAIN "rc-store"

#include "config.h"

#include "rc-store-object-private.h"
#include "rc-store-open.h"
#include "rc-store-server.h"
#include "rc-store-sqlite.h"

typedef struct
{
  char                 *path;
  RcStoreOpenFlags      flags;
  RcStoreOpenPhaseFunc  phase_func;
  gpointer              phase_data;
  RcStore              *store;   /* until rc_store_open_finish() takes it */
  GError               *error;
} OpenJob;

static void
open_job_free (gpointer data)
{
  OpenJob *job = data;

  g_free (job->path);
  /* Taken by rc_store_open_finish(), which runs in the caller's thread. */
  g_warn_if_fail (job->store == NULL);
  g_clear_object (&job->store);
  g_clear_error (&job->error);
  g_free (job);
}

/* The schema version of @path, or -1 when it cannot be read quickly (a
 * missing file, one locked by a writer): read only, so nothing of a file
 * that turns out to be damaged or newer is written. */
static int
peek_version (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int version = -1;

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    return -1;

  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK
      && sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL) == SQLITE_OK
      && sqlite3_step (stmt) == SQLITE_ROW)
    version = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close_v2 (db);

  return version;
}

typedef struct
{
  GTask            *task;
  RcStoreOpenPhase  phase;
} PhaseCall;

static void
phase_call_free (gpointer data)
{
  PhaseCall *call = data;

  g_object_unref (call->task);
  g_free (call);
}

static gboolean
announce_phase (gpointer data)
{
  PhaseCall *call = data;
  OpenJob *job = g_task_get_task_data (call->task);

  if (!g_task_get_completed (call->task)
      && !g_cancellable_is_cancelled (g_task_get_cancellable (call->task)))
    job->phase_func (call->phase, job->phase_data);

  return G_SOURCE_REMOVE;
}

static void
open_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  OpenJob *job = task_data;
  int version;

  /* A shared database: no file to peek into or check. */
  if (rc_store_is_server_uri (job->path))
    {
      job->store = rc_store_open_server (job->path, &job->error);
      g_task_return_boolean (task, TRUE);
      return;
    }

  if (job->phase_func != NULL)
    {
      version = peek_version (job->path);
      if (version > 0 && version < rc_store_get_latest_version ())
        {
          PhaseCall *call = g_new0 (PhaseCall, 1);

          call->task = g_object_ref (task);
          call->phase = RC_STORE_OPEN_PHASE_UPGRADING;
          g_main_context_invoke_full (g_task_get_context (task), G_PRIORITY_DEFAULT,
                                      announce_phase, call, phase_call_free);
        }
    }

  job->store = rc_store_open_cancellable (job->path, job->flags, cancellable, &job->error);
  g_task_return_boolean (task, TRUE);
}

void
rc_store_open_async (const char           *path,
                     RcStoreOpenFlags      flags,
                     GCancellable         *cancellable,
                     RcStoreOpenPhaseFunc  phase_func,
                     gpointer              phase_data,
                     GAsyncReadyCallback   callback,
                     gpointer              user_data)
{
  g_autoptr(GTask) task = NULL;
  OpenJob *job;

  g_return_if_fail (path != NULL);

  job = g_new0 (OpenJob, 1);
  job->path = g_strdup (path);
  job->flags = flags;
  job->phase_func = phase_func;
  job->phase_data = phase_data;

  /* No source object: nothing of the caller's is let go in the worker. */
  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, rc_store_open_async);
  g_task_set_task_data (task, job, open_job_free);
  /* The store comes back whatever happened meanwhile (see the header). */
  g_task_set_check_cancellable (task, FALSE);
  g_task_run_in_thread (task, open_in_thread);
}

RcStore *
rc_store_open_finish (GAsyncResult  *result,
                      GError       **error)
{
  OpenJob *job;

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == rc_store_open_async, NULL);

  g_task_propagate_boolean (G_TASK (result), NULL);
  job = g_task_get_task_data (G_TASK (result));
  if (job->store == NULL)
    {
      g_propagate_error (error, g_steal_pointer (&job->error));
      return NULL;
    }

  return g_steal_pointer (&job->store);
}

const char *
rc_store_get_upgrade_backup (RcStore *self)
{
  g_return_val_if_fail (RC_IS_STORE (self), NULL);

  return self->upgrade_backup;
}
