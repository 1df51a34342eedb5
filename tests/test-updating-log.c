/* test-updating-log.c: a returner's updating, counted by Social Work
 * England's rules, and the log in the store
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "import/rc-trainee-import.h"
#include "model/rc-money.h"
#include "model/rc-record-rules.h"
#include "model/rc-updating-log.h"
#include "rc-test-util.h"
#include "sample/rc-demo.h"
#include "store/rc-store.h"

static GDate
day (int year,
     int month,
     int d)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, d, month, year);

  return date;
}

static RcUpdatingActivity *
activity (RcUpdatingKind  kind,
          const char     *started_on,
          const char     *ended_on,
          double          hours)
{
  RcUpdatingActivity *a = rc_updating_activity_new ();

  a->kind = kind;
  a->started_on = g_strdup (started_on);
  a->ended_on = g_strdup (ended_on);
  if (kind == RC_UPDATING_RECORDED_DAYS)
    a->days100 = (gint64) (hours * 100 + 0.5);
  else
    a->hours100 = (gint64) (hours * 100 + 0.5);

  return a;
}

static void
add (GListStore         *log,
     RcUpdatingActivity *a)
{
  g_list_store_append (log, a);
  g_object_unref (a);
}

/* The tally of @log for a returner out @years years, the window ending on
 * @end (the restoration application). */
static void
tally (GListStore      *log,
       double           years,
       GDate            end,
       guint            hours_per_day,
       RcUpdatingTally *out)
{
  rc_updating_tally (G_LIST_MODEL (log), years, RC_UPDATING_WINDOW_APPLICATION, &end, hours_per_day, out);
}

static gint64
counted_days (const RcUpdatingTally *t)
{
  return rc_updating_tally_whole_days (t, t->counted);
}

/* The 12 months run from the same day a year before the application to
 * the application, both counted; a day either side is not. */
static void
test_window_edges (void)
{
  g_autoptr(GListStore) log = g_list_store_new (RC_TYPE_UPDATING_ACTIVITY);
  RcUpdatingTally t;
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;

  add (log, activity (RC_UPDATING_COURSE, "2025-06-14", NULL, 7));   /* a day too early */
  add (log, activity (RC_UPDATING_COURSE, "2025-06-15", NULL, 7));   /* the first day */
  add (log, activity (RC_UPDATING_COURSE, "2026-06-15", NULL, 7));   /* the application */
  add (log, activity (RC_UPDATING_COURSE, "2026-06-16", NULL, 7));   /* after it */
  tally (log, 3.0, day (2026, 6, 15), 7, &t);

  start = rc_date_format_iso (&t.window_start);
  end = rc_date_format_iso (&t.window_end);
  g_assert_cmpstr (start, ==, "2025-06-15");
  g_assert_cmpstr (end, ==, "2026-06-15");
  g_assert_cmpint (t.total, ==, 4 * 700);
  g_assert_cmpint (t.in_window, ==, 2 * 700);
  g_assert_cmpint (t.outside, ==, 2 * 700);
  g_assert_cmpint (counted_days (&t), ==, 2);

  /* 29 February less 12 months is 28 February. */
  g_list_store_remove_all (log);
  add (log, activity (RC_UPDATING_COURSE, "2027-02-27", NULL, 7));
  add (log, activity (RC_UPDATING_COURSE, "2027-02-28", NULL, 7));
  tally (log, 3.0, day (2028, 2, 29), 7, &t);
  g_clear_pointer (&start, g_free);
  start = rc_date_format_iso (&t.window_start);
  g_assert_cmpstr (start, ==, "2027-02-28");
  g_assert_cmpint (counted_days (&t), ==, 1);

  /* An entry over several days counts for its days within: a 10-day
   * placement of 70 hours with 4 days before the window counts 42. */
  g_list_store_remove_all (log);
  add (log, activity (RC_UPDATING_SUPERVISED_PRACTICE, "2025-06-11", "2025-06-20", 70));
  tally (log, 3.0, day (2026, 6, 15), 7, &t);
  g_assert_cmpint (t.in_window, ==, 4200);
  g_assert_cmpint (t.outside, ==, 2800);
  g_assert_cmpint (counted_days (&t), ==, 6);
}

