/* rc-money.h: money, FTE figures and dates as people type and read them
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Money is integer pence. "£1,234.56"; a negative amount "−£5.00" with a
 * U+2212 MINUS SIGN. */
char     *rc_money_format    (gint64       pence);
/* Accepts "1234.56", "1,234.56", "£1,234.5", " 12 " (whole pounds), ".5".
 * Thousands separators, if used, must separate groups of three digits.
 * Refuses empty text, negative amounts, more than two decimal places,
 * anything but digits, and amounts beyond G_MAXINT64 pence, with an
 * RC_MODEL_ERROR that names the problem. @pence is set only on success. */
gboolean  rc_money_parse     (const char  *text,
                              gint64      *pence,
                              GError     **error);

/* FTE figures are integers in hundredths of an FTE. Formatted with trailing
 * zeros trimmed and no thousands separator, so that the text reads back with
 * rc_fte_parse(): 27930 is "279.3", 1200 is "12", 1234 is "12.34". */
char     *rc_fte_format      (gint64       fte100);
/* Accepts "12", "12.5", "12.34", ".5"; refuses what rc_money_parse()
 * refuses (a '£' included). @fte100 is set only on success. */
gboolean  rc_fte_parse       (const char  *text,
                              gint64      *fte100,
                              GError     **error);

/* Strict ISO-8601 calendar date "YYYY-MM-DD" (surrounding spaces ignored):
 * refuses "31/01/2017" (RC_MODEL_ERROR_INVALID) and "2017-02-30"
 * (RC_MODEL_ERROR_RANGE). @out is set only on success. */
gboolean  rc_date_parse      (const char  *text,
                              GDate       *out,
                              GError     **error);
/* "2017-01-31"; @date must be valid. */
char     *rc_date_format_iso (const GDate *date);
/* Today's local date, "2017-01-31". */
char     *rc_date_today_iso  (void);
/* @text, a date rc_date_parse() takes, written as rc_date_format_iso()
 * writes it; today's date when @text is NULL; NULL, with
 * rc_date_parse()'s @error, when @text is not a date. */
char     *rc_date_iso_or_today (const char  *text,
                                GError     **error);

G_END_DECLS
