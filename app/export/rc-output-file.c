/* rc-output-file.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* renameat2() */
#define _GNU_SOURCE

#define G_LOG_DOMAIN "rc-export"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "rc-output-file.h"

G_DEFINE_QUARK (rc-output-file-error-quark, rc_output_file_error)

/* Leaves room for ".", "." and "XXXXXX" within a name of 255 bytes. */
#define MAX_TEMP_STEM 200

/* The temporary file and, for a database, what SQLite puts beside it. */
#define MAX_CLEANUP_PATHS 4

typedef struct
{
  char *paths[MAX_CLEANUP_PATHS + 1];  /* NULL-terminated */
} Cleanup;

struct _RcOutputFile
{
  char              *path;
  char              *temp_path;
  RcOutputFileFlags  flags;
  int                fd;
  Cleanup           *cleanup;
};

/* Cleaning up after a signal -------------------------------------------- */

/* The files being written now, for the signal handler. A slot is filled
 * and emptied with atomic operations; the handler only reads them, calls
 * unlink() (which is async-signal-safe) and passes the signal on. */
#define MAX_PENDING 32

static Cleanup *pending[MAX_PENDING];
static int in_handler;

static const int cleanup_signals[] = { SIGINT, SIGTERM, SIGHUP };
static struct sigaction previous_actions[G_N_ELEMENTS (cleanup_signals)];

static void
on_signal (int sig)
{
  g_atomic_int_set (&in_handler, 1);

  for (guint i = 0; i < MAX_PENDING; i++)
    {
      Cleanup *cleanup = g_atomic_pointer_get (&pending[i]);

      for (guint j = 0; cleanup != NULL && cleanup->paths[j] != NULL; j++)
        unlink (cleanup->paths[j]);
    }

  /* Then what the signal would have done without us: usually the end of
   * the process, raised again once this handler returns. */
  for (guint i = 0; i < G_N_ELEMENTS (cleanup_signals); i++)
    if (cleanup_signals[i] == sig)
      sigaction (sig, &previous_actions[i], NULL);
  raise (sig);
}

static gpointer
install_handlers (gpointer data)
{
  for (guint i = 0; i < G_N_ELEMENTS (cleanup_signals); i++)
    {
      struct sigaction action = { 0 };

      if (sigaction (cleanup_signals[i], NULL, &previous_actions[i]) != 0
          || previous_actions[i].sa_handler == SIG_IGN)
        continue;  /* nohup, or a shell's background job: keep ignoring it */

      action.sa_handler = on_signal;
      sigfillset (&action.sa_mask);
      action.sa_flags = SA_RESTART;
      sigaction (cleanup_signals[i], &action, NULL);
    }

  return NULL;
}

static void
cleanup_free (Cleanup *cleanup)
{
  for (guint j = 0; cleanup->paths[j] != NULL; j++)
    g_free (cleanup->paths[j]);
  g_free (cleanup);
}

/* Before the file is made, so that no signal can come between. */
static Cleanup *
register_cleanup (const char        *temp_path,
                  RcOutputFileFlags  flags)
{
  static GOnce once = G_ONCE_INIT;
  Cleanup *cleanup = g_new0 (Cleanup, 1);

  g_once (&once, install_handlers, NULL);

  cleanup->paths[0] = g_strdup (temp_path);
  if (flags & RC_OUTPUT_FILE_DATABASE)
    {
      cleanup->paths[1] = g_strconcat (temp_path, "-wal", NULL);
      cleanup->paths[2] = g_strconcat (temp_path, "-shm", NULL);
      cleanup->paths[3] = g_strconcat (temp_path, "-journal", NULL);
    }

  for (guint i = 0; i < MAX_PENDING; i++)
    if (g_atomic_pointer_compare_and_exchange (&pending[i], NULL, cleanup))
      return cleanup;

  /* More files at once than anyone writes: this one is still removed on
   * failure, only not after a signal. */
  return cleanup;
}

