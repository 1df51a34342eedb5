/* rc-store-reminders.h: the deadline reminders already sent
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rc-store.h"
#include "model/rc-reminder.h"

G_BEGIN_DECLS

/* Records that the reminder @days_before days ahead of bid @bid_id's
 * @kind of date, @due_on, is being sent. @claimed is TRUE when it had
 * not been recorded before, so that the caller sends it; FALSE when it
 * was sent already. A date that moved is another reminder. Refused while
 * the store may not be written (see rc_store_get_writable()). */
gboolean rc_store_claim_bid_reminder (RcStore         *self,
                                      gint64           bid_id,
                                      RcReminderKind   kind,
                                      const char      *due_on,
                                      guint            days_before,
                                      gboolean        *claimed,
                                      GError         **error);

/* How many reminders have been sent about bid @bid_id. */
gboolean rc_store_count_bid_reminders (RcStore        *self,
                                       gint64          bid_id,
                                       guint          *count,
                                       GError        **error);

G_END_DECLS
