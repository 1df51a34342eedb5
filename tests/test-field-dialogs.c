/* test-field-dialogs.c: the field rules in the dialogs: a warning beside
 * its field that does not stop the save, a question before a save the
 * rules would have confirmed, a length kept to, the same e-mail rule as
 * the import's
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "rc-test-util.h"
#include "sample/rc-demo.h"
#include "model/rc-money.h"
#include "views/rc-bid-line-dialog.h"
#include "views/rc-cohort-dialog.h"
#include "views/rc-field-row.h"
#include "views/rc-move-dialog.h"
#include "views/rc-workforce-return-dialog.h"
#include "views/rc-trainee-dialog.h"

#define STEP_UP  1  /* the demo's cohorts */
#define RETURNS  2

static RcStore *
open_demo (void)
{
  static guint counter;
  g_autofree char *path = g_strdup_printf ("%s/field-dialogs-%u.db", rc_test_get_tmpdir (), ++counter);
  g_autoptr(GError) error = NULL;
  RcStore *store;

  g_assert_true (rc_demo_write (path, &error));
  g_assert_no_error (error);
  store = rc_store_open (path, &error);
  g_assert_no_error (error);

  return store;
}

static RcCohort *
cohort (RcStore *store,
        gint64   id)
{
  g_autoptr(GError) error = NULL;
  RcCohort *found = rc_store_get_cohort (store, id, &error);

  g_assert_no_error (error);

  return found;
}

static RcTrainee *
trainee (RcStore    *store,
         gint64      cohort_id,
         const char *reference)
{
  g_autoptr(GListModel) trainees = rc_store_list_trainees (store, cohort_id, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (trainees); i++)
    {
      g_autoptr(RcTrainee) t = g_list_model_get_item (trainees, i);

      if (g_str_equal (t->reference, reference))
        return g_steal_pointer (&t);
    }

  return NULL;
}

static gboolean
is_drawn (gpointer widget)
{
  return gtk_widget_get_mapped (widget) && gtk_widget_get_width (widget) > 0;
}

/* Presented and held until close() checks that nothing else holds it. */
static gpointer
show_dialog (GtkWidget *dialog)
{
  g_object_ref (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_true (rc_test_wait_for (is_drawn, dialog, 5000));

  return dialog;
}

static void
close_dialog (gpointer dialog)
{
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_finalize_object (dialog);
}

/* A template child; "date_row" is the row the field "date_field" holds. */
static GtkWidget *
child (gpointer    dialog,
       GType       type,
       const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (dialog), type, name);

  if (object == NULL && g_str_has_suffix (name, "_row"))
    {
      g_autofree char *stem = g_strndup (name, strlen (name) - strlen ("_row"));
      g_autofree char *field = g_strconcat (stem, "_field", NULL);

      return rc_field_row_get_row (RC_FIELD_ROW (child (dialog, type, field)));
    }
  g_assert_nonnull (object);

  return GTK_WIDGET (object);
}

/* The message shown below a field. */
static GtkWidget *
message_label (gpointer    dialog,
               GType       type,
               const char *field_name)
{
  return rc_test_child (child (dialog, type, field_name), RC_TYPE_FIELD_ROW, "message_label");
}

/* A warning is on screen beside the field, in the warning style, with a
 * sign; the field is not marked wrong. */
static void
assert_warning_shown (gpointer    dialog,
                      GType       type,
                      const char *row_name,
                      const char *field_name,
                      const char *message)
{
  GtkWidget *row = child (dialog, type, row_name);
  GtkWidget *label = message_label (dialog, type, field_name);
  g_autofree char *shown = g_strconcat ("⚠ ", message, NULL);

  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, shown);
  g_assert_true (gtk_widget_is_visible (label));
  g_assert_true (gtk_widget_has_css_class (label, "warning"));
  g_assert_false (gtk_widget_has_css_class (label, "error"));
  g_assert_true (gtk_widget_has_css_class (row, "warning"));
  g_assert_false (gtk_widget_has_css_class (row, "error"));
}

