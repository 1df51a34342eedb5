/* test-data-retention-prompt.c: personal details past the retention period,
 * found, offered for erasure and erased
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "rc-test-util.h"
#include "sample/rc-demo.h"
#include "store/rc-store.h"
#include "views/rc-data-retention-prompt.h"
#include "views/rc-window.h"

#define STEP_UP 1    /* ended 2017-03-31, 28 trainees */
#define RETURNERS 2  /* ended 2017-06-30, 16 people */
#define TODAY "2026-11-23"

static RcStore *
open_demo (void)
{
  static guint counter;
  g_autofree char *path = g_strdup_printf ("%s/retention-%u.db", rc_test_get_tmpdir (), ++counter);
  g_autoptr(GError) error = NULL;
  RcStore *store;

  g_assert_true (rc_demo_write (path, &error));
  g_assert_no_error (error);
  store = rc_store_open (path, &error);
  g_assert_no_error (error);

  return store;
}

static GListModel *
past (RcStore    *store,
      const char *today,
      int         months)
{
  g_autoptr(GError) error = NULL;
  GListModel *cohorts = rc_store_list_cohorts_past_retention (store, today, months, &error);

  g_assert_no_error (error);
  g_assert_nonnull (cohorts);

  return cohorts;
}

static gint64
cohort_id_at (GListModel *cohorts,
              guint       position)
{
  g_autoptr(RcCohort) cohort = g_list_model_get_item (cohorts, position);

  return cohort->id;
}

static guint
count_with_details (RcStore *store,
                    gint64   cohort_id)
{
  g_autoptr(GListModel) trainees = rc_store_list_trainees (store, cohort_id, NULL);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (trainees); i++)
    {
      g_autoptr(RcTrainee) trainee = g_list_model_get_item (trainees, i);

      n += trainee->erased_at == NULL;
    }

  return n;
}

static guint
count_events (RcStore *store,
              gint64   cohort_id)
{
  g_autoptr(GListModel) trainees = rc_store_list_trainees (store, cohort_id, NULL);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (trainees); i++)
    {
      g_autoptr(RcTrainee) trainee = g_list_model_get_item (trainees, i);
      g_autoptr(GListModel) events = rc_store_list_trainee_events (store, trainee->id, NULL);

      n += g_list_model_get_n_items (events);
    }

  return n;
}

static void
test_store_past_retention (void)
{
  g_autoptr(RcStore) store = open_demo ();
  g_autoptr(GListModel) both = past (store, TODAY, 72);
  g_autoptr(GListModel) step_up_only = past (store, "2023-04-01", 72);
  g_autoptr(GListModel) on_the_day = past (store, "2023-03-31", 72);
  g_autoptr(GListModel) long_period = past (store, TODAY, 600);
  g_autoptr(GListModel) today = past (store, NULL, 72);
  g_autoptr(GListModel) after_erasure = NULL;
  g_autoptr(RcCohort) first = g_list_model_get_item (both, 0);
  g_autoptr(RcCohort) empty = rc_cohort_new ();
  g_autoptr(GError) error = NULL;
  GListModel *refused;

  /* Step Up ended 2017-03-31: six years on is 2023-03-31. Oldest first. */
  g_assert_cmpuint (g_list_model_get_n_items (both), ==, 2);
  g_assert_cmpint (first->id, ==, STEP_UP);
  g_assert_cmpstr (first->name, ==, "Step Up to Social Work: first south-west cohort");
  g_assert_cmpstr (first->programme_name, !=, NULL);
  g_assert_cmpint (cohort_id_at (both, 1), ==, RETURNERS);
  g_assert_cmpuint (g_list_model_get_n_items (step_up_only), ==, 1);
  g_assert_cmpint (cohort_id_at (step_up_only, 0), ==, STEP_UP);
  g_assert_cmpuint (g_list_model_get_n_items (on_the_day), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (long_period), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (today), >=, 2);  /* written in 2026 */

  /* A cohort with nobody in it, or nobody left with details, holds
   * nothing to erase. */
  empty->programme_id = first->programme_id;
  empty->consortium_id = first->consortium_id;
  empty->name = g_strdup ("An intake nobody joined");
  empty->starts_on = g_strdup ("2010-01-04");
  empty->ends_on = g_strdup ("2010-12-17");
  g_assert_true (rc_store_save_cohort (store, empty, &error));
  g_assert_no_error (error);

  g_assert_true (rc_store_erase_cohort_personal_data (store, RETURNERS, NULL, &error));
  g_assert_no_error (error);
  after_erasure = past (store, TODAY, 72);
  g_assert_cmpuint (g_list_model_get_n_items (after_erasure), ==, 1);
  g_assert_cmpint (cohort_id_at (after_erasure, 0), ==, STEP_UP);

  refused = rc_store_list_cohorts_past_retention (store, "23/11/2026", 72, &error);
  g_assert_null (refused);
  g_assert_nonnull (error);
}

