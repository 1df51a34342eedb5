/* rc-updating-activity-dialog.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-views"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "model/rc-money.h"
#include "model/rc-updating-log.h"
#include "rc-updating-activity-dialog.h"
#include "rc-write-actions.h"

/* The fields' template children; each field row's key names the entry's
 * member it edits, as the rules do (the hours field edits days100 for
 * days recorded as a total). */
static const char *field_names [RC_UPDATING_N_FIELDS] = {
  "started_on_field", "ended_on_field", "hours_field", "note_field", "supervisor_name_field",
  "supervisor_regulator_field", "supervisor_registration_field",
};
static const guint max_chars [RC_UPDATING_N_FIELDS] = {
  0, 0, 0, RC_LIMIT_NOTE, RC_LIMIT_NAME, RC_LIMIT_NAME, 64,
};

struct _RcUpdatingActivityDialog
{
  RcFormDialog         parent_instance;

  RcStore             *store;
  RcUpdatingActivity  *original;
  gboolean             filling;

  /* template children */
  AdwWindowTitle      *window_title;
  GtkLabel            *save_error_label;
  AdwComboRow         *kind_row;
  AdwPreferencesGroup *supervisor_group;
  RcFieldRow          *fields [RC_UPDATING_N_FIELDS];
};

G_DEFINE_FINAL_TYPE (RcUpdatingActivityDialog, rc_updating_activity_dialog, RC_TYPE_FORM_DIALOG)

static const char *
field_text (RcUpdatingActivityDialog *self,
            RcUpdatingField           field)
{
  return rc_field_row_get_text (self->fields [field]);
}

static RcUpdatingKind
chosen_kind (RcUpdatingActivityDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->kind_row);

  return selected < RC_N_UPDATING_KINDS ? (RcUpdatingKind) selected : RC_UPDATING_PRIVATE_STUDY;
}

static char *
stripped (const char *text)
{
  char *copy = g_strstrip (g_strdup (text != NULL ? text : ""));

  if (*copy == '\0')
    g_clear_pointer (&copy, g_free);

  return copy;
}

/* What a field's text says by itself: NULL when it reads well, or when it
 * is empty and not yet edited (not wrong yet, but @ok is FALSE), or a
 * message. */
static char *
check_field (RcUpdatingActivityDialog *self,
             RcUpdatingField           field,
             gboolean                 *ok)
{
  g_autofree char *text = stripped (field_text (self, field));
  gboolean recorded = chosen_kind (self) == RC_UPDATING_RECORDED_DAYS;
  gint64 value;
  GDate date;

  *ok = TRUE;
  switch (field)
    {
    case RC_UPDATING_FIELD_STARTED_ON:
    case RC_UPDATING_FIELD_ENDED_ON:
      if (text == NULL)
        {
          if (field == RC_UPDATING_FIELD_ENDED_ON)
            return NULL;
          *ok = FALSE;
          return rc_field_row_get_edited (self->fields [field])
                 ? g_strdup (_("Enter the day of the activity, like 2026-03-02")) : NULL;
        }
      if (!rc_date_parse (text, &date, NULL))
        {
          *ok = FALSE;
          return g_strdup (field == RC_UPDATING_FIELD_STARTED_ON
                           ? _("Enter the day of the activity, like 2026-03-02")
                           : _("The last day must be a date like 2026-03-06, or empty for one day"));
        }
      return NULL;

    case RC_UPDATING_FIELD_HOURS:
      if (text == NULL)
        {
          *ok = FALSE;
          if (!rc_field_row_get_edited (self->fields [field]))
            return NULL;
          return g_strdup (recorded ? _("Enter the days, such as 30")
                                    : _("Enter the hours spent, such as 7 or 3.5"));
        }
      if (!rc_fte_parse (text, &value, NULL) || value > 2400 * 366)
        {
          *ok = FALSE;
          return g_strdup (recorded ? _("Enter the days, such as 30")
                                    : _("Enter the hours spent, such as 7 or 3.5"));
        }
      return NULL;

    default:
      return NULL;
    }
}

