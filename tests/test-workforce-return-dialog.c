/* test-workforce-return-dialog.c: adding and editing a council's workforce return
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <adwaita.h>

#include "rc-test-util.h"
#include "views/rc-field-row.h"
#include "views/rc-workforce-return-dialog.h"

static RcStore *
open_store (void)
{
  static guint counter;
  g_autofree char *path = g_strdup_printf ("%s/return-dialog-%u.db", rc_test_get_tmpdir (), ++counter);
  g_autoptr(GError) error = NULL;
  RcStore *store = rc_store_open (path, &error);

  g_assert_no_error (error);

  return store;
}

static RcCouncil *
somerset (RcStore *store)
{
  g_autoptr(GError) error = NULL;
  RcCouncil *council = rc_store_find_council_by_code (store, "E06000066", &error);

  g_assert_no_error (error);
  g_assert_nonnull (council);
  g_assert_cmpstr (council->name, ==, "Somerset");

  return council;
}

/* Saves a return as another part of the program would, and reads it back
 * as a view has it, with the council's name. */
static RcWorkforceReturn *
add_return (RcStore   *store,
            RcCouncil *council,
            int        year,
            gint64     in_post_fte100)
{
  g_autoptr(RcWorkforceReturn) ret = rc_workforce_return_new ();
  g_autoptr(GError) error = NULL;
  RcWorkforceReturn *stored;

  ret->scope = RC_WORKFORCE_SCOPE_COUNCIL;
  ret->council_id = council->id;
  ret->year = year;
  ret->in_post_fte100 = rc_figure (in_post_fte100);
  ret->vacancies_fte100 = rc_figure (4900);
  g_assert_true (rc_store_save_workforce_return (store, ret, &error));
  g_assert_no_error (error);

  stored = rc_store_get_workforce_return (store, ret->id, &error);
  g_assert_no_error (error);

  return stored;
}

static guint
count_returns (RcStore   *store,
               RcCouncil *council)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) returns = rc_store_list_council_returns (store, council->id, &error);

  g_assert_no_error (error);

  return g_list_model_get_n_items (returns);
}

static RcWorkforceReturn *
stored_return_for (RcStore   *store,
                   RcCouncil *council,
                   int        year)
{
  g_autoptr(GListModel) returns = rc_store_list_council_returns (store, council->id, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (returns); i++)
    {
      g_autoptr(RcWorkforceReturn) ret = g_list_model_get_item (returns, i);

      if (ret->year == year)
        return g_steal_pointer (&ret);
    }

  return NULL;
}

static gboolean
widget_is_drawn (gpointer data)
{
  return gtk_widget_get_mapped (data) && gtk_widget_get_width (data) > 0;
}

static RcWorkforceReturnDialog *
show_dialog (RcStore           *store,
             RcCouncil         *council,
             RcWorkforceReturn *ret)
{
  GtkWidget *dialog = rc_workforce_return_dialog_new (NULL, store, council, ret);

  /* Held until close_dialog() checks that nothing else holds it. */
  g_object_ref (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_true (rc_test_wait_for (widget_is_drawn, dialog, 5000));

  return RC_WORKFORCE_RETURN_DIALOG (dialog);
}

static void
close_dialog (RcWorkforceReturnDialog *dialog)
{
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_finalize_object (dialog);
}

/* A template child; "year_row" is the row the field "year_field" holds. */
static GtkWidget *
child (RcWorkforceReturnDialog *dialog,
       const char              *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (dialog), RC_TYPE_WORKFORCE_RETURN_DIALOG, name);

  if (object == NULL && g_str_has_suffix (name, "_row"))
    {
      g_autofree char *stem = g_strndup (name, strlen (name) - strlen ("_row"));
      g_autofree char *field = g_strconcat (stem, "_field", NULL);

      return rc_field_row_get_row (RC_FIELD_ROW (child (dialog, field)));
    }
  g_assert_nonnull (object);

  return GTK_WIDGET (object);
}

/* The message shown below a field. */
static GtkWidget *
message_label (RcWorkforceReturnDialog *dialog,
               const char              *field_name)
{
  return rc_test_child (child (dialog, field_name), RC_TYPE_FIELD_ROW, "message_label");
}

