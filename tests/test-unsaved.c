/* test-unsaved.c: no edit is lost without asking, and lists choose on a
 * click or a key, never on hover
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "import/rc-trainee-import.h"
#include "rc-application.h"
#include "rc-test-util.h"
#include "sample/rc-demo.h"
#include "views/rc-bid-line-dialog.h"
#include "views/rc-bid-status-dialog.h"
#include "views/rc-cohort-dialog.h"
#include "views/rc-consortium-dialog.h"
#include "views/rc-csv-import-dialog.h"
#include "views/rc-move-dialog.h"
#include "views/rc-trainee-dialog.h"
#include "views/rc-bids-page.h"
#include "views/rc-cohorts-page.h"
#include "views/rc-council-detail.h"
#include "views/rc-councils-page.h"
#include "views/rc-workforce-return-dialog.h"
#include "views/rc-window.h"

#define EXPANSION_TITLE "Step Up to Social Work: expansion across the south west"
#define RETURNERS_TITLE "Return to Social Work: south-west returners"

/* Written once; each test opens a copy of its own. */
static char *demo_path;

typedef struct {
  RcStore  *store;
  RcWindow *window;
} Fixture;

static gboolean
is_drawn (gpointer widget)
{
  return gtk_widget_get_mapped (widget) && gtk_widget_get_width (widget) > 0;
}

static RcStore *
open_copy (void)
{
  static guint counter;
  g_autofree char *path = g_strdup_printf ("%s/unsaved-%u.db", rc_test_get_tmpdir (), ++counter);
  g_autoptr(GFile) source = g_file_new_for_path (demo_path);
  g_autoptr(GFile) copy = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  RcStore *store;

  g_assert_true (g_file_copy (source, copy, G_FILE_COPY_NONE, NULL, NULL, NULL, &error));
  store = rc_store_open (path, &error);
  g_assert_no_error (error);

  return store;
}

static gboolean
page_is_built (gpointer data)
{
  Fixture *fixture = data;
  GtkWidget *page = rc_window_get_page (fixture->window, rc_window_get_page_name (fixture->window));

  return page != NULL && is_drawn (page);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  const char *page = data;

  fixture->store = open_copy ();
  fixture->window = rc_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1280, 860);
  rc_window_set_store (fixture->window, fixture->store, FALSE);
  rc_window_show_page (fixture->window, page);
  gtk_window_present (GTK_WINDOW (fixture->window));
  g_assert_true (rc_test_wait_for (page_is_built, fixture, 5000));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (fixture->window != NULL)
    {
      g_object_ref (fixture->window);
      gtk_window_destroy (GTK_WINDOW (fixture->window));
      g_assert_finalize_object (fixture->window);
    }
  g_assert_finalize_object (fixture->store);
}

static RcBidsPage *
bids_page (Fixture *fixture)
{
  return RC_BIDS_PAGE (rc_window_get_page (fixture->window, "bids"));
}

static RcBid *
find_bid (Fixture    *fixture,
          const char *title)
{
  g_autoptr(GListModel) bids = rc_store_list_bids (fixture->store, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (bids); i++)
    {
      g_autoptr(RcBid) bid = g_list_model_get_item (bids, i);

      if (g_str_equal (bid->title, title))
        return g_steal_pointer (&bid);
    }
  g_assert_not_reached ();
}

static GtkListView *
sidebar (GtkWidget *page)
{
  GtkWidget *view = rc_test_find_widget_with_class (page, GTK_TYPE_LIST_VIEW, "navigation-sidebar");

  g_assert_nonnull (view);

  return GTK_LIST_VIEW (view);
}

static GtkSingleSelection *
sidebar_selection (GtkWidget *page)
{
  return GTK_SINGLE_SELECTION (gtk_list_view_get_model (sidebar (page)));
}

/* The bid the list has chosen, or 0. */
static gint64
selected_bid (Fixture *fixture)
{
  RcBid *bid = gtk_single_selection_get_selected_item (sidebar_selection (GTK_WIDGET (bids_page (fixture))));

  return bid != NULL ? bid->id : 0;
}

static GtkWidget *
find_entry_row (GtkWidget  *root,
                const char *row_title)
{
  for (GtkWidget *w = gtk_widget_get_first_child (root); w != NULL; w = gtk_widget_get_next_sibling (w))
    {
      GtkWidget *found;

      if (ADW_IS_ENTRY_ROW (w) && g_str_equal (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (w)), row_title))
        return w;
      if ((found = find_entry_row (w, row_title)) != NULL)
        return found;
    }

  return NULL;
}

static const char *
details_text (RcBidEditor *editor,
              const char  *row_title)
{
  GtkWidget *row = find_entry_row (GTK_WIDGET (rc_test_child (editor, RC_TYPE_BID_EDITOR, "details")), row_title);

  g_assert_nonnull (row);

  return gtk_editable_get_text (GTK_EDITABLE (row));
}

/* Choosing another bid while the editor holds changes asks first, and the
 * list stays on the bid being edited until the answer. */
