/* rc-rates.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-model"

#include "config.h"

#include <math.h>

#include "rc-rates.h"

#define NO_VALUE "\xe2\x80\x94" /* U+2014 EM DASH */

static gboolean
figures_usable (RcFigure a,
                RcFigure b)
{
  /* A negative stock or flow is a data error, not something to divide by. */
  return a.present && b.present && a.value >= 0 && b.value >= 0;
}

/* part / (part + rest), the shape of the vacancy and agency rates. */
static RcRate
share_of_total (RcFigure part,
                RcFigure rest)
{
  gint64 total;

  if (!figures_usable (part, rest))
    return RC_RATE_NONE;
  if (__builtin_add_overflow (part.value, rest.value, &total) || total == 0)
    return RC_RATE_NONE;

  return rc_rate ((double) part.value / (double) total);
}

RcRate
rc_rate_vacancy (RcFigure vacancies_fte100,
                 RcFigure in_post_fte100)
{
  return share_of_total (vacancies_fte100, in_post_fte100);
}

RcRate
rc_rate_agency (RcFigure agency_fte100,
                RcFigure in_post_fte100)
{
  return share_of_total (agency_fte100, in_post_fte100);
}

RcRate
rc_rate_turnover (RcFigure leavers_fte100,
                  RcFigure in_post_fte100)
{
  if (!figures_usable (leavers_fte100, in_post_fte100) || in_post_fte100.value == 0)
    return RC_RATE_NONE;

  return rc_rate ((double) leavers_fte100.value / (double) in_post_fte100.value);
}

RcRate
rc_rate_caseload (RcFigure cases,
                  RcFigure case_holders_fte100)
{
  if (!figures_usable (cases, case_holders_fte100) || case_holders_fte100.value == 0)
    return RC_RATE_NONE;

  /* Case holders are in hundredths of an FTE. */
  return rc_rate ((double) cases.value * 100.0 / (double) case_holders_fte100.value);
}

RcRate
rc_rate_from_pct100 (RcFigure pct100)
{
  if (!pct100.present || pct100.value < 0)
    return RC_RATE_NONE;

  return rc_rate ((double) pct100.value / 10000.0);
}

RcRate
rc_rate_from_hundredths (RcFigure value100)
{
  if (!value100.present || value100.value < 0)
    return RC_RATE_NONE;

  return rc_rate ((double) value100.value / 100.0);
}

/* One decimal, rounded half away from zero (printf would round the binary
 * value, so 12.35 could become 12.3), and a '.' in every locale. */
static char *
format_one_decimal (double      value,
                    const char *suffix)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  double rounded = round (value * 10.0) / 10.0;

  if (rounded == 0.0)
    rounded = 0.0;  /* no "-0.0" */

  g_ascii_formatd (buffer, sizeof buffer, "%.1f", rounded);

  return g_strconcat (buffer, suffix, NULL);
}

char *
rc_rate_format_percent (RcRate rate)
{
  if (!rate.present || !isfinite (rate.value))
    return g_strdup (NO_VALUE);

  return format_one_decimal (rate.value * 100.0, " %");
}

char *
rc_rate_format_caseload (RcRate rate)
{
  if (!rate.present || !isfinite (rate.value))
    return g_strdup (NO_VALUE);

  return format_one_decimal (rate.value, "");
}
