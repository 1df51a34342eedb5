/* rc-updating-log.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-model"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "rc-money.h"
#include "rc-returner.h"
#include "rc-updating-log.h"

/* The longest supervisor's registration number kept; regulators' numbers
 * are far shorter (Social Work England's SW and six digits). */
#define LIMIT_SUPERVISOR_REGISTRATION 64

/* More hours than this a day are allowed but warned about. */
#define LIKELY_HOURS_A_DAY 12

/* Dates before this year are allowed but warned about. */
#define FIRST_LIKELY_YEAR 2000

/* @text as stored: exactly "2017-01-31". */
static gboolean
read_iso (const char *text,
          GDate      *date)
{
  return text != NULL && strlen (text) == 10 && rc_date_parse (text, date, NULL);
}

RcUpdatingWindowEnd
rc_updating_window_end (const char  *restoration_applied_on,
                        const char  *qualified_on,
                        const GDate *today,
                        GDate       *end)
{
  g_return_val_if_fail (today != NULL && g_date_valid (today), RC_UPDATING_WINDOW_TODAY);
  g_return_val_if_fail (end != NULL, RC_UPDATING_WINDOW_TODAY);

  if (read_iso (restoration_applied_on, end))
    return RC_UPDATING_WINDOW_APPLICATION;
  if (read_iso (qualified_on, end))
    return RC_UPDATING_WINDOW_QUALIFIED;

  *end = *today;

  return RC_UPDATING_WINDOW_TODAY;
}

gint64
rc_updating_activity_units (RcUpdatingActivity *activity,
                            guint               hours_per_day)
{
  g_return_val_if_fail (RC_IS_UPDATING_ACTIVITY (activity), 0);

  if (activity->kind == RC_UPDATING_RECORDED_DAYS)
    return MAX (activity->days100, 0) * hours_per_day;

  return MAX (activity->hours100, 0);
}

/* The units of @activity that fall between @start and @end. */
static gint64
units_within (RcUpdatingActivity *activity,
              guint               hours_per_day,
              const GDate        *start,
              const GDate        *end)
{
  gint64 units = rc_updating_activity_units (activity, hours_per_day);
  GDate first, last;
  const GDate *from, *to;
  gint64 days, inside;

  if (!read_iso (activity->started_on, &first))
    return 0;
  if (activity->kind == RC_UPDATING_RECORDED_DAYS || !read_iso (activity->ended_on, &last)
      || g_date_compare (&last, &first) < 0)
    last = first;

  days = g_date_days_between (&first, &last) + 1;
  from = g_date_compare (&first, start) > 0 ? &first : start;
  to = g_date_compare (&last, end) < 0 ? &last : end;
  inside = g_date_compare (from, to) <= 0 ? g_date_days_between (from, to) + 1 : 0;

  if (inside >= days)
    return units;

  /* Spread evenly over its days; what falls outside is not counted. */
  return units * inside / days;
}

void
rc_updating_tally (GListModel          *activities,
                   double               years_out,
                   RcUpdatingWindowEnd  window_end_kind,
                   const GDate         *window_end,
                   guint                hours_per_day,
                   RcUpdatingTally     *out)
{
  guint n;

  g_return_if_fail (out != NULL);
  g_return_if_fail (activities == NULL || G_IS_LIST_MODEL (activities));
  g_return_if_fail (window_end != NULL && g_date_valid (window_end));

  memset (out, 0, sizeof *out);
  out->hours_per_day = CLAMP (hours_per_day, RC_UPDATING_MIN_HOURS_PER_DAY, RC_UPDATING_MAX_HOURS_PER_DAY);
  out->years_out = years_out >= 0 ? years_out : -1.0;
  out->required_days = rc_returner_updating_days (years_out);
  out->window_end_kind = window_end_kind;
  out->window_end = *window_end;
  out->window_start = *window_end;
  /* GDate keeps the day where it can, else the month's last: 29 February
   * less 12 months is 28 February. */
  g_date_subtract_months (&out->window_start, RC_UPDATING_WINDOW_MONTHS);
  out->private_cap = out->required_days > 0
                     ? (gint64) out->required_days * out->hours_per_day * 100 / 2 : -1;

  n = activities != NULL ? g_list_model_get_n_items (activities) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RcUpdatingActivity) activity = g_list_model_get_item (activities, i);
      gint64 units = rc_updating_activity_units (activity, out->hours_per_day);
      gint64 inside = units_within (activity, out->hours_per_day, &out->window_start, &out->window_end);

      out->n_activities++;
      out->total += units;
      out->in_window += inside;
      if (activity->kind == RC_UPDATING_PRIVATE_STUDY)
        out->private_study += inside;
    }

  out->outside = out->total - out->in_window;
  out->counted = out->in_window;
  if (out->private_cap >= 0 && out->private_study > out->private_cap)
    out->counted -= out->private_study - out->private_cap;
}

