/* rc-deadline.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-model"

#include "config.h"

#include <glib/gi18n.h>

#include "rc-deadline.h"
#include "rc-money.h"

int
rc_bid_days_left (const char  *deadline_on,
                  const GDate *today)
{
  GDate deadline;

  g_return_val_if_fail (today != NULL && g_date_valid (today), RC_NO_DEADLINE);

  if (deadline_on == NULL || !rc_date_parse (deadline_on, &deadline, NULL))
    return RC_NO_DEADLINE;

  return g_date_days_between (today, &deadline);
}

RcDeadlineState
rc_bid_deadline_get_state (RcBidStatus  status,
                           const char  *deadline_on,
                           const GDate *today)
{
  int days;

  g_return_val_if_fail ((guint) status < RC_N_BID_STATUSES, RC_DEADLINE_NONE);

  if (rc_bid_status_is_final (status))
    return RC_DEADLINE_DECIDED;
  /* Once it is in, the deadline no longer counts down. */
  if (status == RC_BID_STATUS_SUBMITTED)
    return RC_DEADLINE_SUBMITTED;

  days = rc_bid_days_left (deadline_on, today);
  if (days == RC_NO_DEADLINE)
    return RC_DEADLINE_NONE;
  if (days < 0)
    return RC_DEADLINE_OVERDUE;
  if (days == 0)
    return RC_DEADLINE_TODAY;

  return days <= RC_DEADLINE_SOON_DAYS ? RC_DEADLINE_SOON : RC_DEADLINE_OPEN;
}

char *
rc_bid_deadline_describe (RcBidStatus      status,
                          const char      *deadline_on,
                          const GDate     *today,
                          RcDeadlineState *state)
{
  RcDeadlineState s = rc_bid_deadline_get_state (status, deadline_on, today);
  int days = rc_bid_days_left (deadline_on, today);

  if (state != NULL)
    *state = s;

  switch (s)
    {
    case RC_DEADLINE_OPEN:
    case RC_DEADLINE_SOON:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day left", "%d days left", days), days);
    case RC_DEADLINE_TODAY:
      return g_strdup (_("Due today"));
    case RC_DEADLINE_OVERDUE:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Overdue by %d day", "Overdue by %d days", -days),
                              -days);
    case RC_DEADLINE_SUBMITTED:
      return g_strdup (_("Awaiting decision"));
    case RC_DEADLINE_DECIDED:
      return g_strdup (_("Decided"));
    case RC_DEADLINE_NONE:
    default:
      return g_strdup (_("No deadline"));
    }
}

void
rc_deadline_get_today (GDate *today)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_return_if_fail (today != NULL);

  g_date_clear (today, 1);
  g_date_set_dmy (today,
                  g_date_time_get_day_of_month (now),
                  g_date_time_get_month (now),
                  g_date_time_get_year (now));
}
