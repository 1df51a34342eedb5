/* rc-record-rules.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-model"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "rc-bid-totals.h"
#include "rc-money.h"
#include "rc-record-rules.h"
#include "rc-returner.h"

/* The limits of the bid_line table. */
#define MAX_QUANTITY100  G_GINT64_CONSTANT (100000000)
#define MAX_UNIT_PENCE   G_GINT64_CONSTANT (1000000000)

/* Dates before this year are allowed but warned about: a slip of the
 * keyboard more often than a record of last century. */
#define FIRST_LIKELY_YEAR 2000

/* Dates ------------------------------------------------------------------ */

/* @text as stored: exactly "2017-01-31". */
static gboolean
read_iso (const char *text,
          GDate      *date)
{
  return text != NULL && strlen (text) == 10 && rc_date_parse (text, date, NULL);
}

static gboolean
more_than_a_year_after (const GDate *date,
                        const GDate *today)
{
  GDate limit = *today;

  g_date_add_years (&limit, 1);

  return g_date_compare (date, &limit) > 0;
}

/* "7.2", with a '.' whatever the locale, as the rest of the program
 * shows years out of practice. */
static char *
format_years (double years)
{
  char buffer [G_ASCII_DTOSTR_BUF_SIZE];

  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.1f", years));
}

/* Trainees --------------------------------------------------------------- */

static void
check_updating_days (GPtrArray   *findings,
                     double       years,
                     gint64       days,
                     const char  *field)
{
  int required = rc_returner_updating_days (years);
  g_autofree char *number = NULL;

  if (required <= 0 || days >= required)
    return;

  number = format_years (years);
  rc_findings_add (findings, field, RC_FINDING_CONFIRM,
                   /* Translators: days required, years out of practice, days recorded */
                   g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                 "Social Work England asks %d days of updating after %s years "
                                                 "out of practice; the updating log counts %d day",
                                                 "Social Work England asks %d days of updating after %s years "
                                                 "out of practice; the updating log counts %d days",
                                                 (gulong) days),
                                    required, number, (int) days));
}

/* Years out of practice from the trainee's dates, as the dialog shows
 * them: to the application, or to @today when there is none yet; -1 when
 * not known. */
static double
years_out (RcTrainee   *trainee,
           const GDate *today)
{
  GDate left;
  GDate applied;

  if (!read_iso (trainee->left_practice_on, &left))
    return -1.0;
  if (!read_iso (trainee->applied_on, &applied))
    applied = *today;

  return rc_returner_years_out (&left, &applied);
}

static void
check_trainee_texts (GPtrArray *findings,
                     RcTrainee *trainee)
{
  g_autofree char *reference = g_strstrip (g_strdup (trainee->reference != NULL ? trainee->reference : ""));

  if (*reference == '\0')
    rc_findings_add (findings, "reference", RC_FINDING_ERROR,
                     g_strdup (_("A trainee needs a reference, like SU1-29")));
  rc_field_check_length (findings, "reference", trainee->reference, RC_LIMIT_REFERENCE);
  rc_field_check_length (findings, "given_name", trainee->given_name, RC_LIMIT_NAME);
  rc_field_check_length (findings, "family_name", trainee->family_name, RC_LIMIT_NAME);

  /* A long address is told its length, not that it is not one. */
  rc_field_check_length (findings, "email", trainee->email, RC_LIMIT_EMAIL);
  if (trainee->email != NULL && rc_findings_get (findings, "email", RC_FINDING_ERROR) == NULL
      && !rc_field_is_email (trainee->email))
    rc_findings_add (findings, "email", RC_FINDING_ERROR,
                     g_strdup (_("An e-mail address looks like name@example.org")));

  rc_field_check_length (findings, "phone", trainee->phone, RC_LIMIT_PHONE);
  if (trainee->phone != NULL && rc_findings_get (findings, "phone", RC_FINDING_ERROR) == NULL
      && !rc_field_is_phone (trainee->phone))
    rc_findings_add (findings, "phone", RC_FINDING_ERROR,
                     g_strdup (_("A phone number has digits, spaces and + ( ) - only")));

  if (trainee->registration_number != NULL)
    {
      g_autofree char *number = rc_field_normalise_registration_number (trainee->registration_number);

      /* Stored as it is written once normalised: "SW118237". */
      if (number == NULL || strcmp (number, trainee->registration_number) != 0)
        rc_findings_add (findings, "registration_number", RC_FINDING_ERROR,
                         g_strdup (_("A registration number is SW followed by digits, like SW118237")));
    }
  if (trainee->registered_with != NULL
      && g_strcmp0 (trainee->registered_with, "hcpc") != 0 && g_strcmp0 (trainee->registered_with, "swe") != 0)
    rc_findings_add (findings, "registered_with", RC_FINDING_ERROR,
                     g_strdup (_("Registration is with the HCPC or Social Work England")));
}

