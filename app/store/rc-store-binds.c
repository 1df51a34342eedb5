/* rc-store-binds.c: binding values to a statement's parameters, and the
 * failures kept until the statement's step
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SQLite leaves a parameter that failed to bind NULL, so an unchecked
 * sqlite3_bind_*() that fails (a value over SQLITE_LIMIT_LENGTH, an index
 * out of range, no memory) would store NULL in silence. Epiphany's
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
 * SQLite keeps nothing of ours on a statement (sqlite3_set_clientdata(),
 * on a connection, is newer than 3.40), so the failures are kept in one
 * table, keyed by statement; a count read without the lock keeps every
 * step away from the table while nothing has failed.
 */

#define G_LOG_DOMAIN "rc-store"

#include "config.h"

#include "rc-store-object-private.h"

typedef struct
{
  int code;    /* SQLITE_TOOBIG, SQLITE_RANGE, SQLITE_NOMEM, … */
  int index;   /* of the parameter */
} BindFailure;

G_LOCK_DEFINE_STATIC (failures);
static GHashTable *failures;   /* sqlite3_stmt * -> BindFailure * */
static gint n_failures;        /* entries in failures, read without the lock */

void
rc_bind_result (sqlite3_stmt *stmt,
                int           index,
                int           rc)
{
  BindFailure *failure;

  if (G_LIKELY (rc == SQLITE_OK))
    return;

  G_LOCK (failures);
  if (failures == NULL)
    failures = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  if (!g_hash_table_contains (failures, stmt))
    {
      failure = g_new (BindFailure, 1);
      failure->code = rc;
      failure->index = index;
      g_hash_table_insert (failures, stmt, failure);
      g_atomic_int_inc (&n_failures);
    }
  G_UNLOCK (failures);
}

static BindFailure *
take_failure (sqlite3_stmt *stmt)
{
  gpointer failure = NULL;

  if (g_atomic_int_get (&n_failures) == 0)
    return NULL;

  G_LOCK (failures);
  if (g_hash_table_steal_extended (failures, stmt, NULL, &failure))
    g_atomic_int_add (&n_failures, -1);
  G_UNLOCK (failures);

  return failure;
}

gboolean
rc_store_take_bind_failure (RcStore       *self,
                            sqlite3_stmt  *stmt,
                            GError       **error)
{
  g_autofree BindFailure *failure = take_failure (stmt);

  if (failure == NULL)
    return FALSE;

  rc_store_set_bind_error (self, failure->code, failure->index, error);
  sqlite3_reset (stmt);

  return TRUE;
}

void
rc_bind_forget_failure (sqlite3_stmt *stmt)
{
  g_free (take_failure (stmt));
}

void
rc_bind_text (sqlite3_stmt *stmt,
              int           index,
              const char   *text)
{
  if (text == NULL)
    rc_bind_result (stmt, index, sqlite3_bind_null (stmt, index));
  else
    rc_bind_result (stmt, index, sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT));
}

void
rc_bind_id (sqlite3_stmt *stmt,
            int           index,
            gint64        id)
{
  if (id == 0)
    rc_bind_result (stmt, index, sqlite3_bind_null (stmt, index));
  else
    rc_bind_result (stmt, index, sqlite3_bind_int64 (stmt, index, id));
}

void
rc_bind_int (sqlite3_stmt *stmt,
             int           index,
             gint64        value)
{
  rc_bind_result (stmt, index, sqlite3_bind_int64 (stmt, index, value));
}

void
rc_bind_figure (sqlite3_stmt *stmt,
                int           index,
                RcFigure      figure)
{
  if (!figure.present)
    rc_bind_result (stmt, index, sqlite3_bind_null (stmt, index));
  else
    rc_bind_result (stmt, index, sqlite3_bind_int64 (stmt, index, figure.value));
}