static void
unregister_cleanup (Cleanup *cleanup)
{
  for (guint i = 0; i < MAX_PENDING; i++)
    g_atomic_pointer_compare_and_exchange (&pending[i], cleanup, NULL);

  /* A handler that has begun may still read the paths: the process is
   * ending then, and they are left to it. */
  if (!g_atomic_int_get (&in_handler))
    cleanup_free (cleanup);
}

/* Messages ---------------------------------------------------------------- */

const char *
rc_output_file_describe_errno (int saved_errno)
{
  switch (saved_errno)
    {
    case ENOENT:
      return _("the folder does not exist");
    case ENOTDIR:
      return _("part of the path is a file, not a folder");
    case EACCES:
    case EPERM:
      return _("you do not have permission to write there");
    case ENOSPC:
#ifdef EDQUOT
    case EDQUOT:
#endif
      return _("the disk is full");
    case EFBIG:
      return _("the file is larger than the disk or the system allows");
    case EROFS:
      return _("the disk is read-only");
    case EISDIR:
      return _("a folder has that name");
    case ENAMETOOLONG:
      return _("the name is too long");
    default:
      return g_strerror (saved_errno);
    }
}

static void
set_folder_error (GError     **error,
                  const char  *path,
                  int          saved_errno)
{
  g_autofree char *shown = g_filename_display_name (path);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *shown_dir = g_filename_display_name (dir);

  switch (saved_errno)
    {
    case EACCES:
    case EPERM:
      g_set_error (error, RC_OUTPUT_FILE_ERROR, RC_OUTPUT_FILE_ERROR_FOLDER,
                   _("Could not save “%s”: you may not write into the folder “%s”"),
                   shown, shown_dir);
      break;
    case ENOENT:
      g_set_error (error, RC_OUTPUT_FILE_ERROR, RC_OUTPUT_FILE_ERROR_FOLDER,
                   _("Could not save “%s”: the folder “%s” does not exist"), shown, shown_dir);
      break;
    case EROFS:
      g_set_error (error, RC_OUTPUT_FILE_ERROR, RC_OUTPUT_FILE_ERROR_FOLDER,
                   _("Could not save “%s”: the folder “%s” is on a read-only disk"),
                   shown, shown_dir);
      break;
    case ENOTDIR:
      g_set_error (error, RC_OUTPUT_FILE_ERROR, RC_OUTPUT_FILE_ERROR_FOLDER,
                   _("Could not save “%s”: part of the path is a file, not a folder"), shown);
      break;
    default:
      g_set_error (error, RC_OUTPUT_FILE_ERROR, RC_OUTPUT_FILE_ERROR_WRITE,
                   _("Could not save “%s”: %s"), shown, rc_output_file_describe_errno (saved_errno));
      break;
    }
}

static void
set_write_error (GError     **error,
                 const char  *path,
                 int          saved_errno)
{
  g_autofree char *shown = g_filename_display_name (path);

  g_set_error (error, RC_OUTPUT_FILE_ERROR, RC_OUTPUT_FILE_ERROR_WRITE,
               _("Could not save “%s”: %s"), shown, rc_output_file_describe_errno (saved_errno));
}

/* The destination ----------------------------------------------------------- */

/* Whether @path may be replaced, or written when new; sets @mode to the
 * mode of the file there, or 0777 when there is none. Checked without
 * following a symbolic link, at the start and again just before the
 * rename. */
