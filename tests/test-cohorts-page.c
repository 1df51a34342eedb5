/* test-cohorts-page.c: the cohorts page driven as a coordinator would
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <sys/stat.h>

#include "export/rc-bid-workbook.h"
#include "model/rc-rates.h"
#include "rc-test-util.h"
#include "sample/rc-demo.h"
#include "views/rc-cohort-detail.h"
#include "views/rc-cohort-dialog.h"
#include "views/rc-cohort-places.h"
#include "views/rc-cohort-retention.h"
#include "views/rc-cohort-row.h"
#include "views/rc-cohorts-page.h"
#include "views/rc-line-chart-view.h"
#include "views/rc-move-dialog.h"
#include "views/rc-trainee-dialog.h"
#include "views/rc-trainee-pane.h"
#include "views/rc-trainee-table.h"
#include "views/rc-trends-page.h"

typedef struct {
  RcStore       *store;
  GtkWindow     *window;
  RcCohortsPage *page;
  gint64         step_up_id;    /* the demo's cohorts */
  gint64         return_id;     /* of 2017 */
  gint64         current_id;    /* Return to Social Work 2026–27 */
} Fixture;

static gboolean
is_drawn (gpointer widget)
{
  return gtk_widget_get_mapped (widget) && gtk_widget_get_width (widget) > 0;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  static guint counter;
  g_autofree char *path = g_strdup_printf ("%s/cohorts-%u.db", rc_test_get_tmpdir (), ++counter);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) cohorts = NULL;

  g_assert_true (rc_demo_write (path, &error));
  fixture->store = rc_store_open (path, &error);
  g_assert_no_error (error);

  cohorts = rc_store_list_cohorts (fixture->store, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (cohorts); i++)
    {
      g_autoptr(RcCohort) cohort = g_list_model_get_item (cohorts, i);

      if (g_str_has_prefix (cohort->name, "Step Up"))
        fixture->step_up_id = cohort->id;
      else if (g_str_has_suffix (cohort->name, "2017"))
        fixture->return_id = cohort->id;
      else
        fixture->current_id = cohort->id;
    }

  /* The page is not in the main window yet: a plain window holds it. */
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, GPOINTER_TO_INT (data) ? 360 : 1280,
                               GPOINTER_TO_INT (data) ? 720 : 800);
  fixture->page = RC_COHORTS_PAGE (rc_cohorts_page_new ());
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->page));
  g_object_set (fixture->page, "store", fixture->store, NULL);
  gtk_window_present (fixture->window);
  g_assert_true (rc_test_wait_for (is_drawn, fixture->page, 5000));
  rc_test_wait_for_frame (fixture->page);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_object_ref (fixture->window);
  gtk_window_destroy (fixture->window);
  g_assert_finalize_object (fixture->window);
  g_assert_finalize_object (fixture->store);
}

/* Saves a picture of @window (a dialog, when one is open: the window
 * under a modal one is not drawn on its own). */
static void
save_window_png (gpointer    window,
                 const char *name)
{
  g_autofree char *path = g_strdup_printf ("%s/%s.png", g_getenv ("RC_TEST_OUTPUT_DIR") ?: ".", name);

  g_assert_true (rc_test_wait_for (is_drawn, window, 5000));
  rc_test_wait_for_frame (window);
  /* Pictures are for people to look at; a renderer that cannot make one
   * under Xvfb now and then is no failure of the page. */
  if (!rc_test_save_widget_png (GTK_WIDGET (window), path))
    g_test_message ("Could not save %s", path);
}

static void
save_png (Fixture    *fixture,
          const char *name)
{
  save_window_png (fixture->window, name);
}

static RcCohortDetail *
detail (Fixture *fixture)
{
  return RC_COHORT_DETAIL (rc_cohorts_page_get_detail (fixture->page));
}

/* Chooses the cohort, and waits for the worker that reads it. */
static void
show_cohort (Fixture *fixture,
             gint64   id)
{
  rc_cohorts_page_select_cohort (fixture->page, id);
  rc_test_wait_for_loaded (fixture->page);
}

static RcTraineeTable *
table (Fixture *fixture)
{
  return RC_TRAINEE_TABLE (rc_test_child (detail (fixture), RC_TYPE_COHORT_DETAIL, "table"));
}

static RcTraineePane *
pane (Fixture *fixture)
{
  return RC_TRAINEE_PANE (rc_test_child (detail (fixture), RC_TYPE_COHORT_DETAIL, "pane"));
}

/* The position of @reference among the trainees shown, or -1. */
static int
find_shown (Fixture    *fixture,
            const char *reference)
{
  GListModel *shown = rc_trainee_table_get_shown (rc_test_child (detail (fixture), RC_TYPE_COHORT_DETAIL, "table"));

  /* What was saved before is read again in a worker. */
  rc_test_wait_for_loaded (fixture->page);

  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(RcTrainee) trainee = g_list_model_get_item (shown, i);

      if (g_strcmp0 (trainee->reference, reference) == 0)
        return (int) i;
    }

  return -1;
}

static RcTrainee *
get_shown (Fixture    *fixture,
           const char *reference)
{
  int position = find_shown (fixture, reference);

  g_assert_cmpint (position, >=, 0);

  return g_list_model_get_item (rc_trainee_table_get_shown (rc_test_child (detail (fixture), RC_TYPE_COHORT_DETAIL, "table")), position);
}

/* The councils the cohort dialog offers places to, as rows on screen. */
static guint
n_place_rows (gpointer dialog)
{
  return rc_test_count_rows (rc_test_child (rc_test_child (dialog, RC_TYPE_COHORT_DIALOG, "places"),
                                            RC_TYPE_COHORT_PLACES, "list"));
}

/* The live line under the places, such as "Allocated 26 of 28 places":
 * in the error style when the places do not add up. */
static GtkWidget *
allocation_label (gpointer dialog)
{
  return rc_test_child (rc_test_child (dialog, RC_TYPE_COHORT_DIALOG, "places"),
                        RC_TYPE_COHORT_PLACES, "allocation_label");
}

static gint64
demo_consortium (Fixture *fixture)
{
  g_autoptr(GListModel) consortia = rc_store_list_consortia (fixture->store, NULL);
  g_autoptr(RcConsortium) consortium = g_list_model_get_item (consortia, 0);

  return consortium->id;
}

static gint64
programme_id (Fixture    *fixture,
              const char *code)
{
  g_autoptr(GListModel) programmes = rc_store_list_programmes (fixture->store, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (programmes); i++)
    {
      g_autoptr(RcProgramme) programme = g_list_model_get_item (programmes, i);

      if (g_str_equal (programme->code, code))
        return programme->id;
    }

  g_assert_not_reached ();
}

/* A trainee added to the Step Up cohort through the store, moved on to @stage. */
static gint64
add_trainee_at (Fixture    *fixture,
                const char *reference,
                RcStage     stage)
{
  g_autoptr(RcTrainee) trainee = rc_trainee_new ();
  g_autoptr(GError) error = NULL;

  trainee->cohort_id = fixture->step_up_id;
  trainee->reference = g_strdup (reference);
  trainee->given_name = g_strdup ("Test");
  trainee->family_name = g_strdup ("Person");
  trainee->applied_on = g_strdup ("2024-09-02");
  g_assert_true (rc_store_save_trainee (fixture->store, trainee, &error));
  g_assert_no_error (error);
  for (guint s = RC_STAGE_ASSESSMENT; s <= stage; s++)
    {
      g_assert_true (rc_store_move_trainee (fixture->store, trainee->id, s, "2024-09-03", 0, NULL, NULL, &error));
      g_assert_no_error (error);
    }
  rc_test_wait_for_loaded (fixture->page);

  return trainee->id;
}

static guint
n_events (Fixture *fixture,
          gint64   trainee_id)
{
  g_autoptr(GListModel) events = rc_store_list_trainee_events (fixture->store, trainee_id, NULL);

  return g_list_model_get_n_items (events);
}

