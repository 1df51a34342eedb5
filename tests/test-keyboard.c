/* test-keyboard.c: the whole window from the keyboard and a screen reader
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "import/rc-trainee-import.h"
#include "import/rc-workforce-import.h"
#include "rc-application.h"
#include "rc-test-util.h"
#include "sample/rc-demo.h"
#include "views/rc-a11y.h"
#include "views/rc-bid-line-dialog.h"
#include "views/rc-bid-status-dialog.h"
#include "views/rc-bids-page.h"
#include "views/rc-cohort-detail.h"
#include "views/rc-cohort-dialog.h"
#include "views/rc-cohorts-page.h"
#include "views/rc-consortium-dialog.h"
#include "views/rc-council-detail.h"
#include "views/rc-councils-page.h"
#include "views/rc-csv-import-dialog.h"
#include "views/rc-move-dialog.h"
#include "views/rc-workforce-return-dialog.h"
#include "views/rc-trainee-dialog.h"
#include "views/rc-trainee-table.h"
#include "views/rc-unsaved.h"
#include "views/rc-window.h"

static const char *pages[] = { "councils", "cohorts", "bids", "trends" };

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
new_store (void)
{
  static guint counter;
  g_autofree char *path = g_strdup_printf ("%s/keyboard-%u.db", rc_test_get_tmpdir (), ++counter);
  g_autoptr(GError) error = NULL;
  RcStore *store;

  g_assert_true (rc_demo_write (path, &error));
  store = rc_store_open (path, &error);
  g_assert_no_error (error);

  return store;
}

static gboolean
page_is_drawn (gpointer window)
{
  const char *name = rc_window_get_page_name (window);
  GtkWidget *page = name != NULL ? rc_window_get_page (window, name) : NULL;

  return page != NULL && is_drawn (page);
}

static void
show_page (Fixture    *fixture,
           const char *name)
{
  rc_window_show_page (fixture->window, name);
  g_assert_true (rc_test_wait_for (page_is_drawn, fixture->window, 5000));
  /* Its list and detail are read in workers: their actions wait for them. */
  rc_test_wait_for_loaded (fixture->window);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->store = new_store ();
  fixture->window = rc_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1280, 860);
  rc_window_set_store (fixture->window, fixture->store, FALSE);
  gtk_window_present (GTK_WINDOW (fixture->window));
  show_page (fixture, data != NULL ? data : "councils");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_object_ref (fixture->window);
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_assert_finalize_object (fixture->window);
  g_assert_finalize_object (fixture->store);
}

/* Accessible names, as GTK 4.8 computes them (gtkatcontext.c, after
 * WAI-ARIA's "Accessible Name and Description Computation"), read back
 * through GTK's test API. */

static char *
string_property (GtkWidget             *widget,
                 GtkAccessibleProperty  property)
{
  if (!gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), property))
    return NULL;

  /* On a mismatch, the check returns the value the property has. */
  return gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget), property, "\x01");
}

static gboolean
is_structural (GtkAccessibleRole role)
{
  return role == GTK_ACCESSIBLE_ROLE_FORM || role == GTK_ACCESSIBLE_ROLE_GROUP
         || role == GTK_ACCESSIBLE_ROLE_GENERIC || role == GTK_ACCESSIBLE_ROLE_LANDMARK
         || role == GTK_ACCESSIBLE_ROLE_LIST_ITEM || role == GTK_ACCESSIBLE_ROLE_REGION
         || role == GTK_ACCESSIBLE_ROLE_SEARCH || role == GTK_ACCESSIBLE_ROLE_SEPARATOR;
}

static gboolean
is_hidden (GtkWidget *widget)
{
  return gtk_test_accessible_has_state (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_STATE_HIDDEN)
         && gtk_test_accessible_check_state (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_STATE_HIDDEN, FALSE) != NULL;
}

/* The widget among @root and its descendants that @widget is labelled by
 * alone, or NULL. */
