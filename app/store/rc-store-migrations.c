/* rc-store-migrations.c: the numbered schema changes of an SQLite file,
 * applied at open (PRAGMA user_version); PostgreSQL's are in pg/
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-store"

#include "config.h"

#include <glib/gi18n.h>

#include "rc-store-object-private.h"
#include "rc-store-sqlite.h"
#include "rc-reference-data.h"

/* Migration N (1-based) is the resource sql/000N-*.sql; append, never edit. */
static const char *migrations[] = {
  RESOURCE_PATH "/sql/0001-initial.sql",
  RESOURCE_PATH "/sql/0002-published-rates.sql",
  RESOURCE_PATH "/sql/0003-returners.sql",
  RESOURCE_PATH "/sql/0004-stage-trigger.sql",
  RESOURCE_PATH "/sql/0005-constraint-keys.sql",
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
  if (sqlite3_exec (rc_sqlite_backend_get_db (self->file), text, NULL, NULL, &message) != SQLITE_OK)
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

/* What PRAGMA foreign_key_check finds: nothing, unless the file held a
 * broken reference before (written by another program, or with foreign
 * keys off), which an upgrade neither mends nor makes worse. */
static gboolean
count_broken_references (RcStore  *self,
                         int      *count,
                         GError  **error)
{
  return rc_store_query_int (self, "SELECT count(*) FROM pragma_foreign_key_check", count, error);
}

static gboolean
apply_migrations (RcStore  *self,
                  int       from,
                  int       latest,
                  GError  **error)
{
  g_autofree char *summary = NULL;
  int broken_before = 0;
  int broken_after = 0;

  if (!rc_store_begin (self, error))
    return FALSE;

  if (from > 0 && !count_broken_references (self, &broken_before, error))
    goto failed;

  for (int version = from + 1; version <= latest; version++)
    if (!apply_migration (self, version, error))
      goto failed;

  if (from == 0 && !rc_reference_data_load (self, error))
    goto failed;

  if (!count_broken_references (self, &broken_after, error))
    goto failed;
  if (broken_after != broken_before)
    {
      g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_FAILED,
                   _("Could not upgrade “%s” to version %d: %d records would refer to records that do not exist"),
                   self->path, latest, broken_after - broken_before);
      goto failed;
    }

  summary = from == 0
    ? g_strdup_printf ("Created the database at version %d", latest)
    : g_strdup_printf ("Upgraded the database from version %d to %d", from, latest);
  if (!rc_store_audit (self, "database", 0, "migrate", summary, error))
    goto failed;

  return rc_store_commit (self, error);

failed:
  rc_store_rollback (self);
  return FALSE;
}

gboolean
rc_store_migrate (RcStore  *self,
                  GError  **error)
{
  int from = self->version;
  int latest = rc_store_get_latest_version ();
  gboolean applied;

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
      g_free (self->upgrade_backup);
      self->upgrade_backup = g_steal_pointer (&backup);
    }

  /* A migration may rebuild a table the documented way (0005): new
   * table, copy, drop, rename. With foreign keys on, dropping the old
   * table would delete the rows that refer to it (ON DELETE CASCADE) or
   * be refused. The pragma is a no-op inside a transaction, so it is
   * turned off around the whole upgrade, which runs in one transaction,
   * and the references are checked before it commits. */
  g_return_val_if_fail (self->depth == 0, FALSE);

  if (!rc_store_exec (self, "PRAGMA foreign_keys = OFF", error))
    return FALSE;

  applied = apply_migrations (self, from, latest, error);

  /* Back on whatever happened: every later write relies on it. */
  if (!rc_store_exec (self, "PRAGMA foreign_keys = ON", applied ? error : NULL))
    return FALSE;
  if (!applied)
    return FALSE;

  self->version = latest;

  return TRUE;
}