static void
test_other_bid_asks (Fixture       *fixture,
                     gconstpointer  data)
{
  RcBidsPage *page = bids_page (fixture);
  RcBidEditor *editor = rc_bids_page_get_editor (page);
  RcBidDetails *details = rc_test_child (editor, RC_TYPE_BID_EDITOR, "details");
  g_autoptr(RcBid) returners = find_bid (fixture, RETURNERS_TITLE);
  g_autoptr(RcBid) expansion = find_bid (fixture, EXPANSION_TITLE);
  g_autoptr(RcBid) stored = NULL;

  rc_bids_page_select_bid (page, returners->id);
  g_assert_cmpint (rc_bid_editor_get_bid_id (editor), ==, returners->id);
  g_assert_false (rc_bid_editor_has_unsaved_changes (editor));

  /* Unchanged: another bid is shown at once. */
  rc_bids_page_select_bid (page, expansion->id);
  g_assert_null (rc_test_get_question (fixture->window));
  g_assert_cmpint (rc_bid_editor_get_bid_id (editor), ==, expansion->id);
  rc_bids_page_select_bid (page, returners->id);

  rc_bid_details_set_field (details, RC_BID_FIELD_SCHEME, "Return to Social Work 2017, round two");
  g_assert_true (rc_bid_editor_has_unsaved_changes (editor));
  g_assert_true (rc_bids_page_has_unsaved_changes (page));

  /* Stay: the typing and the list's choice are kept. */
  rc_bids_page_select_bid (page, expansion->id);
  g_assert_nonnull (rc_test_get_question (fixture->window));
  g_assert_cmpint (selected_bid (fixture), ==, returners->id);
  g_assert_cmpint (rc_bid_editor_get_bid_id (editor), ==, returners->id);
  rc_test_answer_question (fixture->window, "cancel");
  g_assert_cmpint (selected_bid (fixture), ==, returners->id);
  g_assert_cmpstr (details_text (editor, "Scheme (optional)"), ==, "Return to Social Work 2017, round two");
  g_assert_true (rc_bid_editor_has_unsaved_changes (editor));

  /* Discard: the other bid, and nothing stored. */
  rc_bids_page_select_bid (page, expansion->id);
  rc_test_answer_question (fixture->window, "discard");
  g_assert_cmpint (selected_bid (fixture), ==, expansion->id);
  g_assert_cmpint (rc_bid_editor_get_bid_id (editor), ==, expansion->id);
  g_assert_false (rc_bid_editor_has_unsaved_changes (editor));
  stored = find_bid (fixture, RETURNERS_TITLE);
  g_assert_cmpstr (stored->scheme, !=, "Return to Social Work 2017, round two");
  g_clear_object (&stored);

  /* Save: stored, then the other bid. */
  rc_bids_page_select_bid (page, returners->id);
  rc_bid_details_set_field (details, RC_BID_FIELD_SCHEME, "Round two");
  rc_bids_page_select_bid (page, expansion->id);
  rc_test_answer_question (fixture->window, "save");
  g_assert_cmpint (rc_bid_editor_get_bid_id (editor), ==, expansion->id);
  stored = find_bid (fixture, RETURNERS_TITLE);
  g_assert_cmpstr (stored->scheme, ==, "Round two");
  g_clear_object (&stored);

  /* A mistake cannot be saved: Save is offered but cannot be chosen. */
  rc_bid_details_set_field (details, RC_BID_FIELD_DEADLINE, "2017-02-30");
  rc_bids_page_select_bid (page, returners->id);
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (rc_test_get_question (fixture->window)),
                                                           "save"));
  rc_test_answer_question (fixture->window, "cancel");
  g_assert_cmpint (rc_bid_editor_get_bid_id (editor), ==, expansion->id);
  g_assert_cmpstr (details_text (editor, "Deadline (YYYY-MM-DD)"), ==, "2017-02-30");

  /* A new bid asks too. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "bids.new", NULL));
  g_assert_nonnull (rc_test_get_question (fixture->window));
  g_assert_false (rc_bid_editor_is_new (editor));
  rc_test_answer_question (fixture->window, "discard");
  g_assert_true (rc_bid_editor_is_new (editor));
  g_assert_cmpint (selected_bid (fixture), ==, 0);
}

/* The budget's lines count as changes too; a click on a row (what GTK does
 * on a click is "listitem.select") is asked about like any choice. */
static void
test_budget_and_click (Fixture       *fixture,
                       gconstpointer  data)
{
  RcBidsPage *page = bids_page (fixture);
  RcBidEditor *editor = rc_bids_page_get_editor (page);
  RcBidBudget *budget = rc_test_child (editor, RC_TYPE_BID_EDITOR, "budget");
  g_autoptr(RcBid) returners = find_bid (fixture, RETURNERS_TITLE);
  GtkWidget *row;
  gint64 first;
  guint n_lines;

  rc_bids_page_select_bid (page, returners->id);
  n_lines = g_list_model_get_n_items (rc_bid_budget_get_lines (budget));
  rc_bid_budget_select_line (budget, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (budget), "budget.delete-line", NULL));
  g_assert_true (rc_bid_editor_has_unsaved_changes (editor));

  /* The first row of the list, clicked. */
  row = gtk_widget_get_first_child (GTK_WIDGET (sidebar (GTK_WIDGET (page))));
  while (row != NULL && !gtk_widget_get_visible (row))
    row = gtk_widget_get_next_sibling (row);
  g_assert_nonnull (row);
  {
    g_autoptr(RcBid) top = g_list_model_get_item (G_LIST_MODEL (sidebar_selection (GTK_WIDGET (page))), 0);
    first = top->id;
  }
  g_assert_cmpint (first, !=, returners->id);
  g_assert_true (gtk_widget_activate_action (row, "listitem.select", "(bb)", FALSE, FALSE));
  g_assert_nonnull (rc_test_get_question (fixture->window));
  g_assert_cmpint (selected_bid (fixture), ==, returners->id);
  g_assert_cmpuint (g_list_model_get_n_items (rc_bid_budget_get_lines (budget)), ==, n_lines - 1);

  rc_test_answer_question (fixture->window, "save");
  g_assert_cmpint (selected_bid (fixture), ==, first);
  g_assert_cmpint (rc_bid_editor_get_bid_id (editor), ==, first);
  {
    g_autoptr(GListModel) stored = rc_store_list_bid_lines (fixture->store, returners->id, NULL);
    g_assert_cmpuint (g_list_model_get_n_items (stored), ==, n_lines - 1);
  }
}

/* Closes @dialog, which has changes: it asks, and Discard closes it. */
static void
discard_after_asking (gpointer dialog)
{
  GtkWidget *weak = dialog;

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &weak);
  gtk_window_close (GTK_WINDOW (dialog));
  g_assert_nonnull (rc_test_get_question (dialog));
  rc_test_answer_question (dialog, "discard");
  rc_test_wait_for_null ((gpointer *) &weak);
}

