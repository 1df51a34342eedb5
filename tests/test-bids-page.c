/* test-bids-page.c: the bids page driven as a coordinator would
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "rc-test-util.h"
#include "sample/rc-demo.h"
#include "export/rc-bid-workbook.h"
#include "views/rc-export-bar.h"
#include "views/rc-bid-line-dialog.h"
#include "views/rc-bid-status-dialog.h"
#include "views/rc-bid-totals-view.h"
#include "views/rc-bids-page.h"

/* The demo's bids, by deadline. */
#define FIRST_COHORT_TITLE "Step Up to Social Work: south-west partnership, first cohort"
#define EXPANSION_TITLE    "Step Up to Social Work: expansion across the south west"
#define RETURNERS_TITLE    "Return to Social Work: south-west returners"

/* Written once; each test opens a copy of its own. */
static char *demo_path;

typedef struct {
  RcStore    *store;
  GtkWindow  *window;
  RcBidsPage *page;
} Fixture;

static gboolean
is_drawn (gpointer widget)
{
  return gtk_widget_get_mapped (widget) && gtk_widget_get_width (widget) > 0;
}

/* The budget's overall total as shown, such as "£1,234.56". */
static const char *
total_text (gpointer budget)
{
  return gtk_label_get_text (rc_test_child (rc_test_child (budget, RC_TYPE_BID_BUDGET, "totals_view"),
                                            RC_TYPE_BID_TOTALS_VIEW, "total_label"));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  static guint counter;
  g_autofree char *path = g_strdup_printf ("%s/bids-%u.db", rc_test_get_tmpdir (), ++counter);
  g_autoptr(GFile) source = g_file_new_for_path (demo_path);
  g_autoptr(GFile) copy = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  gboolean narrow = GPOINTER_TO_INT (data);

  g_assert_true (g_file_copy (source, copy, G_FILE_COPY_NONE, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  fixture->store = rc_store_open (path, &error);
  g_assert_no_error (error);

  /* The page is not in the main window yet: a plain window holds it. */
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, narrow ? 360 : 1280, narrow ? 720 : 800);
  fixture->page = RC_BIDS_PAGE (rc_bids_page_new ());
  rc_list_page_set_store (RC_LIST_PAGE (fixture->page), fixture->store);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->page));
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

  return NULL;
}

static guint
n_shown (Fixture *fixture)
{
  return g_list_model_get_n_items (rc_list_page_get_shown (RC_LIST_PAGE (fixture->page)));
}

static GtkWidget *
find_shown_label (GtkWidget  *root,
                  const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_LABEL (child) && gtk_widget_is_visible (child)
          && g_strcmp0 (gtk_label_get_text (GTK_LABEL (child)), text) == 0)
        return child;
      if ((found = find_shown_label (child, text)) != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
list_view (Fixture *fixture)
{
  return rc_test_find_widget_with_class (GTK_WIDGET (fixture->page), GTK_TYPE_LIST_VIEW, "navigation-sidebar");
}

/* The text of the one row label with @css_class, or NULL. */
static const char *
row_label (Fixture    *fixture,
           const char *css_class)
{
  GtkWidget *label = rc_test_find_widget_with_class (list_view (fixture), GTK_TYPE_LABEL, css_class);

  return label != NULL && gtk_widget_get_mapped (label) ? gtk_label_get_text (GTK_LABEL (label)) : NULL;
}

static GtkDropDown *
dropdown (Fixture *fixture,
          guint    which)
{
  GtkWidget *status = rc_test_find_widget (GTK_WIDGET (fixture->page), GTK_TYPE_DROP_DOWN);

  /* The sidebar has the status, then the funder. */
  return GTK_DROP_DOWN (which == 0 ? status : gtk_widget_get_next_sibling (status));
}

static RcBidEditor *
select_bid (Fixture    *fixture,
            const char *title)
{
  g_autoptr(RcBid) bid = find_bid (fixture, title);
  RcBidEditor *editor = rc_bids_page_get_editor (fixture->page);

  g_assert_nonnull (bid);
  rc_bids_page_select_bid (fixture->page, bid->id);
  rc_test_wait_for_frame (fixture->page);
  g_assert_cmpint (rc_bid_editor_get_bid_id (editor), ==, bid->id);

  return editor;
}

static void
test_lists_the_demo (Fixture       *fixture,
                     gconstpointer  data)
{
  static const struct { const char *title; const char *status; } expected[] = {
    { FIRST_COHORT_TITLE, "awarded" },
    { EXPANSION_TITLE, "submitted" },
    { RETURNERS_TITLE, "part_awarded" },
  };
  GListModel *shown = rc_list_page_get_shown (RC_LIST_PAGE (fixture->page));
  g_autoptr(RcBid) first = NULL;

  g_assert_cmpuint (n_shown (fixture), ==, 3);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(RcBid) bid = g_list_model_get_item (shown, i);

      g_assert_cmpstr (bid->title, ==, expected[i].title);
      g_assert_cmpstr (bid->status, ==, expected[i].status);
    }

  /* Each status is a word with its own style class, not a colour alone. */
  g_assert_cmpstr (row_label (fixture, "bid-status-awarded"), ==, "Awarded");
  g_assert_cmpstr (row_label (fixture, "bid-status-submitted"), ==, "Submitted");
  g_assert_cmpstr (row_label (fixture, "bid-status-part_awarded"), ==, "Part-awarded");

  /* The page opens on the first bid. */
  first = g_list_model_get_item (shown, 0);
  g_assert_cmpint (rc_bid_editor_get_bid_id (rc_bids_page_get_editor (fixture->page)), ==, first->id);
}

