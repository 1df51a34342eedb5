/* rc-pg-backend.h: RcStoreBackend on a PostgreSQL server (libpq)
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <libpq-fe.h>

#include "rc-store-backend.h"

G_BEGIN_DECLS

#define RC_TYPE_PG_BACKEND (rc_pg_backend_get_type ())
G_DECLARE_FINAL_TYPE (RcPgBackend, rc_pg_backend, RC, PG_BACKEND, GObject)

/* Connects to the database @uri names (a libpq URI, postgresql://…),
 * makes its schema when it has none and the login may (the first
 * coordinator, or the database's owner), refuses one made by a newer
 * version, and sets the login's search_path: the tables for a
 * coordinator, the partners' views for a partner (app/store/pg/access.sql).
 * Other logins' commits are heard with LISTEN rc_changed. */
RcPgBackend *rc_pg_backend_open           (const char   *uri,
                                           GError      **error);

/* The connection, for what is not a statement of the store (tests). */
PGconn      *rc_pg_backend_get_connection (RcPgBackend  *self);

/* SQLite's ?N parameters as PostgreSQL's $N, outside quotes and
 * comments; a bare ? takes the next number, as in SQLite. Sets
 * @n_params to the highest number. */
char        *rc_pg_translate_parameters   (const char   *sql,
                                           int          *n_params);

/* The GError for a statement the server refused: a constraint's words
 * from its key, as SQLite gives them; @where says which database. */
void         rc_pg_set_error              (GError         **error,
                                           PGconn          *conn,
                                           const PGresult  *result,
                                           const char      *where);

G_END_DECLS