static GtkWidget *
find_labelled_by (GtkWidget *widget,
                  GtkWidget *root)
{
  g_autofree char *mismatch = gtk_test_accessible_check_relation (GTK_ACCESSIBLE (widget),
                                                                   GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                                                   root, NULL);

  if (mismatch == NULL)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_labelled_by (widget, child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
accumulate_name (GtkWidget *widget,
                 GPtrArray *names,
                 gboolean   recurse)
{
  char *label = string_property (widget, GTK_ACCESSIBLE_PROPERTY_LABEL);

  if (label != NULL)
    g_ptr_array_add (names, label);

  if (recurse && gtk_test_accessible_has_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY))
    {
      GtkWidget *other = find_labelled_by (widget, widget);

      if (other == NULL)
        other = find_labelled_by (widget, GTK_WIDGET (gtk_widget_get_root (widget)));
      if (other == NULL)
        g_ptr_array_add (names, g_strdup ("<labelled by something unknown>"));
      else
        accumulate_name (other, names, FALSE);
    }

  if (is_hidden (widget) || names->len > 0)
    return;

  if (!is_structural (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (widget))))
    g_ptr_array_add (names, g_strdup (G_OBJECT_TYPE_NAME (widget)));
}

static char *
accessible_name (GtkWidget *widget)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  accumulate_name (widget, names, TRUE);
  g_ptr_array_add (names, NULL);

  return g_strjoinv (" ", (char **) names->pdata);
}

/* A name a screen reader can say once: words, said once, without a
 * class name or a mnemonic's underscore. */
static void
assert_good_name (GtkWidget  *widget,
                  const char *where)
{
  g_autofree char *name = accessible_name (widget);
  gsize length = strlen (name);

  g_test_message ("%s: %s “%s”", where, G_OBJECT_TYPE_NAME (widget), name);
  if (length == 0 || g_str_has_prefix (name, "Gtk") || g_str_has_prefix (name, "Adw")
      || strstr (name, "<labelled") != NULL || strchr (name, '_') != NULL
      || (length % 2 == 1 && strncmp (name, name + length / 2 + 1, length / 2) == 0))
    g_error ("%s: a %s is named “%s”", where, G_OBJECT_TYPE_NAME (widget), name);
}

static void
assert_buttons_named (GtkWidget  *root,
                      const char *where)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      if (!gtk_widget_get_mapped (child))
        continue;
      if (GTK_IS_BUTTON (child) || GTK_IS_MENU_BUTTON (child))
        assert_good_name (child, where);
      assert_buttons_named (child, where);
    }
}

/* The focus chain */

static const char *
describe (GtkWidget *widget,
          char     **owned)
{
  GtkWidget *row = gtk_widget_get_ancestor (widget, ADW_TYPE_PREFERENCES_ROW);

  if (GTK_IS_TEXT (widget) && gtk_widget_get_ancestor (widget, GTK_TYPE_SEARCH_ENTRY) != NULL)
    return "search";
  if ((GTK_IS_TEXT (widget) || ADW_IS_PREFERENCES_ROW (widget)) && row != NULL)
    return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));
  if (GTK_IS_BUTTON (widget))
    return *owned = accessible_name (widget);

  return G_OBJECT_TYPE_NAME (widget);
}

/* Presses Tab until the focus comes back where it started: every press
 * must move it, and it must come back (no dead end, no trap). A press is
 * what the window does with Tab: rc_a11y_move_focus(), which is
 * gtk_widget_child_focus() on the window but in a list view. */
static GPtrArray *
tab_round (GtkWindow *window)
{
  GPtrArray *visited = g_ptr_array_new ();
  GtkWidget *first;

  gtk_window_set_focus (window, NULL);
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD));
  first = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (first);
  g_ptr_array_add (visited, first);

  for (guint i = 0; i < 200; i++)
    {
      GtkWidget *before = gtk_root_get_focus (GTK_ROOT (window));
      GtkWidget *after;
      g_autofree char *owned = NULL;

      rc_a11y_move_focus (before, GTK_DIR_TAB_FORWARD);
      after = gtk_root_get_focus (GTK_ROOT (window));
      if (after == before)
        for (GtkWidget *a = before; a != NULL; a = gtk_widget_get_parent (a))
          g_printerr ("  in %s\n", G_OBJECT_TYPE_NAME (a));
      if (after == before)
        g_error ("Tab stays on %s (%s)", describe (before, &owned), G_OBJECT_TYPE_NAME (before));
      if (after == first)
        return visited;
      g_ptr_array_add (visited, after);
    }

  g_error ("Tab does not come back to where it started in 200 presses");
}

static gboolean
is_in_list_view (GtkWidget *widget)
{
  return gtk_widget_get_ancestor (widget, GTK_TYPE_LIST_VIEW) != NULL
         || gtk_widget_get_ancestor (widget, GTK_TYPE_COLUMN_VIEW) != NULL;
}

