/* test-updating-log-window.c: a returner's updating log in the window:
 * the trainee's pane, the log, its entry dialog and the hours in a day
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "rc-preferences.h"
#include "rc-test-util.h"
#include "sample/rc-demo.h"
#include "views/rc-preferences-window.h"
#include "views/rc-trainee-pane.h"
#include "views/rc-updating-activity-dialog.h"
#include "views/rc-updating-log-window.h"

#define CURRENT "Return to Social Work: south west 2026–27"

static RcStore *
open_demo (void)
{
  static guint counter;
  g_autofree char *path = g_strdup_printf ("%s/demo-%u.db", rc_test_get_tmpdir (), ++counter);
  g_autoptr(GError) error = NULL;
  RcStore *store;

  g_assert_true (rc_demo_write (path, &error));
  g_assert_no_error (error);
  store = rc_store_open (path, &error);
  g_assert_no_error (error);

  return store;
}

static RcTrainee *
find_trainee (RcStore     *store,
              const char  *reference,
              RcCohort   **cohort_out)
{
  g_autoptr(GListModel) cohorts = rc_store_list_cohorts (store, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (cohorts); i++)
    {
      g_autoptr(RcCohort) cohort = g_list_model_get_item (cohorts, i);
      g_autoptr(GListModel) trainees = rc_store_list_trainees (store, cohort->id, NULL);

      for (guint j = 0; j < g_list_model_get_n_items (trainees); j++)
        {
          g_autoptr(RcTrainee) trainee = g_list_model_get_item (trainees, j);

          if (g_str_equal (trainee->reference, reference))
            {
              if (cohort_out != NULL)
                *cohort_out = g_steal_pointer (&cohort);
              return g_steal_pointer (&trainee);
            }
        }
    }
  g_error ("No trainee %s", reference);
}

static gboolean
widget_is_drawn (gpointer data)
{
  return gtk_widget_get_mapped (data) && gtk_widget_get_width (data) > 0;
}

static gpointer
show_window (GtkWidget *window)
{
  /* Held until close_window() checks that nothing else holds it. */
  g_object_ref (window);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (rc_test_wait_for (widget_is_drawn, window, 5000));

  return window;
}

static void
close_window (gpointer window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static void
save_png (gpointer    widget,
          const char *name)
{
  g_autofree char *path = g_strdup_printf ("%s/%s.png", g_getenv ("RC_TEST_OUTPUT_DIR") ?: ".", name);

  /* A picture is a help, not a result. */
  if (!rc_test_save_widget_png (GTK_WIDGET (widget), path))
    g_test_message ("No picture of %s", name);
}

static gboolean
summary_is (gpointer data)
{
  gpointer *args = data;

  return g_strcmp0 (gtk_label_get_text (rc_test_child (args[0], RC_TYPE_UPDATING_LOG_WINDOW, "summary_label")), args[1]) == 0;
}

static void
wait_for_summary (RcUpdatingLogWindow *window,
                  const char          *summary)
{
  gpointer args[] = { window, (gpointer) summary };

  if (!rc_test_wait_for (summary_is, args, 5000))
    g_error ("The log says “%s”, not “%s”", gtk_label_get_text (rc_test_child (window, RC_TYPE_UPDATING_LOG_WINDOW, "summary_label")), summary);
}

/* The trainee's pane shows the log's count and opens the log. */
static void
test_pane_opens_log (void)
{
  g_autoptr(RcStore) store = open_demo ();
  g_autoptr(RcCohort) cohort = NULL;
  g_autoptr(RcTrainee) trainee = find_trainee (store, "RTSW26-05", &cohort);
  GtkWidget *window = gtk_window_new ();
  RcTraineePane *pane = RC_TRAINEE_PANE (rc_trainee_pane_new ());
  GtkWidget *updating_row;
  RcUpdatingLogWindow *log;
  g_autofree char *warnings = NULL;

  gtk_window_set_default_size (GTK_WINDOW (window), 380, 900);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (pane));
  rc_trainee_pane_set_store (pane, store);
  rc_trainee_pane_show (pane, cohort, trainee->id);
  show_window (window);

  updating_row = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (pane), RC_TYPE_TRAINEE_PANE,
                                                            "updating_row"));
  g_assert_true (gtk_widget_get_visible (updating_row));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (updating_row)), ==,
                   "18 of 30 days · private study 9 of at most 15 · 3 outside the 12-month window");
  save_png (window, "updating-log-pane");

  log = RC_UPDATING_LOG_WINDOW (rc_trainee_pane_open_updating_log (pane));
  g_assert_nonnull (log);
  show_window (GTK_WIDGET (log));
  g_assert_cmpstr (gtk_label_get_text (rc_test_child (log, RC_TYPE_UPDATING_LOG_WINDOW, "summary_label")), ==,
                   "18 of 30 days · private study 9 of at most 15 · 3 outside the 12-month window");
  warnings = rc_updating_log_window_dup_warnings (log);
  g_assert_nonnull (strstr (warnings, "12 more days are needed: Social Work England asks 30 days of updating after "
                                      "4.1 years out of practice"));
  g_assert_nonnull (strstr (warnings, "3 days fall outside the 12 months from "));
  g_assert_nonnull (strstr (warnings, "No date of the restoration application is recorded: the 12 months are "
                                      "counted back from today"));
  g_assert_cmpuint (rc_test_count_rows (rc_test_child (log, RC_TYPE_UPDATING_LOG_WINDOW, "list")), ==, 4);
  save_png (log, "updating-log-window");
  close_window (log);

  /* Erased, the row is gone and the log cannot be opened. */
  g_assert_true (rc_store_erase_trainee (store, trainee->id, NULL));
  g_assert_false (gtk_widget_get_visible (updating_row));
  g_assert_null (rc_trainee_pane_open_updating_log (pane));
  close_window (window);
}

