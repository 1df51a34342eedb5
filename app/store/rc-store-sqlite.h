/* rc-store-sqlite.h: the SQLite handle, for the store's files that are
 * about an SQLite file (backup API, integrity check, migrations, readers
 * and workers) and for tests; never for the entities' files
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "rc-sqlite-backend.h"
#include "rc-store.h"

G_BEGIN_DECLS

/* The connection of a store on an SQLite file (NULL when closed, or when
 * the store is on another backend). */
sqlite3      *rc_store_get_db                (RcStore          *self);
sqlite3      *rc_sqlite_backend_get_db       (RcSqliteBackend  *self);
/* The GError for SQLite's extended result @code with SQLite's @message,
 * about the file @path (rc-sqlite-errors.c). */
void          rc_sqlite_set_error_from_code  (GError          **error,
                                              int               code,
                                              const char       *message,
                                              const char       *path);

G_END_DECLS
