/* rc-pg-backend.c: RcStoreBackend on a PostgreSQL server, with libpq
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The store's SQL is SQLite's dialect kept to what PostgreSQL also runs
 * (rc-store-backend.h); app/store/pg/rc-lib.sql gives the server SQLite's
 * date functions. Here ?N becomes $N, and each step of a statement's first
 * row runs it with PQexecParams, its parameters typed by how they were
 * bound: bigint, double precision, or text left for the server to type
 * from where it is used, as SQLite takes text anywhere. The whole result
 * is read at once and stepped through row by row: the store reads every
 * row it asks for anyway. A boolean column reads as 1 or 0, as SQLite's
 * comparisons do.
 *
 * What differs from SQLite, and why it is safe for the store:
 * - A statement that fails inside a transaction aborts it on the server
 *   until ROLLBACK or ROLLBACK TO a savepoint; the store rolls back on
 *   every failure, and its nested levels are savepoints.
 * - last_insert_id is lastval (): the id the last INSERT drew from its
 *   table's identity, in this session.
 * - changed_elsewhere: the schema's triggers send NOTIFY rc_changed when
 *   a transaction commits; notices from this connection's own commits
 *   are not counted.
 */

#define G_LOG_DOMAIN "rc-store"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rc-pg-backend-private.h"
#include "rc-pg-passwords.h"
#include "rc-pg-schema.h"
#include "rc-store.h"

struct _RcPgBackend
{
  GObject      parent_instance;

  PGconn      *conn;
  char        *description;
  char        *user;
  /* SQL text (a literal) -> RcPgStatement */
  GHashTable  *statements;
  gint64       changes;
};

static void rc_pg_backend_iface_init (RcStoreBackendInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (RcPgBackend, rc_pg_backend, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (RC_TYPE_STORE_BACKEND, rc_pg_backend_iface_init))

#define PG_STATEMENT(s) ((RcPgStatement *) (s))

static gboolean pg_in_transaction (RcStoreBackend *backend);


static void
clear_values (RcPgStatement *stmt)
{
  for (int i = 0; i < stmt->n_params; i++)
    {
      g_clear_pointer (&stmt->values[i], g_free);
      stmt->types[i] = 0;
    }
  stmt->failed = 0;
}

static void
clear_result (RcPgStatement *stmt)
{
  g_clear_pointer (&stmt->result, PQclear);
  stmt->row = -1;
}

static void
statement_free (gpointer data)
{
  RcPgStatement *stmt = data;

  clear_values (stmt);
  clear_result (stmt);
  g_free (stmt->values);
  g_free (stmt->types);
  g_free (stmt->learned);
  g_free (stmt->sql);
  g_free (stmt);
}

static void
rc_pg_backend_finalize (GObject *object)
{
  RcPgBackend *self = RC_PG_BACKEND (object);

  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->conn, PQfinish);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->user, g_free);

  G_OBJECT_CLASS (rc_pg_backend_parent_class)->finalize (object);
}

static void
rc_pg_backend_class_init (RcPgBackendClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = rc_pg_backend_finalize;
}

static void
rc_pg_backend_init (RcPgBackend *self)
{
  self->statements = g_hash_table_new_full (NULL, NULL, NULL, statement_free);
}

/* Statements ----------------------------------------------------------------- */

static void
set_closed_error (RcPgBackend  *self,
                  GError      **error)
{
  g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_OPEN,
               _("“%s” has been closed; nothing was saved"), self->description);
}

static RcStatement *
pg_prepare (RcStoreBackend  *backend,
            const char      *sql,
            GError         **error)
{
  RcPgBackend *self = (RcPgBackend *) backend;
  RcPgStatement *stmt;

  if (self->conn == NULL)
    {
      set_closed_error (self, error);
      return NULL;
    }

  stmt = g_hash_table_lookup (self->statements, sql);
  if (stmt != NULL)
    {
      clear_result (stmt);
      clear_values (stmt);
      return &stmt->head;
    }

  stmt = g_new0 (RcPgStatement, 1);
  rc_statement_init (&stmt->head, backend);
  stmt->sql = rc_pg_translate_parameters (sql, &stmt->n_params);
  stmt->values = g_new0 (char *, MAX (stmt->n_params, 1));
  stmt->types = g_new0 (Oid, MAX (stmt->n_params, 1));
  stmt->learned = g_new0 (Oid, MAX (stmt->n_params, 1));
  stmt->row = -1;
  g_hash_table_insert (self->statements, (gpointer) sql, stmt);

  return &stmt->head;
}