static RcMoveDialog *
open_move (Fixture *fixture,
           gint64   trainee_id)
{
  GtkWidget *dialog;

  rc_cohort_detail_select_trainee (detail (fixture), trainee_id);
  g_assert_cmpint (rc_trainee_pane_get_trainee_id (pane (fixture)), ==, trainee_id);
  dialog = rc_trainee_pane_open_move_dialog (pane (fixture));
  g_assert_nonnull (dialog);

  return RC_MOVE_DIALOG (dialog);
}

/* Closes a dialog left open and checks that nothing else holds it. */
static void
destroy_dialog (gpointer dialog)
{
  g_object_ref (dialog);
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_finalize_object (dialog);
}

/* Activates @action of a dialog that closes itself on success, and
 * checks that it went. */
static void
save_dialog (gpointer    dialog,
             const char *action)
{
  GtkWidget *weak = dialog;
  g_autoptr(GtkWindow) parent = gtk_window_get_transient_for (dialog);

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &weak);
  g_object_ref (parent);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), action, NULL));
  rc_test_wait_for_null ((gpointer *) &weak);
  g_assert_null (weak);
  /* What was saved is read again in a worker. */
  rc_test_wait_for_loaded (parent);
}

static void
test_lists_demo_cohorts (Fixture       *fixture,
                         gconstpointer  data)
{
  GListModel *cohorts = rc_list_page_get_shown (RC_LIST_PAGE (fixture->page));
  RcCohortRow *row = RC_COHORT_ROW (rc_test_find_widget (GTK_WIDGET (fixture->page), RC_TYPE_COHORT_ROW));
  g_autoptr(RcCohort) first = NULL;

  /* By programme: Return to Social Work (2017, the LGA's published
   * figures of 2017–18 and 2020–21, then 2026–27), then Step Up. */
  g_assert_cmpuint (g_list_model_get_n_items (cohorts), ==, 5);
  first = g_list_model_get_item (cohorts, 0);
  g_assert_cmpint (first->id, ==, fixture->return_id);
  g_assert_cmpint (rc_list_page_get_selected_id (RC_LIST_PAGE (fixture->page)), ==, fixture->return_id);
  g_assert_cmpint (rc_cohort_detail_get_cohort_id (detail (fixture)), ==, fixture->return_id);

  /* Twelve returners went on; two were declined at application. */
  g_assert_nonnull (row);
  g_assert_cmpstr (rc_cohort_row_get_summary_text (row), ==, "12 qualified · 2 withdrawn");
  g_assert_cmpstr (rc_cohort_row_get_places_text (row), ==, "12/12");
  save_png (fixture, "cohorts-opened");

  show_cohort (fixture, fixture->step_up_id);
  g_assert_cmpint (rc_cohort_detail_get_cohort_id (detail (fixture)), ==, fixture->step_up_id);
  g_assert_cmpuint (g_list_model_get_n_items (rc_trainee_table_get_shown (rc_test_child (detail (fixture), RC_TYPE_COHORT_DETAIL, "table"))), ==, 28);
  g_assert_false (rc_trainee_table_get_column_visible (table (fixture), RC_TRAINEE_COLUMN_YEARS_OUT));

  /* Search by name or reference, and filter by stage and council. */
  rc_trainee_table_set_search (table (fixture), "su1-0");
  g_assert_cmpuint (g_list_model_get_n_items (rc_trainee_table_get_shown (rc_test_child (detail (fixture), RC_TYPE_COHORT_DETAIL, "table"))), ==, 9);
  rc_trainee_table_set_search (table (fixture), "");
  rc_trainee_table_set_stage_filter (table (fixture), RC_STAGE_WITHDRAWN);
  g_assert_cmpuint (g_list_model_get_n_items (rc_trainee_table_get_shown (rc_test_child (detail (fixture), RC_TYPE_COHORT_DETAIL, "table"))), ==, 2);
  rc_trainee_table_set_stage_filter (table (fixture), -1);
  {
    g_autoptr(RcCouncil) somerset = rc_store_find_council_by_code (fixture->store, "E10000027", NULL);

    g_assert_true (rc_trainee_table_set_council_filter (table (fixture), somerset->id));
    g_assert_cmpuint (g_list_model_get_n_items (rc_trainee_table_get_shown (rc_test_child (detail (fixture), RC_TYPE_COHORT_DETAIL, "table"))), ==, 8);
  }
  save_png (fixture, "cohorts-step-up-somerset");
}

/* The labels on screen in the trainee table that hold a reference. */
static void
collect_references (GtkWidget *widget,
                    GPtrArray *found)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget)
      && g_str_has_prefix (gtk_label_get_label (GTK_LABEL (widget)), "SU1-"))
    g_ptr_array_add (found, g_strdup (gtk_label_get_label (GTK_LABEL (widget))));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_references (child, found);
}

/* The rows on screen show, from the top, the trainees the search found. */
static void
assert_rows_show_matches (Fixture *fixture)
{
  GListModel *shown = rc_trainee_table_get_shown (rc_test_child (detail (fixture), RC_TYPE_COHORT_DETAIL, "table"));
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  GtkWidget *view = rc_test_find_widget (GTK_WIDGET (table (fixture)), GTK_TYPE_COLUMN_VIEW);

  rc_test_wait_for_frame (view);
  collect_references (view, labels);
  g_assert_cmpuint (labels->len, ==, MIN (g_list_model_get_n_items (shown), labels->len));
  g_assert_cmpuint (labels->len, >, 0);
  for (guint i = 0; i < labels->len; i++)
    {
      g_autoptr(RcTrainee) trainee = g_list_model_get_item (shown, i);

      g_assert_cmpstr (g_ptr_array_index (labels, i), ==, trainee->reference);
    }
}

/* The view's selection is the row of trainee @id, and only that row. */
static void
assert_selected_row (GListModel        *shown,
                     GtkSelectionModel *selection,
                     gint64             id)
{
  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(RcTrainee) trainee = g_list_model_get_item (shown, i);

      g_assert_cmpint (gtk_selection_model_is_selected (selection, i), ==, trainee->id == id);
    }
}

static void
on_trainee_selected (RcTraineeTable *table,
                     gint64          id,
                     GArray         *ids)
{
  g_array_append_val (ids, id);
}

/* A search changes what the rows show while they stay on screen
 * (rc-slot-model.c): each shows its match, and the selection stays with
 * its trainee, or goes when the trainee is no longer shown. */
static void
test_search_keeps_rows_and_selection (Fixture       *fixture,
                                      gconstpointer  data)
{
  GListModel *shown;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(RcTrainee) chosen = NULL;
  g_autoptr(GtkColumnViewColumn) first_column = NULL;
  GtkSelectionModel *selection;
  GtkWidget *view;

  show_cohort (fixture, fixture->step_up_id);
  shown = rc_trainee_table_get_shown (rc_test_child (detail (fixture), RC_TYPE_COHORT_DETAIL, "table"));
  view = rc_test_find_widget (GTK_WIDGET (table (fixture)), GTK_TYPE_COLUMN_VIEW);
  selection = gtk_column_view_get_model (GTK_COLUMN_VIEW (view));
  assert_rows_show_matches (fixture);

  chosen = g_list_model_get_item (shown, 5);
  rc_cohort_detail_select_trainee (detail (fixture), chosen->id);
  g_assert_true (gtk_selection_model_is_selected (selection, 5));
  g_signal_connect (table (fixture), "trainee-selected", G_CALLBACK (on_trainee_selected), ids);

  /* Still shown, in another row: selected there, and nothing to tell. */
  rc_trainee_table_set_search (table (fixture), chosen->reference + 4);
  g_assert_cmpuint (g_list_model_get_n_items (shown), <, 28);
  assert_rows_show_matches (fixture);
  g_assert_cmpint (rc_trainee_table_get_selected_id (table (fixture)), ==, chosen->id);
  assert_selected_row (shown, selection, chosen->id);
  g_assert_cmpuint (ids->len, ==, 0);

  /* Not shown: the selection goes, and the page hears so once. */
  rc_trainee_table_set_search (table (fixture), "no such trainee");
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 0);
  g_assert_cmpint (rc_trainee_table_get_selected_id (table (fixture)), ==, 0);
  g_assert_cmpuint (ids->len, ==, 1);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, 0);

  /* Every row again, each showing its trainee. */
  rc_trainee_table_set_search (table (fixture), "");
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 28);
  assert_rows_show_matches (fixture);

  /* Sorted by another column, the selection stays with its trainee. */
  rc_cohort_detail_select_trainee (detail (fixture), chosen->id);
  g_array_set_size (ids, 0);
  first_column = g_list_model_get_item (gtk_column_view_get_columns (GTK_COLUMN_VIEW (view)), 0);
  gtk_column_view_sort_by_column (GTK_COLUMN_VIEW (view), first_column, GTK_SORT_DESCENDING);
  assert_rows_show_matches (fixture);
  g_assert_cmpint (rc_trainee_table_get_selected_id (table (fixture)), ==, chosen->id);
  assert_selected_row (shown, selection, chosen->id);
  g_assert_cmpuint (ids->len, ==, 0);
  g_signal_handlers_disconnect_by_func (table (fixture), on_trainee_selected, ids);
}