static void
save_png (gpointer    dialog,
          const char *name)
{
  g_autofree char *path = g_strdup_printf ("%s/%s.png", g_getenv ("RC_TEST_OUTPUT_DIR") ?: ".", name);

  /* A picture is a help, not a result. */
  rc_test_flush (50);
  if (!rc_test_save_widget_png (GTK_WIDGET (dialog), path))
    g_test_message ("No picture of %s", name);
}

/* Workforce returns ------------------------------------------------------ */

static void
test_return_warning_saves (void)
{
  g_autoptr(RcStore) store = open_demo ();
  g_autoptr(RcCouncil) council = rc_store_find_council_by_code (store, "E06000022", NULL);
  g_autoptr(GListModel) returns = NULL;
  RcWorkforceReturnDialog *dialog = show_dialog (rc_workforce_return_dialog_new (NULL, store, council, NULL));
  gboolean found = FALSE;

  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_RETURN_FIELD_YEAR, "2016");
  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_RETURN_FIELD_IN_POST, "30");
  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_RETURN_FIELD_LEAVERS, "36");
  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_RETURN_FIELD_VACANCIES, "45");
  g_assert_null (rc_field_row_get_error (rc_form_dialog_get_field (RC_FORM_DIALOG (dialog), RC_RETURN_FIELD_VACANCIES)));
  g_assert_cmpstr (rc_field_row_get_warning (rc_form_dialog_get_field (RC_FORM_DIALOG (dialog), RC_RETURN_FIELD_VACANCIES)), ==,
                   "Vacancies (45 FTE) are more than FTE in post (30): check the figures");
  assert_warning_shown (dialog, RC_TYPE_WORKFORCE_RETURN_DIALOG, "vacancies_row", "vacancies_field",
                        "Vacancies (45 FTE) are more than FTE in post (30): check the figures");
  assert_warning_shown (dialog, RC_TYPE_WORKFORCE_RETURN_DIALOG, "leavers_row", "leavers_field",
                        "Turnover is above 100 %: 36 FTE leavers against 30 FTE in post");
  g_assert_null (rc_field_row_get_warning (rc_form_dialog_get_field (RC_FORM_DIALOG (dialog), RC_RETURN_FIELD_IN_POST)));
  g_assert_true (rc_form_dialog_can_save (RC_FORM_DIALOG (dialog)));
  save_png (dialog, "field-dialogs-return-warning");

  /* Fixed, the warning goes. */
  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_RETURN_FIELD_VACANCIES, "4.5");
  g_assert_null (rc_field_row_get_warning (rc_form_dialog_get_field (RC_FORM_DIALOG (dialog), RC_RETURN_FIELD_VACANCIES)));
  g_assert_false (gtk_widget_is_visible (message_label (dialog, RC_TYPE_WORKFORCE_RETURN_DIALOG, "vacancies_field")));
  g_assert_false (gtk_widget_has_css_class (child (dialog, RC_TYPE_WORKFORCE_RETURN_DIALOG, "vacancies_row"), "warning"));

  /* And a warning still saves. */
  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_RETURN_FIELD_VACANCIES, "45");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "return.save", NULL));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  returns = rc_store_list_council_returns (store, council->id, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (returns); i++)
    {
      g_autoptr(RcWorkforceReturn) ret = g_list_model_get_item (returns, i);

      if (ret->year == 2016)
        found = ret->vacancies_fte100.value == 4500 && ret->leavers_fte100.value == 3600;
    }
  g_assert_true (found);
  close_dialog (dialog);
}

/* Trainees --------------------------------------------------------------- */

static RcTraineeDialog *
new_trainee_dialog (RcStore *store,
                    gint64   cohort_id)
{
  g_autoptr(RcCohort) c = cohort (store, cohort_id);

  return show_dialog (rc_trainee_dialog_new (NULL, store, c, NULL));
}

/* Issue #14: "jo@example" was saved by the dialog and refused by the
 * import. Now both refuse it, in the same words (test-trainee-csv). */
