/* rc-pg-schema.c: makes a shared database's schema, and its logins
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-store"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "rc-pg-schema.h"
#include "rc-store.h"

#define LATEST_VERSION 5

int
rc_pg_schema_get_latest_version (void)
{
  return LATEST_VERSION;
}

static void
set_server_error (GError         **error,
                  PGconn          *conn,
                  const PGresult  *result,
                  const char      *what)
{
  const char *message = result != NULL ? PQresultErrorMessage (result) : "";
  g_autofree char *text = NULL;

  if (message == NULL || *message == '\0')
    message = PQerrorMessage (conn);
  text = g_strchomp (g_strdup (message));
  /* Translators: what was being done, and the server's own words */
  g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_FAILED, _("%s: %s"), what, text);
}

gboolean
rc_pg_exec (PGconn      *conn,
            const char  *sql,
            GError     **error)
{
  PGresult *result = PQexec (conn, sql);
  gboolean ok = PQresultStatus (result) == PGRES_COMMAND_OK || PQresultStatus (result) == PGRES_TUPLES_OK;

  if (!ok)
    set_server_error (error, conn, result, _("The database server refused a statement"));
  PQclear (result);

  return ok;
}

static gboolean
exec_resource (PGconn      *conn,
               const char  *name,
               GError     **error)
{
  g_autofree char *path = g_strconcat (RESOURCE_PATH "/pg/", name, NULL);
  g_autoptr(GBytes) bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  g_autofree char *sql = NULL;

  if (bytes == NULL)
    return FALSE;
  sql = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  if (!rc_pg_exec (conn, sql, error))
    {
      g_prefix_error (error, "pg/%s: ", name);
      return FALSE;
    }

  return TRUE;
}

/* Sends a CSV resource to the COPY FROM STDIN just started. */
static gboolean
copy_resource (PGconn      *conn,
               const char  *copy_sql,
               const char  *name,
               GError     **error)
{
  g_autofree char *path = g_strconcat (RESOURCE_PATH "/data/", name, NULL);
  g_autoptr(GBytes) bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  PGresult *result;
  gboolean ok;

  if (bytes == NULL)
    return FALSE;

  result = PQexec (conn, copy_sql);
  ok = PQresultStatus (result) == PGRES_COPY_IN;
  if (!ok)
    set_server_error (error, conn, result, name);
  PQclear (result);
  if (!ok)
    return FALSE;

  ok = PQputCopyData (conn, g_bytes_get_data (bytes, NULL), (int) g_bytes_get_size (bytes)) == 1;
  ok = PQputCopyEnd (conn, ok ? NULL : "not sent") == 1 && ok;
  while ((result = PQgetResult (conn)) != NULL)
    {
      if (PQresultStatus (result) != PGRES_COMMAND_OK)
        {
          if (ok)
            set_server_error (error, conn, result, name);
          ok = FALSE;
        }
      PQclear (result);
    }

  return ok;
}

/* data/regions.csv and data/councils.csv, in their order, as
 * rc_reference_data_load () gives a new SQLite file: the same ids. */
static gboolean
load_reference_data (PGconn  *conn,
                     GError **error)
{
  return rc_pg_exec (conn,
                     "CREATE TEMPORARY TABLE region_csv ("
                     "  n bigint GENERATED ALWAYS AS IDENTITY, gss_code text, name text) ON COMMIT DROP; "
                     "CREATE TEMPORARY TABLE council_csv ("
                     "  n bigint GENERATED ALWAYS AS IDENTITY, gss_code text, la_number bigint, name text,"
                     "  region_code text, kind text, active_from text, active_to text, successor text)"
                     "  ON COMMIT DROP",
                     error)
         && copy_resource (conn, "COPY region_csv (gss_code, name) FROM STDIN (FORMAT csv, HEADER true)",
                           "regions.csv", error)
         && copy_resource (conn,
                           "COPY council_csv (gss_code, la_number, name, region_code, kind, active_from,"
                           "  active_to, successor) FROM STDIN (FORMAT csv, HEADER true)",
                           "councils.csv", error)
         && rc_pg_exec (conn,
                        "INSERT INTO rc_data.region (gss_code, name) "
                        "  SELECT gss_code, name FROM region_csv ORDER BY n; "
                        "INSERT INTO rc_data.council (gss_code, la_number, name, region_id, kind, "
                        "                             active_from_on, active_to_on) "
                        "  SELECT c.gss_code, c.la_number, c.name, r.id, c.kind, c.active_from, c.active_to "
                        "    FROM council_csv c LEFT JOIN rc_data.region r ON r.gss_code = c.region_code "
                        "   ORDER BY c.n; "
                        "UPDATE rc_data.council c SET successor_id = s.id "
                        "  FROM council_csv x JOIN rc_data.council s ON s.gss_code = x.successor "
                        " WHERE x.gss_code = c.gss_code",
                        error);
}

