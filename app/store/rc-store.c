/* rc-store.c: the store object: opening and closing its file, whether it
 * may be written, and its "changed" signal
 *
 * Its siblings: rc-store-errors.c, -statements.c, -transactions.c,
 * -audit.c, -migrations.c, -watch.c (changes other programs commit),
 * -backup.c and -check.c (the check for damage); its fields are in
 * rc-store-object-private.h.
 *
 * The store sits on an RcStoreBackend (rc-store-backend.h). Opening a
 * file here is SQLite's side of it: the connection is an RcSqliteBackend,
 * reached through self->file for what only a file has (read only until
 * checked, WAL, the pragmas below); rc_store_new_for_backend() takes any
 * other backend.
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-store"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rc-store-object-private.h"
#include "rc-store-open.h"

G_DEFINE_FINAL_TYPE (RcStore, rc_store, G_TYPE_OBJECT)

enum { CHANGED, N_SIGNALS };
static guint signals [N_SIGNALS];

enum { PROP_0, PROP_WRITABLE, PROP_DAMAGED, N_PROPS };
static GParamSpec *properties [N_PROPS];

/* Our own writes change the file's mtime. So that they do not cost a
 * full check at the next start, a store that passed the check and saw no
 * other program commit (PRAGMA data_version moves only for those) records
 * the file as it leaves it: our own commits are trusted, others' are
 * checked again. */
void
rc_store_close (RcStore *self)
{
  gboolean remember;
  RcStoreIdentity identity;

  g_return_if_fail (RC_IS_STORE (self));

  g_clear_handle_id (&self->watch_source, g_source_remove);
  rc_store_worker_cancel_writes (self);
  if (self->backend == NULL)
    return;
  if (!self->reader)
    rc_store_close_readers (self);

  remember = self->file != NULL
             && self->check == CHECK_PASSED
             && !self->changed_elsewhere
             && self->depth == 0
             && !rc_store_poll_elsewhere (self);

  g_debug ("Closing “%s”: %s", self->path,
           remember ? "remembered as checked" : "to be checked at the next open");
  if (self->file != NULL)
    rc_sqlite_backend_close (self->file);
  self->file = NULL;
  g_clear_object (&self->backend);

  if (remember && rc_store_identity_read (self->path, &identity))
    rc_store_check_remember (self->path, &identity);
}

static void
rc_store_finalize (GObject *object)
{
  RcStore *self = RC_STORE (object);

  rc_store_close (self);
  g_clear_pointer (&self->touched, g_hash_table_unref);
  g_clear_pointer (&self->damage_details, g_free);
  g_clear_pointer (&self->upgrade_backup, g_free);
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
   * @kind: the kind of record that changed, e.g. RC_ENTITY_TRAINEE
   *
   * Emitted after a commit for each kind of record it changed, in the
   * order of RcEntityKind; the detail is the kind's name
   * (rc_entity_kind_get_name()), so a view can connect to
   * "changed::trainee".
   */
  signals [CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, RC_TYPE_ENTITY_KIND);
}

