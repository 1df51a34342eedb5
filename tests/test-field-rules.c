/* test-field-rules.c: the rules every way into the database applies,
 * and their edges
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "model/rc-csv.h"
#include "model/rc-field-rules.h"
#include "model/rc-model-error.h"
#include "model/rc-record-rules.h"
#include "rc-test-util.h"

/* The day the tests run on, whatever the clock says. */
static GDate
day (int year,
     int month,
     int d)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) d, (GDateMonth) month, (GDateYear) year);

  return date;
}

static char *
repeat (const char *unit,
        guint       n)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    g_string_append (text, unit);

  return g_string_free (text, FALSE);
}

/* The message of the one finding of @severity for @field, or NULL. */
static const char *
message_of (GPtrArray         *findings,
            const char        *field,
            RcFindingSeverity  severity)
{
  const RcFinding *finding = rc_findings_get (findings, field, severity);

  return finding != NULL ? finding->message : NULL;
}

static RcTrainee *
make_trainee (void)
{
  RcTrainee *trainee = rc_trainee_new ();

  trainee->cohort_id = 1;
  trainee->reference = g_strdup ("RTSW-01");
  trainee->given_name = g_strdup ("Morwenna");
  trainee->family_name = g_strdup ("Penrose");
  trainee->email = g_strdup ("morwenna@example.org");
  trainee->applied_on = g_strdup ("2017-02-01");

  return trainee;
}

static RcCohort *
make_cohort (void)
{
  RcCohort *cohort = rc_cohort_new ();

  cohort->name = g_strdup ("Return to Social Work 2017");
  cohort->starts_on = g_strdup ("2017-04-03");
  cohort->ends_on = g_strdup ("2017-06-30");
  cohort->places_funded = 30;
  cohort->min_years_out = 2;
  cohort->max_years_out = 5;

  return cohort;
}

static void
test_lengths (void)
{
  static const struct {
    const char *field;
    guint       limit;
  } limits[] = {
    { "reference", RC_LIMIT_REFERENCE },
    { "given_name", RC_LIMIT_NAME },
    { "family_name", RC_LIMIT_NAME },
    { "email", RC_LIMIT_EMAIL },
    { "name", RC_LIMIT_NAME },
  };

  g_assert_cmpint (RC_LIMIT_REFERENCE, ==, 64);
  g_assert_cmpint (RC_LIMIT_NAME, ==, 200);
  g_assert_cmpint (RC_LIMIT_EMAIL, ==, 254);

  for (guint i = 0; i < G_N_ELEMENTS (limits); i++)
    {
      /* Characters, not bytes: "é" is two bytes. */
      g_autofree char *at_limit = repeat ("é", limits[i].limit);
      g_autofree char *over = repeat ("é", limits[i].limit + 1);
      g_autoptr(GPtrArray) fine = rc_findings_new ();
      g_autoptr(GPtrArray) refused = rc_findings_new ();

      rc_field_check_length (fine, limits[i].field, at_limit, limits[i].limit);
      g_assert_cmpuint (fine->len, ==, 0);
      rc_field_check_length (refused, limits[i].field, over, limits[i].limit);
      g_assert_cmpuint (refused->len, ==, 1);
      g_assert_nonnull (message_of (refused, limits[i].field, RC_FINDING_ERROR));
    }

  {
    g_autoptr(GPtrArray) findings = rc_findings_new ();
    g_autofree char *reference = repeat ("A", 65);

    rc_field_check_length (findings, "reference", reference, RC_LIMIT_REFERENCE);
    g_assert_cmpstr (message_of (findings, "reference", RC_FINDING_ERROR), ==,
                     "A reference is at most 64 characters; this one has 65");
    rc_field_check_length (findings, "reference", NULL, RC_LIMIT_REFERENCE);
    g_assert_cmpuint (findings->len, ==, 1);
  }
}

