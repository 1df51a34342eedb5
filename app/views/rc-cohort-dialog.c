/* rc-cohort-dialog.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-views"

#include "config.h"

#include <glib/gi18n.h>

#include "model/rc-money.h"
#include "model/rc-record-rules.h"
#include "model/rc-returner.h"
#include "rc-cohort-dialog.h"
#include "rc-combo-ids.h"
#include "rc-cohort-places.h"
#include "rc-view-util.h"
#include "rc-window.h"
#include "rc-write-actions.h"

#define MAX_PLACES 10000

/* The fields' template children; each names in the .ui the cohort's
 * member it edits, as the field rules do. */
static const char *field_names [RC_COHORT_N_FIELDS] = {
  "name_field", "starts_on_field", "ends_on_field", "places_funded_field",
  "min_years_out_field", "max_years_out_field", "training_weeks_field",
};

struct _RcCohortDialog
{
  RcFormDialog    parent_instance;

  RcStore        *store;
  RcCohort       *original;      /* the cohort being edited, NULL when creating */
  GListModel     *programmes;
  GListModel     *consortia;
  gint64          values [RC_COHORT_N_FIELDS];
  gboolean        filling;

  /* template children */
  AdwWindowTitle *window_title;
  GtkLabel       *save_error_label;
  AdwComboRow    *programme_row;
  AdwComboRow    *consortium_row;
  RcFieldRow     *fields [RC_COHORT_N_FIELDS];
  GtkWidget      *returner_group;
  RcCohortPlaces *places;
};

G_DEFINE_FINAL_TYPE (RcCohortDialog, rc_cohort_dialog, RC_TYPE_FORM_DIALOG)

/* The combo rows list programmes and consortia, in the store's order. */
static RcProgramme *
chosen_programme (RcCohortDialog *self)
{
  guint position = adw_combo_row_get_selected (self->programme_row);

  if (self->programmes == NULL || position >= g_list_model_get_n_items (self->programmes))
    return NULL;

  return g_list_model_get_item (self->programmes, position);
}

static gint64
chosen_consortium (RcCohortDialog *self)
{
  return rc_combo_ids_get_chosen (self->consortium_row, 0);
}

static gboolean
is_returner_programme (RcCohortDialog *self)
{
  g_autoptr(RcProgramme) programme = chosen_programme (self);

  return programme != NULL && g_strcmp0 (programme->kind, "returner") == 0;
}

static const char *
field_text (RcCohortDialog *self,
            RcCohortField   field)
{
  return rc_field_row_get_text (self->fields [field]);
}

static gboolean
name_taken (RcCohortDialog *self,
            const char     *name)
{
  g_autoptr(GListModel) cohorts = NULL;
  g_autoptr(GError) error = NULL;
  gint64 consortium = chosen_consortium (self);

  if (consortium == 0)
    return FALSE;

  cohorts = rc_store_list_consortium_cohorts (self->store, consortium, &error);
  if (cohorts == NULL)
    rc_window_report_error (GTK_WIDGET (self), error);
  for (guint i = 0; cohorts != NULL && i < g_list_model_get_n_items (cohorts); i++)
    {
      g_autoptr(RcCohort) other = g_list_model_get_item (cohorts, i);

      if (g_str_equal (other->name, name) && (self->original == NULL || other->id != self->original->id))
        return TRUE;
    }

  return FALSE;
}

/* Sets the value of @field and returns what is wrong with it, or NULL.
 * An empty required field is wrong, but is only scolded once touched. */
