/* test-field-row.c: one form row: an error (its style, and the field
 * invalid for assistive technology), a warning (its style, the field
 * valid), cleared; the field rules' findings; a length kept to; Tab and
 * Enter; and a dialog built on it refusing to save what is wrong
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-field-row"

#include "config.h"

#include <adwaita.h>

#include "rc-test-util.h"
#include "sample/rc-demo.h"
#include "views/rc-consortium-dialog.h"
#include "views/rc-field-row.h"
#include "views/rc-workforce-return-dialog.h"
#include "views/rc-trainee-dialog.h"

typedef struct {
  GtkWindow  *window;
  RcFieldRow *name;       /* an entry row */
  RcFieldRow *email;      /* an entry row */
  RcFieldRow *role;       /* a combo row */
  RcFieldRow *joined;     /* an action row with an entry */
  GtkWidget  *joined_entry;
} Form;

static gboolean
is_drawn (gpointer widget)
{
  return gtk_widget_get_mapped (widget) && gtk_widget_get_width (widget) > 0;
}

static RcFieldRow *
add_field (AdwPreferencesGroup *group,
           GtkWidget           *row,
           const char          *title,
           const char          *key)
{
  GtkWidget *field = rc_field_row_new (row, key);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_group_add (group, field);

  return RC_FIELD_ROW (field);
}

/* A form as a dialog's .ui builds one: field rows in a boxed list. */
static void
form_open (Form *form)
{
  GtkWidget *page = adw_preferences_page_new ();
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  GtkWidget *combo = adw_combo_row_new ();
  GtkWidget *action = adw_action_row_new ();
  g_autoptr(GtkStringList) roles = gtk_string_list_new ((const char *[]) { "Partner", "Lead", NULL });

  adw_combo_row_set_model (ADW_COMBO_ROW (combo), G_LIST_MODEL (roles));
  form->name = add_field (group, adw_entry_row_new (), "Name", "name");
  form->email = add_field (group, adw_entry_row_new (), "E-mail", "email");
  form->role = add_field (group, combo, "Role", "role");
  form->joined = add_field (group, action, "Joined", "joined_on");
  /* As a builder does it: the activatable widget after the row is added. */
  form->joined_entry = gtk_entry_new ();
  gtk_widget_set_valign (form->joined_entry, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (action), form->joined_entry);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (action), form->joined_entry);

  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), group);
  form->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (form->window, 360, 600);
  gtk_window_set_child (form->window, page);
  gtk_window_present (form->window);
  g_assert_true (rc_test_wait_for (is_drawn, form->window, 5000));
}

static void
form_close (Form *form)
{
  g_object_ref (form->window);
  gtk_window_destroy (form->window);
  g_assert_finalize_object (form->window);
}

static GtkWidget *
message (RcFieldRow *field)
{
  return rc_test_child (field, RC_TYPE_FIELD_ROW, "message_label");
}

static gboolean
is_invalid (GtkWidget *widget)
{
  return gtk_test_accessible_check_state (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_STATE_INVALID,
                                          GTK_ACCESSIBLE_INVALID_TRUE) == NULL;
}

static void
assert_nothing_shown (RcFieldRow *field)
{
  GtkWidget *control = rc_field_row_get_control (field);
  GtkWidget *row = rc_field_row_get_row (field);

  g_assert_null (rc_field_row_get_error (field));
  g_assert_null (rc_field_row_get_warning (field));
  g_assert_false (gtk_widget_get_visible (message (field)));
  g_assert_false (gtk_widget_has_css_class (row, "error"));
  g_assert_false (gtk_widget_has_css_class (row, "warning"));
  g_assert_false (gtk_widget_has_css_class (control, "error"));
  g_assert_false (gtk_widget_has_css_class (control, "warning"));
  g_assert_false (gtk_test_accessible_has_state (GTK_ACCESSIBLE (control), GTK_ACCESSIBLE_STATE_INVALID));
  g_assert_false (gtk_test_accessible_has_property (GTK_ACCESSIBLE (control), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION));
}