GPtrArray *
rc_rules_check_trainee (RcTrainee   *trainee,
                        RcCohort    *cohort,
                        gboolean     returner,
                        const GDate *today)
{
  GPtrArray *findings;
  GDate applied;
  GDate left;
  gboolean has_applied = FALSE;
  double years;

  g_return_val_if_fail (RC_IS_TRAINEE (trainee), NULL);
  g_return_val_if_fail (cohort == NULL || RC_IS_COHORT (cohort), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  findings = rc_findings_new ();
  check_trainee_texts (findings, trainee);

  if (trainee->applied_on != NULL)
    {
      if (!(has_applied = read_iso (trainee->applied_on, &applied)))
        rc_findings_add (findings, "applied_on", RC_FINDING_ERROR,
                         g_strdup (_("The application date must be a date like 2017-02-01")));
      else if (g_date_compare (&applied, today) > 0)
        rc_findings_add (findings, "applied_on", RC_FINDING_ERROR,
                         g_strdup (_("The application date is in the future")));
      else if (g_date_get_year (&applied) < FIRST_LIKELY_YEAR)
        rc_findings_add (findings, "applied_on", RC_FINDING_WARNING,
                         /* Translators: a date, such as 1999-03-01 */
                         g_strdup_printf (_("Applied on %s, a year before 2000: check the year"),
                                          trainee->applied_on));
    }

  /* The day someone left practice is personal: messages do not repeat it. */
  if (trainee->left_practice_on != NULL)
    {
      if (!read_iso (trainee->left_practice_on, &left))
        rc_findings_add (findings, "left_practice_on", RC_FINDING_ERROR,
                         g_strdup (_("The day of leaving practice must be a date like 2012-07-31")));
      else if (g_date_compare (&left, has_applied ? &applied : today) > 0)
        rc_findings_add (findings, "left_practice_on", RC_FINDING_ERROR,
                         g_strdup (_("A returner leaves practice before applying")));
    }

  if (trainee->updating_days_done < 0 || trainee->updating_days_done > 365)
    rc_findings_add (findings, "updating_days_done", RC_FINDING_ERROR,
                     g_strdup (_("Updating days done must be between 0 and 365")));

  years = rc_findings_get (findings, "left_practice_on", RC_FINDING_ERROR) == NULL
          ? years_out (trainee, today) : -1.0;
  if (returner && years >= 0 && cohort != NULL)
    {
      RcEligibility eligibility = rc_returner_eligibility (years, cohort->min_years_out, cohort->max_years_out);
      g_autofree char *number = format_years (years);

      if (eligibility == RC_ELIGIBILITY_TOO_LONG || eligibility == RC_ELIGIBILITY_TOO_RECENT)
        rc_findings_add (findings, "left_practice_on", RC_FINDING_WARNING,
                         /* Translators: "Out of practice too long: 7.0 years; this cohort takes 2 to 5" */
                         g_strdup_printf (_("%s: %s years; this cohort takes %d to %d"),
                                          rc_returner_eligibility_get_label (eligibility), number,
                                          (int) cohort->min_years_out, (int) cohort->max_years_out));
    }

  if (returner && years >= 0 && trainee->stage >= RC_STAGE_QUALIFIED && trainee->stage < RC_STAGE_WITHDRAWN
      && rc_findings_get (findings, "updating_days_done", RC_FINDING_ERROR) == NULL)
    check_updating_days (findings, years, trainee->updating_days_done, "updating_days_done");

  return findings;
}

/* Workforce returns ------------------------------------------------------ */

static const struct {
  gssize      offset;
  const char *field;
  const char *label;
} return_figures [] = {
  { G_STRUCT_OFFSET (RcWorkforceReturn, in_post_fte100), "in_post_fte100", N_("FTE in post") },
  { G_STRUCT_OFFSET (RcWorkforceReturn, starters_fte100), "starters_fte100", N_("Starters") },
  { G_STRUCT_OFFSET (RcWorkforceReturn, leavers_fte100), "leavers_fte100", N_("Leavers") },
  { G_STRUCT_OFFSET (RcWorkforceReturn, agency_fte100), "agency_fte100", N_("Agency FTE") },
  { G_STRUCT_OFFSET (RcWorkforceReturn, vacancies_fte100), "vacancies_fte100", N_("Vacancies") },
  { G_STRUCT_OFFSET (RcWorkforceReturn, case_holders_fte100), "case_holders_fte100", N_("Case holders") },
  { G_STRUCT_OFFSET (RcWorkforceReturn, cases), "cases", N_("Cases") },
  { G_STRUCT_OFFSET (RcWorkforceReturn, sickness_days100), "sickness_days100", N_("Days lost to sickness") },
};

/* Whether @figure is present and above @base (present too). */
static gboolean
above (RcFigure figure,
       RcFigure base)
{
  return figure.present && base.present && figure.value > base.value;
}

GPtrArray *
rc_rules_check_workforce_return (RcWorkforceReturn *ret,
                                 const GDate       *today)
{
  GPtrArray *findings;
  g_autofree char *in_post = NULL;
  gboolean negative = FALSE;

  g_return_val_if_fail (RC_IS_WORKFORCE_RETURN (ret), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  findings = rc_findings_new ();

  if (ret->year < RC_FIRST_RETURN_YEAR || ret->year > RC_LAST_RETURN_YEAR)
    rc_findings_add (findings, "year", RC_FINDING_ERROR,
                     g_strdup_printf (_("The reporting year must be between %d and %d"),
                                      RC_FIRST_RETURN_YEAR, RC_LAST_RETURN_YEAR));
  else
    {
      GDate census;

      g_date_clear (&census, 1);
      g_date_set_dmy (&census, 30, G_DATE_SEPTEMBER, (GDateYear) ret->year);
      if (more_than_a_year_after (&census, today))
        rc_findings_add (findings, "year", RC_FINDING_WARNING,
                         /* Translators: a year, twice: "2029 ends on 30 September 2029, …" */
                         g_strdup_printf (_("The reporting year %d ends on 30 September %d, "
                                            "more than a year from today"),
                                          (int) ret->year, (int) ret->year));
    }

  for (guint i = 0; i < G_N_ELEMENTS (return_figures); i++)
    {
      RcFigure figure = G_STRUCT_MEMBER (RcFigure, ret, return_figures [i].offset);

      if (figure.present && figure.value < 0)
        {
          negative = TRUE;
          rc_findings_add (findings, return_figures [i].field, RC_FINDING_ERROR,
                           /* Translators: a figure's name, such as "Vacancies" */
                           g_strdup_printf (_("%s cannot be negative"), _(return_figures [i].label)));
        }
    }
  if (negative)
    return findings;

  in_post = ret->in_post_fte100.present ? rc_fte_format (ret->in_post_fte100.value) : NULL;

  if (above (ret->vacancies_fte100, ret->in_post_fte100))
    {
      g_autofree char *vacancies = rc_fte_format (ret->vacancies_fte100.value);

      rc_findings_add (findings, "vacancies_fte100", RC_FINDING_WARNING,
                       g_strdup_printf (_("Vacancies (%s FTE) are more than FTE in post (%s): check the figures"),
                                        vacancies, in_post));
    }
  if (above (ret->leavers_fte100, ret->in_post_fte100))
    {
      g_autofree char *leavers = rc_fte_format (ret->leavers_fte100.value);

      rc_findings_add (findings, "leavers_fte100", RC_FINDING_WARNING,
                       g_strdup_printf (_("Turnover is above 100 %%: %s FTE leavers against %s FTE in post"),
                                        leavers, in_post));
    }
  if (above (ret->agency_fte100, ret->in_post_fte100))
    {
      g_autofree char *agency = rc_fte_format (ret->agency_fte100.value);

      rc_findings_add (findings, "agency_fte100", RC_FINDING_WARNING,
                       g_strdup_printf (_("Agency workers are above 100 %% of FTE in post: "
                                          "%s FTE against %s FTE in post"),
                                        agency, in_post));
    }

  return findings;
}

/* Cohorts ---------------------------------------------------------------- */

GPtrArray *
rc_rules_check_cohort (RcCohort    *cohort,
                       gboolean     returner,
                       const GDate *today)
{
  g_autofree char *name = NULL;
  GPtrArray *findings;
  GDate starts;
  GDate ends;
  gboolean has_starts;
  gboolean has_ends;

  g_return_val_if_fail (RC_IS_COHORT (cohort), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  findings = rc_findings_new ();

  name = g_strstrip (g_strdup (cohort->name != NULL ? cohort->name : ""));
  if (*name == '\0')
    rc_findings_add (findings, "name", RC_FINDING_ERROR, g_strdup (_("A cohort needs a name")));
  rc_field_check_length (findings, "name", cohort->name, RC_LIMIT_NAME);
  rc_field_check_length (findings, "notes", cohort->notes, RC_LIMIT_NOTE);

  if (!(has_starts = read_iso (cohort->starts_on, &starts)))
    rc_findings_add (findings, "starts_on", RC_FINDING_ERROR, g_strdup (_("Enter a date like 2016-01-04")));
  else if (g_date_get_year (&starts) < FIRST_LIKELY_YEAR)
    rc_findings_add (findings, "starts_on", RC_FINDING_WARNING,
                     g_strdup_printf (_("Starts on %s, a year before 2000: check the year"), cohort->starts_on));
  else if (more_than_a_year_after (&starts, today))
    rc_findings_add (findings, "starts_on", RC_FINDING_WARNING,
                     g_strdup_printf (_("Starts on %s, more than a year from today: check the year"),
                                      cohort->starts_on));

  if (!(has_ends = read_iso (cohort->ends_on, &ends)))
    rc_findings_add (findings, "ends_on", RC_FINDING_ERROR, g_strdup (_("Enter a date like 2017-03-31")));
  else if (has_starts && g_date_compare (&ends, &starts) < 0)
    rc_findings_add (findings, "ends_on", RC_FINDING_ERROR, g_strdup (_("A cohort cannot end before it starts")));
  else if (g_date_get_year (&ends) < FIRST_LIKELY_YEAR)
    rc_findings_add (findings, "ends_on", RC_FINDING_WARNING,
                     g_strdup_printf (_("Ends on %s, a year before 2000: check the year"), cohort->ends_on));

  if (cohort->places_funded < 0)
    rc_findings_add (findings, "places_funded", RC_FINDING_ERROR,
                     g_strdup (_("Places funded cannot be negative")));

  if (returner)
    {
      if (cohort->min_years_out < 0 || cohort->min_years_out > 50)
        rc_findings_add (findings, "min_years_out", RC_FINDING_ERROR,
                         g_strdup (_("Enter a whole number of years from 0 to 50")));
      if (cohort->max_years_out < 0 || cohort->max_years_out > 50)
        rc_findings_add (findings, "max_years_out", RC_FINDING_ERROR,
                         g_strdup (_("Enter a whole number of years from 0 to 50")));
      else if (cohort->max_years_out < cohort->min_years_out)
        rc_findings_add (findings, "max_years_out", RC_FINDING_ERROR,
                         g_strdup (_("The most years out cannot be fewer than the least")));
      if (cohort->training_weeks < 0 || cohort->training_weeks > 104)
        rc_findings_add (findings, "training_weeks", RC_FINDING_ERROR,
                         g_strdup (_("Enter a number of weeks from 1 to 104, or leave it empty")));
    }

  return findings;
}

/* Bid lines -------------------------------------------------------------- */

GPtrArray *
rc_rules_check_bid_line (RcBidLine *line)
{
  GPtrArray *findings;
  RcCostCategory category;

  g_return_val_if_fail (RC_IS_BID_LINE (line), NULL);

  findings = rc_findings_new ();
  rc_field_check_length (findings, "description", line->description, RC_LIMIT_DESCRIPTION);
  if (line->quantity100 < 0 || line->quantity100 > MAX_QUANTITY100)
    rc_findings_add (findings, "quantity100", RC_FINDING_ERROR,
                     g_strdup (_("A quantity must be between 0 and 1,000,000")));
  if (line->unit_cost_pence < 0 || line->unit_cost_pence > MAX_UNIT_PENCE)
    rc_findings_add (findings, "unit_cost_pence", RC_FINDING_ERROR,
                     g_strdup (_("A unit cost must be between £0 and £10,000,000")));
  if (line->category == NULL || !rc_cost_category_from_key (line->category, &category))
    rc_findings_add (findings, "category", RC_FINDING_ERROR, g_strdup (_("Unknown cost category")));

  return findings;
}

/* Moves ------------------------------------------------------------------ */

GPtrArray *
rc_rules_check_move (RcTrainee   *trainee,
                     RcCohort    *cohort,
                     gboolean     returner,
                     RcStage      stage,
                     const char  *occurred_on,
                     const char  *note,
                     const GDate *today)
{
  GPtrArray *findings;
  GDate date;
  GDate starts;
  GDate last;

  g_return_val_if_fail (RC_IS_TRAINEE (trainee), NULL);
  g_return_val_if_fail (cohort == NULL || RC_IS_COHORT (cohort), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  findings = rc_findings_new ();
  rc_field_check_length (findings, "note", note, RC_LIMIT_NOTE);

  if (!read_iso (occurred_on, &date))
    {
      rc_findings_add (findings, "occurred_on", RC_FINDING_ERROR,
                       g_strdup (_("Enter the date of the move, like 2017-03-31")));
      return findings;
    }

  if (read_iso (trainee->stage_on, &last) && g_date_compare (&date, &last) < 0)
    rc_findings_add (findings, "occurred_on", RC_FINDING_ERROR,
                     /* Translators: the date of the trainee's latest move */
                     g_strdup_printf (_("The date is before the trainee’s last move, on %s"), trainee->stage_on));
  else if (g_date_compare (&date, today) > 0)
    rc_findings_add (findings, "occurred_on", RC_FINDING_ERROR,
                     g_strdup (_("A move is recorded once it has happened: the date is in the future")));
  else if (g_date_get_year (&date) < FIRST_LIKELY_YEAR)
    rc_findings_add (findings, "occurred_on", RC_FINDING_WARNING,
                     g_strdup_printf (_("%s is a year before 2000: check the year"), occurred_on));

  if (stage == RC_STAGE_ENROLLED && cohort != NULL && read_iso (cohort->starts_on, &starts)
      && g_date_compare (&date, &starts) < 0)
    rc_findings_add (findings, "occurred_on", RC_FINDING_CONFIRM,
                     /* Translators: two dates */
                     g_strdup_printf (_("Enrolled on %s, before the cohort starts on %s"),
                                      occurred_on, cohort->starts_on));

  if (stage == RC_STAGE_QUALIFIED && returner)
    {
      double years = years_out (trainee, today);

      if (years >= 0)
        check_updating_days (findings, years, trainee->updating_days_done, "occurred_on");
    }

  return findings;
}