/* Private study counts for at most half the days asked: 15 of 30, 30 of
 * 60; the rest of the log is not capped. */
static void
test_private_study_cap (void)
{
  g_autoptr(GListStore) log = g_list_store_new (RC_TYPE_UPDATING_ACTIVITY);
  g_autofree char *summary = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  RcUpdatingTally t;

  add (log, activity (RC_UPDATING_PRIVATE_STUDY, "2026-01-05", NULL, 20 * 7));
  add (log, activity (RC_UPDATING_COURSE, "2026-02-02", NULL, 10 * 7));
  tally (log, 4.0, day (2026, 6, 15), 7, &t);
  g_assert_cmpint (t.required_days, ==, 30);
  g_assert_cmpint (t.private_cap, ==, 15 * 700);
  g_assert_cmpint (t.private_study, ==, 20 * 700);
  g_assert_cmpint (counted_days (&t), ==, 25);
  g_assert_false (rc_updating_tally_is_met (&t));
  summary = rc_updating_tally_describe (&t);
  g_assert_cmpstr (summary, ==, "25 of 30 days · private study 20 of at most 15");
  findings = rc_updating_tally_check (&t);
  g_assert_cmpuint (findings->len, ==, 2);
  g_assert_cmpstr (((RcFinding *) g_ptr_array_index (findings, 0))->message, ==,
                   "5 more days are needed: Social Work England asks 30 days of updating after 4.0 years out "
                   "of practice");
  g_assert_cmpstr (((RcFinding *) g_ptr_array_index (findings, 1))->message, ==,
                   "Private study counts for at most half of the days asked, 15: 5 days of it are not counted");

  /* Out more than 5 years, the cap is 30 of 60. */
  tally (log, 5.5, day (2026, 6, 15), 7, &t);
  g_assert_cmpint (t.required_days, ==, 60);
  g_assert_cmpint (t.private_cap, ==, 30 * 700);
  g_assert_cmpint (counted_days (&t), ==, 30);

  /* Private study alone meets nothing beyond half. */
  g_list_store_remove_all (log);
  add (log, activity (RC_UPDATING_PRIVATE_STUDY, "2026-01-05", NULL, 30 * 7));
  tally (log, 3.0, day (2026, 6, 15), 7, &t);
  g_assert_cmpint (counted_days (&t), ==, 15);
  g_assert_false (rc_updating_tally_is_met (&t));
}

/* 30 days from 2 to 5 years out, 60 beyond, as Social Work England asks;
 * met only at the whole of it. */
static void
test_thresholds (void)
{
  g_autoptr(GListStore) log = g_list_store_new (RC_TYPE_UPDATING_ACTIVITY);
  g_autoptr(GPtrArray) findings = NULL;
  RcUpdatingTally t;

  add (log, activity (RC_UPDATING_COURSE, "2026-01-05", "2026-02-13", 30 * 7 - 1));
  tally (log, 5.0, day (2026, 6, 15), 7, &t);
  g_assert_cmpint (t.required_days, ==, 30);
  g_assert_false (rc_updating_tally_is_met (&t));
  g_assert_cmpint (counted_days (&t), ==, 29);
  /* An hour short is a tenth of a day short, rounded up: never "0 more". */
  findings = rc_updating_tally_check (&t);
  g_assert_cmpstr (((RcFinding *) g_ptr_array_index (findings, 0))->message, ==,
                   "0.2 more days are needed: Social Work England asks 30 days of updating after 5.0 years out "
                   "of practice");
  g_clear_pointer (&findings, g_ptr_array_unref);

  g_list_store_remove_all (log);
  add (log, activity (RC_UPDATING_COURSE, "2026-01-05", "2026-02-13", 30 * 7));
  tally (log, 5.0, day (2026, 6, 15), 7, &t);
  g_assert_true (rc_updating_tally_is_met (&t));
  tally (log, 5.01, day (2026, 6, 15), 7, &t);
  g_assert_cmpint (t.required_days, ==, 60);
  g_assert_false (rc_updating_tally_is_met (&t));
  tally (log, 1.99, day (2026, 6, 15), 7, &t);
  g_assert_cmpint (t.required_days, ==, 0);
  g_assert_true (rc_updating_tally_is_met (&t));
  g_assert_cmpint (t.private_cap, ==, -1);
  tally (log, -1, day (2026, 6, 15), 7, &t);
  g_assert_cmpint (t.required_days, ==, -1);
  g_assert_false (rc_updating_tally_is_met (&t));
  findings = rc_updating_tally_check (&t);
  g_assert_cmpstr (((RcFinding *) g_ptr_array_index (findings, 0))->message, ==,
                   "How many days Social Work England asks is not known: enter the day the returner left practice");
}