static void
test_filters_narrow (Fixture       *fixture,
                     gconstpointer  data)
{
  GtkDropDown *status = dropdown (fixture, 0);
  GtkDropDown *funder = dropdown (fixture, 1);
  GtkStack *list_stack = GTK_STACK (gtk_widget_get_ancestor (list_view (fixture), GTK_TYPE_STACK));
  g_autoptr(RcBid) bid = NULL;

  /* All, Draft, Submitted, Awarded, Part-awarded, Rejected, Withdrawn. */
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (status)), ==, 7);
  gtk_drop_down_set_selected (status, 2);
  g_assert_cmpuint (n_shown (fixture), ==, 1);
  bid = g_list_model_get_item (rc_list_page_get_shown (RC_LIST_PAGE (fixture->page)), 0);
  g_assert_cmpstr (bid->title, ==, EXPANSION_TITLE);

  gtk_drop_down_set_selected (status, 1);
  g_assert_cmpuint (n_shown (fixture), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (list_stack), ==, "no-match");

  gtk_drop_down_set_selected (status, 0);
  g_assert_cmpuint (n_shown (fixture), ==, 3);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (list_stack), ==, "list");

  /* All funders, then the DfE and the LGA. */
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (funder)), ==, 3);
  gtk_drop_down_set_selected (funder, 2);
  g_assert_cmpuint (n_shown (fixture), ==, 1);
  gtk_drop_down_set_selected (funder, 1);
  g_assert_cmpuint (n_shown (fixture), ==, 2);
  gtk_drop_down_set_selected (funder, 0);

  rc_list_page_set_search (RC_LIST_PAGE (fixture->page), "EXPANSION");
  g_assert_cmpuint (n_shown (fixture), ==, 1);
  rc_list_page_set_search (RC_LIST_PAGE (fixture->page), "");
  g_assert_cmpuint (n_shown (fixture), ==, 3);
}

static void
test_days_left (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(RcBid) draft = rc_bid_new ();
  g_autoptr(RcBid) expansion = find_bid (fixture, EXPANSION_TITLE);
  g_autoptr(GError) error = NULL;
  GtkWidget *icon;
  GDate today;

  draft->consortium_id = expansion->consortium_id;
  draft->title = g_strdup ("Return to Social Work: second round");
  draft->funder = g_strdup ("Local Government Association");
  draft->deadline_on = g_strdup ("2016-11-12");
  g_assert_true (rc_store_save_bid (fixture->store, draft, &error));
  g_assert_no_error (error);

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 31, G_DATE_OCTOBER, 2016);
  rc_bids_page_set_today (fixture->page, &today);
  rc_test_wait_for_frame (fixture->page);
  g_assert_cmpuint (n_shown (fixture), ==, 4);

  /* Only the draft counts down; the others met their deadline. */
  rc_list_page_set_search (RC_LIST_PAGE (fixture->page), "second round");
  rc_test_wait_for_frame (fixture->page);
  g_assert_cmpstr (row_label (fixture, "bid-deadline"), ==, "12 days left");
  rc_list_page_set_search (RC_LIST_PAGE (fixture->page), "expansion");
  rc_test_wait_for_frame (fixture->page);
  g_assert_cmpstr (row_label (fixture, "bid-deadline"), ==, "Awaiting decision");
  rc_list_page_set_search (RC_LIST_PAGE (fixture->page), "first cohort");
  rc_test_wait_for_frame (fixture->page);
  g_assert_cmpstr (row_label (fixture, "bid-deadline"), ==, "Decided");

  rc_list_page_set_search (RC_LIST_PAGE (fixture->page), "second round");
  g_date_set_dmy (&today, 12, G_DATE_NOVEMBER, 2016);
  rc_bids_page_set_today (fixture->page, &today);
  rc_test_wait_for_frame (fixture->page);
  g_assert_cmpstr (row_label (fixture, "bid-deadline"), ==, "Due today");

  g_date_set_dmy (&today, 15, G_DATE_NOVEMBER, 2016);
  rc_bids_page_set_today (fixture->page, &today);
  rc_test_wait_for_frame (fixture->page);
  g_assert_cmpstr (row_label (fixture, "bid-deadline-overdue"), ==, "Overdue by 3 days");
  /* Marked with an icon as well as the words. */
  icon = rc_test_find_widget (list_view (fixture), GTK_TYPE_IMAGE);
  g_assert_true (gtk_widget_get_visible (icon));
  g_assert_cmpstr (gtk_image_get_icon_name (GTK_IMAGE (icon)), ==, "dialog-warning-symbolic");
}

