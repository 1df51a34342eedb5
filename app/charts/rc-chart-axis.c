/* rc-chart-axis.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-charts"

#include "config.h"

#include <math.h>
#include <string.h>

#include "model/rc-money.h"
#include "model/rc-rates.h"
#include "rc-chart-axis.h"

#define MINUS_SIGN "\xe2\x88\x92" /* U+2212 */
#define POUND_SIGN "\xc2\xa3"     /* U+00A3 */
#define NO_VALUE   "\xe2\x80\x94" /* U+2014 EM DASH */

/* Float quotients are not exact: a tolerance keeps 0.5 / 0.1 from asking
 * for a sixth step, or a value on a tick from getting one more above it. */
#define EPSILON 1e-9

/* k × @step, as the nearest double to the decimal (3 × 0.1 is 0.3, not
 * 0.30000000000000004), so that a value on a tick lands on it exactly. */
static double
tick_at (double step,
         double k)
{
  double v;

  if (step < 1.0)
    {
      double scale = pow (10.0, ceil (-log10 (step) - EPSILON));

      v = round (k * step * scale) / scale;
    }
  else
    v = k * step;
  return v == 0.0 ? 0.0 : v;  /* never -0.0 */
}

void
rc_chart_ticks_compute (double         data_min,
                        double         data_max,
                        RcChartFormat  format,
                        guint          target,
                        RcChartTicks  *ticks)
{
  double lo, hi, raw, magnitude, norm, nice, k_min, k_max;

  g_return_if_fail (ticks != NULL);

  lo = isfinite (data_min) ? MIN (0.0, data_min) : 0.0;
  hi = isfinite (data_max) ? MAX (0.0, data_max) : 0.0;
  if (hi - lo <= 0.0)
    {
      switch (format)
        {
        case RC_CHART_FORMAT_PERCENT:
          hi = 0.1;
          break;
        case RC_CHART_FORMAT_MONEY:
          hi = 100000.0; /* £1,000 */
          break;
        case RC_CHART_FORMAT_NUMBER:
        default:
          hi = 1.0;
          break;
        }
    }

  raw = (hi - lo) / MAX (target, 1u);
  magnitude = pow (10.0, floor (log10 (raw)));
  norm = raw / magnitude;
  /* The nearest of 1, 2, 5 and 10 on a log scale, so that the number of
   * steps stays near @target (between about 0.7 and 1.4 times it). */
  if (norm < G_SQRT2)
    nice = 1.0;
  else if (norm < 3.1623)
    nice = 2.0;
  else if (norm < 7.0711)
    nice = 5.0;
  else
    nice = 10.0;

  ticks->step = nice * magnitude;
  if (format == RC_CHART_FORMAT_MONEY && ticks->step < 1.0)
    ticks->step = 1.0; /* no fractions of a penny */
  k_min = floor (lo / ticks->step + EPSILON);
  k_max = ceil (hi / ticks->step - EPSILON);
  ticks->min = tick_at (ticks->step, k_min);
  ticks->max = tick_at (ticks->step, k_max);
  ticks->n_ticks = (guint) (k_max - k_min) + 1;
}

double
rc_chart_ticks_value (const RcChartTicks *ticks,
                      guint               i)
{
  g_return_val_if_fail (ticks != NULL, 0.0);

  return tick_at (ticks->step, round (ticks->min / ticks->step) + i);
}

static int
decimals_for_step (double step)
{
  if (!(step > 0.0) || step >= 1.0 - EPSILON)
    return 0;
  return MIN ((int) ceil (-log10 (step) - EPSILON), 9);
}

/* Appends |value| with @decimals, grouping thousands with ',' and trimming
 * trailing zeros after the point when @trim. */