static void
test_create_cohort (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GListModel) members = rc_store_list_members (fixture->store, demo_consortium (fixture), NULL);
  g_autoptr(GListModel) cohorts = NULL;
  g_autoptr(GListModel) places = NULL;
  RcCohortDialog *dialog;
  gint64 first = 0, second = 0, created;

  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(RcConsortiumMember) member = g_list_model_get_item (members, i);

      if (member->left_on != NULL || g_str_equal (member->role, "proposed"))
        continue;
      if (first == 0)
        first = member->council_id;
      else if (second == 0)
        second = member->council_id;
    }

  dialog = RC_COHORT_DIALOG (rc_cohorts_page_open_cohort_dialog (fixture->page, FALSE));
  g_assert_nonnull (dialog);
  g_assert_false (rc_form_dialog_can_save (RC_FORM_DIALOG (dialog)));
  g_assert_true (rc_cohort_dialog_set_programme (dialog, programme_id (fixture, "step_up")));
  g_assert_true (rc_cohort_dialog_set_consortium (dialog, demo_consortium (fixture)));
  /* The six founding partners, current members for every programme. */
  g_assert_cmpuint (n_place_rows (dialog), ==, 6);

  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_COHORT_FIELD_NAME, "Step Up: second south-west cohort");
  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_COHORT_FIELD_STARTS_ON, "2018-01-08");
  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_COHORT_FIELD_ENDS_ON, "2017-03-31");
  g_assert_cmpstr (rc_field_row_get_error (rc_form_dialog_get_field (RC_FORM_DIALOG (dialog), RC_COHORT_FIELD_ENDS_ON)), ==,
                   "A cohort cannot end before it starts");
  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_COHORT_FIELD_ENDS_ON, "2019-03-29");
  g_assert_null (rc_field_row_get_error (rc_form_dialog_get_field (RC_FORM_DIALOG (dialog), RC_COHORT_FIELD_ENDS_ON)));
  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_COHORT_FIELD_PLACES_FUNDED, "10");

  /* Places that do not add up: said so, Save refused, nothing stored. */
  g_assert_true (rc_cohort_dialog_set_places (dialog, first, 4));
  g_assert_true (rc_cohort_dialog_set_places (dialog, second, 4));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (allocation_label (dialog))), ==,
                   "Allocated 8 of 10 places: 2 still to allocate");
  g_assert_true (gtk_widget_has_css_class (allocation_label (dialog), "error"));
  g_assert_false (rc_form_dialog_can_save (RC_FORM_DIALOG (dialog)));
  save_window_png (dialog, "cohorts-dialog-not-adding-up");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "cohort-dialog.save", NULL);
  rc_test_wait_for_loaded (fixture->page);
  cohorts = rc_store_list_cohorts (fixture->store, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (cohorts), ==, 5);
  g_clear_object (&cohorts);

  g_assert_true (rc_cohort_dialog_set_places (dialog, second, 6));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (allocation_label (dialog))), ==, "Allocated 10 of 10 places");
  g_assert_false (gtk_widget_has_css_class (allocation_label (dialog), "error"));
  g_assert_true (rc_form_dialog_can_save (RC_FORM_DIALOG (dialog)));
  save_dialog (dialog, "cohort-dialog.save");

  /* The cohort and its places, together; the page shows it. */
  cohorts = rc_store_list_cohorts (fixture->store, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (cohorts), ==, 6);
  g_assert_cmpuint (g_list_model_get_n_items (rc_list_page_get_shown (RC_LIST_PAGE (fixture->page))), ==, 6);
  created = rc_list_page_get_selected_id (RC_LIST_PAGE (fixture->page));
  g_assert_cmpint (created, !=, fixture->step_up_id);
  g_assert_cmpint (created, !=, fixture->return_id);
  places = rc_store_list_cohort_places (fixture->store, created, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (places), ==, 2);
  {
    g_autoptr(RcCohortPlace) a = g_list_model_get_item (places, 0);
    g_autoptr(RcCohortPlace) b = g_list_model_get_item (places, 1);
    g_assert_cmpint (a->places + b->places, ==, 10);
  }

  /* Editing shows the stored places, and keeps them adding up. */
  dialog = RC_COHORT_DIALOG (rc_cohorts_page_open_cohort_dialog (fixture->page, TRUE));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (allocation_label (dialog))), ==, "Allocated 10 of 10 places");
  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_COHORT_FIELD_PLACES_FUNDED, "12");
  g_assert_false (rc_form_dialog_can_save (RC_FORM_DIALOG (dialog)));
  destroy_dialog (dialog);
}

