/* rc-workforce-csv-columns.c: the columns and values of the DfE's children's
 * social work workforce CSV
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-import"

#include "config.h"

#include <inttypes.h>

#include <string.h>

#include <glib/gi18n.h>

#include "model/rc-csv.h"
#include "model/rc-model-error.h"
#include "model/rc-money.h"
#include "rc-workforce-csv-columns-private.h"
#include "rc-workforce-import.h"

typedef enum
{
  UNIT_NONE,   /* not a figure */
  UNIT_FTE,    /* hundredths of an FTE */
  UNIT_COUNT,  /* a whole number */
  UNIT_DAYS,   /* hundredths of a working day */
  UNIT_RATE,   /* a percentage, in hundredths of a percent */
  UNIT_RATIO,  /* cases per FTE, in hundredths */
} Unit;

/* The first name is the one the Indicators file uses; the others are names
 * that earlier releases and the other files of the publication use. Names
 * are compared without case. */
static const struct
{
  const char *names[6];
  Unit        unit;
} column_info[RC_WF_N_COLUMNS] = {
  [RC_WF_COLUMN_TIME_PERIOD] = { { "time_period" }, UNIT_NONE },
  [RC_WF_COLUMN_TIME_IDENTIFIER] = { { "time_identifier" }, UNIT_NONE },
  [RC_WF_COLUMN_GEOGRAPHIC_LEVEL] = { { "geographic_level" }, UNIT_NONE },
  [RC_WF_COLUMN_COUNTRY_CODE] = { { "country_code" }, UNIT_NONE },
  [RC_WF_COLUMN_REGION_CODE] = { { "region_code" }, UNIT_NONE },
  [RC_WF_COLUMN_REGION_NAME] = { { "region_name" }, UNIT_NONE },
  [RC_WF_COLUMN_OLD_LA_CODE] = { { "old_la_code" }, UNIT_NONE },
  [RC_WF_COLUMN_NEW_LA_CODE] = { { "new_la_code" }, UNIT_NONE },
  [RC_WF_COLUMN_LA_NAME] = { { "la_name" }, UNIT_NONE },
  [RC_WF_COLUMN_IN_POST] = { { "inpost_fte", "in_post_fte", "social_workers_fte", "fte" }, UNIT_FTE },
  [RC_WF_COLUMN_STARTERS] = { { "starters_fte", "starter_fte", "new_starters_fte" }, UNIT_FTE },
  [RC_WF_COLUMN_LEAVERS] = { { "leavers_fte", "leaver_fte" }, UNIT_FTE },
  [RC_WF_COLUMN_AGENCY] = { { "agency_fte", "agency_worker_fte", "agency_workers_fte" }, UNIT_FTE },
  [RC_WF_COLUMN_VACANCIES] = { { "vacancy_fte", "vacancies_fte" }, UNIT_FTE },
  [RC_WF_COLUMN_CASE_HOLDERS] = { { "case_holders_fte", "caseholders_fte", "case_holder_fte" }, UNIT_FTE },
  [RC_WF_COLUMN_CASES] = { { "cases", "cases_held", "case_count" }, UNIT_COUNT },
  [RC_WF_COLUMN_SICKNESS_DAYS] = { { "working_days_lost_fte", "working_days_lost", "absence_days",
                                     "absence_days_fte", "days_lost_fte" }, UNIT_DAYS },
  [RC_WF_COLUMN_VACANCY_RATE] = { { "vacancy_rate_fte", "vacancy_rate" }, UNIT_RATE },
  [RC_WF_COLUMN_AGENCY_RATE] = { { "agency_rate_fte", "agency_rate", "agency_worker_rate_fte" }, UNIT_RATE },
  [RC_WF_COLUMN_TURNOVER_RATE] = { { "turnover_rate_fte", "turnover_rate" }, UNIT_RATE },
  [RC_WF_COLUMN_CASELOAD] = { { "caseload_fte", "caseload", "average_caseload_fte" }, UNIT_RATIO },
};