static gint64
requested (Fixture    *fixture,
           const char *title)
{
  g_autoptr(RcBid) bid = find_bid (fixture, title);

  return bid->requested_pence;
}

static void
test_live_totals (Fixture       *fixture,
                  gconstpointer  data)
{
  RcBidEditor *editor = select_bid (fixture, RETURNERS_TITLE);
  RcBidBudget *budget = rc_test_child (editor, RC_TYPE_BID_EDITOR, "budget");
  g_autoptr(RcBidLine) line = NULL;
  RcBidLineDialog *dialog;

  /* Supervised practice 12 × £800, the course 12 × £2,500, coordination
   * £15,000 and travel 12 × £200. */
  g_assert_cmpuint (g_list_model_get_n_items (rc_bid_budget_get_lines (budget)), ==, 4);
  g_assert_cmpint (requested (fixture, RETURNERS_TITLE), ==, 5700000);
  g_assert_cmpstr (total_text (budget), ==, "£57,000.00");
  line = g_list_model_get_item (rc_bid_budget_get_lines (budget), 0);
  g_assert_cmpstr (line->category, ==, "practice_educators");

  rc_bid_budget_select_line (budget, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (budget), "budget.edit-line", NULL));
  dialog = RC_BID_LINE_DIALOG (rc_bid_budget_open_line_dialog (budget, 0));
  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_BID_LINE_FIELD_QUANTITY, "15");

  /* Three more at £800 show at once, before anything is saved. */
  g_assert_cmpstr (total_text (budget), ==, "£59,400.00");
  g_assert_cmpint (rc_bid_budget_get_totals (budget)->total_pence, ==, 5940000);
  g_assert_cmpint (rc_bid_budget_get_totals (budget)->category_pence[RC_COST_PRACTICE_EDUCATORS], ==, 1200000);
  g_assert_cmpint (rc_bid_budget_get_totals (budget)->category_pence[RC_COST_UNIVERSITY_FEES], ==, 3000000);
  g_assert_cmpint (rc_bid_budget_get_totals (budget)->councils->len, ==, 1);
  g_assert_cmpint (rc_bid_totals_get_council (rc_bid_budget_get_totals (budget), 0), ==, 5940000);
  g_assert_cmpint (requested (fixture, RETURNERS_TITLE), ==, 5700000);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "line.apply", NULL));
  rc_test_wait_for_frame (fixture->page);
  g_assert_true (rc_bid_budget_is_dirty (budget));
  g_assert_cmpstr (total_text (budget), ==, "£59,400.00");
  g_assert_cmpint (requested (fixture, RETURNERS_TITLE), ==, 5700000);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (budget), "budget.save", NULL));
  g_assert_false (rc_bid_budget_is_dirty (budget));
  g_assert_cmpint (requested (fixture, RETURNERS_TITLE), ==, 5940000);
  g_assert_cmpstr (total_text (budget), ==, "£59,400.00");
  /* The list shows the new amount too. */
  rc_list_page_set_search (RC_LIST_PAGE (fixture->page), "returners");
  rc_test_wait_for_frame (fixture->page);
  g_assert_cmpstr (row_label (fixture, "numeric"), ==, "Requested £59,400.00 · Awarded £52,000.00");
}