static void
append_fixed (GString  *out,
              double    value,
              int       decimals,
              gboolean  group,
              gboolean  trim)
{
  char format[16];
  char buf[G_ASCII_DTOSTR_BUF_SIZE + 32];
  const char *point;
  gsize int_len;

  g_snprintf (format, sizeof format, "%%.%df", decimals);
  g_ascii_formatd (buf, sizeof buf, format, fabs (value));

  if (trim && strchr (buf, '.') != NULL)
    {
      gsize len = strlen (buf);

      while (len > 0 && buf[len - 1] == '0')
        buf[--len] = '\0';
      if (len > 0 && buf[len - 1] == '.')
        buf[--len] = '\0';
    }

  point = strchr (buf, '.');
  int_len = point != NULL ? (gsize) (point - buf) : strlen (buf);
  for (gsize i = 0; i < int_len; i++)
    {
      if (group && i > 0 && (int_len - i) % 3 == 0)
        g_string_append_c (out, ',');
      g_string_append_c (out, buf[i]);
    }
  if (point != NULL)
    g_string_append (out, point);
}

/* True when @value shows as zero with @decimals, so that no "−0" appears. */
static gboolean
rounds_to_zero (double value,
                int    decimals)
{
  return fabs (value) < 0.5 * pow (10.0, -decimals);
}

char *
rc_chart_format_tick (RcChartFormat format,
                      double        value,
                      double        step)
{
  GString *text = g_string_new (NULL);

  if (!isfinite (value))
    {
      g_string_append (text, NO_VALUE);
      return g_string_free (text, FALSE);
    }

  switch (format)
    {
    case RC_CHART_FORMAT_PERCENT:
      {
        int decimals = decimals_for_step (step * 100.0);

        if (value < 0 && !rounds_to_zero (value * 100.0, decimals))
          g_string_append (text, MINUS_SIGN);
        append_fixed (text, value * 100.0, decimals, TRUE, FALSE);
        g_string_append (text, " %");
      }
      break;

    case RC_CHART_FORMAT_MONEY:
      {
        double pounds = value / 100.0, step_pounds = step / 100.0;
        double unit = 1.0;
        const char *suffix = "";
        int decimals;

        if (fabs (pounds) >= 1e6 - EPSILON)
          unit = 1e6, suffix = "m";
        else if (fabs (pounds) >= 1e3 - EPSILON)
          unit = 1e3, suffix = "k";

        if (unit == 1.0)
          decimals = step_pounds < 1.0 - EPSILON ? 2 : 0;
        else
          decimals = decimals_for_step (step_pounds / unit);

        if (value < 0 && !rounds_to_zero (pounds / unit, decimals))
          g_string_append (text, MINUS_SIGN);
        g_string_append (text, POUND_SIGN);
        append_fixed (text, pounds / unit, decimals, TRUE, unit != 1.0);
        g_string_append (text, suffix);
      }
      break;

    case RC_CHART_FORMAT_NUMBER:
    default:
      {
        int decimals = decimals_for_step (step);

        if (value < 0 && !rounds_to_zero (value, decimals))
          g_string_append (text, MINUS_SIGN);
        append_fixed (text, value, decimals, TRUE, FALSE);
      }
      break;
    }

  return g_string_free (text, FALSE);
}

char *
rc_chart_format_value (RcChartFormat format,
                       double        value)
{
  GString *text;

  if (!isfinite (value))
    return g_strdup (NO_VALUE);

  switch (format)
    {
    case RC_CHART_FORMAT_PERCENT:
      return rc_rate_format_percent (rc_rate (value));

    case RC_CHART_FORMAT_MONEY:
      if (fabs (value) >= 9.2e18)
        return g_strdup (NO_VALUE);
      return rc_money_format ((gint64) llround (value));

    case RC_CHART_FORMAT_NUMBER:
    default:
      text = g_string_new (NULL);
      if (value < 0 && !rounds_to_zero (value, 2))
        g_string_append (text, MINUS_SIGN);
      append_fixed (text, value, 2, TRUE, TRUE);
      return g_string_free (text, FALSE);
    }
}
