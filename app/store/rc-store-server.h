/* rc-store-server.h: a store on a shared database (PostgreSQL)
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rc-store.h"

G_BEGIN_DECLS

/* Whether @database names a server (postgresql://… or postgres://…)
 * rather than a file. */
gboolean  rc_store_is_server_uri (const char  *database);

/* A store on the database @uri names, through RcPgBackend: its schema
 * made or checked, the login's search_path set. */
RcStore  *rc_store_open_server   (const char  *uri,
                                  GError     **error);

/* Connects to @uri, makes the schema the first time, and creates the login
 * @name, with no password, as a coordinator (@council_code NULL) or as
 * staff of the council with ONS code @council_code
 * (rc_pg_schema_install(), rc_pg_add_login()). */
gboolean  rc_store_server_add_login (const char  *uri,
                                     const char  *name,
                                     const char  *council_code,
                                     GError     **error);

G_END_DECLS
