/* rc-money.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-model"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "rc-csv.h"
#include "rc-model-error.h"
#include "rc-money.h"

#define POUND_SIGN "\xc2\xa3"     /* U+00A3 */
#define MINUS_SIGN "\xe2\x88\x92" /* U+2212 */

typedef enum
{
  KIND_MONEY,
  KIND_FTE,
} Kind;

/* Magnitude of a gint64 without overflowing at G_MININT64. */
static guint64
magnitude (gint64 value)
{
  return value < 0 ? (guint64) (-(value + 1)) + 1 : (guint64) value;
}

char *
rc_money_format (gint64 pence)
{
  GString *text = g_string_new (NULL);
  guint64 mag = magnitude (pence);
  g_autofree char *pounds = g_strdup_printf ("%" G_GUINT64_FORMAT, mag / 100);
  gsize len = strlen (pounds);

  if (pence < 0)
    g_string_append (text, MINUS_SIGN);
  g_string_append (text, POUND_SIGN);
  for (gsize i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0)
        g_string_append_c (text, ',');
      g_string_append_c (text, pounds[i]);
    }
  g_string_append_printf (text, ".%02u", (guint) (mag % 100));

  return g_string_free (text, FALSE);
}

char *
rc_fte_format (gint64 fte100)
{
  guint64 mag = magnitude (fte100);
  guint frac = (guint) (mag % 100);
  const char *sign = fte100 < 0 ? MINUS_SIGN : "";

  if (frac == 0)
    return g_strdup_printf ("%s%" G_GUINT64_FORMAT, sign, mag / 100);
  if (frac % 10 == 0)
    return g_strdup_printf ("%s%" G_GUINT64_FORMAT ".%u", sign, mag / 100, frac / 10);

  return g_strdup_printf ("%s%" G_GUINT64_FORMAT ".%02u", sign, mag / 100, frac);
}

static gboolean
starts_negative (const char *p)
{
  return *p == '-' || g_str_has_prefix (p, MINUS_SIGN);
}

/* Sets @error to the message for money or for FTE, which take the same
 * grammar; written as macros so that the compiler checks each format. */
#define FAIL(code, money_message, fte_message) \
  (g_set_error_literal (error, RC_MODEL_ERROR, (code), \
                        kind == KIND_MONEY ? (money_message) : (fte_message)), FALSE)
/* The text is quoted as the user typed it, shortened: a cell of 20,000
 * bytes in a file must not become a message of 20,000 bytes. */
#define FAIL_TEXT(code, money_message, fte_message) \
  (shown = rc_csv_shorten (text, 40), \
   g_set_error (error, RC_MODEL_ERROR, (code), \
                kind == KIND_MONEY ? (money_message) : (fte_message), shown), FALSE)

/* Reads a non-negative decimal with at most two places into hundredths:
 * the one grammar behind money in pence and FTE in hundredths. */
