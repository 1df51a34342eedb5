/* test-model.c: rates, money, dates, stages, retention, bid totals, returners
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <math.h>

#include "model/rc-bid-totals.h"
#include "model/rc-bid.h"
#include "model/rc-model-error.h"
#include "model/rc-money.h"
#include "model/rc-rates.h"
#include "model/rc-retention.h"
#include "model/rc-returner.h"
#include "model/rc-stage.h"
#include "model/rc-trainee.h"
#include "rc-test-util.h"

#define DASH "\xe2\x80\x94"

#define assert_rate_none(rate) g_assert_false ((rate).present)
#define assert_percent(rate, text) G_STMT_START {          \
    g_autofree char *_s = rc_rate_format_percent (rate);   \
    g_assert_cmpstr (_s, ==, (text));                      \
  } G_STMT_END
#define assert_error(err, code, text) G_STMT_START {       \
    g_assert_error ((err), RC_MODEL_ERROR, (code));        \
    g_assert_cmpstr ((err)->message, ==, (text));          \
    g_clear_error (&(err));                                \
  } G_STMT_END

/* Somerset's published 2025 row: 49 FTE vacancies, 279.3 FTE in post.
 * 49 / (49 + 279.3) = 49 / 328.3 = 0.14925… → 14.9 %. */
static void
test_rates_vacancy_somerset (void)
{
  RcRate rate = rc_rate_vacancy (rc_figure (4900), rc_figure (27930));

  g_assert_true (rate.present);
  g_assert_cmpfloat_with_epsilon (rate.value, 4900.0 / 32830.0, 1e-12);
  assert_percent (rate, "14.9 %");
}

static void
test_rates_others (void)
{
  g_autofree char *caseload = NULL;
  RcRate rate;

  /* 25 agency FTE: 25 / (25 + 279.3) = 0.08216… → 8.2 % */
  assert_percent (rc_rate_agency (rc_figure (2500), rc_figure (27930)), "8.2 %");
  /* 39.1 leavers / 279.3 in post = 0.13999… → 14.0 % */
  assert_percent (rc_rate_turnover (rc_figure (3910), rc_figure (27930)), "14.0 %");
  /* 3650 cases / 225.3 FTE case holders = 16.2006… */
  rate = rc_rate_caseload (rc_figure (3650), rc_figure (22530));
  g_assert_cmpfloat_with_epsilon (rate.value, 3650.0 / 225.3, 1e-9);
  caseload = rc_rate_format_caseload (rate);
  g_assert_cmpstr (caseload, ==, "16.2");
  /* A real 0 is a value, not a missing one. */
  assert_percent (rc_rate_vacancy (rc_figure (0), rc_figure (100)), "0.0 %");
}

static void
test_rates_no_value (void)
{
  g_autofree char *caseload = NULL;

  /* Division by zero. */
  assert_rate_none (rc_rate_vacancy (rc_figure (0), rc_figure (0)));
  assert_rate_none (rc_rate_agency (rc_figure (0), rc_figure (0)));
  assert_rate_none (rc_rate_turnover (rc_figure (500), rc_figure (0)));
  assert_rate_none (rc_rate_caseload (rc_figure (40), rc_figure (0)));
  /* Missing figures: missing is not 0. */
  assert_rate_none (rc_rate_vacancy (RC_FIGURE_MISSING, rc_figure (27930)));
  assert_rate_none (rc_rate_vacancy (rc_figure (4900), RC_FIGURE_MISSING));
  assert_rate_none (rc_rate_agency (RC_FIGURE_MISSING, rc_figure (100)));
  assert_rate_none (rc_rate_turnover (rc_figure (100), RC_FIGURE_MISSING));
  assert_rate_none (rc_rate_caseload (RC_FIGURE_MISSING, rc_figure (100)));
  /* Negative figures are bad data; overflow of the sum is no value either. */
  assert_rate_none (rc_rate_vacancy (rc_figure (-100), rc_figure (200)));
  assert_rate_none (rc_rate_vacancy (rc_figure (G_MAXINT64), rc_figure (1)));

  assert_percent (RC_RATE_NONE, DASH);
  caseload = rc_rate_format_caseload (RC_RATE_NONE);
  g_assert_cmpstr (caseload, ==, DASH);
}

static void
test_rates_format (void)
{
  g_autofree char *caseload = rc_rate_format_caseload (rc_rate (16.25));

  /* 0.0625 is exact in binary: 6.25 % rounds half away from zero to 6.3 %,
   * where printf alone would give 6.2. */
  assert_percent (rc_rate (0.0625), "6.3 %");
  assert_percent (rc_rate (1.0), "100.0 %");
  assert_percent (rc_rate (0.0004), "0.0 %");
  assert_percent (rc_rate (-0.0004), "0.0 %");  /* never "-0.0 %" */
  assert_percent (rc_rate (NAN), DASH);
  assert_percent (rc_rate (INFINITY), DASH);
  g_assert_cmpstr (caseload, ==, "16.3");
}

static void
test_rates_format_locale (void)
{
  const char *locales[] = { "de_DE.UTF-8", "fr_FR.UTF-8", "nl_NL.UTF-8", "de_DE", "fr_FR" };
  const char *found = NULL;

  for (guint i = 0; found == NULL && i < G_N_ELEMENTS (locales); i++)
    found = setlocale (LC_NUMERIC, locales[i]);
  if (found == NULL)
    {
      g_test_skip ("No locale with a decimal comma is installed");
      return;
    }

  assert_percent (rc_rate_vacancy (rc_figure (4900), rc_figure (27930)), "14.9 %");
  setlocale (LC_NUMERIC, "C");
}

