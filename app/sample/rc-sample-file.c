/* rc-sample-file.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-sample"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>

#include "export/rc-output-file.h"
#include "rc-sample-file.h"

gboolean
rc_sample_file_write (const char        *path,
                      RcSamplePopulate   populate,
                      GError           **error)
{
  g_autofree char *dir = NULL;
  g_autoptr(RcOutputFile) out = NULL;
  g_autoptr(RcStore) store = NULL;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (populate != NULL, FALSE);

  /* A database is made where it is asked for, folders and all, as
   * rc_store_open() does. */
  dir = g_path_get_dirname (path);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;
      g_autofree char *shown = g_filename_display_name (dir);

      g_set_error (error, RC_OUTPUT_FILE_ERROR, RC_OUTPUT_FILE_ERROR_FOLDER,
                   _("Could not create the folder “%s”: %s"), shown,
                   rc_output_file_describe_errno (saved_errno));
      return FALSE;
    }

  /* Owner only, as every database is; never over an existing file; and
   * an interruption takes the half-written file and its WAL with it. */
  out = rc_output_file_begin (path, RC_OUTPUT_FILE_NEW | RC_OUTPUT_FILE_DATABASE | RC_OUTPUT_FILE_PRIVATE,
                              error);
  if (out == NULL)
    return FALSE;

  store = rc_store_open (rc_output_file_get_temp_path (out), error);
  if (store == NULL || !populate (store, error))
    return FALSE;

  /* Closing checkpoints the WAL into the file, leaving one file to rename. */
  g_clear_object (&store);

  return rc_output_file_commit (g_steal_pointer (&out), error);
}