static void
test_add_and_delete_lines (Fixture       *fixture,
                           gconstpointer  data)
{
  RcBidEditor *editor = select_bid (fixture, RETURNERS_TITLE);
  RcBidBudget *budget = rc_test_child (editor, RC_TYPE_BID_EDITOR, "budget");
  g_autoptr(RcCouncil) somerset = rc_store_find_council_by_code (fixture->store, "E06000066", NULL);
  g_autoptr(GListModel) stored = NULL;
  RcBidLineDialog *dialog;

  /* A new line for one council: half a practice lead's backfill. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (budget), "budget.add-line", NULL));
  dialog = RC_BID_LINE_DIALOG (rc_bid_budget_open_line_dialog (budget, GTK_INVALID_LIST_POSITION));
  g_assert_false (rc_bid_line_dialog_can_apply (dialog));
  g_assert_null (rc_field_row_get_error (rc_form_dialog_get_field (RC_FORM_DIALOG (dialog), RC_BID_LINE_FIELD_UNIT_COST)));
  rc_bid_line_dialog_set_council (dialog, somerset->id);
  rc_bid_line_dialog_set_category (dialog, RC_COST_SALARY_BACKFILL);
  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_BID_LINE_FIELD_DESCRIPTION, "Practice lead backfill");
  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_BID_LINE_FIELD_QUANTITY, "0.5");
  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_BID_LINE_FIELD_UNIT_COST, "£32,000");
  g_assert_cmpstr (total_text (budget), ==, "£73,000.00");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "line.apply", NULL));
  rc_test_wait_for_frame (fixture->page);
  g_assert_cmpuint (g_list_model_get_n_items (rc_bid_budget_get_lines (budget)), ==, 5);
  g_assert_cmpint (rc_bid_totals_get_council (rc_bid_budget_get_totals (budget), somerset->id), ==, 1600000);

  /* Deleting a line is undone by Revert, until the budget is saved. */
  rc_bid_budget_select_line (budget, 3);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (budget), "budget.delete-line", NULL));
  g_assert_cmpstr (total_text (budget), ==, "£70,600.00");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (budget), "budget.revert", NULL));
  g_assert_cmpstr (total_text (budget), ==, "£57,000.00");
  g_assert_false (rc_bid_budget_is_dirty (budget));
  stored = rc_store_list_bid_lines (fixture->store, rc_bid_editor_get_bid_id (editor), NULL);
  g_assert_cmpuint (g_list_model_get_n_items (stored), ==, 4);
}

static void
test_invalid_unit_cost (Fixture       *fixture,
                        gconstpointer  data)
{
  static const struct { const char *text; const char *message; } cases[] = {
    { "12.345", "“12.345” has more than two decimal places: amounts are in pounds and pence" },
    { "-5", "An amount cannot be negative" },
    { "abc", "“abc” is not an amount of money: use digits, such as 1,234.56" },
  };
  RcBidEditor *editor = select_bid (fixture, RETURNERS_TITLE);
  RcBidBudget *budget = rc_test_child (editor, RC_TYPE_BID_EDITOR, "budget");
  g_autoptr(RcBid) before = find_bid (fixture, RETURNERS_TITLE);
  g_autoptr(GListModel) lines = NULL;
  g_autoptr(RcBidLine) line = NULL;
  RcBidLineDialog *dialog = RC_BID_LINE_DIALOG (rc_bid_budget_open_line_dialog (budget, 1));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      GtkWidget *message;

      rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_BID_LINE_FIELD_UNIT_COST, cases[i].text);
      g_assert_cmpstr (rc_field_row_get_error (rc_form_dialog_get_field (RC_FORM_DIALOG (dialog), RC_BID_LINE_FIELD_UNIT_COST)), ==, cases[i].message);
      g_assert_false (rc_bid_line_dialog_can_apply (dialog));
      /* The words are on screen beside the field. */
      message = find_shown_label (GTK_WIDGET (dialog), cases[i].message);
      g_assert_nonnull (message);
      g_assert_true (gtk_widget_has_css_class (message, "error"));

      /* Apply and Save both do nothing, and the totals stay as they were. */
      gtk_widget_activate_action (GTK_WIDGET (dialog), "line.apply", NULL);
      g_assert_cmpstr (total_text (budget), ==, "£57,000.00");
      g_assert_false (rc_bid_budget_is_dirty (budget));
      gtk_widget_activate_action (GTK_WIDGET (budget), "budget.save", NULL);
      g_assert_cmpint (requested (fixture, RETURNERS_TITLE), ==, before->requested_pence);
    }

  /* A quantity gets its own words. */
  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_BID_LINE_FIELD_UNIT_COST, "2500");
  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_BID_LINE_FIELD_QUANTITY, "1.234");
  g_assert_cmpstr (rc_field_row_get_error (rc_form_dialog_get_field (RC_FORM_DIALOG (dialog), RC_BID_LINE_FIELD_QUANTITY)), ==,
                   "At most two decimal places, such as 0.25");
  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_BID_LINE_FIELD_QUANTITY, "-1");
  g_assert_cmpstr (rc_field_row_get_error (rc_form_dialog_get_field (RC_FORM_DIALOG (dialog), RC_BID_LINE_FIELD_QUANTITY)), ==,
                   "A quantity cannot be negative");
  /* Typed in, so closing asks; with a mistake, Save cannot be chosen. */
  gtk_window_close (GTK_WINDOW (dialog));
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (rc_test_get_question (dialog)),
                                                           "save"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (rc_test_get_question (dialog))),
                            "Some fields need correcting before they can be saved."));
  rc_test_answer_question (dialog, "discard");

  lines = rc_store_list_bid_lines (fixture->store, before->id, NULL);
  line = g_list_model_get_item (lines, 1);
  g_assert_cmpstr (line->category, ==, "university_fees");
  g_assert_cmpint (line->unit_cost_pence, ==, 250000);
  g_assert_cmpint (line->quantity100, ==, 1200);
  g_assert_cmpstr (total_text (budget), ==, "£57,000.00");
}

