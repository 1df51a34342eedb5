/* test-consortium-dialog.c: creating a consortium and keeping its members
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "rc-test-util.h"
#include "sample/rc-demo.h"
#include "views/rc-consortium-dialog.h"
#include "views/rc-field-row.h"

#define SOMERSET "E06000066"
#define BANES "E06000022"
#define NORTH_SOMERSET "E06000024"

/* Why the new member cannot be added yet, as shown beside its fields
 * (the council's, then the joining date's, then the leaving date's), or
 * NULL when nothing is wrong. */
static const char *
shown_member_error (gpointer dialog)
{
  const char *names[] = { "council_field", "joined_field", "left_field" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      const char *error = rc_field_row_get_error (rc_test_child (dialog, RC_TYPE_CONSORTIUM_DIALOG, names[i]));

      if (error != NULL)
        return error;
    }

  return NULL;
}

/* The store error shown at the top, as the user sees it, or NULL when
 * none is shown. */
static const char *
shown_error (RcConsortiumDialog *dialog)
{
  if (!gtk_revealer_get_reveal_child (rc_test_child (dialog, RC_TYPE_CONSORTIUM_DIALOG, "error_revealer")))
    return NULL;

  return gtk_label_get_label (rc_test_child (dialog, RC_TYPE_CONSORTIUM_DIALOG, "error_label"));
}

static RcStore *
new_store (void)
{
  static guint counter;
  g_autofree char *path = g_strdup_printf ("%s/consortium-%u.db", rc_test_get_tmpdir (), ++counter);
  g_autoptr(GError) error = NULL;
  RcStore *store = rc_store_open (path, &error);

  g_assert_no_error (error);

  return store;
}

static gint64
council_id (RcStore    *store,
            const char *code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RcCouncil) council = rc_store_find_council_by_code (store, code, &error);

  g_assert_no_error (error);
  g_assert_nonnull (council);

  return council->id;
}

static gint64
save_consortium (RcStore *store)
{
  g_autoptr(RcConsortium) consortium = rc_consortium_new ();
  g_autoptr(GError) error = NULL;

  consortium->name = g_strdup ("Wessex partnership");
  consortium->lead_council_id = council_id (store, SOMERSET);
  g_assert_true (rc_store_save_consortium (store, consortium, &error));
  g_assert_no_error (error);

  return consortium->id;
}

static gboolean
widget_is_drawn (gpointer data)
{
  return gtk_widget_get_mapped (data) && gtk_widget_get_width (data) > 0;
}

static RcConsortiumDialog *
show_dialog (RcStore *store,
             gint64   consortium_id)
{
  GtkWidget *dialog = rc_consortium_dialog_new (NULL, store, consortium_id);

  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_true (rc_test_wait_for (widget_is_drawn, dialog, 5000));

  return RC_CONSORTIUM_DIALOG (dialog);
}

static void
close_dialog (RcConsortiumDialog *dialog)
{
  g_object_ref (dialog);
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_finalize_object (dialog);
}

static GtkWidget *
find_group (GtkWidget  *widget,
            const char *title)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (ADW_IS_PREFERENCES_GROUP (child)
          && g_strcmp0 (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (child)), title) == 0)
        return child;
      if ((found = find_group (child, title)) != NULL)
        return found;
    }

  return NULL;
}

static void
collect_rows (GtkWidget *widget,
              GString   *out)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (ADW_IS_ACTION_ROW (child))
        g_string_append_printf (out, "%s: %s\n",
                                adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child)),
                                adw_action_row_get_subtitle (ADW_ACTION_ROW (child)));
      else
        collect_rows (child, out);
    }
}

/* The rows of a group as a user reads them, "title: subtitle" a line; NULL
 * when the group is hidden. */
static char *
group_rows (RcConsortiumDialog *dialog,
            const char         *title)
{
  GtkWidget *group = find_group (GTK_WIDGET (dialog), title);
  GString *out = g_string_new (NULL);

  g_assert_nonnull (group);
  if (!gtk_widget_is_visible (group))
    {
      g_string_free (out, TRUE);
      return NULL;
    }
  collect_rows (group, out);

  return g_string_free (out, FALSE);
}

