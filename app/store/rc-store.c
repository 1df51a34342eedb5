/* rc-store.c: opening, migrating, backing up and restoring the database
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "rc-store-private.h"
#include "rc-reference-data.h"

typedef enum
{
  CHECK_PENDING,  /* not checked yet: read only */
  CHECK_PASSED,   /* writable */
  CHECK_FAILED,   /* damaged: read only for good */
} CheckState;

struct _RcStore
{
  GObject      parent_instance;

  sqlite3     *db;
  char        *path;
  int          version;

  /* SQL text (a literal) -> sqlite3_stmt, prepared once */
  GHashTable  *statements;
  guint        depth;
  GHashTable  *touched;

  CheckState   check;
  char        *damage_details;

  /* PRAGMA data_version at open, and as last seen by the watch: it moves
   * only when another connection commits. */
  gint64       data_version_at_open;
  gint64       data_version;
  gboolean     changed_elsewhere;
  guint        watchers;
  guint        watch_source;
};

G_DEFINE_FINAL_TYPE (RcStore, rc_store, G_TYPE_OBJECT)

G_DEFINE_QUARK (rc-store-error-quark, rc_store_error)

enum { CHANGED, N_SIGNALS };
static guint signals [N_SIGNALS];

enum { PROP_0, PROP_WRITABLE, PROP_DAMAGED, N_PROPS };
static GParamSpec *properties [N_PROPS];

static const char *all_tables[] = {
  "region", "council", "consortium", "consortium_member", "programme", "cohort",
  "cohort_place", "trainee", "trainee_event", "workforce_return", "bid",
  "bid_status_event", "bid_line", "audit_log",
};

/* Migration N (1-based) is the resource sql/000N-*.sql; append, never edit. */
static const char *migrations[] = {
  RESOURCE_PATH "/sql/0001-initial.sql",
  RESOURCE_PATH "/sql/0002-published-rates.sql",
  RESOURCE_PATH "/sql/0003-returners.sql",
};

int
rc_store_get_latest_version (void)
{
  return G_N_ELEMENTS (migrations);
}

static gboolean query_int64 (RcStore     *self,
                             const char  *sql,
                             gint64      *value,
                             GError     **error);

/* Our own writes change the file's mtime. So that they do not cost a
 * full check at the next start, a store that passed the check and saw no
 * other program commit (PRAGMA data_version moves only for those) records
 * the file as it leaves it: our own commits are trusted, others' are
 * checked again. */
void
rc_store_close (RcStore *self)
{
  gint64 version = 0;
  gboolean remember;
  RcStoreIdentity identity;

  g_return_if_fail (RC_IS_STORE (self));

  g_clear_handle_id (&self->watch_source, g_source_remove);
  if (self->db == NULL)
    return;

  remember = self->check == CHECK_PASSED
             && !self->changed_elsewhere
             && self->depth == 0
             && query_int64 (self, "PRAGMA data_version", &version, NULL)
             && version == self->data_version_at_open;

  g_debug ("Closing “%s”: %s", self->path,
           remember ? "remembered as checked" : "to be checked at the next open");
  g_hash_table_remove_all (self->statements);
  sqlite3_close_v2 (self->db);
  self->db = NULL;

  if (remember && rc_store_identity_read (self->path, &identity))
    rc_store_check_remember (self->path, &identity);
}

static void
rc_store_finalize (GObject *object)
{
  RcStore *self = RC_STORE (object);

  rc_store_close (self);
  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->touched, g_hash_table_unref);
  g_clear_pointer (&self->damage_details, g_free);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (rc_store_parent_class)->finalize (object);
}

