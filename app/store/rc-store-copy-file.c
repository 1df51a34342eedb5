/* rc-store-copy-file.c: --copy-database between the databases two names name
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A file or a postgresql:// URI on either side. A new file is written
 * under a temporary name beside the target, readable by its owner only,
 * and renamed once the copy is checked.
 */

#define G_LOG_DOMAIN "rc-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "rc-store-copy-private.h"
#include "rc-store-server.h"

/* A store for the copy's source: an existing database, never a new one. */
static RcStore *
open_source (const char  *source,
             GError     **error)
{
  if (rc_store_is_server_uri (source))
    return rc_store_open_server (source, error);

  return rc_store_open_with_flags (source, RC_STORE_OPEN_NO_CREATE, error);
}

static gboolean
copy_to_file (RcStore            *from,
              const char         *target,
              RcStoreCopyReport  *report,
              GError            **error)
{
  g_autofree char *dir = g_path_get_dirname (target);
  g_autofree char *base = g_path_get_basename (target);
  g_autofree char *template = g_strdup_printf (".%s.copy-XXXXXX", base);
  g_autofree char *temp = g_build_filename (dir, template, NULL);
  g_autoptr(RcStore) to = NULL;
  int fd;

  /* An existing file is refused unless it is an empty database. */
  if (g_file_test (target, G_FILE_TEST_EXISTS))
    {
      g_autoptr(RcStore) existing = rc_store_open_with_flags (target, RC_STORE_OPEN_DEFAULT, error);
      const char *data_table = NULL;
      gint64 rows = 0;

      if (existing == NULL || !rc_store_copy_find_data (existing, &data_table, &rows, error))
        return FALSE;
      if (data_table != NULL)
        {
          g_autofree char *shown = g_filename_display_name (target);

          g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_INVALID,
                       g_dngettext (GETTEXT_PACKAGE,
                                    "%s is not empty: its table %s has %" G_GINT64_FORMAT " row; copy "
                                    "only into a new database",
                                    "%s is not empty: its table %s has %" G_GINT64_FORMAT " rows; copy "
                                    "only into a new database", rows),
                       shown, data_table, rows);
          return FALSE;
        }
      rc_store_close (existing);
    }

  fd = g_mkstemp_full (temp, O_RDWR, 0600);
  if (fd < 0)
    {
      int saved = errno;
      g_autofree char *shown = g_filename_display_name (dir);

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   _("Could not write in %s: %s"), shown, g_strerror (saved));
      return FALSE;
    }
  close (fd);

  to = rc_store_open (temp, error);
  if (to == NULL || !rc_store_copy_into (from, to, report, error))
    {
      if (to != NULL)
        rc_store_close (to);
      rc_store_delete_files (temp);
      return FALSE;
    }
  rc_store_close (to);

  if (g_rename (temp, target) != 0)
    {
      int saved = errno;
      g_autofree char *shown = g_filename_display_name (target);

      rc_store_delete_files (temp);
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   _("Could not write %s: %s"), shown, g_strerror (saved));
      return FALSE;
    }

  return TRUE;
}

gboolean
rc_store_copy_database (const char         *source,
                        const char         *target,
                        RcStoreCopyReport  *report,
                        GError            **error)
{
  g_autoptr(RcStore) from = NULL;
  g_autoptr(RcStore) to = NULL;

  g_return_val_if_fail (source != NULL && target != NULL, FALSE);

  rc_store_copy_ensure_sql ();
  from = open_source (source, error);
  if (from == NULL)
    return FALSE;

  if (!rc_store_is_server_uri (target))
    return copy_to_file (from, target, report, error);

  to = rc_store_open_server (target, error);
  if (to == NULL)
    return FALSE;

  return rc_store_copy_into (from, to, report, error);
}
