/* rc-trainee-dialog.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-views"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "model/rc-money.h"
#include "model/rc-record-rules.h"
#include "model/rc-returner.h"
#include "rc-combo-ids.h"
#include "rc-trainee-dialog.h"
#include "rc-view-util.h"
#include "rc-window.h"
#include "rc-write-actions.h"

/* The fields' template children; each names in the .ui the trainee's
 * member it edits, as the field rules do. */
static const char *field_names [RC_TRAINEE_DIALOG_N_FIELDS] = {
  "reference_field", "given_name_field", "family_name_field", "email_field", "phone_field",
  "applied_on_field", "left_practice_on_field", "registration_number_field", "updating_days_field",
};
/* The longest text each field takes; 0: no limit but the rules'. */
static const guint max_chars [RC_TRAINEE_DIALOG_N_FIELDS] = {
  RC_LIMIT_REFERENCE, RC_LIMIT_NAME, RC_LIMIT_NAME, RC_LIMIT_EMAIL, RC_LIMIT_PHONE,
  0, 0, 2 + RC_LIMIT_REGISTRATION_DIGITS + 4 /* spaces people type */, 0,
};

/* Positions of the "registered with" row's items. */
static const char *regulators [] = { NULL, "hcpc", "swe" };

struct _RcTraineeDialog
{
  RcFormDialog     parent_instance;

  RcStore         *store;
  RcCohort        *cohort;
  RcTrainee       *original;      /* the trainee being edited, NULL when adding */
  gboolean         returners;

  /* template children */
  AdwWindowTitle  *window_title;
  GtkLabel        *save_error_label;
  RcFieldRow      *fields [RC_TRAINEE_DIALOG_N_FIELDS];
  AdwComboRow     *host_row;
  AdwComboRow     *registered_with_row;
  GtkWidget       *returner_group;
  GtkLabel        *years_label;
};

G_DEFINE_FINAL_TYPE (RcTraineeDialog, rc_trainee_dialog, RC_TYPE_FORM_DIALOG)

static const char *
field_text (RcTraineeDialog *self,
            RcTraineeDialogField   field)
{
  return rc_field_row_get_text (self->fields [field]);
}

static gboolean
reference_taken (RcTraineeDialog *self,
                 const char      *reference)
{
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  /* One lookup, not the cohort's 100,000 trainees at each keystroke. */
  if (!rc_store_find_trainee_reference (self->store, self->cohort->id, reference, &id, &error))
    rc_window_report_error (GTK_WIDGET (self), error);

  return id != 0 && (self->original == NULL || id != self->original->id);
}

/* Whether a date is in the future, or after applying, is the field
 * rules' to say (see validate()); here, only whether it is a date. */
static char *
check_date (const char *text)
{
  GDate date;

  if (!rc_date_parse (text, &date, NULL))
    return g_strdup (_("Enter a date like 2017-02-01, or leave it empty"));

  return NULL;
}

/* What is wrong with @field, or NULL. An empty required field is wrong,
 * but only scolded once touched; @ok says whether it may be saved. */
