/* rc-store-server.c: a store on a shared database (PostgreSQL)
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-store"

#include "config.h"

#include <glib/gi18n.h>

#include "rc-pg-backend.h"
#include "rc-pg-schema.h"
#include "rc-store-object-private.h"
#include "rc-store-server.h"

gboolean
rc_store_is_server_uri (const char *database)
{
  return database != NULL
         && (g_str_has_prefix (database, "postgresql://") || g_str_has_prefix (database, "postgres://"));
}

RcStore *
rc_store_open_server (const char  *uri,
                      GError     **error)
{
  g_autoptr(RcPgBackend) backend = NULL;
  RcStore *store;

  g_return_val_if_fail (rc_store_is_server_uri (uri), NULL);

  backend = rc_pg_backend_open (uri, error);
  if (backend == NULL)
    return NULL;

  /* Its path is the URI, as a file's is its path: the workers' readers
   * connect with it, and the window opens it again. A password belongs in
   * ~/.pgpass or the keyring, never in the URI. */
  store = rc_store_new_for_backend (RC_STORE_BACKEND (backend));
  g_free (store->path);
  store->path = g_strdup (uri);

  return store;
}

gboolean
rc_store_server_add_login (const char  *uri,
                           const char  *name,
                           const char  *council_code,
                           GError     **error)
{
  PGconn *conn = PQconnectdb (uri);
  gboolean ok;

  if (PQstatus (conn) != CONNECTION_OK)
    {
      g_autofree char *reason = g_strchomp (g_strdup (PQerrorMessage (conn)));

      g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_OPEN,
                   _("Could not connect to the shared database: %s"), reason);
      PQfinish (conn);
      return FALSE;
    }

  ok = rc_pg_schema_install (conn, error) && rc_pg_add_login (conn, name, council_code, error);
  PQfinish (conn);

  return ok;
}

gboolean
rc_store_get_may_erase (RcStore *self)
{
  g_autoptr(GError) error = NULL;
  RcStatement *stmt;
  gboolean may = TRUE;

  g_return_val_if_fail (RC_IS_STORE (self), FALSE);

  if (!RC_IS_PG_BACKEND (self->backend))
    return TRUE;

  /* A superuser is a member of every role: only a partner who is not
   * also a coordinator is refused. */
  stmt = rc_store_prepare (self,
                           "SELECT CASE WHEN pg_has_role ('rc_partner', 'MEMBER') "
                           "  AND NOT pg_has_role ('rc_coordinator', 'MEMBER') THEN 0 ELSE 1 END",
                           &error);
  if (stmt != NULL && rc_store_step_row (self, stmt, &error))
    may = rc_column_int (stmt, 0) != 0;
  if (stmt != NULL)
    rc_statement_reset (stmt);
  /* Unknown: offered, and the server has the last word. */
  if (error != NULL)
    g_debug ("Could not ask whether this login may erase: %s", error->message);

  return may;
}