gint64
rc_updating_tally_whole_days (const RcUpdatingTally *tally,
                              gint64                 units)
{
  g_return_val_if_fail (tally != NULL && tally->hours_per_day > 0, 0);

  return MAX (units, 0) / ((gint64) tally->hours_per_day * 100);
}

static char *
format_tenths (gint64 tenths)
{
  if (tenths % 10 == 0)
    return g_strdup_printf ("%" G_GINT64_FORMAT, tenths / 10);

  return g_strdup_printf ("%" G_GINT64_FORMAT ".%d", tenths / 10, (int) (tenths % 10));
}

char *
rc_updating_format_days (gint64 units,
                         guint  hours_per_day)
{
  g_return_val_if_fail (hours_per_day > 0, NULL);

  return format_tenths (MAX (units, 0) * 10 / ((gint64) hours_per_day * 100));
}

/* Days still needed are rounded up, never down to "0". */
static char *
format_days_up (gint64 units,
                guint  hours_per_day)
{
  gint64 per_tenth = (gint64) hours_per_day * 10;

  return format_tenths ((MAX (units, 0) + per_tenth - 1) / per_tenth);
}

gboolean
rc_updating_tally_is_met (const RcUpdatingTally *tally)
{
  g_return_val_if_fail (tally != NULL, FALSE);

  if (tally->required_days < 0)
    return FALSE;

  return tally->counted >= (gint64) tally->required_days * tally->hours_per_day * 100;
}

