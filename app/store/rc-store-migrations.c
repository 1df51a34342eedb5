/* rc-store-migrations.c: the numbered schema changes, applied at open
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-store"

#include "config.h"

#include <glib/gi18n.h>

#include "rc-store-object-private.h"
#include "rc-reference-data.h"

/* Migration N (1-based) is the resource sql/000N-*.sql; append, never edit. */
static const char *migrations[] = {
  RESOURCE_PATH "/sql/0001-initial.sql",
  RESOURCE_PATH "/sql/0002-published-rates.sql",
  RESOURCE_PATH "/sql/0003-returners.sql",
};

int
rc_store_get_latest_version (void)
{
  return G_N_ELEMENTS (migrations);
}

static gboolean
apply_migration (RcStore     *self,
                 int          version,
                 GError     **error)
{
  g_autoptr(GBytes) sql = NULL;
  g_autofree char *text = NULL;
  g_autofree char *pragma = NULL;
  char *message = NULL;

  sql = g_resources_lookup_data (migrations[version - 1], G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (sql == NULL)
    return FALSE;

  /* NUL-terminated copy for sqlite3_exec(). */
  text = g_strndup (g_bytes_get_data (sql, NULL), g_bytes_get_size (sql));
  if (sqlite3_exec (self->db, text, NULL, NULL, &message) != SQLITE_OK)
    {
      g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_FAILED,
                   _("Could not upgrade “%s” to version %d: %s"),
                   self->path, version, message);
      sqlite3_free (message);
      return FALSE;
    }

  pragma = g_strdup_printf ("PRAGMA user_version = %d", version);

  return rc_store_exec (self, pragma, error);
}

gboolean
rc_store_migrate (RcStore  *self,
                  GError  **error)
{
  int from = self->version;
  int latest = rc_store_get_latest_version ();
  g_autofree char *summary = NULL;

  if (from == latest)
    return TRUE;

  if (from > 0)
    {
      g_autofree char *reason = g_strdup_printf ("before-upgrade-v%d", from);
      g_autofree char *backup = rc_store_backup (self, reason, error);

      if (backup == NULL)
        {
          g_prefix_error (error, _("The database was not upgraded because no backup could be taken: "));
          return FALSE;
        }
    }

  if (!rc_store_begin (self, error))
    return FALSE;

  for (int version = from + 1; version <= latest; version++)
    if (!apply_migration (self, version, error))
      goto failed;

  if (from == 0 && !rc_reference_data_load (self, error))
    goto failed;

  summary = from == 0
    ? g_strdup_printf ("Created the database at version %d", latest)
    : g_strdup_printf ("Upgraded the database from version %d to %d", from, latest);
  if (!rc_store_audit (self, "database", 0, "migrate", summary, error))
    goto failed;

  if (!rc_store_commit (self, error))
    return FALSE;

  self->version = latest;

  return TRUE;

failed:
  rc_store_rollback (self);
  return FALSE;
}