static void
test_store_erase_cohort (void)
{
  g_autoptr(RcStore) store = open_demo ();
  g_autoptr(GListModel) before = rc_store_list_trainees (store, STEP_UP, NULL);
  g_autoptr(GListModel) after = NULL;
  g_autoptr(GListModel) audit = NULL;
  g_autoptr(RcTrainee) already = g_list_model_get_item (before, 3);
  g_autoptr(GError) error = NULL;
  guint counts_before[RC_N_STAGES], counts_after[RC_N_STAGES];
  RcRetention retention_before, retention_after;
  guint events_before = count_events (store, STEP_UP);
  guint returners_before = count_with_details (store, RETURNERS);
  guint n_erase_lines = 0;
  guint n = 99;

  g_assert_true (rc_store_get_cohort_retention (store, STEP_UP, 0, &retention_before, counts_before, &error));
  g_assert_no_error (error);

  /* One of them was erased on request already: 27 remain. */
  g_assert_true (rc_store_erase_trainee (store, already->id, &error));
  g_assert_no_error (error);
  g_assert_true (rc_store_erase_cohort_personal_data (store, STEP_UP, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 27);

  after = rc_store_list_trainees (store, STEP_UP, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (after), ==, g_list_model_get_n_items (before));
  for (guint i = 0; i < g_list_model_get_n_items (after); i++)
    {
      g_autoptr(RcTrainee) was = g_list_model_get_item (before, i);
      g_autoptr(RcTrainee) now = g_list_model_get_item (after, i);

      g_assert_cmpstr (now->reference, ==, was->reference);
      g_assert_nonnull (now->erased_at);
      g_assert_null (now->given_name);
      g_assert_null (now->family_name);
      g_assert_null (now->email);
      g_assert_null (now->phone);
      g_assert_null (now->registration_number);
      g_assert_null (now->left_practice_on);
      g_assert_cmpint (now->stage, ==, was->stage);
      g_assert_cmpstr (now->stage_on, ==, was->stage_on);
      g_assert_cmpint (now->host_council_id, ==, was->host_council_id);
      g_assert_cmpint (now->employer_council_id, ==, was->employer_council_id);
    }

  /* Counts and history are kept; the other cohort is untouched. */
  g_assert_cmpuint (count_events (store, STEP_UP), ==, events_before);
  g_assert_true (rc_store_get_cohort_retention (store, STEP_UP, 0, &retention_after, counts_after, &error));
  g_assert_no_error (error);
  g_assert_cmpmem (counts_after, sizeof counts_after, counts_before, sizeof counts_before);
  g_assert_cmpmem (&retention_after, sizeof retention_after, &retention_before, sizeof retention_before);
  g_assert_cmpuint (count_with_details (store, RETURNERS), ==, returners_before);

  /* One audit line per trainee, by reference, and one for the cohort. */
  audit = rc_store_list_audit (store, NULL, 0, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (audit); i++)
    {
      g_autoptr(RcAuditEntry) entry = g_list_model_get_item (audit, i);

      if (g_str_equal (entry->action, "erase"))
        n_erase_lines++;
    }
  g_assert_cmpuint (n_erase_lines, ==, 28 + 1);

  /* Nothing left to erase is no error. */
  g_assert_true (rc_store_erase_cohort_personal_data (store, STEP_UP, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 0);

  g_assert_false (rc_store_erase_cohort_personal_data (store, 999, &n, &error));
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_NOT_FOUND);
}

static void
test_prompt_find (void)
{
  g_autoptr(RcStore) store = open_demo ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) cohorts = rc_data_retention_prompt_find (store, 72, TODAY, &error);
  g_autoptr(GListModel) none = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (cohorts), ==, 2);
  g_assert_cmpint (cohort_id_at (cohorts, 0), ==, STEP_UP);

  none = rc_data_retention_prompt_find (store, 120, "2026-11-23", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (none), ==, 0);
}

static gboolean
widget_is_drawn (gpointer data)
{
  return gtk_widget_get_mapped (data) && gtk_widget_get_width (data) > 0;
}

static RcWindow *
show_window (RcStore *store)
{
  RcWindow *window = rc_window_new (NULL);

  rc_window_set_store (window, store, FALSE);
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

/* A label on screen under @root that shows @text. */
static gboolean
shows_label (GtkWidget  *root,
             const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (child)), text) == 0)
        return TRUE;
      if (shows_label (child, text))
        return TRUE;
    }

  return FALSE;
}