static void
test_add_trainee (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(RcCouncil) swindon = rc_store_find_council_by_code (fixture->store, "E06000030", NULL);
  g_autoptr(RcTrainee) added = NULL;
  RcTraineeDialog *dialog;

  show_cohort (fixture, fixture->step_up_id);
  dialog = RC_TRAINEE_DIALOG (rc_cohort_detail_open_trainee_dialog (detail (fixture)));
  g_assert_nonnull (dialog);
  g_assert_false (rc_form_dialog_can_save (RC_FORM_DIALOG (dialog)));

  /* A reference already used, and a mistyped e-mail, are said so. */
  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_TRAINEE_DIALOG_FIELD_REFERENCE, "SU1-01");
  g_assert_cmpstr (rc_field_row_get_error (rc_form_dialog_get_field (RC_FORM_DIALOG (dialog), RC_TRAINEE_DIALOG_FIELD_REFERENCE)), ==,
                   "SU1-01 is already a reference in this cohort");
  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_TRAINEE_DIALOG_FIELD_REFERENCE, "SU1-29");
  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_TRAINEE_DIALOG_FIELD_GIVEN_NAME, "Jo");
  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_TRAINEE_DIALOG_FIELD_FAMILY_NAME, "Wedmore");
  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_TRAINEE_DIALOG_FIELD_EMAIL, "jo.wedmore.example.org");
  g_assert_nonnull (rc_field_row_get_error (rc_form_dialog_get_field (RC_FORM_DIALOG (dialog), RC_TRAINEE_DIALOG_FIELD_EMAIL)));
  g_assert_false (rc_form_dialog_can_save (RC_FORM_DIALOG (dialog)));
  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_TRAINEE_DIALOG_FIELD_EMAIL, "jo.wedmore@example.org");
  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_TRAINEE_DIALOG_FIELD_APPLIED_ON, "2024-09-02");
  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_TRAINEE_DIALOG_FIELD_REGISTRATION_NUMBER, "SW12x");
  g_assert_nonnull (rc_field_row_get_error (rc_form_dialog_get_field (RC_FORM_DIALOG (dialog), RC_TRAINEE_DIALOG_FIELD_REGISTRATION_NUMBER)));
  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_TRAINEE_DIALOG_FIELD_REGISTRATION_NUMBER, "");
  g_assert_true (rc_trainee_dialog_set_host (dialog, swindon->id));
  g_assert_true (rc_form_dialog_can_save (RC_FORM_DIALOG (dialog)));
  save_dialog (dialog, "trainee-dialog.save");

  /* In the table, selected, at the start of the pipeline. */
  g_assert_cmpuint (g_list_model_get_n_items (rc_trainee_table_get_shown (rc_test_child (detail (fixture), RC_TYPE_COHORT_DETAIL, "table"))), ==, 29);
  added = get_shown (fixture, "SU1-29");
  g_assert_cmpstr (added->given_name, ==, "Jo");
  g_assert_cmpint (added->host_council_id, ==, swindon->id);
  g_assert_cmpint (added->stage, ==, RC_STAGE_APPLIED);
  g_assert_cmpint (rc_trainee_pane_get_trainee_id (pane (fixture)), ==, added->id);
  g_assert_cmpstr (gtk_label_get_label (rc_test_child (pane (fixture), RC_TYPE_TRAINEE_PANE, "title_label")), ==, "Jo Wedmore");
  save_png (fixture, "cohorts-trainee-added");

  /* Registered later, with Social Work England: edited from the pane. */
  dialog = RC_TRAINEE_DIALOG (rc_trainee_pane_open_edit_dialog (pane (fixture)));
  g_assert_true (rc_form_dialog_can_save (RC_FORM_DIALOG (dialog)));
  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_TRAINEE_DIALOG_FIELD_REGISTRATION_NUMBER, "sw200123");
  g_assert_cmpstr (rc_field_row_get_error (rc_form_dialog_get_field (RC_FORM_DIALOG (dialog), RC_TRAINEE_DIALOG_FIELD_REGISTRATION_NUMBER)), ==,
                   "Choose who holds the registration: the HCPC or Social Work England");
  g_assert_true (rc_trainee_dialog_set_registered_with (dialog, "swe"));
  g_assert_null (rc_field_row_get_error (rc_form_dialog_get_field (RC_FORM_DIALOG (dialog), RC_TRAINEE_DIALOG_FIELD_REGISTRATION_NUMBER)));
  save_dialog (dialog, "trainee-dialog.save");
  g_clear_object (&added);
  added = get_shown (fixture, "SU1-29");
  g_assert_cmpstr (added->registration_number, ==, "SW200123");
  g_assert_cmpstr (added->registered_with, ==, "swe");
  {
    g_autofree char *registration = rc_trainee_table_dup_cell_text (table (fixture), find_shown (fixture, "SU1-29"),
                                                                    RC_TRAINEE_COLUMN_REGISTRATION);
    g_assert_cmpstr (registration, ==, "SW200123 · SWE");
  }
}

static void
test_move_to_qualified (Fixture       *fixture,
                        gconstpointer  data)
{
  gint64 id;

  show_cohort (fixture, fixture->step_up_id);
  id = add_trainee_at (fixture, "SU1-30", RC_STAGE_APPLIED);

  for (guint stage = RC_STAGE_ASSESSMENT; stage <= RC_STAGE_QUALIFIED; stage++)
    {
      RcMoveDialog *dialog = open_move (fixture, id);
      g_autoptr(RcTrainee) shown = NULL;

      /* The next stage is offered first, dated today. */
      g_assert_cmpint (rc_move_dialog_get_stage (dialog), ==, stage);
      g_assert_null (rc_field_row_get_error (rc_test_child (dialog, RC_TYPE_MOVE_DIALOG, "stage_field")));
      g_assert_true (rc_form_dialog_can_save (RC_FORM_DIALOG (dialog)));
      save_dialog (dialog, "move-dialog.save");

      shown = get_shown (fixture, "SU1-30");
      g_assert_cmpint (shown->stage, ==, stage);
    }

  /* Applied, then the five moves, each dated in the history. */
  g_assert_cmpuint (n_events (fixture, id), ==, 6);
  g_assert_cmpuint (rc_test_count_rows (rc_test_child (pane (fixture), RC_TYPE_TRAINEE_PANE, "history_list")), ==, 6);
  {
    g_autofree char *stage = rc_trainee_table_dup_cell_text (table (fixture), find_shown (fixture, "SU1-30"),
                                                             RC_TRAINEE_COLUMN_STAGE);
    g_assert_cmpstr (stage, ==, "Qualified");
  }
  save_png (fixture, "cohorts-qualified");
}

static void
test_impossible_move (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(RcTrainee) after = NULL;
  RcMoveDialog *dialog;
  gint64 id;

  show_cohort (fixture, fixture->step_up_id);
  id = add_trainee_at (fixture, "SU1-31", RC_STAGE_ON_PLACEMENT);

  dialog = open_move (fixture, id);
  g_assert_true (rc_move_dialog_set_stage (dialog, RC_STAGE_EMPLOYED));
  /* The model's reason, beside the stage, and no way to save. */
  g_assert_cmpstr (rc_field_row_get_error (rc_test_child (dialog, RC_TYPE_MOVE_DIALOG, "stage_field")), ==, "A trainee must be qualified before being employed");
  g_assert_false (rc_form_dialog_can_save (RC_FORM_DIALOG (dialog)));
  save_window_png (dialog, "cohorts-move-refused");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "move-dialog.save", NULL);
  rc_test_wait_for_loaded (fixture->page);
  g_assert_cmpuint (n_events (fixture, id), ==, 5);
  after = rc_store_get_trainee (fixture->store, id, NULL);
  g_assert_cmpint (after->stage, ==, RC_STAGE_ON_PLACEMENT);

  /* A date before the last move is refused too. */
  g_assert_true (rc_move_dialog_set_stage (dialog, RC_STAGE_QUALIFIED));
  g_assert_null (rc_field_row_get_error (rc_test_child (dialog, RC_TYPE_MOVE_DIALOG, "stage_field")));
  rc_move_dialog_set_date (dialog, "2024-09-01");
  g_assert_nonnull (rc_field_row_get_error (rc_test_child (dialog, RC_TYPE_MOVE_DIALOG, "date_field")));
  g_assert_false (rc_form_dialog_can_save (RC_FORM_DIALOG (dialog)));
  destroy_dialog (dialog);
  g_assert_cmpuint (n_events (fixture, id), ==, 5);
}

static void
test_withdraw (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(RcTrainee) stored = NULL;
  RcMoveDialog *dialog;
  gint64 id;

  show_cohort (fixture, fixture->step_up_id);
  id = add_trainee_at (fixture, "SU1-32", RC_STAGE_ENROLLED);

  dialog = open_move (fixture, id);
  g_assert_true (rc_move_dialog_set_stage (dialog, RC_STAGE_WITHDRAWN));
  g_assert_null (rc_field_row_get_error (rc_test_child (dialog, RC_TYPE_MOVE_DIALOG, "stage_field")));
  /* A withdrawal needs its reason: asked for, and Save refused. */
  g_assert_false (rc_form_dialog_can_save (RC_FORM_DIALOG (dialog)));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "move-dialog.save", NULL);
  rc_test_wait_for_loaded (fixture->page);
  g_assert_cmpstr (rc_field_row_get_error (rc_test_child (dialog, RC_TYPE_MOVE_DIALOG, "reason_field")), ==, "Choose the reason for the withdrawal");
  g_assert_cmpuint (n_events (fixture, id), ==, 4);
  rc_move_dialog_set_reason (dialog, RC_WITHDRAWAL_HEALTH);
  rc_move_dialog_set_note (dialog, "Long illness");
  g_assert_null (rc_field_row_get_error (rc_test_child (dialog, RC_TYPE_MOVE_DIALOG, "reason_field")));
  g_assert_true (rc_form_dialog_can_save (RC_FORM_DIALOG (dialog)));
  save_window_png (dialog, "cohorts-withdraw");
  save_dialog (dialog, "move-dialog.save");

  stored = rc_store_get_trainee (fixture->store, id, NULL);
  g_assert_cmpint (stored->stage, ==, RC_STAGE_WITHDRAWN);
  g_assert_cmpstr (stored->withdrawal_reason, ==, "health");
  g_assert_cmpstr (stored->withdrawal_note, ==, "Long illness");
  {
    g_autofree char *stage = rc_trainee_table_dup_cell_text (table (fixture), find_shown (fixture, "SU1-32"),
                                                             RC_TRAINEE_COLUMN_STAGE);
    g_assert_cmpstr (stage, ==, "Withdrawn: Health");
  }

  /* Nothing follows a withdrawal. */
  g_assert_null (rc_trainee_pane_open_move_dialog (pane (fixture)));
}

