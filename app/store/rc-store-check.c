/* rc-store-check.c: the check of an SQLite file for damage (PRAGMA
 * integrity_check) before the first write, and the
 * memory of files that passed it
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-store"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <sys/stat.h>

#include "rc-store-private.h"
#include "rc-store-sqlite.h"

/* Identity ---------------------------------------------------------------- */

gboolean
rc_store_identity_read (const char      *path,
                        RcStoreIdentity *identity)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  struct stat st;

  memset (identity, 0, sizeof *identity);
  if (stat (path, &st) != 0 || !S_ISREG (st.st_mode))
    return FALSE;

  identity->dev = st.st_dev;
  identity->ino = st.st_ino;
  identity->size = st.st_size;
  identity->mtime_ns = st.st_mtim.tv_sec * G_GINT64_CONSTANT (1000000000) + st.st_mtim.tv_nsec;

  /* An empty WAL holds nothing: SQLite makes one as it opens a file and
   * removes it at the last close, and neither changes what is stored. */
  if (stat (wal, &st) == 0 && st.st_size > 0)
    {
      identity->wal_size = st.st_size;
      identity->wal_mtime_ns = st.st_mtim.tv_sec * G_GINT64_CONSTANT (1000000000) + st.st_mtim.tv_nsec;
    }

  return TRUE;
}

gboolean
rc_store_identity_equal (const RcStoreIdentity *a,
                         const RcStoreIdentity *b)
{
  return a->dev == b->dev && a->ino == b->ino && a->size == b->size
         && a->mtime_ns == b->mtime_ns
         && a->wal_size == b->wal_size && a->wal_mtime_ns == b->wal_mtime_ns;
}

/* Remembered checks --------------------------------------------------------
 *
 * Kept in a small key file in the user's cache folder, not beside the
 * database: the database's folder may be shared or read-only, a marker
 * there would travel with a copy of the file to a machine where its inode
 * means nothing, and another user of the same file must make their own
 * check. Losing the cache costs one check, never a wrong answer: an entry
 * counts only for the same inode with the same size and mtime (to the
 * nanosecond), so any write by anyone, a copy or a restore is checked
 * again, while a rename, which keeps the bytes, is not: a demo or national
 * database written under a temporary name opens without a check. */

#define MAX_REMEMBERED 32

static GMutex cache_lock;

static char *
cache_path (void)
{
  return g_build_filename (g_get_user_cache_dir (), "return-coordinator", "checked-databases.ini", NULL);
}

static char *
group_name (const RcStoreIdentity *identity)
{
  return g_strdup_printf ("%" G_GUINT64_FORMAT ":%" G_GUINT64_FORMAT, identity->dev, identity->ino);
}

static const char *fields[] = { "size", "mtime-ns", "wal-size", "wal-mtime-ns" };

static void
identity_fields (const RcStoreIdentity *identity,
                 gint64                 values[G_N_ELEMENTS (fields)])
{
  values[0] = identity->size;
  values[1] = identity->mtime_ns;
  values[2] = identity->wal_size;
  values[3] = identity->wal_mtime_ns;
}

gboolean
rc_store_check_remembered (const RcStoreIdentity *identity)
{
  g_autoptr(GKeyFile) keys = g_key_file_new ();
  g_autofree char *path = cache_path ();
  g_autofree char *group = group_name (identity);
  gint64 values[G_N_ELEMENTS (fields)];
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&cache_lock);

  if (!g_key_file_load_from_file (keys, path, G_KEY_FILE_NONE, NULL))
    return FALSE;

  identity_fields (identity, values);
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 stored = g_key_file_get_int64 (keys, group, fields[i], &error);

      if (error != NULL || stored != values[i])
        return FALSE;
    }

  return TRUE;
}

void
rc_store_check_remember (const char            *database_path,
                         const RcStoreIdentity *identity)
{
  g_autoptr(GKeyFile) keys = g_key_file_new ();
  g_autofree char *path = cache_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *group = group_name (identity);
  g_autofree char *data = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) groups = NULL;
  gint64 values[G_N_ELEMENTS (fields)];
  gsize n_groups, length;
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&cache_lock);

  g_key_file_load_from_file (keys, path, G_KEY_FILE_NONE, NULL);
  g_key_file_remove_group (keys, group, NULL);

  /* The oldest entries go first; they are the first in the file. */
  groups = g_key_file_get_groups (keys, &n_groups);
  for (gsize i = 0; i + MAX_REMEMBERED <= n_groups; i++)
    g_key_file_remove_group (keys, groups[i], NULL);

  identity_fields (identity, values);
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    g_key_file_set_int64 (keys, group, fields[i], values[i]);
  g_key_file_set_string (keys, group, "path", database_path);

  data = g_key_file_to_data (keys, &length, NULL);
  if (g_mkdir_with_parents (dir, 0700) != 0
      || !g_file_set_contents_full (path, data, length, G_FILE_SET_CONTENTS_CONSISTENT, 0600, &error))
    g_debug ("Could not remember the check of “%s”: %s", database_path,
             error != NULL ? error->message : g_strerror (errno));
}

/* The check ---------------------------------------------------------------- */

static int
on_progress (void *data)
{
  return g_cancellable_is_cancelled (data);
}

/* How many of SQLite's lines go into the details: enough to see the kind
 * of damage, not a screenful per page. */
#define MAX_PROBLEMS 20

/* The check reads through the whole file, so a large page cache mostly
 * keeps pages it will not read again: SQLite's default of 2 MB raised the
 * window's peak memory on the national database by about that, for no
 * gain (docs/benchmarks.md). With 512 KiB the check takes as long. */
#define CHECK_CACHE_KIB 512