static void
test_prompt_dialog_erases (void)
{
  g_autoptr(RcStore) store = open_demo ();
  g_autoptr(GListModel) cohorts = rc_data_retention_prompt_find (store, 72, TODAY, NULL);
  RcWindow *window = show_window (store);
  GtkWidget *dialog = rc_data_retention_prompt_new (GTK_WINDOW (window), store, cohorts, 72);
  AdwMessageDialog *message = ADW_MESSAGE_DIALOG (dialog);
  guint with_details = count_with_details (store, STEP_UP) + count_with_details (store, RETURNERS);
  g_autofree char *toast = NULL;
  g_autofree char *png = NULL;

  g_object_ref (window);
  g_object_ref (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_true (rc_test_wait_for (widget_is_drawn, dialog, 5000));
  rc_test_wait_for_frame (dialog);
  png = g_strdup_printf ("%s/retention-prompt.png", g_getenv ("RC_TEST_OUTPUT_DIR") ?: ".");
  g_assert_true (rc_test_save_widget_png (dialog, png));

  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  g_assert_true (g_str_has_prefix (adw_message_dialog_get_body (message),
                                   "2 cohorts ended more than 6 years ago and still hold personal details:\n"
                                   "\n• Step Up to Social Work: first south-west cohort (ended 2017-03-31)"
                                   "\n• Return to Social Work: south west 2017 (ended 2017-06-30)\n\n"));
  g_assert_cmpstr (adw_message_dialog_get_response_label (message, "later"), ==, "_Later");
  g_assert_cmpstr (adw_message_dialog_get_response_label (message, "erase"), ==, "_Erase Personal Details");
  g_assert_cmpint (adw_message_dialog_get_response_appearance (message, "erase"), ==, ADW_RESPONSE_DESTRUCTIVE);
  g_assert_cmpstr (adw_message_dialog_get_default_response (message), ==, "later");
  g_assert_cmpstr (adw_message_dialog_get_close_response (message), ==, "later");

  /* "Later" keeps everything. */
  adw_message_dialog_response (message, "later");
  g_assert_cmpuint (count_with_details (store, STEP_UP) + count_with_details (store, RETURNERS), ==,
                    with_details);

  adw_message_dialog_response (message, "erase");
  g_assert_cmpuint (count_with_details (store, STEP_UP), ==, 0);
  g_assert_cmpuint (count_with_details (store, RETURNERS), ==, 0);

  /* The window says what was done. */
  toast = g_strdup_printf ("Erased the personal details of %u trainees", with_details);
  rc_test_wait_for_frame (window);
  g_assert_true (shows_label (GTK_WIDGET (window), toast));

  close_window (dialog);
  close_window (window);
}

static AdwMessageDialog *
find_prompt (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();  /* not ours */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window))
        return ADW_MESSAGE_DIALOG (window);
    }

  return NULL;
}

static void
test_prompt_check (void)
{
  g_autoptr(RcStore) store = open_demo ();
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  GtkWindow *parent = GTK_WINDOW (gtk_window_new ());
  AdwMessageDialog *prompt;

  g_object_ref (parent);
  gtk_window_present (parent);

  /* Fifty years: nothing is past it, and nothing is asked. */
  g_assert_true (g_settings_set_int (settings, "personal-data-retention-months", 600));
  rc_data_retention_prompt_check (parent, store);
  g_assert_null (find_prompt ());

  /* The default, six years: the demo's cohorts of 2017 are past it. */
  g_settings_reset (settings, "personal-data-retention-months");
  g_assert_cmpint (g_settings_get_int (settings, "personal-data-retention-months"), ==, 72);
  rc_data_retention_prompt_check (parent, store);
  prompt = find_prompt ();
  g_assert_nonnull (prompt);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (prompt)) == parent);
  g_assert_true (g_str_has_prefix (adw_message_dialog_get_body (prompt), "2 cohorts ended more than 6 years ago"));

  /* Answered here as a click would: the erasure, then the dialog closes. */
  g_object_ref (prompt);
  adw_message_dialog_response (prompt, "erase");
  g_assert_cmpuint (count_with_details (store, STEP_UP), ==, 0);
  close_window (prompt);

  /* Nothing left to erase: no prompt the next time. */
  rc_data_retention_prompt_check (parent, store);
  g_assert_null (find_prompt ());

  close_window (parent);
}

int
main (int   argc,
      char *argv[])
{
  rc_test_init_gtk (&argc, &argv);

  g_test_add_func ("/retention/store/past-retention", test_store_past_retention);
  g_test_add_func ("/retention/store/erase-cohort", test_store_erase_cohort);
  g_test_add_func ("/retention/prompt/find", test_prompt_find);
  g_test_add_func ("/retention/prompt/dialog-erases", test_prompt_dialog_erases);
  g_test_add_func ("/retention/prompt/check", test_prompt_check);

  return g_test_run ();
}