static void
test_error (void)
{
  Form form;
  GtkWidget *row;

  form_open (&form);
  row = rc_field_row_get_row (form.email);
  g_assert_true (rc_field_row_get_control (form.email) == row);
  assert_nothing_shown (form.email);

  rc_field_row_show (form.email, "An e-mail address looks like name@example.org", NULL);
  g_assert_cmpstr (rc_field_row_get_error (form.email), ==, "An e-mail address looks like name@example.org");
  g_assert_null (rc_field_row_get_warning (form.email));
  /* On screen, under the field, in the error style... */
  g_assert_true (gtk_widget_is_visible (message (form.email)));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (message (form.email))), ==,
                   "An e-mail address looks like name@example.org");
  g_assert_true (gtk_widget_has_css_class (message (form.email), "error"));
  g_assert_true (gtk_widget_has_css_class (row, "error"));
  g_assert_false (gtk_widget_has_css_class (row, "warning"));
  /* ...and for a screen reader: invalid, and why. */
  g_assert_true (is_invalid (row));
  gtk_test_accessible_assert_property (row, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "An e-mail address looks like name@example.org");
  /* The other fields are untouched. */
  assert_nothing_shown (form.name);

  /* An error is shown rather than a warning given with it. */
  rc_field_row_show (form.email, "Wrong", "Unlikely");
  g_assert_cmpstr (rc_field_row_get_error (form.email), ==, "Wrong");
  g_assert_null (rc_field_row_get_warning (form.email));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (message (form.email))), ==, "Wrong");

  rc_field_row_clear (form.email);
  assert_nothing_shown (form.email);
  form_close (&form);
}

static void
test_warning (void)
{
  Form form;
  GtkWidget *row;

  form_open (&form);
  row = rc_field_row_get_row (form.name);
  rc_field_row_show (form.name, "Wrong", NULL);
  rc_field_row_show (form.name, NULL, "Applied on 1999-05-01, a year before 2000: check the year");

  g_assert_null (rc_field_row_get_error (form.name));
  g_assert_cmpstr (rc_field_row_get_warning (form.name), ==,
                   "Applied on 1999-05-01, a year before 2000: check the year");
  /* A sign as well as a colour. */
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (message (form.name))), ==,
                   "⚠ Applied on 1999-05-01, a year before 2000: check the year");
  g_assert_true (gtk_widget_is_visible (message (form.name)));
  g_assert_true (gtk_widget_has_css_class (message (form.name), "warning"));
  g_assert_false (gtk_widget_has_css_class (message (form.name), "error"));
  g_assert_true (gtk_widget_has_css_class (row, "warning"));
  g_assert_false (gtk_widget_has_css_class (row, "error"));
  /* Allowed: the field is valid, and says why it is unusual. */
  g_assert_false (gtk_test_accessible_has_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_INVALID));
  gtk_test_accessible_assert_property (row, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "Applied on 1999-05-01, a year before 2000: check the year");

  rc_field_row_show (form.name, NULL, NULL);
  assert_nothing_shown (form.name);
  form_close (&form);
}

/* A row whose control is the entry beside its title, as the consortium's
 * new member has: the entry is marked, as well as the row. */
static void
test_action_row (void)
{
  Form form;

  form_open (&form);
  g_assert_true (rc_field_row_get_control (form.joined) == form.joined_entry);

  rc_field_row_show (form.joined, "“2030-13-01” is not a day of the calendar", NULL);
  g_assert_true (gtk_widget_has_css_class (form.joined_entry, "error"));
  g_assert_true (gtk_widget_has_css_class (rc_field_row_get_row (form.joined), "error"));
  g_assert_true (is_invalid (form.joined_entry));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (message (form.joined))), ==,
                   "“2030-13-01” is not a day of the calendar");

  /* Typing there is a change of the field. */
  g_assert_false (rc_field_row_get_edited (form.joined));
  gtk_editable_set_text (GTK_EDITABLE (form.joined_entry), "2030-12-01");
  g_assert_true (rc_field_row_get_edited (form.joined));
  g_assert_cmpstr (rc_field_row_get_text (form.joined), ==, "2030-12-01");

  rc_field_row_clear (form.joined);
  assert_nothing_shown (form.joined);
  form_close (&form);
}

