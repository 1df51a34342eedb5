/* rc-trainee-import-dates.c: a date cell of a trainee file, written the ISO
 * way or day first as a spreadsheet in England writes it
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-import"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n.h>

#include "model/rc-csv.h"
#include "model/rc-money.h"
#include "rc-trainee-import-private.h"

gboolean
rc_trainee_import_all_digits (const char *text,
                              gsize       min,
                              gsize       max)
{
  gsize n = strlen (text);

  return n >= min && n <= max && text[strspn (text, "0123456789")] == '\0';
}

static char *
date_problem (RcTraineeField  field,
              const char     *text,
              gboolean        impossible)
{
  const char *label = rc_trainee_field_get_label (field);
  g_autofree char *shown = NULL;

  /* The day someone left practice is theirs: it is not repeated. */
  if (rc_trainee_field_is_personal (field))
    return impossible
      ? g_strdup_printf (_("%s: not a day of the calendar"), label)
      : g_strdup_printf (_("%s: not a date such as 2017-01-31 or 31/01/2017"), label);

  shown = rc_csv_shorten (text, RC_CSV_MESSAGE_MAX_CHARS);
  return impossible
    ? g_strdup_printf (_("%s: “%s” is not a day of the calendar"), label, shown)
    : g_strdup_printf (_("%s: “%s” is not a date such as 2017-01-31 or 31/01/2017"), label, shown);
}

/* "2017-01-31", or "31/01/2017" (and "1/2/2017") as a spreadsheet in
 * England writes it. Sets @day_first when it was the latter. */
gboolean
rc_trainee_import_parse_date (const char      *text,
                              char           **iso,
                              gboolean        *day_first,
                              RcTraineeField   field,
                              char           **message)
{
  g_auto(GStrv) parts = NULL;
  GDate date;

  *day_first = FALSE;
  /* @text is trimmed, so an ISO date is already as it will be stored. */
  if (rc_date_parse (text, &date, NULL))
    {
      *iso = g_strdup (text);
      return TRUE;
    }

  parts = g_strsplit (text, "/", -1);
  if (g_strv_length (parts) == 3
      && rc_trainee_import_all_digits (parts[0], 1, 2)
      && rc_trainee_import_all_digits (parts[1], 1, 2)
      && rc_trainee_import_all_digits (parts[2], 4, 4))
    {
      guint day = atoi (parts[0]);
      guint month = atoi (parts[1]);
      guint year = atoi (parts[2]);

      if (year >= 1 && month >= 1 && month <= 12
          && g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
        {
          g_date_clear (&date, 1);
          g_date_set_dmy (&date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
          *iso = rc_date_format_iso (&date);
          *day_first = TRUE;
          return TRUE;
        }

      *message = date_problem (field, text, TRUE);
      return FALSE;
    }

  /* Well formed but impossible, such as 2017-02-30. */
  *message = date_problem (field, text, strlen (text) == 10 && text[4] == '-' && text[7] == '-');

  return FALSE;
}
