/* rc-store-files.c: the database file before SQLite opens it: there, a
 * regular file, and readable by its owner only
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
#include <sys/stat.h>
#include <unistd.h>

#include "rc-store-private.h"

/* Creates the file owner-only before SQLite sees it: SQLite gives the
 * -wal and -shm files the same permissions as the database. */
static gboolean
create_private_file (const char  *path,
                     GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  int fd;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;
      g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_OPEN,
                   _("Could not create the folder “%s”: %s"), dir, g_strerror (saved_errno));
      return FALSE;
    }

  /* O_EXCL: never through a symbolic link, never over a file that
   * appeared meanwhile. */
  fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
  if (fd < 0)
    {
      int saved_errno = errno;
      g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_OPEN,
                   _("Could not create “%s”: %s"), path, g_strerror (saved_errno));
      return FALSE;
    }
  close (fd);

  return TRUE;
}

/* Keeps only the owner's bits: 0644 becomes 0600, and a read-only 0444
 * stays read-only for its owner. A file we may not change is left as it
 * is; opening it is still allowed. */
static void
make_owner_only (const char *path,
                 mode_t      type)
{
  GStatBuf st;

  if (g_lstat (path, &st) != 0 || (st.st_mode & S_IFMT) != type || (st.st_mode & 077) == 0)
    return;

  if (g_chmod (path, st.st_mode & 0700) != 0)
    g_debug ("Could not make “%s” owner-only: %s", path, g_strerror (errno));
}

static void
make_private (const char      *path,
              const GStatBuf  *st)
{
  static const char *suffixes[] = { "-wal", "-shm", "-journal" };
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *backups = g_build_filename (dir, "backups", NULL);
  g_autoptr(GPtrArray) copies = rc_store_list_backups (path);

  /* The file itself through any symbolic link to it: that is what SQLite
   * opens. Its companions are SQLite's own and are never links. Only
   * when needed, so that an open of a private file changes nothing. */
  if ((st->st_mode & 077) != 0 && g_chmod (path, st->st_mode & 0700) != 0)
    g_debug ("Could not make “%s” owner-only: %s", path, g_strerror (errno));
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *side = g_strconcat (path, suffixes[i], NULL);

      make_owner_only (side, S_IFREG);
    }

  make_owner_only (backups, S_IFDIR);
  for (guint i = 0; i < copies->len; i++)
    make_owner_only (g_ptr_array_index (copies, i), S_IFREG);
}

gboolean
rc_store_prepare_file (const char  *path,
                       gboolean     create,
                       GError     **error)
{
  GStatBuf st;

  if (g_stat (path, &st) != 0)
    {
      int saved_errno = errno;

      if (saved_errno == ENOENT && g_lstat (path, &st) == 0)
        {
          g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_OPEN,
                       _("“%s” is a link to a file that does not exist; nothing was created"), path);
          return FALSE;
        }
      if (saved_errno != ENOENT)
        {
          g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_OPEN,
                       _("“%s” cannot be opened: %s"), path, g_strerror (saved_errno));
          return FALSE;
        }
      if (!create)
        {
          g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_OPEN,
                       _("There is no database at “%s”; nothing was created"), path);
          return FALSE;
        }

      return create_private_file (path, error);
    }

  /* A device, a FIFO or a folder: SQLite would open /dev/null as an empty
   * database, wait for ever on a FIFO, and create "/dev/null-journal"
   * beside a device when run as root. */
  if (!S_ISREG (st.st_mode))
    {
      g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_OPEN,
                   _("“%s” is not a regular file, so it cannot be a database"), path);
      return FALSE;
    }

  if (!create && st.st_size == 0)
    {
      g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_NOT_DATABASE,
                   _("“%s” is empty, not a Return Coordinator database"), path);
      return FALSE;
    }

  make_private (path, &st);

  return TRUE;
}