static char *
check_field (RcCohortDialog *self,
             RcCohortField   field,
             gboolean       *ok)
{
  const char *text = field_text (self, field);
  g_autofree char *name = g_strstrip (g_strdup (text));
  gboolean quiet = rc_view_is_blank (text) && !rc_field_row_get_edited (self->fields [field]);
  GDate date;

  *ok = FALSE;
  self->values [field] = 0;

  switch (field)
    {
    case RC_COHORT_FIELD_NAME:
      if (*name == '\0')
        return quiet ? NULL : g_strdup (_("A cohort needs a name"));
      if (name_taken (self, name))
        return g_strdup_printf (_("This consortium already has a cohort called “%s”"), name);
      break;

    case RC_COHORT_FIELD_STARTS_ON:
    case RC_COHORT_FIELD_ENDS_ON:
      if (!rc_date_parse (text, &date, NULL))
        return quiet ? NULL : g_strdup (_("Enter a date like 2016-01-04"));
      self->values [field] = g_date_get_julian (&date);
      if (field == RC_COHORT_FIELD_ENDS_ON && self->values [RC_COHORT_FIELD_STARTS_ON] != 0
          && self->values [field] < self->values [RC_COHORT_FIELD_STARTS_ON])
        return g_strdup (_("A cohort cannot end before it starts"));
      break;

    case RC_COHORT_FIELD_PLACES_FUNDED:
      if (!rc_view_parse_count (text, 1, MAX_PLACES, &self->values [field]))
        return quiet ? NULL : g_strdup_printf (_("Enter a whole number of places from 1 to %d"), MAX_PLACES);
      break;

    case RC_COHORT_FIELD_MIN_YEARS_OUT:
    case RC_COHORT_FIELD_MAX_YEARS_OUT:
      if (!is_returner_programme (self))
        break;
      if (!rc_view_parse_count (text, 0, 50, &self->values [field]))
        return g_strdup (_("Enter a whole number of years from 0 to 50"));
      if (field == RC_COHORT_FIELD_MAX_YEARS_OUT
          && self->values [field] < self->values [RC_COHORT_FIELD_MIN_YEARS_OUT])
        return g_strdup (_("The most years out cannot be fewer than the least"));
      break;

    case RC_COHORT_FIELD_TRAINING_WEEKS:
      if (!is_returner_programme (self) || rc_view_is_blank (text))
        break;
      if (!rc_view_parse_count (text, 1, 104, &self->values [field]))
        return g_strdup (_("Enter a number of weeks from 1 to 104, or leave it empty"));
      break;

    case RC_COHORT_N_FIELDS:
    default:
      g_assert_not_reached ();
    }

  *ok = TRUE;

  return NULL;
}

/* The field rules the store applies, to the fields that read: a name too
 * long is refused; a start before 2000 or more than a year ahead is
 * allowed, and said beside it. */
static GPtrArray *
check_rules (RcCohortDialog *self,
             gboolean       *ok)
{
  g_autoptr(RcCohort) cohort = rc_cohort_new ();
  gboolean returner = is_returner_programme (self);
  GDate today;
  GDate date;

  cohort->name = g_strstrip (g_strdup (field_text (self, RC_COHORT_FIELD_NAME)));
  for (RcCohortField f = RC_COHORT_FIELD_STARTS_ON; f <= RC_COHORT_FIELD_ENDS_ON; f++)
    if (ok [f] && self->values [f] != 0)
      {
        g_date_set_julian (&date, self->values [f]);
        *(f == RC_COHORT_FIELD_STARTS_ON ? &cohort->starts_on : &cohort->ends_on) = rc_date_format_iso (&date);
      }
  cohort->places_funded = self->values [RC_COHORT_FIELD_PLACES_FUNDED];
  cohort->min_years_out = returner ? self->values [RC_COHORT_FIELD_MIN_YEARS_OUT] : RC_RETURNER_DEFAULT_MIN_YEARS;
  cohort->max_years_out = returner ? self->values [RC_COHORT_FIELD_MAX_YEARS_OUT] : RC_RETURNER_DEFAULT_MAX_YEARS;
  cohort->training_weeks = self->values [RC_COHORT_FIELD_TRAINING_WEEKS];

  rc_field_today (&today);

  return rc_rules_check_cohort (cohort, returner, &today);
}

static void
validate (RcCohortDialog *self)
{
  g_autoptr(GPtrArray) findings = NULL;
  gboolean valid = TRUE;
  gboolean ok [RC_COHORT_N_FIELDS];
  char *errors [RC_COHORT_N_FIELDS];

  gtk_widget_set_visible (self->returner_group, is_returner_programme (self));

  for (guint i = 0; i < RC_COHORT_N_FIELDS; i++)
    errors [i] = check_field (self, i, &ok [i]);
  findings = check_rules (self, ok);
  for (guint i = 0; i < RC_COHORT_N_FIELDS; i++)
    {
      valid &= rc_field_row_show_findings (self->fields [i], errors [i], ok [i], findings) && ok [i];
      g_free (errors [i]);
    }

  valid &= rc_cohort_places_check (self->places, ok [RC_COHORT_FIELD_PLACES_FUNDED]
                                                 ? self->values [RC_COHORT_FIELD_PLACES_FUNDED] : -1);
  valid &= self->programmes != NULL
           && adw_combo_row_get_selected (self->programme_row) < g_list_model_get_n_items (self->programmes);
  rc_form_dialog_set_valid (RC_FORM_DIALOG (self), valid);
}

static void
on_field_changed (RcFieldRow     *field,
                  RcCohortDialog *self)
{
  if (!self->filling)
    validate (self);
}

static void
load_places (RcCohortDialog *self)
{
  g_autoptr(RcProgramme) programme = chosen_programme (self);
  gint64 consortium = chosen_consortium (self);

  rc_cohort_places_load (self->places, self->store, consortium, programme != NULL ? programme->id : 0,
                         self->original != NULL && self->original->consortium_id == consortium
                         ? self->original->id : 0);
}

static void
on_choice_changed (RcCohortDialog *self)
{
  if (self->filling)
    return;

  load_places (self);
  validate (self);
}