static char *
check_field (RcTraineeDialog *self,
             RcTraineeDialogField   field,
             gboolean        *ok)
{
  g_autofree char *text = g_strstrip (g_strdup (field_text (self, field)));
  g_autofree char *number = NULL;
  gboolean quiet = !rc_field_row_get_edited (self->fields [field]);
  gint64 days;

  *ok = FALSE;
  switch (field)
    {
    case RC_TRAINEE_DIALOG_FIELD_REFERENCE:
      if (*text == '\0')
        return quiet ? NULL : g_strdup (_("A trainee needs a reference, like SU1-29"));
      if (reference_taken (self, text))
        /* Translators: a trainee's reference */
        return g_strdup_printf (_("%s is already a reference in this cohort"), text);
      break;

    case RC_TRAINEE_DIALOG_FIELD_GIVEN_NAME:
    case RC_TRAINEE_DIALOG_FIELD_FAMILY_NAME:
      if (*text == '\0')
        return quiet ? NULL : g_strdup (field == RC_TRAINEE_DIALOG_FIELD_GIVEN_NAME ? _("Enter the given name")
                                                                             : _("Enter the family name"));
      break;

    /* The field rules' own (rc-record-rules.h), as the import and the
     * store apply them: see validate(). */
    case RC_TRAINEE_DIALOG_FIELD_EMAIL:
    case RC_TRAINEE_DIALOG_FIELD_PHONE:
      break;

    case RC_TRAINEE_DIALOG_FIELD_APPLIED_ON:
      if (*text != '\0')
        {
          char *message = check_date (text);
          if (message != NULL)
            return message;
        }
      break;

    case RC_TRAINEE_DIALOG_FIELD_LEFT_PRACTICE_ON:
      if (self->returners && *text != '\0')
        {
          char *message = check_date (text);
          if (message != NULL)
            return message;
        }
      break;

    case RC_TRAINEE_DIALOG_FIELD_REGISTRATION_NUMBER:
      if (*text != '\0' && (number = rc_field_normalise_registration_number (text)) == NULL)
        return g_strdup (_("A registration number is SW followed by digits, like SW118237"));
      if (*text != '\0' && adw_combo_row_get_selected (self->registered_with_row) == 0)
        return g_strdup (_("Choose who holds the registration: the HCPC or Social Work England"));
      break;

    case RC_TRAINEE_DIALOG_FIELD_UPDATING_DAYS:
      if (self->returners && *text != '\0' && !rc_view_parse_count (text, 0, 365, &days))
        return g_strdup (_("Enter a whole number of days from 0 to 365"));
      break;

    case RC_TRAINEE_DIALOG_N_FIELDS:
    default:
      g_assert_not_reached ();
    }

  *ok = TRUE;

  return NULL;
}

/* The returner's years out against the cohort's bounds, and the updating
 * Social Work England asks, as the coordinator types the dates. */
static void
update_years (RcTraineeDialog *self)
{
  g_autofree char *applied = rc_view_dup_text (field_text (self, RC_TRAINEE_DIALOG_FIELD_APPLIED_ON));
  g_autofree char *today = rc_date_today_iso ();
  double years = rc_view_years_out (field_text (self, RC_TRAINEE_DIALOG_FIELD_LEFT_PRACTICE_ON),
                                    applied != NULL ? applied : today);
  g_autofree char *number = rc_view_format_years (years);
  g_autofree char *text = NULL;
  RcEligibility eligibility;

  if (years < 0)
    {
      gtk_label_set_text (self->years_label, _("Enter when they left practice to see whether they are eligible."));
      gtk_widget_remove_css_class (GTK_WIDGET (self->years_label), "warning");
      gtk_widget_add_css_class (GTK_WIDGET (self->years_label), "dim-label");
      return;
    }

  eligibility = rc_returner_eligibility (years, self->cohort->min_years_out, self->cohort->max_years_out);
  /* Out of practice too long, or not long enough, is a warning, not an aside. */
  if (eligibility == RC_ELIGIBILITY_TOO_LONG || eligibility == RC_ELIGIBILITY_TOO_RECENT)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->years_label), "dim-label");
      gtk_widget_add_css_class (GTK_WIDGET (self->years_label), "warning");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->years_label), "warning");
      gtk_widget_add_css_class (GTK_WIDGET (self->years_label), "dim-label");
    }
  /* Translators: years out, the verdict, the cohort's bounds and the days of updating required */
  text = g_strdup_printf (_("Out of practice %s years: %s (this cohort takes %d to %d). "
                            "Social Work England asks %d days of updating."),
                          number, rc_returner_eligibility_get_label (eligibility),
                          (int) self->cohort->min_years_out, (int) self->cohort->max_years_out,
                          MAX (rc_returner_updating_days (years), 0));
  gtk_label_set_text (self->years_label, text);
}

static RcTrainee *build_trainee (RcTraineeDialog *self);

static GPtrArray *
check_rules (RcTraineeDialog *self,
             RcTrainee       *trainee)
{
  GDate today;

  rc_field_today (&today);

  return rc_rules_check_trainee (trainee, self->cohort, self->returners, &today);
}

