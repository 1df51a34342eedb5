/* rc-pg-schema.h: the schema of a shared database on PostgreSQL
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The SQL is in app/store/pg/ (a resource): rc-lib.sql, SQLite's functions;
 * 0005-schema.sql, the tables at version 5; access.sql, the roles and
 * what a partner council sees. docs/shared-database.md is the guide.
 */

#pragma once

#include <gio/gio.h>
#include <libpq-fe.h>

G_BEGIN_DECLS

/* The schema version a new PostgreSQL database gets, as
 * rc_store_get_latest_version () is SQLite's. */
int       rc_pg_schema_get_latest_version (void);

/* The version of @conn's database: 0 when it has no schema yet. */
gboolean  rc_pg_schema_get_version        (PGconn      *conn,
                                           int         *version,
                                           GError     **error);

/* Makes the schema, with the regions and councils, the roles
 * rc_coordinator and rc_partner and the partners' views, in one
 * transaction, when @conn's database has none; does nothing when it is
 * at the latest version; refuses one made by a newer version. Needs the
 * database's owner (or a superuser), and CREATEROLE the first time. */
gboolean  rc_pg_schema_install            (PGconn      *conn,
                                           GError     **error);

/* Creates the login @name, with no password, as a coordinator
 * (@council_code NULL) or as staff of the council with ONS code
 * @council_code, and sets its search_path to the tables or to the
 * partners' views. Needs CREATEROLE. */
gboolean  rc_pg_add_login                 (PGconn      *conn,
                                           const char  *name,
                                           const char  *council_code,
                                           GError     **error);

/* Runs @sql (no parameters, perhaps several statements); a failure is a
 * GError in RC_STORE_ERROR with the server's message. */
gboolean  rc_pg_exec                      (PGconn      *conn,
                                           const char  *sql,
                                           GError     **error);

G_END_DECLS