static const char *
label_text (RcWorkforceReturnDialog *dialog,
            const char              *name)
{
  return gtk_label_get_text (GTK_LABEL (child (dialog, name)));
}

/* The message is on screen beside the field, and the field is marked. */
static void
assert_shown_error (RcWorkforceReturnDialog *dialog,
                    RcReturnField            field,
                    const char              *row_name,
                    const char              *field_name,
                    const char              *message)
{
  GtkWidget *label = message_label (dialog, field_name);

  g_assert_cmpstr (rc_field_row_get_error (rc_form_dialog_get_field (RC_FORM_DIALOG (dialog), field)), ==, message);
  if (message != NULL)
    {
      g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, message);
      g_assert_true (gtk_widget_is_visible (label));
      g_assert_true (gtk_widget_has_css_class (child (dialog, row_name), "error"));
    }
  else
    {
      g_assert_false (gtk_widget_is_visible (label));
      g_assert_false (gtk_widget_has_css_class (child (dialog, row_name), "error"));
    }
}

static void
on_saved (RcWorkforceReturnDialog     *dialog,
          RcWorkforceReturn           *ret,
          RcWorkforceReturn          **out)
{
  g_set_object (out, ret);
}

static void
test_new_return_saves (void)
{
  g_autoptr(RcStore) store = open_store ();
  g_autoptr(RcCouncil) council = somerset (store);
  g_autoptr(RcWorkforceReturn) saved = NULL;
  g_autoptr(RcWorkforceReturn) stored = NULL;
  RcWorkforceReturnDialog *dialog = show_dialog (store, council, NULL);

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "New Workforce Return");
  g_assert_cmpstr (adw_window_title_get_subtitle (ADW_WINDOW_TITLE (child (dialog, "window_title"))), ==, "Somerset");
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));
  g_assert_true (gtk_window_get_destroy_with_parent (GTK_WINDOW (dialog)));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (gtk_window_get_default_widget (GTK_WINDOW (dialog)))), ==,
                   "_Save");
  g_signal_connect (dialog, "saved", G_CALLBACK (on_saved), &saved);

  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_RETURN_FIELD_YEAR, "2024");
  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_RETURN_FIELD_IN_POST, "279.3");
  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_RETURN_FIELD_STARTERS, "31.5");
  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_RETURN_FIELD_LEAVERS, "40");
  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_RETURN_FIELD_AGENCY, " 22.25 ");
  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_RETURN_FIELD_VACANCIES, "49");
  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_RETURN_FIELD_CASE_HOLDERS, "250");
  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_RETURN_FIELD_CASES, "4100");
  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_RETURN_FIELD_SICKNESS_DAYS, "");

  for (guint i = 0; i < RC_RETURN_N_FIELDS; i++)
    g_assert_null (rc_field_row_get_error (rc_form_dialog_get_field (RC_FORM_DIALOG (dialog), i)));
  g_assert_true (rc_form_dialog_can_save (RC_FORM_DIALOG (dialog)));
  g_assert_true (gtk_widget_get_sensitive (gtk_window_get_default_widget (GTK_WINDOW (dialog))));

  /* The rates follow the figures as they are typed. */
  g_assert_cmpstr (label_text (dialog, "vacancy_rate_label"), ==, "14.9 %");
  g_assert_cmpstr (label_text (dialog, "agency_rate_label"), ==, "7.4 %");
  g_assert_cmpstr (label_text (dialog, "turnover_rate_label"), ==, "14.3 %");
  g_assert_cmpstr (label_text (dialog, "caseload_label"), ==, "16.4");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "return.save", NULL));
  g_assert_nonnull (saved);
  g_assert_cmpint (saved->id, !=, 0);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));

  stored = stored_return_for (store, council, 2024);
  g_assert_nonnull (stored);
  g_assert_cmpint (stored->id, ==, saved->id);
  g_assert_cmpint (stored->council_id, ==, council->id);
  g_assert_cmpstr (stored->source, ==, "manual");
  g_assert_true (stored->in_post_fte100.present);
  g_assert_cmpint (stored->in_post_fte100.value, ==, 27930);
  g_assert_cmpint (stored->starters_fte100.value, ==, 3150);
  g_assert_cmpint (stored->leavers_fte100.value, ==, 4000);
  g_assert_cmpint (stored->agency_fte100.value, ==, 2225);
  g_assert_cmpint (stored->vacancies_fte100.value, ==, 4900);
  g_assert_cmpint (stored->case_holders_fte100.value, ==, 25000);
  g_assert_true (stored->cases.present);
  g_assert_cmpint (stored->cases.value, ==, 4100);
  /* Left empty: not reported, which is not 0. */
  g_assert_false (stored->sickness_days100.present);

  close_dialog (dialog);
}