static void
test_findings (void)
{
  g_autoptr(GPtrArray) findings = rc_findings_new ();
  Form form;

  rc_findings_add (findings, "email", RC_FINDING_ERROR, g_strdup ("An e-mail address looks like name@example.org"));
  rc_findings_add (findings, "name", RC_FINDING_WARNING, g_strdup ("An unusual name"));
  rc_findings_add (findings, "joined_on", RC_FINDING_CONFIRM, g_strdup ("Joined before the consortium began"));
  form_open (&form);

  /* The rules' error, for a field that reads... */
  g_assert_false (rc_field_row_show_findings (form.email, NULL, TRUE, findings));
  g_assert_cmpstr (rc_field_row_get_error (form.email), ==, "An e-mail address looks like name@example.org");
  g_assert_true (is_invalid (rc_field_row_get_control (form.email)));
  /* ...but the form's own first: it knows best what is wrong with the text. */
  g_assert_false (rc_field_row_show_findings (form.email, "Enter an e-mail address", FALSE, findings));
  g_assert_cmpstr (rc_field_row_get_error (form.email), ==, "Enter an e-mail address");
  /* Not for one that gives no value yet, such as an empty field not scolded. */
  g_assert_true (rc_field_row_show_findings (form.email, NULL, FALSE, findings));
  assert_nothing_shown (form.email);

  /* A warning, and what saving will ask to confirm, are warnings here. */
  g_assert_true (rc_field_row_show_findings (form.name, NULL, TRUE, findings));
  g_assert_cmpstr (rc_field_row_get_warning (form.name), ==, "An unusual name");
  g_assert_true (rc_field_row_show_findings (form.joined, NULL, TRUE, findings));
  g_assert_cmpstr (rc_field_row_get_warning (form.joined), ==, "Joined before the consortium began");
  g_assert_false (gtk_test_accessible_has_state (GTK_ACCESSIBLE (form.joined_entry), GTK_ACCESSIBLE_STATE_INVALID));

  /* A key the findings do not name: nothing. */
  g_assert_true (rc_field_row_show_findings (form.role, NULL, TRUE, findings));
  assert_nothing_shown (form.role);
  /* No findings at all. */
  g_assert_true (rc_field_row_show_findings (form.name, NULL, TRUE, NULL));
  assert_nothing_shown (form.name);
  form_close (&form);
}

static void
test_max_length (void)
{
  g_autofree char *long_name = g_strnfill (RC_LIMIT_NAME + 20, 'a');
  g_autofree char *cut = NULL;
  Form form;

  form_open (&form);
  rc_field_row_set_max_length (form.name, RC_LIMIT_NAME);
  /* The entry itself takes no more, as the user finds it. */
  g_assert_cmpint (gtk_text_get_max_length (GTK_TEXT (gtk_editable_get_delegate (GTK_EDITABLE (rc_field_row_get_row (form.name))))),
                   ==, RC_LIMIT_NAME);

  /* Pasted, or set, longer than it may be: cut, and said. */
  rc_field_row_set_text (form.name, long_name);
  g_assert_cmpint (g_utf8_strlen (rc_field_row_get_text (form.name), -1), ==, RC_LIMIT_NAME);
  cut = rc_field_row_dup_cut_message (form.name);
  g_assert_cmpstr (cut, ==, "Only the first 200 characters were kept: at most 200 fit here");
  rc_field_row_show (form.name, NULL, NULL);
  g_assert_cmpstr (rc_field_row_get_warning (form.name), ==, cut);
  g_assert_true (gtk_widget_has_css_class (rc_field_row_get_row (form.name), "warning"));
  /* With a warning of the rules after it. */
  rc_field_row_show (form.name, NULL, "An unusual name");
  g_assert_cmpstr (rc_field_row_get_warning (form.name), ==,
                   "Only the first 200 characters were kept: at most 200 fit here; An unusual name");
  /* An error replaces it. */
  rc_field_row_show (form.name, "A cohort needs a name", NULL);
  g_assert_null (rc_field_row_get_warning (form.name));

  /* Shortened: what is there is what was typed. */
  rc_field_row_set_text (form.name, "Mary Jane");
  rc_field_row_show (form.name, NULL, NULL);
  assert_nothing_shown (form.name);

  /* Multibyte characters count as one each. */
  rc_field_row_set_max_length (form.email, 3);
  rc_field_row_set_text (form.email, "ééééé");
  g_assert_cmpstr (rc_field_row_get_text (form.email), ==, "ééé");
  form_close (&form);
}

static void
on_changed (RcFieldRow *field,
            guint      *count)
{
  (*count)++;
}

