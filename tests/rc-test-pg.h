/* rc-test-pg.h: a throwaway PostgreSQL server for a test program
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Starts build-aux/pg-test-server in a new directory of /tmp, creates
 * the database @database in it, and returns that database's URI (add
 * ?user=NAME), which stays valid until rc_test_pg_stop(). Never skips:
 * a server that does not start ends the test with its log. */
const char *rc_test_pg_start   (const char *database);
/* @sql run on the server's postgres database, as postgres. */
void        rc_test_pg_admin_exec      (const char *sql);
/* Another database on the same server. */
void        rc_test_pg_create_database (const char *database);
/* URI?user=@user, newly allocated: of the database of
 * rc_test_pg_start(), or of @database. */
char       *rc_test_pg_uri_for (const char *user);
char       *rc_test_pg_uri     (const char *database,
                                const char *user);
/* Stops the server and removes its directory. */
void        rc_test_pg_stop    (void);

G_END_DECLS