static void
rc_store_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  RcStore *self = RC_STORE (object);

  switch (prop_id)
    {
    case PROP_WRITABLE:
      g_value_set_boolean (value, rc_store_get_writable (self));
      break;

    case PROP_DAMAGED:
      g_value_set_boolean (value, rc_store_get_damaged (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
finalize_statement (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

static void
rc_store_class_init (RcStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rc_store_finalize;
  object_class->get_property = rc_store_get_property;

  /**
   * RcStore:writable:
   *
   * Whether the file has passed the check for damage, so that changes
   * are saved; until then every write is refused.
   */
  properties [PROP_WRITABLE] =
    g_param_spec_boolean ("writable", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  /**
   * RcStore:damaged:
   *
   * Whether the check found damage: the file is only read, never written.
   */
  properties [PROP_DAMAGED] =
    g_param_spec_boolean ("damaged", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * RcStore::changed:
   * @entity: the table that changed, e.g. "trainee"
   *
   * Emitted after a commit for each table it changed; the detail is the
   * table name, so a view can connect to "changed::trainee".
   */
  signals [CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
rc_store_init (RcStore *self)
{
  self->statements = g_hash_table_new_full (NULL, NULL, NULL, finalize_statement);
  self->touched = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

const char *
rc_store_get_path (RcStore *self)
{
  g_return_val_if_fail (RC_IS_STORE (self), NULL);

  return self->path;
}

int
rc_store_get_version (RcStore *self)
{
  g_return_val_if_fail (RC_IS_STORE (self), 0);

  return self->version;
}

sqlite3 *
rc_store_get_db (RcStore *self)
{
  return self->db;
}

gboolean
rc_store_get_writable (RcStore *self)
{
  g_return_val_if_fail (RC_IS_STORE (self), FALSE);

  return self->check == CHECK_PASSED && self->db != NULL;
}

gboolean
rc_store_get_damaged (RcStore *self)
{
  g_return_val_if_fail (RC_IS_STORE (self), FALSE);

  return self->check == CHECK_FAILED;
}

const char *
rc_store_get_damage_details (RcStore *self)
{
  g_return_val_if_fail (RC_IS_STORE (self), NULL);

  return self->damage_details;
}

/* Errors ---------------------------------------------------------------- */

static const struct {
  const char *columns;
  const char *message;
} unique_messages[] = {
  { "council.gss_code", N_("Another council already has this code") },
  { "region.gss_code", N_("Another region already has this code") },
  { "consortium.name", N_("Another consortium already has this name") },
  { "programme.code", N_("Another programme already has this code") },
  { "programme.name", N_("Another programme already has this name") },
  { "cohort.consortium_id, cohort.name", N_("This consortium already has a cohort with this name") },
  { "cohort_place.cohort_id, cohort_place.council_id", N_("This council already has places in this cohort") },
  { "trainee.cohort_id, trainee.reference", N_("Another trainee in this cohort already has this reference") },
  { "workforce_return.council_id, workforce_return.year", N_("This council already has a return for this year") },
  { "workforce_return.region_id, workforce_return.year", N_("This region already has figures for this year") },
  { "workforce_return.year", N_("There are already national figures for this year") },
};

static void
set_error_from_code (GError     **error,
                     int          code,
                     const char  *message,
                     const char  *path)
{
  const char *prefix;

  switch (code & 0xff)
    {
    case SQLITE_CONSTRAINT:
      if (code == SQLITE_CONSTRAINT_CHECK && g_str_has_prefix (message, (prefix = "CHECK constraint failed: ")))
        {
          g_set_error_literal (error, RC_STORE_ERROR, RC_STORE_ERROR_CONSTRAINT,
                               _(message + strlen (prefix)));
          return;
        }
      if (code == SQLITE_CONSTRAINT_UNIQUE && g_str_has_prefix (message, (prefix = "UNIQUE constraint failed: ")))
        {
          for (guint i = 0; i < G_N_ELEMENTS (unique_messages); i++)
            if (g_str_equal (message + strlen (prefix), unique_messages[i].columns))
              {
                g_set_error_literal (error, RC_STORE_ERROR, RC_STORE_ERROR_CONSTRAINT,
                                     _(unique_messages[i].message));
                return;
              }
        }
      if (code == SQLITE_CONSTRAINT_FOREIGNKEY)
        {
          g_set_error_literal (error, RC_STORE_ERROR, RC_STORE_ERROR_CONSTRAINT,
                               _("This is still used by other records, or refers to one that does not exist"));
          return;
        }
      if (code == SQLITE_CONSTRAINT_NOTNULL && g_str_has_prefix (message, (prefix = "NOT NULL constraint failed: ")))
        {
          g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_CONSTRAINT,
                       _("A required value is missing (%s)"), message + strlen (prefix));
          return;
        }
      g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_CONSTRAINT,
                   _("The value was refused: %s"), message);
      return;

    case SQLITE_FULL:
      g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_FULL,
                   _("The disk holding “%s” is full; the change was not saved"), path);
      return;

    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_BUSY,
                   _("“%s” is busy in another program; try again in a moment"), path);
      return;

    case SQLITE_READONLY:
      g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_READ_ONLY,
                   _("“%s” cannot be written to; the change was not saved"), path);
      return;

    case SQLITE_NOTADB:
      g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_NOT_DATABASE,
                   _("“%s” is not a Return Coordinator database"), path);
      return;

    case SQLITE_CORRUPT:
      g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_CORRUPT,
                   _("“%s” is damaged (%s)"), path, message);
      return;

    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_AUTH:
      g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_OPEN,
                   _("“%s” cannot be opened (%s)"), path, message);
      return;

    default:
      g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_FAILED,
                   _("The database “%s” reported an error: %s"), path, message);
      return;
    }
}