static void
test_erase (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(RcTrainee) before = NULL;
  g_autoptr(RcTrainee) after = NULL;
  g_autofree char *name = NULL;
  AdwMessageDialog *prompt;
  guint history;

  show_cohort (fixture, fixture->step_up_id);
  before = get_shown (fixture, "SU1-01");
  name = rc_trainee_table_dup_cell_text (table (fixture), find_shown (fixture, "SU1-01"), RC_TRAINEE_COLUMN_NAME);
  g_assert_cmpstr (name, ==, "Amara Dunster");
  history = n_events (fixture, before->id);

  rc_cohort_detail_select_trainee (detail (fixture), before->id);
  prompt = rc_trainee_pane_ask_erase (pane (fixture));
  g_assert_nonnull (prompt);
  save_window_png (prompt, "cohorts-erase-prompt");

  /* "Cancel" keeps everything. */
  adw_message_dialog_response (prompt, "cancel");
  destroy_dialog (prompt);
  g_clear_object (&after);
  after = rc_store_get_trainee (fixture->store, before->id, NULL);
  g_assert_cmpstr (after->given_name, ==, "Amara");

  prompt = rc_trainee_pane_ask_erase (pane (fixture));
  adw_message_dialog_response (prompt, "erase");
  destroy_dialog (prompt);

  /* The reference and history stay; the name is gone from the table. */
  g_clear_object (&after);
  after = get_shown (fixture, "SU1-01");
  g_assert_null (after->given_name);
  g_assert_null (after->family_name);
  g_assert_null (after->email);
  g_assert_nonnull (after->erased_at);
  g_assert_cmpint (after->stage, ==, before->stage);
  g_assert_cmpuint (n_events (fixture, before->id), ==, history);
  g_clear_pointer (&name, g_free);
  name = rc_trainee_table_dup_cell_text (table (fixture), find_shown (fixture, "SU1-01"), RC_TRAINEE_COLUMN_NAME);
  g_assert_cmpstr (name, ==, "Erased");
  g_assert_cmpstr (gtk_label_get_label (rc_test_child (pane (fixture), RC_TYPE_TRAINEE_PANE, "title_label")), ==, "Personal details erased");
  rc_trainee_table_set_search (table (fixture), "Amara");
  g_assert_cmpint (find_shown (fixture, "SU1-01"), ==, -1);
  rc_trainee_table_set_search (table (fixture), "SU1-01");
  g_assert_cmpint (find_shown (fixture, "SU1-01"), ==, 0);

  /* Erased once is erased for good. */
  g_assert_null (rc_trainee_pane_ask_erase (pane (fixture)));
  save_png (fixture, "cohorts-erased");
}

static void
test_retention (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(RcCouncil) somerset = rc_store_find_council_by_code (fixture->store, "E10000027", NULL);
  RcCohortRetention *retention = RC_COHORT_RETENTION (rc_test_child (detail (fixture), RC_TYPE_COHORT_DETAIL, "retention"));
  RcRetention stored, shown;
  g_autofree char *qualified = NULL;
  g_autofree char *registered = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *percent = NULL;
  g_autofree char *somerset_24 = NULL;
  g_autofree char *somerset_expected = NULL;
  GtkColumnView *table;

  show_cohort (fixture, fixture->step_up_id);
  g_assert_true (rc_store_get_cohort_retention (fixture->store, fixture->step_up_id, 0, &stored, NULL, NULL));
  g_assert_true (rc_cohort_retention_get_figures (retention, 0, &shown));
  g_assert_cmpuint (shown.qualified, ==, stored.qualified);
  g_assert_cmpuint (shown.retained_24, ==, stored.retained_24);

  /* The demo's first Step Up cohort: 26 of 28 qualified, 25 registered. */
  g_assert_cmpuint (stored.qualified, ==, 26);
  g_assert_cmpuint (stored.registered, ==, 25);
  qualified = rc_cohort_retention_dup_text (retention, 0, RC_RETENTION_COLUMN_QUALIFIED);
  g_assert_cmpstr (qualified, ==, "26");
  registered = rc_cohort_retention_dup_text (retention, 0, RC_RETENTION_COLUMN_REGISTERED);
  percent = rc_rate_format_percent (rc_retention_rate (25, 26));
  expected = g_strdup_printf ("25 (%s)", percent);
  g_assert_cmpstr (registered, ==, expected);
  g_assert_cmpstr (registered, ==, "25 (96.2 %)");

  /* Each host council's figures wait for the tab to be shown: choosing
   * a cohort reads only what its trainees' table shows. */
  g_assert_false (rc_cohort_retention_get_figures (retention, somerset->id, &shown));
  g_assert_true (rc_cohort_retention_get_loading (retention));
  /* Nor are its rows built while the tab is hidden: a national cohort
   * has 154 of them, which took 100 ms and more of the main loop each
   * time the cohort was read again. */
  table = GTK_COLUMN_VIEW (rc_test_find_widget (GTK_WIDGET (retention), GTK_TYPE_COLUMN_VIEW));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (table))), ==, 0);
  {
    GtkStack *stack = GTK_STACK (gtk_widget_get_ancestor (GTK_WIDGET (retention), GTK_TYPE_STACK));

    gtk_stack_set_visible_child_name (stack, "retention");
    rc_test_wait_for_loaded (fixture->page);
    g_assert_false (rc_cohort_retention_get_loading (retention));
    g_assert_true (rc_cohort_retention_get_figures (retention, somerset->id, &shown));
  }
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (table))), ==, 7);

  /* And per host council. */
  g_assert_true (rc_store_get_cohort_retention (fixture->store, fixture->step_up_id, somerset->id,
                                                &stored, NULL, NULL));
  g_clear_pointer (&percent, g_free);
  percent = rc_rate_format_percent (rc_retention_rate (stored.retained_24, stored.qualified));
  somerset_expected = g_strdup_printf ("%u (%s)", stored.retained_24, percent);
  somerset_24 = rc_cohort_retention_dup_text (retention, somerset->id, RC_RETENTION_COLUMN_RETAINED_24);
  g_assert_cmpstr (somerset_24, ==, somerset_expected);
  /* Six councils and the whole cohort. */
  g_assert_cmpuint (g_list_model_get_n_items (rc_cohort_retention_get_rows (retention)), ==, 7);
  save_png (fixture, "cohorts-retention");

  /* Another cohort chosen while the tab is shown: read at once. */
  show_cohort (fixture, fixture->return_id);
  g_assert_false (rc_cohort_retention_get_loading (retention));
  g_assert_true (rc_cohort_retention_get_figures (retention, 0, &shown));
  g_assert_cmpuint (shown.qualified, ==, 12);
}