gboolean
rc_pg_schema_get_version (PGconn  *conn,
                          int     *version,
                          GError **error)
{
  PGresult *result;
  const char *table = NULL;
  gboolean ok;

  /* The tables, or the partners' views: whichever this login may use. */
  result = PQexec (conn,
                   "SELECT n.nspname FROM pg_catalog.pg_class c "
                   "  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                   " WHERE c.relname = 'schema_version' AND n.nspname IN ('rc_data', 'rc_partner_view') "
                   "   AND pg_catalog.has_schema_privilege (n.oid, 'USAGE') "
                   " ORDER BY n.nspname = 'rc_data' DESC LIMIT 1");
  ok = PQresultStatus (result) == PGRES_TUPLES_OK;
  if (ok && PQntuples (result) == 1)
    table = g_str_equal (PQgetvalue (result, 0, 0), "rc_data")
      ? "SELECT max (version) FROM rc_data.schema_version"
      : "SELECT max (version) FROM rc_partner_view.schema_version";
  if (!ok)
    set_server_error (error, conn, result, _("Could not read the version of the database"));
  PQclear (result);
  if (!ok)
    return FALSE;

  *version = 0;
  if (table == NULL)
    return TRUE;

  result = PQexec (conn, table);
  ok = PQresultStatus (result) == PGRES_TUPLES_OK && PQntuples (result) == 1;
  if (ok)
    *version = PQgetisnull (result, 0, 0) ? 0 : atoi (PQgetvalue (result, 0, 0));
  else
    set_server_error (error, conn, result, _("Could not read the version of the database"));
  PQclear (result);

  return ok;
}

gboolean
rc_pg_schema_install (PGconn  *conn,
                      GError **error)
{
  int version = 0;

  if (!rc_pg_schema_get_version (conn, &version, error))
    return FALSE;
  if (version == LATEST_VERSION)
    return TRUE;
  if (version > LATEST_VERSION)
    {
      g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_NEWER,
                   _("The database was made by a newer Return Coordinator (version %d); "
                     "it was not changed"), version);
      return FALSE;
    }

  /* Without the notices of IF EXISTS that found nothing. */
  if (!rc_pg_exec (conn, "BEGIN; SET LOCAL client_min_messages = warning", error))
    return FALSE;
  if (exec_resource (conn, "rc-lib.sql", error)
      && exec_resource (conn, "0005-schema.sql", error)
      && load_reference_data (conn, error)
      && exec_resource (conn, "access.sql", error)
      && rc_pg_exec (conn,
                     "INSERT INTO rc_data.audit_log (entity, entity_id, action, summary) "
                     "VALUES ('database', 0, 'migrate', 'Created the database at version 5')",
                     error)
      && rc_pg_exec (conn, "COMMIT", error))
    return TRUE;

  g_prefix_error (error, _("The shared database was not set up, and nothing was changed: "));
  rc_pg_exec (conn, "ROLLBACK", NULL);

  return FALSE;
}

/* A login's name as psql and a URI's ?user= take it without quoting. */
static gboolean
is_plain_name (const char *name)
{
  if (name == NULL || !g_ascii_islower (name[0]) || strlen (name) > 63)
    return FALSE;
  for (const char *p = name; *p != '\0'; p++)
    if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '_')
      return FALSE;

  return !g_str_has_prefix (name, "pg_") && !g_str_has_prefix (name, "rc_");
}

gboolean
rc_pg_add_login (PGconn      *conn,
                 const char  *name,
                 const char  *council_code,
                 GError     **error)
{
  g_autofree char *sql = NULL;
  const char *params[2] = { name, council_code };
  PGresult *result;
  gboolean ok;

  if (!is_plain_name (name))
    {
      g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_INVALID,
                   _("“%s” cannot be a login: use lower-case letters, digits and underscores, "
                     "starting with a letter, at most 63, and not starting pg_ or rc_"), name);
      return FALSE;
    }

  if (!rc_pg_exec (conn, "BEGIN", error))
    return FALSE;

  /* The name is checked above, so it needs no quoting. */
  sql = g_strdup_printf ("CREATE ROLE %s LOGIN IN ROLE %s", name,
                         council_code == NULL ? "rc_coordinator" : "rc_partner");
  ok = rc_pg_exec (conn, sql, error);
  g_clear_pointer (&sql, g_free);

  if (ok)
    {
      sql = g_strdup_printf ("DO $$ BEGIN EXECUTE format ('ALTER ROLE %s IN DATABASE %%I SET search_path = %s', "
                             "current_database ()); END $$",
                             name, council_code == NULL ? "rc_data, rc_lib" : "rc_partner_view, rc_lib");
      ok = rc_pg_exec (conn, sql, error);
    }

  if (ok && council_code != NULL)
    {
      result = PQexecParams (conn,
                             "INSERT INTO rc_data.council_login (role_name, council_id) "
                             "SELECT $1, id FROM rc_data.council WHERE gss_code = $2",
                             2, NULL, params, NULL, NULL, 0);
      ok = PQresultStatus (result) == PGRES_COMMAND_OK;
      if (!ok)
        set_server_error (error, conn, result, _("Could not record the login’s council"));
      else if (g_strcmp0 (PQcmdTuples (result), "1") != 0)
        {
          g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_NOT_FOUND,
                       _("No council has the code “%s”"), council_code);
          ok = FALSE;
        }
      PQclear (result);
    }

  if (ok && rc_pg_exec (conn, "COMMIT", error))
    return TRUE;

  rc_pg_exec (conn, "ROLLBACK", NULL);

  return FALSE;
}
