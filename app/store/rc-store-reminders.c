/* rc-store-reminders.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-store"

#include "config.h"

#include "rc-store-private.h"
#include "rc-store-reminders.h"

gboolean
rc_store_claim_bid_reminder (RcStore         *self,
                             gint64           bid_id,
                             RcReminderKind   kind,
                             const char      *due_on,
                             guint            days_before,
                             gboolean        *claimed,
                             GError         **error)
{
  RcStatement *stmt;

  g_return_val_if_fail (RC_IS_STORE (self), FALSE);
  g_return_val_if_fail (due_on != NULL, FALSE);
  g_return_val_if_fail (claimed != NULL, FALSE);

  *claimed = FALSE;
  if (rc_store_refuse_write (self, error))
    return FALSE;

  /* One statement, so that two windows or two checks never both send. */
  stmt = rc_store_prepare (self,
                           "INSERT INTO bid_reminder (bid_id, kind, due_on, days_before) "
                           "VALUES (?1, ?2, ?3, ?4) "
                           "ON CONFLICT (bid_id, kind, due_on, days_before) DO NOTHING",
                           error);
  if (stmt == NULL)
    return FALSE;
  rc_bind_int (stmt, 1, bid_id);
  rc_bind_text (stmt, 2, rc_reminder_kind_to_key (kind));
  rc_bind_text (stmt, 3, due_on);
  rc_bind_int (stmt, 4, days_before);
  if (!rc_store_step_done (self, stmt, error))
    return FALSE;

  *claimed = rc_store_changes (self) == 1;

  return TRUE;
}

gboolean
rc_store_count_bid_reminders (RcStore  *self,
                              gint64    bid_id,
                              guint    *count,
                              GError  **error)
{
  gint64 n = 0;

  g_return_val_if_fail (RC_IS_STORE (self), FALSE);
  g_return_val_if_fail (count != NULL, FALSE);

  if (!rc_store_count_rows (self, rc_store_prepare (self, "SELECT count(*) FROM bid_reminder WHERE bid_id = ?1",
                                                    error),
                            bid_id, &n, error))
    return FALSE;
  *count = (guint) n;

  return TRUE;
}