static guint
n_events (Fixture *fixture,
          gint64   bid_id)
{
  g_autoptr(GListModel) events = rc_store_list_bid_status_events (fixture->store, bid_id, NULL);

  return g_list_model_get_n_items (events);
}

static void
test_award (Fixture       *fixture,
            gconstpointer  data)
{
  RcBidEditor *editor = select_bid (fixture, EXPANSION_TITLE);
  g_autoptr(RcBid) after = NULL;
  RcBidStatusDialog *dialog = RC_BID_STATUS_DIALOG (rc_bid_editor_open_status_dialog (editor));
  gint64 id = rc_bid_editor_get_bid_id (editor);

  g_assert_cmpuint (n_events (fixture, id), ==, 2);
  g_assert_null (rc_bid_status_dialog_get_reason (dialog));

  rc_bid_status_dialog_set_target (dialog, RC_BID_STATUS_AWARDED);
  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_BID_STATUS_FIELD_DATE, "2017-01-20");
  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_BID_STATUS_FIELD_AMOUNT, "1,500,000");
  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_BID_STATUS_FIELD_NOTE, "DfE ref SU-2017-014");
  g_assert_true (rc_form_dialog_can_save (RC_FORM_DIALOG (dialog)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "status.save", NULL));
  rc_test_wait_for_frame (fixture->page);

  /* The decision and its amount, both recorded. */
  after = find_bid (fixture, EXPANSION_TITLE);
  g_assert_cmpstr (after->status, ==, "awarded");
  g_assert_cmpstr (after->decided_on, ==, "2017-01-20");
  g_assert_true (after->awarded_pence.present);
  g_assert_cmpint (after->awarded_pence.value, ==, 150000000);
  g_assert_cmpuint (n_events (fixture, id), ==, 3);
  g_assert_cmpuint (rc_test_count_rows (rc_test_child (editor, RC_TYPE_BID_EDITOR, "history_list")), ==, 3);
}

static void
test_illegal_move (Fixture       *fixture,
                   gconstpointer  data)
{
  RcBidEditor *editor = select_bid (fixture, FIRST_COHORT_TITLE);
  gint64 id = rc_bid_editor_get_bid_id (editor);
  g_autoptr(RcBid) after = NULL;
  RcBidStatusDialog *dialog = RC_BID_STATUS_DIALOG (rc_bid_editor_open_status_dialog (editor));
  GtkWidget *reason;

  g_assert_cmpuint (n_events (fixture, id), ==, 3);
  rc_bid_status_dialog_set_target (dialog, RC_BID_STATUS_SUBMITTED);
  g_assert_cmpstr (rc_bid_status_dialog_get_reason (dialog), ==,
                   "An awarded bid cannot change status; duplicate it for the next round");
  reason = rc_test_find_widget_with_class (GTK_WIDGET (dialog), GTK_TYPE_LABEL, "error");
  g_assert_true (gtk_widget_get_visible (reason));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (reason)), ==, rc_bid_status_dialog_get_reason (dialog));
  g_assert_false (rc_form_dialog_can_save (RC_FORM_DIALOG (dialog)));

  gtk_widget_activate_action (GTK_WIDGET (dialog), "status.save", NULL);
  after = find_bid (fixture, FIRST_COHORT_TITLE);
  g_assert_cmpstr (after->status, ==, "awarded");
  g_assert_cmpuint (n_events (fixture, id), ==, 3);
  gtk_window_close (GTK_WINDOW (dialog));

  /* A date before the last change is refused beside the field. */
  editor = select_bid (fixture, EXPANSION_TITLE);
  dialog = RC_BID_STATUS_DIALOG (rc_bid_editor_open_status_dialog (editor));
  rc_bid_status_dialog_set_target (dialog, RC_BID_STATUS_REJECTED);
  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_BID_STATUS_FIELD_DATE, "2016-10-01");
  g_assert_nonnull (rc_field_row_get_error (rc_form_dialog_get_field (RC_FORM_DIALOG (dialog), RC_BID_STATUS_FIELD_DATE)));
  g_assert_false (rc_form_dialog_can_save (RC_FORM_DIALOG (dialog)));
  gtk_window_close (GTK_WINDOW (dialog));
  rc_test_wait_for_frame (fixture->page);
}