/* When the database changes underneath (this window's writes, or, with the
 * store's watch, another program's), the page reloads but the editor keeps
 * what was typed and the lines as edited. */
static void
test_reload_keeps_edits (Fixture       *fixture,
                         gconstpointer  data)
{
  RcBidsPage *page = bids_page (fixture);
  RcBidEditor *editor = rc_bids_page_get_editor (page);
  RcBidDetails *details = rc_test_child (editor, RC_TYPE_BID_EDITOR, "details");
  RcBidBudget *budget = rc_test_child (editor, RC_TYPE_BID_EDITOR, "budget");
  g_autoptr(RcBid) returners = find_bid (fixture, RETURNERS_TITLE);
  g_autoptr(RcBid) expansion = find_bid (fixture, EXPANSION_TITLE);
  g_autoptr(GError) error = NULL;
  RcBidLineDialog *dialog;
  guint n_lines;

  rc_bids_page_select_bid (page, returners->id);
  n_lines = g_list_model_get_n_items (rc_bid_budget_get_lines (budget));
  rc_bid_details_set_field (details, RC_BID_FIELD_FUNDER, "Government Equalities Office");
  rc_bid_budget_select_line (budget, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (budget), "budget.delete-line", NULL));

  /* Another bid written, then this one's notes, as another program would. */
  g_free (expansion->notes);
  expansion->notes = g_strdup ("Written elsewhere");
  g_assert_true (rc_store_save_bid (fixture->store, expansion, &error));
  g_assert_no_error (error);
  g_free (returners->notes);
  returners->notes = g_strdup ("Also written elsewhere");
  g_assert_true (rc_store_save_bid (fixture->store, returners, &error));
  g_assert_no_error (error);
  g_signal_emit_by_name (fixture->store, "changed::bid_line", RC_ENTITY_BID_LINE);
  g_signal_emit_by_name (fixture->store, "changed::consortium", RC_ENTITY_CONSORTIUM);
  while (g_main_context_iteration (NULL, FALSE))
    ;

  g_assert_cmpint (rc_bid_editor_get_bid_id (editor), ==, returners->id);
  g_assert_cmpint (selected_bid (fixture), ==, returners->id);
  g_assert_true (rc_bid_editor_has_unsaved_changes (editor));
  g_assert_cmpstr (details_text (editor, "Funder"), ==, "Government Equalities Office");
  g_assert_true (rc_bid_budget_is_dirty (budget));
  g_assert_cmpuint (g_list_model_get_n_items (rc_bid_budget_get_lines (budget)), ==, n_lines - 1);
  g_assert_null (rc_test_get_question (fixture->window));

  /* A line being typed in its dialog survives a change elsewhere too. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (budget), "budget.revert", NULL));
  dialog = RC_BID_LINE_DIALOG (rc_bid_budget_open_line_dialog (budget, 0));
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_BID_LINE_FIELD_DESCRIPTION, "Typed in the dialog");
  g_signal_emit_by_name (fixture->store, "changed::bid_line", RC_ENTITY_BID_LINE);
  g_signal_emit_by_name (fixture->store, "changed::bid", RC_ENTITY_BID);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_nonnull (dialog);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  discard_after_asking (dialog);
}

static GtkWidget *
find_label_containing (GtkWidget  *root,
                       const char *text)
{
  for (GtkWidget *w = gtk_widget_get_first_child (root); w != NULL; w = gtk_widget_get_next_sibling (w))
    {
      GtkWidget *found;

      if (GTK_IS_LABEL (w) && strstr (gtk_label_get_text (GTK_LABEL (w)), text) != NULL)
        return w;
      if ((found = find_label_containing (w, text)) != NULL)
        return found;
    }

  return NULL;
}

static guint
count_bids (RcStore *store)
{
  g_autoptr(GListModel) bids = rc_store_list_bids (store, NULL);

  return g_list_model_get_n_items (bids);
}

/* A bid deleted elsewhere (another window of this store) while this
 * editor holds edits of its details and budget: the edits stay, a banner
 * says what happened, and "Save as New Bid" stores them, budget and all,
 * as a new draft; "Discard Changes" drops them. */