/* Today a 1 MB first name is accepted (issue #15). */
static void
test_megabyte_name_refused (void)
{
  g_autoptr(RcTrainee) trainee = make_trainee ();
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GError) error = NULL;
  GDate today = day (2026, 12, 7);

  g_free (trainee->given_name);
  trainee->given_name = repeat ("x", 1024 * 1024);
  findings = rc_rules_check_trainee (trainee, NULL, FALSE, &today);
  g_assert_cmpstr (message_of (findings, "given_name", RC_FINDING_ERROR), ==,
                   "A given name is at most 200 characters; this one has 1048576");
  g_assert_false (rc_findings_check (findings, &error));
  g_assert_error (error, RC_MODEL_ERROR, RC_MODEL_ERROR_INVALID);
}

static void
test_email (void)
{
  static const struct {
    const char *text;
    gboolean    is_email;
  } cases[] = {
    { "jo@example.org", TRUE },
    { "jo.smith+rtsw@somerset.gov.uk", TRUE },
    { "jo@example", FALSE },      /* issue #14: the dialog saved it, the import refused it */
    { "@example.org", FALSE },
    { "jo@@example.org", FALSE },
    { "jo@x@example.org", FALSE },
    { "jo smith@example.org", FALSE },
    { "jo@.org", FALSE },
    { "jo@example.", FALSE },
    { "jo@example.org;", FALSE },
    { "Jo <jo@example.org>", FALSE },
    { "", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpint (rc_field_is_email (cases[i].text), ==, cases[i].is_email);
  g_assert_false (rc_field_is_email (NULL));

  /* The same rule in the record's check, which the store applies. */
  {
    g_autoptr(RcTrainee) trainee = make_trainee ();
    g_autoptr(GPtrArray) findings = NULL;
    GDate today = day (2026, 12, 7);
    g_autofree char *long_address = NULL;

    g_free (trainee->email);
    trainee->email = g_strdup ("jo@example");
    findings = rc_rules_check_trainee (trainee, NULL, FALSE, &today);
    g_assert_cmpstr (message_of (findings, "email", RC_FINDING_ERROR), ==,
                     "An e-mail address looks like name@example.org");
    g_clear_pointer (&findings, g_ptr_array_unref);

    /* 254 characters is the longest address; past it, its length is told. */
    long_address = g_strconcat (repeat ("a", 242), "@example.org", NULL);
    g_assert_cmpuint (strlen (long_address), ==, 254);
    g_free (trainee->email);
    trainee->email = g_strdup (long_address);
    findings = rc_rules_check_trainee (trainee, NULL, FALSE, &today);
    g_assert_cmpuint (findings->len, ==, 0);
    g_clear_pointer (&findings, g_ptr_array_unref);
    g_free (trainee->email);
    trainee->email = g_strconcat ("a", long_address, NULL);
    findings = rc_rules_check_trainee (trainee, NULL, FALSE, &today);
    g_assert_cmpstr (message_of (findings, "email", RC_FINDING_ERROR), ==,
                     "An e-mail address is at most 254 characters; this one has 255");
    g_assert_cmpuint (findings->len, ==, 1);
  }
}

static void
test_phone_and_registration (void)
{
  g_autofree char *normal = rc_field_normalise_registration_number ("sw 118 237");
  g_autofree char *longest = rc_field_normalise_registration_number ("SW1234567890123456");
  g_autofree char *too_long = rc_field_normalise_registration_number ("SW12345678901234567");

  g_assert_true (rc_field_is_phone ("+44 (0)1823 355000"));
  g_assert_true (rc_field_is_phone ("01823-355000"));
  g_assert_false (rc_field_is_phone ("01823 355000 ext. 4"));

  g_assert_cmpstr (normal, ==, "SW118237");
  g_assert_cmpstr (longest, ==, "SW1234567890123456");
  g_assert_null (too_long);
  g_assert_null (rc_field_normalise_registration_number ("SW"));
  g_assert_null (rc_field_normalise_registration_number ("AB123"));
  g_assert_null (rc_field_normalise_registration_number ("SW12a"));
}

static void
test_full_name (void)
{
  static const struct {
    const char *full;
    const char *given;   /* NULL: refused */
    const char *family;
  } cases[] = {
    { "Mary Jane Smith", "Mary Jane", "Smith" },
    { "Alex Morgan", "Alex", "Morgan" },
    { "  Bea \t  Lane  ", "Bea", "Lane" },
    { "Sam Smith-Jones", "Sam", "Smith-Jones" },
    { "Anna van der Berg", "Anna", "van der Berg" },
    { "Maria de la Cruz", "Maria", "de la Cruz" },
    { "Van Morrison", "Van", "Morrison" },      /* a capital is a name, not a particle */
    { "de Souza", "de", "Souza" },              /* a given name is kept */
    { "Smith, Mary Jane", "Mary Jane", "Smith" },
    { "van der Berg, Anna", "Anna", "van der Berg" },
    { "Madonna", NULL, NULL },
    { "", NULL, NULL },
    { "Smith,", NULL, NULL },
    { ", Mary", NULL, NULL },
    { "Smith, Mary, Jane", NULL, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *given = NULL;
      g_autofree char *family = NULL;
      gboolean split = rc_field_split_full_name (cases[i].full, &given, &family);

      g_assert_cmpint (split, ==, cases[i].given != NULL);
      g_assert_cmpstr (given, ==, cases[i].given);
      g_assert_cmpstr (family, ==, cases[i].family);
    }
}

static void
test_quote (void)
{
  g_autofree char *short_text = rc_field_quote ("Interview panel", 80);
  g_autofree char *long_text = repeat ("é", 200);
  g_autofree char *quoted = rc_field_quote (long_text, 80);

  g_assert_cmpstr (short_text, ==, "“Interview panel”");
  /* 79 characters and an ellipsis, inside the quotes. */
  g_assert_cmpint (g_utf8_strlen (quoted, -1), ==, 82);
  g_assert_true (g_str_has_suffix (quoted, "é…”"));
}

static void
test_trainee_dates (void)
{
  g_autoptr(RcTrainee) trainee = make_trainee ();
  GDate today = day (2026, 12, 7);
  GPtrArray *findings;

  findings = rc_rules_check_trainee (trainee, NULL, FALSE, &today);
  g_assert_cmpuint (findings->len, ==, 0);
  g_ptr_array_unref (findings);

  /* Today is fine; tomorrow has not happened. */
  g_free (trainee->applied_on);
  trainee->applied_on = g_strdup ("2026-12-07");
  findings = rc_rules_check_trainee (trainee, NULL, FALSE, &today);
  g_assert_cmpuint (findings->len, ==, 0);
  g_ptr_array_unref (findings);
  g_free (trainee->applied_on);
  trainee->applied_on = g_strdup ("2026-12-08");
  findings = rc_rules_check_trainee (trainee, NULL, FALSE, &today);
  g_assert_cmpstr (message_of (findings, "applied_on", RC_FINDING_ERROR), ==,
                   "The application date is in the future");
  g_ptr_array_unref (findings);

  /* A year before 2000 is told, and allowed. */
  g_free (trainee->applied_on);
  trainee->applied_on = g_strdup ("1999-12-31");
  findings = rc_rules_check_trainee (trainee, NULL, FALSE, &today);
  g_assert_false (rc_findings_has (findings, RC_FINDING_ERROR));
  g_assert_cmpstr (message_of (findings, "applied_on", RC_FINDING_WARNING), ==,
                   "Applied on 1999-12-31, a year before 2000: check the year");
  g_ptr_array_unref (findings);
  g_free (trainee->applied_on);
  trainee->applied_on = g_strdup ("2000-01-01");
  findings = rc_rules_check_trainee (trainee, NULL, FALSE, &today);
  g_assert_cmpuint (findings->len, ==, 0);
  g_ptr_array_unref (findings);

  g_free (trainee->applied_on);
  trainee->applied_on = g_strdup ("1/2/2017");
  findings = rc_rules_check_trainee (trainee, NULL, FALSE, &today);
  g_assert_nonnull (message_of (findings, "applied_on", RC_FINDING_ERROR));
  g_ptr_array_unref (findings);

  /* Leaving practice comes before applying; the day itself is not repeated. */
  g_free (trainee->applied_on);
  trainee->applied_on = g_strdup ("2017-02-01");
  trainee->left_practice_on = g_strdup ("2017-02-02");
  findings = rc_rules_check_trainee (trainee, NULL, FALSE, &today);
  g_assert_cmpstr (message_of (findings, "left_practice_on", RC_FINDING_ERROR), ==,
                   "A returner leaves practice before applying");
  g_ptr_array_unref (findings);
}

static void
test_trainee_eligibility (void)
{
  g_autoptr(RcTrainee) trainee = make_trainee ();
  g_autoptr(RcCohort) cohort = make_cohort ();
  GDate today = day (2026, 12, 7);
  static const struct {
    const char *left;
    const char *warning;
  } cases[] = {
    { "2012-02-01", NULL },  /* 5.0 years: the bound is inclusive */
    { "2012-01-31", "Out of practice too long: 5.0 years; this cohort takes 2 to 5" },
    { "2010-01-31", "Out of practice too long: 7.0 years; this cohort takes 2 to 5" },
    { "2015-02-01", NULL },  /* 2.0 years */
    { "2015-08-31", "Not out of practice long enough: 1.4 years; this cohort takes 2 to 5" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) findings = NULL;

      g_free (trainee->left_practice_on);
      trainee->left_practice_on = g_strdup (cases[i].left);
      findings = rc_rules_check_trainee (trainee, cohort, TRUE, &today);
      g_assert_false (rc_findings_has (findings, RC_FINDING_ERROR));
      g_assert_cmpstr (message_of (findings, "left_practice_on", RC_FINDING_WARNING), ==, cases[i].warning);

      /* Not a returner cohort, or no cohort: no bounds. */
      g_clear_pointer (&findings, g_ptr_array_unref);
      findings = rc_rules_check_trainee (trainee, cohort, FALSE, &today);
      g_assert_cmpuint (findings->len, ==, 0);
      g_clear_pointer (&findings, g_ptr_array_unref);
      findings = rc_rules_check_trainee (trainee, NULL, TRUE, &today);
      g_assert_cmpuint (findings->len, ==, 0);
    }
}

/* Social Work England: 30 days for 2 to 5 years out, 60 beyond. */
static void
test_trainee_updating_days (void)
{
  g_autoptr(RcTrainee) trainee = make_trainee ();
  g_autoptr(RcCohort) cohort = make_cohort ();
  GDate today = day (2026, 12, 7);
  static const struct {
    const char *left;
    RcStage     stage;
    gint64      days;
    const char *confirm;
  } cases[] = {
    { "2013-02-01", RC_STAGE_QUALIFIED, 29,
      "Social Work England asks 30 days of updating after 4.0 years out of practice; the updating log counts 29 days" },
    { "2013-02-01", RC_STAGE_QUALIFIED, 30, NULL },
    { "2012-02-01", RC_STAGE_REGISTERED, 29, "Social Work England asks 30 days of updating after 5.0 years out "
                                             "of practice; the updating log counts 29 days" },
    { "2010-01-31", RC_STAGE_QUALIFIED, 59,
      "Social Work England asks 60 days of updating after 7.0 years out of practice; the updating log counts 59 days" },
    { "2010-01-31", RC_STAGE_QUALIFIED, 1,
      "Social Work England asks 60 days of updating after 7.0 years out of practice; the updating log counts 1 day" },
    { "2010-01-31", RC_STAGE_QUALIFIED, 60, NULL },
    { "2010-01-31", RC_STAGE_ON_PLACEMENT, 0, NULL },  /* not qualified yet */
    { "2010-01-31", RC_STAGE_WITHDRAWN, 0, NULL },
    { "2015-08-31", RC_STAGE_QUALIFIED, 0, NULL },     /* under 2 years: none asked */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) findings = NULL;

      g_free (trainee->left_practice_on);
      trainee->left_practice_on = g_strdup (cases[i].left);
      trainee->stage = cases[i].stage;
      trainee->updating_days_done = cases[i].days;
      findings = rc_rules_check_trainee (trainee, cohort, TRUE, &today);
      g_assert_cmpstr (message_of (findings, "updating_days_done", RC_FINDING_CONFIRM), ==, cases[i].confirm);
    }

  {
    g_autoptr(GPtrArray) findings = NULL;

    trainee->updating_days_done = 366;
    findings = rc_rules_check_trainee (trainee, cohort, TRUE, &today);
    g_assert_cmpstr (message_of (findings, "updating_days_done", RC_FINDING_ERROR), ==,
                     "Updating days done must be between 0 and 365");
  }
}

static RcWorkforceReturn *
make_return (gint64 year,
             gint64 in_post,
             gint64 vacancies)
{
  RcWorkforceReturn *ret = rc_workforce_return_new ();

  ret->scope = RC_WORKFORCE_SCOPE_COUNCIL;
  ret->council_id = 1;
  ret->year = year;
  ret->in_post_fte100 = rc_figure (in_post);
  ret->vacancies_fte100 = rc_figure (vacancies);

  return ret;
}

static void
test_return_plausibility (void)
{
  GDate today = day (2026, 12, 7);
  g_autoptr(RcWorkforceReturn) ret = make_return (2025, 3000, 3000);
  GPtrArray *findings;

  /* As many vacancies as people in post: unlikely, but not above. */
  findings = rc_rules_check_workforce_return (ret, &today);
  g_assert_cmpuint (findings->len, ==, 0);
  g_ptr_array_unref (findings);

  ret->vacancies_fte100 = rc_figure (3001);
  ret->leavers_fte100 = rc_figure (3600);
  ret->agency_fte100 = rc_figure (3000);
  findings = rc_rules_check_workforce_return (ret, &today);
  g_assert_false (rc_findings_has (findings, RC_FINDING_ERROR));
  g_assert_cmpstr (message_of (findings, "vacancies_fte100", RC_FINDING_WARNING), ==,
                   "Vacancies (30.01 FTE) are more than FTE in post (30): check the figures");
  g_assert_cmpstr (message_of (findings, "leavers_fte100", RC_FINDING_WARNING), ==,
                   "Turnover is above 100 %: 36 FTE leavers against 30 FTE in post");
  g_assert_null (message_of (findings, "agency_fte100", RC_FINDING_WARNING));
  g_ptr_array_unref (findings);

  ret->agency_fte100 = rc_figure (4050);
  findings = rc_rules_check_workforce_return (ret, &today);
  g_assert_cmpstr (message_of (findings, "agency_fte100", RC_FINDING_WARNING), ==,
                   "Agency workers are above 100 % of FTE in post: 40.5 FTE against 30 FTE in post");
  g_ptr_array_unref (findings);

  /* Nothing to compare with when FTE in post is missing. */
  ret->in_post_fte100 = RC_FIGURE_MISSING;
  findings = rc_rules_check_workforce_return (ret, &today);
  g_assert_cmpuint (findings->len, ==, 0);
  g_ptr_array_unref (findings);

  /* No one in post, and leavers: above 100 % too. */
  ret->in_post_fte100 = rc_figure (0);
  ret->vacancies_fte100 = rc_figure (0);
  ret->agency_fte100 = RC_FIGURE_MISSING;
  findings = rc_rules_check_workforce_return (ret, &today);
  g_assert_cmpuint (findings->len, ==, 1);
  g_assert_nonnull (message_of (findings, "leavers_fte100", RC_FINDING_WARNING));
  g_ptr_array_unref (findings);
}

static void
test_return_years (void)
{
  g_autoptr(RcWorkforceReturn) ret = make_return (2027, 3000, 400);
  GDate today = day (2026, 12, 7);
  GDate census_eve = day (2026, 9, 30);
  GPtrArray *findings;

  /* 30 September 2027 is within a year of 7 December 2026. */
  findings = rc_rules_check_workforce_return (ret, &today);
  g_assert_cmpuint (findings->len, ==, 0);
  g_ptr_array_unref (findings);

  ret->year = 2028;
  findings = rc_rules_check_workforce_return (ret, &today);
  g_assert_false (rc_findings_has (findings, RC_FINDING_ERROR));
  g_assert_cmpstr (message_of (findings, "year", RC_FINDING_WARNING), ==,
                   "The reporting year 2028 ends on 30 September 2028, more than a year from today");
  g_ptr_array_unref (findings);

  /* Exactly a year ahead is not more than a year. */
  ret->year = 2027;
  findings = rc_rules_check_workforce_return (ret, &census_eve);
  g_assert_cmpuint (findings->len, ==, 0);
  g_ptr_array_unref (findings);

  /* The table holds 2000 to 2100 only: outside is an error, not a warning. */
  ret->year = 1999;
  findings = rc_rules_check_workforce_return (ret, &today);
  g_assert_cmpstr (message_of (findings, "year", RC_FINDING_ERROR), ==,
                   "The reporting year must be between 2000 and 2100");
  g_ptr_array_unref (findings);

  ret->year = 2024;
  ret->cases = rc_figure (-1);
  findings = rc_rules_check_workforce_return (ret, &today);
  g_assert_cmpstr (message_of (findings, "cases", RC_FINDING_ERROR), ==, "Cases cannot be negative");
  g_ptr_array_unref (findings);
}

static void
test_cohort (void)
{
  g_autoptr(RcCohort) cohort = make_cohort ();
  GDate today = day (2026, 12, 7);
  g_autofree char *long_name = repeat ("n", 201);
  GPtrArray *findings;

  findings = rc_rules_check_cohort (cohort, TRUE, &today);
  g_assert_cmpuint (findings->len, ==, 0);
  g_ptr_array_unref (findings);

  g_free (cohort->starts_on);
  cohort->starts_on = g_strdup ("1997-04-03");
  findings = rc_rules_check_cohort (cohort, TRUE, &today);
  g_assert_false (rc_findings_has (findings, RC_FINDING_ERROR));
  g_assert_cmpstr (message_of (findings, "starts_on", RC_FINDING_WARNING), ==,
                   "Starts on 1997-04-03, a year before 2000: check the year");
  g_ptr_array_unref (findings);

  /* A year ahead to the day is allowed without a word; a day more is told. */
  g_free (cohort->starts_on);
  cohort->starts_on = g_strdup ("2027-12-07");
  g_free (cohort->ends_on);
  cohort->ends_on = g_strdup ("2029-03-31");
  findings = rc_rules_check_cohort (cohort, TRUE, &today);
  g_assert_cmpuint (findings->len, ==, 0);
  g_ptr_array_unref (findings);
  g_free (cohort->starts_on);
  cohort->starts_on = g_strdup ("2027-12-08");
  findings = rc_rules_check_cohort (cohort, TRUE, &today);
  g_assert_cmpstr (message_of (findings, "starts_on", RC_FINDING_WARNING), ==,
                   "Starts on 2027-12-08, more than a year from today: check the year");
  g_assert_null (message_of (findings, "ends_on", RC_FINDING_WARNING));
  g_ptr_array_unref (findings);

  g_free (cohort->ends_on);
  cohort->ends_on = g_strdup ("2027-12-07");
  g_free (cohort->name);
  cohort->name = g_strdup (long_name);
  cohort->max_years_out = 1;
  findings = rc_rules_check_cohort (cohort, TRUE, &today);
  g_assert_cmpstr (message_of (findings, "ends_on", RC_FINDING_ERROR), ==, "A cohort cannot end before it starts");
  g_assert_cmpstr (message_of (findings, "name", RC_FINDING_ERROR), ==,
                   "A name is at most 200 characters; this one has 201");
  g_assert_cmpstr (message_of (findings, "max_years_out", RC_FINDING_ERROR), ==,
                   "The most years out cannot be fewer than the least");
  g_ptr_array_unref (findings);

  /* Years out of practice are a returner cohort's business. */
  findings = rc_rules_check_cohort (cohort, FALSE, &today);
  g_assert_null (message_of (findings, "max_years_out", RC_FINDING_ERROR));
  g_ptr_array_unref (findings);
}

static void
test_bid_line (void)
{
  g_autoptr(RcBidLine) line = rc_bid_line_new ();
  g_autofree char *description = repeat ("d", RC_LIMIT_DESCRIPTION);
  GPtrArray *findings;

  line->category = g_strdup ("bursaries");
  line->description = g_strdup (description);
  line->quantity100 = 100000000;
  line->unit_cost_pence = 1000000000;
  findings = rc_rules_check_bid_line (line);
  g_assert_cmpuint (findings->len, ==, 0);
  g_ptr_array_unref (findings);

  g_free (line->description);
  line->description = g_strconcat (description, "d", NULL);
  line->quantity100 = 100000001;
  findings = rc_rules_check_bid_line (line);
  g_assert_cmpstr (message_of (findings, "description", RC_FINDING_ERROR), ==,
                   "A description is at most 500 characters; this one has 501");
  g_assert_cmpstr (message_of (findings, "quantity100", RC_FINDING_ERROR), ==,
                   "A quantity must be between 0 and 1,000,000");
  g_ptr_array_unref (findings);
}

static void
test_moves (void)
{
  g_autoptr(RcTrainee) trainee = make_trainee ();
  g_autoptr(RcCohort) cohort = make_cohort ();
  GDate today = day (2026, 12, 7);
  GPtrArray *findings;

  trainee->stage = RC_STAGE_OFFERED;
  trainee->stage_on = g_strdup ("2017-03-10");

  /* An enrolment before the cohort starts is asked about; on its first day it is not. */
  findings = rc_rules_check_move (trainee, cohort, TRUE, RC_STAGE_ENROLLED, "2017-04-02", NULL, &today);
  g_assert_false (rc_findings_has (findings, RC_FINDING_ERROR));
  g_assert_cmpstr (message_of (findings, "occurred_on", RC_FINDING_CONFIRM), ==,
                   "Enrolled on 2017-04-02, before the cohort starts on 2017-04-03");
  g_ptr_array_unref (findings);
  findings = rc_rules_check_move (trainee, cohort, TRUE, RC_STAGE_ENROLLED, "2017-04-03", NULL, &today);
  g_assert_cmpuint (findings->len, ==, 0);
  g_ptr_array_unref (findings);
  /* Another stage on that day is no enrolment. */
  findings = rc_rules_check_move (trainee, cohort, TRUE, RC_STAGE_ASSESSMENT, "2017-04-02", NULL, &today);
  g_assert_cmpuint (findings->len, ==, 0);
  g_ptr_array_unref (findings);

  /* Qualifying a returner short of days of updating. */
  trainee->left_practice_on = g_strdup ("2010-01-31");
  trainee->updating_days_done = 45;
  findings = rc_rules_check_move (trainee, cohort, TRUE, RC_STAGE_QUALIFIED, "2017-06-30", NULL, &today);
  g_assert_cmpstr (message_of (findings, "occurred_on", RC_FINDING_CONFIRM), ==,
                   "Social Work England asks 60 days of updating after 7.0 years out of practice; "
                   "the updating log counts 45 days");
  g_ptr_array_unref (findings);
  findings = rc_rules_check_move (trainee, cohort, FALSE, RC_STAGE_QUALIFIED, "2017-06-30", NULL, &today);
  g_assert_cmpuint (findings->len, ==, 0);
  g_ptr_array_unref (findings);

  findings = rc_rules_check_move (trainee, cohort, TRUE, RC_STAGE_ENROLLED, "2026-12-08", NULL, &today);
  g_assert_cmpstr (message_of (findings, "occurred_on", RC_FINDING_ERROR), ==,
                   "A move is recorded once it has happened: the date is in the future");
  g_ptr_array_unref (findings);
  findings = rc_rules_check_move (trainee, cohort, TRUE, RC_STAGE_ENROLLED, "2017-03-09", NULL, &today);
  g_assert_cmpstr (message_of (findings, "occurred_on", RC_FINDING_ERROR), ==,
                   "The date is before the trainee’s last move, on 2017-03-10");
  g_ptr_array_unref (findings);
}

static void
test_findings_join (void)
{
  g_autoptr(GPtrArray) findings = rc_findings_new ();
  g_autofree char *warnings = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_null (rc_findings_join (findings, RC_FINDING_WARNING, "; "));
  g_assert_true (rc_findings_check (findings, &error));
  rc_findings_add (findings, "a", RC_FINDING_WARNING, g_strdup ("One"));
  rc_findings_add (findings, "b", RC_FINDING_CONFIRM, g_strdup ("Two"));
  rc_findings_add (findings, "c", RC_FINDING_WARNING, g_strdup ("Three"));
  warnings = rc_findings_join (findings, RC_FINDING_WARNING, "; ");
  g_assert_cmpstr (warnings, ==, "One; Three");
  g_assert_true (rc_findings_check (findings, &error));
  g_assert_null (rc_findings_get (findings, "a", RC_FINDING_ERROR));
}

static void
test_csv_separators (void)
{
  static const struct {
    const char *data;
    char        separator;
  } cases[] = {
    { "Reference,First name,Surname\n", ',' },
    { "Reference;First name;Surname\r\n", ';' },
    { "Reference\tFirst name\tSurname\n", '\t' },
    { "\xEF\xBB\xBFReference;First name\n", ';' },
    { "\"Name; full\",Reference,Email\n", ',' },      /* quoted semicolons do not count */
    { "Reference;Notes, if any,Email\n", ',' },      /* a tie goes to the comma */
    { "Reference\n", ',' },
    { "", ',' },
    { "\"Reference\nnumber\";Name\n", ';' },          /* a line break inside quotes */
  };
  static const char semicolons[] = "Reference;Name;Notes\nSU1-90;\"Lane; Bea\";\"said \"\"hi\"\"\"\n";
  g_autoptr(RcCsvReader) reader = NULL;
  GPtrArray *fields = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpint (rc_csv_detect_separator (cases[i].data, strlen (cases[i].data)), ==, cases[i].separator);

  reader = rc_csv_reader_new_with_separator (semicolons, strlen (semicolons), ';');
  g_assert_true (rc_csv_reader_next (reader, &fields, NULL));
  g_assert_cmpuint (fields->len, ==, 3);
  g_assert_true (rc_csv_reader_next (reader, &fields, NULL));
  g_assert_cmpuint (fields->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (fields, 1), ==, "Lane; Bea");
  g_assert_cmpstr (g_ptr_array_index (fields, 2), ==, "said \"hi\"");
}

int
main (int   argc,
      char *argv[])
{
  rc_test_init_environment (&argc, &argv);

  g_test_add_func ("/field-rules/lengths", test_lengths);
  g_test_add_func ("/field-rules/megabyte-name-refused", test_megabyte_name_refused);
  g_test_add_func ("/field-rules/email", test_email);
  g_test_add_func ("/field-rules/phone-and-registration", test_phone_and_registration);
  g_test_add_func ("/field-rules/quote", test_quote);
  g_test_add_func ("/field-rules/full-name", test_full_name);
  g_test_add_func ("/field-rules/findings", test_findings_join);
  g_test_add_func ("/field-rules/trainee/dates", test_trainee_dates);
  g_test_add_func ("/field-rules/trainee/eligibility", test_trainee_eligibility);
  g_test_add_func ("/field-rules/trainee/updating-days", test_trainee_updating_days);
  g_test_add_func ("/field-rules/return/plausibility", test_return_plausibility);
  g_test_add_func ("/field-rules/return/years", test_return_years);
  g_test_add_func ("/field-rules/cohort", test_cohort);
  g_test_add_func ("/field-rules/bid-line", test_bid_line);
  g_test_add_func ("/field-rules/moves", test_moves);
  g_test_add_func ("/field-rules/csv-separators", test_csv_separators);

  return g_test_run ();
}
