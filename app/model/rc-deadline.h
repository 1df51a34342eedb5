/* rc-deadline.h: how long a funding bid has until its deadline
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "rc-bid-status.h"

G_BEGIN_DECLS

/* What rc_bid_days_left() returns for a bid without a (valid) deadline. */
#define RC_NO_DEADLINE G_MININT

/* How a bid stands against its deadline, so that a view can add an icon
 * and a style class to the words of rc_bid_deadline_describe(). */
typedef enum
{
  RC_DEADLINE_NONE,       /* "No deadline" */
  RC_DEADLINE_OPEN,       /* "12 days left" */
  RC_DEADLINE_SOON,       /* "3 days left": a week or less */
  RC_DEADLINE_TODAY,      /* "Due today" */
  RC_DEADLINE_OVERDUE,    /* "Overdue by 3 days" */
  RC_DEADLINE_SUBMITTED,  /* "Awaiting decision": the deadline was met */
  RC_DEADLINE_DECIDED,    /* "Decided": a final status */
} RcDeadlineState;

#define RC_DEADLINE_SOON_DAYS 7

/* Days from @today to @deadline_on (an ISO date): 0 on the day, negative
 * once it has passed, RC_NO_DEADLINE when @deadline_on is NULL or not a
 * date. @today is passed in, so that the answer does not depend on when
 * it is asked. */
int              rc_bid_days_left          (const char      *deadline_on,
                                            const GDate     *today);
RcDeadlineState  rc_bid_deadline_get_state (RcBidStatus      status,
                                            const char      *deadline_on,
                                            const GDate     *today);
/* Translated: "12 days left", "1 day left", "Due today", "Overdue by 3
 * days", "Awaiting decision" for a submitted bid, "Decided" for a final
 * status, "No deadline". @state, if not NULL, is set as by
 * rc_bid_deadline_get_state(). */
char            *rc_bid_deadline_describe  (RcBidStatus      status,
                                            const char      *deadline_on,
                                            const GDate     *today,
                                            RcDeadlineState *state);
/* Sets @today to the local date. */
void             rc_deadline_get_today     (GDate           *today);

G_END_DECLS