static void
validate (RcTraineeDialog *self)
{
  g_autoptr(RcTrainee) trainee = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  char *errors [RC_TRAINEE_DIALOG_N_FIELDS];
  gboolean ok [RC_TRAINEE_DIALOG_N_FIELDS];
  gboolean valid = TRUE;

  for (guint i = 0; i < RC_TRAINEE_DIALOG_N_FIELDS; i++)
    errors [i] = check_field (self, i, &ok [i]);

  /* The rules the import and the store apply, to the trainee as it
   * would be saved: a field that reads well may still be refused, or be
   * unlikely; what a save would ask to confirm is shown beforehand. */
  trainee = build_trainee (self);
  findings = check_rules (self, trainee);
  for (guint i = 0; i < RC_TRAINEE_DIALOG_N_FIELDS; i++)
    {
      valid &= rc_field_row_show_findings (self->fields [i], errors [i], ok [i], findings) && ok [i];
      g_free (errors [i]);
    }

  /* A stored value the dialog does not show, such as a hidden date. */
  valid &= rc_form_dialog_check_unshown (RC_FORM_DIALOG (self), findings);

  if (self->returners)
    update_years (self);
  rc_form_dialog_set_valid (RC_FORM_DIALOG (self), valid);
}

static void
on_field_changed (RcFieldRow      *field,
                  RcTraineeDialog *self)
{
  validate (self);
}

static void
replace_text (char       **field,
              const char  *text)
{
  g_free (*field);
  *field = rc_view_dup_text (text);
}

static RcTrainee *
build_trainee (RcTraineeDialog *self)
{
  RcTrainee *t = self->original != NULL ? rc_trainee_copy (self->original) : rc_trainee_new ();
  guint regulator = adw_combo_row_get_selected (self->registered_with_row);
  gint64 days = 0;
  GDate date;

  t->cohort_id = self->cohort->id;
  replace_text (&t->reference, field_text (self, RC_TRAINEE_DIALOG_FIELD_REFERENCE));
  replace_text (&t->given_name, field_text (self, RC_TRAINEE_DIALOG_FIELD_GIVEN_NAME));
  replace_text (&t->family_name, field_text (self, RC_TRAINEE_DIALOG_FIELD_FAMILY_NAME));
  replace_text (&t->email, field_text (self, RC_TRAINEE_DIALOG_FIELD_EMAIL));
  replace_text (&t->phone, field_text (self, RC_TRAINEE_DIALOG_FIELD_PHONE));
  t->host_council_id = rc_combo_ids_get_chosen (self->host_row, 0);

  g_clear_pointer (&t->applied_on, g_free);
  if (rc_date_parse (field_text (self, RC_TRAINEE_DIALOG_FIELD_APPLIED_ON), &date, NULL))
    t->applied_on = rc_date_format_iso (&date);

  /* "sw 118237" is what was meant by "SW118237"; what is not one is left
   * for the rules to refuse. */
  replace_text (&t->registration_number, field_text (self, RC_TRAINEE_DIALOG_FIELD_REGISTRATION_NUMBER));
  if (t->registration_number != NULL)
    {
      char *number = rc_field_normalise_registration_number (t->registration_number);

      if (number != NULL)
        {
          g_free (t->registration_number);
          t->registration_number = number;
        }
    }
  g_free (t->registered_with);
  t->registered_with = g_strdup (regulator < G_N_ELEMENTS (regulators) ? regulators [regulator] : NULL);

  if (self->returners)
    {
      g_clear_pointer (&t->left_practice_on, g_free);
      if (rc_date_parse (field_text (self, RC_TRAINEE_DIALOG_FIELD_LEFT_PRACTICE_ON), &date, NULL))
        t->left_practice_on = rc_date_format_iso (&date);
      /* Once added, the days are the updating log's to count. */
      if (self->original == NULL)
        {
          rc_view_parse_count (field_text (self, RC_TRAINEE_DIALOG_FIELD_UPDATING_DAYS), 0, 365, &days);
          t->updating_days_done = days;
        }
    }

  return t;
}

static void
save_trainee (RcFormDialog *dialog)
{
  RcTraineeDialog *self = RC_TRAINEE_DIALOG (dialog);
  g_autoptr(RcTrainee) trainee = build_trainee (self);
  g_autoptr(GError) error = NULL;

  if (!rc_store_save_trainee (self->store, trainee, &error))
    {
      /* Translators: the reason the database gave */
      rc_form_dialog_show_messagef (dialog, _("The trainee was not saved: %s"), error->message);
      return;
    }

  rc_form_dialog_saved (RC_FORM_DIALOG (self), trainee);
}

