/* rc-reminder.h: when a bid's deadline or decision is reminded of
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A reminder is due 14, 7 and 1 days before the date. The app may not
 * run on that very day, so a reminder is due from its day until the next
 * one's: on any of days 8 to 14 before, the 14-day reminder; 2 to 7, the
 * 7-day one; the day before, the 1-day one. Each is sent once per date
 * (the store keeps what was sent), so a reminder missed is sent late,
 * never twice, and a date that moves is reminded of again.
 */

#pragma once

#include <glib.h>

#include "rc-bid-status.h"

G_BEGIN_DECLS

typedef enum
{
  RC_REMINDER_DEADLINE,  /* a draft's deadline */
  RC_REMINDER_DECISION,  /* a submitted bid's decision */
  RC_N_REMINDER_KINDS
} RcReminderKind;

/* "deadline", "decision", as stored. */
const char *rc_reminder_kind_to_key    (RcReminderKind  kind);

/* 14, 7 or 1: the reminder due for a date @days_left away (see above);
 * 0 when none is (the day itself, a day past, or more than 14 ahead). */
guint       rc_reminder_days_before    (int             days_left);

/* Whether a bid at @status is reminded of that date: a draft of its
 * deadline, a submitted bid of its decision. A decided or withdrawn bid
 * has nothing left to remind of. */
gboolean    rc_reminder_applies        (RcBidStatus     status,
                                        RcReminderKind  kind);

/* Translated: "Bid deadline in 7 days", "Bid deadline tomorrow",
 * "Bid decision due in 14 days", "Bid decision due tomorrow". */
char       *rc_reminder_describe_title (RcReminderKind  kind,
                                        int             days_left);

G_END_DECLS