static void
test_trainee_same_email_rule (void)
{
  g_autoptr(RcStore) store = open_demo ();
  RcTraineeDialog *dialog = new_trainee_dialog (store, STEP_UP);

  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_TRAINEE_DIALOG_FIELD_REFERENCE, "SU1-90");
  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_TRAINEE_DIALOG_FIELD_GIVEN_NAME, "Jo");
  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_TRAINEE_DIALOG_FIELD_FAMILY_NAME, "Wedmore");
  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_TRAINEE_DIALOG_FIELD_EMAIL, "jo@example");
  g_assert_cmpstr (rc_field_row_get_error (rc_form_dialog_get_field (RC_FORM_DIALOG (dialog), RC_TRAINEE_DIALOG_FIELD_EMAIL)), ==,
                   "An e-mail address looks like name@example.org");
  g_assert_false (rc_form_dialog_can_save (RC_FORM_DIALOG (dialog)));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "trainee-dialog.save", NULL);
  g_assert_null (trainee (store, STEP_UP, "SU1-90"));

  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_TRAINEE_DIALOG_FIELD_EMAIL, "jo@example.org");
  g_assert_null (rc_field_row_get_error (rc_form_dialog_get_field (RC_FORM_DIALOG (dialog), RC_TRAINEE_DIALOG_FIELD_EMAIL)));
  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_TRAINEE_DIALOG_FIELD_PHONE, "01823 ext 4");
  g_assert_cmpstr (rc_field_row_get_error (rc_form_dialog_get_field (RC_FORM_DIALOG (dialog), RC_TRAINEE_DIALOG_FIELD_PHONE)), ==,
                   "A phone number has digits, spaces and + ( ) - only");
  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_TRAINEE_DIALOG_FIELD_PHONE, "");
  g_assert_true (rc_form_dialog_can_save (RC_FORM_DIALOG (dialog)));
  close_dialog (dialog);
}

/* Issue #15: a 1 MB first name was accepted. The field keeps 200
 * characters, and says that it cut the rest. */
static void
test_trainee_megabyte_name (void)
{
  g_autoptr(RcStore) store = open_demo ();
  RcTraineeDialog *dialog = new_trainee_dialog (store, STEP_UP);
  g_autofree char *megabyte = g_strnfill (1024 * 1024, 'x');
  g_autoptr(RcTrainee) saved = NULL;
  GtkWidget *row = child (dialog, RC_TYPE_TRAINEE_DIALOG, "given_name_row");

  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_TRAINEE_DIALOG_FIELD_REFERENCE, "SU1-90");
  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_TRAINEE_DIALOG_FIELD_GIVEN_NAME, megabyte);
  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_TRAINEE_DIALOG_FIELD_FAMILY_NAME, "Wedmore");
  g_assert_cmpint (strlen (gtk_editable_get_text (GTK_EDITABLE (row))), ==, 200);
  g_assert_cmpstr (rc_field_row_get_warning (rc_form_dialog_get_field (RC_FORM_DIALOG (dialog), RC_TRAINEE_DIALOG_FIELD_GIVEN_NAME)), ==,
                   "Only the first 200 characters were kept: at most 200 fit here");
  assert_warning_shown (dialog, RC_TYPE_TRAINEE_DIALOG, "given_name_row", "given_name_field",
                        "Only the first 200 characters were kept: at most 200 fit here");

  /* Typed shorter, the note goes. */
  gtk_editable_delete_text (GTK_EDITABLE (row), 199, -1);
  g_assert_null (rc_field_row_get_warning (rc_form_dialog_get_field (RC_FORM_DIALOG (dialog), RC_TRAINEE_DIALOG_FIELD_GIVEN_NAME)));
  gtk_editable_set_text (GTK_EDITABLE (row), megabyte);

  g_assert_true (rc_form_dialog_can_save (RC_FORM_DIALOG (dialog)));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "trainee-dialog.save", NULL);
  saved = trainee (store, STEP_UP, "SU1-90");
  g_assert_nonnull (saved);
  g_assert_cmpint (strlen (saved->given_name), ==, 200);
  close_dialog (dialog);
}