static void
test_money_format (void)
{
  struct { gint64 pence; const char *text; } cases[] = {
    { 0, "£0.00" },
    { 5, "£0.05" },
    { 99999, "£999.99" },
    { 123456, "£1,234.56" },
    { 100000000, "£1,000,000.00" },
    { -500, "\xe2\x88\x92£5.00" },
    { G_MAXINT64, "£92,233,720,368,547,758.07" },
    { G_MININT64, "\xe2\x88\x92£92,233,720,368,547,758.08" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = rc_money_format (cases[i].pence);

      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

static void
test_money_parse (void)
{
  struct { const char *text; gint64 pence; } cases[] = {
    { "1234.56", 123456 },
    { "1,234.56", 123456 },
    { "£1,234.5", 123450 },
    { " 12 ", 1200 },
    { "£ 12", 1200 },
    { "0.05", 5 },
    { ".5", 50 },
    { "12.", 1200 },
    { "1,000,000", 100000000 },
    { "92233720368547758.07", G_MAXINT64 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 pence = -1;

      g_assert_true (rc_money_parse (cases[i].text, &pence, &error));
      g_assert_no_error (error);
      g_assert_cmpint (pence, ==, cases[i].pence);
    }
}

static void
test_money_parse_errors (void)
{
  struct { const char *text; int code; const char *message; } cases[] = {
    { "", RC_MODEL_ERROR_INVALID, "Enter an amount, such as 1,234.56" },
    { "   ", RC_MODEL_ERROR_INVALID, "Enter an amount, such as 1,234.56" },
    { "-5", RC_MODEL_ERROR_RANGE, "An amount cannot be negative" },
    { "\xe2\x88\x92" "5", RC_MODEL_ERROR_RANGE, "An amount cannot be negative" },
    { "£-5.00", RC_MODEL_ERROR_RANGE, "An amount cannot be negative" },
    { "12.345", RC_MODEL_ERROR_INVALID,
      "“12.345” has more than two decimal places: amounts are in pounds and pence" },
    { "12a", RC_MODEL_ERROR_INVALID,
      "“12a” is not an amount of money: use digits, such as 1,234.56" },
    { "ten pounds", RC_MODEL_ERROR_INVALID,
      "“ten pounds” is not an amount of money: use digits, such as 1,234.56" },
    { "£", RC_MODEL_ERROR_INVALID, "“£” is not an amount of money: use digits, such as 1,234.56" },
    { "1.2.3", RC_MODEL_ERROR_INVALID,
      "“1.2.3” is not an amount of money: use digits, such as 1,234.56" },
    { "1,23.45", RC_MODEL_ERROR_INVALID,
      "“1,23.45” has a misplaced thousands separator: write 1,234.56 or 1234.56" },
    { "1234,567", RC_MODEL_ERROR_INVALID,
      "“1234,567” has a misplaced thousands separator: write 1,234.56 or 1234.56" },
    { "92233720368547758.08", RC_MODEL_ERROR_RANGE,
      "“92233720368547758.08” is too large an amount" },
    { "99999999999999999999", RC_MODEL_ERROR_RANGE,
      "“99999999999999999999” is too large an amount" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 pence = 42;

      g_assert_false (rc_money_parse (cases[i].text, &pence, &error));
      assert_error (error, cases[i].code, cases[i].message);
      g_assert_cmpint (pence, ==, 42);  /* untouched on failure */
    }

  /* A long cell is quoted shortened, not whole. */
  {
    g_autoptr(GError) error = NULL;
    g_autofree char *cell = g_strnfill (20000, 'x');
    gint64 pence = 42;

    g_assert_false (rc_money_parse (cell, &pence, &error));
    g_assert_cmpuint (g_utf8_strlen (error->message, -1), <, 120);
    g_assert_true (g_str_has_suffix (error->message, "…” is not an amount of money: use digits, such as 1,234.56"));
  }
}

static void
test_fte (void)
{
  struct { gint64 fte100; const char *text; } formats[] = {
    { 27930, "279.3" }, { 1200, "12" }, { 1234, "12.34" }, { 50, "0.5" },
    { 5, "0.05" }, { 0, "0" }, { -150, "\xe2\x88\x92" "1.5" },
  };
  struct { const char *text; int code; const char *message; } errors[] = {
    { "", RC_MODEL_ERROR_INVALID, "Enter an FTE figure, such as 12.5" },
    { "-1", RC_MODEL_ERROR_RANGE, "An FTE figure cannot be negative" },
    { "12.345", RC_MODEL_ERROR_INVALID,
      "“12.345” has more than two decimal places: FTE figures are kept to hundredths" },
    { "twelve", RC_MODEL_ERROR_INVALID, "“twelve” is not an FTE figure: use digits, such as 12.5" },
    { "£12", RC_MODEL_ERROR_INVALID, "“£12” is not an FTE figure: use digits, such as 12.5" },
  };
  g_autoptr(GError) error = NULL;
  gint64 fte100 = 0;

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autofree char *text = rc_fte_format (formats[i].fte100);

      g_assert_cmpstr (text, ==, formats[i].text);
      /* What is shown reads back to the same figure. */
      if (formats[i].fte100 >= 0)
        {
          g_assert_true (rc_fte_parse (text, &fte100, &error));
          g_assert_cmpint (fte100, ==, formats[i].fte100);
        }
    }

  g_assert_true (rc_fte_parse ("12.5", &fte100, &error));
  g_assert_cmpint (fte100, ==, 1250);
  g_assert_true (rc_fte_parse ("12.34", &fte100, &error));
  g_assert_cmpint (fte100, ==, 1234);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (errors); i++)
    {
      g_assert_false (rc_fte_parse (errors[i].text, &fte100, &error));
      assert_error (error, errors[i].code, errors[i].message);
    }
}

static void
test_date (void)
{
  struct { const char *text; int code; const char *message; } errors[] = {
    { "2017-02-30", RC_MODEL_ERROR_RANGE, "“2017-02-30” is not a day of the calendar" },
    { "2017-02-29", RC_MODEL_ERROR_RANGE, "“2017-02-29” is not a day of the calendar" },
    { "2017-13-01", RC_MODEL_ERROR_RANGE, "“2017-13-01” is not a day of the calendar" },
    { "0000-01-01", RC_MODEL_ERROR_RANGE, "“0000-01-01” is not a day of the calendar" },
    { "31/01/2017", RC_MODEL_ERROR_INVALID,
      "“31/01/2017” is not a date in the form YYYY-MM-DD, such as 2017-01-31" },
    { "2017-1-31", RC_MODEL_ERROR_INVALID,
      "“2017-1-31” is not a date in the form YYYY-MM-DD, such as 2017-01-31" },
    { "2017-01-31T09:00", RC_MODEL_ERROR_INVALID,
      "“2017-01-31T09:00” is not a date in the form YYYY-MM-DD, such as 2017-01-31" },
    { "", RC_MODEL_ERROR_INVALID, "“” is not a date in the form YYYY-MM-DD, such as 2017-01-31" },
  };
  g_autoptr(GError) error = NULL;
  g_autofree char *iso = NULL;
  g_autofree char *early = NULL;
  GDate date;

  g_assert_true (rc_date_parse ("2017-01-31", &date, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_date_get_year (&date), ==, 2017);
  g_assert_cmpint (g_date_get_month (&date), ==, G_DATE_JANUARY);
  g_assert_cmpint (g_date_get_day (&date), ==, 31);
  iso = rc_date_format_iso (&date);
  g_assert_cmpstr (iso, ==, "2017-01-31");

  g_assert_true (rc_date_parse (" 2016-02-29 ", &date, &error));  /* a leap day */
  g_date_set_dmy (&date, 1, G_DATE_MARCH, 5);
  early = rc_date_format_iso (&date);
  g_assert_cmpstr (early, ==, "0005-03-01");

  for (guint i = 0; i < G_N_ELEMENTS (errors); i++)
    {
      g_assert_false (rc_date_parse (errors[i].text, &date, &error));
      assert_error (error, errors[i].code, errors[i].message);
    }
}

static void
test_stage_keys (void)
{
  RcStage stage;
  RcWithdrawalReason reason;

  for (guint i = 0; i < RC_N_STAGES; i++)
    {
      g_assert_true (rc_stage_from_key (rc_stage_to_key (i), &stage));
      g_assert_cmpint (stage, ==, i);
      g_assert_nonnull (rc_stage_get_label (i));
    }
  for (guint i = 0; i < RC_N_WITHDRAWAL_REASONS; i++)
    {
      g_assert_true (rc_withdrawal_reason_from_key (rc_withdrawal_reason_to_key (i), &reason));
      g_assert_cmpint (reason, ==, i);
    }

  g_assert_cmpstr (rc_stage_to_key (RC_STAGE_ON_PLACEMENT), ==, "on_placement");
  g_assert_cmpstr (rc_stage_to_key (RC_STAGE_RETAINED_24), ==, "retained_24");
  g_assert_cmpstr (rc_stage_get_label (RC_STAGE_ASSESSMENT), ==, "Assessment centre");
  g_assert_cmpstr (rc_stage_get_label (RC_STAGE_RETAINED_12), ==, "Still employed at 12 months");
  g_assert_cmpstr (rc_withdrawal_reason_to_key (RC_WITHDRAWAL_PLACEMENT_BREAKDOWN), ==,
                   "placement_breakdown");
  g_assert_cmpstr (rc_withdrawal_reason_get_label (RC_WITHDRAWAL_OTHER_EMPLOYMENT), ==,
                   "Left for other employment");
  g_assert_false (rc_stage_from_key ("Applied", &stage));
  g_assert_false (rc_stage_from_key (NULL, &stage));
  g_assert_false (rc_withdrawal_reason_from_key ("", &reason));
}

static void
test_stage_moves (void)
{
  struct { RcStage from, to; const char *message; } refused[] = {
    { RC_STAGE_ON_PLACEMENT, RC_STAGE_EMPLOYED,
      "A trainee must be qualified before being employed" },
    { RC_STAGE_ENROLLED, RC_STAGE_REGISTERED,
      "A trainee must be qualified before being registered" },
    { RC_STAGE_QUALIFIED, RC_STAGE_EMPLOYED,
      "A trainee must be registered as a social worker before being employed" },
    { RC_STAGE_REGISTERED, RC_STAGE_ASYE_COMPLETED,
      "A trainee must be employed by a council before completing the ASYE" },
    { RC_STAGE_EMPLOYED, RC_STAGE_RETAINED_24,
      "A trainee must be counted as still employed at 12 months before 24 months" },
    { RC_STAGE_QUALIFIED, RC_STAGE_APPLIED,
      "A trainee cannot move back from “Qualified” to “Applied”" },
    { RC_STAGE_EMPLOYED, RC_STAGE_EMPLOYED,
      "The trainee is already at the stage “Employed by a council”" },
    { RC_STAGE_WITHDRAWN, RC_STAGE_APPLIED,
      "This trainee has withdrawn, and nothing can follow a withdrawal" },
    { RC_STAGE_WITHDRAWN, RC_STAGE_WITHDRAWN,
      "This trainee has withdrawn, and nothing can follow a withdrawal" },
    { RC_STAGE_RETAINED_24, RC_STAGE_WITHDRAWN,
      "A trainee still employed at 24 months has completed the pipeline and cannot be withdrawn" },
  };
  struct { RcStage from, to; } allowed[] = {
    { RC_STAGE_APPLIED, RC_STAGE_ASSESSMENT }, { RC_STAGE_APPLIED, RC_STAGE_ENROLLED },
    { RC_STAGE_ON_PLACEMENT, RC_STAGE_QUALIFIED }, { RC_STAGE_QUALIFIED, RC_STAGE_REGISTERED },
    { RC_STAGE_REGISTERED, RC_STAGE_EMPLOYED }, { RC_STAGE_EMPLOYED, RC_STAGE_RETAINED_12 },
    { RC_STAGE_RETAINED_12, RC_STAGE_RETAINED_24 }, { RC_STAGE_APPLIED, RC_STAGE_WITHDRAWN },
    { RC_STAGE_RETAINED_12, RC_STAGE_WITHDRAWN },
  };
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (allowed); i++)
    {
      g_assert_true (rc_stage_check_move (allowed[i].from, allowed[i].to, &error));
      g_assert_no_error (error);
    }
  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_assert_false (rc_stage_check_move (refused[i].from, refused[i].to, &error));
      assert_error (error, RC_MODEL_ERROR_INVALID, refused[i].message);
    }
}

/* Every pair against the rule stated plainly, and every refusal explained. */
static void
test_stage_moves_all (void)
{
  const RcStage milestones[] = { RC_STAGE_QUALIFIED, RC_STAGE_REGISTERED,
                                 RC_STAGE_EMPLOYED, RC_STAGE_RETAINED_12 };

  for (RcStage from = 0; from < RC_N_STAGES; from++)
    for (RcStage to = 0; to < RC_N_STAGES; to++)
      {
        g_autoptr(GError) error = NULL;
        gboolean expected;

        if (from == RC_STAGE_WITHDRAWN)
          expected = FALSE;
        else if (to == RC_STAGE_WITHDRAWN)
          expected = from < RC_STAGE_RETAINED_24;
        else
          {
            expected = to > from;
            for (guint m = 0; m < G_N_ELEMENTS (milestones); m++)
              if (from < milestones[m] && milestones[m] < to)
                expected = FALSE;
          }

        g_assert_cmpint (rc_stage_check_move (from, to, &error), ==, expected);
        if (!expected)
          g_assert_error (error, RC_MODEL_ERROR, RC_MODEL_ERROR_INVALID);
      }
}

/* Eleven trainees, worked by hand:
 *   qualified  = rows 3–11 = 9 (row 4 withdrew after registering: still qualified)
 *   registered = rows 4–11 = 8
 *   employed by a partner = rows 5, 7, 8, 9, 10 = 5 (6 and 11 work elsewhere)
 *   retained 12 = rows 8, 9, 10 = 3; retained 24 = row 10 = 1 */
static const RcTraineeProgress cohort[] = {
  { RC_STAGE_APPLIED, TRUE, FALSE },            /* 1 */
  { RC_STAGE_ON_PLACEMENT, TRUE, FALSE },       /* 2 */
  { RC_STAGE_QUALIFIED, FALSE, FALSE },         /* 3 */
  { RC_STAGE_REGISTERED, TRUE, FALSE },         /* 4 */
  { RC_STAGE_EMPLOYED, FALSE, TRUE },           /* 5 */
  { RC_STAGE_EMPLOYED, FALSE, FALSE },          /* 6 */
  { RC_STAGE_ASYE_COMPLETED, FALSE, TRUE },     /* 7 */
  { RC_STAGE_RETAINED_12, FALSE, TRUE },        /* 8 */
  { RC_STAGE_RETAINED_12, TRUE, TRUE },         /* 9: left after 12 months */
  { RC_STAGE_RETAINED_24, FALSE, TRUE },        /* 10 */
  { RC_STAGE_RETAINED_24, FALSE, FALSE },       /* 11 */
};

static void
test_retention (void)
{
  RcRetention r;

  rc_retention_compute (cohort, G_N_ELEMENTS (cohort), &r);
  g_assert_cmpuint (r.trainees, ==, 11);
  g_assert_cmpuint (r.withdrawn, ==, 4);  /* rows 1, 2, 4, 9 */
  g_assert_cmpuint (r.qualified, ==, 9);
  g_assert_cmpuint (r.registered, ==, 8);
  g_assert_cmpuint (r.employed_by_partner, ==, 5);
  g_assert_cmpuint (r.retained_12, ==, 3);
  g_assert_cmpuint (r.retained_24, ==, 1);
  /* 3 / 9 = 33.3 %, 1 / 9 = 11.1 % */
  assert_percent (rc_retention_rate (r.retained_12, r.qualified), "33.3 %");
  assert_percent (rc_retention_rate (r.retained_24, r.qualified), "11.1 %");

  rc_retention_compute (NULL, 0, &r);
  g_assert_cmpuint (r.trainees, ==, 0);
  g_assert_cmpuint (r.qualified, ==, 0);
  assert_rate_none (rc_retention_rate (0, 0));
  assert_percent (rc_retention_rate (0, 4), "0.0 %");
}

/* Cohorts pooled on the Trends page: the sum of two groups' counts is the
 * retention of both as one, so its shares are the pooled counts divided,
 * not the mean of the groups' shares (3 of 9 and 0 of 1 is 30 %, not
 * 16.7 %). */
static void
test_retention_add (void)
{
  RcRetention whole, first, second, sum = { 0 };
  guint32 today = 740000;
  gsize split = 7;

  rc_retention_compute_on (cohort, G_N_ELEMENTS (cohort), today, &whole);
  rc_retention_compute_on (cohort, split, today, &first);
  rc_retention_compute_on (cohort + split, G_N_ELEMENTS (cohort) - split, today, &second);
  rc_retention_add (&sum, &first);
  rc_retention_add (&sum, &second);
  g_assert_cmpmem (&sum, sizeof sum, &whole, sizeof whole);
  for (guint m = 0; m < RC_N_MILESTONES; m++)
    {
      RcOutcome pooled = rc_retention_get_outcome (&sum, m);
      RcOutcome expected = rc_retention_get_outcome (&whole, m);

      g_assert_cmpint (pooled.kind, ==, expected.kind);
      g_assert_cmpuint (pooled.count, ==, expected.count);
      g_assert_cmpuint (pooled.due, ==, expected.due);
    }

  {
    RcRetention a = { .qualified = 9, .retained_12 = 3 }, b = { .qualified = 1 }, both = { 0 };
    RcOutcome outcome;

    a.due[RC_MILESTONE_RETAINED_12] = a.recorded[RC_MILESTONE_RETAINED_12] = 9;
    b.due[RC_MILESTONE_RETAINED_12] = b.recorded[RC_MILESTONE_RETAINED_12] = 1;
    rc_retention_add (&both, &a);
    rc_retention_add (&both, &b);
    outcome = rc_retention_get_outcome (&both, RC_MILESTONE_RETAINED_12);
    g_assert_cmpint (outcome.kind, ==, RC_OUTCOME_SHARE);
    assert_percent (outcome.share, "30.0 %");
  }
}

/* What the cohort list, page, workbook and Trends page show, defined once:
 * a trainee who applied or was offered a place is neither in training nor
 * filling a place; a milestone not yet due or with nothing recorded is
 * said in words, never 0 %. Qualified on 27 November 2026 (day Q), seen
 * on 7 December 2026. */
static void
test_retention_due (void)
{
  GDate date;
  guint32 q, today;
  RcRetention r;
  RcOutcome outcome;
  g_autofree char *text = NULL;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 27, G_DATE_NOVEMBER, 2026);
  q = g_date_get_julian (&date);
  g_date_set_dmy (&date, 7, G_DATE_DECEMBER, 2026);
  today = g_date_get_julian (&date);

  {
    const RcTraineeProgress cohort_2027[] = {
      { RC_STAGE_APPLIED, FALSE, FALSE, 0 },
      { RC_STAGE_ASSESSMENT, FALSE, FALSE, 0 },
      { RC_STAGE_OFFERED, FALSE, FALSE, 0 },
      { RC_STAGE_ENROLLED, FALSE, FALSE, 0 },
      { RC_STAGE_ON_PLACEMENT, FALSE, FALSE, 0 },
      { RC_STAGE_ON_PLACEMENT, TRUE, FALSE, 0 },
      { RC_STAGE_QUALIFIED, FALSE, FALSE, q },
      { RC_STAGE_REGISTERED, FALSE, FALSE, q },
      { RC_STAGE_REGISTERED, TRUE, FALSE, q },     /* withdrew after registering */
    };

    rc_retention_compute_on (cohort_2027, G_N_ELEMENTS (cohort_2027), today, &r);
  }
  g_assert_cmpuint (r.trainees, ==, 9);
  g_assert_cmpuint (r.recruiting, ==, 3);
  g_assert_cmpuint (r.in_training, ==, 2);
  g_assert_cmpuint (r.withdrawn, ==, 2);
  g_assert_cmpuint (r.filled, ==, 4);       /* 2 in training, 2 qualified still with us */
  g_assert_cmpuint (r.qualified, ==, 3);

  outcome = rc_retention_get_outcome (&r, RC_MILESTONE_REGISTERED);
  g_assert_cmpint (outcome.kind, ==, RC_OUTCOME_SHARE);
  text = rc_outcome_format (&outcome);
  g_assert_cmpstr (text, ==, "2 (66.7 %)");
  g_clear_pointer (&text, g_free);

  /* Due on qualifying, but only the one who withdrew has an outcome
   * recorded: not 0 %, which would say the other two are not employed. */
  outcome = rc_retention_get_outcome (&r, RC_MILESTONE_EMPLOYED);
  g_assert_cmpint (outcome.kind, ==, RC_OUTCOME_NOT_RECORDED);
  g_assert_cmpuint (outcome.due, ==, 3);
  text = rc_outcome_format (&outcome);
  g_assert_cmpstr (text, ==, "not recorded");
  g_clear_pointer (&text, g_free);

  /* Ten days after qualifying, 12 and 24 months are not yet due, the
   * withdrawn trainee included: never 0 %. */
  for (RcMilestone m = RC_MILESTONE_RETAINED_12; m <= RC_MILESTONE_RETAINED_24; m++)
    {
      outcome = rc_retention_get_outcome (&r, m);
      g_assert_cmpint (outcome.kind, ==, RC_OUTCOME_NOT_YET_DUE);
      g_assert_false (outcome.share.present);
      text = rc_outcome_format (&outcome);
      g_assert_cmpstr (text, ==, "not yet due");
      g_clear_pointer (&text, g_free);
      text = rc_outcome_format_share (&outcome);
      g_assert_cmpstr (text, ==, "not yet due");
      g_clear_pointer (&text, g_free);
    }

  /* A year and a day later: 12 months is due, and nobody's is recorded. */
  rc_retention_compute_on ((RcTraineeProgress[]) { { RC_STAGE_REGISTERED, FALSE, TRUE, q },
                                                   { RC_STAGE_EMPLOYED, FALSE, TRUE, q } },
                           2, today + 366, &r);
  outcome = rc_retention_get_outcome (&r, RC_MILESTONE_RETAINED_12);
  g_assert_cmpint (outcome.kind, ==, RC_OUTCOME_NOT_RECORDED);
  text = rc_outcome_format (&outcome);
  g_assert_cmpstr (text, ==, "not recorded");
  g_clear_pointer (&text, g_free);
  g_assert_cmpint (rc_retention_get_outcome (&r, RC_MILESTONE_RETAINED_24).kind, ==, RC_OUTCOME_NOT_YET_DUE);

  /* Half the cohort due: the share is of those due, and says so. */
  g_date_set_dmy (&date, 1, G_DATE_JANUARY, 2026);
  rc_retention_compute_on ((RcTraineeProgress[]) { { RC_STAGE_RETAINED_12, FALSE, TRUE, g_date_get_julian (&date) },
                                                   { RC_STAGE_EMPLOYED, FALSE, TRUE, q } },
                           2, today + 100, &r);
  outcome = rc_retention_get_outcome (&r, RC_MILESTONE_RETAINED_12);
  g_assert_cmpint (outcome.kind, ==, RC_OUTCOME_SHARE);
  text = rc_outcome_format (&outcome);
  g_assert_cmpstr (text, ==, "1 of 1 due (100.0 %)");
  g_clear_pointer (&text, g_free);

  /* Everyone due recorded, nobody there: that is 0 %. */
  rc_retention_compute_on ((RcTraineeProgress[]) { { RC_STAGE_EMPLOYED, TRUE, TRUE, q } },
                           1, today + 400, &r);
  outcome = rc_retention_get_outcome (&r, RC_MILESTONE_RETAINED_12);
  text = rc_outcome_format (&outcome);
  g_assert_cmpstr (text, ==, "0 (0.0 %)");
}

static void
test_stage_counts (void)
{
  const RcTraineeProgress odd[] = { { RC_STAGE_WITHDRAWN, FALSE, FALSE } };
  guint counts[RC_N_STAGES];
  guint sum = 0;

  rc_stage_counts (cohort, G_N_ELEMENTS (cohort), counts);
  g_assert_cmpuint (counts[RC_STAGE_WITHDRAWN], ==, 4);
  g_assert_cmpuint (counts[RC_STAGE_APPLIED], ==, 0);
  g_assert_cmpuint (counts[RC_STAGE_ON_PLACEMENT], ==, 0);
  g_assert_cmpuint (counts[RC_STAGE_QUALIFIED], ==, 1);
  g_assert_cmpuint (counts[RC_STAGE_REGISTERED], ==, 0);
  g_assert_cmpuint (counts[RC_STAGE_EMPLOYED], ==, 2);
  g_assert_cmpuint (counts[RC_STAGE_ASYE_COMPLETED], ==, 1);
  g_assert_cmpuint (counts[RC_STAGE_RETAINED_12], ==, 1);
  g_assert_cmpuint (counts[RC_STAGE_RETAINED_24], ==, 2);
  for (guint i = 0; i < RC_N_STAGES; i++)
    sum += counts[i];
  g_assert_cmpuint (sum, ==, 11);

  /* A record whose furthest stage is "withdrawn" is counted as withdrawn. */
  rc_stage_counts (odd, 1, counts);
  g_assert_cmpuint (counts[RC_STAGE_WITHDRAWN], ==, 1);
}

static void
test_bids_line_total (void)
{
  struct { gint64 quantity100, unit, total; } cases[] = {
    { 100, 150000, 150000 },   /* 1 × £1,500 */
    { 50, 3000001, 1500001 },  /* 0.5 × £30,000.01 = £15,000.005 → £15,000.01 */
    { 33, 1, 0 },              /* 0.33p → 0p */
    { 50, 1, 1 },              /* 0.5p → 1p: half away from zero */
    { 150, 33, 50 },           /* 49.5p → 50p */
    { 149, 33, 49 },           /* 49.17p → 49p */
    { 0, 123456, 0 },
  };
  g_autoptr(GError) error = NULL;
  gint64 total = 42;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_assert_true (rc_bid_line_total (cases[i].quantity100, cases[i].unit, &total, &error));
      g_assert_no_error (error);
      g_assert_cmpint (total, ==, cases[i].total);
    }

  total = 42;
  g_assert_false (rc_bid_line_total (-50, 100, &total, &error));
  assert_error (error, RC_MODEL_ERROR_RANGE, "A budget line’s quantity cannot be negative");
  g_assert_false (rc_bid_line_total (50, -100, &total, &error));
  assert_error (error, RC_MODEL_ERROR_RANGE, "A budget line’s unit cost cannot be negative");
  g_assert_false (rc_bid_line_total (200, G_MAXINT64 / 100, &total, &error));
  assert_error (error, RC_MODEL_ERROR_RANGE,
                "A budget line’s quantity times its unit cost is too large to hold");
  g_assert_cmpint (total, ==, 42);
}