static gboolean
parse_hundredths (const char  *input,
                  Kind         kind,
                  gint64      *out,
                  GError     **error)
{
  g_autofree char *text = g_strstrip (g_strdup (input != NULL ? input : ""));
  g_autofree char *shown = NULL;
  const char *p = text;
  gint64 whole = 0;
  gint64 result;
  guint n_digits = 0;
  guint group = 0;       /* digits since the last thousands separator */
  gboolean grouped = FALSE;
  guint n_decimals = 0;
  gint64 decimals = 0;

  if (*p == '\0')
    return FAIL (RC_MODEL_ERROR_INVALID,
                 _("Enter an amount, such as 1,234.56"),
                 _("Enter an FTE figure, such as 12.5"));

  if (starts_negative (p))
    return FAIL (RC_MODEL_ERROR_RANGE,
                 _("An amount cannot be negative"),
                 _("An FTE figure cannot be negative"));

  if (kind == KIND_MONEY && g_str_has_prefix (p, POUND_SIGN))
    {
      p += strlen (POUND_SIGN);
      while (g_ascii_isspace (*p))
        p++;
      if (starts_negative (p))
        return FAIL (RC_MODEL_ERROR_RANGE,
                     _("An amount cannot be negative"),
                     _("An amount cannot be negative"));
    }

  for (; g_ascii_isdigit (*p) || *p == ','; p++)
    {
      if (*p == ',')
        {
          /* The first group has 1 to 3 digits, every later one exactly 3. */
          if (group == 0 || (grouped && group != 3) || group > 3)
            goto misplaced_separator;
          grouped = TRUE;
          group = 0;
          continue;
        }
      if (__builtin_mul_overflow (whole, 10, &whole) ||
          __builtin_add_overflow (whole, *p - '0', &whole))
        goto too_large;
      n_digits++;
      group++;
    }
  if (grouped && group != 3)
    goto misplaced_separator;

  if (*p == '.')
    {
      for (p++; g_ascii_isdigit (*p); p++)
        {
          if (++n_decimals <= 2)
            decimals = decimals * 10 + (*p - '0');
        }
    }

  if (*p != '\0' || n_digits + n_decimals == 0)
    return FAIL_TEXT (RC_MODEL_ERROR_INVALID,
                      _("“%s” is not an amount of money: use digits, such as 1,234.56"),
                      _("“%s” is not an FTE figure: use digits, such as 12.5"));

  if (n_decimals > 2)
    return FAIL_TEXT (RC_MODEL_ERROR_INVALID,
                      _("“%s” has more than two decimal places: amounts are in pounds and pence"),
                      _("“%s” has more than two decimal places: "
                        "FTE figures are kept to hundredths"));
  if (n_decimals == 1)
    decimals *= 10;

  if (__builtin_mul_overflow (whole, 100, &result) ||
      __builtin_add_overflow (result, decimals, &result))
    goto too_large;

  *out = result;
  return TRUE;

misplaced_separator:
  return FAIL_TEXT (RC_MODEL_ERROR_INVALID,
                    _("“%s” has a misplaced thousands separator: write 1,234.56 or 1234.56"),
                    _("“%s” has a misplaced thousands separator: write 1,234.5 or 1234.5"));
too_large:
  return FAIL_TEXT (RC_MODEL_ERROR_RANGE,
                    _("“%s” is too large an amount"),
                    _("“%s” is too large an FTE figure"));
}

#undef FAIL
#undef FAIL_TEXT

gboolean
rc_money_parse (const char  *text,
                gint64      *pence,
                GError     **error)
{
  g_return_val_if_fail (pence != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return parse_hundredths (text, KIND_MONEY, pence, error);
}

gboolean
rc_fte_parse (const char  *text,
              gint64      *fte100,
              GError     **error)
{
  g_return_val_if_fail (fte100 != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return parse_hundredths (text, KIND_FTE, fte100, error);
}

static guint
read_digits (const char *p,
             guint       n)
{
  guint value = 0;

  for (guint i = 0; i < n; i++)
    value = value * 10 + (guint) (p[i] - '0');

  return value;
}

gboolean
rc_date_parse (const char  *text,
               GDate       *out,
               GError     **error)
{
  g_autofree char *s = g_strstrip (g_strdup (text != NULL ? text : ""));
  guint year, month, day;

  g_return_val_if_fail (out != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (strlen (s) != 10 || s[4] != '-' || s[7] != '-')
    goto not_iso;
  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (s[i]))
      goto not_iso;

  year = read_digits (s, 4);
  month = read_digits (s + 5, 2);
  day = read_digits (s + 8, 2);
  if (year < 1 || month < 1 || month > 12 ||
      !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    {
      g_set_error (error, RC_MODEL_ERROR, RC_MODEL_ERROR_RANGE,
                   _("“%s” is not a day of the calendar"), s);
      return FALSE;
    }

  g_date_clear (out, 1);
  g_date_set_dmy (out, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return TRUE;

not_iso:
  g_set_error (error, RC_MODEL_ERROR, RC_MODEL_ERROR_INVALID,
               _("“%s” is not a date in the form YYYY-MM-DD, such as 2017-01-31"), s);
  return FALSE;
}

char *
rc_date_format_iso (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  return g_strdup_printf ("%04u-%02u-%02u",
                          (guint) g_date_get_year (date),
                          (guint) g_date_get_month (date),
                          (guint) g_date_get_day (date));
}
