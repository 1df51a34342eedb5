/* rc-audit-entry.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rc-audit-entry.h"

G_DEFINE_FINAL_TYPE (RcAuditEntry, rc_audit_entry, G_TYPE_OBJECT)

RcAuditEntry *
rc_audit_entry_new (void)
{
  return g_object_new (RC_TYPE_AUDIT_ENTRY, NULL);
}

RcAuditEntry *
rc_audit_entry_copy (RcAuditEntry *self)
{
  RcAuditEntry *copy;

  g_return_val_if_fail (RC_IS_AUDIT_ENTRY (self), NULL);

  copy = rc_audit_entry_new ();
  copy->id = self->id;
  copy->at = g_strdup (self->at);
  copy->entity = g_strdup (self->entity);
  copy->entity_id = self->entity_id;
  copy->action = g_strdup (self->action);
  copy->summary = g_strdup (self->summary);

  return copy;
}

static void
rc_audit_entry_finalize (GObject *object)
{
  RcAuditEntry *self = RC_AUDIT_ENTRY (object);

  g_clear_pointer (&self->at, g_free);
  g_clear_pointer (&self->entity, g_free);
  g_clear_pointer (&self->action, g_free);
  g_clear_pointer (&self->summary, g_free);

  G_OBJECT_CLASS (rc_audit_entry_parent_class)->finalize (object);
}

static void
rc_audit_entry_class_init (RcAuditEntryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = rc_audit_entry_finalize;
}

static void
rc_audit_entry_init (RcAuditEntry *self)
{
}