static void
pg_reset (RcStoreBackend *backend,
          RcStatement    *stmt)
{
  clear_result (PG_STATEMENT (stmt));
}

static void
pg_clear_bindings (RcStoreBackend *backend,
                   RcStatement    *stmt)
{
  clear_values (PG_STATEMENT (stmt));
}

static int
pg_parameter_count (RcStoreBackend *backend,
                    RcStatement    *stmt)
{
  return PG_STATEMENT (stmt)->n_params;
}

/* Takes @value (owned) for parameter @index; FALSE, and the failure kept
 * for the next step, when there is no such parameter. */
static gboolean
bind (RcPgStatement *stmt,
      int            index,
      char          *value,
      Oid            type)
{
  if (index < 1 || index > stmt->n_params)
    {
      g_free (value);
      if (stmt->failed == 0)
        stmt->failed = index == 0 ? -1 : index;
      return FALSE;
    }

  g_free (stmt->values[index - 1]);
  stmt->values[index - 1] = value;
  stmt->types[index - 1] = type;

  return TRUE;
}

static gboolean
pg_bind_null (RcStoreBackend *backend,
              RcStatement    *stmt,
              int             index)
{
  return bind (PG_STATEMENT (stmt), index, NULL, 0);
}

static gboolean
pg_bind_int (RcStoreBackend *backend,
             RcStatement    *stmt,
             int             index,
             gint64          value)
{
  return bind (PG_STATEMENT (stmt), index, g_strdup_printf ("%" G_GINT64_FORMAT, value), INT8_OID);
}

static gboolean
pg_bind_double (RcStoreBackend *backend,
                RcStatement    *stmt,
                int             index,
                double          value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  return bind (PG_STATEMENT (stmt), index, g_strdup (g_ascii_dtostr (buffer, sizeof buffer, value)),
               FLOAT8_OID);
}

static gboolean
pg_bind_text (RcStoreBackend *backend,
              RcStatement    *stmt,
              int             index,
              const char     *text,
              gboolean        copy)
{
  /* Always copied: a value is sent as text anyway. */
  return bind (PG_STATEMENT (stmt), index, g_strdup (text), 0);
}

static gboolean
is_change (const PGresult *result)
{
  const char *status = PQcmdStatus ((PGresult *) result);

  return g_str_has_prefix (status, "INSERT") || g_str_has_prefix (status, "UPDATE")
         || g_str_has_prefix (status, "DELETE");
}

static RcStepResult
pg_step (RcStoreBackend  *backend,
         RcStatement     *head,
         GError         **error)
{
  RcPgBackend *self = (RcPgBackend *) backend;
  RcPgStatement *stmt = PG_STATEMENT (head);
  ExecStatusType status;

  if (stmt->result != NULL)
    {
      stmt->row++;
      return stmt->row < PQntuples (stmt->result) ? RC_STEP_ROW : RC_STEP_DONE;
    }

  if (self->conn == NULL)
    {
      set_closed_error (self, error);
      return RC_STEP_ERROR;
    }

  if (G_UNLIKELY (stmt->failed != 0))
    {
      /* As SQLite says it (SQLITE_RANGE). */
      g_autofree char *message = g_strdup_printf ("column index out of range (parameter %d)", stmt->failed);

      g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_FAILED,
                   _("The database “%s” reported an error: %s"), self->description, message);
      stmt->failed = 0;
      return RC_STEP_ERROR;
    }

  if (!stmt->has_learned)
    rc_pg_statement_learn_types (self->conn, stmt);
  if (stmt->has_learned)
    for (int i = 0; i < stmt->n_params; i++)
      if (stmt->types[i] == 0)
        stmt->types[i] = stmt->learned[i];

  stmt->result = PQexecParams (self->conn, stmt->sql, stmt->n_params, stmt->types,
                               (const char * const *) stmt->values, NULL, NULL, 0);
  status = PQresultStatus (stmt->result);
  if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
    {
      if (is_change (stmt->result))
        self->changes = g_ascii_strtoll (PQcmdTuples (stmt->result), NULL, 10);
      stmt->row = 0;
      return PQntuples (stmt->result) > 0 ? RC_STEP_ROW : RC_STEP_DONE;
    }

  rc_pg_set_error (error, self->conn, stmt->result, self->description);
  clear_result (stmt);

  return RC_STEP_ERROR;
}

