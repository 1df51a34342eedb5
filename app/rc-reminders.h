/* rc-reminders.h: desktop notifications of bid deadlines and decisions
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * While the app runs, and once when a database opens, each bid whose
 * deadline (a draft) or decision (a submitted bid) is 14, 7 or 1 days
 * away gets a GNotification (rc-reminder.h says which is due when). Its
 * action, "app.show-bid" with the bid's id, opens the bid. The store
 * records each one sent, so none is repeated, even after a restart. The
 * preference "deadline-reminders" switches them off.
 */

#pragma once

#include <gio/gio.h>

#include "store/rc-store.h"

G_BEGIN_DECLS

#define RC_TYPE_REMINDERS (rc_reminders_get_type ())

G_DECLARE_FINAL_TYPE (RcReminders, rc_reminders, RC, REMINDERS, GObject)

/* The action every reminder opens, with the bid's id (an int64) as its
 * target. */
#define RC_REMINDERS_ACTION "app.show-bid"

/* Sends through @application (not referenced; it must be registered). */
RcReminders *rc_reminders_new       (GApplication *application);
/* Checks @store now, or as soon as it may be written, then as each local
 * day begins (at midnight; within a minute of a resume or a change of the
 * clock), whenever a bid changes and whenever the preference is switched
 * on, each time reading the bids in a worker (rc_store_read_async()); NULL
 * stops. */
void         rc_reminders_set_store (RcReminders  *self,
                                     RcStore      *store);
/* Counts the days from @today rather than the local date, which NULL
 * restores. */
void         rc_reminders_set_today (RcReminders  *self,
                                     const GDate  *today);
/* Sends what is due and not yet sent, reading the bids on this thread;
 * returns how many it sent. Nothing when the preference is off or the
 * store may not be written yet. Each reminder sent is announced by
 * "sent" (bid id, kind key, days left). */
guint        rc_reminders_check     (RcReminders  *self);
/* Runs the reminders' clock from @now, as if the computer's clock read
 * @now at this call (NULL: the local clock again); for tests. */
void         rc_reminders_set_clock (RcReminders  *self,
                                     GDateTime    *now);

G_END_DECLS