/* What the rules would have a person confirm is asked once, before saving. */
static void
rc_trainee_dialog_save (RcFormDialog *dialog)
{
  RcTraineeDialog *self = RC_TRAINEE_DIALOG (dialog);
  g_autoptr(RcTrainee) trainee = NULL;
  g_autoptr(GPtrArray) findings = NULL;

  rc_form_dialog_edit_all (dialog);
  validate (self);
  if (!rc_form_dialog_can_save (dialog))
    return;

  trainee = build_trainee (self);
  findings = check_rules (self, trainee);
  rc_form_dialog_confirm (dialog, findings, _("Save Anyway?"), _("_Save Anyway"), save_trainee);
}

/* The councils with places in the cohort, then the consortium's current
 * members, and the trainee's own host whatever it is. */
static void
fill_hosts (RcTraineeDialog *self)
{
  RcComboIds *hosts = rc_combo_ids_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) places = rc_store_list_cohort_places (self->store, self->cohort->id, &error);
  g_autoptr(GListModel) members = places != NULL
                                  ? rc_store_list_members (self->store, self->cohort->consortium_id, &error) : NULL;

  if (members == NULL)
    rc_window_report_error (GTK_WIDGET (self), error);

  rc_combo_ids_add (hosts, 0, _("None yet"));
  for (guint i = 0; places != NULL && i < g_list_model_get_n_items (places); i++)
    {
      g_autoptr(RcCohortPlace) place = g_list_model_get_item (places, i);
      rc_combo_ids_add (hosts, place->council_id, place->council_name);
    }
  for (guint i = 0; members != NULL && i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(RcConsortiumMember) member = g_list_model_get_item (members, i);

      if (member->left_on == NULL && g_strcmp0 (member->role, "proposed") != 0)
        rc_combo_ids_add (hosts, member->council_id, member->council_name);
    }
  if (self->original != NULL && self->original->host_council_id != 0)
    rc_combo_ids_add (hosts, self->original->host_council_id, self->original->host_council_name);

  rc_combo_ids_apply (hosts, self->host_row, self->original != NULL ? self->original->host_council_id : 0);
}

static void
fill_fields (RcTraineeDialog *self)
{
  RcTrainee *t = self->original;
  const char *texts [RC_TRAINEE_DIALOG_N_FIELDS] = { NULL };
  g_autofree char *days = NULL;

  if (t != NULL)
    {
      days = g_strdup_printf ("%" G_GINT64_FORMAT, t->updating_days_done);
      texts [RC_TRAINEE_DIALOG_FIELD_REFERENCE] = t->reference;
      texts [RC_TRAINEE_DIALOG_FIELD_GIVEN_NAME] = t->given_name;
      texts [RC_TRAINEE_DIALOG_FIELD_FAMILY_NAME] = t->family_name;
      texts [RC_TRAINEE_DIALOG_FIELD_EMAIL] = t->email;
      texts [RC_TRAINEE_DIALOG_FIELD_PHONE] = t->phone;
      texts [RC_TRAINEE_DIALOG_FIELD_APPLIED_ON] = t->applied_on;
      texts [RC_TRAINEE_DIALOG_FIELD_LEFT_PRACTICE_ON] = t->left_practice_on;
      texts [RC_TRAINEE_DIALOG_FIELD_REGISTRATION_NUMBER] = t->registration_number;
      texts [RC_TRAINEE_DIALOG_FIELD_UPDATING_DAYS] = days;
      rc_trainee_dialog_set_registered_with (self, t->registered_with);
    }

  for (guint i = 0; i < RC_TRAINEE_DIALOG_N_FIELDS; i++)
    {
      rc_field_row_fill (self->fields [i], texts [i]);
      rc_field_row_set_edited (self->fields [i], t != NULL);
    }
}