static GtkWidget *
find_action_button (GtkWidget  *widget,
                    const char *action_name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child)
          && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (child)), action_name) == 0)
        return child;
      if ((found = find_action_button (child, action_name)) != NULL)
        return found;
    }

  return NULL;
}

static gboolean
can_add_member (RcConsortiumDialog *dialog)
{
  GtkWidget *button = find_action_button (GTK_WIDGET (dialog), "consortium.add-member");

  g_assert_nonnull (button);

  return gtk_widget_is_sensitive (button);
}

/* The store's members as "code role joined left" lines. */
static char *
stored_members (RcStore *store,
                gint64   consortium_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) members = rc_store_list_members (store, consortium_id, &error);
  GString *out = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(RcConsortiumMember) member = g_list_model_get_item (members, i);

      g_string_append_printf (out, "%s %s %s %s\n", member->council_name, member->role,
                              member->joined_on, member->left_on ? member->left_on : "-");
    }

  return g_string_free (out, FALSE);
}

static gint64
member_id (RcStore    *store,
           gint64      consortium_id,
           const char *code)
{
  g_autoptr(GListModel) members = rc_store_list_members (store, consortium_id, NULL);
  gint64 council = council_id (store, code);

  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(RcConsortiumMember) member = g_list_model_get_item (members, i);

      if (member->council_id == council)
        return member->id;
    }
  g_assert_not_reached ();
}

static void
add_member (RcConsortiumDialog *dialog,
            gint64              council,
            const char         *role,
            const char         *joined_on,
            const char         *left_on)
{
  rc_consortium_dialog_set_new_member (dialog, council, role, joined_on, left_on);
  g_assert_null (shown_member_error (dialog));
  g_assert_true (can_add_member (dialog));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "consortium.add-member", NULL));
  g_assert_null (shown_error (dialog));
}

