/* rc-sqlite-backend.c: RcStoreBackend on an SQLite file
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A failed bind: SQLite leaves a parameter that failed to bind NULL, so an
 * unchecked sqlite3_bind_*() that fails (a value over SQLITE_LIMIT_LENGTH,
 * an index out of range, no memory) would store NULL in silence. The
 * first failure is kept with its statement and reported by its next step,
 * which then runs nothing (rc-store-binds.c says why).
 */

#define G_LOG_DOMAIN "rc-store"

#include "config.h"

#include <glib/gi18n.h>

#include "rc-store-private.h"
#include "rc-store-sqlite.h"

typedef struct
{
  RcStatement    head;
  sqlite3_stmt  *stmt;
  int            bind_code;   /* SQLITE_OK, or the first failed bind's */
  int            bind_index;  /* of the parameter that failed */
} RcSqliteStatement;

struct _RcSqliteBackend
{
  GObject      parent_instance;

  sqlite3     *db;
  char        *path;
  /* SQL text (a literal) -> RcSqliteStatement, prepared once */
  GHashTable  *statements;
  /* PRAGMA data_version as last seen, or -1 before the first look: it
   * moves only when another connection commits. */
  gint64       data_version;
};

static void rc_sqlite_backend_iface_init (RcStoreBackendInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (RcSqliteBackend, rc_sqlite_backend, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (RC_TYPE_STORE_BACKEND,
                                                      rc_sqlite_backend_iface_init))

#define SQLITE_STATEMENT(s) ((RcSqliteStatement *) (s))

static void
statement_free (gpointer data)
{
  RcSqliteStatement *stmt = data;

  sqlite3_finalize (stmt->stmt);
  g_free (stmt);
}

static void
rc_sqlite_backend_finalize (GObject *object)
{
  RcSqliteBackend *self = RC_SQLITE_BACKEND (object);

  rc_sqlite_backend_close (self);
  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (rc_sqlite_backend_parent_class)->finalize (object);
}

static void
rc_sqlite_backend_class_init (RcSqliteBackendClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = rc_sqlite_backend_finalize;
}

static void
rc_sqlite_backend_init (RcSqliteBackend *self)
{
  self->statements = g_hash_table_new_full (NULL, NULL, NULL, statement_free);
  self->data_version = -1;
}

static void
set_closed_error (RcSqliteBackend  *self,
                  GError          **error)
{
  g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_OPEN,
               _("“%s” has been closed; nothing was saved"), self->path);
}

void
rc_sqlite_backend_set_error (RcSqliteBackend  *self,
                             GError          **error)
{
  if (self->db == NULL)
    {
      set_closed_error (self, error);
      return;
    }

  rc_sqlite_set_error_from_code (error,
                                 sqlite3_extended_errcode (self->db),
                                 sqlite3_errmsg (self->db),
                                 self->path);
}

/* Statements ------------------------------------------------------------- */

static RcStatement *
sqlite_prepare (RcStoreBackend  *backend,
                const char      *sql,
                GError         **error)
{
  RcSqliteBackend *self = (RcSqliteBackend *) backend;
  RcSqliteStatement *stmt;
  sqlite3_stmt *handle;

  if (self->db == NULL)
    {
      set_closed_error (self, error);
      return NULL;
    }

  stmt = g_hash_table_lookup (self->statements, sql);
  if (stmt != NULL)
    {
      sqlite3_reset (stmt->stmt);
      sqlite3_clear_bindings (stmt->stmt);
      stmt->bind_code = SQLITE_OK;
      return &stmt->head;
    }

  if (sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &handle, NULL) != SQLITE_OK)
    {
      rc_sqlite_backend_set_error (self, error);
      return NULL;
    }

  stmt = g_new0 (RcSqliteStatement, 1);
  rc_statement_init (&stmt->head, backend);
  stmt->stmt = handle;
  stmt->bind_code = SQLITE_OK;
  g_hash_table_insert (self->statements, (gpointer) sql, stmt);

  return &stmt->head;
}

static void
sqlite_reset (RcStoreBackend *backend,
              RcStatement    *stmt)
{
  sqlite3_reset (SQLITE_STATEMENT (stmt)->stmt);
}