static void
test_negative_refused (void)
{
  g_autoptr(RcStore) store = open_store ();
  g_autoptr(RcCouncil) council = somerset (store);
  RcWorkforceReturnDialog *dialog = show_dialog (store, council, NULL);
  guint before = count_returns (store, council);

  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_RETURN_FIELD_YEAR, "2024");
  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_RETURN_FIELD_IN_POST, "279.3");
  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_RETURN_FIELD_LEAVERS, "-5");
  assert_shown_error (dialog, RC_RETURN_FIELD_LEAVERS, "leavers_row", "leavers_field", "Cannot be negative");
  assert_shown_error (dialog, RC_RETURN_FIELD_IN_POST, "in_post_row", "in_post_field", NULL);
  g_assert_false (rc_form_dialog_can_save (RC_FORM_DIALOG (dialog)));
  g_assert_false (gtk_widget_get_sensitive (gtk_window_get_default_widget (GTK_WINDOW (dialog))));
  /* A rate from a refused figure has no value. */
  g_assert_cmpstr (label_text (dialog, "turnover_rate_label"), ==, "—");

  gtk_widget_activate_action (GTK_WIDGET (dialog), "return.save", NULL);
  g_assert_cmpuint (count_returns (store, council), ==, before);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));

  /* The minus sign that rc_fte_format() writes is just as negative. */
  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_RETURN_FIELD_LEAVERS, "\xe2\x88\x92" "5");
  assert_shown_error (dialog, RC_RETURN_FIELD_LEAVERS, "leavers_row", "leavers_field", "Cannot be negative");
  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_RETURN_FIELD_CASES, "-12");
  assert_shown_error (dialog, RC_RETURN_FIELD_CASES, "cases_row", "cases_field", "Cannot be negative");

  /* Putting it right clears the message and allows Save. */
  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_RETURN_FIELD_LEAVERS, "5");
  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_RETURN_FIELD_CASES, "12");
  assert_shown_error (dialog, RC_RETURN_FIELD_LEAVERS, "leavers_row", "leavers_field", NULL);
  g_assert_true (rc_form_dialog_can_save (RC_FORM_DIALOG (dialog)));
  g_assert_cmpstr (label_text (dialog, "turnover_rate_label"), ==, "1.8 %");

  close_dialog (dialog);
}

