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
#include "rc-field-view.h"
#include "rc-unsaved.h"
#include "rc-updating-activity-dialog.h"

static const char *row_names [RC_UPDATING_N_FIELDS] = {
  "started_on_row", "ended_on_row", "hours_row", "note_row", "supervisor_name_row",
  "supervisor_regulator_row", "supervisor_registration_row",
};
static const char *error_names [RC_UPDATING_N_FIELDS] = {
  "started_on_error", "ended_on_error", "hours_error", "note_error", "supervisor_name_error",
  "supervisor_regulator_error", "supervisor_registration_error",
};
/* The entry's members the fields edit, as the rules name them; the hours
 * field edits days100 for days recorded as a total. */
static const char * const rule_keys [RC_UPDATING_N_FIELDS] = {
  "started_on", "ended_on", "hours100", "note", "supervisor_name", "supervisor_regulator",
  "supervisor_registration",
};
static const char * const recorded_keys [RC_UPDATING_N_FIELDS] = {
  "started_on", "ended_on", "days100", "note", "supervisor_name", "supervisor_regulator",
  "supervisor_registration",
};
static const guint max_chars [RC_UPDATING_N_FIELDS] = {
  0, 0, 0, RC_LIMIT_NOTE, RC_LIMIT_NAME, RC_LIMIT_NAME, 64,
};

struct _RcUpdatingActivityDialog
{
  AdwWindow            parent_instance;

  RcStore             *store;
  RcUpdatingActivity  *original;
  char                *errors [RC_UPDATING_N_FIELDS];
  char                *warnings [RC_UPDATING_N_FIELDS];
  gboolean             touched [RC_UPDATING_N_FIELDS];
  gboolean             valid;
  gboolean             filling;

  /* template children */
  AdwWindowTitle      *window_title;
  GtkLabel            *save_error_label;
  AdwComboRow         *kind_row;
  AdwPreferencesGroup *supervisor_group;
  AdwEntryRow         *rows [RC_UPDATING_N_FIELDS];
  GtkLabel            *error_labels [RC_UPDATING_N_FIELDS];
};

G_DEFINE_FINAL_TYPE (RcUpdatingActivityDialog, rc_updating_activity_dialog, ADW_TYPE_WINDOW)

enum { SAVED, N_SIGNALS };
static guint signals [N_SIGNALS];

static const char *
field_text (RcUpdatingActivityDialog *self,
            RcUpdatingField           field)
{
  return gtk_editable_get_text (GTK_EDITABLE (self->rows [field]));
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

/* What a field's text says by itself: NULL when it reads well, "" when it
 * is empty and untouched (not wrong yet, but not valid), or a message. */
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
          return self->touched [field] ? g_strdup (_("Enter the day of the activity, like 2026-03-02"))
                                       : g_strdup ("");
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
          return self->touched [field] ? g_strdup (recorded ? _("Enter the days, such as 30")
                                                            : _("Enter the hours spent, such as 7 or 3.5"))
                                       : g_strdup ("");
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
  gboolean ok [RC_UPDATING_N_FIELDS];
  gboolean supervised = chosen_kind (self) == RC_UPDATING_SUPERVISED_PRACTICE;
  gboolean valid = TRUE;
  GDate today;

  for (guint i = 0; i < RC_UPDATING_N_FIELDS; i++)
    {
      g_free (self->errors [i]);
      self->errors [i] = check_field (self, i, &ok [i]);
    }

  /* The rules the store applies, to the entry as it would be saved. What
   * a person has not come to yet is not called wrong. */
  rc_field_today (&today);
  activity = build_activity (self);
  findings = rc_rules_check_updating_activity (activity, &today);
  for (guint i = RC_UPDATING_FIELD_NOTE; i < RC_UPDATING_N_FIELDS; i++)
    if (!self->touched [i] && rc_findings_get (findings, rule_keys [i], RC_FINDING_ERROR) != NULL
        && field_text (self, i)[0] == '\0')
      {
        g_free (self->errors [i]);
        self->errors [i] = g_strdup ("");
        ok [i] = FALSE;
      }
  rc_field_view_take_findings (findings,
                               chosen_kind (self) == RC_UPDATING_RECORDED_DAYS ? recorded_keys : rule_keys,
                               self->rows, RC_UPDATING_N_FIELDS, ok, self->errors, self->warnings);

  for (guint i = 0; i < RC_UPDATING_N_FIELDS; i++)
    {
      gboolean shown = supervised || i < RC_UPDATING_FIELD_SUPERVISOR_NAME;

      if (shown)
        valid &= ok [i];
      rc_field_view_show (GTK_WIDGET (self->rows [i]), self->error_labels [i],
                          shown && self->errors [i] != NULL && *self->errors [i] != '\0' ? self->errors [i] : NULL,
                          shown ? self->warnings [i] : NULL);
    }

  self->valid = valid;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "activity.save", valid);
}

