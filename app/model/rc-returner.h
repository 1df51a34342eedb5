/* rc-returner.h: how long a returner was out of practice, and what follows
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The 2017 Return to Social Work round took people out of practice 2 to 5
 * years; later rounds 2 to 10. The bounds belong to the cohort. */
#define RC_RETURNER_DEFAULT_MIN_YEARS 2
#define RC_RETURNER_DEFAULT_MAX_YEARS 5

typedef enum
{
  RC_ELIGIBILITY_ELIGIBLE,
  RC_ELIGIBILITY_TOO_RECENT,
  RC_ELIGIBILITY_TOO_LONG,
  RC_ELIGIBILITY_UNKNOWN,
} RcEligibility;

/* Whole years from @left_practice_on to @applied_on, plus the fraction of
 * the year after the last anniversary (so 2015-01-31 to 2017-01-31 is
 * exactly 2.0, and to 2017-07-31 is 2 + 181/365). An anniversary of
 * 29 February falls on 28 February in other years. -1 when a date is
 * missing or invalid, or @applied_on is before @left_practice_on. */
double        rc_returner_years_out             (const GDate   *left_practice_on,
                                                 const GDate   *applied_on);
/* Bounds are inclusive. UNKNOWN when @years_out is negative (not known) or
 * not a number, or the bounds are negative or reversed. */
RcEligibility rc_returner_eligibility           (double         years_out,
                                                 int            min_years,
                                                 int            max_years);
/* Days of updating Social Work England asks of a returner: 0 under 2 years
 * out, 30 from 2 to 5 years inclusive, 60 beyond 5; -1 when @years_out is
 * not known (negative or not a number). */
int           rc_returner_updating_days         (double         years_out);
/* Translated, such as "Out of practice too long". */
const char   *rc_returner_eligibility_get_label (RcEligibility  eligibility);

G_END_DECLS