static void
test_messages (void)
{
  g_autoptr(RcStore) store = open_store ();
  g_autoptr(RcCouncil) council = somerset (store);
  RcWorkforceReturnDialog *dialog = show_dialog (store, council, NULL);
  static const struct {
    RcReturnField field;
    const char   *row;
    const char   *label;
    const char   *text;
    const char   *message;
  } cases[] = {
    { RC_RETURN_FIELD_IN_POST, "in_post_row", "in_post_field", "12.345", "At most two decimal places" },
    { RC_RETURN_FIELD_IN_POST, "in_post_row", "in_post_field", "abc", "Enter a number like 279.3" },
    { RC_RETURN_FIELD_IN_POST, "in_post_row", "in_post_field", "12,5", "Enter a number like 279.3" },
    { RC_RETURN_FIELD_IN_POST, "in_post_row", "in_post_field", "--5", "Enter a number like 279.3" },
    { RC_RETURN_FIELD_IN_POST, "in_post_row", "in_post_field", "1,234.5", NULL },
    { RC_RETURN_FIELD_IN_POST, "in_post_row", "in_post_field", "99999999999999999999", "That number is too large" },
    { RC_RETURN_FIELD_AGENCY, "agency_row", "agency_field", ".5", NULL },
    { RC_RETURN_FIELD_SICKNESS_DAYS, "sickness_days_row", "sickness_days_field", "1.005", "At most two decimal places" },
    { RC_RETURN_FIELD_CASES, "cases_row", "cases_field", "12.5", "Cases are a whole number" },
    { RC_RETURN_FIELD_CASES, "cases_row", "cases_field", "12.345", "Cases are a whole number" },
    { RC_RETURN_FIELD_CASES, "cases_row", "cases_field", "4,100", NULL },
    { RC_RETURN_FIELD_CASES, "cases_row", "cases_field", "many", "Enter a whole number like 4100" },
    { RC_RETURN_FIELD_YEAR, "year_row", "year_field", "1999", "Enter a year between 2000 and 2100" },
    { RC_RETURN_FIELD_YEAR, "year_row", "year_field", "2101", "Enter a year between 2000 and 2100" },
    { RC_RETURN_FIELD_YEAR, "year_row", "year_field", "2024.5", "Enter a year between 2000 and 2100" },
    { RC_RETURN_FIELD_YEAR, "year_row", "year_field", "", "Enter a year between 2000 and 2100" },
    { RC_RETURN_FIELD_YEAR, "year_row", "year_field", "2024", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("%s = “%s”", cases[i].row, cases[i].text);
      rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), cases[i].field, cases[i].text);
      assert_shown_error (dialog, cases[i].field, cases[i].row, cases[i].label, cases[i].message);
      g_assert_cmpint (rc_form_dialog_can_save (RC_FORM_DIALOG (dialog)), ==, cases[i].message == NULL);
      rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), cases[i].field, cases[i].field == RC_RETURN_FIELD_YEAR ? "2024" : "");
    }

  close_dialog (dialog);
}

static void
test_new_dialog_offers_a_year (void)
{
  static const char *rate_labels[] = {
    "vacancy_rate_label", "agency_rate_label", "turnover_rate_label", "caseload_label",
  };
  g_autoptr(RcStore) store = open_store ();
  g_autoptr(RcCouncil) council = somerset (store);
  RcWorkforceReturnDialog *dialog = show_dialog (store, council, NULL);
  const char *year = gtk_editable_get_text (GTK_EDITABLE (child (dialog, "year_row")));
  g_autoptr(RcWorkforceReturn) taken = NULL;
  RcWorkforceReturnDialog *second;

  /* The year of the latest 30 September, ready to fill in. */
  g_assert_cmpint (strlen (year), ==, 4);
  g_assert_null (rc_field_row_get_error (rc_form_dialog_get_field (RC_FORM_DIALOG (dialog), RC_RETURN_FIELD_YEAR)));
  g_assert_true (rc_form_dialog_can_save (RC_FORM_DIALOG (dialog)));
  taken = add_return (store, council, atoi (year), 27930);
  close_dialog (dialog);

  /* Once that year has its return, the field starts empty and quiet. */
  second = show_dialog (store, council, NULL);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (child (second, "year_row"))), ==, "");
  g_assert_null (rc_field_row_get_error (rc_form_dialog_get_field (RC_FORM_DIALOG (second), RC_RETURN_FIELD_YEAR)));
  g_assert_false (gtk_widget_is_visible (message_label (second, "year_field")));
  g_assert_false (rc_form_dialog_can_save (RC_FORM_DIALOG (second)));
  for (guint i = 0; i < G_N_ELEMENTS (rate_labels); i++)
    g_assert_cmpstr (label_text (second, rate_labels[i]), ==, "—");
  close_dialog (second);
}