static void
test_create_and_end_membership (void)
{
  g_autoptr(RcStore) store = new_store ();
  RcConsortiumDialog *dialog = show_dialog (store, 0);
  g_autoptr(RcConsortium) saved = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *members = NULL;
  g_autofree char *current = NULL;
  g_autofree char *past = NULL;
  AdwMessageDialog *prompt;
  gint64 id;

  /* Nothing to create until it has a name and a lead; no members yet. */
  g_assert_false (gtk_widget_is_sensitive (find_action_button (GTK_WIDGET (dialog), "consortium.save")));
  g_assert_false (gtk_widget_is_visible (find_group (GTK_WIDGET (dialog), "Current Members")));
  rc_consortium_dialog_set_name (dialog, "South West Step Up Partnership");
  g_assert_false (gtk_widget_is_sensitive (find_action_button (GTK_WIDGET (dialog), "consortium.save")));
  rc_consortium_dialog_set_lead (dialog, council_id (store, SOMERSET));
  g_assert_true (gtk_widget_is_sensitive (find_action_button (GTK_WIDGET (dialog), "consortium.save")));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "consortium.save", NULL));
  g_assert_null (shown_error (dialog));
  id = rc_consortium_dialog_get_consortium_id (dialog);
  g_assert_cmpint (id, >, 0);
  saved = rc_store_get_consortium (store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (saved->name, ==, "South West Step Up Partnership");
  g_assert_cmpint (saved->lead_council_id, ==, council_id (store, SOMERSET));
  g_assert_true (gtk_widget_is_visible (find_group (GTK_WIDGET (dialog), "Current Members")));
  members = stored_members (store, id);
  g_assert_cmpstr (members, ==, "");

  /* The form offers the lead as the first member. */
  g_assert_true (can_add_member (dialog));
  add_member (dialog, council_id (store, SOMERSET), "lead", "2023-04-01", NULL);
  add_member (dialog, council_id (store, BANES), "partner", "2015-01-01", NULL);
  add_member (dialog, council_id (store, NORTH_SOMERSET), "partner", "2016-04-01", NULL);
  g_clear_pointer (&members, g_free);
  members = stored_members (store, id);
  g_assert_cmpstr (members, ==,
                   "Somerset lead 2023-04-01 -\n"
                   "Bath and North East Somerset partner 2015-01-01 -\n"
                   "North Somerset partner 2016-04-01 -\n");
  current = group_rows (dialog, "Current Members");
  g_assert_cmpstr (current, ==,
                   "Somerset: Lead since 2023-04-01\n"
                   "Bath and North East Somerset: Partner since 2015-01-01\n"
                   "North Somerset: Partner since 2016-04-01\n");
  g_assert_null (group_rows (dialog, "Past Members"));

  /* Ending asks for the last day, and keeps the history. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "consortium.end-membership", "x",
                                             member_id (store, id, NORTH_SOMERSET)));
  prompt = rc_consortium_dialog_get_prompt (dialog);
  g_assert_nonnull (prompt);
  gtk_editable_set_text (GTK_EDITABLE (adw_message_dialog_get_extra_child (prompt)), "2016-03-01");
  g_assert_false (adw_message_dialog_get_response_enabled (prompt, "end"));
  gtk_editable_set_text (GTK_EDITABLE (adw_message_dialog_get_extra_child (prompt)), "2019-03-31");
  g_assert_true (adw_message_dialog_get_response_enabled (prompt, "end"));
  adw_message_dialog_response (prompt, "end");
  rc_test_wait_for_frame (dialog);
  g_assert_null (shown_error (dialog));

  g_clear_pointer (&members, g_free);
  members = stored_members (store, id);
  g_assert_cmpstr (members, ==,
                   "Somerset lead 2023-04-01 -\n"
                   "Bath and North East Somerset partner 2015-01-01 -\n"
                   "North Somerset partner 2016-04-01 2019-03-31\n");
  g_clear_pointer (&current, g_free);
  current = group_rows (dialog, "Current Members");
  g_assert_cmpstr (current, ==,
                   "Somerset: Lead since 2023-04-01\n"
                   "Bath and North East Somerset: Partner since 2015-01-01\n");
  past = group_rows (dialog, "Past Members");
  g_assert_cmpstr (past, ==, "North Somerset: 2016-04-01 – 2019-03-31\n");

  close_dialog (dialog);
}

static void
test_invalid_dates_add_nothing (void)
{
  g_autoptr(RcStore) store = new_store ();
  gint64 id = save_consortium (store);
  RcConsortiumDialog *dialog = show_dialog (store, id);
  g_autofree char *members = NULL;

  /* Until a council is chosen there is nothing to add, and nothing wrong. */
  g_assert_false (can_add_member (dialog));
  g_assert_null (shown_member_error (dialog));

  rc_consortium_dialog_set_new_member (dialog, council_id (store, BANES), "partner", "2015-01-01", "2014-12-31");
  g_assert_cmpstr (shown_member_error (dialog), ==,
                   "The leaving date is before the joining date");
  g_assert_false (can_add_member (dialog));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "consortium.add-member", NULL);

  rc_consortium_dialog_set_new_member (dialog, council_id (store, BANES), "partner", "01/01/2015", NULL);
  g_assert_nonnull (strstr (shown_member_error (dialog), "01/01/2015"));
  g_assert_false (can_add_member (dialog));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "consortium.add-member", NULL);

  members = stored_members (store, id);
  g_assert_cmpstr (members, ==, "");
  g_assert_null (group_rows (dialog, "Past Members"));

  /* Put right, it goes in. */
  add_member (dialog, council_id (store, BANES), "partner", "2015-01-01", "2015-12-31");
  g_clear_pointer (&members, g_free);
  members = stored_members (store, id);
  g_assert_cmpstr (members, ==, "Bath and North East Somerset partner 2015-01-01 2015-12-31\n");

  close_dialog (dialog);
}

static void
test_current_member_refused (void)
{
  g_autoptr(RcStore) store = new_store ();
  gint64 id = save_consortium (store);
  RcConsortiumDialog *dialog = show_dialog (store, id);
  g_autofree char *members = NULL;

  add_member (dialog, council_id (store, BANES), "partner", "2015-01-01", NULL);

  rc_consortium_dialog_set_new_member (dialog, council_id (store, BANES), "proposed", "2020-01-01", NULL);
  g_assert_cmpstr (shown_member_error (dialog), ==,
                   "Bath and North East Somerset is already a current member");
  g_assert_false (can_add_member (dialog));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "consortium.add-member", NULL);
  members = stored_members (store, id);
  g_assert_cmpstr (members, ==, "Bath and North East Somerset partner 2015-01-01 -\n");

  /* An earlier, separate spell of membership is history, not a clash. */
  add_member (dialog, council_id (store, BANES), "proposed", "2010-01-01", "2012-12-31");
  g_clear_pointer (&members, g_free);
  members = stored_members (store, id);
  g_assert_cmpstr (members, ==,
                   "Bath and North East Somerset partner 2015-01-01 -\n"
                   "Bath and North East Somerset proposed 2010-01-01 2012-12-31\n");

  close_dialog (dialog);
}