/* What a user operates: entries, text views, choices, buttons, switches.
 * (Rows of a list view are reached as the list is: by the arrow keys.) */
static void
collect_controls (GtkWidget *root,
                  GPtrArray *controls)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      /* A spin button is reached at its text; its + and − are for the
       * pointer, as the arrow keys do the same. */
      if (!gtk_widget_get_mapped (child) || !gtk_widget_is_sensitive (child) || is_in_list_view (child)
          || GTK_IS_POPOVER (child) || (GTK_IS_BUTTON (child) && GTK_IS_SPIN_BUTTON (root)))
        continue;

      if ((GTK_IS_TEXT (child) || GTK_IS_TEXT_VIEW (child) || ADW_IS_COMBO_ROW (child)
           || GTK_IS_BUTTON (child) || GTK_IS_CHECK_BUTTON (child) || GTK_IS_SWITCH (child))
          && gtk_widget_get_focusable (child)
          && gtk_widget_get_ancestor (child, GTK_TYPE_WINDOW_CONTROLS) == NULL)
        g_ptr_array_add (controls, child);
      else
        collect_controls (child, controls);
    }
}

/* Tab reaches every control of @window, and @in_order in that order. */
static void
assert_tab_reaches (GtkWindow         *window,
                    const char        *where,
                    const char *const *in_order)
{
  g_autoptr(GPtrArray) visited = tab_round (window);
  g_autoptr(GPtrArray) controls = g_ptr_array_new ();
  guint next = 0;

  collect_controls (GTK_WIDGET (window), controls);
  g_assert_cmpuint (controls->len, >, 0);
  for (guint i = 0; i < controls->len; i++)
    {
      GtkWidget *control = g_ptr_array_index (controls, i);
      g_autofree char *owned = NULL;

      if (!g_ptr_array_find (visited, control, NULL))
        {
          for (GtkWidget *a = control; a != NULL; a = gtk_widget_get_parent (a))
            g_printerr ("  in %s visible=%d child-visible=%d\n", G_OBJECT_TYPE_NAME (a), gtk_widget_get_visible (a), gtk_widget_get_child_visible (a));
          g_error ("%s: Tab never reaches %s “%s”", where, G_OBJECT_TYPE_NAME (control), describe (control, &owned));
        }
    }

  for (guint i = 0; i < visited->len && in_order != NULL && in_order[next] != NULL; i++)
    {
      g_autofree char *owned = NULL;

      if (g_strcmp0 (describe (g_ptr_array_index (visited, i), &owned), in_order[next]) == 0)
        next++;
    }
  if (in_order != NULL && in_order[next] != NULL)
    g_error ("%s: Tab does not reach “%s” after “%s”", where, in_order[next],
             next > 0 ? in_order[next - 1] : "the start");
  g_test_message ("%s: %u stops, %u controls", where, visited->len, controls->len);
}

static void
test_tab_pages (Fixture       *fixture,
                gconstpointer  data)
{
  static const char *const bids[] = {
    "New Bid", "Change Status…", "Bid Menu", "Add Line", "Title", "Funder", "Scheme (optional)",
    "Programme", "Consortium", "Deadline (YYYY-MM-DD)", "Decision due (YYYY-MM-DD)", "Trainees planned", NULL
  };

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      show_page (fixture, pages[i]);
      assert_tab_reaches (GTK_WINDOW (fixture->window), pages[i],
                          g_str_equal (pages[i], "bids") ? bids : NULL);
    }
}

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

static RcTrainee *
first_trainee (RcStore  *store,
               RcCohort *cohort)
{
  g_autoptr(GListModel) trainees = rc_store_list_trainees (store, cohort->id, NULL);

  return g_list_model_get_item (trainees, 0);
}

static GFile *
write_file (const char *name,
            const char *text)
{
  g_autofree char *path = g_build_filename (rc_test_get_tmpdir (), name, NULL);

  g_assert_true (g_file_set_contents (path, text, -1, NULL));

  return g_file_new_for_path (path);
}

static gboolean
import_is_ready (gpointer dialog)
{
  return rc_csv_import_dialog_is_ready (dialog);
}