static void
test_duplicate_year (void)
{
  g_autoptr(RcStore) store = open_store ();
  g_autoptr(RcCouncil) council = somerset (store);
  g_autoptr(RcWorkforceReturn) existing = add_return (store, council, 2024, 27930);
  RcWorkforceReturnDialog *dialog = show_dialog (store, council, NULL);
  guint before = count_returns (store, council);

  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_RETURN_FIELD_YEAR, "2024");
  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_RETURN_FIELD_IN_POST, "300");
  assert_shown_error (dialog, RC_RETURN_FIELD_YEAR, "year_row", "year_field",
                      "Somerset already has a return for 2024");
  g_assert_false (rc_form_dialog_can_save (RC_FORM_DIALOG (dialog)));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "return.save", NULL);
  g_assert_cmpuint (count_returns (store, council), ==, before);

  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_RETURN_FIELD_YEAR, "2023");
  assert_shown_error (dialog, RC_RETURN_FIELD_YEAR, "year_row", "year_field", NULL);
  g_assert_true (rc_form_dialog_can_save (RC_FORM_DIALOG (dialog)));

  /* A return for 2023 added elsewhere while the dialog was open is found at Save. */
  g_clear_object (&existing);
  existing = add_return (store, council, 2023, 28000);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "return.save", NULL);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  assert_shown_error (dialog, RC_RETURN_FIELD_YEAR, "year_row", "year_field",
                      "Somerset already has a return for 2023");
  g_assert_cmpuint (count_returns (store, council), ==, before + 1);

  close_dialog (dialog);
}

static void
test_edit_keeps_id (void)
{
  g_autoptr(RcStore) store = open_store ();
  g_autoptr(RcCouncil) council = somerset (store);
  g_autoptr(RcWorkforceReturn) existing = add_return (store, council, 2024, 27930);
  g_autoptr(RcWorkforceReturn) other = add_return (store, council, 2023, 27000);
  g_autoptr(RcWorkforceReturn) saved = NULL;
  g_autoptr(RcWorkforceReturn) stored = NULL;
  RcWorkforceReturnDialog *dialog = show_dialog (store, council, existing);
  guint before = count_returns (store, council);

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "Edit Workforce Return");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (child (dialog, "year_row"))), ==, "2024");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (child (dialog, "in_post_row"))), ==, "279.3");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (child (dialog, "vacancies_row"))), ==, "49");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (child (dialog, "cases_row"))), ==, "");
  /* Its own year is not a duplicate; another return's is. */
  g_assert_null (rc_field_row_get_error (rc_form_dialog_get_field (RC_FORM_DIALOG (dialog), RC_RETURN_FIELD_YEAR)));
  g_assert_true (rc_form_dialog_can_save (RC_FORM_DIALOG (dialog)));
  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_RETURN_FIELD_YEAR, "2023");
  g_assert_cmpstr (rc_field_row_get_error (rc_form_dialog_get_field (RC_FORM_DIALOG (dialog), RC_RETURN_FIELD_YEAR)), ==,
                   "Somerset already has a return for 2023");
  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_RETURN_FIELD_YEAR, "2024");

  g_signal_connect (dialog, "saved", G_CALLBACK (on_saved), &saved);
  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_RETURN_FIELD_IN_POST, "281");
  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_RETURN_FIELD_VACANCIES, "");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "return.save", NULL));
  g_assert_nonnull (saved);
  g_assert_cmpint (saved->id, ==, existing->id);

  g_assert_cmpuint (count_returns (store, council), ==, before);
  stored = rc_store_get_workforce_return (store, existing->id, NULL);
  g_assert_nonnull (stored);
  g_assert_cmpint (stored->year, ==, 2024);
  g_assert_cmpint (stored->in_post_fte100.value, ==, 28100);
  g_assert_false (stored->vacancies_fte100.present);

  close_dialog (dialog);
}

static void
test_store_error_keeps_dialog (void)
{
  g_autoptr(RcStore) store = open_store ();
  g_autoptr(RcCouncil) council = somerset (store);
  g_autoptr(RcWorkforceReturn) existing = add_return (store, council, 2024, 27930);
  g_autoptr(RcWorkforceReturn) saved = NULL;
  g_autoptr(GError) error = NULL;
  RcWorkforceReturnDialog *dialog = show_dialog (store, council, existing);
  GtkWidget *message = child (dialog, "save_error_label");

  g_signal_connect (dialog, "saved", G_CALLBACK (on_saved), &saved);
  g_assert_false (gtk_widget_is_visible (message));

  /* Someone deletes the return while it is being edited. */
  g_assert_true (rc_store_delete_workforce_return (store, existing->id, &error));
  g_assert_no_error (error);

  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_RETURN_FIELD_IN_POST, "281");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "return.save", NULL);
  g_assert_null (saved);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_true (gtk_widget_is_visible (message));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (message)), ==,
                   "Could not save: It was deleted in the meantime; nothing was saved");
  g_assert_cmpuint (count_returns (store, council), ==, 0);

  close_dialog (dialog);
}