static void
on_field_changed (GtkEditable              *editable,
                  RcUpdatingActivityDialog *self)
{
  if (self->filling)
    return;

  for (guint i = 0; i < RC_UPDATING_N_FIELDS; i++)
    if (editable == GTK_EDITABLE (self->rows [i]))
      self->touched [i] = TRUE;

  gtk_widget_set_visible (GTK_WIDGET (self->save_error_label), FALSE);
  validate (self);
}

static void
on_kind_changed (RcUpdatingActivityDialog *self)
{
  gboolean recorded = chosen_kind (self) == RC_UPDATING_RECORDED_DAYS;

  gtk_widget_set_visible (GTK_WIDGET (self->supervisor_group),
                          chosen_kind (self) == RC_UPDATING_SUPERVISED_PRACTICE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->rows [RC_UPDATING_FIELD_HOURS]),
                                 recorded ? _("Days recorded as a total") : _("Hours"));
  gtk_widget_set_visible (GTK_WIDGET (self->rows [RC_UPDATING_FIELD_ENDED_ON]), !recorded);
  if (!self->filling)
    validate (self);
}

/* Enter moves on to the next field shown, and saves from the last one. */
static void
on_field_activated (AdwEntryRow              *row,
                    RcUpdatingActivityDialog *self)
{
  guint i;

  for (i = 0; i < RC_UPDATING_N_FIELDS && self->rows [i] != row; i++)
    ;
  for (i++; i < RC_UPDATING_N_FIELDS; i++)
    if (gtk_widget_is_visible (GTK_WIDGET (self->rows [i])))
      {
        gtk_widget_grab_focus (GTK_WIDGET (self->rows [i]));
        return;
      }

  gtk_widget_activate_action (GTK_WIDGET (self), "activity.save", NULL);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RcUpdatingActivityDialog *self = RC_UPDATING_ACTIVITY_DIALOG (widget);
  g_autoptr(RcUpdatingActivity) activity = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < RC_UPDATING_N_FIELDS; i++)
    self->touched [i] = TRUE;
  validate (self);
  if (!self->valid)
    return;

  activity = build_activity (self);
  if (!rc_store_save_updating_activity (self->store, activity, &error))
    {
      /* Translators: the reason the database gave */
      g_autofree char *text = g_strdup_printf (_("The entry was not saved: %s"), error->message);

      gtk_label_set_text (self->save_error_label, text);
      gtk_widget_set_visible (GTK_WIDGET (self->save_error_label), TRUE);
      return;
    }

  g_object_ref (self);
  g_signal_emit (self, signals [SAVED], 0, activity);
  gtk_window_close (GTK_WINDOW (self));
  g_object_unref (self);
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  gtk_window_close (GTK_WINDOW (widget));
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
    gtk_editable_set_text (GTK_EDITABLE (self->rows [i]), texts [i] != NULL ? texts [i] : "");
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
  /* An entry as stored is shown as it is, errors and all. */
  for (guint i = 0; activity != NULL && i < RC_UPDATING_N_FIELDS; i++)
    self->touched [i] = TRUE;
  validate (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->rows [activity != NULL ? RC_UPDATING_FIELD_HOURS
                                                                  : RC_UPDATING_FIELD_STARTED_ON]));

  /* Escape, Cancel and the close button ask before changes are lost. */
  rc_unsaved_guard (GTK_WINDOW (self), "activity.save", "saved");

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