static void
test_bids_totals (void)
{
  /* council 1: 1,500,001 + 37,035 + 1,983,300 = 3,520,336
   * council 2: 0.25 × £40,000 = 1,000,000
   * council 3: 2 × £19,833 + 1 × £3,000 = 3,966,600 + 300,000 = 4,266,600
   * overall: 8,786,936 = £87,869.36; bursaries 3,966,600 + 1,983,300 = 5,949,900 */
  const RcBidLineValue lines[] = {
    { 3, RC_COST_BURSARIES, 200, 1983300 },
    { 1, RC_COST_SALARY_BACKFILL, 50, 3000001 },
    { 3, RC_COST_PRACTICE_EDUCATORS, 100, 300000 },
    { 2, RC_COST_COORDINATION, 25, 4000000 },
    { 1, RC_COST_TRAVEL, 300, 12345 },
    { 1, RC_COST_BURSARIES, 100, 1983300 },
  };
  const gint64 by_category[RC_N_COST_CATEGORIES] = {
    [RC_COST_BURSARIES] = 5949900, [RC_COST_SALARY_BACKFILL] = 1500001,
    [RC_COST_PRACTICE_EDUCATORS] = 300000, [RC_COST_COORDINATION] = 1000000,
    [RC_COST_TRAVEL] = 37035,
  };
  const RcBidCouncilTotal by_council[] = { { 1, 3520336 }, { 2, 1000000 }, { 3, 4266600 } };
  g_autoptr(GError) error = NULL;
  g_autoptr(RcBidTotals) totals = rc_bid_totals_compute (lines, G_N_ELEMENTS (lines), &error);
  g_autoptr(RcBidTotals) empty = rc_bid_totals_compute (NULL, 0, &error);
  g_autofree char *overall = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (totals);
  g_assert_cmpint (totals->total_pence, ==, 8786936);
  overall = rc_money_format (totals->total_pence);
  g_assert_cmpstr (overall, ==, "£87,869.36");
  for (guint i = 0; i < RC_N_COST_CATEGORIES; i++)
    g_assert_cmpint (totals->category_pence[i], ==, by_category[i]);
  g_assert_cmpuint (totals->councils->len, ==, G_N_ELEMENTS (by_council));
  for (guint i = 0; i < G_N_ELEMENTS (by_council); i++)
    {
      RcBidCouncilTotal *c = &g_array_index (totals->councils, RcBidCouncilTotal, i);

      g_assert_cmpint (c->council_id, ==, by_council[i].council_id);
      g_assert_cmpint (c->pence, ==, by_council[i].pence);
      g_assert_cmpint (rc_bid_totals_get_council (totals, c->council_id), ==, c->pence);
    }
  g_assert_cmpint (rc_bid_totals_get_council (totals, 99), ==, 0);

  g_assert_nonnull (empty);
  g_assert_cmpint (empty->total_pence, ==, 0);
  g_assert_cmpuint (empty->councils->len, ==, 0);
}