static RcUpdatingActivity *
build_activity (RcUpdatingActivityDialog *self)
{
  RcUpdatingActivity *a = rc_updating_activity_copy (self->original);
  g_autofree char *hours = stripped (field_text (self, RC_UPDATING_FIELD_HOURS));
  gint64 value = 0;
  GDate date;

  a->kind = chosen_kind (self);

  g_clear_pointer (&a->started_on, g_free);
  if (rc_date_parse (field_text (self, RC_UPDATING_FIELD_STARTED_ON), &date, NULL))
    a->started_on = rc_date_format_iso (&date);
  g_clear_pointer (&a->ended_on, g_free);
  if (rc_date_parse (field_text (self, RC_UPDATING_FIELD_ENDED_ON), &date, NULL))
    a->ended_on = rc_date_format_iso (&date);

  if (hours != NULL)
    rc_fte_parse (hours, &value, NULL);
  a->hours100 = a->kind == RC_UPDATING_RECORDED_DAYS ? 0 : value;
  a->days100 = a->kind == RC_UPDATING_RECORDED_DAYS ? value : 0;

  g_free (a->note);
  a->note = stripped (field_text (self, RC_UPDATING_FIELD_NOTE));
  g_free (a->supervisor_name);
  g_free (a->supervisor_regulator);
  g_free (a->supervisor_registration);
  a->supervisor_name = stripped (field_text (self, RC_UPDATING_FIELD_SUPERVISOR_NAME));
  a->supervisor_regulator = stripped (field_text (self, RC_UPDATING_FIELD_SUPERVISOR_REGULATOR));
  a->supervisor_registration = stripped (field_text (self, RC_UPDATING_FIELD_SUPERVISOR_REGISTRATION));

  return a;
}

static void
validate (RcUpdatingActivityDialog *self)
{
  g_autoptr(RcUpdatingActivity) activity = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  gboolean supervised = chosen_kind (self) == RC_UPDATING_SUPERVISED_PRACTICE;
  gboolean valid = TRUE;
  GDate today;

  /* The rules the store applies, to the entry as it would be saved. */
  rc_field_today (&today);
  activity = build_activity (self);
  findings = rc_rules_check_updating_activity (activity, &today);

  for (guint i = 0; i < RC_UPDATING_N_FIELDS; i++)
    {
      gboolean shown = supervised || i < RC_UPDATING_FIELD_SUPERVISOR_NAME;
      gboolean ok;
      g_autofree char *error = check_field (self, i, &ok);
      gboolean reads = ok;

      /* What a person has not come to yet is not called wrong, but it
       * is not valid either. */
      if (ok && !rc_field_row_get_edited (self->fields [i]) && field_text (self, i)[0] == '\0'
          && rc_findings_get (findings, rc_field_row_get_key (self->fields [i]), RC_FINDING_ERROR) != NULL)
        ok = reads = FALSE;

      if (!shown)
        {
          rc_field_row_clear (self->fields [i]);
          continue;
        }
      valid &= rc_field_row_show_findings (self->fields [i], error, reads, findings) && ok;
    }

  rc_form_dialog_set_valid (RC_FORM_DIALOG (self), valid);
}

static void
on_field_changed (RcFieldRow               *field,
                  RcUpdatingActivityDialog *self)
{
  if (self->filling)
    return;

  rc_form_dialog_show_message (RC_FORM_DIALOG (self), NULL);
  validate (self);
}

static void
on_kind_changed (RcUpdatingActivityDialog *self)
{
  gboolean recorded = chosen_kind (self) == RC_UPDATING_RECORDED_DAYS;

  gtk_widget_set_visible (GTK_WIDGET (self->supervisor_group),
                          chosen_kind (self) == RC_UPDATING_SUPERVISED_PRACTICE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (rc_field_row_get_row (self->fields [RC_UPDATING_FIELD_HOURS])),
                                 recorded ? _("Days recorded as a total") : _("Hours"));
  rc_field_row_set_key (self->fields [RC_UPDATING_FIELD_HOURS], recorded ? "days100" : "hours100");
  gtk_widget_set_visible (rc_field_row_get_row (self->fields [RC_UPDATING_FIELD_ENDED_ON]), !recorded);
  if (!self->filling)
    validate (self);
}