static void
test_changed (void)
{
  Form form;
  guint name_changes = 0;
  guint role_changes = 0;

  form_open (&form);
  g_signal_connect (form.name, "changed", G_CALLBACK (on_changed), &name_changes);
  g_signal_connect (form.role, "changed", G_CALLBACK (on_changed), &role_changes);

  /* Filled in as stored: not a change. */
  rc_field_row_fill (form.name, "Somerset");
  g_assert_cmpstr (rc_field_row_get_text (form.name), ==, "Somerset");
  g_assert_cmpuint (name_changes, ==, 0);
  g_assert_false (rc_field_row_get_edited (form.name));

  /* Typed: a change (two: what was there goes, the new text comes), and
   * the field is edited. */
  rc_field_row_set_text (form.name, "Somerset Council");
  g_assert_cmpuint (name_changes, >, 0);
  g_assert_true (rc_field_row_get_edited (form.name));
  rc_field_row_set_edited (form.name, FALSE);
  g_assert_false (rc_field_row_get_edited (form.name));

  /* Another choice in a combo row. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (rc_field_row_get_row (form.role)), 1);
  g_assert_cmpuint (role_changes, ==, 1);
  g_assert_true (rc_field_row_get_edited (form.role));
  g_assert_cmpstr (rc_field_row_get_text (form.role), ==, "");

  /* Shown while the row it holds is. */
  gtk_widget_set_visible (rc_field_row_get_row (form.role), FALSE);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (form.role)));
  gtk_widget_set_visible (rc_field_row_get_row (form.role), TRUE);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (form.role)));
  form_close (&form);
}

static gboolean
popover_shown (gpointer row)
{
  GtkWidget *popover = rc_test_find_widget (row, GTK_TYPE_POPOVER);

  return popover != NULL && gtk_widget_get_visible (popover);
}

/* One stop for Tab a field, at its control, messages shown or not; and
 * a combo row inside opens from the keyboard as one in a form's list. */
static void
test_keyboard (void)
{
  Form form;
  GtkWidget *focus;
  GtkWidget *list;

  form_open (&form);
  rc_field_row_show (form.name, "Enter the given name", NULL);
  rc_field_row_show (form.email, NULL, "Unlikely");
  /* Tab follows the rows as laid out: let the messages take their place
   * first, which on a busy machine takes more than one frame. */
  rc_test_flush (300);

  gtk_widget_grab_focus (GTK_WIDGET (form.name));
  /* The entry row starts editing when focused: let it lay that out. */
  rc_test_wait_for_frame (form.window);
  focus = gtk_root_get_focus (GTK_ROOT (form.window));
  g_assert_true (GTK_IS_TEXT (focus));
  g_assert_true (gtk_widget_is_ancestor (focus, rc_field_row_get_row (form.name)));

  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (form.window), GTK_DIR_TAB_FORWARD));
  focus = gtk_root_get_focus (GTK_ROOT (form.window));
  g_test_message ("after the name (window %s), Tab reached a %s in a %s",
                  gtk_window_is_active (form.window) ? "active" : "not active", G_OBJECT_TYPE_NAME (focus),
                  gtk_widget_get_ancestor (focus, ADW_TYPE_PREFERENCES_ROW) != NULL
                  ? adw_preferences_row_get_title (ADW_PREFERENCES_ROW (gtk_widget_get_ancestor (focus, ADW_TYPE_PREFERENCES_ROW)))
                  : "(no row)");
  g_assert_true (GTK_IS_TEXT (focus));
  g_assert_true (gtk_widget_is_ancestor (focus, rc_field_row_get_row (form.email)));

  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (form.window), GTK_DIR_TAB_FORWARD));
  focus = gtk_root_get_focus (GTK_ROOT (form.window));
  g_assert_true (focus == rc_field_row_get_row (form.role));

  /* An action row takes the focus, as it would in the form's list, then
   * its entry. */
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (form.window), GTK_DIR_TAB_FORWARD));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (form.window)) == rc_field_row_get_row (form.joined));
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (form.window), GTK_DIR_TAB_FORWARD));
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (form.window)), form.joined_entry));

  /* And back. */
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (form.window), GTK_DIR_TAB_BACKWARD));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (form.window)) == rc_field_row_get_row (form.joined));
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (form.window), GTK_DIR_TAB_BACKWARD));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (form.window)) == rc_field_row_get_row (form.role));
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (form.window), GTK_DIR_TAB_BACKWARD));
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (form.window)),
                                         rc_field_row_get_row (form.email)));

  /* Enter on the combo row: its list activates it, and it opens. */
  gtk_widget_grab_focus (GTK_WIDGET (form.role));
  list = gtk_widget_get_parent (rc_field_row_get_row (form.role));
  g_assert_true (GTK_IS_LIST_BOX (list));
  g_signal_emit_by_name (list, "activate-cursor-row");
  g_assert_true (rc_test_wait_for (popover_shown, rc_field_row_get_row (form.role), 5000));
  form_close (&form);
}

