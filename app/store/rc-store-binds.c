/* rc-store-binds.c: binding values to a statement's parameters
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-store"

#include "config.h"

#include "rc-store-private.h"

void
rc_bind_text (sqlite3_stmt *stmt,
              int           index,
              const char   *text)
{
  if (text == NULL)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
}

void
rc_bind_id (sqlite3_stmt *stmt,
            int           index,
            gint64        id)
{
  if (id == 0)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_int64 (stmt, index, id);
}

void
rc_bind_int (sqlite3_stmt *stmt,
             int           index,
             gint64        value)
{
  sqlite3_bind_int64 (stmt, index, value);
}

void
rc_bind_figure (sqlite3_stmt *stmt,
                int           index,
                RcFigure      figure)
{
  if (!figure.present)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_int64 (stmt, index, figure.value);
}