static void
rc_store_init (RcStore *self)
{
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

RcStoreBackend *
rc_store_get_backend (RcStore *self)
{
  return self->backend;
}

gboolean
rc_store_get_writable (RcStore *self)
{
  g_return_val_if_fail (RC_IS_STORE (self), FALSE);

  return self->check == CHECK_PASSED && self->backend != NULL;
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

/* The "changed" signal -------------------------------------------------- */

void
rc_store_emit_changed (RcStore *self)
{
  guint kinds = 0;

  /* Taken first: a handler may start the next transaction. */
  for (RcEntityKind kind = 0; kind < RC_N_ENTITIES; kind++)
    if (g_hash_table_contains (self->touched, rc_entity_kind_get_name (kind)))
      kinds |= RC_ENTITY_BIT (kind);
  g_hash_table_remove_all (self->touched);

  for (RcEntityKind kind = 0; kind < RC_N_ENTITIES; kind++)
    if ((kinds & RC_ENTITY_BIT (kind)) != 0)
      g_signal_emit (self, signals [CHANGED],
                     g_quark_from_static_string (rc_entity_kind_get_name (kind)), kind);
}

/* @entity is the table written, which names its kind (rc-entity-kind.c). */
void
rc_store_touch (RcStore    *self,
                const char *entity)
{
  RcEntityKind kind;

  g_return_if_fail (rc_entity_kind_from_name (entity, &kind));

  g_hash_table_add (self->touched, g_strdup (rc_entity_kind_get_name (kind)));
}

void
rc_store_touch_all (RcStore *self)
{
  for (RcEntityKind kind = 0; kind < RC_N_ENTITIES; kind++)
    rc_store_touch (self, rc_entity_kind_get_name (kind));
}

/* Opening --------------------------------------------------------------- */

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

/* Until the check has passed the connection only reads, whatever asks:
 * query_only refuses writes, and a last close does not checkpoint the WAL
 * into the file. */
static gboolean
set_read_only (RcStore   *self,
               gboolean   read_only,
               GError   **error)
{
  return rc_sqlite_backend_set_read_only (self->file, read_only, error);
}

static gboolean
become_writable (RcStore  *self,
                 GError  **error)
{
  /* Nested writes are savepoints, whose journals would otherwise go to a
   * temporary file: a 100,000-trainee import spent two of its seven
   * seconds in the kernel writing them (docs/benchmarks.md). WAL mode is
   * a write to the file's header, so it waits for the check too. */

  /* Changing the journal mode moves data_version too: what others did
   * before is noted, then counting starts again. */
  rc_store_poll_elsewhere (self);

  if (!set_read_only (self, FALSE, error)
      || !rc_store_exec (self, "PRAGMA journal_mode = WAL", error))
    return FALSE;
  rc_store_backend_changed_elsewhere (self->backend);

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

  if (self->backend == NULL)
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
               GCancellable      *cancellable,
               GError           **error)
{
  gboolean migrated;
  RcStoreIdentity identity;
  gboolean remembered;
  int tables = 0;

  if (!rc_store_prepare_file (self->path, (flags & RC_STORE_OPEN_NO_CREATE) == 0, error))
    return FALSE;

  remembered = rc_store_identity_read (self->path, &identity) && rc_store_check_remembered (&identity);

  self->file = rc_sqlite_backend_open (self->path, FALSE, error);
  if (self->file == NULL)
    return FALSE;
  self->backend = RC_STORE_BACKEND (self->file);

  /* Read before anything is written, so a newer or damaged file is left
   * as it is. */
  if (!set_read_only (self, TRUE, error)
      || !rc_store_query_int (self, "PRAGMA user_version", &self->version, error))
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

  if (!rc_store_query_int (self, "SELECT count(*) FROM sqlite_schema", &tables, error))
    return FALSE;

  if (self->version == 0 && tables > 0)
    {
      g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_NOT_DATABASE,
                   _("“%s” is a database of another program, not of Return Coordinator; "
                     "it has not been changed"),
                   self->path);
      return FALSE;
    }

  if (!rc_store_exec (self, "PRAGMA synchronous = FULL", error)
      || !rc_store_exec (self, "PRAGMA foreign_keys = ON", error)
      || !rc_store_exec (self, "PRAGMA temp_store = MEMORY", error))
    return FALSE;
  /* Counting changes made elsewhere starts here. */
  rc_store_backend_changed_elsewhere (self->backend);

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

      if (!rc_store_check_file (self->path, cancellable, &passed, &details, error))
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

  if (!become_writable (self, error))
    return FALSE;

  /* The upgrade is one transaction: a cancel rolls all of it back. */
  rc_sqlite_backend_set_cancellable (self->file, cancellable, 1000);
  migrated = rc_store_migrate (self, error);
  rc_sqlite_backend_set_cancellable (self->file, NULL, 0);

  return migrated;
}

RcStore *
rc_store_open_with_flags (const char        *path,
                          RcStoreOpenFlags   flags,
                          GError           **error)
{
  return rc_store_open_cancellable (path, flags, NULL, error);
}

RcStore *
rc_store_open_cancellable (const char        *path,
                           RcStoreOpenFlags   flags,
                           GCancellable      *cancellable,
                           GError           **error)
{
  g_autoptr(RcStore) self = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (RC_TYPE_STORE, NULL);
  self->path = g_strdup (path);

  if (!open_database (self, flags, cancellable, error))
    {
      /* An interrupted check or upgrade says why it stopped. */
      if (g_cancellable_is_cancelled (cancellable) && error != NULL)
        {
          g_clear_error (error);
          g_cancellable_set_error_if_cancelled (cancellable, error);
        }
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

gboolean
rc_store_reopen_after_restore (RcStore  *self,
                               GError  **error)
{
  /* The copy moved data_version; what anyone wrote before is gone. */
  if (!rc_store_query_int (self, "PRAGMA user_version", &self->version, error)
      || !rc_store_exec (self, "PRAGMA journal_mode = WAL", error))
    return FALSE;
  rc_store_backend_changed_elsewhere (self->backend);
  self->changed_elsewhere = FALSE;
  self->elsewhere_waiting = FALSE;

  return rc_store_migrate (self, error);
}

/* Connections for workers -----------------------------------------------------
 *
 * A worker thread never uses the main connection: it opens one of its own
 * on the same file (rc-store-worker.c). */

RcStore *
rc_store_open_connection (const char  *path,
                          gboolean     write,
                          GError     **error)
{
  g_autoptr(RcStore) self = g_object_new (RC_TYPE_STORE, NULL);

  self->path = g_strdup (path);
  /* Only the main connection records the file as checked at close. */
  self->changed_elsewhere = TRUE;

  self->file = rc_sqlite_backend_open (path, FALSE, error);
  if (self->file == NULL)
    return NULL;
  self->backend = RC_STORE_BACKEND (self->file);

  /* The caller saw the main connection writable: the file has passed its
   * check. A reader only reads, whatever asks. */
  self->check = write ? CHECK_PASSED : CHECK_PENDING;
  if (!set_read_only (self, !write, error)
      || !rc_store_query_int (self, "PRAGMA user_version", &self->version, error)
      || !rc_store_exec (self, "PRAGMA synchronous = FULL", error)
      || !rc_store_exec (self, "PRAGMA foreign_keys = ON", error)
      || !rc_store_exec (self, "PRAGMA temp_store = MEMORY", error))
    return NULL;
  rc_store_backend_changed_elsewhere (self->backend);

  return g_steal_pointer (&self);
}

/* Other backends ---------------------------------------------------------- */

RcStore *
rc_store_new_for_backend (RcStoreBackend *backend)
{
  RcStore *self;

  g_return_val_if_fail (RC_IS_STORE_BACKEND (backend), NULL);

  self = g_object_new (RC_TYPE_STORE, NULL);
  self->backend = g_object_ref (backend);
  self->version = rc_store_get_latest_version ();
  self->check = CHECK_PASSED;
  /* Never recorded as checked at close: nobody checked it here. */
  self->changed_elsewhere = TRUE;
  if (RC_IS_SQLITE_BACKEND (backend))
    {
      self->file = RC_SQLITE_BACKEND (backend);
      self->path = g_strdup (rc_sqlite_backend_get_path (self->file));
    }
  else
    self->path = rc_store_backend_describe (backend);
  rc_store_backend_changed_elsewhere (backend);

  return self;
}
