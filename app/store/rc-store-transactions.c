/* rc-store-transactions.c: begin, commit and roll back, nested as
 * savepoints, and a write in its own transaction
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-store"

#include "config.h"

#include <glib/gi18n.h>

#include "rc-store-object-private.h"

gboolean
rc_store_begin (RcStore  *self,
                GError  **error)
{
  g_return_val_if_fail (RC_IS_STORE (self), FALSE);

  if (rc_store_refuse_write (self, error))
    return FALSE;

  /* The outermost level takes the write lock at once, so that a second
   * program cannot slip in between our read and our write
   * (rc-store-backend.h). */
  if (self->depth == 0)
    {
      if (!rc_store_backend_begin (self->backend, error))
        {
          rc_store_explain_error (self, error);
          return FALSE;
        }
    }
  else if (!rc_store_exec (self, "SAVEPOINT rc_nested", error))
    return FALSE;

  self->depth++;

  return TRUE;
}

gboolean
rc_store_commit (RcStore  *self,
                 GError  **error)
{
  g_return_val_if_fail (RC_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->depth > 0, FALSE);

  if (self->depth > 1)
    {
      if (!rc_store_exec (self, "RELEASE rc_nested", error))
        return FALSE;
      self->depth--;
      return TRUE;
    }

  if (!rc_store_exec (self, "COMMIT", error))
    {
      rc_store_rollback (self);
      return FALSE;
    }
  self->depth--;
  rc_store_emit_changed (self);

  return TRUE;
}

/* A rollback that fails is logged, not returned: the failure that led
 * here is already the caller's GError, and what was never committed is
 * not kept (SQLite drops it when the connection closes, or when the file
 * is next opened). Logged with g_message so that SQLite's own words are
 * in the log of a bad day without G_MESSAGES_DEBUG, which g_debug would
 * need; not with g_warning, which the tests make fatal
 * (G_DEBUG=fatal-warnings) and which says the program is at fault, while
 * this is the disk's or another program's doing, of which the user has
 * already been told. */
static void
undo (RcStore    *self,
      const char *sql)
{
  g_autoptr(GError) error = NULL;

  if (!rc_store_backend_exec (self->backend, sql, &error))
    g_message ("Could not undo a change to “%s” (%s): %s",
               self->path, sql, error->message);
}

void
rc_store_rollback (RcStore *self)
{
  g_return_if_fail (RC_IS_STORE (self));

  /* A failed outermost commit has already rolled back: a caller's own
   * rollback after it has nothing left to undo. */
  if (self->depth == 0)
    return;

  /* After a failure for which SQLite rolled the whole transaction back
   * (a full disk, an I/O error), no level has anything left to undo; nor
   * when the store was closed meanwhile. */
  if (self->depth > 1)
    {
      if (self->backend != NULL && rc_store_backend_in_transaction (self->backend))
        {
          undo (self, "ROLLBACK TO rc_nested");
          undo (self, "RELEASE rc_nested");
        }
    }
  else
    {
      if (self->backend != NULL && rc_store_backend_in_transaction (self->backend))
        undo (self, "ROLLBACK");
      g_hash_table_remove_all (self->touched);
    }

  self->depth--;
}

/* What a save says when another window or program deleted the record. */
static const char *const saved_row_gone = N_("It was deleted in the meantime; nothing was saved");

/* Steps the prepared write @stmt: an insert sets *@id to the new row's;
 * any other write that changes no row fails with @gone. */
static gboolean
step_write (RcStore       *self,
            RcStatement   *stmt,
            gboolean       inserting,
            gint64        *id,
            const char    *gone,
            GError       **error)
{
  if (!rc_store_step_done (self, stmt, error))
    return FALSE;

  if (inserting)
    *id = rc_store_last_insert_id (self);
  else if (rc_store_changes (self) == 0)
    {
      g_set_error_literal (error, RC_STORE_ERROR, RC_STORE_ERROR_NOT_FOUND, gone);
      return FALSE;
    }

  return TRUE;
}

gboolean
rc_store_step_save (RcStore       *self,
                    RcStatement   *stmt,
                    gint64        *id,
                    GError       **error)
{
  return step_write (self, stmt, *id == 0, id, _(saved_row_gone), error);
}

/* step_write() in a transaction of its own, with an audit line; *@id is
 * set only when the transaction is committed. */
static gboolean
write_row (RcStore       *self,
           RcStatement   *stmt,
           const char    *entity,
           gint64        *id,
           const char    *action,
           const char    *gone,
           const char    *summary,
           GError       **error)
{
  gint64 new_id = *id;

  if (!rc_store_begin (self, error))
    return FALSE;

  if (!step_write (self, stmt, g_str_equal (action, "create"), &new_id, gone, error)
      || !rc_store_audit (self, entity, new_id, action, summary, error)
      || !rc_store_commit (self, error))
    {
      rc_store_rollback (self);
      return FALSE;
    }

  *id = new_id;

  return TRUE;
}

gboolean
rc_store_finish_write (RcStore       *self,
                       RcStatement   *stmt,
                       const char    *entity,
                       gint64        *id,
                       const char    *summary,
                       GError       **error)
{
  return write_row (self, stmt, entity, id, *id == 0 ? "create" : "update", _(saved_row_gone),
                    summary, error);
}

gboolean
rc_store_delete_row (RcStore       *self,
                     RcStatement   *stmt,
                     const char    *entity,
                     gint64         id,
                     const char    *summary,
                     GError       **error)
{
  if (stmt == NULL)
    return FALSE;

  rc_bind_int (stmt, 1, id);

  return write_row (self, stmt, entity, &id, "delete", _("It was already deleted"), summary, error);
}