/* A day is the hours the preferences say: 210 hours are 30 days of 7
 * hours and 35 of 6; days recorded as a total stay days. */
static void
test_hours_per_day (void)
{
  g_autoptr(GListStore) log = g_list_store_new (RC_TYPE_UPDATING_ACTIVITY);
  g_autofree char *summary = NULL;
  RcUpdatingTally t;

  add (log, activity (RC_UPDATING_SHADOWING, "2026-03-02", "2026-04-10", 210));
  tally (log, 3.0, day (2026, 6, 15), 7, &t);
  g_assert_cmpint (counted_days (&t), ==, 30);
  tally (log, 3.0, day (2026, 6, 15), 6, &t);
  g_assert_cmpint (counted_days (&t), ==, 35);
  g_assert_true (rc_updating_tally_is_met (&t));

  add (log, activity (RC_UPDATING_RECORDED_DAYS, "2026-04-20", NULL, 2.5));
  tally (log, 3.0, day (2026, 6, 15), 6, &t);
  summary = rc_updating_tally_describe (&t);
  g_assert_cmpstr (summary, ==, "37.5 of 30 days");
  tally (log, 3.0, day (2026, 6, 15), 7, &t);
  g_clear_pointer (&summary, g_free);
  summary = rc_updating_tally_describe (&t);
  g_assert_cmpstr (summary, ==, "32.5 of 30 days");

  /* Half a day of 7 hours is 3.5 hours; a tenth is rounded down. */
  g_clear_pointer (&summary, g_free);
  summary = rc_updating_format_days (349, 7);
  g_assert_cmpstr (summary, ==, "0.4");
  g_clear_pointer (&summary, g_free);
  summary = rc_updating_format_days (350, 7);
  g_assert_cmpstr (summary, ==, "0.5");
}

/* The window ends at the restoration application, else the day of
 * qualifying, else today. */
static void
test_window_end (void)
{
  GDate today = day (2026, 12, 7);
  GDate end;
  g_autofree char *text = NULL;

  g_assert_cmpint (rc_updating_window_end ("2026-11-27", "2026-11-20", &today, &end), ==,
                   RC_UPDATING_WINDOW_APPLICATION);
  text = rc_date_format_iso (&end);
  g_assert_cmpstr (text, ==, "2026-11-27");
  g_assert_cmpint (rc_updating_window_end (NULL, "2026-11-20", &today, &end), ==, RC_UPDATING_WINDOW_QUALIFIED);
  g_assert_cmpint (rc_updating_window_end ("27/11/2026", NULL, &today, &end), ==, RC_UPDATING_WINDOW_TODAY);
  g_clear_pointer (&text, g_free);
  text = rc_date_format_iso (&end);
  g_assert_cmpstr (text, ==, "2026-12-07");
}

static const char *
message_of (GPtrArray         *findings,
            const char        *field,
            RcFindingSeverity  severity)
{
  const RcFinding *finding = rc_findings_get (findings, field, severity);

  return finding != NULL ? finding->message : NULL;
}

/* The rules of one entry: supervised practice records its supervisor and
 * what was done; dates, hours and days within reason. */