static GtkWidget *
focused_field (RcWorkforceReturnDialog *dialog)
{
  GtkWidget *focus = gtk_window_get_focus (GTK_WINDOW (dialog));

  return focus != NULL ? gtk_widget_get_ancestor (focus, ADW_TYPE_ENTRY_ROW) : NULL;
}

static void
test_keyboard (void)
{
  static const char *rows[] = {
    "year_row", "in_post_row", "starters_row", "leavers_row", "agency_row",
    "vacancies_row", "case_holders_row", "cases_row", "sickness_days_row",
  };
  g_autoptr(RcStore) store = open_store ();
  g_autoptr(RcCouncil) council = somerset (store);
  g_autoptr(RcWorkforceReturn) saved = NULL;
  RcWorkforceReturnDialog *dialog = show_dialog (store, council, NULL);
  GtkWidget *focus;

  G_STATIC_ASSERT (G_N_ELEMENTS (rows) == RC_RETURN_N_FIELDS);
  g_signal_connect (dialog, "saved", G_CALLBACK (on_saved), &saved);

  /* The year has the focus first, and Tab visits every field in turn. */
  g_assert_true (focused_field (dialog) == child (dialog, rows[0]));
  for (guint i = 1; i < G_N_ELEMENTS (rows); i++)
    {
      g_assert_true (gtk_widget_child_focus (GTK_WIDGET (dialog), GTK_DIR_TAB_FORWARD));
      g_assert_true (focused_field (dialog) == child (dialog, rows[i]));
    }

  /* Enter in a field moves on; in the last one it saves, when it can. */
  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_RETURN_FIELD_YEAR, "2022");
  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_RETURN_FIELD_SICKNESS_DAYS, "-1");
  focus = gtk_window_get_focus (GTK_WINDOW (dialog));
  g_assert_true (GTK_IS_TEXT (focus));
  g_signal_emit_by_name (focus, "activate");
  g_assert_null (saved);
  g_assert_true (focused_field (dialog) == child (dialog, "sickness_days_row"));

  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_RETURN_FIELD_SICKNESS_DAYS, "1200.5");
  gtk_widget_grab_focus (child (dialog, "cases_row"));
  g_signal_emit_by_name (gtk_window_get_focus (GTK_WINDOW (dialog)), "activate");
  g_assert_true (focused_field (dialog) == child (dialog, "sickness_days_row"));
  g_assert_null (saved);

  g_signal_emit_by_name (gtk_window_get_focus (GTK_WINDOW (dialog)), "activate");
  g_assert_nonnull (saved);
  g_assert_cmpint (saved->year, ==, 2022);
  g_assert_cmpint (saved->sickness_days100.value, ==, 120050);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));

  close_dialog (dialog);
}

