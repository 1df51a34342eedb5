/* rc-store-errors.c: what the store refuses, in words a user can read
 * (what SQLite reports is in rc-sqlite-errors.c)
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-store"

#include "config.h"

#include <glib/gi18n.h>

#include "rc-store-object-private.h"

G_DEFINE_QUARK (rc-store-error-quark, rc_store_error)

gboolean
rc_store_refuse_write (RcStore  *self,
                       GError  **error)
{
  if (self->backend == NULL)
    {
      g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_OPEN,
                   _("“%s” has been closed; nothing was saved"), self->path);
      return TRUE;
    }

  if (self->reader)
    {
      g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_READ_ONLY,
                   _("“%s” is only read here; nothing was saved"), self->path);
      return TRUE;
    }

  switch (self->check)
    {
    case CHECK_PASSED:
      /* A worker's connection may hold the write lock: said at once,
       * rather than waited for here (rc-store-worker.c). */
      return rc_store_worker_refuse_write (self, error);

    case CHECK_PENDING:
      g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_CHECKING,
                   _("“%s” is still being checked for damage, so nothing was saved yet; "
                     "try again when the check is done"), self->path);
      return TRUE;

    case CHECK_FAILED:
    default:
      rc_store_set_damaged_error (self->path, error);
      return TRUE;
    }
}

void
rc_store_explain_error (RcStore  *self,
                        GError  **error)
{
  /* PRAGMA query_only stands behind rc_store_refuse_write(): should a write slip
   * past the gate, SQLite refuses it, and the reason is ours. */
  if (error != NULL && *error != NULL
      && g_error_matches (*error, RC_STORE_ERROR, RC_STORE_ERROR_READ_ONLY)
      && self->check != CHECK_PASSED && !self->reader)
    {
      g_clear_error (error);
      rc_store_refuse_write (self, error);
    }
}

void
rc_store_set_damaged_error (const char  *path,
                            GError     **error)
{
  g_autofree char *backup = rc_store_find_newest_backup (path);

  /* One line: SQLite's own account is for rc_store_get_damage_details(). */
  if (backup != NULL)
    g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_CORRUPT,
                 _("“%s” is damaged, so nothing was changed in it. The newest backup is “%s”."),
                 path, backup);
  else
    g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_CORRUPT,
                 _("“%s” is damaged, so nothing was changed in it. There is no backup of it."),
                 path);
}