static void
test_entry_rules (void)
{
  GDate today = day (2026, 12, 7);
  g_autoptr(RcUpdatingActivity) a = activity (RC_UPDATING_SUPERVISED_PRACTICE, "2026-10-05", "2026-10-09", 35);
  g_autoptr(GPtrArray) findings = rc_rules_check_updating_activity (a, &today);

  g_assert_cmpstr (message_of (findings, "supervisor_name", RC_FINDING_ERROR), ==,
                   "Supervised practice records the supervisor’s name");
  g_assert_cmpstr (message_of (findings, "supervisor_regulator", RC_FINDING_ERROR), ==,
                   "Supervised practice records the supervisor’s regulator, such as Social Work England");
  g_assert_cmpstr (message_of (findings, "supervisor_registration", RC_FINDING_ERROR), ==,
                   "Supervised practice records the supervisor’s registration number");
  g_assert_cmpstr (message_of (findings, "note", RC_FINDING_ERROR), ==,
                   "Supervised practice records what was done: say it in a few words");
  g_clear_pointer (&findings, g_ptr_array_unref);

  a->supervisor_name = g_strdup ("Morgan Exford");
  a->supervisor_regulator = g_strdup ("Social Work England");
  a->supervisor_registration = g_strdup ("SW100231");
  a->note = g_strdup ("Joint visits");
  findings = rc_rules_check_updating_activity (a, &today);
  g_assert_false (rc_findings_has (findings, RC_FINDING_ERROR));
  g_assert_false (rc_findings_has (findings, RC_FINDING_WARNING));
  g_clear_pointer (&findings, g_ptr_array_unref);

  /* Five days hold at most 120 hours, and more than 12 a day is odd. */
  a->hours100 = 12100;
  findings = rc_rules_check_updating_activity (a, &today);
  g_assert_cmpstr (message_of (findings, "hours100", RC_FINDING_ERROR), ==,
                   "At most 24 hours a day: 5 days have at most 120 hours");
  g_clear_pointer (&findings, g_ptr_array_unref);
  a->hours100 = 6100;
  findings = rc_rules_check_updating_activity (a, &today);
  g_assert_cmpstr (message_of (findings, "hours100", RC_FINDING_WARNING), ==,
                   "More than 12 hours a day: check the hours");
  g_clear_pointer (&findings, g_ptr_array_unref);

  a->ended_on = (g_free (a->ended_on), g_strdup ("2026-10-01"));
  findings = rc_rules_check_updating_activity (a, &today);
  g_assert_cmpstr (message_of (findings, "ended_on", RC_FINDING_ERROR), ==, "The last day is before the first");
  g_clear_pointer (&findings, g_ptr_array_unref);

  a->ended_on = (g_free (a->ended_on), NULL);
  a->started_on = (g_free (a->started_on), g_strdup ("2026-12-08"));
  findings = rc_rules_check_updating_activity (a, &today);
  g_assert_cmpstr (message_of (findings, "started_on", RC_FINDING_ERROR), ==,
                   "An activity is recorded once it is done: the date is in the future");
  g_clear_pointer (&findings, g_ptr_array_unref);

  a->started_on = (g_free (a->started_on), g_strdup ("2026-12-07"));
  a->hours100 = 0;
  findings = rc_rules_check_updating_activity (a, &today);
  g_assert_cmpstr (message_of (findings, "hours100", RC_FINDING_ERROR), ==, "Enter the hours spent, such as 7 or 3.5");
}

/* The store -------------------------------------------------------------- */

static RcStore *
open_demo (void)
{
  g_autofree char *path = g_build_filename (rc_test_get_tmpdir (), "demo.db", NULL);
  g_autoptr(GError) error = NULL;
  RcStore *store;

  rc_store_delete_files (path);
  g_assert_true (rc_demo_write (path, &error));
  g_assert_no_error (error);
  store = rc_store_open (path, &error);
  g_assert_no_error (error);

  return store;
}

static RcTrainee *
find_trainee (RcStore    *store,
              const char *cohort_name,
              const char *reference)
{
  g_autoptr(GListModel) cohorts = rc_store_list_cohorts (store, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (cohorts); i++)
    {
      g_autoptr(RcCohort) cohort = g_list_model_get_item (cohorts, i);
      g_autoptr(GListModel) trainees = NULL;

      if (!g_str_equal (cohort->name, cohort_name))
        continue;
      trainees = rc_store_list_trainees (store, cohort->id, NULL);
      for (guint j = 0; j < g_list_model_get_n_items (trainees); j++)
        {
          g_autoptr(RcTrainee) trainee = g_list_model_get_item (trainees, j);

          if (g_str_equal (trainee->reference, reference))
            return g_steal_pointer (&trainee);
        }
    }
  g_error ("No trainee %s in %s", reference, cohort_name);
}