/* Answers an AdwMessageDialog as a click on one of its buttons would. */
static void
respond (GtkWidget  *dialog,
         const char *response)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (dialog));

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), response);
  if (dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (dialog));
  rc_test_wait_for_frame (parent);
}

static void
test_duplicate_and_delete (Fixture       *fixture,
                           gconstpointer  data)
{
  RcBidEditor *editor = select_bid (fixture, FIRST_COHORT_TITLE);
  gint64 original = rc_bid_editor_get_bid_id (editor);
  g_autoptr(GListModel) old_lines = rc_store_list_bid_lines (fixture->store, original, NULL);
  g_autoptr(GListModel) new_lines = NULL;
  g_autoptr(RcBid) copy = NULL;
  gint64 copy_id;

  respond (rc_bid_editor_open_duplicate_dialog (editor), "duplicate");

  /* A draft with the same lines, chosen in the list. */
  copy = find_bid (fixture, FIRST_COHORT_TITLE " (next round)");
  g_assert_nonnull (copy);
  g_assert_cmpstr (copy->status, ==, "draft");
  g_assert_false (copy->awarded_pence.present);
  g_assert_cmpint (copy->requested_pence, ==, requested (fixture, FIRST_COHORT_TITLE));
  copy_id = copy->id;
  new_lines = rc_store_list_bid_lines (fixture->store, copy_id, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (new_lines), ==, g_list_model_get_n_items (old_lines));
  for (guint i = 0; i < g_list_model_get_n_items (old_lines); i++)
    {
      g_autoptr(RcBidLine) a = g_list_model_get_item (old_lines, i);
      g_autoptr(RcBidLine) b = g_list_model_get_item (new_lines, i);

      g_assert_cmpint (a->council_id, ==, b->council_id);
      g_assert_cmpstr (a->category, ==, b->category);
      g_assert_cmpint (a->quantity100, ==, b->quantity100);
      g_assert_cmpint (a->unit_cost_pence, ==, b->unit_cost_pence);
    }
  g_assert_cmpint (rc_bid_editor_get_bid_id (editor), ==, copy_id);
  g_assert_cmpuint (n_shown (fixture), ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (rc_bid_budget_get_lines (rc_test_child (editor, RC_TYPE_BID_EDITOR, "budget"))), ==,
                    g_list_model_get_n_items (old_lines));

  /* Deleting asks first; Cancel keeps it. */
  respond (rc_bid_editor_open_delete_dialog (editor), "cancel");
  g_assert_cmpuint (n_shown (fixture), ==, 4);

  respond (rc_bid_editor_open_delete_dialog (editor), "delete");
  g_assert_cmpuint (n_shown (fixture), ==, 3);
  g_assert_cmpint (rc_bid_editor_get_bid_id (editor), ==, 0);
  g_assert_null (rc_store_get_bid (fixture->store, copy_id, NULL));
}