static gboolean
check_destination (const char         *path,
                   RcOutputFileFlags   flags,
                   mode_t             *mode,
                   GError            **error)
{
  g_autofree char *shown = g_filename_display_name (path);
  struct stat st;

  *mode = 0777;

  if (lstat (path, &st) != 0)
    {
      int saved_errno = errno;

      if (saved_errno == ENOENT)
        return TRUE;  /* a new file; the folder is tried when it is made */
      set_folder_error (error, path, saved_errno);
      return FALSE;
    }

  if (S_ISLNK (st.st_mode))
    {
      g_set_error (error, RC_OUTPUT_FILE_ERROR, RC_OUTPUT_FILE_ERROR_SYMLINK,
                   _("“%s” is a symbolic link, so nothing was saved: a link is neither replaced "
                     "nor written through. Choose another name, or the file it points to"),
                   shown);
      return FALSE;
    }
  if (S_ISDIR (st.st_mode))
    {
      g_set_error (error, RC_OUTPUT_FILE_ERROR, RC_OUTPUT_FILE_ERROR_NOT_REGULAR,
                   _("Could not save “%s”: a folder has that name"), shown);
      return FALSE;
    }
  if (!S_ISREG (st.st_mode))
    {
      g_set_error (error, RC_OUTPUT_FILE_ERROR, RC_OUTPUT_FILE_ERROR_NOT_REGULAR,
                   _("“%s” is not an ordinary file (it is a device, a pipe or a socket), so "
                     "nothing was written to it; choose another name"), shown);
      return FALSE;
    }
  if (flags & RC_OUTPUT_FILE_NEW)
    {
      g_set_error (error, RC_OUTPUT_FILE_ERROR, RC_OUTPUT_FILE_ERROR_EXISTS,
                   _("“%s” already exists; choose a new file name"), shown);
      return FALSE;
    }

  /* Read-only for everyone holds even for root, who may write anything. */
  if ((st.st_mode & 0222) == 0 || (access (path, W_OK) != 0 && errno != EROFS))
    {
      g_set_error (error, RC_OUTPUT_FILE_ERROR, RC_OUTPUT_FILE_ERROR_READ_ONLY,
                   _("“%s” is read-only, so it was not replaced; choose another name, or make "
                     "the file writable first"), shown);
      return FALSE;
    }

  *mode = st.st_mode & 0777;

  return TRUE;
}

/* Writing ------------------------------------------------------------------- */

static void output_file_free (RcOutputFile *self);

RcOutputFile *
rc_output_file_begin (const char         *path,
                      RcOutputFileFlags   flags,
                      GError            **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *temp_name = NULL;
  RcOutputFile *self;
  mode_t existing;
  mode_t mode;
  gsize stem;

  g_return_val_if_fail (path != NULL && *path != '\0', NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_destination (path, flags, &existing, error))
    return NULL;

  /* Beside @path, so that the rename stays on one file system, and
   * hidden, as a file that is not there yet. */
  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  stem = strlen (base);
  if (stem > MAX_TEMP_STEM)
    {
      const char *end = g_utf8_find_prev_char (base, base + MAX_TEMP_STEM + 1);

      stem = end != NULL ? (gsize) (end - base) : MAX_TEMP_STEM;
    }

  self = g_new0 (RcOutputFile, 1);
  self->path = g_strdup (path);
  self->flags = flags;
  self->fd = -1;

  /* Never wider than the file it replaces. */
  mode = ((flags & RC_OUTPUT_FILE_PRIVATE) ? 0600 : 0666) & existing;

  /* As mkstemp() does, but each name is registered for cleaning up
   * before the file can exist. */
  for (guint attempt = 0; attempt < 100; attempt++)
    {
      static const char letters[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
      char suffix[7];
      int saved_errno;

      for (guint i = 0; i < 6; i++)
        suffix[i] = letters[g_random_int_range (0, sizeof letters - 1)];
      suffix[6] = '\0';
      g_free (temp_name);
      temp_name = g_strdup_printf (".%.*s.%s", (int) stem, base, suffix);
      g_free (self->temp_path);
      self->temp_path = g_build_filename (dir, temp_name, NULL);

      self->cleanup = register_cleanup (self->temp_path, flags);
      self->fd = g_open (self->temp_path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, (int) mode);
      if (self->fd >= 0)
        return self;

      saved_errno = errno;
      unregister_cleanup (self->cleanup);
      self->cleanup = NULL;
      if (saved_errno != EEXIST)
        {
          set_folder_error (error, path, saved_errno);
          output_file_free (self);
          return NULL;
        }
    }

  set_write_error (error, path, EEXIST);
  output_file_free (self);

  return NULL;
}

int
rc_output_file_get_fd (RcOutputFile *self)
{
  g_return_val_if_fail (self != NULL, -1);

  return self->fd;
}

const char *
rc_output_file_get_temp_path (RcOutputFile *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->temp_path;
}

const char *
rc_output_file_get_path (RcOutputFile *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->path;
}

gboolean
rc_output_file_write (RcOutputFile  *self,
                      const void    *data,
                      gsize          length,
                      GError       **error)
{
  const char *p = data;

  g_return_val_if_fail (self != NULL && self->fd >= 0, FALSE);

  while (length > 0)
    {
      ssize_t n = write (self->fd, p, MIN (length, (gsize) G_MAXSSIZE));

      if (n < 0)
        {
          if (errno == EINTR)
            continue;
          set_write_error (error, self->path, errno);
          return FALSE;
        }
      p += n;
      length -= (gsize) n;
    }

  return TRUE;
}

static void
output_file_free (RcOutputFile *self)
{
  if (self->fd >= 0)
    close (self->fd);
  if (self->cleanup != NULL)
    unregister_cleanup (self->cleanup);
  g_free (self->path);
  g_free (self->temp_path);
  g_free (self);
}

void
rc_output_file_abort (RcOutputFile *self)
{
  if (self == NULL)
    return;

  if (self->fd >= 0)
    {
      close (self->fd);
      self->fd = -1;
    }
  g_unlink (self->temp_path);
  if (self->flags & RC_OUTPUT_FILE_DATABASE)
    for (guint i = 1; self->cleanup != NULL && self->cleanup->paths[i] != NULL; i++)
      g_unlink (self->cleanup->paths[i]);

  output_file_free (self);
}

/* @temp over @path, unless something is there and @flags say new. */
static int
rename_into_place (const char        *temp,
                   const char        *path,
                   RcOutputFileFlags  flags)
{
  if (!(flags & RC_OUTPUT_FILE_NEW))
    return rename (temp, path);

  if (renameat2 (AT_FDCWD, temp, AT_FDCWD, path, RENAME_NOREPLACE) == 0)
    return 0;
  if (errno != EINVAL && errno != ENOSYS)
    return -1;

  /* A file system without it: a hard link cannot replace either. */
  if (link (temp, path) == 0)
    {
      unlink (temp);
      return 0;
    }
  if (errno == EEXIST)
    return -1;

  return rename (temp, path);
}

/* So that the new name survives a power cut as the data does. */
static void
sync_folder (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  int fd = g_open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);

  if (fd >= 0)
    {
      fsync (fd);  /* some file systems cannot: the rename is done anyway */
      close (fd);
    }
}

