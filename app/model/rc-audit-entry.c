/* rc-audit-entry.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rc-audit-entry.h"

G_DEFINE_FINAL_TYPE (RcAuditEntry, rc_audit_entry, RC_TYPE_RECORD)

RcAuditEntry *
rc_audit_entry_new (void)
{
  return g_object_new (RC_TYPE_AUDIT_ENTRY, NULL);
}

RcAuditEntry *
rc_audit_entry_copy (RcAuditEntry *self)
{
  g_return_val_if_fail (RC_IS_AUDIT_ENTRY (self), NULL);

  return rc_record_copy (self);
}

static void
rc_audit_entry_class_init (RcAuditEntryClass *klass)
{
  static const glong strings[] = {
    G_STRUCT_OFFSET (RcAuditEntry, at),
    G_STRUCT_OFFSET (RcAuditEntry, entity),
    G_STRUCT_OFFSET (RcAuditEntry, action),
    G_STRUCT_OFFSET (RcAuditEntry, summary),
  };

  rc_record_class_set_strings (RC_RECORD_CLASS (klass), strings, G_N_ELEMENTS (strings));
}

static void
rc_audit_entry_init (RcAuditEntry *self)
{
}