static void
test_new_bid (Fixture       *fixture,
              gconstpointer  data)
{
  RcBidEditor *editor = rc_bids_page_get_editor (fixture->page);
  RcBidDetails *details = rc_test_child (editor, RC_TYPE_BID_EDITOR, "details");
  GtkStack *page_stack = GTK_STACK (rc_test_find_widget (GTK_WIDGET (fixture->page), GTK_TYPE_STACK));
  g_autoptr(GListModel) bids = rc_store_list_bids (fixture->store, NULL);
  g_autoptr(RcBid) created = NULL;

  /* With every bid gone, the page offers to start one. */
  for (guint i = 0; i < g_list_model_get_n_items (bids); i++)
    {
      g_autoptr(RcBid) bid = g_list_model_get_item (bids, i);
      g_assert_true (rc_store_delete_bid (fixture->store, bid->id, NULL));
    }
  rc_test_wait_for_frame (fixture->page);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (page_stack), ==, "empty");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "bids.new", NULL));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (page_stack), ==, "bids");
  g_assert_true (rc_bid_editor_is_new (editor));
  g_assert_false (rc_bid_details_can_save (details));

  rc_bid_details_set_field (details, RC_BID_FIELD_TITLE, "Return to Social Work 2018");
  rc_bid_details_set_field (details, RC_BID_FIELD_FUNDER, "Local Government Association");
  rc_bid_details_set_field (details, RC_BID_FIELD_DEADLINE, "2018-02-30");
  g_assert_cmpstr (rc_bid_details_get_field_error (details, RC_BID_FIELD_DEADLINE), ==,
                   "“2018-02-30” is not a day of the calendar");
  g_assert_false (rc_bid_details_can_save (details));
  rc_bid_details_set_field (details, RC_BID_FIELD_DEADLINE, "2018-02-28");
  rc_bid_details_set_field (details, RC_BID_FIELD_DECISION_DUE, "2018-01-31");
  g_assert_cmpstr (rc_bid_details_get_field_error (details, RC_BID_FIELD_DECISION_DUE), ==,
                   "The decision cannot be due before the deadline");
  rc_bid_details_set_field (details, RC_BID_FIELD_DECISION_DUE, "2018-03-31");
  rc_bid_details_set_field (details, RC_BID_FIELD_TRAINEES, "-4");
  g_assert_nonnull (rc_bid_details_get_field_error (details, RC_BID_FIELD_TRAINEES));
  rc_bid_details_set_field (details, RC_BID_FIELD_TRAINEES, "20");
  g_assert_true (rc_bid_details_can_save (details));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (details), "details.save", NULL));
  rc_test_wait_for_frame (fixture->page);
  created = find_bid (fixture, "Return to Social Work 2018");
  g_assert_nonnull (created);
  g_assert_cmpstr (created->status, ==, "draft");
  g_assert_cmpstr (created->deadline_on, ==, "2018-02-28");
  g_assert_cmpint (created->trainees_planned, ==, 20);
  g_assert_cmpint (rc_bid_editor_get_bid_id (editor), ==, created->id);
  g_assert_cmpuint (n_shown (fixture), ==, 1);
}

static gboolean
export_done (gpointer editor)
{
  return !rc_export_bar_is_running (rc_test_child (editor, RC_TYPE_BID_EDITOR, "export_bar"));
}

static void
test_export_workbook (Fixture       *fixture,
                      gconstpointer  data)
{
  RcBidEditor *editor = select_bid (fixture, EXPANSION_TITLE);
  g_autofree char *path = g_build_filename (rc_test_get_tmpdir (), "expansion.xlsx", NULL);
  g_autofree char *cancelled = g_build_filename (rc_test_get_tmpdir (), "cancelled.xlsx", NULL);
  g_autofree char *contents = NULL;
  gsize length = 0;

  rc_bid_editor_export (editor, path);
  g_assert_true (rc_export_bar_is_running (rc_test_child (editor, RC_TYPE_BID_EDITOR, "export_bar")));
  g_assert_true (rc_test_wait_for (export_done, editor, 30000));
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (g_str_has_prefix (contents, "PK"));

  /* Cancel, pressed as soon as it starts, leaves no half-written file:
   * either none (stopped in time) or a whole one (the writer was already
   * zipping, which libxlsxwriter cannot interrupt). */
  rc_bid_editor_export (editor, cancelled);
  g_assert_true (gtk_widget_activate_action (rc_test_find_widget (GTK_WIDGET (editor), RC_TYPE_EXPORT_BAR),
                                             "export.cancel", NULL));
  g_assert_true (rc_test_wait_for (export_done, editor, 30000));
  if (g_file_test (cancelled, G_FILE_TEST_EXISTS))
    {
      g_autofree char *whole = NULL;

      g_assert_true (g_file_get_contents (cancelled, &whole, &length, NULL));
      g_assert_cmpuint (length, >, 1000);
    }
  {
    g_autoptr(GDir) dir = g_dir_open (rc_test_get_tmpdir (), 0, NULL);
    const char *name;

    while ((name = g_dir_read_name (dir)) != NULL)
      g_assert_false (g_str_has_prefix (name, ".cancelled.xlsx"));
  }
}

typedef struct { RcStore *store; guint refs; } Held;

static gboolean
store_released (gpointer data)
{
  Held *held = data;

  return G_OBJECT (held->store)->ref_count == held->refs;
}

/* A bar disposed while its workbook is written, as when its window
 * closes: the export stops, and what comes back after touches nothing of
 * the bar, whose children are gone (the sanitizers' build sees any use). */