static void
test_deleted_elsewhere (Fixture       *fixture,
                        gconstpointer  data)
{
  RcBidsPage *page = bids_page (fixture);
  RcBidEditor *editor = rc_bids_page_get_editor (page);
  RcBidDetails *details = rc_test_child (editor, RC_TYPE_BID_EDITOR, "details");
  RcBidBudget *budget = rc_test_child (editor, RC_TYPE_BID_EDITOR, "budget");
  g_autoptr(RcBid) expansion = find_bid (fixture, EXPANSION_TITLE);
  g_autoptr(RcBid) created = NULL;
  g_autoptr(GListModel) lines = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *banner;
  guint n_lines, n_bids;
  gint64 new_id;

  rc_bids_page_select_bid (page, expansion->id);
  n_lines = g_list_model_get_n_items (rc_bid_budget_get_lines (budget));
  g_assert_cmpuint (n_lines, >, 1);
  rc_bid_details_set_field (details, RC_BID_FIELD_FUNDER, "Government Equalities Office");
  rc_bid_budget_select_line (budget, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (budget), "budget.delete-line", NULL));

  g_assert_true (rc_store_delete_bid (fixture->store, expansion->id, &error));
  g_assert_no_error (error);
  n_bids = count_bids (fixture->store);
  rc_test_wait_for_loaded (GTK_WIDGET (page));
  while (g_main_context_iteration (NULL, FALSE))
    ;

  /* Kept, and said. */
  g_assert_true (rc_bid_editor_is_deleted_elsewhere (editor));
  g_assert_true (rc_bid_editor_has_unsaved_changes (editor));
  g_assert_cmpstr (details_text (editor, "Funder"), ==, "Government Equalities Office");
  g_assert_cmpuint (g_list_model_get_n_items (rc_bid_budget_get_lines (budget)), ==, n_lines - 1);
  banner = find_label_containing (GTK_WIDGET (editor), "was deleted elsewhere");
  g_assert_nonnull (banner);
  rc_test_wait_for_frame (GTK_WIDGET (fixture->window));
  g_assert_true (gtk_widget_get_mapped (banner));
  g_assert_null (rc_test_get_question (fixture->window));
  {
    /* The application's style sheet, which an AdwApplication loads. */
    g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();
    const char *dir = g_getenv ("RC_TEST_OUTPUT_DIR") ?: ".";
    g_autofree char *png = g_strdup_printf ("%s/bid-deleted-elsewhere.png", dir);
    g_autofree char *dark = g_strdup_printf ("%s/bid-deleted-elsewhere-dark.png", dir);

    gtk_css_provider_load_from_resource (css, RESOURCE_PATH "/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
    rc_test_flush (100);
    g_assert_true (rc_test_save_widget_png (GTK_WIDGET (fixture->window), png));
    adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
    rc_test_flush (100);
    g_assert_true (rc_test_save_widget_png (GTK_WIDGET (fixture->window), dark));
    adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
    gtk_style_context_remove_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css));
  }

  /* Saved as a new draft, with the budget as edited. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "bid.save-as-new", NULL));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  new_id = rc_bid_editor_get_bid_id (editor);
  g_assert_cmpint (new_id, !=, 0);
  g_assert_cmpint (new_id, !=, expansion->id);
  g_assert_false (rc_bid_editor_is_deleted_elsewhere (editor));
  g_assert_false (rc_bid_editor_has_unsaved_changes (editor));
  g_assert_cmpuint (count_bids (fixture->store), ==, n_bids + 1);
  created = rc_store_get_bid (fixture->store, new_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (created->title, ==, EXPANSION_TITLE);
  g_assert_cmpstr (created->funder, ==, "Government Equalities Office");
  g_assert_cmpstr (created->status, ==, "draft");
  lines = rc_store_list_bid_lines (fixture->store, new_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (lines), ==, n_lines - 1);
  g_assert_false (gtk_widget_get_visible (gtk_widget_get_ancestor (banner, GTK_TYPE_BOX)));

  /* The newest bid deleted elsewhere, and another window's new bid given
   * its id by SQLite: that bid is not taken for the one edited here. */
  rc_test_wait_for_loaded (GTK_WIDGET (page));
  {
    g_autoptr(RcBid) filler = rc_bid_new ();
    g_autoptr(RcBid) other = rc_bid_new ();
    g_autoptr(RcBid) stored = NULL;
    gint64 newest;

    g_assert_true (rc_store_delete_bid (fixture->store, new_id, &error));
    g_assert_no_error (error);
    filler->consortium_id = expansion->consortium_id;
    filler->title = g_strdup (RETURNERS_TITLE " (copy)");
    filler->funder = g_strdup ("Local Government Association");
    g_assert_true (rc_store_save_bid (fixture->store, filler, &error));
    g_assert_no_error (error);
    newest = filler->id;
    rc_test_wait_for_loaded (GTK_WIDGET (page));
    rc_bids_page_select_bid (page, newest);
    g_assert_cmpint (rc_bid_editor_get_bid_id (editor), ==, newest);
    rc_bid_details_set_field (details, RC_BID_FIELD_FUNDER, "Government Equalities Office");
    g_assert_true (rc_store_delete_bid (fixture->store, newest, &error));
    other->consortium_id = expansion->consortium_id;
    other->title = g_strdup ("Written in another window");
    other->funder = g_strdup ("Department for Education");
    g_assert_true (rc_store_save_bid (fixture->store, other, &error));
    g_assert_no_error (error);
    while (g_main_context_iteration (NULL, FALSE))
      ;
    g_assert_true (rc_bid_editor_is_deleted_elsewhere (editor));
    g_assert_cmpstr (details_text (editor, "Funder"), ==, "Government Equalities Office");
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "bid.save-as-new", NULL));
    while (g_main_context_iteration (NULL, FALSE))
      ;
    g_assert_false (rc_bid_editor_is_deleted_elsewhere (editor));
    g_assert_cmpint (rc_bid_editor_get_bid_id (editor), !=, other->id);
    stored = rc_store_get_bid (fixture->store, other->id, &error);
    g_assert_cmpstr (stored->funder, ==, "Department for Education");
    g_clear_object (&stored);
    stored = rc_store_get_bid (fixture->store, rc_bid_editor_get_bid_id (editor), &error);
    g_assert_cmpstr (stored->title, ==, RETURNERS_TITLE " (copy)");
    g_assert_cmpstr (stored->funder, ==, "Government Equalities Office");
    new_id = stored->id;
    n_bids = count_bids (fixture->store) - 1;
    /* SQLite did give the id again. */
    g_assert_cmpint (other->id, ==, newest);
  }

  /* Deleted elsewhere again under a new edit: discarded, nothing saved. */
  rc_test_wait_for_loaded (GTK_WIDGET (page));
  rc_bid_details_set_field (details, RC_BID_FIELD_FUNDER, "Local Government Association");
  g_assert_true (rc_store_delete_bid (fixture->store, new_id, &error));
  g_assert_no_error (error);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_true (rc_bid_editor_is_deleted_elsewhere (editor));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "bid.discard-deleted", NULL));
  g_assert_false (rc_bid_editor_is_deleted_elsewhere (editor));
  g_assert_false (rc_bid_editor_has_unsaved_changes (editor));
  g_assert_cmpint (rc_bid_editor_get_bid_id (editor), ==, 0);
  g_assert_cmpuint (count_bids (fixture->store), ==, n_bids);
}