gboolean
rc_store_refuse_write (RcStore  *self,
                       GError  **error)
{
  if (self->db == NULL)
    {
      g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_OPEN,
                   _("“%s” has been closed; nothing was saved"), self->path);
      return TRUE;
    }

  switch (self->check)
    {
    case CHECK_PASSED:
      return FALSE;

    case CHECK_PENDING:
      g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_CHECKING,
                   _("“%s” is still being checked for damage, so nothing was saved yet; "
                     "try again when the check is done"), self->path);
      return TRUE;

    case CHECK_FAILED:
    default:
      rc_store_set_damaged_error (self->path, error);
      return TRUE;
    }
}

void
rc_store_set_error (RcStore  *self,
                    GError  **error)
{
  /* PRAGMA query_only stands behind rc_store_refuse_write(): should a write slip
   * past the gate, SQLite refuses it, and the reason is ours. */
  if (self->db == NULL
      || (self->check != CHECK_PASSED && (sqlite3_extended_errcode (self->db) & 0xff) == SQLITE_READONLY))
    {
      rc_store_refuse_write (self, error);
      return;
    }

  set_error_from_code (error,
                       sqlite3_extended_errcode (self->db),
                       sqlite3_errmsg (self->db),
                       self->path);
}

/* Statements ------------------------------------------------------------ */

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
      return stmt;
    }

  if (sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL) != SQLITE_OK)
    {
      rc_store_set_error (self, error);
      return NULL;
    }

  g_hash_table_insert (self->statements, (gpointer) sql, stmt);

  return stmt;
}