void
rc_updating_activity_dialog_set_field (RcUpdatingActivityDialog *self,
                                       RcUpdatingField           field,
                                       const char               *text)
{
  g_return_if_fail (RC_IS_UPDATING_ACTIVITY_DIALOG (self));
  g_return_if_fail (field < RC_UPDATING_N_FIELDS);

  gtk_editable_set_text (GTK_EDITABLE (self->rows [field]), text != NULL ? text : "");
}

const char *
rc_updating_activity_dialog_get_field_error (RcUpdatingActivityDialog *self,
                                             RcUpdatingField           field)
{
  g_return_val_if_fail (RC_IS_UPDATING_ACTIVITY_DIALOG (self), NULL);
  g_return_val_if_fail (field < RC_UPDATING_N_FIELDS, NULL);

  return self->errors [field] != NULL && *self->errors [field] != '\0' ? self->errors [field] : NULL;
}

const char *
rc_updating_activity_dialog_get_field_warning (RcUpdatingActivityDialog *self,
                                               RcUpdatingField           field)
{
  g_return_val_if_fail (RC_IS_UPDATING_ACTIVITY_DIALOG (self), NULL);
  g_return_val_if_fail (field < RC_UPDATING_N_FIELDS, NULL);

  return self->warnings [field];
}

gboolean
rc_updating_activity_dialog_can_save (RcUpdatingActivityDialog *self)
{
  g_return_val_if_fail (RC_IS_UPDATING_ACTIVITY_DIALOG (self), FALSE);

  return self->valid;
}

gboolean
rc_updating_activity_dialog_shows_supervisor (RcUpdatingActivityDialog *self)
{
  g_return_val_if_fail (RC_IS_UPDATING_ACTIVITY_DIALOG (self), FALSE);

  return gtk_widget_get_visible (GTK_WIDGET (self->supervisor_group));
}

const char *
rc_updating_activity_dialog_get_error (RcUpdatingActivityDialog *self)
{
  g_return_val_if_fail (RC_IS_UPDATING_ACTIVITY_DIALOG (self), NULL);

  return gtk_widget_get_visible (GTK_WIDGET (self->save_error_label))
         ? gtk_label_get_text (self->save_error_label) : NULL;
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
rc_updating_activity_dialog_finalize (GObject *object)
{
  RcUpdatingActivityDialog *self = RC_UPDATING_ACTIVITY_DIALOG (object);

  for (guint i = 0; i < RC_UPDATING_N_FIELDS; i++)
    {
      g_clear_pointer (&self->errors [i], g_free);
      g_clear_pointer (&self->warnings [i], g_free);
    }

  G_OBJECT_CLASS (rc_updating_activity_dialog_parent_class)->finalize (object);
}

static void
rc_updating_activity_dialog_class_init (RcUpdatingActivityDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rc_updating_activity_dialog_dispose;
  object_class->finalize = rc_updating_activity_dialog_finalize;

  /**
   * RcUpdatingActivityDialog::saved:
   * @activity: the entry as stored, with its id
   */
  signals [SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, RC_TYPE_UPDATING_ACTIVITY);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/rc-updating-activity-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, RcUpdatingActivityDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, RcUpdatingActivityDialog, save_error_label);
  gtk_widget_class_bind_template_child (widget_class, RcUpdatingActivityDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, RcUpdatingActivityDialog, supervisor_group);
  for (guint i = 0; i < RC_UPDATING_N_FIELDS; i++)
    {
      gtk_widget_class_bind_template_child_full (widget_class, row_names [i], FALSE,
                                                 G_STRUCT_OFFSET (RcUpdatingActivityDialog, rows)
                                                 + i * sizeof (gpointer));
      gtk_widget_class_bind_template_child_full (widget_class, error_names [i], FALSE,
                                                 G_STRUCT_OFFSET (RcUpdatingActivityDialog, error_labels)
                                                 + i * sizeof (gpointer));
    }
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_field_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_kind_changed);

  gtk_widget_class_install_action (widget_class, "activity.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "activity.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "activity.cancel", NULL);
}

static void
rc_updating_activity_dialog_init (RcUpdatingActivityDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < RC_UPDATING_N_FIELDS; i++)
    if (max_chars [i] > 0)
      rc_field_view_limit (self->rows [i], max_chars [i]);
}
