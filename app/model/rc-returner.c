/* rc-returner.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-model"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "rc-returner.h"

/* @date moved on by @years, or an invalid date past GDate's last year. */
static GDate
add_years (const GDate *date,
           guint        years)
{
  GDate result;

  g_date_clear (&result, 1);
  if ((guint) g_date_get_year (date) + years <= G_MAXUINT16)
    {
      result = *date;
      g_date_add_years (&result, years);
    }

  return result;
}

double
rc_returner_years_out (const GDate *left_practice_on,
                       const GDate *applied_on)
{
  GDate anniversary;
  GDate next;
  guint years;

  if (left_practice_on == NULL || applied_on == NULL ||
      !g_date_valid (left_practice_on) || !g_date_valid (applied_on) ||
      g_date_compare (applied_on, left_practice_on) < 0)
    return -1.0;

  /* The calendar difference can be one too many when the day of the year
   * applied comes before the day of the year left. */
  years = (guint) (g_date_get_year (applied_on) - g_date_get_year (left_practice_on));
  anniversary = add_years (left_practice_on, years);
  if (g_date_compare (&anniversary, applied_on) > 0)
    anniversary = add_years (left_practice_on, --years);

  next = add_years (left_practice_on, years + 1);
  if (!g_date_valid (&next))
    return (double) years;

  return years + (double) g_date_days_between (&anniversary, applied_on)
                 / (double) g_date_days_between (&anniversary, &next);
}

RcEligibility
rc_returner_eligibility (double years_out,
                         int    min_years,
                         int    max_years)
{
  if (isnan (years_out) || years_out < 0 || min_years < 0 || max_years < min_years)
    return RC_ELIGIBILITY_UNKNOWN;
  if (years_out < min_years)
    return RC_ELIGIBILITY_TOO_RECENT;
  if (years_out > max_years)
    return RC_ELIGIBILITY_TOO_LONG;

  return RC_ELIGIBILITY_ELIGIBLE;
}

int
rc_returner_updating_days (double years_out)
{
  if (isnan (years_out) || years_out < 0)
    return -1;
  if (years_out < 2.0)
    return 0;
  if (years_out <= 5.0)
    return 30;

  return 60;
}

const char *
rc_returner_eligibility_get_label (RcEligibility eligibility)
{
  switch (eligibility)
    {
    case RC_ELIGIBILITY_ELIGIBLE:
      return _("Eligible");
    case RC_ELIGIBILITY_TOO_RECENT:
      return _("Not out of practice long enough");
    case RC_ELIGIBILITY_TOO_LONG:
      return _("Out of practice too long");
    case RC_ELIGIBILITY_UNKNOWN:
      return _("Not known");
    default:
      g_return_val_if_reached (NULL);
    }
}