gboolean
rc_store_step_done (RcStore       *self,
                    sqlite3_stmt  *stmt,
                    GError       **error)
{
  int rc;

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
rc_store_step_row (RcStore       *self,
                   sqlite3_stmt  *stmt,
                   GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_ROW)
    return TRUE;
  if (rc != SQLITE_DONE)
    rc_store_set_error (self, error);
  sqlite3_reset (stmt);

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

/* Transactions ---------------------------------------------------------- */

static gboolean
exec (RcStore     *self,
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
rc_store_begin (RcStore  *self,
                GError  **error)
{
  g_return_val_if_fail (RC_IS_STORE (self), FALSE);

  if (rc_store_refuse_write (self, error))
    return FALSE;

  /* The outermost level takes the write lock at once, so that a second
   * program cannot slip in between our read and our write. */
  if (!exec (self, self->depth == 0 ? "BEGIN IMMEDIATE" : "SAVEPOINT rc_nested", error))
    return FALSE;

  self->depth++;

  return TRUE;
}

static void
emit_changed (RcStore *self)
{
  g_autoptr(GList) keys = g_hash_table_get_keys (self->touched);
  g_autoptr(GPtrArray) entities = g_ptr_array_new_with_free_func (g_free);

  /* Copied first: a handler may start the next transaction. */
  for (GList *l = keys; l != NULL; l = l->next)
    g_ptr_array_add (entities, g_strdup (l->data));
  g_hash_table_remove_all (self->touched);

  for (guint i = 0; i < entities->len; i++)
    {
      const char *entity = g_ptr_array_index (entities, i);

      g_signal_emit (self, signals [CHANGED], g_quark_from_string (entity), entity);
    }
}

gboolean
rc_store_commit (RcStore  *self,
                 GError  **error)
{
  g_return_val_if_fail (RC_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->depth > 0, FALSE);

  if (self->depth > 1)
    {
      if (!exec (self, "RELEASE rc_nested", error))
        return FALSE;
      self->depth--;
      return TRUE;
    }

  if (!exec (self, "COMMIT", error))
    {
      rc_store_rollback (self);
      return FALSE;
    }
  self->depth--;
  emit_changed (self);

  return TRUE;
}

void
rc_store_rollback (RcStore *self)
{
  g_return_if_fail (RC_IS_STORE (self));

  /* A failed outermost commit has already rolled back: a caller's own
   * rollback after it has nothing left to undo. */
  if (self->depth == 0)
    return;

  if (self->depth > 1)
    {
      exec (self, "ROLLBACK TO rc_nested", NULL);
      exec (self, "RELEASE rc_nested", NULL);
    }
  else
    {
      if (sqlite3_get_autocommit (self->db) == 0)
        exec (self, "ROLLBACK", NULL);
      g_hash_table_remove_all (self->touched);
    }

  self->depth--;
}

void
rc_store_touch (RcStore    *self,
                const char *entity)
{
  g_hash_table_add (self->touched, g_strdup (entity));
}

void
rc_store_touch_all (RcStore *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (all_tables); i++)
    rc_store_touch (self, all_tables[i]);
}

gboolean
rc_store_audit (RcStore     *self,
                const char  *entity,
                gint64       entity_id,
                const char  *action,
                const char  *summary,
                GError     **error)
{
  sqlite3_stmt *stmt;

  stmt = rc_store_prepare (self,
                           "INSERT INTO audit_log (entity, entity_id, action, summary) "
                           "VALUES (?1, ?2, ?3, ?4)",
                           error);
  if (stmt == NULL)
    return FALSE;

  rc_bind_text (stmt, 1, entity);
  rc_bind_id (stmt, 2, entity_id);
  rc_bind_text (stmt, 3, action);
  rc_bind_text (stmt, 4, summary);
  if (!rc_store_step_done (self, stmt, error))
    return FALSE;

  rc_store_touch (self, entity);
  rc_store_touch (self, "audit_log");

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
  g_autoptr(GError) local_error = NULL;
  gpointer item;

  if (stmt == NULL)
    return NULL;

  if (!rc_store_step_row (self, stmt, &local_error))
    {
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else if (what != NULL)
        g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_NOT_FOUND,
                     _("The %s no longer exists"), what);
      return NULL;
    }

  item = read (stmt);
  sqlite3_reset (stmt);

  return item;
}