static void
test_returners (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *eligibility = NULL;
  g_autofree char *too_long = NULL;
  g_autofree char *updating = NULL;
  g_autofree char *registration = NULL;

  show_cohort (fixture, fixture->return_id);
  g_assert_true (rc_trainee_table_get_column_visible (table (fixture), RC_TRAINEE_COLUMN_YEARS_OUT));
  g_assert_true (rc_trainee_table_get_column_visible (table (fixture), RC_TRAINEE_COLUMN_ELIGIBILITY));

  /* Out 1.4 and 7 years when the round took 2 to 5: flagged in words. */
  eligibility = rc_trainee_table_dup_cell_text (table (fixture), find_shown (fixture, "RTSW-13"),
                                                RC_TRAINEE_COLUMN_ELIGIBILITY);
  g_assert_cmpstr (eligibility, ==, "Too recent");
  too_long = rc_trainee_table_dup_cell_text (table (fixture), find_shown (fixture, "RTSW-14"),
                                             RC_TRAINEE_COLUMN_ELIGIBILITY);
  g_assert_cmpstr (too_long, ==, "Too long");

  /* 24 of the 30 days of updating Social Work England asks. */
  updating = rc_trainee_table_dup_cell_text (table (fixture), find_shown (fixture, "RTSW-04"),
                                             RC_TRAINEE_COLUMN_UPDATING);
  g_assert_cmpstr (updating, ==, "24 of 30 days");
  registration = rc_trainee_table_dup_cell_text (table (fixture), find_shown (fixture, "RTSW-04"),
                                                 RC_TRAINEE_COLUMN_REGISTRATION);
  g_assert_true (g_str_has_suffix (registration, " · HCPC"));
  save_png (fixture, "cohorts-returners");
}

static gboolean
report_saved (gpointer pane)
{
  return !rc_trainee_pane_is_saving_report (pane);
}

static void
test_subject_access_report (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autofree char *path = g_build_filename (rc_test_get_tmpdir (), "subject-access-SU1-01.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(RcTrainee) trainee = NULL;
  g_autofree char *name = NULL;
  g_autofree char *contents = NULL;
  GStatBuf info;

  show_cohort (fixture, fixture->step_up_id);
  trainee = get_shown (fixture, "SU1-01");
  rc_cohort_detail_select_trainee (detail (fixture), trainee->id);
  name = rc_trainee_pane_dup_report_name (pane (fixture));
  g_assert_cmpstr (name, ==, "subject-access-SU1-01.txt");

  /* Over an older file, whole, readable by its owner only. */
  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  g_assert_true (rc_trainee_pane_save_report (pane (fixture), file, &error));
  g_assert_no_error (error);
  /* Written in a worker: one report at a time. */
  g_assert_true (rc_trainee_pane_is_saving_report (pane (fixture)));
  g_assert_false (rc_trainee_pane_save_report (pane (fixture), file, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_BUSY);
  g_assert_true (rc_test_wait_for (report_saved, pane (fixture), 10000));
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "Subject access report for trainee SU1-01"));
  g_assert_nonnull (strstr (contents, "Amara"));
  g_assert_cmpint (g_stat (path, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0600);
}

static gboolean
export_written (gpointer detail)
{
  return !rc_cohort_detail_is_exporting (detail);
}

/* "cohort.export" reads and writes in a worker, the actions off until the
 * file is whole: private, as the cohort's rows are about people. */
static void
test_export_in_worker (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *dir = g_build_filename (rc_test_get_tmpdir (), "cohort-export", NULL);
  g_autofree char *path = g_build_filename (dir, "step-up.csv", NULL);
  g_autofree char *contents = NULL;
  GtkFileChooser *chooser;
  GStatBuf info;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  show_cohort (fixture, fixture->step_up_id);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (detail (fixture)), "cohort.export", NULL));
  chooser = rc_test_wait_for_file_chooser ();
  g_assert_nonnull (chooser);
  g_assert_true (rc_test_answer_file_chooser (chooser, dir, "step-up.csv"));
  g_assert_true (rc_cohort_detail_is_exporting (detail (fixture)));
  g_assert_true (rc_test_wait_for (export_written, detail (fixture), 10000));

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "SU1-01"));
  g_assert_cmpint (g_stat (path, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0600);
}

static gboolean
store_released (gpointer store)
{
  /* The fixture's reference alone. */
  return G_OBJECT (store)->ref_count == 1;
}

static gboolean
tick (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/* The worker's task may drop its last reference to the store in the
 * worker thread, after the main loop has run its callback: nothing wakes
 * the main loop then, so it is woken to look again. */
static void
wait_for_release (RcStore *store)
{
  guint id = g_timeout_add (20, tick, NULL);

  g_assert_true (rc_test_wait_for (store_released, store, 30000));
  g_source_remove (id);
}

typedef struct { Fixture *fixture; gboolean exporting; } Drop;

/* Right after the detail started its export, as the chooser answers, and
 * before the main loop runs again: the page goes, as when the window
 * closes. */
static void
drop_page (GtkDialog *chooser,
           int        response,
           Drop      *drop)
{
  drop->exporting = rc_cohort_detail_is_exporting (detail (drop->fixture));
  gtk_window_set_child (drop->fixture->window, NULL);
}

/* The page disposed while its CSV is written: the work does not keep the
 * detail alive, is cancelled, and what comes back touches nothing of it
 * (the sanitizers' build sees any use). The page goes as soon as the
 * export has started, and the cohort holds 40,000 trainees more, so that
 * the worker is still reading then: no file is written, and no temporary
 * one left. */
static void
test_export_disposed (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *dir = g_build_filename (rc_test_get_tmpdir (), "cohort-export-disposed", NULL);
  g_autofree char *path = g_build_filename (dir, "step-up.csv", NULL);
  g_autoptr(GDir) folder = NULL;
  GtkFileChooser *chooser;
  gpointer weak = detail (fixture);
  const char *name;

  g_autoptr(GPtrArray) many = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  Drop drop = { fixture, FALSE };
  gint64 started;

  for (guint i = 0; i < 40000; i++)
    {
      RcTrainee *trainee = rc_trainee_new ();

      trainee->reference = g_strdup_printf ("MANY-%05u", i + 1);
      trainee->given_name = g_strdup ("Sam");
      trainee->family_name = g_strdup ("Many");
      trainee->applied_on = g_strdup ("2016-09-01");
      g_ptr_array_add (many, trainee);
    }
  g_assert_true (rc_store_add_trainees (fixture->store, fixture->step_up_id, many, "Test", NULL, &error));
  g_assert_no_error (error);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  show_cohort (fixture, fixture->step_up_id);
  g_object_add_weak_pointer (weak, &weak);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (detail (fixture)), "cohort.export", NULL));
  chooser = rc_test_wait_for_file_chooser ();
  g_assert_nonnull (chooser);
  g_signal_connect_after (chooser, "response", G_CALLBACK (drop_page), &drop);
  g_assert_true (rc_test_answer_file_chooser (chooser, dir, "step-up.csv"));
  g_assert_true (drop.exporting);
  rc_test_wait_for_null (&weak);

  started = g_get_monotonic_time ();
  wait_for_release (fixture->store);
  g_test_message ("the worker let go %.0f ms after the page went",
                  (g_get_monotonic_time () - started) / 1000.0);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  folder = g_dir_open (dir, 0, NULL);
  while ((name = g_dir_read_name (folder)) != NULL)
    g_assert_false (name[0] == '.');
}

/* The pane disposed while a subject access report is written: the work
 * is cancelled and does not hold the pane; once it lets go of the store,
 * the report is whole or absent, and no temporary file is left. */
static void
test_subject_access_report_disposed (Fixture       *fixture,
                                     gconstpointer  data)
{
  g_autofree char *dir = g_build_filename (rc_test_get_tmpdir (), "report-disposed", NULL);
  g_autofree char *path = g_build_filename (dir, "subject-access-SU1-01.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(RcTrainee) trainee = NULL;
  g_autoptr(GDir) folder = NULL;
  gpointer weak;
  const char *name;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  show_cohort (fixture, fixture->step_up_id);
  trainee = get_shown (fixture, "SU1-01");
  rc_cohort_detail_select_trainee (detail (fixture), trainee->id);
  weak = pane (fixture);
  g_object_add_weak_pointer (weak, &weak);
  g_assert_true (rc_trainee_pane_save_report (pane (fixture), file, &error));
  g_assert_no_error (error);
  g_assert_true (rc_trainee_pane_is_saving_report (pane (fixture)));

  gtk_window_set_child (fixture->window, NULL);
  rc_test_wait_for_null (&weak);

  wait_for_release (fixture->store);
  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_autofree char *contents = NULL;

      g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
      g_assert_nonnull (strstr (contents, "Subject access report for trainee SU1-01"));
    }
  folder = g_dir_open (dir, 0, NULL);
  while ((name = g_dir_read_name (folder)) != NULL)
    g_assert_false (name[0] == '.');
}