/* Every editing dialog, as the pages open them. */
static GPtrArray *
open_every_dialog (Fixture *fixture)
{
  GtkWindow *parent = GTK_WINDOW (fixture->window);
  RcStore *store = fixture->store;
  g_autoptr(RcCouncil) somerset = rc_store_find_council_by_code (store, "E06000066", NULL);
  g_autoptr(RcCohort) returners = find_cohort (store, TRUE);
  g_autoptr(RcCohort) step_up = find_cohort (store, FALSE);
  g_autoptr(RcTrainee) returner = first_trainee (store, returners);
  g_autoptr(RcTrainee) trainee = first_trainee (store, step_up);
  g_autoptr(GListModel) bids = rc_store_list_bids (store, NULL);
  g_autoptr(RcBid) bid = g_list_model_get_item (bids, 1);
  g_autoptr(GListModel) consortia = rc_store_list_consortia (store, NULL);
  g_autoptr(RcConsortium) consortium = g_list_model_get_item (consortia, 0);
  g_autoptr(GListStore) councils = g_list_store_new (RC_TYPE_COUNCIL);
  g_autoptr(GFile) returns_csv = write_file ("returns.csv", "not,the,dfe,file\n1,2,3,4\n");
  g_autoptr(GFile) trainees_csv = write_file ("trainees.csv",
                                              "ID,Forename,Surname,Council,Applied\n"
                                              "SU1-90,Alex,Morgan,E06000066,2016-09-01\n");
  g_autoptr(RcWorkforceImport) returns_plan = rc_workforce_import_new (store);
  g_autoptr(RcTraineeImport) trainees_plan = rc_trainee_import_new (store, step_up->id);
  GPtrArray *dialogs = g_ptr_array_new ();

  g_list_store_append (councils, somerset);
  g_ptr_array_add (dialogs, rc_workforce_return_dialog_new (parent, store, somerset, NULL));
  g_ptr_array_add (dialogs, rc_trainee_dialog_new (parent, store, returners, NULL));
  g_ptr_array_add (dialogs, rc_trainee_dialog_new (parent, store, returners, returner));
  g_ptr_array_add (dialogs, rc_trainee_dialog_new (parent, store, step_up, trainee));
  g_ptr_array_add (dialogs, rc_cohort_dialog_new (parent, store, NULL));
  g_ptr_array_add (dialogs, rc_cohort_dialog_new (parent, store, step_up));
  g_ptr_array_add (dialogs, rc_move_dialog_new (parent, store, step_up, trainee));
  g_ptr_array_add (dialogs, rc_bid_line_dialog_new (parent, G_LIST_MODEL (councils), NULL));
  g_ptr_array_add (dialogs, rc_bid_status_dialog_new (parent, store, bid));
  g_ptr_array_add (dialogs, rc_consortium_dialog_new (parent, store, 0));
  g_ptr_array_add (dialogs, rc_consortium_dialog_new (parent, store, consortium->id));
  g_ptr_array_add (dialogs, rc_csv_import_dialog_new (parent, RC_IMPORT_PLAN (returns_plan), returns_csv));
  g_ptr_array_add (dialogs, rc_csv_import_dialog_new (parent, RC_IMPORT_PLAN (trainees_plan), trainees_csv));

  return dialogs;
}

static void
show_dialog (GtkWindow *dialog)
{
  gtk_window_present (dialog);
  g_assert_true (rc_test_wait_for (is_drawn, dialog, 5000));
  if (RC_IS_CSV_IMPORT_DIALOG (dialog))
    g_assert_true (rc_test_wait_for (import_is_ready, dialog, 5000));
}

static void
close_dialog (GtkWindow *dialog)
{
  g_object_ref (dialog);
  /* Without asking: nothing here is meant to be kept. */
  rc_unsaved_guard_discard (dialog);
  g_assert_finalize_object (dialog);
}

static void
test_tab_dialogs (Fixture       *fixture,
                  gconstpointer  data)
{
  static const char *const returner[] = {
    "Applied on (YYYY-MM-DD)", "Left practice on (YYYY-MM-DD)", "Days of updating done so far",
    "Registration number", "Registered with", NULL
  };
  g_autoptr(GPtrArray) dialogs = open_every_dialog (fixture);

  for (guint i = 0; i < dialogs->len; i++)
    {
      GtkWindow *dialog = g_ptr_array_index (dialogs, i);
      g_autofree char *where = g_strdup_printf ("%s “%s”", G_OBJECT_TYPE_NAME (dialog), gtk_window_get_title (dialog));

      show_dialog (dialog);
      assert_tab_reaches (dialog, where,
                          RC_IS_TRAINEE_DIALOG (dialog) && i == 1 ? returner : NULL);
      close_dialog (dialog);
    }
}