gboolean
rc_store_finish_write (RcStore       *self,
                       sqlite3_stmt  *stmt,
                       const char    *entity,
                       gint64        *id,
                       const char    *summary,
                       GError       **error)
{
  gboolean inserting = *id == 0;
  gint64 new_id = *id;

  if (!rc_store_begin (self, error))
    return FALSE;

  if (!rc_store_step_done (self, stmt, error))
    goto failed;

  if (inserting)
    new_id = rc_store_last_insert_id (self);
  else if (rc_store_changes (self) == 0)
    {
      g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_NOT_FOUND,
                   _("It was deleted in the meantime; nothing was saved"));
      goto failed;
    }

  if (!rc_store_audit (self, entity, new_id, inserting ? "create" : "update", summary, error)
      || !rc_store_commit (self, error))
    goto failed;

  *id = new_id;

  return TRUE;

failed:
  rc_store_rollback (self);
  return FALSE;
}

gboolean
rc_store_delete_row (RcStore       *self,
                     sqlite3_stmt  *stmt,
                     const char    *entity,
                     gint64         id,
                     const char    *summary,
                     GError       **error)
{
  if (stmt == NULL)
    return FALSE;

  if (!rc_store_begin (self, error))
    return FALSE;

  rc_bind_int (stmt, 1, id);
  if (!rc_store_step_done (self, stmt, error))
    goto failed;

  if (rc_store_changes (self) == 0)
    {
      g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_NOT_FOUND,
                   _("It was already deleted"));
      goto failed;
    }

  if (!rc_store_audit (self, entity, id, "delete", summary, error)
      || !rc_store_commit (self, error))
    goto failed;

  return TRUE;

failed:
  rc_store_rollback (self);
  return FALSE;
}

static gpointer
read_audit_entry (sqlite3_stmt *stmt)
{
  RcAuditEntry *entry = rc_audit_entry_new ();

  entry->id = rc_column_int (stmt, 0);
  entry->at = rc_column_text (stmt, 1);
  entry->entity = rc_column_text (stmt, 2);
  entry->entity_id = rc_column_int (stmt, 3);
  entry->action = rc_column_text (stmt, 4);
  entry->summary = rc_column_text (stmt, 5);

  return entry;
}

GListModel *
rc_store_list_audit (RcStore     *self,
                     const char  *entity,
                     gint64       entity_id,
                     GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (RC_IS_STORE (self), NULL);

  /* SQLite gives a new row the id of a deleted one when that was the
   * largest, so one entity's lines start at its latest "create": a new
   * trainee is never shown a deleted one's history. */
  stmt = rc_store_prepare (self,
                           "SELECT id, at, entity, entity_id, action, summary FROM audit_log "
                           "WHERE (?1 IS NULL OR entity = ?1) AND (?2 IS NULL OR entity_id = ?2) "
                           "  AND (?1 IS NULL OR ?2 IS NULL OR id >= coalesce("
                           "    (SELECT max(id) FROM audit_log "
                           "     WHERE entity = ?1 AND entity_id = ?2 AND action = 'create'), 0)) "
                           "ORDER BY id",
                           error);
  if (stmt == NULL)
    return NULL;

  rc_bind_text (stmt, 1, entity);
  rc_bind_id (stmt, 2, entity_id);

  return rc_store_collect (self, stmt, RC_TYPE_AUDIT_ENTRY, read_audit_entry, error);
}

/* Opening and migrating ------------------------------------------------- */