/* Enter moves on to the next field shown, and saves from the last one. */
static void
on_field_activated (AdwEntryRow              *row,
                    RcUpdatingActivityDialog *self)
{
  guint i;

  for (i = 0; i < RC_UPDATING_N_FIELDS && rc_field_row_get_row (self->fields [i]) != GTK_WIDGET (row); i++)
    ;
  for (i++; i < RC_UPDATING_N_FIELDS; i++)
    if (gtk_widget_is_visible (GTK_WIDGET (self->fields [i])))
      {
        gtk_widget_grab_focus (GTK_WIDGET (self->fields [i]));
        return;
      }

  gtk_widget_activate_action (GTK_WIDGET (self), "updating-activity-dialog.save", NULL);
}

static void
rc_updating_activity_dialog_save (RcFormDialog *dialog)
{
  RcUpdatingActivityDialog *self = RC_UPDATING_ACTIVITY_DIALOG (dialog);
  g_autoptr(RcUpdatingActivity) activity = NULL;
  g_autoptr(GError) error = NULL;

  rc_form_dialog_edit_all (dialog);
  validate (self);
  if (!rc_form_dialog_can_save (dialog))
    return;

  activity = build_activity (self);
  if (!rc_store_save_updating_activity (self->store, activity, &error))
    {
      /* Translators: the reason the database gave */
      rc_form_dialog_show_messagef (dialog, _("The entry was not saved: %s"), error->message);
      return;
    }

  rc_form_dialog_saved (RC_FORM_DIALOG (self), activity);
}

static char *
format_hundredths (gint64 value)
{
  if (value % 100 == 0)
    return g_strdup_printf ("%" G_GINT64_FORMAT, value / 100);
  if (value % 10 == 0)
    return g_strdup_printf ("%" G_GINT64_FORMAT ".%d", value / 100, (int) (value % 100) / 10);

  return g_strdup_printf ("%" G_GINT64_FORMAT ".%02d", value / 100, (int) (value % 100));
}

static void
fill_fields (RcUpdatingActivityDialog *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  RcUpdatingActivity *a = self->original;
  gboolean recorded = a->kind == RC_UPDATING_RECORDED_DAYS;
  g_autofree char *amount = NULL;
  const char *texts [RC_UPDATING_N_FIELDS] = { NULL };

  /* Days recorded as a total are kept and corrected, never added anew. */
  for (guint i = 0; i < (recorded ? RC_N_UPDATING_KINDS : RC_UPDATING_RECORDED_DAYS); i++)
    gtk_string_list_append (kinds, rc_updating_kind_get_label (i));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
  adw_combo_row_set_selected (self->kind_row, a->kind);
  gtk_widget_set_sensitive (GTK_WIDGET (self->kind_row), !recorded);

  if (a->id != 0)
    amount = format_hundredths (recorded ? a->days100 : a->hours100);
  texts [RC_UPDATING_FIELD_STARTED_ON] = a->started_on;
  texts [RC_UPDATING_FIELD_ENDED_ON] = a->ended_on;
  texts [RC_UPDATING_FIELD_HOURS] = amount;
  texts [RC_UPDATING_FIELD_NOTE] = a->note;
  texts [RC_UPDATING_FIELD_SUPERVISOR_NAME] = a->supervisor_name;
  texts [RC_UPDATING_FIELD_SUPERVISOR_REGULATOR] = a->supervisor_regulator;
  texts [RC_UPDATING_FIELD_SUPERVISOR_REGISTRATION] = a->supervisor_registration;
  for (guint i = 0; i < RC_UPDATING_N_FIELDS; i++)
    {
      rc_field_row_fill (self->fields [i], texts [i] != NULL ? texts [i] : "");
      /* An entry as stored is shown as it is, errors and all. */
      rc_field_row_set_edited (self->fields [i], a->id != 0);
    }
}