/* "Out of practice too long" is a warning beside the date, not grey text;
 * the returner is still added. */
static void
test_trainee_out_of_practice_warning (void)
{
  g_autoptr(RcStore) store = open_demo ();
  RcTraineeDialog *dialog = new_trainee_dialog (store, RETURNS);
  GtkWidget *years = child (dialog, RC_TYPE_TRAINEE_DIALOG, "years_label");
  g_autoptr(RcTrainee) saved = NULL;

  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_TRAINEE_DIALOG_FIELD_REFERENCE, "RTSW-90");
  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_TRAINEE_DIALOG_FIELD_GIVEN_NAME, "Morwenna");
  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_TRAINEE_DIALOG_FIELD_FAMILY_NAME, "Penrose");
  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_TRAINEE_DIALOG_FIELD_APPLIED_ON, "2017-02-01");
  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_TRAINEE_DIALOG_FIELD_LEFT_PRACTICE_ON, "2013-02-01");
  g_assert_null (rc_field_row_get_warning (rc_form_dialog_get_field (RC_FORM_DIALOG (dialog), RC_TRAINEE_DIALOG_FIELD_LEFT_PRACTICE_ON)));
  g_assert_true (gtk_widget_has_css_class (years, "dim-label"));

  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_TRAINEE_DIALOG_FIELD_LEFT_PRACTICE_ON, "2010-01-31");
  assert_warning_shown (dialog, RC_TYPE_TRAINEE_DIALOG, "left_practice_on_row", "left_practice_on_field",
                        "Out of practice too long: 7.0 years; this cohort takes 2 to 5");
  g_assert_true (gtk_widget_has_css_class (years, "warning"));
  g_assert_false (gtk_widget_has_css_class (years, "dim-label"));
  g_assert_true (rc_form_dialog_can_save (RC_FORM_DIALOG (dialog)));
  save_png (dialog, "field-dialogs-trainee-warning");

  /* Left after applying is no warning but an error, as in the import. */
  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_TRAINEE_DIALOG_FIELD_LEFT_PRACTICE_ON, "2017-02-02");
  g_assert_cmpstr (rc_field_row_get_error (rc_form_dialog_get_field (RC_FORM_DIALOG (dialog), RC_TRAINEE_DIALOG_FIELD_LEFT_PRACTICE_ON)), ==,
                   "A returner leaves practice before applying");
  g_assert_false (rc_form_dialog_can_save (RC_FORM_DIALOG (dialog)));

  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_TRAINEE_DIALOG_FIELD_LEFT_PRACTICE_ON, "2010-01-31");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "trainee-dialog.save", NULL);
  g_assert_null (rc_form_dialog_get_prompt (RC_FORM_DIALOG (dialog)));
  saved = trainee (store, RETURNS, "RTSW-90");
  g_assert_nonnull (saved);
  g_assert_cmpstr (saved->left_practice_on, ==, "2010-01-31");
  close_dialog (dialog);
}

static gboolean
prompt_is_shown (gpointer prompt)
{
  return gtk_widget_get_mapped (prompt);
}

/* The demo's RTSW-04 was out 2.1 years and is past qualifying with 24
 * days of updating, where Social Work England asks 30: a save asks first. */