static gboolean
query_int (RcStore     *self,
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

static gboolean
query_int64 (RcStore     *self,
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

static gboolean
apply_migration (RcStore     *self,
                 int          version,
                 GError     **error)
{
  g_autoptr(GBytes) sql = NULL;
  g_autofree char *text = NULL;
  g_autofree char *pragma = NULL;
  char *message = NULL;

  sql = g_resources_lookup_data (migrations[version - 1], G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (sql == NULL)
    return FALSE;

  /* NUL-terminated copy for sqlite3_exec(). */
  text = g_strndup (g_bytes_get_data (sql, NULL), g_bytes_get_size (sql));
  if (sqlite3_exec (self->db, text, NULL, NULL, &message) != SQLITE_OK)
    {
      g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_FAILED,
                   _("Could not upgrade “%s” to version %d: %s"),
                   self->path, version, message);
      sqlite3_free (message);
      return FALSE;
    }

  pragma = g_strdup_printf ("PRAGMA user_version = %d", version);

  return exec (self, pragma, error);
}

static gboolean
migrate (RcStore  *self,
         GError  **error)
{
  int from = self->version;
  int latest = rc_store_get_latest_version ();
  g_autofree char *summary = NULL;

  if (from == latest)
    return TRUE;

  if (from > 0)
    {
      g_autofree char *reason = g_strdup_printf ("before-upgrade-v%d", from);
      g_autofree char *backup = rc_store_backup (self, reason, error);

      if (backup == NULL)
        {
          g_prefix_error (error, _("The database was not upgraded because no backup could be taken: "));
          return FALSE;
        }
    }

  if (!rc_store_begin (self, error))
    return FALSE;

  for (int version = from + 1; version <= latest; version++)
    if (!apply_migration (self, version, error))
      goto failed;

  if (from == 0 && !rc_reference_data_load (self, error))
    goto failed;

  summary = from == 0
    ? g_strdup_printf ("Created the database at version %d", latest)
    : g_strdup_printf ("Upgraded the database from version %d to %d", from, latest);
  if (!rc_store_audit (self, "database", 0, "migrate", summary, error))
    goto failed;

  if (!rc_store_commit (self, error))
    return FALSE;

  self->version = latest;

  return TRUE;

failed:
  rc_store_rollback (self);
  return FALSE;
}

static void
suggest_backup (GError     **error,
                const char  *path)
{
  g_autofree char *backup = NULL;

  if (error == NULL || *error == NULL)
    return;
  if ((*error)->code != RC_STORE_ERROR_CORRUPT && (*error)->code != RC_STORE_ERROR_NOT_DATABASE)
    return;

  backup = rc_store_find_newest_backup (path);
  if (backup != NULL && strstr ((*error)->message, backup) == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("%s. The newest backup is “%s”."),
                                                  (*error)->message, backup);
      g_free ((*error)->message);
      (*error)->message = g_steal_pointer (&message);
    }
}

void
rc_store_set_damaged_error (const char  *path,
                            GError     **error)
{
  g_autofree char *backup = rc_store_find_newest_backup (path);

  /* One line: SQLite's own account is for rc_store_get_damage_details(). */
  if (backup != NULL)
    g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_CORRUPT,
                 _("“%s” is damaged, so nothing was changed in it. The newest backup is “%s”."),
                 path, backup);
  else
    g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_CORRUPT,
                 _("“%s” is damaged, so nothing was changed in it. There is no backup of it."),
                 path);
}

/* Until the check has passed the connection only reads, whatever asks:
 * query_only refuses writes, and a last close does not checkpoint the WAL
 * into the file. */
static gboolean
set_read_only (RcStore   *self,
               gboolean   read_only,
               GError   **error)
{
  sqlite3_db_config (self->db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, read_only ? 1 : 0, NULL);

  return exec (self, read_only ? "PRAGMA query_only = ON" : "PRAGMA query_only = OFF", error);
}

static gboolean
become_writable (RcStore  *self,
                 GError  **error)
{
  /* Nested writes are savepoints, whose journals would otherwise go to a
   * temporary file: a 100,000-trainee import spent two of its seven
   * seconds in the kernel writing them (docs/benchmarks.md). WAL mode is
   * a write to the file's header, so it waits for the check too. */
  gint64 version;

  /* Changing the journal mode moves data_version too: what others did
   * before is noted, then counting starts again. */
  if (!query_int64 (self, "PRAGMA data_version", &version, error))
    return FALSE;
  self->changed_elsewhere |= version != self->data_version_at_open;

  if (!set_read_only (self, FALSE, error)
      || !exec (self, "PRAGMA journal_mode = WAL", error)
      || !query_int64 (self, "PRAGMA data_version", &version, error))
    return FALSE;
  self->data_version_at_open = self->data_version = version;

  return TRUE;
}