static void
test_bids_totals_refused (void)
{
  const RcBidLineValue unknown[] = { { 1, RC_COST_TRAVEL, 100, 100 }, { 1, 7, 100, 100 } };
  const RcBidLineValue negative[] = { { 1, RC_COST_TRAVEL, -100, 100 } };
  /* The largest line is G_MAXINT64 / 100 pence (its quantity × cost must
   * fit first), so it takes 101 of them to overflow the sum. */
  RcBidLineValue huge[101];
  g_autoptr(RcBidTotals) fits = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (huge); i++)
    huge[i] = (RcBidLineValue) { i, RC_COST_OTHER, 100, G_MAXINT64 / 100 };
  /* 100 × 92,233,720,368,547,758 = 9,223,372,036,854,775,800 fits. */
  fits = rc_bid_totals_compute (huge, 100, &error);
  g_assert_no_error (error);
  g_assert_cmpint (fits->total_pence, ==, 9223372036854775800);

  g_assert_null (rc_bid_totals_compute (unknown, G_N_ELEMENTS (unknown), &error));
  assert_error (error, RC_MODEL_ERROR_INVALID, "A budget line has an unknown cost category (7)");
  g_assert_null (rc_bid_totals_compute (negative, G_N_ELEMENTS (negative), &error));
  assert_error (error, RC_MODEL_ERROR_RANGE, "A budget line’s quantity cannot be negative");
  g_assert_null (rc_bid_totals_compute (huge, G_N_ELEMENTS (huge), &error));
  assert_error (error, RC_MODEL_ERROR_RANGE, "The bid’s total is too large to hold");
}

