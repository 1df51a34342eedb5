/* test-deadline.c: days left before a bid's deadline, against a fixed today
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "model/rc-deadline.h"
#include "rc-test-util.h"

static void
set_today (GDate *today)
{
  g_date_clear (today, 1);
  g_date_set_dmy (today, 31, G_DATE_OCTOBER, 2016);
}

static void
test_days_left (void)
{
  GDate today;

  set_today (&today);
  g_assert_cmpint (rc_bid_days_left ("2016-11-12", &today), ==, 12);
  g_assert_cmpint (rc_bid_days_left ("2016-11-01", &today), ==, 1);
  g_assert_cmpint (rc_bid_days_left ("2016-10-31", &today), ==, 0);
  g_assert_cmpint (rc_bid_days_left ("2016-10-28", &today), ==, -3);
  /* Across a year end and a leap day. */
  g_assert_cmpint (rc_bid_days_left ("2017-01-31", &today), ==, 92);
  g_assert_cmpint (rc_bid_days_left ("2016-02-28", &today), ==, -246);
  g_assert_cmpint (rc_bid_days_left (NULL, &today), ==, RC_NO_DEADLINE);
  g_assert_cmpint (rc_bid_days_left ("31/10/2016", &today), ==, RC_NO_DEADLINE);
  g_assert_cmpint (rc_bid_days_left ("2016-02-30", &today), ==, RC_NO_DEADLINE);
}

static void
check (RcBidStatus      status,
       const char      *deadline_on,
       const char      *expected,
       RcDeadlineState  expected_state)
{
  RcDeadlineState state = -1;
  g_autofree char *text = NULL;
  GDate today;

  set_today (&today);
  text = rc_bid_deadline_describe (status, deadline_on, &today, &state);
  g_assert_cmpstr (text, ==, expected);
  g_assert_cmpint (state, ==, expected_state);
  g_assert_cmpint (rc_bid_deadline_get_state (status, deadline_on, &today), ==, expected_state);
}

static void
test_describe (void)
{
  check (RC_BID_STATUS_DRAFT, "2016-11-12", "12 days left", RC_DEADLINE_OPEN);
  check (RC_BID_STATUS_DRAFT, "2016-11-07", "7 days left", RC_DEADLINE_SOON);
  check (RC_BID_STATUS_DRAFT, "2016-11-01", "1 day left", RC_DEADLINE_SOON);
  check (RC_BID_STATUS_DRAFT, "2016-10-31", "Due today", RC_DEADLINE_TODAY);
  check (RC_BID_STATUS_DRAFT, "2016-10-30", "Overdue by 1 day", RC_DEADLINE_OVERDUE);
  check (RC_BID_STATUS_DRAFT, "2016-10-28", "Overdue by 3 days", RC_DEADLINE_OVERDUE);
  check (RC_BID_STATUS_DRAFT, NULL, "No deadline", RC_DEADLINE_NONE);

  /* A submitted bid met its deadline; a final one is decided, whatever
   * its dates. */
  check (RC_BID_STATUS_SUBMITTED, "2016-10-28", "Awaiting decision", RC_DEADLINE_SUBMITTED);
  check (RC_BID_STATUS_AWARDED, "2016-11-12", "Decided", RC_DEADLINE_DECIDED);
  check (RC_BID_STATUS_PART_AWARDED, "2015-03-27", "Decided", RC_DEADLINE_DECIDED);
  check (RC_BID_STATUS_REJECTED, NULL, "Decided", RC_DEADLINE_DECIDED);
  check (RC_BID_STATUS_WITHDRAWN, "2016-10-28", "Decided", RC_DEADLINE_DECIDED);
}

static void
test_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *iso = g_date_time_format (now, "%Y-%m-%d");
  GDate today;

  rc_deadline_get_today (&today);
  g_assert_true (g_date_valid (&today));
  g_assert_cmpint (rc_bid_days_left (iso, &today), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  rc_test_init_environment (&argc, &argv);

  g_test_add_func ("/deadline/days-left", test_days_left);
  g_test_add_func ("/deadline/describe", test_describe);
  g_test_add_func ("/deadline/today", test_today);

  return g_test_run ();
}
