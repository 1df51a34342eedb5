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

RcStatement *
rc_store_prepare (RcStore     *self,
                  const char  *sql,
                  GError     **error)
{
  RcStatement *stmt;

  if (self->backend == NULL)
    {
      rc_store_refuse_write (self, error);
      return NULL;
    }

  stmt = rc_store_backend_prepare (self->backend, sql, error);
  if (stmt == NULL)
    rc_store_explain_error (self, error);

  return stmt;
}

RcStatement *
rc_store_prepare_save (RcStore     *self,
                       gint64       id,
                       const char  *insert_sql,
                       const char  *update_sql,
                       GError     **error)
{
  RcStatement *stmt;

  if (id == 0)
    return rc_store_prepare (self, insert_sql, error);

  stmt = rc_store_prepare (self, update_sql, error);
  if (stmt != NULL)
    rc_bind_int (stmt, rc_statement_parameter_count (stmt), id);

  return stmt;
}

gboolean
rc_store_step_done (RcStore      *self,
                    RcStatement  *stmt,
                    GError      **error)
{
  RcStepResult rc;

  while ((rc = rc_statement_step (stmt, error)) == RC_STEP_ROW)
    ;
  rc_statement_reset (stmt);
  if (rc == RC_STEP_ERROR)
    {
      rc_store_explain_error (self, error);
      return FALSE;
    }

  return TRUE;
}

gboolean
rc_store_run_for_id (RcStore     *self,
                     const char  *sql,
                     gint64       id,
                     GError     **error)
{
  RcStatement *stmt = rc_store_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  rc_bind_int (stmt, 1, id);

  return rc_store_step_done (self, stmt, error);
}

gboolean
rc_store_step_row (RcStore      *self,
                   RcStatement  *stmt,
                   GError      **error)
{
  RcStepResult rc = rc_statement_step (stmt, error);

  if (G_LIKELY (rc == RC_STEP_ROW))
    return TRUE;
  rc_statement_reset (stmt);
  if (rc == RC_STEP_ERROR)
    rc_store_explain_error (self, error);

  return FALSE;
}

gboolean
rc_store_step_first (RcStore       *self,
                     RcStatement   *stmt,
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
  return self->backend != NULL ? rc_store_backend_last_insert_id (self->backend) : 0;
}

int
rc_store_changes (RcStore *self)
{
  return self->backend != NULL ? (int) rc_store_backend_changes (self->backend) : 0;
}

char *
rc_column_text (RcStatement *stmt,
                int          column)
{
  return g_strdup (stmt->iface->column_text (stmt->backend, stmt, column));
}

gint64
rc_column_int (RcStatement *stmt,
               int          column)
{
  return stmt->iface->column_int (stmt->backend, stmt, column);
}

RcFigure
rc_column_figure (RcStatement *stmt,
                  int          column)
{
  if (stmt->iface->column_is_null (stmt->backend, stmt, column))
    return RC_FIGURE_MISSING;

  return rc_figure (stmt->iface->column_int (stmt->backend, stmt, column));
}

gboolean
rc_store_exec (RcStore     *self,
               const char  *sql,
               GError     **error)
{
  if (self->backend == NULL)
    {
      rc_store_refuse_write (self, error);
      return FALSE;
    }

  if (!rc_store_backend_exec (self->backend, sql, error))
    {
      rc_store_explain_error (self, error);
      return FALSE;
    }

  return TRUE;
}

/* Not cached: these run once, at open or for a migration. */
gboolean
rc_store_query_int (RcStore     *self,
                    const char  *sql,
                    int         *value,
                    GError     **error)
{
  gint64 value64;

  if (!rc_store_query_int64 (self, sql, &value64, error))
    return FALSE;

  *value = (int) value64;

  return TRUE;
}

gboolean
rc_store_query_int64 (RcStore     *self,
                      const char  *sql,
                      gint64      *value,
                      GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  RcStatement *stmt = rc_store_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  if (!rc_store_step_row (self, stmt, &local_error))
    {
      if (local_error == NULL)
        g_set_error (&local_error, RC_STORE_ERROR, RC_STORE_ERROR_FAILED,
                     _("The database “%s” returned no row for “%s”"), self->path, sql);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  *value = rc_column_int (stmt, 0);
  rc_statement_reset (stmt);

  return TRUE;
}

/* Binds @id to ?1 of a "SELECT count(*) …" and reads the count. */
gboolean
rc_store_count_rows (RcStore       *self,
                     RcStatement   *stmt,
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
  rc_statement_reset (stmt);

  return TRUE;
}

GListModel *
rc_store_collect (RcStore       *self,
                  RcStatement   *stmt,
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
                      RcStatement   *stmt,
                      RcRowReader    read,
                      const char    *what,
                      GError       **error)
{
  gpointer item;

  if (stmt == NULL || !rc_store_step_first (self, stmt, what, error))
    return NULL;

  item = read (stmt);
  rc_statement_reset (stmt);

  return item;
}

/* NULL, with @error set, when @sql cannot be prepared; the collectors
 * pass that on. */
static RcStatement *
prepare_for_id (RcStore     *self,
                const char  *sql,
                gint64       id,
                GError     **error)
{
  RcStatement *stmt = rc_store_prepare (self, sql, error);

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
  if (self->file != NULL)
    rc_sqlite_backend_forget_statements (self->file);
}

char *
rc_store_now_utc (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

char *
rc_store_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}