gboolean
rc_store_set_checked (RcStore     *self,
                      gboolean     passed,
                      const char  *details,
                      GError     **error)
{
  gboolean was_writable = rc_store_get_writable (self);
  gboolean was_damaged = rc_store_get_damaged (self);

  if (self->db == NULL)
    {
      rc_store_refuse_write (self, error);
      return FALSE;
    }

  if (passed)
    {
      if (self->check != CHECK_PASSED && !become_writable (self, error))
        return FALSE;
      self->check = CHECK_PASSED;
      g_clear_pointer (&self->damage_details, g_free);
    }
  else
    {
      if (self->check == CHECK_PASSED && !set_read_only (self, TRUE, error))
        return FALSE;
      self->check = CHECK_FAILED;
      g_free (self->damage_details);
      self->damage_details = g_strdup (details);
    }

  if (was_writable != rc_store_get_writable (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_WRITABLE]);
  if (was_damaged != rc_store_get_damaged (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DAMAGED]);

  if (!passed)
    {
      rc_store_set_damaged_error (self->path, error);
      return FALSE;
    }

  return TRUE;
}

static gboolean
open_database (RcStore           *self,
               RcStoreOpenFlags   flags,
               GError           **error)
{
  RcStoreIdentity identity;
  gboolean remembered;
  int tables = 0;

  if (!rc_store_prepare_file (self->path, (flags & RC_STORE_OPEN_NO_CREATE) == 0, error))
    return FALSE;

  remembered = rc_store_identity_read (self->path, &identity) && rc_store_check_remembered (&identity);

  if (sqlite3_open_v2 (self->path, &self->db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK)
    {
      rc_store_set_error (self, error);
      return FALSE;
    }
  sqlite3_extended_result_codes (self->db, 1);
  sqlite3_busy_timeout (self->db, 5000);

  /* Read before anything is written, so a newer or damaged file is left
   * as it is. */
  if (!set_read_only (self, TRUE, error)
      || !query_int (self, "PRAGMA user_version", &self->version, error))
    return FALSE;

  if (self->version > rc_store_get_latest_version ())
    {
      g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_NEWER,
                   _("“%s” was saved by a newer version of Return Coordinator "
                     "(database version %d; this version reads up to %d). "
                     "It has not been changed: open it with the newer version."),
                   self->path, self->version, rc_store_get_latest_version ());
      return FALSE;
    }

  if (!query_int (self, "SELECT count(*) FROM sqlite_schema", &tables, error))
    return FALSE;

  if (self->version == 0 && tables > 0)
    {
      g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_NOT_DATABASE,
                   _("“%s” is a database of another program, not of Return Coordinator; "
                     "it has not been changed"),
                   self->path);
      return FALSE;
    }

  if (!exec (self, "PRAGMA synchronous = FULL", error)
      || !exec (self, "PRAGMA foreign_keys = ON", error)
      || !exec (self, "PRAGMA temp_store = MEMORY", error)
      || !query_int64 (self, "PRAGMA data_version", &self->data_version_at_open, error))
    return FALSE;
  self->data_version = self->data_version_at_open;

  /* A new file has nothing to check; a file that passed before and has
   * not changed since costs nothing. Otherwise the whole file is checked
   * before its first write (a quick check would miss an index that has
   * lost rows). A window checks in a worker and reads meanwhile; an
   * upgrade is a write, so it waits for the check here. */
  if (tables == 0 || remembered)
    self->check = CHECK_PASSED;
  else if ((flags & RC_STORE_OPEN_DEFER_CHECK) != 0 && self->version == rc_store_get_latest_version ())
    return TRUE;
  else
    {
      g_autofree char *details = NULL;
      gboolean passed;

      if (!rc_store_check_file (self->path, NULL, &passed, &details, error))
        return FALSE;
      self->check = passed ? CHECK_PASSED : CHECK_FAILED;
      self->damage_details = g_steal_pointer (&details);
    }

  if (self->check == CHECK_FAILED)
    {
      if (self->version < rc_store_get_latest_version ())
        {
          g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_CORRUPT,
                       _("“%s” is damaged, so it was not upgraded to this version of Return Coordinator "
                         "and nothing was changed in it"), self->path);
          return FALSE;
        }
      if ((flags & RC_STORE_OPEN_ALLOW_DAMAGED) == 0)
        {
          rc_store_set_damaged_error (self->path, error);
          return FALSE;
        }
      return TRUE;
    }

  return become_writable (self, error) && migrate (self, error);
}