static void
test_cancel_saves_nothing (void)
{
  g_autoptr(RcStore) store = open_store ();
  g_autoptr(RcCouncil) council = somerset (store);
  RcWorkforceReturnDialog *dialog = show_dialog (store, council, NULL);

  /* Nothing typed: Cancel closes at once, without a question. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "return.cancel", NULL));
  g_assert_null (rc_test_get_question (dialog));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  close_dialog (dialog);

  /* Typed in, Cancel asks; Cancel in the question keeps what was typed. */
  dialog = show_dialog (store, council, NULL);
  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_RETURN_FIELD_YEAR, "2024");
  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_RETURN_FIELD_IN_POST, "279.3");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "return.cancel", NULL));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_nonnull (rc_test_get_question (dialog));
  rc_test_answer_question (dialog, "cancel");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (child (dialog, "in_post_row"))), ==, "279.3");

  /* Escape asks the same; Discard closes and saves nothing. */
  gtk_window_close (GTK_WINDOW (dialog));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  rc_test_answer_question (dialog, "discard");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_cmpuint (count_returns (store, council), ==, 0);
  close_dialog (dialog);

  /* Save saves, then closes. */
  dialog = show_dialog (store, council, NULL);
  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_RETURN_FIELD_YEAR, "2024");
  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_RETURN_FIELD_IN_POST, "279.3");
  gtk_window_close (GTK_WINDOW (dialog));
  rc_test_answer_question (dialog, "save");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_cmpuint (count_returns (store, council), ==, 1);
  close_dialog (dialog);

  /* A change typed back to what it was is no change. */
  dialog = show_dialog (store, council, NULL);
  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_RETURN_FIELD_CASES, "12");
  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_RETURN_FIELD_CASES, "");
  gtk_window_close (GTK_WINDOW (dialog));
  g_assert_null (rc_test_get_question (dialog));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  close_dialog (dialog);

  /* With a mistake in it, Save cannot be chosen: Discard or Cancel. */
  dialog = show_dialog (store, council, NULL);
  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_RETURN_FIELD_IN_POST, "-3");
  gtk_window_close (GTK_WINDOW (dialog));
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (rc_test_get_question (dialog)),
                                                           "save"));
  rc_test_answer_question (dialog, "discard");
  g_assert_cmpuint (count_returns (store, council), ==, 1);
  close_dialog (dialog);
}

/* A return whose vacancies are missing but whose published vacancy rate
 * is stored shows that rate, said to be the published one, until the
 * figures typed give a rate of their own; saving keeps the published rate. */
static void
test_published_rate (void)
{
  g_autoptr(RcStore) store = open_store ();
  g_autoptr(RcCouncil) council = somerset (store);
  g_autoptr(RcWorkforceReturn) existing = add_return (store, council, 2024, 27930);
  g_autoptr(RcWorkforceReturn) saved = NULL;
  g_autoptr(GError) error = NULL;
  RcWorkforceReturnDialog *dialog;

  existing->vacancies_fte100 = RC_FIGURE_MISSING;
  existing->published_vacancy_rate_pct100 = rc_figure (1550);
  g_assert_true (rc_store_save_workforce_return (store, existing, &error));
  g_assert_no_error (error);

  dialog = show_dialog (store, council, existing);
  g_assert_cmpstr (label_text (dialog, "vacancy_rate_label"), ==, "15.5 % (published rate)");
  rc_form_dialog_set_field (RC_FORM_DIALOG (dialog), RC_RETURN_FIELD_VACANCIES, "49");
  g_assert_cmpstr (label_text (dialog, "vacancy_rate_label"), ==, "14.9 %");

  g_signal_connect (dialog, "saved", G_CALLBACK (on_saved), &saved);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "return.save", NULL));
  g_assert_nonnull (saved);
  g_assert_cmpint (saved->published_vacancy_rate_pct100.value, ==, 1550);
  g_assert_cmpint (saved->vacancies_fte100.value, ==, 4900);
  close_dialog (dialog);
}

int
main (int   argc,
      char *argv[])
{
  rc_test_init_gtk (&argc, &argv);

  g_test_add_func ("/workforce-return-dialog/new-saves", test_new_return_saves);
  g_test_add_func ("/workforce-return-dialog/negative-refused", test_negative_refused);
  g_test_add_func ("/workforce-return-dialog/messages", test_messages);
  g_test_add_func ("/workforce-return-dialog/offers-a-year", test_new_dialog_offers_a_year);
  g_test_add_func ("/workforce-return-dialog/duplicate-year", test_duplicate_year);
  g_test_add_func ("/workforce-return-dialog/edit-keeps-id", test_edit_keeps_id);
  g_test_add_func ("/workforce-return-dialog/store-error", test_store_error_keeps_dialog);
  g_test_add_func ("/workforce-return-dialog/keyboard", test_keyboard);
  g_test_add_func ("/workforce-return-dialog/cancel", test_cancel_saves_nothing);
  g_test_add_func ("/workforce-return-dialog/published-rate", test_published_rate);

  return g_test_run ();
}