static void
test_trainee_confirm_updating_days (void)
{
  g_autoptr(RcStore) store = open_demo ();
  g_autoptr(RcCohort) returners = cohort (store, RETURNS);
  g_autoptr(RcTrainee) before = trainee (store, RETURNS, "RTSW-04");
  g_autoptr(RcTrainee) after = NULL;
  RcTraineeDialog *dialog = show_dialog (rc_trainee_dialog_new (NULL, store, returners, before));
  AdwMessageDialog *prompt;

  g_assert_cmpint (before->updating_days_done, ==, 24);
  assert_warning_shown (dialog, RC_TYPE_TRAINEE_DIALOG, "updating_days_row", "updating_days_field",
                        "Social Work England asks 30 days of updating after 2.1 years out of practice; "
                        "the updating log counts 24 days");
  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_TRAINEE_DIALOG_FIELD_PHONE, "01823 355000");
  g_assert_true (rc_form_dialog_can_save (RC_FORM_DIALOG (dialog)));

  /* Asked; Cancel saves nothing and leaves the dialog open. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "trainee-dialog.save", NULL);
  prompt = rc_form_dialog_get_prompt (RC_FORM_DIALOG (dialog));
  g_assert_nonnull (prompt);
  g_assert_cmpstr (adw_message_dialog_get_heading (prompt), ==, "Save Anyway?");
  g_assert_cmpstr (adw_message_dialog_get_body (prompt), ==,
                   "Social Work England asks 30 days of updating after 2.1 years out of practice; "
                   "the updating log counts 24 days");
  g_assert_cmpstr (adw_message_dialog_get_default_response (prompt), ==, "cancel");
  g_assert_true (rc_test_wait_for (prompt_is_shown, prompt, 5000));
  save_png (prompt, "field-dialogs-trainee-confirm");
  adw_message_dialog_response (prompt, "cancel");
  g_assert_null (rc_form_dialog_get_prompt (RC_FORM_DIALOG (dialog)));
  after = trainee (store, RETURNS, "RTSW-04");
  g_assert_null (after->phone);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_clear_object (&after);

  /* Confirmed, it is saved. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "trainee-dialog.save", NULL);
  prompt = rc_form_dialog_get_prompt (RC_FORM_DIALOG (dialog));
  g_assert_nonnull (prompt);
  adw_message_dialog_response (prompt, "confirm");
  after = trainee (store, RETURNS, "RTSW-04");
  g_assert_cmpstr (after->phone, ==, "01823 355000");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_clear_object (&after);
  close_dialog (dialog);

  /* With the days Social Work England asks in the log, nothing is asked:
   * the dialog shows the log's count and does not edit it. */
  g_clear_object (&before);
  before = trainee (store, RETURNS, "RTSW-04");
  {
    g_autoptr(RcUpdatingActivity) course = rc_updating_activity_new ();
    g_autoptr(GError) error = NULL;

    course->trainee_id = before->id;
    course->kind = RC_UPDATING_COURSE;
    course->started_on = g_strdup ("2017-05-15");
    course->ended_on = g_strdup ("2017-05-22");
    course->hours100 = 4200;
    g_assert_true (rc_store_save_updating_activity (store, course, &error));
    g_assert_no_error (error);
  }
  g_clear_object (&before);
  before = trainee (store, RETURNS, "RTSW-04");
  g_assert_cmpint (before->updating_days_done, ==, 30);
  dialog = show_dialog (rc_trainee_dialog_new (NULL, store, returners, before));
  g_assert_null (rc_field_row_get_warning (rc_form_dialog_get_field (RC_FORM_DIALOG (dialog), RC_TRAINEE_DIALOG_FIELD_UPDATING_DAYS)));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "trainee-dialog.save", NULL);
  g_assert_null (rc_form_dialog_get_prompt (RC_FORM_DIALOG (dialog)));
  after = trainee (store, RETURNS, "RTSW-04");
  g_assert_cmpint (after->updating_days_done, ==, 30);
  close_dialog (dialog);
}

/* Moves ------------------------------------------------------------------ */

static guint
n_events (RcStore *store,
          gint64   trainee_id)
{
  g_autoptr(GListModel) events = rc_store_list_trainee_events (store, trainee_id, NULL);

  return g_list_model_get_n_items (events);
}