#define CURRENT "Return to Social Work: south west 2026–27"
#define RTSW_2017 "Return to Social Work: south west 2017"

static char *
summary_of (RcStore   *store,
            RcTrainee *trainee)
{
  g_autoptr(GError) error = NULL;
  RcUpdatingTally t;

  g_assert_true (rc_store_get_updating_tally (store, trainee, NULL, &t, NULL, &error));
  g_assert_no_error (error);

  return rc_updating_tally_describe (&t);
}

/* The demo's logs: complete, beyond half, under way; the 2017 round's
 * days recorded as a total. */
static void
test_store_demo (void)
{
  g_autoptr(RcStore) store = open_demo ();
  g_autoptr(RcTrainee) complete = find_trainee (store, CURRENT, "RTSW26-01");
  g_autoptr(RcTrainee) beyond = find_trainee (store, CURRENT, "RTSW26-03");
  g_autoptr(RcTrainee) under_way = find_trainee (store, CURRENT, "RTSW26-05");
  g_autoptr(RcTrainee) short_2017 = find_trainee (store, RTSW_2017, "RTSW-04");
  g_autofree char *a = summary_of (store, complete);
  g_autofree char *b = summary_of (store, beyond);
  g_autofree char *c = summary_of (store, under_way);
  g_autofree char *d = summary_of (store, short_2017);
  g_autofree char *restoration = rc_store_get_restoration_applied_on (store, complete->id, NULL);

  g_assert_cmpstr (a, ==, "60 of 60 days · private study 15 of at most 30");
  g_assert_cmpstr (b, ==, "50 of 60 days · private study 35 of at most 30 · 5 outside the 12-month window");
  g_assert_cmpstr (c, ==, "18 of 30 days · private study 9 of at most 15 · 3 outside the 12-month window");
  g_assert_cmpstr (d, ==, "24 of 30 days");
  g_assert_cmpstr (restoration, ==, "2026-11-27");

  /* The trainee's days are the log's counted ones. */
  g_assert_cmpint (complete->updating_days_done, ==, 60);
  g_assert_cmpint (beyond->updating_days_done, ==, 50);
  g_assert_cmpint (under_way->updating_days_done, ==, 18);
  g_assert_cmpint (short_2017->updating_days_done, ==, 24);

  /* A day of 6 hours makes more days of the same hours. */
  rc_store_set_updating_hours_per_day (store, 6);
  g_clear_object (&under_way);
  under_way = find_trainee (store, CURRENT, "RTSW26-05");
  g_assert_cmpint (under_way->updating_days_done, ==, 21);
  g_clear_pointer (&c, g_free);
  c = summary_of (store, under_way);
  g_assert_cmpstr (c, ==, "21 of 30 days · private study 10.5 of at most 15 · 3.5 outside the 12-month window");
}

/* Entries saved, changed and deleted; the restoration date moves the
 * window; an erased returner's log is gone and takes no more entries. */