static void
sqlite_clear_bindings (RcStoreBackend *backend,
                       RcStatement    *stmt)
{
  sqlite3_clear_bindings (SQLITE_STATEMENT (stmt)->stmt);
  SQLITE_STATEMENT (stmt)->bind_code = SQLITE_OK;
}

static int
sqlite_parameter_count (RcStoreBackend *backend,
                        RcStatement    *stmt)
{
  return sqlite3_bind_parameter_count (SQLITE_STATEMENT (stmt)->stmt);
}

/* Keeps the first failure for the next step. */
static gboolean
kept (RcSqliteStatement *stmt,
      int                index,
      int                rc)
{
  if (G_LIKELY (rc == SQLITE_OK))
    return TRUE;

  if (stmt->bind_code == SQLITE_OK)
    {
      stmt->bind_code = rc;
      stmt->bind_index = index;
    }

  return FALSE;
}

static gboolean
sqlite_bind_null (RcStoreBackend *backend,
                  RcStatement    *stmt,
                  int             index)
{
  return kept (SQLITE_STATEMENT (stmt), index,
               sqlite3_bind_null (SQLITE_STATEMENT (stmt)->stmt, index));
}

static gboolean
sqlite_bind_int (RcStoreBackend *backend,
                 RcStatement    *stmt,
                 int             index,
                 gint64          value)
{
  return kept (SQLITE_STATEMENT (stmt), index,
               sqlite3_bind_int64 (SQLITE_STATEMENT (stmt)->stmt, index, value));
}

static gboolean
sqlite_bind_double (RcStoreBackend *backend,
                    RcStatement    *stmt,
                    int             index,
                    double          value)
{
  return kept (SQLITE_STATEMENT (stmt), index,
               sqlite3_bind_double (SQLITE_STATEMENT (stmt)->stmt, index, value));
}

static gboolean
sqlite_bind_text (RcStoreBackend *backend,
                  RcStatement    *stmt,
                  int             index,
                  const char     *text,
                  gboolean        copy)
{
  sqlite3_stmt *handle = SQLITE_STATEMENT (stmt)->stmt;

  if (text == NULL)
    return kept (SQLITE_STATEMENT (stmt), index, sqlite3_bind_null (handle, index));

  return kept (SQLITE_STATEMENT (stmt), index,
               sqlite3_bind_text (handle, index, text, -1, copy ? SQLITE_TRANSIENT : SQLITE_STATIC));
}

static RcStepResult
sqlite_step (RcStoreBackend  *backend,
             RcStatement     *head,
             GError         **error)
{
  RcSqliteBackend *self = (RcSqliteBackend *) backend;
  RcSqliteStatement *stmt = SQLITE_STATEMENT (head);
  int rc;

  if (G_UNLIKELY (stmt->bind_code != SQLITE_OK))
    {
      g_autofree char *message = g_strdup_printf ("%s (parameter %d)",
                                                  sqlite3_errstr (stmt->bind_code),
                                                  stmt->bind_index);

      rc_sqlite_set_error_from_code (error, stmt->bind_code, message, self->path);
      stmt->bind_code = SQLITE_OK;
      sqlite3_reset (stmt->stmt);
      return RC_STEP_ERROR;
    }

  rc = sqlite3_step (stmt->stmt);
  if (G_LIKELY (rc == SQLITE_ROW))
    return RC_STEP_ROW;
  if (rc == SQLITE_DONE)
    return RC_STEP_DONE;

  rc_sqlite_backend_set_error (self, error);

  return RC_STEP_ERROR;
}

static gboolean
sqlite_column_is_null (RcStoreBackend *backend,
                       RcStatement    *stmt,
                       int             column)
{
  return sqlite3_column_type (SQLITE_STATEMENT (stmt)->stmt, column) == SQLITE_NULL;
}

static gint64
sqlite_column_int (RcStoreBackend *backend,
                   RcStatement    *stmt,
                   int             column)
{
  return sqlite3_column_int64 (SQLITE_STATEMENT (stmt)->stmt, column);
}