/* An enrolment before the cohort starts is asked about before it is recorded. */
static void
test_move_confirm_enrolment (void)
{
  g_autoptr(RcStore) store = open_demo ();
  g_autoptr(RcCohort) step_up = cohort (store, STEP_UP);
  g_autoptr(RcTrainee) added = rc_trainee_new ();
  g_autoptr(GError) error = NULL;
  RcMoveDialog *dialog;
  AdwMessageDialog *prompt;

  added->cohort_id = STEP_UP;
  added->reference = g_strdup ("SU1-90");
  added->applied_on = g_strdup ("2015-03-02");
  g_assert_true (rc_store_save_trainee (store, added, &error));
  g_assert_no_error (error);

  dialog = show_dialog (rc_move_dialog_new (NULL, store, step_up, added));
  g_assert_true (rc_move_dialog_set_stage (dialog, RC_STAGE_ENROLLED));
  rc_move_dialog_set_date (dialog, "2016-01-04");
  g_assert_null (rc_field_row_get_warning (rc_test_child (dialog, RC_TYPE_MOVE_DIALOG, "date_field")));
  rc_move_dialog_set_date (dialog, "2015-12-01");
  g_assert_null (rc_field_row_get_error (rc_test_child (dialog, RC_TYPE_MOVE_DIALOG, "date_field")));
  assert_warning_shown (dialog, RC_TYPE_MOVE_DIALOG, "date_row", "date_field",
                        "Enrolled on 2015-12-01, before the cohort starts on 2016-01-04");
  g_assert_true (rc_form_dialog_can_save (RC_FORM_DIALOG (dialog)));

  gtk_widget_activate_action (GTK_WIDGET (dialog), "move-dialog.save", NULL);
  prompt = rc_form_dialog_get_prompt (RC_FORM_DIALOG (dialog));
  g_assert_nonnull (prompt);
  g_assert_cmpstr (adw_message_dialog_get_body (prompt), ==,
                   "Enrolled on 2015-12-01, before the cohort starts on 2016-01-04");
  adw_message_dialog_response (prompt, "cancel");
  g_assert_cmpuint (n_events (store, added->id), ==, 1);

  gtk_widget_activate_action (GTK_WIDGET (dialog), "move-dialog.save", NULL);
  adw_message_dialog_response (rc_form_dialog_get_prompt (RC_FORM_DIALOG (dialog)), "confirm");
  g_assert_cmpuint (n_events (store, added->id), ==, 2);
  close_dialog (dialog);
}

/* Qualifying a returner with fewer days of updating than asked. */
static void
test_move_confirm_qualifying (void)
{
  g_autoptr(RcStore) store = open_demo ();
  g_autoptr(RcCohort) returners = cohort (store, RETURNS);
  g_autoptr(RcTrainee) added = rc_trainee_new ();
  g_autoptr(RcTrainee) placed = NULL;
  g_autoptr(GError) error = NULL;
  RcMoveDialog *dialog;

  added->cohort_id = RETURNS;
  added->reference = g_strdup ("RTSW-90");
  added->applied_on = g_strdup ("2017-02-01");
  added->left_practice_on = g_strdup ("2011-01-31");
  added->updating_days_done = 45;
  g_assert_true (rc_store_save_trainee (store, added, &error));
  g_assert_true (rc_store_move_trainee (store, added->id, RC_STAGE_ON_PLACEMENT, "2017-05-02", 0, NULL, NULL,
                                        &error));
  g_assert_no_error (error);
  placed = rc_store_get_trainee (store, added->id, &error);

  dialog = show_dialog (rc_move_dialog_new (NULL, store, returners, placed));
  g_assert_true (rc_move_dialog_set_stage (dialog, RC_STAGE_QUALIFIED));
  /* The 45 days were recorded today, when the returner was added: they
   * count only within the 12 months up to the day of qualifying. */
  rc_move_dialog_set_date (dialog, "2017-06-30");
  g_assert_cmpstr (rc_field_row_get_warning (rc_test_child (dialog, RC_TYPE_MOVE_DIALOG, "date_field")), ==,
                   "Social Work England asks 60 days of updating after 6.0 years out of practice; "
                   "the updating log counts 0 days");
  {
    GDate today;
    g_autofree char *iso = NULL;

    rc_field_today (&today);
    iso = rc_date_format_iso (&today);
    rc_move_dialog_set_date (dialog, iso);
  }
  g_assert_cmpstr (rc_field_row_get_warning (rc_test_child (dialog, RC_TYPE_MOVE_DIALOG, "date_field")), ==,
                   "Social Work England asks 60 days of updating after 6.0 years out of practice; "
                   "the updating log counts 45 days");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "move-dialog.save", NULL);
  g_assert_nonnull (rc_form_dialog_get_prompt (RC_FORM_DIALOG (dialog)));
  adw_message_dialog_response (rc_form_dialog_get_prompt (RC_FORM_DIALOG (dialog)), "cancel");
  g_assert_cmpuint (n_events (store, added->id), ==, 2);
  close_dialog (dialog);
}