/* With every message under its field shown, Tab still reaches every
 * field, in order. */
static void
test_tab_past_messages (Fixture       *fixture,
                        gconstpointer  data)
{
  static const char *const fields[] = {
    "Reporting year", "FTE social workers in post", "FTE starters", "FTE leavers", NULL
  };
  g_autoptr(RcCouncil) somerset = rc_store_find_council_by_code (fixture->store, "E06000066", NULL);
  RcWorkforceReturnDialog *dialog = RC_WORKFORCE_RETURN_DIALOG (rc_workforce_return_dialog_new (GTK_WINDOW (fixture->window), fixture->store,
                                                                                                somerset, NULL));

  show_dialog (GTK_WINDOW (dialog));
  for (guint i = 0; i < RC_RETURN_N_FIELDS; i++)
    rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), i, "abc");
  for (guint i = 0; i < RC_RETURN_N_FIELDS; i++)
    g_assert_nonnull (rc_field_row_get_error (rc_form_dialog_get_field (RC_FORM_DIALOG (dialog), i)));
  assert_tab_reaches (GTK_WINDOW (dialog), "return dialog with every message shown", fields);
  close_dialog (GTK_WINDOW (dialog));
}

static gboolean
is_mapped (gpointer widget)
{
  return widget != NULL && gtk_widget_get_mapped (widget);
}

static void
test_names_pages (Fixture       *fixture,
                  gconstpointer  data)
{
  GtkWidget *detail;

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      show_page (fixture, pages[i]);
      assert_buttons_named (GTK_WIDGET (fixture->window), pages[i]);
    }

  /* A trainee's details, beside the cohort. */
  show_page (fixture, "cohorts");
  detail = rc_cohorts_page_get_detail (RC_COHORTS_PAGE (rc_window_get_page (fixture->window, "cohorts")));
  {
    g_autoptr(RcTrainee) first = g_list_model_get_item (rc_trainee_table_get_shown (rc_test_child (RC_COHORT_DETAIL (detail), RC_TYPE_COHORT_DETAIL, "table")), 0);

    rc_cohort_detail_select_trainee (RC_COHORT_DETAIL (detail), first->id);
  }
  g_assert_true (rc_test_wait_for (is_mapped, rc_test_child (RC_COHORT_DETAIL (detail), RC_TYPE_COHORT_DETAIL, "pane"), 20000));
  assert_buttons_named (detail, "a trainee's details");
}

static void
ignore_answer (GObject         *owner,
               RcUnsavedAnswer  answer)
{
}

static void
test_names_dialogs (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GPtrArray) dialogs = open_every_dialog (fixture);
  GtkWidget *question;

  for (guint i = 0; i < dialogs->len; i++)
    {
      GtkWindow *dialog = g_ptr_array_index (dialogs, i);

      show_dialog (dialog);
      assert_buttons_named (GTK_WIDGET (dialog), G_OBJECT_TYPE_NAME (dialog));
      close_dialog (dialog);
    }

  /* The question about unsaved changes too. */
  question = rc_unsaved_ask (GTK_WINDOW (fixture->window), "Body", TRUE, G_OBJECT (fixture->window),
                             ignore_answer);
  g_assert_true (rc_test_wait_for (is_drawn, question, 5000));
  assert_buttons_named (question, "question");
  g_object_ref (question);
  gtk_window_destroy (GTK_WINDOW (question));
  g_assert_finalize_object (question);
}

/* The welcome page's two buttons are read once each: "Explore the Demo",
 * not "Explore the _Demo Explore the Demo". */
static gboolean
shows_state (gpointer window)
{
  GtkWidget *page = gtk_stack_get_visible_child (GTK_STACK (rc_test_find_widget (window, GTK_TYPE_STACK)));

  return is_drawn (page) && gtk_widget_get_opacity (page) >= 1.0;
}

static GtkWidget *
find_button (GtkWidget  *root,
             const char *action_name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child) && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (child)), action_name) == 0)
        return child;
      if ((found = find_button (child, action_name)) != NULL)
        return found;
    }

  return NULL;
}