static void
test_bids_categories (void)
{
  RcCostCategory category;

  for (guint i = 0; i < RC_N_COST_CATEGORIES; i++)
    {
      g_assert_true (rc_cost_category_from_key (rc_cost_category_to_key (i), &category));
      g_assert_cmpint (category, ==, i);
    }
  g_assert_cmpstr (rc_cost_category_to_key (RC_COST_SALARY_BACKFILL), ==, "salary_backfill");
  g_assert_cmpstr (rc_cost_category_get_label (RC_COST_SALARY_BACKFILL), ==, "Salary backfill");
  g_assert_false (rc_cost_category_from_key ("catering", &category));
}

static double
years_between (const char *left,
               const char *applied)
{
  GDate a, b;

  g_assert_true (rc_date_parse (left, &a, NULL));
  g_assert_true (rc_date_parse (applied, &b, NULL));

  return rc_returner_years_out (&a, &b);
}

static void
test_returner_years_out (void)
{
  GDate invalid;

  g_date_clear (&invalid, 1);
  g_assert_cmpfloat (years_between ("2015-01-31", "2017-01-31"), ==, 2.0);
  g_assert_cmpfloat (years_between ("2012-01-31", "2017-01-31"), ==, 5.0);
  /* 2017-01-31 to 2017-07-31 is 181 of the 365 days to 2018-01-31. */
  g_assert_cmpfloat_with_epsilon (years_between ("2015-01-31", "2017-07-31"),
                                  2.0 + 181.0 / 365.0, 1e-12);
  /* The anniversary of 29 February is 28 February. */
  g_assert_cmpfloat (years_between ("2016-02-29", "2017-02-28"), ==, 1.0);
  g_assert_cmpfloat (years_between ("2020-02-29", "2020-02-29"), ==, 0.0);
  g_assert_cmpfloat (years_between ("2017-01-31", "2015-01-31"), ==, -1.0);
  g_assert_cmpfloat (rc_returner_years_out (&invalid, &invalid), ==, -1.0);
  g_assert_cmpfloat (rc_returner_years_out (NULL, NULL), ==, -1.0);
}