static void
type_return (RcWorkforceReturnDialog *dialog)
{
  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_RETURN_FIELD_YEAR, "2030");
  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_RETURN_FIELD_IN_POST, "101.5");
}

static guint
count_returns (RcStore   *store,
               RcCouncil *council)
{
  g_autoptr(GListModel) returns = rc_store_list_council_returns (store, council->id, NULL);

  return g_list_model_get_n_items (returns);
}

/* Closing the window (Ctrl+W, its close button, app.quit all close it)
 * asks once, however many things are unsaved, and Cancel keeps them all. */
static void
test_window_close_asks_once (Fixture       *fixture,
                             gconstpointer  data)
{
  RcBidsPage *page = bids_page (fixture);
  RcBidEditor *editor = rc_bids_page_get_editor (page);
  g_autoptr(RcBid) returners = find_bid (fixture, RETURNERS_TITLE);
  g_autoptr(RcCouncil) somerset = rc_store_find_council_by_code (fixture->store, "E06000066", NULL);
  RcWindow *window = fixture->window;
  RcWorkforceReturnDialog *dialog;
  GtkWidget *question;
  guint before = count_returns (fixture->store, somerset);
  g_autoptr(RcBid) stored = NULL;

  /* Nothing unsaved: no question. */
  g_assert_false (rc_window_has_unsaved_changes (window));

  rc_bids_page_select_bid (page, returners->id);
  rc_bid_details_set_field (rc_test_child (editor, RC_TYPE_BID_EDITOR, "details"), RC_BID_FIELD_SCHEME, "Round three");
  rc_bid_budget_select_line (rc_test_child (editor, RC_TYPE_BID_EDITOR, "budget"), 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (rc_test_child (editor, RC_TYPE_BID_EDITOR, "budget")),
                                             "budget.delete-line", NULL));
  dialog = RC_WORKFORCE_RETURN_DIALOG (rc_workforce_return_dialog_new (GTK_WINDOW (window), fixture->store, somerset, NULL));
  gtk_window_present (GTK_WINDOW (dialog));
  type_return (dialog);
  g_assert_true (rc_window_has_unsaved_changes (window));

  /* One question, naming the bid and the dialog; Cancel keeps everything. */
  gtk_window_close (GTK_WINDOW (window));
  question = rc_test_get_question (window);
  g_assert_nonnull (question);
  g_assert_null (rc_test_get_question (dialog));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (question)), RETURNERS_TITLE));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (question)), "New Workforce Return"));
  /* Asked again while it is open: still one. */
  gtk_window_close (GTK_WINDOW (window));
  g_assert_true (rc_test_get_question (window) == question);
  rc_test_answer_question (window, "cancel");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_true (rc_bid_editor_has_unsaved_changes (editor));

  /* Save: the bid's details and budget, and the return, then it closes. */
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &fixture->window);
  gtk_window_close (GTK_WINDOW (window));
  rc_test_answer_question (window, "save");
  g_assert_null (fixture->window);
  stored = find_bid (fixture, RETURNERS_TITLE);
  g_assert_cmpstr (stored->scheme, ==, "Round three");
  g_assert_cmpuint (count_returns (fixture->store, somerset), ==, before + 1);
}

static void
test_window_close_discards (Fixture       *fixture,
                            gconstpointer  data)
{
  RcBidsPage *page = bids_page (fixture);
  RcBidEditor *editor = rc_bids_page_get_editor (page);
  g_autoptr(RcBid) returners = find_bid (fixture, RETURNERS_TITLE);
  g_autoptr(RcCouncil) somerset = rc_store_find_council_by_code (fixture->store, "E06000066", NULL);
  guint before = count_returns (fixture->store, somerset);
  RcWindow *window = fixture->window;
  RcWorkforceReturnDialog *dialog;
  g_autoptr(RcBid) stored = NULL;

  rc_bids_page_select_bid (page, returners->id);
  rc_bid_details_set_field (rc_test_child (editor, RC_TYPE_BID_EDITOR, "details"), RC_BID_FIELD_SCHEME, "Round four");
  dialog = RC_WORKFORCE_RETURN_DIALOG (rc_workforce_return_dialog_new (GTK_WINDOW (window), fixture->store, somerset, NULL));
  gtk_window_present (GTK_WINDOW (dialog));
  type_return (dialog);

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &fixture->window);
  gtk_window_close (GTK_WINDOW (window));
  rc_test_answer_question (window, "discard");
  g_assert_null (fixture->window);
  stored = find_bid (fixture, RETURNERS_TITLE);
  g_assert_cmpstr (stored->scheme, !=, "Round four");
  g_assert_cmpuint (count_returns (fixture->store, somerset), ==, before);
}

/* GTK's single-click-activate made the rows select themselves when the
 * pointer entered them: leaving a dialog over a row switched the council,
 * and the next Delete removed another council's return. */
static void
hover_over_every_row (GtkListView *view)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (view));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (row);

      for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
        {
          g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

          /* What GTK runs when the pointer enters the row. */
          if (GTK_IS_EVENT_CONTROLLER_MOTION (controller))
            g_signal_emit_by_name (controller, "enter", 10.0, 10.0);
        }
    }
}

static void
test_hover_does_not_select (Fixture       *fixture,
                            gconstpointer  data)
{
  const char *name = data;
  GtkWidget *page = rc_window_get_page (fixture->window, name);
  GtkListView *view = sidebar (page);
  GtkSingleSelection *selection = sidebar_selection (page);
  guint before = gtk_single_selection_get_selected (selection);
  GtkWidget *row;

  g_assert_false (gtk_list_view_get_single_click_activate (view));
  g_assert_cmpuint (before, !=, GTK_INVALID_LIST_POSITION);
  hover_over_every_row (view);
  g_assert_cmpuint (gtk_single_selection_get_selected (selection), ==, before);

  /* A click chooses: the row's own "select" is what a click runs. */
  for (row = gtk_widget_get_first_child (GTK_WIDGET (view)); row != NULL; row = gtk_widget_get_next_sibling (row))
    if (gtk_widget_get_visible (row) && gtk_widget_get_next_sibling (row) != NULL)
      break;
  row = gtk_widget_get_next_sibling (row);
  g_assert_true (gtk_widget_activate_action (row, "listitem.select", "(bb)", FALSE, FALSE));
  g_assert_cmpuint (gtk_single_selection_get_selected (selection), !=, before);
}