gboolean
rc_store_check_file (const char    *path,
                     GCancellable  *cancellable,
                     gboolean      *passed,
                     char         **details,
                     GError       **error)
{
  g_autoptr(GString) lines = g_string_new (NULL);
  g_autofree char *sql = g_strdup_printf ("PRAGMA integrity_check(%d)", MAX_PROBLEMS);
  RcStoreIdentity before, after;
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gboolean have_identity;
  int rc;

  *passed = FALSE;
  *details = NULL;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  have_identity = rc_store_identity_read (path, &before);

  rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_extended_result_codes (db, 1);
      sqlite3_busy_timeout (db, 5000);
      /* Only a saving: a file it fails on fails the check itself below. */
      sqlite3_exec (db, "PRAGMA cache_size = -" G_STRINGIFY (CHECK_CACHE_KIB), NULL, NULL, NULL);
      if (cancellable != NULL)
        sqlite3_progress_handler (db, 10000, on_progress, cancellable);
      rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
    }
  while (rc == SQLITE_OK || rc == SQLITE_ROW)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          const char *line = (const char *) sqlite3_column_text (stmt, 0);

          if (lines->len > 0)
            g_string_append_c (lines, '\n');
          g_string_append (lines, line != NULL ? line : "");
        }
    }

  if (rc != SQLITE_DONE)
    {
      int code = db != NULL ? sqlite3_extended_errcode (db) : rc;
      g_autofree char *message = g_strdup (db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc));

      sqlite3_finalize (stmt);
      sqlite3_close_v2 (db);

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      /* Pages too broken for the check to read them are damage too. */
      if ((code & 0xff) == SQLITE_CORRUPT || (code & 0xff) == SQLITE_NOTADB)
        {
          *details = g_steal_pointer (&message);
          return TRUE;
        }
      g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_FAILED,
                   _("“%s” could not be checked for damage: %s"), path, message);
      return FALSE;
    }

  sqlite3_finalize (stmt);
  sqlite3_close_v2 (db);

  *passed = g_str_equal (lines->str, "ok");
  if (!*passed)
    {
      *details = g_string_free (g_steal_pointer (&lines), FALSE);
      return TRUE;
    }

  /* A file written to while it was read may hold what was not checked. */
  if (have_identity && rc_store_identity_read (path, &after) && rc_store_identity_equal (&before, &after))
    rc_store_check_remember (path, &after);

  return TRUE;
}

/* The store's side --------------------------------------------------------- */

typedef struct
{
  char     *path;
  gboolean  passed;
  char     *details;
} CheckJob;

static void
check_job_free (gpointer data)
{
  CheckJob *job = data;

  g_free (job->path);
  g_free (job->details);
  g_free (job);
}

static void
check_in_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  CheckJob *job = task_data;
  GError *error = NULL;
  gint64 start = g_get_monotonic_time ();

  if (rc_store_check_file (job->path, cancellable, &job->passed, &job->details, &error))
    {
      g_debug ("Checked “%s” in %.0f ms: %s", job->path, (g_get_monotonic_time () - start) / 1000.0,
               job->passed ? "whole" : "damaged");
      g_task_return_boolean (task, TRUE);
    }
  else
    g_task_return_error (task, error);
}

/* Back on the main thread: the check's outcome goes to the task that
 * holds the store. */
static void
check_done (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GTask) outer = user_data;
  CheckJob *job = g_task_get_task_data (G_TASK (result));
  CheckJob *answer = g_task_get_task_data (outer);
  GError *error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_task_return_error (outer, error);
      return;
    }

  /* The worker returned: it has done with its job. */
  answer->passed = job->passed;
  answer->details = g_steal_pointer (&job->details);
  g_task_return_boolean (outer, TRUE);
}

void
rc_store_check_async (RcStore             *self,
                      GCancellable        *cancellable,
                      GAsyncReadyCallback  callback,
                      gpointer             user_data)
{
  g_autoptr(GTask) outer = NULL;
  g_autoptr(GTask) inner = NULL;
  CheckJob *job;

  g_return_if_fail (RC_IS_STORE (self));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  outer = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (outer, rc_store_check_async);
  g_task_set_task_data (outer, g_new0 (CheckJob, 1), check_job_free);

  /* The task the worker thread holds does not hold the store, as in
   * rc_store_work_async(): a window that goes away does not wait for the
   * rest of the check, and the thread, still reading, may then be the
   * last to drop its task; the store's last reference must be let go on
   * the main thread, which its connection and watch belong to. */
  job = g_new0 (CheckJob, 1);
  job->path = g_strdup (rc_store_get_path (self));
  inner = g_task_new (NULL, cancellable, check_done, g_object_ref (outer));
  g_task_set_source_tag (inner, check_in_thread);
  g_task_set_task_data (inner, job, check_job_free);
  g_task_set_return_on_cancel (inner, TRUE);

  g_task_run_in_thread (inner, check_in_thread);
}

gboolean
rc_store_check_finish (RcStore       *self,
                       GAsyncResult  *result,
                       GError       **error)
{
  CheckJob *job;

  g_return_val_if_fail (RC_IS_STORE (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == rc_store_check_async, FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;

  job = g_task_get_task_data (G_TASK (result));

  return rc_store_set_checked (self, job->passed, job->details, error);
}

gboolean
rc_store_check_integrity (RcStore  *self,
                          GError  **error)
{
  g_autofree char *details = NULL;
  gboolean passed;

  g_return_val_if_fail (RC_IS_STORE (self), FALSE);

  return rc_store_check_file (rc_store_get_path (self), NULL, &passed, &details, error)
         && rc_store_set_checked (self, passed, details, error);
}