GtkWidget *
rc_trainee_dialog_new (GtkWindow *parent,
                       RcStore   *store,
                       RcCohort  *cohort,
                       RcTrainee *trainee)
{
  RcTraineeDialog *self;
  g_autoptr(RcProgramme) programme = NULL;
  g_autoptr(GError) error = NULL;
  const char *title;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (RC_IS_STORE (store), NULL);
  g_return_val_if_fail (RC_IS_COHORT (cohort), NULL);
  g_return_val_if_fail (trainee == NULL || RC_IS_TRAINEE (trainee), NULL);

  self = g_object_new (RC_TYPE_TRAINEE_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  rc_write_actions_follow_store (GTK_WIDGET (self), store);
  self->cohort = g_object_ref (cohort);
  self->original = trainee != NULL ? rc_trainee_copy (trainee) : NULL;
  programme = rc_store_get_programme (store, cohort->programme_id, &error);
  if (programme == NULL)
    rc_window_report_error (GTK_WIDGET (self), error);
  self->returners = programme != NULL && g_strcmp0 (programme->kind, "returner") == 0;
  gtk_widget_set_visible (self->returner_group, self->returners);

  title = trainee != NULL ? _("Edit Trainee") : self->returners ? _("Add Returner") : _("Add Trainee");
  gtk_window_set_title (GTK_WINDOW (self), title);
  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, cohort->name);

  fill_hosts (self);
  fill_fields (self);
  /* A returner's days are counted by the updating log, from the
   * trainee's pane; a new one's days done so far start that log. */
  if (trainee != NULL)
    {
      gtk_editable_set_editable (GTK_EDITABLE (rc_field_row_get_control (self->fields [RC_TRAINEE_DIALOG_FIELD_UPDATING_DAYS])),
                                 FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (rc_field_row_get_row (self->fields [RC_TRAINEE_DIALOG_FIELD_UPDATING_DAYS])),
                                     _("Days of updating the log counts"));
    }
  else
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (rc_field_row_get_row (self->fields [RC_TRAINEE_DIALOG_FIELD_UPDATING_DAYS])),
                                   _("Days of updating done so far"));
  validate (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->fields [RC_TRAINEE_DIALOG_FIELD_REFERENCE]));

  rc_form_dialog_guard (RC_FORM_DIALOG (self), "saved");

  return GTK_WIDGET (self);
}

gboolean
rc_trainee_dialog_set_host (RcTraineeDialog *self,
                            gint64           council_id)
{
  g_return_val_if_fail (RC_IS_TRAINEE_DIALOG (self), FALSE);

  return rc_combo_ids_choose (self->host_row, council_id);
}

gboolean
rc_trainee_dialog_set_registered_with (RcTraineeDialog *self,
                                       const char      *registered_with)
{
  g_return_val_if_fail (RC_IS_TRAINEE_DIALOG (self), FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (regulators); i++)
    if (g_strcmp0 (regulators [i], registered_with) == 0)
      {
        adw_combo_row_set_selected (self->registered_with_row, i);
        return TRUE;
      }

  return FALSE;
}

static void
rc_trainee_dialog_dispose (GObject *object)
{
  RcTraineeDialog *self = RC_TRAINEE_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), RC_TYPE_TRAINEE_DIALOG);
  g_clear_object (&self->original);
  g_clear_object (&self->cohort);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (rc_trainee_dialog_parent_class)->dispose (object);
}

static void
rc_trainee_dialog_class_init (RcTraineeDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rc_trainee_dialog_dispose;
  RC_FORM_DIALOG_CLASS (klass)->save = rc_trainee_dialog_save;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/rc-trainee-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, RcTraineeDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, RcTraineeDialog, save_error_label);
  gtk_widget_class_bind_template_child (widget_class, RcTraineeDialog, host_row);
  gtk_widget_class_bind_template_child (widget_class, RcTraineeDialog, registered_with_row);
  gtk_widget_class_bind_template_child (widget_class, RcTraineeDialog, returner_group);
  gtk_widget_class_bind_template_child (widget_class, RcTraineeDialog, years_label);
  rc_view_class_bind_children (widget_class, field_names, RC_TRAINEE_DIALOG_N_FIELDS,
                               G_STRUCT_OFFSET (RcTraineeDialog, fields));
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed);

  rc_form_dialog_class_set_actions (widget_class, "trainee-dialog.save", "trainee-dialog.cancel");
}

static void
rc_trainee_dialog_init (RcTraineeDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  rc_form_dialog_set_fields (RC_FORM_DIALOG (self), self->fields, RC_TRAINEE_DIALOG_N_FIELDS, FALSE);
  rc_form_dialog_set_message_label (RC_FORM_DIALOG (self), self->save_error_label);

  for (guint i = 0; i < RC_TRAINEE_DIALOG_N_FIELDS; i++)
    rc_field_row_set_max_length (self->fields [i], max_chars [i]);
  g_signal_connect_swapped (self->registered_with_row, "notify::selected", G_CALLBACK (validate), self);
}
