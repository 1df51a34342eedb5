/* test-read-only.c: nothing writes while the database is checked or
 * damaged, everything does again once the check has passed
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "rc-test-util.h"
#include "sample/rc-demo.h"
#include "store/rc-store-bids.h"
#include "store/rc-store-cohorts.h"
#include "store/rc-store-councils.h"
#include "store/rc-store-trainees.h"
#include "views/rc-bid-budget.h"
#include "import/rc-workforce-import.h"
#include "views/rc-bid-editor.h"
#include "views/rc-bids-page.h"
#include "views/rc-cohort-detail.h"
#include "views/rc-cohort-dialog.h"
#include "views/rc-cohorts-page.h"
#include "views/rc-consortium-dialog.h"
#include "views/rc-council-detail.h"
#include "views/rc-councils-page.h"
#include "views/rc-form-dialog.h"
#include "views/rc-funnel-dialog.h"
#include "views/rc-csv-import-dialog.h"
#include "views/rc-list-page.h"
#include "views/rc-workforce-return-dialog.h"
#include "views/rc-trainee-dialog.h"
#include "views/rc-trainee-pane.h"
#include "views/rc-trainee-table.h"
#include "views/rc-updating-log-window.h"
#include "views/rc-window.h"

typedef enum { CHECKING, DAMAGED } State;

/* Every action that writes, and the widget in whose reach it is once
 * the page shows a council, a cohort and one of its trainees, or a bid. */
typedef struct
{
  GtkWidget *where;
  const char *action;
} WriteAction;

static gboolean
is_drawn (gpointer widget)
{
  return gtk_widget_get_mapped (widget) && gtk_widget_get_width (widget) > 0;
}

static void
forget_checks (void)
{
  g_autofree char *cache = g_build_filename (g_get_user_cache_dir (), "return-coordinator",
                                             "checked-databases.ini", NULL);

  g_unlink (cache);
}

/* A demo database opened as the window opens one: read only until the
 * check, which the test runs itself. */
static RcStore *
open_unchecked (State state)
{
  static guint counter;
  g_autofree char *path = g_strdup_printf ("%s/read-only-%u.db", rc_test_get_tmpdir (), ++counter);
  g_autoptr(GError) error = NULL;
  RcStore *store;

  g_assert_true (rc_demo_write (path, &error));
  if (state == DAMAGED)
    rc_test_damage_index (path, 0);
  forget_checks ();
  store = rc_store_open_with_flags (path, RC_STORE_OPEN_DEFER_CHECK | RC_STORE_OPEN_ALLOW_DAMAGED, &error);
  g_assert_no_error (error);
  g_assert_false (rc_store_get_writable (store));

  if (state == DAMAGED)
    {
      g_assert_false (rc_store_check_integrity (store, &error));
      g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_CORRUPT);
      g_assert_true (rc_store_get_damaged (store));
    }

  return store;
}

static GtkWindow *
show_page (GtkWidget *page,
           RcStore   *store)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());

  gtk_window_set_default_size (window, 1280, 800);
  gtk_window_set_child (window, page);
  g_object_set (page, "store", store, NULL);
  gtk_window_present (window);
  g_assert_true (rc_test_wait_for (is_drawn, page, 5000));
  rc_test_wait_for_loaded (page);

  return window;
}

static void
assert_actions (const WriteAction *actions,
                guint              n_actions,
                gboolean           enabled)
{
  for (guint i = 0; i < n_actions; i++)
    {
      g_test_message ("%s should be %s", actions[i].action, enabled ? "enabled" : "disabled");
      g_assert_cmpint (rc_test_action_is_enabled (actions[i].where, actions[i].action), ==, enabled);
    }
}

static gint64
first_id (GListModel *model)
{
  g_autoptr(GObject) item = g_list_model_get_item (model, 0);

  g_assert_nonnull (item);
  if (RC_IS_COUNCIL (item))
    return RC_COUNCIL (item)->id;
  if (RC_IS_BID (item))
    return RC_BID (item)->id;

  return RC_COHORT (item)->id;
}

static void
destroy (GtkWindow *window)
{
  g_object_ref (window);
  gtk_window_destroy (window);
  g_assert_finalize_object (window);
}