/* The incident itself: a return deleted on the council that was chosen,
 * whatever the pointer passed over, and its toast names the council and
 * offers Undo. */
static GtkWidget *
find_button_labelled (GtkWidget  *root,
                      const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (child)), label) == 0)
        return child;
      if ((found = find_button_labelled (child, label)) != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
find_label_text (GtkWidget  *root,
                 const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_LABEL (child) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (child)), text) == 0)
        return child;
      if ((found = find_label_text (child, text)) != NULL)
        return found;
    }

  return NULL;
}

static gboolean
has_undo (gpointer window)
{
  return find_button_labelled (window, "_Undo") != NULL;
}

/* A toast answered goes away, with an animation that must be let finish:
 * a window destroyed in the middle of it keeps the toast, and what its
 * Undo holds, for ever. */
static gboolean
has_no_undo (gpointer window)
{
  return !has_undo (window);
}

typedef struct {
  RcCouncilDetail *detail;
  guint            n;
} ShownReturns;

static gboolean
shows_returns (gpointer data)
{
  ShownReturns *shown = data;

  return g_list_model_get_n_items (rc_council_detail_get_returns (shown->detail)) == shown->n;
}

static void
test_delete_return_keeps_undo (Fixture       *fixture,
                               gconstpointer  data)
{
  RcCouncilsPage *page = RC_COUNCILS_PAGE (rc_window_get_page (fixture->window, "councils"));
  RcCouncilDetail *detail = RC_COUNCIL_DETAIL (rc_councils_page_get_detail (page));
  g_autoptr(RcCouncil) bath = rc_store_find_council_by_code (fixture->store, "E06000022", NULL);
  g_autoptr(RcWorkforceReturn) first = NULL;
  g_autofree char *toast = NULL;
  guint before;

  rc_councils_page_select_council (page, bath->id);
  before = count_returns (fixture->store, bath);
  hover_over_every_row (sidebar (GTK_WIDGET (page)));
  g_assert_cmpint (rc_council_detail_get_council_id (detail), ==, bath->id);

  rc_council_detail_select_return (detail, 0);
  first = g_list_model_get_item (rc_council_detail_get_returns (detail), 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (detail), "council.delete-return", NULL));
  g_assert_cmpuint (count_returns (fixture->store, bath), ==, before - 1);

  g_assert_true (rc_test_wait_for (has_undo, fixture->window, 5000));
  toast = g_strdup_printf ("Return for %d of %s deleted", (int) first->year, bath->name);
  g_test_message ("The toast: %s", toast);
  g_assert_nonnull (find_label_text (GTK_WIDGET (fixture->window), toast));
  g_signal_emit_by_name (find_button_labelled (GTK_WIDGET (fixture->window), "_Undo"), "clicked");
  g_assert_cmpuint (count_returns (fixture->store, bath), ==, before);
  /* Shown again once the page has read it back. */
  g_assert_true (rc_test_wait_for (shows_returns, &(ShownReturns) { detail, before }, 5000));
  g_assert_true (rc_test_wait_for (has_no_undo, fixture->window, 5000));
}

static void
test_delete_line_keeps_undo (Fixture       *fixture,
                             gconstpointer  data)
{
  RcBidEditor *editor = rc_bids_page_get_editor (bids_page (fixture));
  RcBidBudget *budget = rc_test_child (editor, RC_TYPE_BID_EDITOR, "budget");
  g_autoptr(RcBid) returners = find_bid (fixture, RETURNERS_TITLE);
  g_autoptr(RcBidLine) second = NULL;
  g_autoptr(RcBidLine) back = NULL;
  guint n;

  rc_bids_page_select_bid (bids_page (fixture), returners->id);
  n = g_list_model_get_n_items (rc_bid_budget_get_lines (budget));
  second = g_list_model_get_item (rc_bid_budget_get_lines (budget), 1);
  rc_bid_budget_select_line (budget, 1);
  /* The Delete key runs this. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (budget), "budget.delete-line", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (rc_bid_budget_get_lines (budget)), ==, n - 1);

  g_assert_true (rc_test_wait_for (has_undo, fixture->window, 5000));
  g_assert_nonnull (find_label_text (GTK_WIDGET (fixture->window), "Budget line deleted"));
  g_signal_emit_by_name (find_button_labelled (GTK_WIDGET (fixture->window), "_Undo"), "clicked");
  g_assert_cmpuint (g_list_model_get_n_items (rc_bid_budget_get_lines (budget)), ==, n);
  back = g_list_model_get_item (rc_bid_budget_get_lines (budget), 1);
  g_assert_cmpint (back->unit_cost_pence, ==, second->unit_cost_pence);
  g_assert_cmpstr (back->category, ==, second->category);
}

/* On a narrow window, a click (not a hover) on a row opens what it chose. */
static void
test_narrow_click_opens (void)
{
  g_autoptr(RcStore) store = open_copy ();
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  RcBidsPage *page = RC_BIDS_PAGE (rc_bids_page_new ());
  AdwLeaflet *leaflet;
  GtkListView *view;
  GtkWidget *row;
  GtkEventController *click = NULL;
  g_autoptr(GListModel) controllers = NULL;
  graphene_point_t point;

  gtk_window_set_default_size (window, 360, 720);
  rc_list_page_set_store (RC_LIST_PAGE (page), store);
  gtk_window_set_child (window, GTK_WIDGET (page));
  gtk_window_present (window);
  g_assert_true (rc_test_wait_for (is_drawn, page, 5000));
  leaflet = ADW_LEAFLET (rc_test_find_widget (GTK_WIDGET (page), ADW_TYPE_LEAFLET));
  g_assert_true (adw_leaflet_get_folded (leaflet));
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "list");

  view = sidebar (GTK_WIDGET (page));
  hover_over_every_row (view);
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "list");

  controllers = gtk_widget_observe_controllers (GTK_WIDGET (view));
  for (guint i = 0; i < g_list_model_get_n_items (controllers) && click == NULL; i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (g_strcmp0 (gtk_event_controller_get_name (controller), "rc-choose-on-click") == 0)
        click = controller;
    }
  g_assert_nonnull (click);

  /* The release of a click on the second row; the row's own gesture
   * selects it then. */
  row = gtk_widget_get_next_sibling (gtk_widget_get_first_child (GTK_WIDGET (view)));
  g_assert_true (gtk_widget_compute_point (row, GTK_WIDGET (view), &GRAPHENE_POINT_INIT (20, 10), &point));
  g_signal_emit_by_name (click, "released", 1, (double) point.x, (double) point.y);
  g_assert_true (gtk_widget_activate_action (row, "listitem.select", "(bb)", FALSE, FALSE));
  for (guint i = 0; i < 100 && g_main_context_iteration (NULL, FALSE); i++)
    ;
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "detail");

  g_object_ref (window);
  gtk_window_destroy (window);
  g_assert_finalize_object (window);
}