RcStore *
rc_store_open_with_flags (const char        *path,
                          RcStoreOpenFlags   flags,
                          GError           **error)
{
  g_autoptr(RcStore) self = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (RC_TYPE_STORE, NULL);
  self->path = g_strdup (path);

  if (!open_database (self, flags, error))
    {
      suggest_backup (error, path);
      /* Nothing of a refused file is remembered. */
      self->check = CHECK_FAILED;
      return NULL;
    }

  return g_steal_pointer (&self);
}

RcStore *
rc_store_open (const char  *path,
               GError     **error)
{
  return rc_store_open_with_flags (path, RC_STORE_OPEN_DEFAULT, error);
}

void
rc_store_forget_statements (RcStore *self)
{
  g_hash_table_remove_all (self->statements);
}

gboolean
rc_store_reopen_after_restore (RcStore  *self,
                               GError  **error)
{
  gint64 version;

  /* The copy moved data_version; what anyone wrote before is gone. */
  if (!query_int (self, "PRAGMA user_version", &self->version, error)
      || !exec (self, "PRAGMA journal_mode = WAL", error)
      || !query_int64 (self, "PRAGMA data_version", &version, error))
    return FALSE;
  self->data_version_at_open = self->data_version = version;
  self->changed_elsewhere = FALSE;

  return migrate (self, error);
}

/* Changes made elsewhere ------------------------------------------------------
 *
 * PRAGMA data_version rather than a file monitor on the -wal: it is one
 * read of the WAL index in shared memory, it moves exactly when another
 * connection commits (never for our own writes, a checkpoint or a reader),
 * and it works where inotify does not (network folders), while a monitor
 * fires for every frame of our own transactions too. */

static gboolean
poll_data_version (gpointer data)
{
  RcStore *self = data;
  gint64 version, start;

  /* Not in the middle of our own transaction, nor before a handler of
   * the last announcement has finished. */
  if (self->depth > 0 || self->db == NULL)
    return G_SOURCE_CONTINUE;

  if (!query_int64 (self, "PRAGMA data_version", &version, NULL) || version == self->data_version)
    return G_SOURCE_CONTINUE;

  self->data_version = version;
  self->changed_elsewhere = TRUE;
  start = g_get_monotonic_time ();
  rc_store_touch_all (self);
  emit_changed (self);
  g_debug ("Announced a change made elsewhere to “%s”; the handlers took %.0f ms",
           self->path, (g_get_monotonic_time () - start) / 1000.0);

  return G_SOURCE_CONTINUE;
}

void
rc_store_watch_changes (RcStore *self)
{
  g_return_if_fail (RC_IS_STORE (self));

  if (self->watchers++ == 0 && self->db != NULL)
    {
      gint64 version;

      /* What was committed before is already in what the watcher reads. */
      if (query_int64 (self, "PRAGMA data_version", &version, NULL))
        {
          self->changed_elsewhere |= version != self->data_version;
          self->data_version = version;
        }
      self->watch_source = g_timeout_add (1000, poll_data_version, self);
      g_source_set_name_by_id (self->watch_source, "[rc] poll data_version");
    }
}

void
rc_store_unwatch_changes (RcStore *self)
{
  g_return_if_fail (RC_IS_STORE (self));
  g_return_if_fail (self->watchers > 0);

  if (--self->watchers == 0)
    g_clear_handle_id (&self->watch_source, g_source_remove);
}
