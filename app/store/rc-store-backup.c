/* rc-store-backup.c: whole-database backups through the SQLite backup API
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "rc-store-private.h"
#include "rc-store-sqlite.h"

static char *
backups_dir (const char *database_path)
{
  g_autofree char *dir = g_path_get_dirname (database_path);

  return g_build_filename (dir, "backups", NULL);
}

static char *
backup_stem (const char *database_path)
{
  g_autofree char *base = g_path_get_basename (database_path);
  char *dot = strrchr (base, '.');

  if (dot != NULL && dot != base)
    *dot = '\0';

  return g_strconcat (base, "-", NULL);
}

static int
compare_paths_newest_first (gconstpointer a,
                            gconstpointer b)
{
  return -g_strcmp0 (*(const char **) a, *(const char **) b);
}

GPtrArray *
rc_store_list_backups (const char *database_path)
{
  g_autofree char *dir = backups_dir (database_path);
  g_autofree char *stem = backup_stem (database_path);
  g_autoptr(GDir) gdir = g_dir_open (dir, 0, NULL);
  GPtrArray *paths = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (gdir == NULL)
    return paths;

  /* Names carry a sortable time stamp: stem-YYYYMMDD-HHMMSS.micro-reason.db */
  while ((name = g_dir_read_name (gdir)) != NULL)
    if (g_str_has_prefix (name, stem) && g_str_has_suffix (name, ".db"))
      g_ptr_array_add (paths, g_build_filename (dir, name, NULL));

  g_ptr_array_sort (paths, compare_paths_newest_first);

  return paths;
}

char *
rc_store_find_newest_backup (const char *database_path)
{
  g_autoptr(GPtrArray) paths = rc_store_list_backups (database_path);

  return paths->len > 0 ? g_strdup (g_ptr_array_index (paths, 0)) : NULL;
}

static gboolean
copy_database (sqlite3     *from,
               sqlite3     *to,
               const char  *to_path,
               GError     **error)
{
  sqlite3_backup *backup = sqlite3_backup_init (to, "main", from, "main");
  int rc;

  if (backup == NULL)
    {
      g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_FAILED,
                   _("Could not copy the database to “%s”: %s"), to_path, sqlite3_errmsg (to));
      return FALSE;
    }

  rc = sqlite3_backup_step (backup, -1);
  sqlite3_backup_finish (backup);
  if (rc != SQLITE_DONE)
    {
      g_set_error (error, RC_STORE_ERROR,
                   (rc & 0xff) == SQLITE_FULL ? RC_STORE_ERROR_FULL : RC_STORE_ERROR_FAILED,
                   _("Could not copy the database to “%s”: %s"), to_path, sqlite3_errstr (rc));
      return FALSE;
    }

  return TRUE;
}

char *
rc_store_backup (RcStore     *self,
                 const char  *reason,
                 GError     **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *stem = NULL;
  g_autofree char *stamp = NULL;
  g_autofree char *path = NULL;
  g_autofree char *tmp_path = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  sqlite3 *dest = NULL;
  gboolean ok;
  int fd;

  g_return_val_if_fail (RC_IS_STORE (self), NULL);

  dir = backups_dir (rc_store_get_path (self));
  stem = backup_stem (rc_store_get_path (self));
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;
      g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_FAILED,
                   _("Could not create the backup folder “%s”: %s"), dir, g_strerror (saved_errno));
      return NULL;
    }

  stamp = g_date_time_format (now, "%Y%m%d-%H%M%S.%f");
  for (guint n = 0; path == NULL || g_file_test (path, G_FILE_TEST_EXISTS); n++)
    {
      g_autofree char *name = NULL;

      g_free (path);
      name = n == 0
        ? g_strdup_printf ("%s%s-%s.db", stem, stamp, reason ? reason : "manual")
        : g_strdup_printf ("%s%s-%s-%u.db", stem, stamp, reason ? reason : "manual", n);
      path = g_build_filename (dir, name, NULL);
    }

  /* Written under a temporary name and renamed: never half a backup. */
  tmp_path = g_strconcat (path, ".part", NULL);
  g_unlink (tmp_path);
  fd = g_open (tmp_path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved_errno = errno;
      g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_FAILED,
                   _("Could not create the backup “%s”: %s"), tmp_path, g_strerror (saved_errno));
      return NULL;
    }
  close (fd);

  if (sqlite3_open_v2 (tmp_path, &dest, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK)
    {
      g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_FAILED,
                   _("Could not open the backup “%s”: %s"), tmp_path, sqlite3_errmsg (dest));
      sqlite3_close_v2 (dest);
      g_unlink (tmp_path);
      return NULL;
    }

  ok = copy_database (rc_store_get_db (self), dest, tmp_path, error);
  /* A backup is one self-contained file, not a WAL database. */
  ok = ok && sqlite3_exec (dest, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL) == SQLITE_OK;
  sqlite3_close_v2 (dest);

  if (ok && g_rename (tmp_path, path) != 0)
    {
      int saved_errno = errno;
      g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_FAILED,
                   _("Could not save the backup “%s”: %s"), path, g_strerror (saved_errno));
      ok = FALSE;
    }
  if (!ok)
    {
      if (error != NULL && *error == NULL)
        g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_FAILED,
                     _("Could not finish the backup “%s”"), path);
      g_unlink (tmp_path);
      return NULL;
    }

  return g_steal_pointer (&path);
}