/* Cohorts and budget lines ----------------------------------------------- */

static void
test_cohort_year_before_2000 (void)
{
  g_autoptr(RcStore) store = open_demo ();
  g_autoptr(RcCohort) step_up = cohort (store, STEP_UP);
  g_autoptr(RcCohort) saved = NULL;
  RcCohortDialog *dialog = show_dialog (rc_cohort_dialog_new (NULL, store, step_up));

  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_COHORT_FIELD_STARTS_ON, "1916-01-04");
  g_assert_null (rc_field_row_get_error (rc_form_dialog_get_field (RC_FORM_DIALOG (dialog), RC_COHORT_FIELD_STARTS_ON)));
  assert_warning_shown (dialog, RC_TYPE_COHORT_DIALOG, "starts_on_row", "starts_on_field",
                        "Starts on 1916-01-04, a year before 2000: check the year");
  g_assert_true (rc_form_dialog_can_save (RC_FORM_DIALOG (dialog)));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "cohort-dialog.save", NULL);
  saved = cohort (store, STEP_UP);
  g_assert_cmpstr (saved->starts_on, ==, "1916-01-04");
  close_dialog (dialog);
}

static void
test_bid_line_description_cut (void)
{
  RcBidLineDialog *dialog = show_dialog (rc_bid_line_dialog_new (NULL, NULL, NULL));
  g_autofree char *long_text = g_strnfill (600, 'd');

  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_BID_LINE_FIELD_DESCRIPTION, long_text);
  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_BID_LINE_FIELD_QUANTITY, "8");
  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_BID_LINE_FIELD_UNIT_COST, "2500");
  g_assert_cmpstr (rc_field_row_get_warning (rc_test_child (dialog, RC_TYPE_BID_LINE_DIALOG, "description_field")), ==,
                   "Only the first 500 characters were kept: at most 500 fit here");
  assert_warning_shown (dialog, RC_TYPE_BID_LINE_DIALOG, "description_row", "description_field",
                        "Only the first 500 characters were kept: at most 500 fit here");
  g_assert_true (rc_bid_line_dialog_can_apply (dialog));
  g_assert_cmpint (strlen (rc_bid_line_dialog_get_line (dialog)->description), ==, 500);
  close_dialog (dialog);
}

int
main (int   argc,
      char *argv[])
{
  rc_test_init_gtk (&argc, &argv);

  g_test_add_func ("/field-dialogs/return/warning-saves", test_return_warning_saves);
  g_test_add_func ("/field-dialogs/trainee/same-email-rule", test_trainee_same_email_rule);
  g_test_add_func ("/field-dialogs/trainee/megabyte-name", test_trainee_megabyte_name);
  g_test_add_func ("/field-dialogs/trainee/out-of-practice-warning", test_trainee_out_of_practice_warning);
  g_test_add_func ("/field-dialogs/trainee/confirm-updating-days", test_trainee_confirm_updating_days);
  g_test_add_func ("/field-dialogs/move/confirm-enrolment", test_move_confirm_enrolment);
  g_test_add_func ("/field-dialogs/move/confirm-qualifying", test_move_confirm_qualifying);
  g_test_add_func ("/field-dialogs/cohort/year-before-2000", test_cohort_year_before_2000);
  g_test_add_func ("/field-dialogs/bid-line/description-cut", test_bid_line_description_cut);

  return g_test_run ();
}