static gboolean
pg_column_is_null (RcStoreBackend *backend,
                   RcStatement    *stmt,
                   int             column)
{
  RcPgStatement *pg = PG_STATEMENT (stmt);

  return pg->result == NULL || column >= PQnfields (pg->result) || pg->row >= PQntuples (pg->result)
         || PQgetisnull (pg->result, pg->row, column);
}

static const char *
pg_column_text (RcStoreBackend *backend,
                RcStatement    *stmt,
                int             column)
{
  RcPgStatement *pg = PG_STATEMENT (stmt);
  const char *value;

  if (pg_column_is_null (backend, stmt, column))
    return NULL;

  value = PQgetvalue (pg->result, pg->row, column);
  /* A comparison is 1 or 0 in SQLite. */
  if (PQftype (pg->result, column) == BOOL_OID)
    return value[0] == 't' ? "1" : "0";

  return value;
}

static gint64
pg_column_int (RcStoreBackend *backend,
               RcStatement    *stmt,
               int             column)
{
  const char *value = pg_column_text (backend, stmt, column);

  if (value == NULL)
    return 0;

  /* A numeric (the sum of bigints) or a double reads as SQLite would. */
  if (strpbrk (value, ".eE") != NULL)
    return (gint64) g_ascii_strtod (value, NULL);

  return g_ascii_strtoll (value, NULL, 10);
}

static double
pg_column_double (RcStoreBackend *backend,
                  RcStatement    *stmt,
                  int             column)
{
  const char *value = pg_column_text (backend, stmt, column);

  return value != NULL ? g_ascii_strtod (value, NULL) : 0.0;
}

/* The connection --------------------------------------------------------------- */

static gboolean
pg_exec (RcStoreBackend  *backend,
         const char      *sql,
         GError         **error)
{
  RcPgBackend *self = (RcPgBackend *) backend;
  PGresult *result;
  gboolean ok;

  if (self->conn == NULL)
    {
      set_closed_error (self, error);
      return FALSE;
    }

  result = PQexec (self->conn, sql);
  ok = PQresultStatus (result) == PGRES_COMMAND_OK || PQresultStatus (result) == PGRES_TUPLES_OK;
  if (!ok)
    rc_pg_set_error (error, self->conn, result, self->description);
  PQclear (result);

  return ok;
}

static gboolean
pg_begin (RcStoreBackend  *backend,
          GError         **error)
{
  return pg_exec (backend, "BEGIN", error);
}

static gboolean
pg_in_transaction (RcStoreBackend *backend)
{
  RcPgBackend *self = (RcPgBackend *) backend;
  PGTransactionStatusType status;

  if (self->conn == NULL)
    return FALSE;
  status = PQtransactionStatus (self->conn);

  return status == PQTRANS_INTRANS || status == PQTRANS_INERROR || status == PQTRANS_ACTIVE;
}

static gint64
pg_last_insert_id (RcStoreBackend *backend)
{
  RcPgBackend *self = (RcPgBackend *) backend;
  PGresult *result;
  gint64 id = 0;

  if (self->conn == NULL)
    return 0;

  /* Inside a savepoint, so that a session with no INSERT yet (lastval ()
   * is then an error) does not abort the transaction. */
  if (pg_in_transaction (backend))
    PQclear (PQexec (self->conn, "SAVEPOINT rc_lastval"));
  result = PQexec (self->conn, "SELECT lastval ()");
  if (PQresultStatus (result) == PGRES_TUPLES_OK && PQntuples (result) == 1)
    id = g_ascii_strtoll (PQgetvalue (result, 0, 0), NULL, 10);
  PQclear (result);
  if (pg_in_transaction (backend))
    PQclear (PQexec (self->conn, id != 0 ? "RELEASE rc_lastval"
                                         : "ROLLBACK TO rc_lastval; RELEASE rc_lastval"));

  return id;
}

static gint64
pg_changes (RcStoreBackend *backend)
{
  return ((RcPgBackend *) backend)->changes;
}

static gboolean
pg_changed_elsewhere (RcStoreBackend *backend)
{
  RcPgBackend *self = (RcPgBackend *) backend;
  PGnotify *notify;
  gboolean changed = FALSE;
  int own_pid;

  if (self->conn == NULL || !PQconsumeInput (self->conn))
    return FALSE;

  own_pid = PQbackendPID (self->conn);
  while ((notify = PQnotifies (self->conn)) != NULL)
    {
      if (notify->be_pid != own_pid)
        changed = TRUE;
      PQfreemem (notify);
    }

  return changed;
}

