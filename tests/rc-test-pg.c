/* rc-test-pg.c: a throwaway PostgreSQL server for a test program
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <libpq-fe.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "rc-test-pg.h"

static char *server_dir;
static char *server_uri;    /* the postgres database, as postgres */
static char *database_uri;

static char *
script_path (void)
{
  return g_build_filename (g_getenv ("RC_SOURCE_DIR"), "build-aux", "pg-test-server", NULL);
}

const char *
rc_test_pg_start (const char *database)
{
  g_autofree char *script = script_path ();
  const char *argv[] = { script, "start", NULL, NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_auto(GStrv) lines = NULL;
  const char *uri;
  int status;
  guint n;

  g_assert_null (server_dir);

  /* In /tmp, whatever TMPDIR says: a socket's path has at most 107 bytes. */
  server_dir = g_strdup ("/tmp/rc-pg-XXXXXX");
  if (g_mkdtemp (server_dir) == NULL)
    g_error ("no directory for the server in /tmp");
  argv[2] = server_dir;
  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error))
    g_error ("%s: %s", script, error->message);
  if (!WIFEXITED (status) || WEXITSTATUS (status) != 0)
    g_error ("pg-test-server start %s failed: %s", server_dir, err);

  lines = g_strsplit (g_strchomp (out), "\n", -1);
  n = g_strv_length (lines);
  g_assert_cmpuint (n, >, 0);
  uri = lines[n - 1];
  g_assert_true (g_str_has_prefix (uri, "postgresql://") && g_str_has_suffix (uri, "/postgres"));

  server_uri = g_strdup (uri);

  /* Should this program die on a failed check, the server goes with it. */
  {
    g_autofree char *pid = g_strdup_printf ("%d", (int) getpid ());
    const char *watch[] = {
      "/bin/sh", "-c", "tail --pid=\"$0\" -f /dev/null; [ -d \"$1\" ] && exec \"$2\" stop \"$1\"",
      pid, server_dir, script, NULL
    };

    if (!g_spawn_async (NULL, (char **) watch, NULL,
                        G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, NULL, &error))
      g_error ("%s", error->message);
  }
  rc_test_pg_create_database (database);
  database_uri = g_strdup_printf ("%.*s%s", (int) (strlen (uri) - strlen ("postgres")), uri, database);

  return database_uri;
}

void
rc_test_pg_admin_exec (const char *sql)
{
  PGconn *admin = PQconnectdb (server_uri);
  PGresult *result;

  if (PQstatus (admin) != CONNECTION_OK)
    g_error ("%s: %s", server_uri, PQerrorMessage (admin));
  result = PQexec (admin, sql);
  if (PQresultStatus (result) != PGRES_COMMAND_OK)
    g_error ("%s: %s", sql, PQerrorMessage (admin));
  PQclear (result);
  PQfinish (admin);
}

void
rc_test_pg_create_database (const char *database)
{
  g_autofree char *sql = g_strdup_printf ("CREATE DATABASE %s", database);

  rc_test_pg_admin_exec (sql);
}

char *
rc_test_pg_uri (const char *database,
                const char *user)
{
  g_assert_nonnull (server_uri);

  return g_strdup_printf ("%.*s%s?user=%s", (int) (strlen (server_uri) - strlen ("postgres")), server_uri,
                          database, user);
}

char *
rc_test_pg_uri_for (const char *user)
{
  g_assert_nonnull (database_uri);

  return g_strdup_printf ("%s?user=%s", database_uri, user);
}

void
rc_test_pg_stop (void)
{
  g_autofree char *script = script_path ();
  const char *argv[] = { script, "stop", server_dir, NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  int status;

  if (server_dir == NULL)
    return;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL, &err,
                     &status, &error))
    g_printerr ("%s: %s\n", script, error->message);
  else if (!WIFEXITED (status) || WEXITSTATUS (status) != 0)
    g_printerr ("pg-test-server stop %s: %s\n", server_dir, err);

  g_clear_pointer (&server_dir, g_free);
  g_clear_pointer (&server_uri, g_free);
  g_clear_pointer (&database_uri, g_free);
}