/* Every editing dialog: Escape with nothing changed closes it at once;
 * with a field changed it asks, and Cancel keeps it open. */
static RcCohort *
find_cohort (RcStore  *store,
             gboolean  returners)
{
  g_autoptr(GListModel) cohorts = rc_store_list_cohorts (store, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (cohorts); i++)
    {
      g_autoptr(RcCohort) cohort = g_list_model_get_item (cohorts, i);

      if (g_str_has_prefix (cohort->name, "Step Up") != returners)
        return g_steal_pointer (&cohort);
    }
  g_assert_not_reached ();
}

static GtkWidget *
new_dialog (Fixture *fixture,
            guint    which)
{
  GtkWindow *parent = GTK_WINDOW (fixture->window);
  RcStore *store = fixture->store;
  g_autoptr(RcCouncil) somerset = rc_store_find_council_by_code (store, "E06000066", NULL);
  g_autoptr(RcCohort) returners = find_cohort (store, TRUE);
  g_autoptr(RcCohort) step_up = find_cohort (store, FALSE);
  g_autoptr(GListModel) trainees = rc_store_list_trainees (store, step_up->id, NULL);
  g_autoptr(RcTrainee) trainee = g_list_model_get_item (trainees, 0);
  g_autoptr(RcBid) bid = find_bid (fixture, EXPANSION_TITLE);
  g_autoptr(GListStore) councils = g_list_store_new (RC_TYPE_COUNCIL);
  g_autofree char *csv = g_build_filename (rc_test_get_tmpdir (), "trainees.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (csv);

  g_list_store_append (councils, somerset);
  g_assert_true (g_file_set_contents (csv, "ID,Forename,Surname,Council\nSU1-90,Alex,Morgan,E06000066\n", -1, NULL));

  switch (which)
    {
    case 0: return rc_workforce_return_dialog_new (parent, store, somerset, NULL);
    case 1: return rc_trainee_dialog_new (parent, store, returners, NULL);
    case 2: return rc_cohort_dialog_new (parent, store, step_up);
    case 3: return rc_move_dialog_new (parent, store, step_up, trainee);
    case 4: return rc_bid_line_dialog_new (parent, G_LIST_MODEL (councils), NULL);
    case 5: return rc_bid_status_dialog_new (parent, store, bid);
    case 6: return rc_consortium_dialog_new (parent, store, 0);
    case 7:
      {
        g_autoptr(RcTraineeImport) plan = rc_trainee_import_new (store, step_up->id);

        return rc_csv_import_dialog_new (parent, RC_IMPORT_PLAN (plan), file);
      }
    default: return NULL;
    }
}

static gboolean
is_loaded (gpointer dialog)
{
  return !RC_IS_CSV_IMPORT_DIALOG (dialog)
         || g_strcmp0 (rc_csv_import_dialog_get_step (dialog), "mapping") == 0;
}

/* What Escape does in @dialog: the action its Escape key is bound to. */
static void
press_escape (GtkWidget *dialog)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (dialog);
  g_autoptr(GtkShortcutTrigger) escape = gtk_keyval_trigger_new (GDK_KEY_Escape, 0);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);

          if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), escape)
              && GTK_IS_NAMED_ACTION (gtk_shortcut_get_action (shortcut)))
            {
              g_assert_true (gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, dialog, NULL));
              return;
            }
        }
    }
  g_error ("%s binds no action to Escape", G_OBJECT_TYPE_NAME (dialog));
}

static GtkWidget *
find_field (GtkWidget *root)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_TEXT (child) && gtk_widget_get_mapped (child)
          && gtk_widget_get_ancestor (child, GTK_TYPE_SEARCH_ENTRY) == NULL)
        return child;
      if ((found = find_field (child)) != NULL)
        return found;
    }

  return NULL;
}

/* Types into the first field, or picks another choice in the first
 * drop-down of a dialog without fields. */
static void
change_a_field (GtkWidget *root)
{
  GtkWidget *text = find_field (root);
  GtkWidget *drop_down;

  if (text != NULL)
    {
      g_autofree char *changed = g_strconcat (gtk_editable_get_text (GTK_EDITABLE (text)), "5", NULL);

      gtk_editable_set_text (GTK_EDITABLE (text), changed);
      return;
    }

  drop_down = rc_test_find_widget (root, GTK_TYPE_DROP_DOWN);
  g_assert_nonnull (drop_down);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (drop_down), gtk_drop_down_get_selected (GTK_DROP_DOWN (drop_down)) == 0);
}