char *
rc_updating_tally_describe (const RcUpdatingTally *tally)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *counted = NULL;
  g_autofree char *private_study = NULL;
  g_autofree char *outside = NULL;

  g_return_val_if_fail (tally != NULL, NULL);

  counted = rc_updating_format_days (tally->counted, tally->hours_per_day);
  if (tally->required_days > 0)
    /* Translators: days counted and days Social Work England asks: "18 of 30 days" */
    g_string_append_printf (text, _("%s of %d days"), counted, tally->required_days);
  else
    /* Translators: days counted, such as "18 days" or "2.5 days" */
    g_string_append_printf (text, _("%s days"), counted);

  if (tally->private_study > 0)
    {
      private_study = rc_updating_format_days (tally->private_study, tally->hours_per_day);
      g_string_append (text, " · ");
      if (tally->private_cap >= 0)
        /* Translators: days of private study within the window, and the most that count */
        g_string_append_printf (text, _("private study %s of at most %d"), private_study,
                                tally->required_days / 2);
      else
        g_string_append_printf (text, _("private study %s"), private_study);
    }

  if (tally->outside > 0)
    {
      outside = rc_updating_format_days (tally->outside, tally->hours_per_day);
      g_string_append (text, " · ");
      /* Translators: days of updating that fall outside the window and do not count */
      g_string_append_printf (text, _("%s outside the 12-month window"), outside);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* "7.2", with a '.' whatever the locale. */
static char *
format_years (double years)
{
  char buffer [G_ASCII_DTOSTR_BUF_SIZE];

  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.1f", years));
}

GPtrArray *
rc_updating_tally_check (const RcUpdatingTally *tally)
{
  GPtrArray *findings;
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;

  g_return_val_if_fail (tally != NULL, NULL);

  findings = rc_findings_new ();
  start = rc_date_format_iso (&tally->window_start);
  end = rc_date_format_iso (&tally->window_end);

  if (tally->required_days < 0)
    rc_findings_add (findings, "updating", RC_FINDING_WARNING,
                     g_strdup (_("How many days Social Work England asks is not known: enter the day the "
                                 "returner left practice")));
  else if (!rc_updating_tally_is_met (tally))
    {
      gint64 needed = (gint64) tally->required_days * tally->hours_per_day * 100 - tally->counted;
      g_autofree char *days = format_days_up (needed, tally->hours_per_day);
      g_autofree char *years = format_years (tally->years_out);

      rc_findings_add (findings, "updating", RC_FINDING_WARNING,
                       /* Translators: days still needed, days asked, years out of practice */
                       g_strdup_printf (_("%s more days are needed: Social Work England asks %d days of "
                                          "updating after %s years out of practice"),
                                        days, tally->required_days, years));
    }

  if (tally->private_cap >= 0 && tally->private_study > tally->private_cap)
    {
      g_autofree char *over = rc_updating_format_days (tally->private_study - tally->private_cap,
                                                       tally->hours_per_day);

      rc_findings_add (findings, "updating", RC_FINDING_WARNING,
                       /* Translators: the most days of private study that count, and the days beyond them */
                       g_strdup_printf (_("Private study counts for at most half of the days asked, %d: "
                                          "%s days of it are not counted"),
                                        tally->required_days / 2, over));
    }

  if (tally->outside > 0)
    {
      g_autofree char *outside = rc_updating_format_days (tally->outside, tally->hours_per_day);

      rc_findings_add (findings, "updating", RC_FINDING_WARNING,
                       /* Translators: days, and the first and last days of the window */
                       g_strdup_printf (_("%s days fall outside the 12 months from %s to %s and are not "
                                          "counted"), outside, start, end));
    }

  if (tally->window_end_kind != RC_UPDATING_WINDOW_APPLICATION && tally->required_days != 0)
    rc_findings_add (findings, "updating", RC_FINDING_WARNING,
                     tally->window_end_kind == RC_UPDATING_WINDOW_QUALIFIED
                     /* Translators: a date */
                     ? g_strdup_printf (_("No date of the restoration application is recorded: the 12 months "
                                          "are counted back from the day the returner qualified, %s"), end)
                     : g_strdup_printf (_("No date of the restoration application is recorded: the 12 months "
                                          "are counted back from today, %s"), end));

  return findings;
}

double
rc_updating_years_out (RcTrainee   *trainee,
                       const GDate *today)
{
  GDate left;
  GDate applied;

  g_return_val_if_fail (RC_IS_TRAINEE (trainee), -1.0);
  g_return_val_if_fail (today != NULL && g_date_valid (today), -1.0);

  if (!read_iso (trainee->left_practice_on, &left))
    return -1.0;
  if (!read_iso (trainee->applied_on, &applied))
    applied = *today;

  return rc_returner_years_out (&left, &applied);
}

/* Errors for a date that is not one, or is in the future; a warning for a
 * year before 2000. */
static gboolean
check_date (GPtrArray   *findings,
            const char  *field,
            const char  *text,
            const GDate *today,
            GDate       *date)
{
  if (!read_iso (text, date))
    {
      rc_findings_add (findings, field, RC_FINDING_ERROR,
                       g_str_equal (field, "started_on")
                       ? g_strdup (_("Enter the day of the activity, like 2026-03-02"))
                       : g_strdup (_("The last day must be a date like 2026-03-06, or empty for one day")));
      return FALSE;
    }
  if (g_date_compare (date, today) > 0)
    {
      rc_findings_add (findings, field, RC_FINDING_ERROR,
                       g_strdup (_("An activity is recorded once it is done: the date is in the future")));
      return FALSE;
    }
  if (g_date_get_year (date) < FIRST_LIKELY_YEAR)
    rc_findings_add (findings, field, RC_FINDING_WARNING,
                     /* Translators: a date, such as 1999-03-01 */
                     g_strdup_printf (_("%s is a year before 2000: check the year"), text));

  return TRUE;
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      return FALSE;

  return TRUE;
}

static void
check_text (GPtrArray  *findings,
            const char *field,
            const char *text,
            guint       limit,
            const char *missing)
{
  glong length;

  if (is_blank (text))
    {
      rc_findings_add (findings, field, RC_FINDING_ERROR, g_strdup (missing));
      return;
    }
  if (strlen (text) > limit && (length = g_utf8_strlen (text, -1)) > (glong) limit)
    rc_findings_add (findings, field, RC_FINDING_ERROR,
                     /* Translators: the most characters, and how many there are */
                     g_strdup_printf (_("This is at most %u characters; it has %u"), limit,
                                      (guint) MIN (length, G_MAXUINT)));
}

GPtrArray *
rc_rules_check_updating_activity (RcUpdatingActivity *activity,
                                  const GDate        *today)
{
  GPtrArray *findings;
  GDate first, last;
  gboolean has_first, has_last = FALSE;
  gint64 days = 1;

  g_return_val_if_fail (RC_IS_UPDATING_ACTIVITY (activity), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  findings = rc_findings_new ();
  if ((guint) activity->kind >= RC_N_UPDATING_KINDS)
    {
      rc_findings_add (findings, "kind", RC_FINDING_ERROR,
                       g_strdup (_("An updating activity is private study, supervised practice, shadowing "
                                   "or a course")));
      return findings;
    }

  has_first = check_date (findings, "started_on", activity->started_on, today, &first);
  if (activity->ended_on != NULL && activity->kind != RC_UPDATING_RECORDED_DAYS)
    {
      has_last = check_date (findings, "ended_on", activity->ended_on, today, &last);
      if (has_first && has_last && g_date_compare (&last, &first) < 0)
        {
          rc_findings_add (findings, "ended_on", RC_FINDING_ERROR,
                           g_strdup (_("The last day is before the first")));
          has_last = FALSE;
        }
      if (has_first && has_last)
        days = g_date_days_between (&first, &last) + 1;
    }

  if (activity->kind == RC_UPDATING_RECORDED_DAYS)
    {
      if (activity->days100 <= 0 || activity->days100 > 36500)
        rc_findings_add (findings, "days100", RC_FINDING_ERROR,
                         g_strdup (_("Days recorded must be more than 0 and at most 365")));
    }
  else if (activity->hours100 <= 0)
    rc_findings_add (findings, "hours100", RC_FINDING_ERROR,
                     g_strdup (_("Enter the hours spent, such as 7 or 3.5")));
  else if (activity->hours100 > 2400 * days)
    rc_findings_add (findings, "hours100", RC_FINDING_ERROR,
                     days == 1
                     ? g_strdup (_("A day has at most 24 hours"))
                     /* Translators: the number of days of an activity */
                     : g_strdup_printf (_("At most 24 hours a day: %d days have at most %d hours"),
                                        (int) days, (int) (24 * days)));
  else if (activity->hours100 > LIKELY_HOURS_A_DAY * 100 * days)
    rc_findings_add (findings, "hours100", RC_FINDING_WARNING,
                     g_strdup_printf (_("More than %d hours a day: check the hours"), LIKELY_HOURS_A_DAY));

  rc_field_check_length (findings, "note", activity->note, RC_LIMIT_NOTE);

  if (activity->kind == RC_UPDATING_SUPERVISED_PRACTICE)
    {
      if (is_blank (activity->note))
        rc_findings_add (findings, "note", RC_FINDING_ERROR,
                         g_strdup (_("Supervised practice records what was done: say it in a few words")));
      check_text (findings, "supervisor_name", activity->supervisor_name, RC_LIMIT_NAME,
                  _("Supervised practice records the supervisor’s name"));
      check_text (findings, "supervisor_regulator", activity->supervisor_regulator, RC_LIMIT_NAME,
                  _("Supervised practice records the supervisor’s regulator, such as Social Work England"));
      check_text (findings, "supervisor_registration", activity->supervisor_registration,
                  LIMIT_SUPERVISOR_REGISTRATION,
                  _("Supervised practice records the supervisor’s registration number"));
    }

  return findings;
}
