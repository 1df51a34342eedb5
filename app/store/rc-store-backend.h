/* rc-store-backend.h: what RcStore asks of the database it sits on
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * RcStore keeps what every backend shares: the domain rules, audit lines,
 * transactions (nested as savepoints) and the "changed" signal. Below it
 * sits one RcStoreBackend: RcSqliteBackend (a file, the default) or
 * RcPgBackend (a PostgreSQL server, libpq). Views, export and charts never
 * see either.
 *
 * The SQL the store's files write is one dialect both backends run: SQLite's,
 * kept to what PostgreSQL also accepts (docs/shared-database.md lists the
 * rules), with ?N parameters, which RcPgBackend turns into $N. Statements
 * are prepared once per backend and reused: @sql is a string literal and
 * its address is the cache key.
 *
 * An RcStatement is owned by its backend. Column text is valid until the
 * statement's next step or reset. Values stay bound across a reset, as
 * the bulk insert needs (the same cohort for every trainee), until bound
 * again or cleared.
 *
 * A failed bind is kept by the backend with its statement, and the next
 * step reports it and runs nothing (rc-store-binds.c says why); preparing
 * the statement again or clearing its bindings forgets it.
 *
 * Errors are RC_STORE_ERROR: a refused value is RC_STORE_ERROR_CONSTRAINT
 * with the words of its constraint key (rc_constraint_message()), a write
 * the database refuses because it only reads is RC_STORE_ERROR_READ_ONLY
 * (the store may say more about why), and so on, so that the user reads
 * the same whichever backend failed.
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct _RcStatement RcStatement;

typedef enum
{
  RC_STEP_ERROR = -1,  /* *error is set */
  RC_STEP_DONE  = 0,
  RC_STEP_ROW   = 1,
} RcStepResult;

#define RC_TYPE_STORE_BACKEND (rc_store_backend_get_type ())
G_DECLARE_INTERFACE (RcStoreBackend, rc_store_backend, RC, STORE_BACKEND, GObject)

struct _RcStoreBackendInterface
{
  GTypeInterface parent_iface;

  /* Statements. A cached one comes back reset, with nothing bound and no
   * failure kept. */
  RcStatement  *(*prepare)         (RcStoreBackend  *self,
                                    const char      *sql,
                                    GError         **error);
  /* Back to before its first step; the values bound stay. */
  void          (*reset)           (RcStoreBackend  *self,
                                    RcStatement     *stmt);
  /* Every parameter NULL again, and a kept bind failure forgotten. */
  void          (*clear_bindings)  (RcStoreBackend  *self,
                                    RcStatement     *stmt);
  int           (*parameter_count) (RcStoreBackend  *self,
                                    RcStatement     *stmt);
  /* FALSE when the value could not be bound; the backend keeps the
   * failure for the next step. */
  gboolean      (*bind_null)       (RcStoreBackend  *self,
                                    RcStatement     *stmt,
                                    int              index);
  gboolean      (*bind_int)        (RcStoreBackend  *self,
                                    RcStatement     *stmt,
                                    int              index,
                                    gint64           value);
  gboolean      (*bind_double)     (RcStoreBackend  *self,
                                    RcStatement     *stmt,
                                    int              index,
                                    double           value);
  /* With @copy FALSE the caller promises that @text outlives every step
   * until the parameter is bound again or the bindings are cleared, and
   * the backend may keep the pointer. */
  gboolean      (*bind_text)       (RcStoreBackend  *self,
                                    RcStatement     *stmt,
                                    int              index,
                                    const char      *text,
                                    gboolean         copy);
  RcStepResult  (*step)            (RcStoreBackend  *self,
                                    RcStatement     *stmt,
                                    GError         **error);
  gboolean      (*column_is_null)  (RcStoreBackend  *self,
                                    RcStatement     *stmt,
                                    int              column);
  gint64        (*column_int)      (RcStoreBackend  *self,
                                    RcStatement     *stmt,
                                    int              column);
  double        (*column_double)   (RcStoreBackend  *self,
                                    RcStatement     *stmt,
                                    int              column);
  const char   *(*column_text)     (RcStoreBackend  *self,
                                    RcStatement     *stmt,
                                    int              column);

