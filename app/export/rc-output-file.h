/* rc-output-file.h: a file written for the user, whole or not at all, and
 * only where it may be
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every file the app writes at a name the user chose goes through here:
 * the bid workbook, chart images, cohort CSV exports, the subject access
 * report and the demo and national databases. The file is written under
 * a temporary name in the same folder and renamed over the name when it
 * is whole, so the name holds either the old file or the whole new one.
 *
 * What is at the name decides whether it is replaced:
 * - nothing, or an ordinary file that may be written: replaced;
 * - an ordinary file that is read-only (no write permission for anyone,
 *   or none for this user): refused, and left as it is;
 * - a symbolic link: refused. Nothing is ever written through a link into
 *   the file it points to, and the link is not replaced either;
 * - a folder, a device, a pipe or a socket: refused.
 *
 * The new file never has a wider mode than the one it replaces. A file
 * that holds personal data (RC_OUTPUT_FILE_PRIVATE) is readable by its
 * owner only (0600); others get 0666 less the umask.
 *
 * SIGINT, SIGTERM and SIGHUP while a file is being written remove its
 * temporary file (and, for a database, its -wal, -shm and -journal)
 * before the signal takes its usual course.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define RC_OUTPUT_FILE_ERROR (rc_output_file_error_quark ())

typedef enum
{
  RC_OUTPUT_FILE_ERROR_READ_ONLY,    /* the file exists and may not be changed */
  RC_OUTPUT_FILE_ERROR_SYMLINK,      /* the name is a symbolic link */
  RC_OUTPUT_FILE_ERROR_NOT_REGULAR,  /* a folder, device, pipe or socket has the name */
  RC_OUTPUT_FILE_ERROR_EXISTS,       /* RC_OUTPUT_FILE_NEW, and the name is taken */
  RC_OUTPUT_FILE_ERROR_FOLDER,       /* the folder is missing or cannot be written into */
  RC_OUTPUT_FILE_ERROR_WRITE,        /* writing, syncing or renaming failed */
} RcOutputFileError;

typedef enum
{
  RC_OUTPUT_FILE_DEFAULT  = 0,
  RC_OUTPUT_FILE_PRIVATE  = 1 << 0,  /* personal data: owner only */
  RC_OUTPUT_FILE_NEW      = 1 << 1,  /* never replaces an existing file */
  RC_OUTPUT_FILE_DATABASE = 1 << 2,  /* SQLite writes it: its -wal, -shm and -journal are its own */
} RcOutputFileFlags;

typedef struct _RcOutputFile RcOutputFile;

GQuark        rc_output_file_error_quark     (void);

/* Checks what is at @path and creates the temporary file beside it; a
 * refusal names @path and says why, in the user's words. */
RcOutputFile *rc_output_file_begin           (const char         *path,
                                              RcOutputFileFlags   flags,
                                              GError            **error);
/* Open for writing until rc_output_file_commit(). */
int           rc_output_file_get_fd          (RcOutputFile       *self);
/* For a library that opens the file by name (libxlsxwriter, SQLite). */
const char   *rc_output_file_get_temp_path   (RcOutputFile       *self);
const char   *rc_output_file_get_path        (RcOutputFile       *self);
/* Writes all of @data at the file descriptor's position. */
gboolean      rc_output_file_write           (RcOutputFile       *self,
                                              const void         *data,
                                              gsize               length,
                                              GError            **error);
/* Syncs the file, checks the name again and renames the file over it.
 * Consumes @self whether it succeeds or not; on failure nothing is left. */
gboolean      rc_output_file_commit          (RcOutputFile       *self,
                                              GError            **error);
/* Removes the temporary file. Consumes @self; NULL is ignored. */
void          rc_output_file_abort           (RcOutputFile       *self);

/* The whole of @data as the file at @path, by the steps above. */
gboolean      rc_output_file_set_contents    (const char         *path,
                                              const void         *data,
                                              gsize               length,
                                              RcOutputFileFlags   flags,
                                              GError            **error);

/* The reasons people meet, in their words; the system's otherwise. */
const char   *rc_output_file_describe_errno  (int                 saved_errno);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RcOutputFile, rc_output_file_abort)

G_END_DECLS