static const char *figure_nouns[RC_WF_N_COLUMNS] = {
  [RC_WF_COLUMN_IN_POST] = N_("FTE in post"),
  [RC_WF_COLUMN_STARTERS] = N_("starters"),
  [RC_WF_COLUMN_LEAVERS] = N_("leavers"),
  [RC_WF_COLUMN_AGENCY] = N_("agency workers"),
  [RC_WF_COLUMN_VACANCIES] = N_("vacancies"),
  [RC_WF_COLUMN_CASE_HOLDERS] = N_("case holders"),
  [RC_WF_COLUMN_CASES] = N_("cases"),
  [RC_WF_COLUMN_SICKNESS_DAYS] = N_("days lost to sickness"),
  [RC_WF_COLUMN_VACANCY_RATE] = N_("published vacancy rate"),
  [RC_WF_COLUMN_AGENCY_RATE] = N_("published agency rate"),
  [RC_WF_COLUMN_TURNOVER_RATE] = N_("published turnover rate"),
  [RC_WF_COLUMN_CASELOAD] = N_("published caseload"),
};

const char *
rc_wf_figure_noun (RcWfColumn column)
{
  g_return_val_if_fail (column >= RC_WF_FIRST_FIGURE && column < RC_WF_N_COLUMNS, NULL);

  return _(figure_nouns[column]);
}

gboolean
rc_wf_columns_find (GPtrArray    *header,
                    RcWfColumns  *columns,
                    GError      **error)
{
  g_autoptr(GPtrArray) missing = g_ptr_array_new_with_free_func (g_free);
  gboolean any_figure = FALSE;

  g_return_val_if_fail (header != NULL, FALSE);
  g_return_val_if_fail (columns != NULL, FALSE);

  columns->n_fields = header->len;
  for (guint c = 0; c < RC_WF_N_COLUMNS; c++)
    {
      columns->index[c] = -1;
      for (guint n = 0; n < G_N_ELEMENTS (column_info[c].names) && column_info[c].names[n] != NULL; n++)
        {
          columns->index[c] = rc_csv_find_column (header, column_info[c].names[n]);
          if (columns->index[c] >= 0)
            break;
        }
      if (c >= RC_WF_FIRST_FIGURE && columns->index[c] >= 0)
        any_figure = TRUE;
    }

  if (columns->index[RC_WF_COLUMN_TIME_PERIOD] < 0)
    g_ptr_array_add (missing, g_strdup ("time_period"));
  if (columns->index[RC_WF_COLUMN_GEOGRAPHIC_LEVEL] < 0)
    g_ptr_array_add (missing, g_strdup ("geographic_level"));
  if (columns->index[RC_WF_COLUMN_NEW_LA_CODE] < 0 && columns->index[RC_WF_COLUMN_REGION_CODE] < 0)
    /* Translators: two column names of the DfE's file, kept as they are */
    g_ptr_array_add (missing, g_strdup (_("new_la_code or region_code")));
  if (!any_figure)
    /* Translators: column names of the DfE's file, kept as they are */
    g_ptr_array_add (missing, g_strdup (_("a figure column such as inpost_fte, vacancy_fte or cases")));

  if (missing->len > 0)
    {
      g_autofree char *list = NULL;

      g_ptr_array_add (missing, NULL);
      list = g_strjoinv ("; ", (char **) missing->pdata);
      g_set_error (error, RC_WORKFORCE_IMPORT_ERROR, RC_WORKFORCE_IMPORT_ERROR_MISSING_COLUMNS,
                   _("This is not the DfE’s children’s social work workforce file: "
                     "it has no column %s"),
                   list);
      return FALSE;
    }

  return TRUE;
}

const char *
rc_wf_column_name (const RcWfColumns *columns,
                   GPtrArray         *header,
                   RcWfColumn         column)
{
  int index = columns->index[column];

  if (index >= 0 && (guint) index < header->len)
    return g_ptr_array_index (header, index);

  return column_info[column].names[0];
}

const char *
rc_wf_cell (const RcWfColumns *columns,
            GPtrArray         *fields,
            RcWfColumn         column)
{
  int index = columns->index[column];

  if (index < 0 || (guint) index >= fields->len)
    return "";

  return g_strstrip ((char *) g_ptr_array_index (fields, index));
}