/* Adding, editing and deleting entries, as a user would. */
static void
test_entries (void)
{
  g_autoptr(RcStore) store = open_demo ();
  g_autoptr(RcTrainee) trainee = find_trainee (store, "RTSW26-05", NULL);
  RcUpdatingLogWindow *log = show_window (rc_updating_log_window_new (NULL, store, trainee->id));
  RcUpdatingActivityDialog *dialog;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  /* Supervised practice asks for its supervisor: Save waits for it. */
  dialog = show_window (rc_updating_log_window_add (log));
  g_assert_false (gtk_widget_get_visible (rc_test_child (dialog, RC_TYPE_UPDATING_ACTIVITY_DIALOG, "supervisor_group")));
  rc_updating_activity_dialog_set_kind (dialog, RC_UPDATING_SUPERVISED_PRACTICE);
  g_assert_true (gtk_widget_get_visible (rc_test_child (dialog, RC_TYPE_UPDATING_ACTIVITY_DIALOG, "supervisor_group")));
  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_UPDATING_FIELD_STARTED_ON, "2026-11-02");
  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_UPDATING_FIELD_ENDED_ON, "2026-11-13");
  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_UPDATING_FIELD_HOURS, "300");
  g_assert_cmpstr (rc_field_row_get_error (rc_form_dialog_get_field (RC_FORM_DIALOG (dialog), RC_UPDATING_FIELD_HOURS)), ==,
                   "At most 24 hours a day: 12 days have at most 288 hours");
  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_UPDATING_FIELD_HOURS, "84");
  g_assert_null (rc_field_row_get_error (rc_form_dialog_get_field (RC_FORM_DIALOG (dialog), RC_UPDATING_FIELD_HOURS)));
  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_UPDATING_FIELD_NOTE, "Child protection conferences");
  g_assert_false (rc_form_dialog_can_save (RC_FORM_DIALOG (dialog)));
  /* Not scolded before it is touched; said once it is left empty. */
  g_assert_null (rc_field_row_get_error (rc_form_dialog_get_field (RC_FORM_DIALOG (dialog), RC_UPDATING_FIELD_SUPERVISOR_NAME)));
  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_UPDATING_FIELD_SUPERVISOR_NAME, "A");
  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_UPDATING_FIELD_SUPERVISOR_NAME, " ");
  g_assert_cmpstr (rc_field_row_get_error (rc_form_dialog_get_field (RC_FORM_DIALOG (dialog), RC_UPDATING_FIELD_SUPERVISOR_NAME)), ==,
                   "Supervised practice records the supervisor’s name");
  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_UPDATING_FIELD_SUPERVISOR_NAME, "Alex Porlock");
  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_UPDATING_FIELD_SUPERVISOR_REGULATOR, "Social Work England");
  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_UPDATING_FIELD_SUPERVISOR_REGISTRATION, "SW100457");
  g_assert_true (rc_form_dialog_can_save (RC_FORM_DIALOG (dialog)));
  save_png (dialog, "updating-activity-dialog");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "updating-activity-dialog.save", NULL);
  g_assert_false (gtk_widget_get_visible (rc_test_child (dialog, RC_TYPE_UPDATING_ACTIVITY_DIALOG, "save_error_label")));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  close_window (dialog);

  /* 84 hours are 12 days: 30 of 30. */
  wait_for_summary (log, "30 of 30 days · private study 9 of at most 15 · 3 outside the 12-month window");
  g_assert_cmpuint (rc_test_count_rows (rc_test_child (log, RC_TYPE_UPDATING_LOG_WINDOW, "list")), ==, 5);
  text = rc_updating_log_window_dup_entry_text (log, 4);
  g_assert_cmpstr (text, ==, "Supervised practice · 2026-11-02 to 2026-11-13\n"
                             "84 hours (12 days) · Child protection conferences · "
                             "supervised by Alex Porlock (Social Work England, SW100457)");

  /* An edit of the hours changes the count. */
  dialog = show_window (rc_updating_log_window_edit (log, 4));
  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_UPDATING_FIELD_HOURS, "77");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "updating-activity-dialog.save", NULL);
  close_window (dialog);
  wait_for_summary (log, "29 of 30 days · private study 9 of at most 15 · 3 outside the 12-month window");

  /* Deleted, and put back with Undo. */
  g_assert_true (rc_updating_log_window_delete (log, 4, &error));
  g_assert_no_error (error);
  wait_for_summary (log, "18 of 30 days · private study 9 of at most 15 · 3 outside the 12-month window");

  /* A restoration application on 30 September puts the course of
   * October 2025 within the 12 months, and the supervised practice of
   * October 2026 after them; a date that is not one is refused. */
  rc_updating_log_window_set_restoration (log, "next week");
  g_assert_cmpstr (rc_field_row_get_error (rc_test_child (log, RC_TYPE_UPDATING_LOG_WINDOW, "restoration_field")), ==,
                   "The restoration application needs a date like 2026-11-30");
  rc_updating_log_window_set_restoration (log, "2026-09-30");
  g_assert_null (rc_field_row_get_error (rc_test_child (log, RC_TYPE_UPDATING_LOG_WINDOW, "restoration_field")));
  wait_for_summary (log, "15 of 30 days · private study 9 of at most 15 · 6 outside the 12-month window");
  close_window (log);
}

