/* rc-sample-file.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-sample"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "rc-sample-file.h"

gboolean
rc_sample_file_write (const char        *path,
                      RcSamplePopulate   populate,
                      GError           **error)
{
  g_autofree char *tmp_path = NULL;
  g_autoptr(RcStore) store = NULL;
  gboolean ok;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (populate != NULL, FALSE);

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                   _("“%s” already exists; choose a new file name"), path);
      return FALSE;
    }

  tmp_path = g_strdup_printf ("%s.part-%d", path, (int) getpid ());
  rc_store_delete_files (tmp_path);

  store = rc_store_open (tmp_path, error);
  if (store == NULL)
    {
      rc_store_delete_files (tmp_path);
      return FALSE;
    }

  ok = populate (store, error);
  /* Closing checkpoints the WAL into the file, leaving one file to rename. */
  g_clear_object (&store);

  if (ok && g_rename (tmp_path, path) != 0)
    {
      int saved_errno = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not save “%s”: %s"), path, g_strerror (saved_errno));
      ok = FALSE;
    }
  if (!ok)
    rc_store_delete_files (tmp_path);

  return ok;
}
