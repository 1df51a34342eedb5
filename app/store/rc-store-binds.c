/* rc-store-binds.c: binding values to a statement's parameters, and the
 * failures kept until the statement's step
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SQLite leaves a parameter that failed to bind NULL, so an unchecked
 * sqlite3_bind_*() that fails (a value over SQLITE_LIMIT_LENGTH, an index
 * out of range, no memory) would store NULL in silence, and a PostgreSQL
 * parameter that could not be bound would too. Epiphany's
 * statement wrapper returns a GError from every bind. Here the rc_bind_*()
 * functions keep their form instead, and a failure is kept with its
 * statement and reported by the step that would have used it:
 * rc_store_step_done() and rc_store_step_row() set the GError and run
 * nothing, and the caller rolls back as for any failed step. So that
 *  - every bind is checked by construction, the 170 or so there are and
 *    those written later: a check at each call site would be an `if` and
 *    a `goto` more at each, and one forgotten would lose data again;
 *  - the failure reaches the caller where it already looks, at the step.
 * The first failure is the one kept (later ones are often its echo). It
 * is forgotten when reported, and when the statement is prepared again
 * (rc_store_prepare() clears its bindings), so that one never stepped
 * cannot fail the statement's next use.
 *
 * The backend keeps the failure with its statement (rc-store-backend.h):
 * RcSqliteBackend in the statement's own record, where a step looks for
 * it with one comparison.
 */

#define G_LOG_DOMAIN "rc-store"

#include "config.h"

#include "rc-store-private.h"

void
rc_bind_text (RcStatement *stmt,
              int          index,
              const char  *text)
{
  stmt->iface->bind_text (stmt->backend, stmt, index, text, TRUE);
}

void
rc_bind_text_borrowed (RcStatement *stmt,
                       int          index,
                       const char  *text)
{
  stmt->iface->bind_text (stmt->backend, stmt, index, text, FALSE);
}

void
rc_bind_id (RcStatement *stmt,
            int          index,
            gint64       id)
{
  if (id == 0)
    stmt->iface->bind_null (stmt->backend, stmt, index);
  else
    stmt->iface->bind_int (stmt->backend, stmt, index, id);
}

void
rc_bind_int (RcStatement *stmt,
             int          index,
             gint64       value)
{
  stmt->iface->bind_int (stmt->backend, stmt, index, value);
}

void
rc_bind_figure (RcStatement *stmt,
                int          index,
                RcFigure     figure)
{
  if (!figure.present)
    stmt->iface->bind_null (stmt->backend, stmt, index);
  else
    stmt->iface->bind_int (stmt->backend, stmt, index, figure.value);
}
