/* rc-audit-entry.h
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "rc-record.h"

G_BEGIN_DECLS

#define RC_TYPE_AUDIT_ENTRY (rc_audit_entry_get_type ())

G_DECLARE_FINAL_TYPE (RcAuditEntry, rc_audit_entry, RC, AUDIT_ENTRY, RcRecord)

/* One line of the audit log.
 * A plain record: the store fills it, views read it, and a view hands a
 * changed copy back to the store to save. An id of 0 means "not saved yet". */
struct _RcAuditEntry
{
  RcRecord parent_instance;

  gint64  id;
  char   *at;  /* timestamp */
  char   *entity;  /* table name */
  gint64  entity_id;
  char   *action;
  char   *summary;
};

RcAuditEntry *rc_audit_entry_new  (void);
RcAuditEntry *rc_audit_entry_copy (RcAuditEntry *self);

G_END_DECLS