static void
test_remove_after_confirming (void)
{
  g_autoptr(RcStore) store = new_store ();
  gint64 id = save_consortium (store);
  RcConsortiumDialog *dialog = show_dialog (store, id);
  g_autofree char *members = NULL;
  g_autofree char *current = NULL;
  AdwMessageDialog *prompt;
  gint64 banes;

  add_member (dialog, council_id (store, BANES), "partner", "2015-01-01", NULL);
  add_member (dialog, council_id (store, NORTH_SOMERSET), "proposed", "2016-10-31", NULL);
  banes = member_id (store, id, BANES);

  /* Cancelled: nothing happens. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "consortium.remove-member", "x", banes));
  prompt = rc_consortium_dialog_get_prompt (dialog);
  g_assert_nonnull (prompt);
  g_assert_cmpstr (adw_message_dialog_get_heading (prompt), ==, "Remove Bath and North East Somerset?");
  g_signal_emit_by_name (prompt, "response", "cancel");
  members = stored_members (store, id);
  g_assert_cmpstr (members, ==,
                   "Bath and North East Somerset partner 2015-01-01 -\n"
                   "North Somerset proposed 2016-10-31 -\n");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (prompt)));
  gtk_window_destroy (GTK_WINDOW (prompt));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "consortium.remove-member", "x", banes));
  prompt = rc_consortium_dialog_get_prompt (dialog);
  adw_message_dialog_response (prompt, "remove");
  rc_test_wait_for_frame (dialog);
  g_assert_null (shown_error (dialog));

  g_clear_pointer (&members, g_free);
  members = stored_members (store, id);
  g_assert_cmpstr (members, ==, "North Somerset proposed 2016-10-31 -\n");
  current = group_rows (dialog, "Current Members");
  g_assert_cmpstr (current, ==, "North Somerset: Proposed since 2016-10-31\n");

  close_dialog (dialog);
}

static void
test_store_errors_are_shown (void)
{
  g_autoptr(RcStore) store = new_store ();
  gint64 id = save_consortium (store);
  RcConsortiumDialog *dialog = show_dialog (store, id);
  g_autoptr(RcConsortium) saved = NULL;
  g_autofree char *members = NULL;

  add_member (dialog, council_id (store, BANES), "partner", "2015-01-01", NULL);

  /* The store refuses a membership that ends before it began. */
  g_assert_false (rc_consortium_dialog_end_membership (dialog, member_id (store, id, BANES), "2014-03-31"));
  g_assert_cmpstr (shown_error (dialog), ==,
                   "Could not save: A council cannot leave a consortium before it joins");
  members = stored_members (store, id);
  g_assert_cmpstr (members, ==, "Bath and North East Somerset partner 2015-01-01 -\n");

  g_assert_true (rc_consortium_dialog_end_membership (dialog, member_id (store, id, BANES), "2019-03-31"));
  g_assert_null (shown_error (dialog));

  /* A saved consortium saves a changed name as it is applied. */
  rc_consortium_dialog_set_name (dialog, "   ");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "consortium.save", NULL));
  g_assert_cmpstr (shown_error (dialog), ==, "Could not save: A consortium needs a name");
  rc_consortium_dialog_set_name (dialog, "Wessex and Avon partnership");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "consortium.save", NULL));
  g_assert_null (shown_error (dialog));
  saved = rc_store_get_consortium (store, id, NULL);
  g_assert_cmpstr (saved->name, ==, "Wessex and Avon partnership");

  /* Choosing another lead saves it at once. */
  rc_consortium_dialog_set_lead (dialog, council_id (store, NORTH_SOMERSET));
  g_clear_object (&saved);
  saved = rc_store_get_consortium (store, id, NULL);
  g_assert_cmpint (saved->lead_council_id, ==, council_id (store, NORTH_SOMERSET));

  close_dialog (dialog);
}