static void
test_export_bar_disposed (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *path = g_build_filename (rc_test_get_tmpdir (), "disposed.xlsx", NULL);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *bar = g_object_new (RC_TYPE_EXPORT_BAR, NULL);
  g_autoptr(GListModel) bids = rc_store_list_bids (fixture->store, NULL);
  g_autoptr(RcBid) bid = g_list_model_get_item (bids, 0);
  gpointer weak = bar;

  guint refs;

  g_object_add_weak_pointer (G_OBJECT (bar), &weak);
  gtk_window_set_child (GTK_WINDOW (window), bar);
  gtk_window_present (GTK_WINDOW (window));
  refs = G_OBJECT (fixture->store)->ref_count;
  rc_export_bar_start (RC_EXPORT_BAR (bar), rc_bid_workbook_write_async, rc_bid_workbook_write_finish,
                       fixture->store, bid->id, path);
  g_assert_true (rc_export_bar_is_running (RC_EXPORT_BAR (bar)));

  /* The work does not hold the bar: it goes with its window. */
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_null (weak);

  /* Once the work lets go of the store: no half-written workbook, either
   * none (stopped in time) or a whole one (this small one may be zipped
   * before the writer looks again). What came back touched nothing of the
   * bar: the sanitizers' build would see it. */
  g_assert_true (rc_test_wait_for (store_released, &(Held) { fixture->store, refs }, 30000));
  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_autofree char *whole = NULL;
      gsize length = 0;

      g_assert_true (g_file_get_contents (path, &whole, &length, NULL));
      g_assert_true (g_str_has_prefix (whole, "PK"));
    }
  {
    g_autoptr(GDir) dir = g_dir_open (rc_test_get_tmpdir (), 0, NULL);
    const char *name;

    while ((name = g_dir_read_name (dir)) != NULL)
      g_assert_false (g_str_has_prefix (name, ".disposed.xlsx"));
  }
}

static void
test_narrow_folds (Fixture       *fixture,
                   gconstpointer  data)
{
  AdwLeaflet *leaflet = ADW_LEAFLET (rc_test_find_widget (GTK_WIDGET (fixture->page), ADW_TYPE_LEAFLET));

  g_assert_true (adw_leaflet_get_folded (leaflet));
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "list");

  g_signal_emit_by_name (list_view (fixture), "activate", 1);
  rc_test_wait_for_leaflet (leaflet, "detail");
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "detail");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "bids.back", NULL));
  rc_test_wait_for_leaflet (leaflet, "list");
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "list");
}

/* The bid's page shows its consortium as it stood on the bid's date: the
 * 2016 expansion bid was led by Somerset County Council, not the unitary
 * council of 2023, with the five councils it proposed. */
static void
test_consortium_on_bid_date (Fixture       *fixture,
                             gconstpointer  data)
{
  RcBidEditor *editor = select_bid (fixture, EXPANSION_TITLE);
  RcBidDetails *details = rc_test_child (editor, RC_TYPE_BID_EDITOR, "details");
  const char *text = adw_action_row_get_subtitle (rc_test_child (details, RC_TYPE_BID_DETAILS, "consortium_row"));

  g_assert_cmpstr (text, ==,
                   "On 2016-10-31. Lead: Somerset County Council (E10000027). "
                   "Partners: Bath and North East Somerset (E06000022), Gloucestershire County Council (E10000013), "
                   "North Somerset (E06000024), South Gloucestershire (E06000025), Swindon (E06000030). "
                   "Proposed: Bristol, City of (E06000023), Cornwall (E06000052), Devon County Council (E10000008), "
                   "Plymouth (E06000026), Torbay (E06000027).");
  g_assert_null (strstr (text, "E06000066"));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  rc_test_init_gtk (&argc, &argv);
  demo_path = g_build_filename (rc_test_get_tmpdir (), "demo.db", NULL);
  g_assert_true (rc_demo_write (demo_path, &error));
  g_assert_no_error (error);
  {
    /* A closed database is one file: nothing waits in a journal. */
    g_autofree char *wal = g_strconcat (demo_path, "-wal", NULL);
    g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  }

#define ADD(path, func, narrow) \
  g_test_add ("/bids-page/" path, Fixture, GINT_TO_POINTER (narrow), fixture_set_up, func, fixture_tear_down)

  ADD ("lists-the-demo", test_lists_the_demo, FALSE);
  ADD ("consortium-on-bid-date", test_consortium_on_bid_date, FALSE);
  ADD ("filters-narrow", test_filters_narrow, FALSE);
  ADD ("days-left", test_days_left, FALSE);
  ADD ("live-totals", test_live_totals, FALSE);
  ADD ("add-and-delete-lines", test_add_and_delete_lines, FALSE);
  ADD ("invalid-unit-cost", test_invalid_unit_cost, FALSE);
  ADD ("award", test_award, FALSE);
  ADD ("illegal-move", test_illegal_move, FALSE);
  ADD ("duplicate-and-delete", test_duplicate_and_delete, FALSE);
  ADD ("new-bid", test_new_bid, FALSE);
  ADD ("export-workbook", test_export_workbook, FALSE);
  ADD ("export-bar-disposed", test_export_bar_disposed, FALSE);
  ADD ("narrow-folds", test_narrow_folds, TRUE);

#undef ADD

  status = g_test_run ();
  g_free (demo_path);

  return status;
}