/* A dialog built on field rows refuses what is wrong: nothing is stored,
 * and the field says why. */

static RcStore *
open_demo (void)
{
  static guint counter;
  g_autofree char *path = g_strdup_printf ("%s/field-row-%u.db", rc_test_get_tmpdir (), ++counter);
  g_autoptr(GError) error = NULL;
  RcStore *store;

  g_assert_true (rc_demo_write (path, &error));
  g_assert_no_error (error);
  store = rc_store_open (path, &error);
  g_assert_no_error (error);

  return store;
}

static guint
n_returns (RcStore   *store,
           RcCouncil *council)
{
  g_autoptr(GListModel) returns = rc_store_list_council_returns (store, council->id, NULL);

  return g_list_model_get_n_items (returns);
}

static RcFieldRow *
field_of (GtkWidget *dialog,
          GType      type,
          const char *name)
{
  GObject *field = gtk_widget_get_template_child (dialog, type, name);

  g_assert_true (RC_IS_FIELD_ROW (field));

  return RC_FIELD_ROW (field);
}

/* Presented, and held until close_dialog() checks nothing else holds it. */
static GtkWidget *
show_dialog (GtkWidget *dialog)
{
  g_object_ref (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_true (rc_test_wait_for (is_drawn, dialog, 5000));

  return dialog;
}

static void
close_dialog (GtkWidget *dialog)
{
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_finalize_object (dialog);
}

static void
test_dialog_refuses (void)
{
  g_autoptr(RcStore) store = open_demo ();
  g_autoptr(RcCouncil) council = rc_store_find_council_by_code (store, "E06000022", NULL);
  g_autoptr(GListModel) cohorts = rc_store_list_cohorts (store, NULL);
  g_autoptr(RcCohort) cohort = g_list_model_get_item (cohorts, 0);
  g_autoptr(GListModel) trainees_before = rc_store_list_trainees (store, cohort->id, NULL);
  g_autoptr(GListModel) trainees_after = NULL;
  guint before = n_returns (store, council);
  GtkWidget *dialog = show_dialog (rc_workforce_return_dialog_new (NULL, store, council, NULL));
  RcFieldRow *in_post = field_of (dialog, RC_TYPE_WORKFORCE_RETURN_DIALOG, "in_post_field");

  rc_form_dialog_set_field (RC_FORM_DIALOG (RC_WORKFORCE_RETURN_DIALOG (dialog)), RC_RETURN_FIELD_YEAR, "2016");
  rc_form_dialog_set_field (RC_FORM_DIALOG (RC_WORKFORCE_RETURN_DIALOG (dialog)), RC_RETURN_FIELD_IN_POST, "27.9.3");
  g_assert_cmpstr (rc_field_row_get_error (in_post), ==, "Enter a number like 279.3");
  g_assert_true (is_invalid (rc_field_row_get_row (in_post)));
  g_assert_false (rc_form_dialog_can_save (RC_FORM_DIALOG (RC_WORKFORCE_RETURN_DIALOG (dialog))));

  /* The save, by its action or by Enter in the last field, stores nothing. */
  gtk_widget_activate_action (dialog, "return.save", NULL);
  g_assert_true (gtk_widget_get_visible (dialog));
  g_assert_cmpuint (n_returns (store, council), ==, before);
  g_assert_true (gtk_widget_is_visible (message (in_post)));

  /* Put right, it saves. */
  rc_form_dialog_set_field (RC_FORM_DIALOG (RC_WORKFORCE_RETURN_DIALOG (dialog)), RC_RETURN_FIELD_IN_POST, "27.93");
  assert_nothing_shown (in_post);
  g_assert_true (gtk_widget_activate_action (dialog, "return.save", NULL));
  g_assert_cmpuint (n_returns (store, council), ==, before + 1);
  close_dialog (dialog);

  /* The field rules' error, from app/model/, the same way. */
  dialog = show_dialog (rc_trainee_dialog_new (NULL, store, cohort, NULL));
  rc_form_dialog_set_field (RC_FORM_DIALOG (RC_TRAINEE_DIALOG (dialog)), RC_TRAINEE_DIALOG_FIELD_REFERENCE, "SU1-99");
  rc_form_dialog_set_field (RC_FORM_DIALOG (RC_TRAINEE_DIALOG (dialog)), RC_TRAINEE_DIALOG_FIELD_GIVEN_NAME, "Jo");
  rc_form_dialog_set_field (RC_FORM_DIALOG (RC_TRAINEE_DIALOG (dialog)), RC_TRAINEE_DIALOG_FIELD_FAMILY_NAME, "Bloggs");
  rc_form_dialog_set_field (RC_FORM_DIALOG (RC_TRAINEE_DIALOG (dialog)), RC_TRAINEE_DIALOG_FIELD_EMAIL, "jo@example");
  {
    RcFieldRow *email = field_of (dialog, RC_TYPE_TRAINEE_DIALOG, "email_field");

    g_assert_cmpstr (rc_field_row_get_key (email), ==, "email");
    g_assert_nonnull (rc_field_row_get_error (email));
    g_assert_true (is_invalid (rc_field_row_get_row (email)));
  }
  g_assert_false (rc_form_dialog_can_save (RC_FORM_DIALOG (RC_TRAINEE_DIALOG (dialog))));
  gtk_widget_activate_action (dialog, "trainee-dialog.save", NULL);
  g_assert_true (gtk_widget_get_visible (dialog));
  trainees_after = rc_store_list_trainees (store, cohort->id, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (trainees_after), ==, g_list_model_get_n_items (trainees_before));
  close_dialog (dialog);
}

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

/* The new member of a consortium: its date entries were marked for the
 * eye only; now for a screen reader too, and the message is under the
 * field rather than in place of the row's subtitle. */
static void
test_consortium_member (void)
{
  g_autoptr(RcStore) store = open_demo ();
  g_autoptr(GListModel) consortia = rc_store_list_consortia (store, NULL);
  g_autoptr(RcConsortium) consortium = g_list_model_get_item (consortia, 0);
  g_autoptr(RcCouncil) somerset = rc_store_find_council_by_code (store, "E06000066", NULL);
  GtkWidget *dialog = show_dialog (rc_consortium_dialog_new (NULL, store, consortium->id));
  RcFieldRow *joined = field_of (dialog, RC_TYPE_CONSORTIUM_DIALOG, "joined_field");
  GtkWidget *entry = GTK_WIDGET (gtk_widget_get_template_child (dialog, RC_TYPE_CONSORTIUM_DIALOG, "joined_entry"));

  g_assert_true (rc_field_row_get_control (joined) == entry);
  rc_consortium_dialog_set_new_member (RC_CONSORTIUM_DIALOG (dialog), somerset->id, "partner", "2030-13-01", NULL);
  g_assert_nonnull (shown_member_error (RC_CONSORTIUM_DIALOG (dialog)));
  g_assert_cmpstr (rc_field_row_get_error (joined), ==, shown_member_error (RC_CONSORTIUM_DIALOG (dialog)));
  g_assert_true (gtk_widget_is_visible (message (joined)));
  g_assert_true (gtk_widget_has_css_class (entry, "error"));
  g_assert_true (is_invalid (entry));

  rc_consortium_dialog_set_new_member (RC_CONSORTIUM_DIALOG (dialog), somerset->id, "partner", "2030-12-01", NULL);
  g_assert_null (rc_field_row_get_error (joined));
  g_assert_false (gtk_test_accessible_has_state (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_STATE_INVALID));
  close_dialog (dialog);
}

int
main (int   argc,
      char *argv[])
{
  rc_test_init_gtk (&argc, &argv);

  g_test_add_func ("/field-row/error", test_error);
  g_test_add_func ("/field-row/warning", test_warning);
  g_test_add_func ("/field-row/action-row", test_action_row);
  g_test_add_func ("/field-row/findings", test_findings);
  g_test_add_func ("/field-row/max-length", test_max_length);
  g_test_add_func ("/field-row/changed", test_changed);
  g_test_add_func ("/field-row/keyboard", test_keyboard);
  g_test_add_func ("/field-row/dialog-refuses", test_dialog_refuses);
  g_test_add_func ("/field-row/consortium-member", test_consortium_member);

  return g_test_run ();
}