  /* SQL with no parameters, perhaps several statements (SAVEPOINT, a
   * migration). */
  gboolean      (*exec)            (RcStoreBackend  *self,
                                    const char      *sql,
                                    GError         **error);
  /* Begins the outermost transaction, taking the write lock at once where
   * the database has one (SQLite: BEGIN IMMEDIATE), so that another
   * program cannot slip in between a read and a write. Inner levels,
   * commit and rollback are SAVEPOINT, RELEASE, ROLLBACK TO, COMMIT and
   * ROLLBACK through exec(), which both backends run. */
  gboolean      (*begin)           (RcStoreBackend  *self,
                                    GError         **error);
  /* Whether a transaction is open: a failure may have ended it (SQLite
   * rolls back the whole transaction on a full disk), and then there is
   * nothing left to roll back. */
  gboolean      (*in_transaction)  (RcStoreBackend  *self);
  /* The id of the row the last INSERT made, and how many rows the last
   * INSERT, UPDATE or DELETE touched. */
  gint64        (*last_insert_id)  (RcStoreBackend  *self);
  gint64        (*changes)         (RcStoreBackend  *self);

  /* Whether another connection (another program, another window, another
   * desktop) committed since this was last asked; the store's watch asks
   * about once a second and reloads what is shown. */
  gboolean      (*changed_elsewhere) (RcStoreBackend *self);

  /* What a person calls this database: "demo.db", "consortium on
   * db.example.org". */
  char         *(*describe)        (RcStoreBackend  *self);
  /* Who writes, for the audit lines: the database role, or the user. */
  char         *(*user_name)       (RcStoreBackend  *self);
};

/* Every backend's statements start with this, so that reading a column
 * costs one indirect call and no interface lookup. */
struct _RcStatement
{
  RcStoreBackend           *backend;  /* unowned */
  RcStoreBackendInterface  *iface;
};

/* Fills the head of a new statement of @backend. */
void          rc_statement_init                (RcStatement     *stmt,
                                                RcStoreBackend  *backend);

RcStatement  *rc_store_backend_prepare         (RcStoreBackend  *self,
                                                const char      *sql,
                                                GError         **error);
gboolean      rc_store_backend_exec            (RcStoreBackend  *self,
                                                const char      *sql,
                                                GError         **error);
gboolean      rc_store_backend_begin           (RcStoreBackend  *self,
                                                GError         **error);
gboolean      rc_store_backend_in_transaction  (RcStoreBackend  *self);
gint64        rc_store_backend_last_insert_id  (RcStoreBackend  *self);
gint64        rc_store_backend_changes         (RcStoreBackend  *self);
gboolean      rc_store_backend_changed_elsewhere (RcStoreBackend *self);
char         *rc_store_backend_describe        (RcStoreBackend  *self);
char         *rc_store_backend_user_name       (RcStoreBackend  *self);

void          rc_statement_reset               (RcStatement     *stmt);
void          rc_statement_clear_bindings      (RcStatement     *stmt);
int           rc_statement_parameter_count     (RcStatement     *stmt);
gboolean      rc_statement_bind_null           (RcStatement     *stmt,
                                                int              index);
gboolean      rc_statement_bind_int            (RcStatement     *stmt,
                                                int              index,
                                                gint64           value);
gboolean      rc_statement_bind_double         (RcStatement     *stmt,
                                                int              index,
                                                double           value);
gboolean      rc_statement_bind_text           (RcStatement     *stmt,
                                                int              index,
                                                const char      *text,
                                                gboolean         copy);
RcStepResult  rc_statement_step                (RcStatement     *stmt,
                                                GError         **error);
gboolean      rc_statement_column_is_null      (RcStatement     *stmt,
                                                int              column);
gint64        rc_statement_column_int          (RcStatement     *stmt,
                                                int              column);
double        rc_statement_column_double       (RcStatement     *stmt,
                                                int              column);
const char   *rc_statement_column_text         (RcStatement     *stmt,
                                                int              column);

G_END_DECLS