static void
test_every_dialog_asks (Fixture       *fixture,
                        gconstpointer  data)
{
  for (guint i = 0; i < 8; i++)
    {
      GtkWidget *dialog = new_dialog (fixture, i);
      GtkWidget *weak = dialog;

      g_test_message ("%s", G_OBJECT_TYPE_NAME (dialog));
      g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &weak);
      gtk_window_present (GTK_WINDOW (dialog));
      g_assert_true (rc_test_wait_for (is_loaded, dialog, 10000));
      press_escape (dialog);
      if (weak != NULL)
        g_assert_null (rc_test_get_question (weak));
      rc_test_wait_for_null ((gpointer *) &weak);

      dialog = weak = new_dialog (fixture, i);
      g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &weak);
      gtk_window_present (GTK_WINDOW (dialog));
      g_assert_true (rc_test_wait_for (is_loaded, dialog, 10000));
      change_a_field (dialog);
      press_escape (dialog);
      g_assert_nonnull (rc_test_get_question (dialog));
      rc_test_answer_question (dialog, "cancel");
      g_assert_nonnull (weak);
      g_assert_true (gtk_widget_get_visible (dialog));
      discard_after_asking (dialog);
    }
}

/* app.quit (Ctrl+Q) and opening a database ask the window first. */
static gboolean
app_shows_main (gpointer app)
{
  GList *windows = gtk_application_get_windows (app);

  return windows != NULL && RC_IS_WINDOW (windows->data)
         && g_strcmp0 (gtk_stack_get_visible_child_name (rc_test_child (windows->data, RC_TYPE_WINDOW, "state_stack")), "main") == 0;
}

static gboolean
bids_page_is_built (gpointer window)
{
  GtkWidget *page = rc_window_get_page (window, "bids");

  return page != NULL && is_drawn (page);
}

static gboolean
drive_app (gpointer app)
{
  RcWindow *window;
  RcStore *store;
  RcBidEditor *editor;

  g_action_group_activate_action (G_ACTION_GROUP (app), "open-demo", NULL);
  g_assert_true (rc_test_wait_for (app_shows_main, app, 10000));
  window = RC_WINDOW (gtk_application_get_windows (app)->data);
  store = rc_window_get_store (window);
  rc_window_show_page (window, "bids");
  g_assert_true (rc_test_wait_for (bids_page_is_built, window, 5000));
  editor = rc_bids_page_get_editor (RC_BIDS_PAGE (rc_window_get_page (window, "bids")));
  g_assert_cmpint (rc_bid_editor_get_bid_id (editor), !=, 0);
  rc_bid_details_set_field (rc_test_child (editor, RC_TYPE_BID_EDITOR, "details"), RC_BID_FIELD_SCHEME, "Typed, not saved");

  /* Quit asks; Cancel keeps the window and what was typed. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  g_assert_nonnull (rc_test_get_question (window));
  rc_test_answer_question (window, "cancel");
  g_assert_true (gtk_application_get_windows (app)->data == window);
  g_assert_true (rc_bid_editor_has_unsaved_changes (editor));

  /* Opening a database asks too; Cancel keeps this one. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "open-demo", NULL);
  g_assert_nonnull (rc_test_get_question (window));
  rc_test_answer_question (window, "cancel");
  g_assert_true (rc_window_get_store (window) == store);
  g_assert_true (rc_bid_editor_has_unsaved_changes (editor));

  /* Quit, Discard: the application ends (g_application_run() returns). */
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  rc_test_answer_question (window, "discard");

  return G_SOURCE_REMOVE;
}

static void
on_app_activate (GApplication *app)
{
  g_idle_add (drive_app, app);
}

static void
test_app_quit_asks (void)
{
  g_autoptr(RcApplication) app = rc_application_new ();
  char *argv[] = { (char *) "return-coordinator", NULL };

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_signal_connect_after (app, "activate", G_CALLBACK (on_app_activate), NULL);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 1, argv), ==, 0);
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (app)));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  /* No pictures here: the software renderer spares every window the GL
   * shaders that the suite compiles afresh (MESA_SHADER_CACHE_DISABLE). */
  g_setenv ("GSK_RENDERER", "cairo", FALSE);
  rc_test_init_gtk (&argc, &argv);
  demo_path = g_build_filename (rc_test_get_tmpdir (), "demo.db", NULL);
  g_assert_true (rc_demo_write (demo_path, &error));
  g_assert_no_error (error);

#define ADD(path, func, page) \
  g_test_add ("/unsaved/" path, Fixture, page, fixture_set_up, func, fixture_tear_down)

  ADD ("other-bid-asks", test_other_bid_asks, "bids");
  ADD ("budget-and-click", test_budget_and_click, "bids");
  ADD ("reload-keeps-edits", test_reload_keeps_edits, "bids");
  ADD ("deleted-elsewhere", test_deleted_elsewhere, "bids");
  ADD ("window-close-asks-once", test_window_close_asks_once, "bids");
  ADD ("window-close-discards", test_window_close_discards, "bids");
  ADD ("delete-line-keeps-undo", test_delete_line_keeps_undo, "bids");
  ADD ("every-dialog-asks", test_every_dialog_asks, "bids");
  ADD ("delete-return-keeps-undo", test_delete_return_keeps_undo, "councils");
  ADD ("hover/bids", test_hover_does_not_select, "bids");
  ADD ("hover/councils", test_hover_does_not_select, "councils");
  ADD ("hover/cohorts", test_hover_does_not_select, "cohorts");
  g_test_add_func ("/unsaved/narrow-click-opens", test_narrow_click_opens);
  g_test_add_func ("/unsaved/app-quit-asks", test_app_quit_asks);

#undef ADD

  status = g_test_run ();
  g_free (demo_path);

  return status;
}