/* The pages, their details, the bid editor and its budget. */
static void
test_pages (gconstpointer data)
{
  State state = GPOINTER_TO_INT (data);
  g_autoptr(RcStore) store = open_unchecked (state);
  g_autoptr(GError) error = NULL;
  GtkWidget *councils = rc_councils_page_new ();
  GtkWidget *cohorts = rc_cohorts_page_new ();
  GtkWidget *bids = rc_bids_page_new ();
  GtkWindow *windows[3];
  GtkWidget *council_detail, *cohort_detail, *pane, *budget;
  g_autoptr(GListModel) all_cohorts = NULL;
  g_autoptr(GListModel) trainees = NULL;

  windows[0] = show_page (councils, store);
  windows[1] = show_page (cohorts, store);
  windows[2] = show_page (bids, store);

  rc_councils_page_select_council (RC_COUNCILS_PAGE (councils),
                                   first_id (rc_list_page_get_shown (RC_LIST_PAGE (RC_COUNCILS_PAGE (councils)))));
  all_cohorts = rc_store_list_cohorts (store, &error);
  g_assert_no_error (error);
  g_assert_true (rc_list_page_select_id (RC_LIST_PAGE (cohorts), first_id (all_cohorts)));
  rc_bids_page_select_bid (RC_BIDS_PAGE (bids), first_id (rc_list_page_get_shown (RC_LIST_PAGE (RC_BIDS_PAGE (bids)))));
  rc_test_wait_for_loaded (councils);
  rc_test_wait_for_loaded (cohorts);
  rc_test_wait_for_loaded (bids);

  cohort_detail = rc_cohorts_page_get_detail (RC_COHORTS_PAGE (cohorts));
  trainees = g_object_ref (rc_trainee_table_get_shown (rc_test_child (RC_COHORT_DETAIL (cohort_detail), RC_TYPE_COHORT_DETAIL, "table")));
  g_assert_cmpuint (g_list_model_get_n_items (trainees), >, 0);
  {
    g_autoptr(RcTrainee) trainee = g_list_model_get_item (trainees, 0);

    rc_cohort_detail_select_trainee (RC_COHORT_DETAIL (cohort_detail), trainee->id);
  }
  council_detail = rc_councils_page_get_detail (RC_COUNCILS_PAGE (councils));
  pane = rc_test_child (RC_COHORT_DETAIL (cohort_detail), RC_TYPE_COHORT_DETAIL, "pane");
  budget = rc_test_find_widget (GTK_WIDGET (rc_bids_page_get_editor (RC_BIDS_PAGE (bids))), RC_TYPE_BID_BUDGET);
  g_assert_nonnull (budget);

  {
    const WriteAction actions[] = {
      { councils, "councils.import" },
      { councils, "councils.new-consortium" },
      { council_detail, "council.add-return" },
      { cohorts, "cohorts.new" },
      { cohorts, "cohorts.edit" },
      { cohort_detail, "cohort.add-trainee" },
      { cohort_detail, "cohort.import" },
      { pane, "trainee.edit" },
      { pane, "trainee.move" },
      { pane, "trainee.erase" },
      { bids, "bids.new" },
      { budget, "bid.change-status" },
      { budget, "bid.duplicate" },
      { budget, "bid.delete" },
      { budget, "budget.add-line" },
    };

    /* Read, but nothing writes: every figure is there to be seen and
     * exported. */
    assert_actions (actions, G_N_ELEMENTS (actions), FALSE);
    g_assert_true (rc_test_action_is_enabled (pane, "trainee.report"));
    g_assert_true (rc_test_action_is_enabled (budget, "bid.export"));

    if (state == CHECKING)
      {
        /* The check passes: every one of them is back, with nothing to do. */
        g_assert_true (rc_store_check_integrity (store, &error));
        g_assert_no_error (error);
        g_assert_true (rc_store_get_writable (store));
        assert_actions (actions, G_N_ELEMENTS (actions), TRUE);
      }
  }

  for (guint i = 0; i < G_N_ELEMENTS (windows); i++)
    destroy (windows[i]);
}

static gboolean
import_is_ready (gpointer dialog)
{
  return rc_csv_import_dialog_is_ready (dialog);
}

static gint64
first_trainee (RcStore *store,
               gint64   cohort_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) trainees = rc_store_list_trainees (store, cohort_id, &error);
  g_autoptr(RcTrainee) trainee = g_list_model_get_item (trainees, 0);

  g_assert_nonnull (trainee);

  return trainee->id;
}