RcFigure *
rc_wf_figure_of (RcWorkforceReturn *ret,
                 RcWfColumn         column)
{
  switch (column)
    {
    case RC_WF_COLUMN_IN_POST:
      return &ret->in_post_fte100;
    case RC_WF_COLUMN_STARTERS:
      return &ret->starters_fte100;
    case RC_WF_COLUMN_LEAVERS:
      return &ret->leavers_fte100;
    case RC_WF_COLUMN_AGENCY:
      return &ret->agency_fte100;
    case RC_WF_COLUMN_VACANCIES:
      return &ret->vacancies_fte100;
    case RC_WF_COLUMN_CASE_HOLDERS:
      return &ret->case_holders_fte100;
    case RC_WF_COLUMN_CASES:
      return &ret->cases;
    case RC_WF_COLUMN_SICKNESS_DAYS:
      return &ret->sickness_days100;
    case RC_WF_COLUMN_VACANCY_RATE:
      return &ret->published_vacancy_rate_pct100;
    case RC_WF_COLUMN_AGENCY_RATE:
      return &ret->published_agency_rate_pct100;
    case RC_WF_COLUMN_TURNOVER_RATE:
      return &ret->published_turnover_rate_pct100;
    case RC_WF_COLUMN_CASELOAD:
      return &ret->published_caseload100;
    case RC_WF_COLUMN_TIME_PERIOD:
    case RC_WF_COLUMN_TIME_IDENTIFIER:
    case RC_WF_COLUMN_GEOGRAPHIC_LEVEL:
    case RC_WF_COLUMN_COUNTRY_CODE:
    case RC_WF_COLUMN_REGION_CODE:
    case RC_WF_COLUMN_REGION_NAME:
    case RC_WF_COLUMN_OLD_LA_CODE:
    case RC_WF_COLUMN_NEW_LA_CODE:
    case RC_WF_COLUMN_LA_NAME:
    case RC_WF_N_COLUMNS:
    default:
      g_return_val_if_reached (NULL);
    }
}

/* The symbols of explore-education-statistics for a value that is not
 * given: z not applicable, x unavailable, c suppressed, u unreliable, and
 * ".." and ":" of older releases. */
static const char *missing_markers[] = { "z", "x", "c", "u", "..", ":" };
/* A value that rounds to zero: below 0.5. */
static const char *low_markers[] = { "low", "~" };

static gboolean
is_one_of (const char  *text,
           const char **markers,
           gsize        n_markers)
{
  for (gsize i = 0; i < n_markers; i++)
    if (g_ascii_strcasecmp (text, markers[i]) == 0)
      return TRUE;

  return FALSE;
}

/* A cell as a message quotes it: trimmed, and at most 80 characters. */
static char *
shown_cell (const char *text)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text != NULL ? text : ""));

  return rc_csv_shorten (trimmed, RC_CSV_MESSAGE_MAX_CHARS);
}

