/* rc-store-backend.c: the interface RcStore sits on, and its wrappers
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rc_statement_*() wrappers call through the interface pointer the
 * statement's head keeps: no type check and no interface lookup per
 * column, for they run for every value of every row read.
 */

#define G_LOG_DOMAIN "rc-store"

#include "config.h"

#include "rc-store-backend.h"

G_DEFINE_INTERFACE (RcStoreBackend, rc_store_backend, G_TYPE_OBJECT)

static void
rc_store_backend_default_init (RcStoreBackendInterface *iface)
{
}

void
rc_statement_init (RcStatement    *stmt,
                   RcStoreBackend *backend)
{
  g_return_if_fail (RC_IS_STORE_BACKEND (backend));

  stmt->backend = backend;
  stmt->iface = RC_STORE_BACKEND_GET_IFACE (backend);
}

RcStatement *
rc_store_backend_prepare (RcStoreBackend  *self,
                          const char      *sql,
                          GError         **error)
{
  g_return_val_if_fail (RC_IS_STORE_BACKEND (self), NULL);
  g_return_val_if_fail (sql != NULL, NULL);

  return RC_STORE_BACKEND_GET_IFACE (self)->prepare (self, sql, error);
}

gboolean
rc_store_backend_exec (RcStoreBackend  *self,
                       const char      *sql,
                       GError         **error)
{
  g_return_val_if_fail (RC_IS_STORE_BACKEND (self), FALSE);
  g_return_val_if_fail (sql != NULL, FALSE);

  return RC_STORE_BACKEND_GET_IFACE (self)->exec (self, sql, error);
}

gboolean
rc_store_backend_begin (RcStoreBackend  *self,
                        GError         **error)
{
  RcStoreBackendInterface *iface;

  g_return_val_if_fail (RC_IS_STORE_BACKEND (self), FALSE);

  iface = RC_STORE_BACKEND_GET_IFACE (self);
  if (iface->begin == NULL)
    return iface->exec (self, "BEGIN", error);

  return iface->begin (self, error);
}

gboolean
rc_store_backend_in_transaction (RcStoreBackend *self)
{
  g_return_val_if_fail (RC_IS_STORE_BACKEND (self), FALSE);

  return RC_STORE_BACKEND_GET_IFACE (self)->in_transaction (self);
}

gint64
rc_store_backend_last_insert_id (RcStoreBackend *self)
{
  g_return_val_if_fail (RC_IS_STORE_BACKEND (self), 0);

  return RC_STORE_BACKEND_GET_IFACE (self)->last_insert_id (self);
}

gint64
rc_store_backend_changes (RcStoreBackend *self)
{
  g_return_val_if_fail (RC_IS_STORE_BACKEND (self), 0);

  return RC_STORE_BACKEND_GET_IFACE (self)->changes (self);
}

gboolean
rc_store_backend_changed_elsewhere (RcStoreBackend *self)
{
  RcStoreBackendInterface *iface;

  g_return_val_if_fail (RC_IS_STORE_BACKEND (self), FALSE);

  iface = RC_STORE_BACKEND_GET_IFACE (self);

  return iface->changed_elsewhere != NULL && iface->changed_elsewhere (self);
}

char *
rc_store_backend_describe (RcStoreBackend *self)
{
  g_return_val_if_fail (RC_IS_STORE_BACKEND (self), NULL);

  return RC_STORE_BACKEND_GET_IFACE (self)->describe (self);
}

char *
rc_store_backend_user_name (RcStoreBackend *self)
{
  RcStoreBackendInterface *iface;

  g_return_val_if_fail (RC_IS_STORE_BACKEND (self), NULL);

  iface = RC_STORE_BACKEND_GET_IFACE (self);
  if (iface->user_name == NULL)
    return g_strdup (g_get_user_name ());

  return iface->user_name (self);
}

/* Statements ------------------------------------------------------------- */

void
rc_statement_reset (RcStatement *stmt)
{
  stmt->iface->reset (stmt->backend, stmt);
}

void
rc_statement_clear_bindings (RcStatement *stmt)
{
  stmt->iface->clear_bindings (stmt->backend, stmt);
}

int
rc_statement_parameter_count (RcStatement *stmt)
{
  return stmt->iface->parameter_count (stmt->backend, stmt);
}

gboolean
rc_statement_bind_null (RcStatement *stmt,
                        int          index)
{
  return stmt->iface->bind_null (stmt->backend, stmt, index);
}

gboolean
rc_statement_bind_int (RcStatement *stmt,
                       int          index,
                       gint64       value)
{
  return stmt->iface->bind_int (stmt->backend, stmt, index, value);
}

gboolean
rc_statement_bind_double (RcStatement *stmt,
                          int          index,
                          double       value)
{
  return stmt->iface->bind_double (stmt->backend, stmt, index, value);
}

gboolean
rc_statement_bind_text (RcStatement *stmt,
                        int          index,
                        const char  *text,
                        gboolean     copy)
{
  return stmt->iface->bind_text (stmt->backend, stmt, index, text, copy);
}

RcStepResult
rc_statement_step (RcStatement  *stmt,
                   GError      **error)
{
  return stmt->iface->step (stmt->backend, stmt, error);
}

gboolean
rc_statement_column_is_null (RcStatement *stmt,
                             int          column)
{
  return stmt->iface->column_is_null (stmt->backend, stmt, column);
}

gint64
rc_statement_column_int (RcStatement *stmt,
                         int          column)
{
  return stmt->iface->column_int (stmt->backend, stmt, column);
}

double
rc_statement_column_double (RcStatement *stmt,
                            int          column)
{
  return stmt->iface->column_double (stmt->backend, stmt, column);
}

const char *
rc_statement_column_text (RcStatement *stmt,
                          int          column)
{
  return stmt->iface->column_text (stmt->backend, stmt, column);
}