static double
sqlite_column_double (RcStoreBackend *backend,
                      RcStatement    *stmt,
                      int             column)
{
  return sqlite3_column_double (SQLITE_STATEMENT (stmt)->stmt, column);
}

static const char *
sqlite_column_text (RcStoreBackend *backend,
                    RcStatement    *stmt,
                    int             column)
{
  return (const char *) sqlite3_column_text (SQLITE_STATEMENT (stmt)->stmt, column);
}

/* The connection ------------------------------------------------------------ */

static gboolean
sqlite_exec (RcStoreBackend  *backend,
             const char      *sql,
             GError         **error)
{
  RcSqliteBackend *self = (RcSqliteBackend *) backend;

  if (self->db == NULL)
    {
      set_closed_error (self, error);
      return FALSE;
    }

  if (sqlite3_exec (self->db, sql, NULL, NULL, NULL) != SQLITE_OK)
    {
      rc_sqlite_backend_set_error (self, error);
      return FALSE;
    }

  return TRUE;
}

static gboolean
sqlite_begin (RcStoreBackend  *backend,
              GError         **error)
{
  return sqlite_exec (backend, "BEGIN IMMEDIATE", error);
}

static gboolean
sqlite_in_transaction (RcStoreBackend *backend)
{
  RcSqliteBackend *self = (RcSqliteBackend *) backend;

  return self->db != NULL && sqlite3_get_autocommit (self->db) == 0;
}

static gint64
sqlite_last_insert_id (RcStoreBackend *backend)
{
  RcSqliteBackend *self = (RcSqliteBackend *) backend;

  return self->db != NULL ? sqlite3_last_insert_rowid (self->db) : 0;
}

static gint64
sqlite_changes (RcStoreBackend *backend)
{
  RcSqliteBackend *self = (RcSqliteBackend *) backend;

  return self->db != NULL ? sqlite3_changes (self->db) : 0;
}

/* PRAGMA data_version rather than a file monitor on the -wal: it is one
 * read of the WAL index in shared memory, it moves exactly when another
 * connection commits (never for our own writes, a checkpoint or a reader),
 * and it works where inotify does not (network folders), while a monitor
 * fires for every frame of our own transactions too. */
static gboolean
sqlite_changed_elsewhere (RcStoreBackend *backend)
{
  RcSqliteBackend *self = (RcSqliteBackend *) backend;
  RcStatement *stmt;
  gint64 version;
  gboolean changed;

  stmt = sqlite_prepare (backend, "PRAGMA data_version", NULL);
  if (stmt == NULL)
    return FALSE;
  if (sqlite_step (backend, stmt, NULL) != RC_STEP_ROW)
    {
      sqlite3_reset (SQLITE_STATEMENT (stmt)->stmt);
      return FALSE;
    }
  version = sqlite3_column_int64 (SQLITE_STATEMENT (stmt)->stmt, 0);
  sqlite3_reset (SQLITE_STATEMENT (stmt)->stmt);

  changed = self->data_version >= 0 && version != self->data_version;
  self->data_version = version;

  return changed;
}

static char *
sqlite_describe (RcStoreBackend *backend)
{
  return g_path_get_basename (((RcSqliteBackend *) backend)->path);
}

static char *
sqlite_user_name (RcStoreBackend *backend)
{
  return g_strdup (g_get_user_name ());
}

static void
rc_sqlite_backend_iface_init (RcStoreBackendInterface *iface)
{
  iface->prepare = sqlite_prepare;
  iface->reset = sqlite_reset;
  iface->clear_bindings = sqlite_clear_bindings;
  iface->parameter_count = sqlite_parameter_count;
  iface->bind_null = sqlite_bind_null;
  iface->bind_int = sqlite_bind_int;
  iface->bind_double = sqlite_bind_double;
  iface->bind_text = sqlite_bind_text;
  iface->step = sqlite_step;
  iface->column_is_null = sqlite_column_is_null;
  iface->column_int = sqlite_column_int;
  iface->column_double = sqlite_column_double;
  iface->column_text = sqlite_column_text;
  iface->exec = sqlite_exec;
  iface->begin = sqlite_begin;
  iface->in_transaction = sqlite_in_transaction;
  iface->last_insert_id = sqlite_last_insert_id;
  iface->changes = sqlite_changes;
  iface->changed_elsewhere = sqlite_changed_elsewhere;
  iface->describe = sqlite_describe;
  iface->user_name = sqlite_user_name;
}