/* The preference of hours in a day changes every count at once. */
static void
test_hours_preference (void)
{
  g_autoptr(RcStore) store = open_demo ();
  g_autoptr(RcTrainee) trainee = find_trainee (store, "RTSW26-05", NULL);
  g_autoptr(GSettings) settings = rc_preferences_new_settings ();
  RcUpdatingLogWindow *log;
  GtkWidget *preferences;
  GtkAdjustment *adjustment;

  g_assert_nonnull (settings);
  g_assert_cmpint (g_settings_get_int (settings, "updating-hours-per-day"), ==, 7);
  g_assert_true (g_settings_get_boolean (settings, "deadline-reminders"));
  rc_preferences_follow (store);
  log = show_window (rc_updating_log_window_new (NULL, store, trainee->id));
  wait_for_summary (log, "18 of 30 days · private study 9 of at most 15 · 3 outside the 12-month window");

  /* As a user turns the spin button of the preferences. */
  preferences = show_window (rc_preferences_window_new (NULL));
  adjustment = GTK_ADJUSTMENT (gtk_widget_get_template_child (preferences, RC_TYPE_PREFERENCES_WINDOW,
                                                              "hours_adjustment"));
  gtk_adjustment_set_value (adjustment, 6);
  g_assert_cmpint (g_settings_get_int (settings, "updating-hours-per-day"), ==, 6);
  g_assert_cmpuint (rc_store_get_updating_hours_per_day (store), ==, 6);
  wait_for_summary (log, "21 of 30 days · private study 10.5 of at most 15 · 3.5 outside the 12-month window");
  save_png (preferences, "preferences-window");
  g_settings_reset (settings, "updating-hours-per-day");
  close_window (preferences);
  close_window (log);
}

int
main (int   argc,
      char *argv[])
{
  rc_test_init_gtk (&argc, &argv);

  g_test_add_func ("/updating-log-window/pane-opens-log", test_pane_opens_log);
  g_test_add_func ("/updating-log-window/entries", test_entries);
  g_test_add_func ("/updating-log-window/hours-preference", test_hours_preference);

  return g_test_run ();
}