static void
test_demo_members (void)
{
  g_autoptr(RcStore) store = new_store ();
  g_autoptr(GListModel) consortia = NULL;
  g_autoptr(RcConsortium) consortium = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *past = NULL;
  g_autofree char *current = NULL;
  g_auto(GStrv) lines = NULL;
  RcConsortiumDialog *dialog;

  g_assert_true (rc_demo_populate (store, &error));
  g_assert_no_error (error);
  consortia = rc_store_list_consortia (store, &error);
  consortium = g_list_model_get_item (consortia, 0);
  dialog = show_dialog (store, consortium->id);

  /* Somerset County Council's years as lead are history; the unitary
   * council that succeeded it leads now. */
  past = group_rows (dialog, "Past Members");
  g_assert_cmpstr (past, ==, "Somerset: 2015-01-01 – 2023-03-31\n");
  current = group_rows (dialog, "Current Members");
  g_assert_true (g_str_has_prefix (current, "Somerset: Lead since 2023-04-01\n"));
  lines = g_strsplit (current, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 12);

  /* Somerset County Council, now former, cannot join again open-ended. */
  rc_consortium_dialog_set_new_member (dialog, council_id (store, "E10000027"), "partner", "2024-01-01", NULL);
  g_assert_nonnull (shown_member_error (dialog));
  g_assert_false (can_add_member (dialog));

  close_dialog (dialog);
}

/* Adding a member saves it alone: a name typed and not saved is still asked
 * about, and saving the details keeps asking about a member typed in and
 * not added. */
static void
test_add_member_keeps_unsaved (void)
{
  g_autoptr(RcStore) store = new_store ();
  RcConsortiumDialog *dialog = show_dialog (store, 0);

  rc_consortium_dialog_set_name (dialog, "South West Step Up Partnership");
  rc_consortium_dialog_set_lead (dialog, council_id (store, SOMERSET));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "consortium.save", NULL));

  rc_consortium_dialog_set_name (dialog, "Wessex Step Up Partnership");
  add_member (dialog, council_id (store, SOMERSET), "lead", "2023-04-01", NULL);
  gtk_window_close (GTK_WINDOW (dialog));
  g_assert_nonnull (rc_test_get_question (dialog));
  rc_test_answer_question (dialog, "cancel");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));

  /* Saved, the dialog closes at once. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "consortium.save", NULL));
  g_object_ref (dialog);
  gtk_window_close (GTK_WINDOW (dialog));
  g_assert_null (rc_test_get_question (dialog));
  g_assert_finalize_object (dialog);
}

static void
test_save_details_keeps_new_member (void)
{
  g_autoptr(RcStore) store = new_store ();
  RcConsortiumDialog *dialog = show_dialog (store, 0);

  rc_consortium_dialog_set_name (dialog, "South West Step Up Partnership");
  rc_consortium_dialog_set_lead (dialog, council_id (store, SOMERSET));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "consortium.save", NULL));

  rc_consortium_dialog_set_new_member (dialog, council_id (store, BANES), "partner", "2015-01-01", NULL);
  rc_consortium_dialog_set_name (dialog, "Wessex Step Up Partnership");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "consortium.save", NULL));
  gtk_window_close (GTK_WINDOW (dialog));
  g_assert_nonnull (rc_test_get_question (dialog));
  rc_test_answer_question (dialog, "cancel");
  close_dialog (dialog);
}

int
main (int   argc,
      char *argv[])
{
  rc_test_init_gtk (&argc, &argv);

  g_test_add_func ("/consortium-dialog/create-and-end-membership", test_create_and_end_membership);
  g_test_add_func ("/consortium-dialog/invalid-dates-add-nothing", test_invalid_dates_add_nothing);
  g_test_add_func ("/consortium-dialog/current-member-refused", test_current_member_refused);
  g_test_add_func ("/consortium-dialog/remove-after-confirming", test_remove_after_confirming);
  g_test_add_func ("/consortium-dialog/store-errors-are-shown", test_store_errors_are_shown);
  g_test_add_func ("/consortium-dialog/demo-members", test_demo_members);
  g_test_add_func ("/consortium-dialog/add-member-keeps-unsaved", test_add_member_keeps_unsaved);
  g_test_add_func ("/consortium-dialog/save-details-keeps-new-member", test_save_details_keeps_new_member);

  return g_test_run ();
}