static void
test_names_welcome (void)
{
  RcWindow *window = rc_window_new (NULL);
  g_autofree char *demo = NULL;
  g_autofree char *empty = NULL;

  rc_window_show_welcome (window);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (rc_test_wait_for (shows_state, window, 5000));

  demo = accessible_name (find_button (GTK_WIDGET (window), "app.open-demo"));
  empty = accessible_name (find_button (GTK_WIDGET (window), "app.start-empty"));
  g_assert_cmpstr (demo, ==, "Explore the Demo");
  g_assert_cmpstr (empty, ==, "Start with an Empty Database");
  assert_buttons_named (GTK_WIDGET (window), "welcome");

  rc_window_show_problem (window, "“x.db” is damaged", TRUE);
  g_assert_true (rc_test_wait_for (shows_state, window, 5000));
  assert_buttons_named (GTK_WIDGET (window), "problem");

  g_object_ref (window);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

/* The Tab key in a list view leaves the list (GTK 4.8 went from row to
 * row): what a press of Tab runs, and where the focus goes. */
static void
test_tab_leaves_lists (Fixture       *fixture,
                       gconstpointer  data)
{
  GtkWidget *page = rc_window_get_page (fixture->window, "councils");
  GtkWidget *list = rc_test_find_widget_with_class (page, GTK_TYPE_LIST_VIEW, "navigation-sidebar");
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (list);
  GtkEventController *key = NULL;
  GtkWidget *focus;
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && key == NULL; i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (g_strcmp0 (gtk_event_controller_get_name (controller), "rc-tab-leaves-list") == 0)
        key = controller;
    }
  g_assert_nonnull (key);
  g_assert_cmpint (gtk_event_controller_get_propagation_phase (key), ==, GTK_PHASE_CAPTURE);

  g_assert_true (gtk_widget_child_focus (list, GTK_DIR_TAB_FORWARD));
  g_signal_emit_by_name (key, "key-pressed", GDK_KEY_Tab, 0, 0, &handled);
  g_assert_true (handled);
  focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
  g_assert_false (gtk_widget_is_ancestor (focus, list));
  g_assert_true (gtk_widget_is_ancestor (focus, rc_councils_page_get_detail (RC_COUNCILS_PAGE (page))));

  /* Shift+Tab goes back past it the other way. */
  g_assert_true (gtk_widget_child_focus (list, GTK_DIR_TAB_FORWARD));
  g_signal_emit_by_name (key, "key-pressed", GDK_KEY_ISO_Left_Tab, 0, GDK_SHIFT_MASK, &handled);
  focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
  g_assert_false (gtk_widget_is_ancestor (focus, list));
  g_assert_false (gtk_widget_is_ancestor (focus, rc_councils_page_get_detail (RC_COUNCILS_PAGE (page))));

  /* The arrow keys are the list's own. */
  g_assert_true (gtk_widget_child_focus (list, GTK_DIR_TAB_FORWARD));
  g_signal_emit_by_name (key, "key-pressed", GDK_KEY_Down, 0, 0, &handled);
  g_assert_false (handled);
}

/* Ctrl+N ("win.new-item") adds what the page shown adds, wherever the
 * focus is: in the list, in the search, in the detail. */
static GtkWindow *
find_dialog (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        return window;
    }

  return NULL;
}

static void
focus_first (GtkWidget *root,
             GType      type)
{
  GtkWidget *widget = rc_test_find_widget (root, type);

  g_assert_nonnull (widget);
  g_assert_true (gtk_widget_grab_focus (widget) || gtk_widget_child_focus (widget, GTK_DIR_TAB_FORWARD));
}