static void
test_store_round_trip (void)
{
  g_autoptr(RcStore) store = open_demo ();
  g_autoptr(RcTrainee) trainee = find_trainee (store, CURRENT, "RTSW26-07");
  g_autoptr(RcTrainee) again = NULL;
  g_autoptr(RcUpdatingActivity) entry = activity (RC_UPDATING_COURSE, "2026-10-05", "2026-10-09", 35);
  g_autoptr(GListModel) log = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *restoration = NULL;

  g_assert_cmpint (trainee->updating_days_done, ==, 0);
  entry->trainee_id = trainee->id;
  entry->note = g_strdup ("Return to practice course");
  g_assert_true (rc_store_save_updating_activity (store, entry, &error));
  g_assert_no_error (error);
  g_assert_cmpint (entry->id, >, 0);

  again = rc_store_get_trainee (store, trainee->id, &error);
  g_assert_cmpint (again->updating_days_done, ==, 5);
  g_clear_object (&again);

  /* An application before the course puts it outside the 12 months. */
  g_assert_true (rc_store_set_restoration_applied_on (store, trainee->id, "2026-10-01", &error));
  g_assert_no_error (error);
  restoration = rc_store_get_restoration_applied_on (store, trainee->id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (restoration, ==, "2026-10-01");
  again = rc_store_get_trainee (store, trainee->id, &error);
  g_assert_cmpint (again->updating_days_done, ==, 0);
  g_clear_object (&again);
  g_assert_false (rc_store_set_restoration_applied_on (store, trainee->id, "2099-01-01", &error));
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (rc_store_set_restoration_applied_on (store, trainee->id, NULL, &error));

  /* Supervised practice without its supervisor is refused in words. */
  entry->kind = RC_UPDATING_SUPERVISED_PRACTICE;
  g_assert_false (rc_store_save_updating_activity (store, entry, &error));
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "Supervised practice records the supervisor’s name");
  g_clear_error (&error);

  entry->kind = RC_UPDATING_PRIVATE_STUDY;
  entry->hours100 = 1400;
  g_assert_true (rc_store_save_updating_activity (store, entry, &error));
  log = rc_store_list_updating_activities (store, trainee->id, &error);
  g_assert_cmpuint (g_list_model_get_n_items (log), ==, 1);
  {
    g_autoptr(RcUpdatingActivity) stored = g_list_model_get_item (log, 0);

    g_assert_cmpint (stored->kind, ==, RC_UPDATING_PRIVATE_STUDY);
    g_assert_cmpint (stored->hours100, ==, 1400);
    g_assert_cmpstr (stored->ended_on, ==, "2026-10-09");
    g_assert_null (stored->supervisor_name);
  }
  g_clear_object (&log);

  g_assert_true (rc_store_delete_updating_activity (store, entry->id, &error));
  g_assert_false (rc_store_delete_updating_activity (store, entry->id, &error));
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  entry->id = 0;
  g_assert_true (rc_store_save_updating_activity (store, entry, &error));
  g_assert_true (rc_store_set_restoration_applied_on (store, trainee->id, "2026-11-30", &error));
  g_assert_true (rc_store_erase_trainee (store, trainee->id, &error));
  g_assert_no_error (error);
  log = rc_store_list_updating_activities (store, trainee->id, &error);
  g_assert_cmpuint (g_list_model_get_n_items (log), ==, 0);
  g_assert_null (rc_store_get_restoration_applied_on (store, trainee->id, &error));
  g_assert_no_error (error);
  entry->id = 0;
  g_assert_false (rc_store_save_updating_activity (store, entry, &error));
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_INVALID);
}

/* Qualifying ends the window where no application is recorded: the
 * confirmation before qualifying counts the days as they would be then. */
static void
test_store_qualifying (void)
{
  g_autoptr(RcStore) store = open_demo ();
  g_autoptr(RcTrainee) trainee = find_trainee (store, CURRENT, "RTSW26-05");
  g_autoptr(RcCohort) cohort = rc_store_get_cohort (store, trainee->cohort_id, NULL);
  g_autoptr(RcTrainee) moved = rc_trainee_copy (trainee);
  g_autoptr(GPtrArray) findings = NULL;
  RcUpdatingTally t;
  GDate today = day (2026, 12, 7);

  /* Today the log counts 18 days. Qualifying on 8 October, one day of
   * the course of 6 to 8 October 2025 falls within the 12 months (7
   * hours), and 4 of the 8 days of supervised practice from 5 October
   * (21 of 42 hours): 16 days. */
  g_assert_cmpint (trainee->updating_days_done, ==, 18);
  g_assert_true (rc_store_get_updating_tally_on_qualifying (store, trainee, "2026-10-08", &t, NULL));
  g_assert_cmpint (t.counted, ==, 16 * 700);
  moved->updating_days_done = rc_updating_tally_whole_days (&t, t.counted);
  findings = rc_rules_check_move (moved, cohort, TRUE, RC_STAGE_QUALIFIED, "2026-10-08", NULL, &today);
  g_assert_cmpstr (rc_findings_get (findings, "occurred_on", RC_FINDING_CONFIRM)->message, ==,
                   "Social Work England asks 30 days of updating after 4.1 years out of practice; "
                   "the updating log counts 16 days");
}