/* Checks that @path is a healthy database this version can read. */
static gboolean
check_backup (const char  *path,
              GError     **error)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int version = -1;
  g_autofree char *check = NULL;

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_OPEN,
                   _("The backup “%s” does not exist"), path);
      return FALSE;
    }

  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK
      && sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL) == SQLITE_OK
      && sqlite3_step (stmt) == SQLITE_ROW)
    version = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  stmt = NULL;

  /* The whole check, as before a first write: a backup taken from a file
   * whose index had lost rows has lost them too. */
  if (version >= 1 && version <= rc_store_get_latest_version ()
      && sqlite3_prepare_v2 (db, "PRAGMA integrity_check(1)", -1, &stmt, NULL) == SQLITE_OK
      && sqlite3_step (stmt) == SQLITE_ROW)
    check = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close_v2 (db);

  if (version < 1)
    {
      g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_NOT_DATABASE,
                   _("“%s” is not a Return Coordinator backup"), path);
      return FALSE;
    }
  if (version > rc_store_get_latest_version ())
    {
      g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_NEWER,
                   _("The backup “%s” was saved by a newer version of Return Coordinator"), path);
      return FALSE;
    }
  if (g_strcmp0 (check, "ok") != 0)
    {
      g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_CORRUPT,
                   _("The backup “%s” is damaged"), path);
      return FALSE;
    }

  return TRUE;
}

gboolean
rc_store_restore (RcStore     *self,
                  const char  *backup_path,
                  GError     **error)
{
  g_autofree char *safety = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *base = NULL;
  sqlite3 *source = NULL;
  gboolean ok;

  g_return_val_if_fail (RC_IS_STORE (self), FALSE);
  g_return_val_if_fail (backup_path != NULL, FALSE);

  /* A restore writes over the file: not one that is being checked or is
   * damaged (rc_store_recover_from_backup() moves that one aside). */
  if (rc_store_refuse_write (self, error))
    return FALSE;

  if (!check_backup (backup_path, error))
    return FALSE;

  /* What is there now is kept too, so a restore can itself be undone. */
  safety = rc_store_backup (self, "before-restore", error);
  if (safety == NULL)
    return FALSE;

  if (sqlite3_open_v2 (backup_path, &source, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
    {
      g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_OPEN,
                   _("Could not open the backup “%s”: %s"), backup_path, sqlite3_errmsg (source));
      sqlite3_close_v2 (source);
      return FALSE;
    }

  rc_store_forget_statements (self);
  ok = copy_database (source, rc_store_get_db (self), rc_store_get_path (self), error);
  sqlite3_close_v2 (source);
  if (!ok)
    return FALSE;

  if (!rc_store_reopen_after_restore (self, error))
    return FALSE;

  base = g_path_get_basename (backup_path);
  summary = g_strdup_printf ("Restored the backup %s", base);
  if (!rc_store_begin (self, error))
    return FALSE;
  if (!rc_store_audit (self, "database", 0, "restore", summary, error))
    {
      rc_store_rollback (self);
      return FALSE;
    }
  rc_store_touch_all (self);

  return rc_store_commit (self, error);
}

static gboolean
copy_file_private (const char  *from,
                   const char  *to,
                   GError     **error)
{
  g_autoptr(GFile) source = g_file_new_for_path (from);
  g_autoptr(GFile) dest = g_file_new_for_path (to);
  g_autofree char *tmp_path = g_strconcat (to, ".part", NULL);
  g_autoptr(GFile) tmp = g_file_new_for_path (tmp_path);

  if (!g_file_copy (source, tmp, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, error))
    return FALSE;
  if (g_chmod (tmp_path, 0600) != 0
      || !g_file_move (tmp, dest, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, error))
    {
      if (error != NULL && *error == NULL)
        g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_FAILED,
                     _("Could not replace “%s”"), to);
      g_unlink (tmp_path);
      return FALSE;
    }

  return TRUE;
}

gboolean
rc_store_recover_from_backup (const char  *database_path,
                              const char  *backup_path,
                              char       **moved_aside,
                              GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *aside = g_strdup_printf ("%s.damaged-%s", database_path, stamp);
  static const char *suffixes[] = { "-wal", "-shm" };

  g_return_val_if_fail (database_path != NULL, FALSE);
  g_return_val_if_fail (backup_path != NULL, FALSE);

  if (!check_backup (backup_path, error))
    return FALSE;

  /* The damaged file is kept, renamed, never deleted. */
  if (g_file_test (database_path, G_FILE_TEST_EXISTS) && g_rename (database_path, aside) != 0)
    {
      int saved_errno = errno;
      g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_FAILED,
                   _("Could not move the damaged “%s” aside: %s"), database_path, g_strerror (saved_errno));
      return FALSE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *side = g_strconcat (database_path, suffixes[i], NULL);
      g_autofree char *side_aside = g_strconcat (aside, suffixes[i], NULL);

      if (g_file_test (side, G_FILE_TEST_EXISTS))
        g_rename (side, side_aside);
    }

  if (!copy_file_private (backup_path, database_path, error))
    {
      /* The damaged file goes back: a missing one would be taken for a
       * new, empty database. */
      g_rename (aside, database_path);
      for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
        {
          g_autofree char *side = g_strconcat (database_path, suffixes[i], NULL);
          g_autofree char *side_aside = g_strconcat (aside, suffixes[i], NULL);

          g_rename (side_aside, side);
        }
      return FALSE;
    }

  if (moved_aside != NULL)
    *moved_aside = g_steal_pointer (&aside);

  return TRUE;
}

void
rc_store_delete_files (const char *database_path)
{
  static const char *suffixes[] = { "", "-wal", "-shm", "-journal" };

  g_return_if_fail (database_path != NULL);

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (database_path, suffixes[i], NULL);
      g_unlink (file);
    }
}