/* The dialogs that save, and the import, whichever way they were opened. */
static void
test_dialogs (gconstpointer data)
{
  State state = GPOINTER_TO_INT (data);
  g_autoptr(RcStore) store = open_unchecked (state);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) councils = rc_store_list_councils (store, &error);
  g_autoptr(GListModel) all_cohorts = rc_store_list_cohorts (store, &error);
  g_autoptr(RcCouncil) council = g_list_model_get_item (councils, 0);
  g_autoptr(RcCohort) cohort = g_list_model_get_item (all_cohorts, 0);
  g_autofree char *csv = g_build_filename (rc_test_get_tmpdir (), "england.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (csv);
  GtkWidget *dialogs[6];

  g_assert_true (g_file_set_contents (csv,
    "time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,"
    "old_la_code,new_la_code,la_name,inpost_fte,inpost_headcount,starters_fte,leavers_fte,agency_fte,"
    "agency_rate_fte,vacancy_fte,vacancy_rate_fte,turnover_rate_fte,case_holders_fte,cases,caseload_fte,"
    "working_days_lost_fte,absence_rate_fte,agency_cover_rate_fte\n"
    "2030,Reporting year,National,E92000001,England,,,,,,\"33,885.4\",36520,\"5,980\",\"5,070.5\","
    "\"6,210\",15.5,\"7,145\",17.4,15,\"26,700\",\"447,000\",16.7,\"254,000\",3.1,z\n", -1, &error));
  g_assert_nonnull (council);
  g_assert_nonnull (cohort);

  dialogs[0] = rc_workforce_return_dialog_new (NULL, store, council, NULL);
  dialogs[1] = rc_cohort_dialog_new (NULL, store, cohort);
  dialogs[2] = rc_consortium_dialog_new (NULL, store, cohort->consortium_id);
  {
    g_autoptr(RcWorkforceImport) plan = rc_workforce_import_new (store);

    dialogs[3] = rc_csv_import_dialog_new (NULL, RC_IMPORT_PLAN (plan), file);
  }
  dialogs[4] = rc_funnel_dialog_new (NULL, store, cohort);
  dialogs[5] = rc_updating_log_window_new (NULL, store, first_trainee (store, cohort->id));
  for (guint i = 0; i < G_N_ELEMENTS (dialogs); i++)
    {
      g_object_ref (dialogs[i]);
      gtk_window_present (GTK_WINDOW (dialogs[i]));
    }
  g_assert_true (rc_test_wait_for (import_is_ready, dialogs[3], 10000));
  g_assert_true (rc_csv_import_dialog_can_import (RC_CSV_IMPORT_DIALOG (dialogs[3])));
  /* Whatever the fields hold, Save waits for the check. */
  rc_form_dialog_set_valid (RC_FORM_DIALOG (dialogs[0]), TRUE);
  rc_form_dialog_set_valid (RC_FORM_DIALOG (dialogs[1]), TRUE);
  rc_form_dialog_set_valid (RC_FORM_DIALOG (dialogs[4]), TRUE);

  {
    const WriteAction actions[] = {
      { dialogs[0], "return.save" },
      { dialogs[1], "cohort-dialog.save" },
      { dialogs[2], "consortium.save" },
      { dialogs[3], "import.apply" },
      { dialogs[4], "funnel-dialog.save" },
      { dialogs[5], "log.add" },
    };

    assert_actions (actions, G_N_ELEMENTS (actions), FALSE);
    if (state == CHECKING)
      {
        g_assert_true (rc_store_check_integrity (store, &error));
        g_assert_no_error (error);
        assert_actions (actions, G_N_ELEMENTS (actions), TRUE);
      }
  }

  for (guint i = 0; i < G_N_ELEMENTS (dialogs); i++)
    {
      gtk_window_destroy (GTK_WINDOW (dialogs[i]));
      g_assert_finalize_object (dialogs[i]);
    }
}

/* A read that fails says so in the window's banner, rather than leave a
 * dialog's choices empty without a word. */
static void
test_read_error_in_banner (void)
{
  g_autoptr(RcStore) store = open_unchecked (CHECKING);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) all_cohorts = rc_store_list_cohorts (store, &error);
  g_autoptr(RcCohort) cohort = g_list_model_get_item (all_cohorts, 0);
  RcWindow *window = rc_window_new (NULL);
  GtkWidget *dialog;

  g_assert_true (rc_store_check_integrity (store, &error));
  rc_window_set_store (window, store, FALSE);
  gtk_window_present (GTK_WINDOW (window));
  rc_test_wait_for_loaded (window);
  g_assert_null (rc_window_get_error (window));

  /* As when the file goes away under the window. */
  rc_store_close (store);
  dialog = g_object_ref (rc_trainee_dialog_new (GTK_WINDOW (window), store, cohort, NULL));
  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_nonnull (rc_window_get_error (window));
  g_assert_nonnull (strstr (rc_window_get_error (window), "has been closed"));

  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_finalize_object (dialog);
  g_object_ref (window);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

int
main (int   argc,
      char *argv[])
{
  rc_test_init_gtk (&argc, &argv);

  g_test_add_data_func ("/read-only/checking/pages", GINT_TO_POINTER (CHECKING), test_pages);
  g_test_add_data_func ("/read-only/damaged/pages", GINT_TO_POINTER (DAMAGED), test_pages);
  g_test_add_data_func ("/read-only/checking/dialogs", GINT_TO_POINTER (CHECKING), test_dialogs);
  g_test_add_data_func ("/read-only/damaged/dialogs", GINT_TO_POINTER (DAMAGED), test_dialogs);

  g_test_add_func ("/read-only/read-error-in-banner", test_read_error_in_banner);

  return g_test_run ();
}