static void
test_empty (void)
{
  g_autofree char *path = g_build_filename (rc_test_get_tmpdir (), "empty.db", NULL);
  g_autoptr(GError) error = NULL;
  RcStore *store = rc_store_open (path, &error);
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  GtkWidget *page = rc_cohorts_page_new ();
  GtkStack *stack;

  g_assert_no_error (error);
  gtk_window_set_child (window, page);
  rc_list_page_set_store (RC_LIST_PAGE (RC_COHORTS_PAGE (page)), store);
  gtk_window_present (window);
  g_assert_true (rc_test_wait_for (is_drawn, page, 5000));

  stack = GTK_STACK (rc_test_find_widget (page, GTK_TYPE_STACK));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");
  g_assert_cmpuint (g_list_model_get_n_items (rc_list_page_get_shown (RC_LIST_PAGE (RC_COHORTS_PAGE (page)))), ==, 0);
  g_assert_true (gtk_widget_activate_action (page, "cohorts.new", NULL));
  rc_test_wait_for_frame (page);
  {
    GList *toplevels = gtk_window_list_toplevels ();
    GtkWidget *dialog = NULL;

    for (GList *l = toplevels; l != NULL; l = l->next)
      if (RC_IS_COHORT_DIALOG (l->data))
        dialog = l->data;
    g_list_free (toplevels);

    /* No consortium yet: the dialog says where to make one. */
    g_assert_nonnull (dialog);
    g_assert_true (gtk_widget_has_css_class (allocation_label (dialog), "error"));
    g_assert_false (rc_form_dialog_can_save (RC_FORM_DIALOG (RC_COHORT_DIALOG (dialog))));
    destroy_dialog (dialog);
  }

  g_object_ref (window);
  gtk_window_destroy (window);
  g_assert_finalize_object (window);
  g_assert_finalize_object (store);
}

static gboolean
flap_is_open (gpointer flap)
{
  return adw_flap_get_reveal_progress (flap) >= 1.0;
}

/* The trainee's details slide in: a picture is taken once they are in. */
static void
wait_for_trainee_pane (Fixture *fixture)
{
  GtkWidget *flap = rc_test_find_widget (GTK_WIDGET (detail (fixture)), ADW_TYPE_FLAP);

  g_assert_nonnull (flap);
  g_assert_true (rc_test_wait_for (flap_is_open, flap, 20000));
  rc_test_wait_for_frame (flap);
}

static void
test_narrow (Fixture       *fixture,
             gconstpointer  data)
{
  AdwLeaflet *leaflet = ADW_LEAFLET (rc_test_find_widget (GTK_WIDGET (fixture->page), ADW_TYPE_LEAFLET));
  GtkListView *list = GTK_LIST_VIEW (rc_test_find_widget_with_class (GTK_WIDGET (fixture->page), GTK_TYPE_LIST_VIEW,
                                                                     "navigation-sidebar"));

  g_assert_true (adw_leaflet_get_folded (leaflet));
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "list");
  save_png (fixture, "cohorts-narrow-list");

  /* The fifth row: after the four Return to Social Work cohorts (two of
   * them the LGA's published figures). */
  g_signal_emit_by_name (list, "activate", 4);
  rc_test_wait_for_leaflet (leaflet, "detail");
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "detail");
  g_assert_cmpint (rc_cohort_detail_get_cohort_id (detail (fixture)), ==, fixture->step_up_id);
  save_png (fixture, "cohorts-narrow-detail");

  rc_cohort_detail_select_trainee (detail (fixture), 1);
  wait_for_trainee_pane (fixture);
  save_png (fixture, "cohorts-narrow-trainee");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "cohorts.back", NULL));
  rc_test_wait_for_leaflet (leaflet, "list");
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "list");
}

/* ---- One cohort, four places: the counts agree -------------------------- */

static void
collect_rows (GtkWidget *widget,
              GPtrArray *rows)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      if (RC_IS_COHORT_ROW (child))
        g_ptr_array_add (rows, child);
      else
        collect_rows (child, rows);
    }
}

static gboolean
has_label_containing (GtkWidget  *root,
                      const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    if ((GTK_IS_LABEL (child) && strstr (gtk_label_get_text (GTK_LABEL (child)), text) != NULL)
        || has_label_containing (child, text))
      return TRUE;

  return FALSE;
}