static RcCohort *
build_cohort (RcCohortDialog *self)
{
  g_autoptr(RcProgramme) programme = chosen_programme (self);
  RcCohort *cohort = self->original != NULL ? rc_cohort_copy (self->original) : rc_cohort_new ();
  GDate date;

  cohort->programme_id = programme->id;
  cohort->consortium_id = chosen_consortium (self);
  g_free (cohort->name);
  cohort->name = g_strstrip (g_strdup (field_text (self, RC_COHORT_FIELD_NAME)));
  g_free (cohort->starts_on);
  g_date_set_julian (&date, self->values [RC_COHORT_FIELD_STARTS_ON]);
  cohort->starts_on = rc_date_format_iso (&date);
  g_free (cohort->ends_on);
  g_date_set_julian (&date, self->values [RC_COHORT_FIELD_ENDS_ON]);
  cohort->ends_on = rc_date_format_iso (&date);
  cohort->places_funded = self->values [RC_COHORT_FIELD_PLACES_FUNDED];

  if (is_returner_programme (self))
    {
      cohort->min_years_out = self->values [RC_COHORT_FIELD_MIN_YEARS_OUT];
      cohort->max_years_out = self->values [RC_COHORT_FIELD_MAX_YEARS_OUT];
      cohort->training_weeks = self->values [RC_COHORT_FIELD_TRAINING_WEEKS];
    }
  else if (self->original == NULL)
    {
      cohort->min_years_out = RC_RETURNER_DEFAULT_MIN_YEARS;
      cohort->max_years_out = RC_RETURNER_DEFAULT_MAX_YEARS;
    }

  return cohort;
}

static void
show_save_error (RcCohortDialog *self,
                 const GError   *error)
{
  /* Translators: the reason the database gave */
  rc_form_dialog_show_messagef (RC_FORM_DIALOG (self), _("The cohort was not saved: %s. Nothing was changed."),
                                error->message);
}

static void
rc_cohort_dialog_save (RcFormDialog *dialog)
{
  RcCohortDialog *self = RC_COHORT_DIALOG (dialog);
  g_autoptr(RcCohort) cohort = NULL;
  g_autoptr(GListModel) places = NULL;
  g_autoptr(GError) error = NULL;

  rc_form_dialog_edit_all (dialog);
  validate (self);
  if (!rc_form_dialog_can_save (dialog))
    return;

  cohort = build_cohort (self);
  places = rc_cohort_places_build (self->places);

  /* The cohort and its places together, or neither. A failed commit has
   * rolled back already. */
  if (!rc_store_begin (self->store, &error))
    ;
  else if (!rc_store_save_cohort (self->store, cohort, &error)
           || !rc_store_set_cohort_places (self->store, cohort->id, places, &error))
    rc_store_rollback (self->store);
  else if (rc_store_commit (self->store, &error))
    {
      rc_form_dialog_saved (RC_FORM_DIALOG (self), cohort);
      return;
    }

  show_save_error (self, error);
}

static void
fill_combo (AdwComboRow *row,
            GListModel  *items,
            gint64       chosen)
{
  RcComboIds *ids = rc_combo_ids_new ();

  rc_combo_ids_add_all (ids, items);
  rc_combo_ids_apply (ids, row, chosen);
}

static void
set_number (RcCohortDialog *self,
            RcCohortField   field,
            gint64          value)
{
  /* No training weeks is shown as an empty field, not as 0 weeks. */
  g_autofree char *text = field == RC_COHORT_FIELD_TRAINING_WEEKS && value == 0
    ? g_strdup ("") : g_strdup_printf ("%" G_GINT64_FORMAT, value);

  rc_field_row_fill (self->fields [field], text);
}

static void
fill_fields (RcCohortDialog *self)
{
  RcCohort *cohort = self->original;

  self->filling = TRUE;
  fill_combo (self->programme_row, self->programmes, cohort != NULL ? cohort->programme_id : 0);
  fill_combo (self->consortium_row, self->consortia, cohort != NULL ? cohort->consortium_id : 0);

  if (cohort != NULL)
    {
      rc_field_row_fill (self->fields [RC_COHORT_FIELD_NAME], cohort->name);
      rc_field_row_fill (self->fields [RC_COHORT_FIELD_STARTS_ON], cohort->starts_on);
      rc_field_row_fill (self->fields [RC_COHORT_FIELD_ENDS_ON], cohort->ends_on);
      set_number (self, RC_COHORT_FIELD_PLACES_FUNDED, cohort->places_funded);
      set_number (self, RC_COHORT_FIELD_TRAINING_WEEKS, cohort->training_weeks);
      for (guint i = 0; i < RC_COHORT_N_FIELDS; i++)
        rc_field_row_set_edited (self->fields [i], TRUE);
    }

  set_number (self, RC_COHORT_FIELD_MIN_YEARS_OUT, cohort != NULL ? cohort->min_years_out
                                                                  : RC_RETURNER_DEFAULT_MIN_YEARS);
  set_number (self, RC_COHORT_FIELD_MAX_YEARS_OUT, cohort != NULL ? cohort->max_years_out
                                                                  : RC_RETURNER_DEFAULT_MAX_YEARS);
  self->filling = FALSE;
}

