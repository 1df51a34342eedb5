/* rc-store-audit.c: the audit log, a line for every change
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-store"

#include "config.h"

#include "rc-store-private.h"

gboolean
rc_store_audit (RcStore     *self,
                const char  *entity,
                gint64       entity_id,
                const char  *action,
                const char  *summary,
                GError     **error)
{
  RcStatement *stmt;

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

static gpointer
read_audit_entry (RcStatement  *stmt)
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
  RcStatement *stmt;

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