static char *
unzip_member (const char *xlsx,
              const char *member)
{
  const char *argv[] = { "unzip", "-p", xlsx, member, NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  return out;
}

/* The text or value of cell @col@row of a sheet libxlsxwriter wrote in
 * constant memory (inline strings); NULL for an empty cell. */
static char *
sheet_cell (const char *xml,
            char        col,
            guint       row)
{
  g_autofree char *open = g_strdup_printf ("<c r=\"%c%u\"", col, row);
  const char *start = strstr (xml, open);
  const char *close, *end, *t, *v;

  if (start == NULL)
    return NULL;
  close = strchr (start, '>');
  if (close[-1] == '/')
    return NULL;
  end = strstr (start, "</c>");
  if ((t = g_strstr_len (start, end - start, "<t>")) != NULL)
    return g_strndup (t + 3, strstr (t, "</t>") - (t + 3));
  if ((v = g_strstr_len (start, end - start, "<v>")) != NULL)
    return g_strndup (v + 3, strstr (v, "</v>") - (v + 3));

  return NULL;
}

static guint
sheet_row_of (const char *xml,
              const char *name)
{
  for (guint row = 5; row < 40; row++)
    {
      g_autofree char *text = sheet_cell (xml, 'A', row);

      if (g_strcmp0 (text, name) == 0)
        return row;
    }

  return 0;
}

static void
assert_cell_count (const char *xml,
                   char        col,
                   guint       row,
                   guint       expected)
{
  g_autofree char *text = sheet_cell (xml, col, row);

  g_assert_nonnull (text);
  g_assert_cmpuint ((guint) g_ascii_strtoull (text, NULL, 10), ==, expected);
}

/* Each cohort's counts and retention, read where a coordinator reads
 * them: its row in the cohort list, its page, the bid workbook's
 * Outcomes sheet (cells read back from the file) and the Trends page's
 * retention chart. They agree with each other and with the one
 * definition, rc-retention.c; the cohort ending in 2027 reads as it
 * should: applicants are not in training, milestones not due are not
 * 0 %. */
static void
test_counts_agree (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(RcBid) bid = rc_bid_new ();
  g_autoptr(RcCohort) current = rc_store_get_cohort (fixture->store, fixture->current_id, NULL);
  g_autofree char *dir = g_build_filename (rc_test_get_tmpdir (), "agree", NULL);
  g_autofree char *path = g_build_filename (dir, "bid.xlsx", NULL);
  g_autofree char *outcomes = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  GListModel *cohorts = rc_list_page_get_shown (RC_LIST_PAGE (fixture->page));
  GtkWidget *trends = g_object_ref_sink (rc_trends_page_new ());
  const RcLineChart *retention_chart;
  static const char count_cols[RC_N_MILESTONES] = { 'L', 'M', 'N', 'O' };
  static const char share_cols[RC_N_MILESTONES] = { 'P', 'Q', 'R', 'S' };
  static const RcRetentionColumn detail_cols[RC_N_MILESTONES] = {
    RC_RETENTION_COLUMN_REGISTERED, RC_RETENTION_COLUMN_EMPLOYED,
    RC_RETENTION_COLUMN_RETAINED_12, RC_RETENTION_COLUMN_RETAINED_24,
  };

  /* A bid due in 2027: every cohort had started by then. */
  bid->consortium_id = current->consortium_id;
  bid->title = g_strdup ("Return to Social Work: 2027 round");
  bid->funder = g_strdup ("Local Government Association");
  bid->deadline_on = g_strdup ("2027-01-31");
  g_assert_true (rc_store_save_bid (fixture->store, bid, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (rc_bid_workbook_write (fixture->store, bid->id, path, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  outcomes = unzip_member (path, "xl/worksheets/sheet4.xml");

  rc_list_page_set_store (RC_LIST_PAGE (RC_TRENDS_PAGE (trends)), fixture->store);
  rc_test_wait_for_loaded (trends);
  rc_test_wait_for_loaded (fixture->page);
  retention_chart = rc_line_chart_view_get_chart (rc_test_child (RC_TRENDS_PAGE (trends), RC_TYPE_TRENDS_PAGE, "retention_view"));

  collect_rows (GTK_WIDGET (fixture->page), rows);
  g_assert_cmpuint (rows->len, ==, g_list_model_get_n_items (cohorts));
  /* With the LGA's two published funnels, which have no trainees. */
  g_assert_cmpuint (rows->len, ==, 5);

  for (guint i = 0; i < g_list_model_get_n_items (cohorts); i++)
    {
      g_autoptr(RcCohort) cohort = g_list_model_get_item (cohorts, i);
      RcCohortRow *row = NULL;
      RcCohortRetention *table;
      const RcChartSeries *series = NULL;
      g_autofree char *summary = NULL;
      g_autofree char *places = NULL;
      g_autofree char *facts = NULL;
      guint counts[RC_N_STAGES];
      RcRetention r;
      guint at;

      g_assert_true (rc_store_get_cohort_retention (fixture->store, cohort->id, 0, &r, counts, &error));
      g_assert_no_error (error);

      /* The cohort list. */
      for (guint j = 0; j < rows->len; j++)
        if (g_strcmp0 (rc_cohort_row_get_name_text (g_ptr_array_index (rows, j)), cohort->name) == 0)
          row = g_ptr_array_index (rows, j);
      g_assert_nonnull (row);
      summary = rc_cohort_stage_summary (&r, counts);
      g_assert_cmpstr (rc_cohort_row_get_summary_text (row), ==, summary);
      places = g_strdup_printf ("%u/%" G_GINT64_FORMAT, r.filled, cohort->places_funded);
      g_assert_cmpstr (rc_cohort_row_get_places_text (row), ==, places);

      /* The cohort's page. */
      show_cohort (fixture, cohort->id);
      rc_test_flush (50);
      facts = g_strdup_printf ("%u of %" G_GINT64_FORMAT " funded places filled", r.filled, cohort->places_funded);
      g_assert_true (has_label_containing (GTK_WIDGET (detail (fixture)), facts));
      table = RC_COHORT_RETENTION (rc_test_find_widget (GTK_WIDGET (detail (fixture)), RC_TYPE_COHORT_RETENTION));

      /* The workbook's Outcomes sheet. */
      at = sheet_row_of (outcomes, cohort->name);
      g_assert_cmpuint (at, >, 0);
      assert_cell_count (outcomes, 'F', at, r.filled);
      assert_cell_count (outcomes, 'G', at, r.trainees);
      assert_cell_count (outcomes, 'H', at, r.recruiting);
      assert_cell_count (outcomes, 'I', at, r.in_training);
      assert_cell_count (outcomes, 'J', at, r.withdrawn);
      assert_cell_count (outcomes, 'K', at, r.qualified);

      /* The Trends page. */
      for (guint j = 0; j < rc_line_chart_get_n_series (retention_chart); j++)
        if (g_str_equal (rc_line_chart_get_series (retention_chart, j)->label, cohort->name))
          series = rc_line_chart_get_series (retention_chart, j);
      g_assert_true (series != NULL || r.qualified == 0);

      for (guint m = 0; m < RC_N_MILESTONES; m++)
        {
          RcOutcome outcome = rc_retention_get_outcome (&r, m);
          g_autofree char *shown = rc_cohort_retention_dup_text (table, 0, detail_cols[m]);
          g_autofree char *expected = rc_outcome_format (&outcome);
          g_autofree char *count = sheet_cell (outcomes, count_cols[m], at);
          g_autofree char *share = sheet_cell (outcomes, share_cols[m], at);

          g_assert_cmpstr (shown, ==, expected);
          if (outcome.kind == RC_OUTCOME_SHARE)
            {
              g_assert_cmpuint ((guint) g_ascii_strtoull (count, NULL, 10), ==, outcome.count);
              g_assert_cmpfloat_with_epsilon (g_ascii_strtod (share, NULL), outcome.share.value, 1e-9);
              g_assert_true (series->present[1 + m]);
              g_assert_cmpfloat_with_epsilon (series->values[1 + m], outcome.share.value, 1e-12);
            }
          else
            {
              g_assert_cmpstr (count, ==, rc_outcome_get_state_label (&outcome));
              g_assert_cmpstr (share, ==, rc_outcome_get_state_label (&outcome));
              g_assert_true (series == NULL || !series->present[1 + m]);
            }
        }

      /* The cohort ending in 2027, by hand: 3 applying or offered, 6 on
       * placement, 4 qualified (2 registered), 1 withdrawn; 10 of 14
       * places filled; nobody's employment recorded yet. */
      if (cohort->id == fixture->current_id)
        {
          g_autofree char *employed = rc_cohort_retention_dup_text (table, 0, RC_RETENTION_COLUMN_EMPLOYED);
          g_autofree char *registered = rc_cohort_retention_dup_text (table, 0, RC_RETENTION_COLUMN_REGISTERED);

          g_assert_cmpstr (rc_cohort_row_get_summary_text (row), ==,
                           "3 applying · 6 in training · 4 qualified · 1 withdrawn");
          g_assert_cmpstr (rc_cohort_row_get_places_text (row), ==, "10/14");
          g_assert_cmpstr (registered, ==, "2 (50.0 %)");
          g_assert_cmpstr (employed, ==, "not recorded");
          g_assert_cmpfloat_with_epsilon (series->values[1], 0.5, 1e-12);
          g_assert_false (series->present[2]);
        }
    }

  rc_list_page_set_store (RC_LIST_PAGE (RC_TRENDS_PAGE (trends)), NULL);
  g_assert_finalize_object (trends);
}

int
main (int   argc,
      char *argv[])
{
  /* Each dialog is a window of its own; without a GL context for every
   * one of them under Xvfb, the program runs in half the time. */
  g_setenv ("GSK_RENDERER", "cairo", FALSE);
  rc_test_init_gtk (&argc, &argv);

#define ADD(path, func, narrow) \
  g_test_add ("/cohorts-page/" path, Fixture, GINT_TO_POINTER (narrow), fixture_set_up, func, fixture_tear_down)

  ADD ("lists-demo-cohorts", test_lists_demo_cohorts, FALSE);
  ADD ("search-keeps-rows-and-selection", test_search_keeps_rows_and_selection, FALSE);
  ADD ("create-cohort", test_create_cohort, FALSE);
  ADD ("add-trainee", test_add_trainee, FALSE);
  ADD ("move-to-qualified", test_move_to_qualified, FALSE);
  ADD ("impossible-move", test_impossible_move, FALSE);
  ADD ("withdraw", test_withdraw, FALSE);
  ADD ("erase", test_erase, FALSE);
  ADD ("retention", test_retention, FALSE);
  ADD ("counts-agree", test_counts_agree, FALSE);
  ADD ("returners", test_returners, FALSE);
  ADD ("subject-access-report", test_subject_access_report, FALSE);
  ADD ("export-in-worker", test_export_in_worker, FALSE);
  ADD ("export-disposed", test_export_disposed, FALSE);
  ADD ("subject-access-report-disposed", test_subject_access_report_disposed, FALSE);
  ADD ("narrow", test_narrow, TRUE);
  g_test_add_func ("/cohorts-page/empty", test_empty);

#undef ADD

  return g_test_run ();
}