static void
test_ctrl_n (Fixture       *fixture,
             gconstpointer  data)
{
  static const struct {
    const char *page;
    GType     (*focus_type) (void);
  } places[] = {
    { "councils", gtk_search_entry_get_type },
    { "councils", gtk_list_view_get_type },
    { "councils", rc_council_detail_get_type },
    { "cohorts", gtk_list_view_get_type },
    { "cohorts", gtk_search_entry_get_type },
    { "bids", gtk_search_entry_get_type },
    { "bids", gtk_drop_down_get_type },
  };

  for (guint i = 0; i < G_N_ELEMENTS (places); i++)
    {
      GtkWidget *page;
      GtkWindow *dialog;

      show_page (fixture, places[i].page);
      page = rc_window_get_page (fixture->window, places[i].page);
      focus_first (page, places[i].focus_type ());
      g_test_message ("Ctrl+N on %s with the focus in a %s", places[i].page,
                      G_OBJECT_TYPE_NAME (gtk_root_get_focus (GTK_ROOT (fixture->window))));
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.new-item", NULL));

      if (g_str_equal (places[i].page, "bids"))
        {
          RcBidEditor *editor = rc_bids_page_get_editor (RC_BIDS_PAGE (page));

          g_assert_true (rc_bid_editor_is_new (editor));
          continue;
        }

      dialog = find_dialog (g_str_equal (places[i].page, "councils") ? RC_TYPE_WORKFORCE_RETURN_DIALOG : RC_TYPE_TRAINEE_DIALOG);
      g_assert_nonnull (dialog);
      g_assert_true (gtk_window_get_transient_for (dialog) == GTK_WINDOW (fixture->window));
      close_dialog (dialog);
    }
}

/* The shortcuts window lists every key the program binds: the
 * application's accelerators and every page's, detail's and dialog's own. */
static void
add_triggers (GtkWidget  *widget,
              GHashTable *triggers)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  if (!g_str_has_prefix (G_OBJECT_TYPE_NAME (widget), "Rc"))
    return;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          char *trigger;

          /* Ours are named actions; GTK's own (move the focus, open the
           * inspector) are not. */
          if (!GTK_IS_NAMED_ACTION (gtk_shortcut_get_action (shortcut)))
            continue;
          trigger = gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut));

          g_hash_table_replace (triggers, trigger, g_strdup (G_OBJECT_TYPE_NAME (widget)));
        }
    }
}

static void
add_tree_triggers (GtkWidget  *root,
                   GHashTable *triggers)
{
  add_triggers (root, triggers);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    add_tree_triggers (child, triggers);
}

static char *
normalise (const char *accelerator)
{
  guint key = 0;
  GdkModifierType mods = 0;

  g_assert_true (gtk_accelerator_parse (accelerator, &key, &mods));

  return gtk_accelerator_name (key, mods);
}

static void
add_listed (GtkWidget      *root,
            GtkApplication *app,
            GHashTable     *listed)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_SHORTCUTS_SHORTCUT (child))
        {
          g_autofree char *accelerator = NULL;
          g_autofree char *action = NULL;

          g_object_get (child, "accelerator", &accelerator, "action-name", &action, NULL);
          if (accelerator != NULL)
            {
              g_auto(GStrv) each = g_strsplit (accelerator, " ", 0);

              for (guint i = 0; each[i] != NULL; i++)
                g_hash_table_add (listed, normalise (each[i]));
            }
          if (action != NULL)
            {
              g_auto(GStrv) accels = gtk_application_get_accels_for_action (app, action);

              g_hash_table_add (listed, g_strdup_printf ("action:%s", action));
              for (guint i = 0; accels[i] != NULL; i++)
                g_hash_table_add (listed, normalise (accels[i]));
            }
        }
      add_listed (child, app, listed);
    }
}

static void
test_shortcuts_window (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_PATH "/help-overlay.ui");
  g_autoptr(GHashTable) listed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) bound = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(RcApplication) app = rc_application_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) actions = NULL;
  g_autoptr(GPtrArray) dialogs = NULL;
  GtkWidget *overlay = GTK_WIDGET (gtk_builder_get_object (builder, "help_overlay"));
  GHashTableIter iter;
  gpointer key, value;

  /* The application's accelerators. */
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

  /* What the shortcuts window shows. */
  add_listed (overlay, GTK_APPLICATION (app), listed);
  g_assert_cmpuint (g_hash_table_size (listed), >, 10);

  actions = gtk_application_list_action_descriptions (GTK_APPLICATION (app));
  for (guint i = 0; actions[i] != NULL; i++)
    {
      g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), actions[i]);
      g_autofree char *action = g_strdup (actions[i]);
      g_autofree char *listed_action = NULL;

      /* "win.show-page::bids" is listed by its key. */
      if (strstr (action, "::") != NULL)
        *strstr (action, "::") = '\0';
      /* Listed by its action, or by its keys. */
      listed_action = g_strdup_printf ("action:%s", action);
      for (guint j = 0; accels[j] != NULL; j++)
        g_hash_table_replace (bound, normalise (accels[j]), g_strdup (actions[i]));
    }

  /* Every page, with a trainee open, and every dialog. */
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      show_page (fixture, pages[i]);
      add_tree_triggers (GTK_WIDGET (fixture->window), bound);
    }
  dialogs = open_every_dialog (fixture);
  for (guint i = 0; i < dialogs->len; i++)
    {
      add_tree_triggers (g_ptr_array_index (dialogs, i), bound);
      close_dialog (g_ptr_array_index (dialogs, i));
    }

  g_hash_table_iter_init (&iter, bound);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      g_autofree char *name = normalise (key);

      g_test_message ("%s: %s", (char *) value, name);
      if (!g_hash_table_contains (listed, name))
        g_error ("%s binds %s, which the shortcuts window does not list", (char *) value, (char *) key);
    }
}