/* A column of days of updating in a trainee file starts each returner's
 * log with one entry of days recorded as a total; what is not a number of
 * days refuses the file, naming its line. */
static void
test_import_column (void)
{
  g_autoptr(RcStore) store = open_demo ();
  g_autoptr(RcTrainee) someone = find_trainee (store, CURRENT, "RTSW26-01");
  static const char good[] =
    "Reference,Applied on,Left practice on,Days of updating\n"
    "RTSW26-90,2026-06-15,2022-01-31,12\n"
    "RTSW26-91,2026-06-15,2021-01-31,\n";
  static const char bad[] =
    "Reference,Days of updating\n"
    "RTSW26-92,twelve\n"
    "RTSW26-93,400\n";
  g_autoptr(GPtrArray) header = rc_trainee_import_read_header (good, strlen (good), NULL);
  g_autoptr(RcTraineeMapping) mapping = rc_trainee_mapping_guess (header);
  g_autoptr(RcTraineeImport) plan = NULL;
  g_autoptr(RcTrainee) added = NULL;
  g_autoptr(RcTrainee) without = NULL;
  g_autoptr(GListModel) log = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (mapping->column[RC_TRAINEE_FIELD_UPDATING_DAYS], ==, 3);
  plan = rc_trainee_import_parse (store, someone->cohort_id, good, strlen (good), mapping, &error);
  g_assert_no_error (error);
  g_assert_false (rc_trainee_import_is_refused (plan));
  g_assert_true (rc_trainee_import_apply (store, plan, &error));
  g_assert_no_error (error);

  added = find_trainee (store, CURRENT, "RTSW26-90");
  g_assert_cmpint (added->updating_days_done, ==, 12);
  log = rc_store_list_updating_activities (store, added->id, &error);
  g_assert_cmpuint (g_list_model_get_n_items (log), ==, 1);
  {
    g_autoptr(RcUpdatingActivity) entry = g_list_model_get_item (log, 0);

    g_assert_cmpint (entry->kind, ==, RC_UPDATING_RECORDED_DAYS);
    g_assert_cmpint (entry->days100, ==, 1200);
  }
  without = find_trainee (store, CURRENT, "RTSW26-91");
  g_assert_cmpint (without->updating_days_done, ==, 0);

  g_clear_object (&plan);
  g_clear_pointer (&header, g_ptr_array_unref);
  g_clear_pointer (&mapping, rc_trainee_mapping_free);
  header = rc_trainee_import_read_header (bad, strlen (bad), NULL);
  mapping = rc_trainee_mapping_guess (header);
  plan = rc_trainee_import_parse (store, someone->cohort_id, bad, strlen (bad), mapping, &error);
  g_assert_no_error (error);
  g_assert_true (rc_trainee_import_is_refused (plan));
  g_assert_cmpuint (rc_trainee_import_get_n_rows (plan, RC_TRAINEE_ROW_MALFORMED), ==, 2);
  g_assert_cmpuint (rc_trainee_import_get_row (plan, RC_TRAINEE_ROW_MALFORMED, 0)->line, ==, 2);
  g_assert_cmpstr (rc_trainee_import_get_row (plan, RC_TRAINEE_ROW_MALFORMED, 0)->message, ==,
                   "Days of updating: not a whole number of days from 0 to 365");
}

int
main (int   argc,
      char *argv[])
{
  rc_test_init_environment (&argc, &argv);

  g_test_add_func ("/updating-log/window-edges", test_window_edges);
  g_test_add_func ("/updating-log/private-study-cap", test_private_study_cap);
  g_test_add_func ("/updating-log/thresholds", test_thresholds);
  g_test_add_func ("/updating-log/hours-per-day", test_hours_per_day);
  g_test_add_func ("/updating-log/window-end", test_window_end);
  g_test_add_func ("/updating-log/entry-rules", test_entry_rules);
  g_test_add_func ("/updating-log/store/demo", test_store_demo);
  g_test_add_func ("/updating-log/store/round-trip", test_store_round_trip);
  g_test_add_func ("/updating-log/store/qualifying", test_store_qualifying);
  g_test_add_func ("/updating-log/import-column", test_import_column);

  return g_test_run ();
}