static void
test_returner_eligibility (void)
{
  struct { double years; int min, max; RcEligibility expected; } cases[] = {
    { 1.99, 2, 5, RC_ELIGIBILITY_TOO_RECENT },
    { 2.0, 2, 5, RC_ELIGIBILITY_ELIGIBLE },
    { 5.0, 2, 5, RC_ELIGIBILITY_ELIGIBLE },
    { 5.01, 2, 5, RC_ELIGIBILITY_TOO_LONG },
    { 1.99, 2, 10, RC_ELIGIBILITY_TOO_RECENT },
    { 5.01, 2, 10, RC_ELIGIBILITY_ELIGIBLE },
    { 10.0, 2, 10, RC_ELIGIBILITY_ELIGIBLE },
    { 10.01, 2, 10, RC_ELIGIBILITY_TOO_LONG },
    { -1.0, 2, 5, RC_ELIGIBILITY_UNKNOWN },
    { NAN, 2, 5, RC_ELIGIBILITY_UNKNOWN },
    { 3.0, 5, 2, RC_ELIGIBILITY_UNKNOWN },  /* reversed bounds */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpint (rc_returner_eligibility (cases[i].years, cases[i].min, cases[i].max),
                     ==, cases[i].expected);

  /* One day past five years is too long for the 2017 round. */
  g_assert_cmpint (rc_returner_eligibility (years_between ("2012-01-31", "2017-02-01"),
                                            RC_RETURNER_DEFAULT_MIN_YEARS,
                                            RC_RETURNER_DEFAULT_MAX_YEARS),
                   ==, RC_ELIGIBILITY_TOO_LONG);
  g_assert_cmpstr (rc_returner_eligibility_get_label (RC_ELIGIBILITY_TOO_LONG), ==,
                   "Out of practice too long");
  g_assert_cmpstr (rc_returner_eligibility_get_label (RC_ELIGIBILITY_TOO_RECENT), ==,
                   "Not out of practice long enough");
}

static void
test_returner_updating_days (void)
{
  g_assert_cmpint (rc_returner_updating_days (0.0), ==, 0);
  g_assert_cmpint (rc_returner_updating_days (1.99), ==, 0);
  g_assert_cmpint (rc_returner_updating_days (2.0), ==, 30);
  g_assert_cmpint (rc_returner_updating_days (5.0), ==, 30);
  g_assert_cmpint (rc_returner_updating_days (5.01), ==, 60);
  g_assert_cmpint (rc_returner_updating_days (12.0), ==, 60);
  g_assert_cmpint (rc_returner_updating_days (-1.0), ==, -1);
}

/* A copy has every value and strings of its own: changing or freeing the
 * original leaves it whole. */
static void
test_record_copy (void)
{
  g_autoptr(RcTrainee) trainee = rc_trainee_new ();
  g_autoptr(RcTrainee) trainee_copy = NULL;
  g_autoptr(RcBid) bid = rc_bid_new ();
  RcBid *bid_copy;

  trainee->id = 42;
  trainee->cohort_id = 7;
  trainee->reference = g_strdup ("SU-2017-003");
  trainee->family_name = g_strdup ("Okafor");
  trainee->stage = RC_STAGE_QUALIFIED;
  trainee_copy = rc_trainee_copy (trainee);
  g_clear_pointer (&trainee->family_name, g_free);
  trainee->family_name = g_strdup ("Changed");

  g_assert_cmpint (trainee_copy->id, ==, 42);
  g_assert_cmpint (trainee_copy->cohort_id, ==, 7);
  g_assert_cmpint (trainee_copy->stage, ==, RC_STAGE_QUALIFIED);
  g_assert_cmpstr (trainee_copy->reference, ==, "SU-2017-003");
  g_assert_true (trainee_copy->reference != trainee->reference);
  g_assert_cmpstr (trainee_copy->family_name, ==, "Okafor");
  g_assert_null (trainee_copy->email);

  bid->title = g_strdup ("Step Up south-west 2026");
  bid_copy = rc_bid_copy (bid);
  g_assert_true (RC_IS_BID (bid_copy));
  g_assert_false (bid_copy->awarded_pence.present);
  g_clear_object (&bid);
  g_assert_cmpstr (bid_copy->title, ==, "Step Up south-west 2026");
  g_assert_finalize_object (bid_copy);
}

int
main (int   argc,
      char *argv[])
{
  rc_test_init_environment (&argc, &argv);

  g_test_add_func ("/model/rates/vacancy-somerset-2025", test_rates_vacancy_somerset);
  g_test_add_func ("/model/rates/agency-turnover-caseload", test_rates_others);
  g_test_add_func ("/model/rates/no-value", test_rates_no_value);
  g_test_add_func ("/model/rates/format", test_rates_format);
  g_test_add_func ("/model/rates/format-locale", test_rates_format_locale);
  g_test_add_func ("/model/money/format", test_money_format);
  g_test_add_func ("/model/money/parse", test_money_parse);
  g_test_add_func ("/model/money/parse-errors", test_money_parse_errors);
  g_test_add_func ("/model/fte/format-parse", test_fte);
  g_test_add_func ("/model/date/parse-format", test_date);
  g_test_add_func ("/model/stage/keys-labels", test_stage_keys);
  g_test_add_func ("/model/stage/moves", test_stage_moves);
  g_test_add_func ("/model/stage/moves-all-pairs", test_stage_moves_all);
  g_test_add_func ("/model/retention/compute", test_retention);
  g_test_add_func ("/model/retention/stage-counts", test_stage_counts);
  g_test_add_func ("/model/retention/due", test_retention_due);
  g_test_add_func ("/model/retention/add", test_retention_add);
  g_test_add_func ("/model/bids/line-total", test_bids_line_total);
  g_test_add_func ("/model/bids/totals", test_bids_totals);
  g_test_add_func ("/model/bids/totals-refused", test_bids_totals_refused);
  g_test_add_func ("/model/bids/categories", test_bids_categories);
  g_test_add_func ("/model/returner/years-out", test_returner_years_out);
  g_test_add_func ("/model/returner/eligibility", test_returner_eligibility);
  g_test_add_func ("/model/returner/updating-days", test_returner_updating_days);
  g_test_add_func ("/model/record/copy", test_record_copy);

  return g_test_run ();
}