/* The file's side ------------------------------------------------------------ */

RcSqliteBackend *
rc_sqlite_backend_open (const char  *path,
                        gboolean     read_only,
                        GError     **error)
{
  g_autoptr(RcSqliteBackend) self = NULL;
  int rc;

  g_return_val_if_fail (path != NULL, NULL);

  self = g_object_new (RC_TYPE_SQLITE_BACKEND, NULL);
  self->path = g_strdup (path);

  rc = sqlite3_open_v2 (path, &self->db, read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE, NULL);
  if (rc != SQLITE_OK)
    {
      if (self->db != NULL)
        rc_sqlite_backend_set_error (self, error);
      else
        g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_OPEN,
                     _("“%s” cannot be opened"), path);
      return NULL;
    }
  sqlite3_extended_result_codes (self->db, 1);
  sqlite3_busy_timeout (self->db, 5000);

  return g_steal_pointer (&self);
}

const char *
rc_sqlite_backend_get_path (RcSqliteBackend *self)
{
  g_return_val_if_fail (RC_IS_SQLITE_BACKEND (self), NULL);

  return self->path;
}

sqlite3 *
rc_sqlite_backend_get_db (RcSqliteBackend *self)
{
  g_return_val_if_fail (RC_IS_SQLITE_BACKEND (self), NULL);

  return self->db;
}

/* Declared in rc-store-sqlite.h, for the store's SQLite files and tests. */
sqlite3 *
rc_store_get_db (RcStore *store)
{
  RcStoreBackend *backend = rc_store_get_backend (store);

  if (backend == NULL || !RC_IS_SQLITE_BACKEND (backend))
    return NULL;

  return RC_SQLITE_BACKEND (backend)->db;
}

gboolean
rc_sqlite_backend_is_open (RcSqliteBackend *self)
{
  g_return_val_if_fail (RC_IS_SQLITE_BACKEND (self), FALSE);

  return self->db != NULL;
}

void
rc_sqlite_backend_forget_statements (RcSqliteBackend *self)
{
  g_return_if_fail (RC_IS_SQLITE_BACKEND (self));

  g_hash_table_remove_all (self->statements);
}

void
rc_sqlite_backend_close (RcSqliteBackend *self)
{
  g_return_if_fail (RC_IS_SQLITE_BACKEND (self));

  if (self->db == NULL)
    return;

  g_hash_table_remove_all (self->statements);
  sqlite3_close_v2 (self->db);
  self->db = NULL;
}

gboolean
rc_sqlite_backend_set_read_only (RcSqliteBackend  *self,
                                 gboolean          read_only,
                                 GError          **error)
{
  g_return_val_if_fail (RC_IS_SQLITE_BACKEND (self), FALSE);

  if (self->db == NULL)
    {
      set_closed_error (self, error);
      return FALSE;
    }

  sqlite3_db_config (self->db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, read_only ? 1 : 0, NULL);

  return sqlite_exec (RC_STORE_BACKEND (self),
                      read_only ? "PRAGMA query_only = ON" : "PRAGMA query_only = OFF", error);
}

static int
interrupt_if_cancelled (void *cancellable)
{
  return g_cancellable_is_cancelled (cancellable);
}

void
rc_sqlite_backend_set_cancellable (RcSqliteBackend *self,
                                   GCancellable    *cancellable,
                                   int              steps)
{
  g_return_if_fail (RC_IS_SQLITE_BACKEND (self));

  if (self->db == NULL)
    return;

  if (cancellable != NULL)
    sqlite3_progress_handler (self->db, steps, interrupt_if_cancelled, cancellable);
  else
    sqlite3_progress_handler (self->db, 0, NULL, NULL);
}

void
rc_sqlite_backend_release_memory (RcSqliteBackend *self)
{
  g_return_if_fail (RC_IS_SQLITE_BACKEND (self));

  if (self->db != NULL)
    sqlite3_db_release_memory (self->db);
}
