/* rc-store-statements.c: preparing, binding, stepping and reading
 * statements
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-store"

#include "config.h"

#include <glib/gi18n.h>

#include "rc-store-object-private.h"

sqlite3_stmt *
rc_store_prepare (RcStore     *self,
                  const char  *sql,
                  GError     **error)
{
  sqlite3_stmt *stmt;

  if (self->db == NULL)
    {
      rc_store_set_error (self, error);
      return NULL;
    }

  stmt = g_hash_table_lookup (self->statements, sql);
  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      rc_bind_forget_failure (stmt);
      return stmt;
    }

  if (sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL) != SQLITE_OK)
    {
      rc_store_set_error (self, error);
      return NULL;
    }
  rc_bind_forget_failure (stmt);

  g_hash_table_insert (self->statements, (gpointer) sql, stmt);

  return stmt;
}

sqlite3_stmt *
rc_store_prepare_save (RcStore     *self,
                       gint64       id,
                       const char  *insert_sql,
                       const char  *update_sql,
                       GError     **error)
{
  sqlite3_stmt *stmt;

  if (id == 0)
    return rc_store_prepare (self, insert_sql, error);

  stmt = rc_store_prepare (self, update_sql, error);
  if (stmt != NULL)
    rc_bind_int (stmt, sqlite3_bind_parameter_count (stmt), id);

  return stmt;
}

gboolean
rc_store_step_done (RcStore       *self,
                    sqlite3_stmt  *stmt,
                    GError       **error)
{
  int rc;

  if (rc_store_take_bind_failure (self, stmt, error))
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    ;
  if (rc != SQLITE_DONE)
    {
      rc_store_set_error (self, error);
      sqlite3_reset (stmt);
      return FALSE;
    }

  sqlite3_reset (stmt);

  return TRUE;
}

gboolean
rc_store_run_for_id (RcStore     *self,
                     const char  *sql,
                     gint64       id,
                     GError     **error)
{
  sqlite3_stmt *stmt = rc_store_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  rc_bind_int (stmt, 1, id);

  return rc_store_step_done (self, stmt, error);
}

gboolean
rc_store_step_row (RcStore       *self,
                   sqlite3_stmt  *stmt,
                   GError       **error)
{
  int rc;

  if (rc_store_take_bind_failure (self, stmt, error))
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return TRUE;
  if (rc != SQLITE_DONE)
    rc_store_set_error (self, error);
  sqlite3_reset (stmt);

  return FALSE;
}

gboolean
rc_store_step_first (RcStore       *self,
                     sqlite3_stmt  *stmt,
                     const char    *what,
                     GError       **error)
{
  g_autoptr(GError) local_error = NULL;

  if (rc_store_step_row (self, stmt, &local_error))
    return TRUE;

  if (local_error != NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  else if (what != NULL)
    g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_NOT_FOUND,
                 _("The %s no longer exists"), what);

  return FALSE;
}

gint64
rc_store_last_insert_id (RcStore *self)
{
  return sqlite3_last_insert_rowid (self->db);
}

int
rc_store_changes (RcStore *self)
{
  return sqlite3_changes (self->db);
}

char *
rc_column_text (sqlite3_stmt *stmt,
                int           column)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

gint64
rc_column_int (sqlite3_stmt *stmt,
               int           column)
{
  return sqlite3_column_int64 (stmt, column);
}

RcFigure
rc_column_figure (sqlite3_stmt *stmt,
                  int           column)
{
  if (sqlite3_column_type (stmt, column) == SQLITE_NULL)
    return RC_FIGURE_MISSING;

  return rc_figure (sqlite3_column_int64 (stmt, column));
}

gboolean
rc_store_exec (RcStore     *self,
               const char  *sql,
               GError     **error)
{
  if (sqlite3_exec (self->db, sql, NULL, NULL, NULL) != SQLITE_OK)
    {
      rc_store_set_error (self, error);
      return FALSE;
    }

  return TRUE;
}

gboolean
rc_store_query_int (RcStore     *self,
                    const char  *sql,
                    int         *value,
                    GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      rc_store_set_error (self, error);
      return FALSE;
    }

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *value = sqlite3_column_int (stmt, 0);
  else
    rc_store_set_error (self, error);
  sqlite3_finalize (stmt);

  return rc == SQLITE_ROW;
}

gboolean
rc_store_query_int64 (RcStore     *self,
                      const char  *sql,
                      gint64      *value,
                      GError     **error)
{
  sqlite3_stmt *stmt = rc_store_prepare (self, sql, error);

  if (stmt == NULL || !rc_store_step_row (self, stmt, error))
    return FALSE;

  *value = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  return TRUE;
}

/* Binds @id to ?1 of a "SELECT count(*) …" and reads the count. */
gboolean
rc_store_count_rows (RcStore       *self,
                     sqlite3_stmt  *stmt,
                     gint64         id,
                     gint64        *count,
                     GError       **error)
{
  g_autoptr(GError) local_error = NULL;

  if (stmt == NULL)
    return FALSE;

  rc_bind_int (stmt, 1, id);
  if (!rc_store_step_row (self, stmt, &local_error))
    {
      if (local_error == NULL)
        g_set_error_literal (&local_error, RC_STORE_ERROR, RC_STORE_ERROR_FAILED,
                             _("The database could not count the records"));
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  *count = rc_column_int (stmt, 0);
  sqlite3_reset (stmt);

  return TRUE;
}

GListModel *
rc_store_collect (RcStore       *self,
                  sqlite3_stmt  *stmt,
                  GType          type,
                  RcRowReader    read,
                  GError       **error)
{
  g_autoptr(GListStore) list = g_list_store_new (type);
  g_autoptr(GError) local_error = NULL;

  if (stmt == NULL)
    return NULL;

  while (rc_store_step_row (self, stmt, &local_error))
    {
      g_autoptr(GObject) item = read (stmt);
      g_list_store_append (list, item);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  return G_LIST_MODEL (g_steal_pointer (&list));
}

gpointer
rc_store_collect_one (RcStore       *self,
                      sqlite3_stmt  *stmt,
                      RcRowReader    read,
                      const char    *what,
                      GError       **error)
{
  gpointer item;

  if (stmt == NULL || !rc_store_step_first (self, stmt, what, error))
    return NULL;

  item = read (stmt);
  sqlite3_reset (stmt);

  return item;
}

/* NULL, with @error set, when @sql cannot be prepared; the collectors
 * pass that on. */
static sqlite3_stmt *
prepare_for_id (RcStore     *self,
                const char  *sql,
                gint64       id,
                GError     **error)
{
  sqlite3_stmt *stmt = rc_store_prepare (self, sql, error);

  if (stmt != NULL)
    rc_bind_int (stmt, 1, id);

  return stmt;
}

GListModel *
rc_store_collect_for_id (RcStore      *self,
                         const char   *sql,
                         gint64        id,
                         GType         type,
                         RcRowReader   read,
                         GError      **error)
{
  return rc_store_collect (self, prepare_for_id (self, sql, id, error), type, read, error);
}

gpointer
rc_store_collect_one_for_id (RcStore      *self,
                             const char   *sql,
                             gint64        id,
                             RcRowReader   read,
                             const char   *what,
                             GError      **error)
{
  return rc_store_collect_one (self, prepare_for_id (self, sql, id, error), read, what, error);
}

void
rc_store_forget_statements (RcStore *self)
{
  g_hash_table_remove_all (self->statements);
}
