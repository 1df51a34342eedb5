/* rc-sqlite-backend.h: RcStoreBackend on an SQLite file
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One connection to one file, its statements prepared once, the failures
 * of binds kept until the step, SQLite's errors in a user's words, and
 * PRAGMA data_version as the changes made elsewhere. What only a file has
 * (read only until checked, a cancel that interrupts a statement, the
 * connection itself for the backup API) is below, and only the store's
 * SQLite files use it; rc-store-sqlite.h gives them the sqlite3 handle.
 */

#pragma once

#include "rc-store-backend.h"

G_BEGIN_DECLS

#define RC_TYPE_SQLITE_BACKEND (rc_sqlite_backend_get_type ())
G_DECLARE_FINAL_TYPE (RcSqliteBackend, rc_sqlite_backend, RC, SQLITE_BACKEND, GObject)

/* A connection to the existing file @path, read only when @read_only
 * (what SQLite opens, not the pragma), with extended error codes and a
 * five-second wait for another program's lock. NULL, with @error set,
 * when SQLite cannot open it. */
RcSqliteBackend *rc_sqlite_backend_open           (const char       *path,
                                                   gboolean          read_only,
                                                   GError          **error);
const char      *rc_sqlite_backend_get_path       (RcSqliteBackend  *self);
/* Finalizes every statement and closes the connection; the backend
 * then refuses everything. Also done when it is finalized. */
void             rc_sqlite_backend_close          (RcSqliteBackend  *self);
gboolean         rc_sqlite_backend_is_open        (RcSqliteBackend  *self);
/* Finalizes the cached statements, as before the backup API writes over
 * the file (a restore). */
void             rc_sqlite_backend_forget_statements (RcSqliteBackend *self);
/* PRAGMA query_only, and no checkpoint at close while read only, so that
 * a file not yet checked is not written at all. */
gboolean         rc_sqlite_backend_set_read_only  (RcSqliteBackend  *self,
                                                   gboolean          read_only,
                                                   GError          **error);
/* While @cancellable (or NULL) is set, a statement under way stops within
 * @steps of SQLite's virtual machine once it is cancelled. */
void             rc_sqlite_backend_set_cancellable (RcSqliteBackend *self,
                                                    GCancellable    *cancellable,
                                                    int              steps);
/* Gives back the page cache of a connection at rest. */
void             rc_sqlite_backend_release_memory (RcSqliteBackend  *self);
/* The connection's last error as a GError the user can read. */
void             rc_sqlite_backend_set_error      (RcSqliteBackend  *self,
                                                   GError          **error);

G_END_DECLS