/* Choosing a row moves the focus to its detail on a narrow window: the
 * detail's title is not selected as though about to be replaced. */
static gboolean
shows_detail (gpointer leaflet)
{
  return g_strcmp0 (adw_leaflet_get_visible_child_name (leaflet), "detail") == 0
         && !adw_leaflet_get_child_transition_running (leaflet);
}

static void
assert_no_selected_label (GtkWidget  *root,
                          const char *where)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      int start, end;

      if (GTK_IS_LABEL (child) && gtk_label_get_selectable (GTK_LABEL (child))
          && gtk_label_get_selection_bounds (GTK_LABEL (child), &start, &end))
        g_error ("%s: “%s” is selected", where, gtk_label_get_text (GTK_LABEL (child)));
      assert_no_selected_label (child, where);
    }
}

static void
test_row_does_not_select_title (void)
{
  g_autoptr(RcStore) store = new_store ();
  RcWindow *window = rc_window_new (NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), 360, 720);
  rc_window_set_store (window, store, FALSE);
  gtk_window_present (GTK_WINDOW (window));

  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *back = g_strconcat (pages[i], ".back", NULL);
      GtkWidget *page;
      AdwLeaflet *leaflet;
      GtkWidget *list;

      rc_window_show_page (window, pages[i]);
      g_assert_true (rc_test_wait_for (page_is_drawn, window, 5000));
      page = rc_window_get_page (window, pages[i]);
      leaflet = ADW_LEAFLET (rc_test_find_widget (page, ADW_TYPE_LEAFLET));
      list = GTK_WIDGET (rc_test_find_widget_with_class (page, GTK_TYPE_LIST_VIEW, "navigation-sidebar"));
      g_assert_true (adw_leaflet_get_folded (leaflet));

      /* Enter on the first row, with the focus in the list. */
      g_assert_true (gtk_widget_child_focus (list, GTK_DIR_TAB_FORWARD));
      g_signal_emit_by_name (list, "activate", 0);
      g_assert_true (rc_test_wait_for (shows_detail, leaflet, 5000));
      /* And Tab on into the detail. */
      gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD);
      assert_no_selected_label (page, pages[i]);
      g_assert_true (gtk_widget_activate_action (page, back, NULL));
    }

  g_object_ref (window);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

int
main (int   argc,
      char *argv[])
{
  /* No pictures here: the software renderer spares every window the GL
   * shaders that the suite compiles afresh (MESA_SHADER_CACHE_DISABLE). */
  g_setenv ("GSK_RENDERER", "cairo", FALSE);
  rc_test_init_gtk (&argc, &argv);

#define ADD(path, func, page) \
  g_test_add ("/keyboard/" path, Fixture, page, fixture_set_up, func, fixture_tear_down)

  ADD ("tab/pages", test_tab_pages, NULL);
  ADD ("tab/dialogs", test_tab_dialogs, NULL);
  ADD ("tab/past-messages", test_tab_past_messages, NULL);
  ADD ("tab/leaves-lists", test_tab_leaves_lists, NULL);
  ADD ("names/pages", test_names_pages, NULL);
  ADD ("names/dialogs", test_names_dialogs, NULL);
  g_test_add_func ("/keyboard/names/welcome", test_names_welcome);
  ADD ("ctrl-n", test_ctrl_n, NULL);
  ADD ("shortcuts-window", test_shortcuts_window, NULL);
  g_test_add_func ("/keyboard/row-does-not-select-title", test_row_does_not_select_title);

#undef ADD

  return g_test_run ();
}