static char *
pg_describe (RcStoreBackend *backend)
{
  return g_strdup (((RcPgBackend *) backend)->description);
}

static char *
pg_user_name (RcStoreBackend *backend)
{
  return g_strdup (((RcPgBackend *) backend)->user);
}

static void
rc_pg_backend_iface_init (RcStoreBackendInterface *iface)
{
  iface->prepare = pg_prepare;
  iface->reset = pg_reset;
  iface->clear_bindings = pg_clear_bindings;
  iface->parameter_count = pg_parameter_count;
  iface->bind_null = pg_bind_null;
  iface->bind_int = pg_bind_int;
  iface->bind_double = pg_bind_double;
  iface->bind_text = pg_bind_text;
  iface->step = pg_step;
  iface->column_is_null = pg_column_is_null;
  iface->column_int = pg_column_int;
  iface->column_double = pg_column_double;
  iface->column_text = pg_column_text;
  iface->exec = pg_exec;
  iface->begin = pg_begin;
  iface->in_transaction = pg_in_transaction;
  iface->last_insert_id = pg_last_insert_id;
  iface->changes = pg_changes;
  iface->changed_elsewhere = pg_changed_elsewhere;
  iface->describe = pg_describe;
  iface->user_name = pg_user_name;
}

/* Opening ------------------------------------------------------------------------- */

static void
ignore_notice (void       *data,
               const char *message)
{
}

/* The first cell of @sql's result, or NULL with @error set. */
static char *
query_value (RcPgBackend  *self,
             const char   *sql,
             GError      **error)
{
  PGresult *result = PQexec (self->conn, sql);
  char *value = NULL;

  if (PQresultStatus (result) == PGRES_TUPLES_OK && PQntuples (result) == 1)
    value = g_strdup (PQgetvalue (result, 0, 0));
  else
    rc_pg_set_error (error, self->conn, result, self->description);
  PQclear (result);

  return value;
}

RcPgBackend *
rc_pg_backend_open (const char  *uri,
                    GError     **error)
{
  g_autoptr(RcPgBackend) self = NULL;
  g_autofree char *tables = NULL;
  const char *host;
  int version = 0;

  g_return_val_if_fail (uri != NULL, NULL);

  self = g_object_new (RC_TYPE_PG_BACKEND, NULL);
  /* A password typed in the window goes to libpq beside the URI, never
   * in it (rc-pg-passwords.h). */
  {
    g_autofree char *password = rc_pg_password_lookup (uri);
    const char * const keywords[] = { "dbname", "password", NULL };
    const char * const values[] = { uri, password, NULL };

    self->conn = password != NULL ? PQconnectdbParams (keywords, values, TRUE) : PQconnectdb (uri);
  }
  host = PQhost (self->conn);
  /* Translators: a database's name and the server it is on */
  self->description = g_strdup_printf (_("%s on %s"),
                                       PQdb (self->conn) != NULL ? PQdb (self->conn) : uri,
                                       host != NULL && *host != '\0' ? host : "localhost");
  if (PQstatus (self->conn) != CONNECTION_OK)
    {
      g_autofree char *reason = g_strchomp (g_strdup (PQerrorMessage (self->conn)));

      g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_OPEN,
                   _("“%s” cannot be opened (%s)"), self->description, reason);
      return NULL;
    }
  PQsetNoticeProcessor (self->conn, ignore_notice, NULL);

  if (!rc_pg_schema_get_version (self->conn, &version, error))
    return NULL;
  if ((version == 0 || version > rc_pg_schema_get_latest_version ())
      && !rc_pg_schema_install (self->conn, error))
    return NULL;

  /* A coordinator uses the tables, a partner the views of the same names,
   * whatever the login's own settings say. */
  tables = query_value (self,
                        "SELECT CASE WHEN has_schema_privilege ('rc_data', 'USAGE') "
                        "  THEN 'SET search_path = rc_data, rc_lib' "
                        "  ELSE 'SET search_path = rc_partner_view, rc_lib' END",
                        error);
  if (tables == NULL
      || !pg_exec (RC_STORE_BACKEND (self), tables, error)
      || !pg_exec (RC_STORE_BACKEND (self), "LISTEN rc_changed", error)
      || (self->user = query_value (self, "SELECT current_user", error)) == NULL)
    return NULL;

  return g_steal_pointer (&self);
}

PGconn *
rc_pg_backend_get_connection (RcPgBackend *self)
{
  g_return_val_if_fail (RC_IS_PG_BACKEND (self), NULL);

  return self->conn;
}