gboolean
rc_wf_parse_figure (RcWfColumn   column,
                    const char  *text,
                    RcFigure    *figure,
                    RcWfCell    *cell,
                    GError     **error)
{
  g_autofree char *number = g_strstrip (g_strdup (text != NULL ? text : ""));
  g_autofree char *shown = NULL;  /* for a message: the cell, at most 80 characters */
  g_autoptr(GError) local_error = NULL;
  Unit unit;
  char *point;
  gboolean round_up = FALSE;
  gint64 value;

  g_return_val_if_fail (column >= RC_WF_FIRST_FIGURE && column < RC_WF_N_COLUMNS, FALSE);

  unit = column_info[column].unit;
  *cell = RC_WF_CELL_VALUE;

  if (number[0] == '\0')
    {
      *figure = RC_FIGURE_MISSING;
      *cell = RC_WF_CELL_BLANK;
      return TRUE;
    }
  if (is_one_of (number, missing_markers, G_N_ELEMENTS (missing_markers)))
    {
      *figure = RC_FIGURE_MISSING;
      *cell = RC_WF_CELL_NOT_AVAILABLE;
      return TRUE;
    }
  /* Stored as missing, not as 0: the true figure is between 0 and 0.5,
   * and a rate computed from 0 would claim more than the DfE says. */
  if (is_one_of (number, low_markers, G_N_ELEMENTS (low_markers)))
    {
      *figure = RC_FIGURE_MISSING;
      *cell = RC_WF_CELL_LOW;
      return TRUE;
    }

  /* A rate may carry its sign: "15.5%". */
  if (unit == UNIT_RATE && g_str_has_suffix (number, "%"))
    {
      number[strlen (number) - 1] = '\0';
      g_strchomp (number);
    }

  if (number[0] == '-' || g_str_has_prefix (number, "\xe2\x88\x92"))
    {
      shown = shown_cell (text);
      g_set_error (error, RC_MODEL_ERROR, RC_MODEL_ERROR_RANGE,
                   _("“%s” is negative: a workforce figure cannot be"), shown);
      return FALSE;
    }

  /* FTE figures and days are kept to hundredths: more decimal places are
   * rounded half up rather than refused, since the DfE's averages have
   * them. */
  point = strchr (number, '.');
  if (point != NULL && strlen (point + 1) > 2)
    {
      for (const char *p = point + 1; *p != '\0'; p++)
        if (!g_ascii_isdigit (*p))
          goto not_a_number;
      round_up = point[3] >= '5';
      point[3] = '\0';
    }

  if (!rc_fte_parse (number, &value, &local_error))
    {
      if (g_error_matches (local_error, RC_MODEL_ERROR, RC_MODEL_ERROR_RANGE))
        {
          shown = shown_cell (text);
          g_set_error (error, RC_MODEL_ERROR, RC_MODEL_ERROR_RANGE,
                       _("“%s” is too large a figure"), shown);
          return FALSE;
        }
      goto not_a_number;
    }
  if (round_up)
    value++;

  /* A count is whole: a fraction (which the file should not have) is
   * rounded half up. */
  if (unit == UNIT_COUNT)
    value = value / 100 + (value % 100 >= 50 ? 1 : 0);
  /* A share of a whole cannot pass 100 %; the store's limits say so too,
   * but a line of the file is the place to say it. */
  if (unit == UNIT_RATE && column != RC_WF_COLUMN_TURNOVER_RATE && value > 10000)
    {
      shown = shown_cell (text);
      g_set_error (error, RC_MODEL_ERROR, RC_MODEL_ERROR_RANGE,
                   _("“%s” is more than 100 %%: a rate cannot be"), shown);
      return FALSE;
    }
  if ((unit == UNIT_RATE || unit == UNIT_RATIO) && value > 100000)
    {
      shown = shown_cell (text);
      g_set_error (error, RC_MODEL_ERROR, RC_MODEL_ERROR_RANGE,
                   _("“%s” is too large a figure"), shown);
      return FALSE;
    }

  *figure = rc_figure (value);
  return TRUE;

not_a_number:
  shown = shown_cell (text);
  g_set_error (error, RC_MODEL_ERROR, RC_MODEL_ERROR_INVALID,
               _("“%s” is not a number"), shown);
  return FALSE;
}

static gboolean
all_digits (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p))
      return FALSE;

  return TRUE;
}

gboolean
rc_wf_parse_year (const char  *text,
                  gint64      *year,
                  GError     **error)
{
  g_autofree char *copy = g_strstrip (g_strdup (text != NULL ? text : ""));
  gsize len = strlen (copy);
  gint64 value = -1;

  if (all_digits (copy) && len == 4)
    value = g_ascii_strtoll (copy, NULL, 10);
  else if (all_digits (copy) && len == 6)
    {
      /* 202425: the year from 1 October 2024 to 30 September 2025. */
      gint64 first = g_ascii_strtoll (copy, NULL, 10) / 100;
      gint64 second = g_ascii_strtoll (copy + 4, NULL, 10);

      if ((first + 1) % 100 == second)
        value = first + 1;
    }

  if (value < 0)
    {
      g_autofree char *shown = rc_csv_shorten (copy, RC_CSV_MESSAGE_MAX_CHARS);

      g_set_error (error, RC_MODEL_ERROR, RC_MODEL_ERROR_INVALID,
                   _("“%s” is not a year such as 2025 or 202425"), shown);
      return FALSE;
    }
  if (value < 2000 || value > 2100)
    {
      g_set_error (error, RC_MODEL_ERROR, RC_MODEL_ERROR_RANGE,
                   _("The year %" PRId64 " is not between 2000 and 2100"), value);
      return FALSE;
    }

  *year = value;
  return TRUE;
}