gboolean
rc_output_file_commit (RcOutputFile  *self,
                       GError       **error)
{
  mode_t existing;
  int fd;

  g_return_val_if_fail (self != NULL && self->fd >= 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* The data must be on disk before the rename makes it the file. */
  if (fsync (self->fd) != 0)
    {
      set_write_error (error, self->path, errno);
      rc_output_file_abort (self);
      return FALSE;
    }
  fd = self->fd;
  self->fd = -1;
  if (close (fd) != 0)
    {
      set_write_error (error, self->path, errno);
      rc_output_file_abort (self);
      return FALSE;
    }

  /* Something may have appeared at the name while the file was written. */
  if (!check_destination (self->path, self->flags, &existing, error))
    {
      rc_output_file_abort (self);
      return FALSE;
    }

  if (rename_into_place (self->temp_path, self->path, self->flags) != 0)
    {
      int saved_errno = errno;

      if (saved_errno == EEXIST)
        {
          g_autofree char *shown = g_filename_display_name (self->path);

          g_set_error (error, RC_OUTPUT_FILE_ERROR, RC_OUTPUT_FILE_ERROR_EXISTS,
                       _("“%s” already exists; choose a new file name"), shown);
        }
      else
        set_write_error (error, self->path, saved_errno);
      rc_output_file_abort (self);
      return FALSE;
    }
  sync_folder (self->path);

  output_file_free (self);

  return TRUE;
}

gboolean
rc_output_file_set_contents (const char         *path,
                             const void         *data,
                             gsize               length,
                             RcOutputFileFlags   flags,
                             GError            **error)
{
  g_autoptr(RcOutputFile) out = NULL;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);

  out = rc_output_file_begin (path, flags, error);
  if (out == NULL || !rc_output_file_write (out, data, length, error))
    return FALSE;

  return rc_output_file_commit (g_steal_pointer (&out), error);
}