GtkWidget *
rc_updating_activity_dialog_new (GtkWindow          *parent,
                                 RcStore            *store,
                                 gint64              trainee_id,
                                 RcUpdatingActivity *activity)
{
  RcUpdatingActivityDialog *self;
  const char *title;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (RC_IS_STORE (store), NULL);
  g_return_val_if_fail (activity == NULL || RC_IS_UPDATING_ACTIVITY (activity), NULL);

  self = g_object_new (RC_TYPE_UPDATING_ACTIVITY_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  rc_write_actions_follow_store (GTK_WIDGET (self), store);
  if (activity != NULL)
    self->original = rc_updating_activity_copy (activity);
  else
    {
      self->original = rc_updating_activity_new ();
      self->original->trainee_id = trainee_id;
      self->original->kind = RC_UPDATING_PRIVATE_STUDY;
    }

  title = activity != NULL ? _("Edit Updating Activity") : _("New Updating Activity");
  gtk_window_set_title (GTK_WINDOW (self), title);
  adw_window_title_set_title (self->window_title, title);

  self->filling = TRUE;
  fill_fields (self);
  on_kind_changed (self);
  self->filling = FALSE;
  validate (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->fields [activity != NULL ? RC_UPDATING_FIELD_HOURS
                                                                    : RC_UPDATING_FIELD_STARTED_ON]));

  rc_form_dialog_guard (RC_FORM_DIALOG (self), "saved");

  return GTK_WIDGET (self);
}

void
rc_updating_activity_dialog_set_kind (RcUpdatingActivityDialog *self,
                                      RcUpdatingKind            kind)
{
  g_return_if_fail (RC_IS_UPDATING_ACTIVITY_DIALOG (self));
  g_return_if_fail ((guint) kind < RC_N_UPDATING_KINDS);

  adw_combo_row_set_selected (self->kind_row, kind);
}

static void
rc_updating_activity_dialog_dispose (GObject *object)
{
  RcUpdatingActivityDialog *self = RC_UPDATING_ACTIVITY_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), RC_TYPE_UPDATING_ACTIVITY_DIALOG);
  g_clear_object (&self->original);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (rc_updating_activity_dialog_parent_class)->dispose (object);
}

static void
rc_updating_activity_dialog_class_init (RcUpdatingActivityDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rc_updating_activity_dialog_dispose;
  RC_FORM_DIALOG_CLASS (klass)->save = rc_updating_activity_dialog_save;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/rc-updating-activity-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, RcUpdatingActivityDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, RcUpdatingActivityDialog, save_error_label);
  gtk_widget_class_bind_template_child (widget_class, RcUpdatingActivityDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, RcUpdatingActivityDialog, supervisor_group);
  for (guint i = 0; i < RC_UPDATING_N_FIELDS; i++)
    gtk_widget_class_bind_template_child_full (widget_class, field_names [i], FALSE,
                                               G_STRUCT_OFFSET (RcUpdatingActivityDialog, fields)
                                               + i * sizeof (gpointer));
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_field_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_kind_changed);

  rc_form_dialog_class_set_actions (widget_class, "updating-activity-dialog.save",
                                    "updating-activity-dialog.cancel");
}

static void
rc_updating_activity_dialog_init (RcUpdatingActivityDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Enter moves on to the next field shown: on_field_activated(). */
  rc_form_dialog_set_fields (RC_FORM_DIALOG (self), self->fields, RC_UPDATING_N_FIELDS, FALSE);
  rc_form_dialog_set_message_label (RC_FORM_DIALOG (self), self->save_error_label);

  for (guint i = 0; i < RC_UPDATING_N_FIELDS; i++)
    rc_field_row_set_max_length (self->fields [i], max_chars [i]);
}