GtkWidget *
rc_cohort_dialog_new (GtkWindow *parent,
                      RcStore   *store,
                      RcCohort  *cohort)
{
  RcCohortDialog *self;
  g_autoptr(GError) error = NULL;
  const char *title;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (RC_IS_STORE (store), NULL);
  g_return_val_if_fail (cohort == NULL || RC_IS_COHORT (cohort), NULL);

  self = g_object_new (RC_TYPE_COHORT_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  rc_write_actions_follow_store (GTK_WIDGET (self), store);
  self->original = cohort != NULL ? rc_cohort_copy (cohort) : NULL;
  self->programmes = rc_store_list_programmes (store, &error);
  if (self->programmes != NULL)
    self->consortia = rc_store_list_consortia (store, &error);
  if (error != NULL)
    show_save_error (self, error);

  title = cohort != NULL ? _("Edit Cohort") : _("New Cohort");
  gtk_window_set_title (GTK_WINDOW (self), title);
  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, cohort != NULL ? cohort->name : NULL);

  fill_fields (self);
  load_places (self);
  validate (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->fields [RC_COHORT_FIELD_NAME]));

  rc_form_dialog_guard (RC_FORM_DIALOG (self), "saved");

  return GTK_WIDGET (self);
}

gboolean
rc_cohort_dialog_set_programme (RcCohortDialog *self,
                                gint64          programme_id)
{
  g_return_val_if_fail (RC_IS_COHORT_DIALOG (self), FALSE);

  return rc_combo_ids_choose (self->programme_row, programme_id);
}

gboolean
rc_cohort_dialog_set_consortium (RcCohortDialog *self,
                                 gint64          consortium_id)
{
  g_return_val_if_fail (RC_IS_COHORT_DIALOG (self), FALSE);

  return rc_combo_ids_choose (self->consortium_row, consortium_id);
}

gboolean
rc_cohort_dialog_set_places (RcCohortDialog *self,
                             gint64          council_id,
                             guint           places)
{
  g_return_val_if_fail (RC_IS_COHORT_DIALOG (self), FALSE);

  return rc_cohort_places_set (self->places, council_id, places);
}

static void
rc_cohort_dialog_dispose (GObject *object)
{
  RcCohortDialog *self = RC_COHORT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), RC_TYPE_COHORT_DIALOG);
  g_clear_object (&self->programmes);
  g_clear_object (&self->consortia);
  g_clear_object (&self->original);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (rc_cohort_dialog_parent_class)->dispose (object);
}

static void
rc_cohort_dialog_class_init (RcCohortDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rc_cohort_dialog_dispose;
  RC_FORM_DIALOG_CLASS (klass)->save = rc_cohort_dialog_save;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/rc-cohort-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, RcCohortDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, RcCohortDialog, save_error_label);
  gtk_widget_class_bind_template_child (widget_class, RcCohortDialog, programme_row);
  gtk_widget_class_bind_template_child (widget_class, RcCohortDialog, consortium_row);
  gtk_widget_class_bind_template_child (widget_class, RcCohortDialog, returner_group);
  gtk_widget_class_bind_template_child (widget_class, RcCohortDialog, places);
  rc_view_class_bind_children (widget_class, field_names, RC_COHORT_N_FIELDS,
                               G_STRUCT_OFFSET (RcCohortDialog, fields));
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed);

  rc_form_dialog_class_set_actions (widget_class, "cohort-dialog.save", "cohort-dialog.cancel");
}

static void
rc_cohort_dialog_init (RcCohortDialog *self)
{
  g_type_ensure (RC_TYPE_COHORT_PLACES);
  gtk_widget_init_template (GTK_WIDGET (self));
  rc_form_dialog_set_fields (RC_FORM_DIALOG (self), self->fields, RC_COHORT_N_FIELDS, FALSE);
  rc_form_dialog_set_message_label (RC_FORM_DIALOG (self), self->save_error_label);

  rc_field_row_set_max_length (self->fields [RC_COHORT_FIELD_NAME], RC_LIMIT_NAME);
  g_signal_connect_swapped (self->programme_row, "notify::selected", G_CALLBACK (on_choice_changed), self);
  g_signal_connect_swapped (self->consortium_row, "notify::selected", G_CALLBACK (on_choice_changed), self);
  g_signal_connect_swapped (self->places, "changed", G_CALLBACK (validate), self);
}
