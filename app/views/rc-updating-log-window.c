/* rc-updating-log-window.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-views"

#include "config.h"

#include <glib/gi18n.h>

#include "model/rc-money.h"
#include "model/rc-updating-log.h"
#include "rc-field-row.h"
#include "rc-updating-activity-dialog.h"
#include "rc-updating-log-window.h"
#include "rc-view-util.h"
#include "rc-window.h"
#include "rc-write-actions.h"

struct _RcUpdatingLogWindow
{
  AdwWindow        parent_instance;

  RcStore         *store;
  gint64           trainee_id;
  GListModel      *activities;
  char            *restoration_on;  /* as stored */
  char            *restoration_error;

  /* template children */
  AdwToastOverlay *toasts;
  AdwWindowTitle  *window_title;
  GtkLabel        *summary_label;
  GtkLevelBar     *level_bar;
  GtkLabel        *basis_label;
  GtkBox          *warnings_box;
  AdwEntryRow     *restoration_row;
  RcFieldRow      *restoration_field;
  GtkListBox      *list;
};

G_DEFINE_FINAL_TYPE (RcUpdatingLogWindow, rc_updating_log_window, ADW_TYPE_WINDOW)

static char *
format_hours (gint64 hours100)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%g", hours100 / 100.0));
}

static char *
describe_entry (RcUpdatingLogWindow *self,
                RcUpdatingActivity  *a,
                char               **subtitle)
{
  guint hours_per_day = rc_store_get_updating_hours_per_day (self->store);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *days = rc_updating_format_days (rc_updating_activity_units (a, hours_per_day),
                                                   hours_per_day);

  if (a->kind == RC_UPDATING_RECORDED_DAYS)
    /* Translators: days recorded as a total */
    g_string_append_printf (text, _("%s days"), days);
  else
    {
      g_autofree char *hours = format_hours (a->hours100);

      /* Translators: hours, and the days they make: "35 hours (5 days)" */
      g_string_append_printf (text, _("%s hours (%s days)"), hours, days);
    }
  if (a->note != NULL)
    g_string_append_printf (text, " · %s", a->note);
  if (a->kind == RC_UPDATING_SUPERVISED_PRACTICE)
    /* Translators: a supervisor's name, regulator and registration number */
    g_string_append_printf (text, _(" · supervised by %s (%s, %s)"), a->supervisor_name,
                            a->supervisor_regulator, a->supervisor_registration);
  *subtitle = g_string_free (g_steal_pointer (&text), FALSE);

  if (a->ended_on != NULL)
    /* Translators: a kind of activity and its first and last days */
    return g_strdup_printf (_("%s · %s to %s"), rc_updating_kind_get_label (a->kind), a->started_on, a->ended_on);

  return g_strdup_printf ("%s · %s", rc_updating_kind_get_label (a->kind), a->started_on);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  RcUpdatingLogWindow *self = user_data;
  RcUpdatingActivity *activity = item;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *edit = gtk_button_new_from_icon_name ("document-edit-symbolic");
  GtkWidget *delete = gtk_button_new_from_icon_name ("user-trash-symbolic");
  g_autofree char *subtitle = NULL;
  g_autofree char *title = describe_entry (self, activity, &subtitle);
  guint position = 0;

  /* People type the notes and names: never read them as markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);

  for (guint i = 0; i < g_list_model_get_n_items (self->activities); i++)
    {
      g_autoptr(GObject) other = g_list_model_get_item (self->activities, i);

      if (other == item)
        position = i;
    }
  gtk_widget_set_valign (edit, GTK_ALIGN_CENTER);
  gtk_widget_set_valign (delete, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (edit, "flat");
  gtk_widget_add_css_class (delete, "flat");
  gtk_widget_set_tooltip_text (edit, _("Edit"));
  gtk_widget_set_tooltip_text (delete, _("Delete"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (edit), "log.edit");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (edit), "u", position);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (delete), "log.delete");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (delete), "u", position);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), edit);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), delete);

  return row;
}

static void
show_warnings (RcUpdatingLogWindow *self,
               GPtrArray           *findings)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->warnings_box))) != NULL)
    gtk_box_remove (self->warnings_box, child);

  for (guint i = 0; i < findings->len; i++)
    {
      const RcFinding *finding = g_ptr_array_index (findings, i);
      GtkWidget *label = gtk_label_new (finding->message);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_widget_add_css_class (label, "warning");
      gtk_box_append (self->warnings_box, label);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->warnings_box), findings->len > 0);
}

static void
reload (RcUpdatingLogWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RcTrainee) trainee = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *basis = NULL;
  RcUpdatingTally tally;

  g_clear_object (&self->activities);
  g_clear_pointer (&self->restoration_on, g_free);
  trainee = rc_store_get_trainee (self->store, self->trainee_id, &error);
  if (trainee == NULL
      || !rc_store_get_updating_tally (self->store, trainee, NULL, &tally, &self->activities, &error))
    {
      /* Deleted or erased meanwhile: nothing of it is shown. */
      g_debug ("Updating log of trainee %" G_GINT64_FORMAT ": %s", self->trainee_id, error->message);
      gtk_window_close (GTK_WINDOW (self));
      return;
    }
  if (trainee->erased_at != NULL)
    {
      gtk_window_close (GTK_WINDOW (self));
      return;
    }
  self->restoration_on = rc_store_get_restoration_applied_on (self->store, self->trainee_id, &error);
  if (error != NULL)
    rc_window_report_error (GTK_WIDGET (self), error);

  adw_window_title_set_subtitle (self->window_title, trainee->reference);
  summary = rc_updating_tally_describe (&tally);
  gtk_label_set_text (self->summary_label, summary);
  gtk_level_bar_set_value (self->level_bar,
                           tally.required_days > 0
                           ? MIN ((double) tally.counted / ((double) tally.required_days * tally.hours_per_day * 100),
                                  1.0)
                           : tally.required_days == 0 ? 1.0 : 0.0);

  if (tally.required_days > 0)
    {
      g_autofree char *years = rc_view_format_years (tally.years_out);

      /* Translators: years out of practice, days asked, the hours in a day */
      basis = g_strdup_printf (_("%s years out of practice: Social Work England asks at least %d days. "
                                 "A day is %u hours, as the preferences say: the regulator’s pages have said "
                                 "both 6 and 7."),
                               years, tally.required_days, tally.hours_per_day);
    }
  else if (tally.required_days == 0)
    basis = g_strdup (_("Out of practice under two years: Social Work England asks no days of updating."));
  else
    basis = g_strdup_printf (_("A day is %u hours, as the preferences say: the regulator’s pages have said "
                               "both 6 and 7."), tally.hours_per_day);
  gtk_label_set_text (self->basis_label, basis);

  findings = rc_updating_tally_check (&tally);
  show_warnings (self, findings);

  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->restoration_row)),
                 self->restoration_on != NULL ? self->restoration_on : "") != 0
      && self->restoration_error == NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->restoration_row),
                           self->restoration_on != NULL ? self->restoration_on : "");

  gtk_list_box_bind_model (self->list, self->activities, create_row, self, NULL);
}

static void
on_store_changed (RcUpdatingLogWindow *self,
                  RcEntityKind         kind)
{
  if (kind == RC_ENTITY_TRAINEE || kind == RC_ENTITY_UPDATING_ACTIVITY
      || kind == RC_ENTITY_TRAINEE_EVENT)
    reload (self);
}

static void
show_restoration_error (RcUpdatingLogWindow *self)
{
  rc_field_row_show (self->restoration_field, self->restoration_error, NULL);
}

static void
on_restoration_changed (RcUpdatingLogWindow *self)
{
  if (self->restoration_error == NULL)
    return;
  g_clear_pointer (&self->restoration_error, g_free);
  show_restoration_error (self);
}

static void
on_restoration_apply (RcUpdatingLogWindow *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->restoration_row))));
  g_autoptr(GError) error = NULL;
  g_autofree char *iso = NULL;
  GDate date;

  g_clear_pointer (&self->restoration_error, g_free);
  if (*text != '\0' && !rc_date_parse (text, &date, NULL))
    self->restoration_error = g_strdup (_("The restoration application needs a date like 2026-11-30"));
  else
    {
      if (*text != '\0')
        iso = rc_date_format_iso (&date);
      if (!rc_store_set_restoration_applied_on (self->store, self->trainee_id, iso, &error))
        self->restoration_error = g_strdup (error->message);
    }
  show_restoration_error (self);
}

GtkWidget *
rc_updating_log_window_new (GtkWindow *parent,
                            RcStore   *store,
                            gint64     trainee_id)
{
  RcUpdatingLogWindow *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (RC_IS_STORE (store), NULL);

  self = g_object_new (RC_TYPE_UPDATING_LOG_WINDOW, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  rc_write_actions_follow_store (GTK_WIDGET (self), store);
  rc_write_action_set_enabled (GTK_WIDGET (self), "log.add", TRUE);
  rc_write_action_set_enabled (GTK_WIDGET (self), "log.edit", TRUE);
  rc_write_action_set_enabled (GTK_WIDGET (self), "log.delete", TRUE);
  self->trainee_id = trainee_id;
  g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
  reload (self);

  return GTK_WIDGET (self);
}

static RcUpdatingActivity *
get_entry (RcUpdatingLogWindow *self,
           guint                index)
{
  if (self->activities == NULL || index >= g_list_model_get_n_items (self->activities))
    return NULL;

  return g_list_model_get_item (self->activities, index);
}

GtkWidget *
rc_updating_log_window_add (RcUpdatingLogWindow *self)
{
  GtkWidget *dialog;

  g_return_val_if_fail (RC_IS_UPDATING_LOG_WINDOW (self), NULL);

  dialog = rc_updating_activity_dialog_new (GTK_WINDOW (self), self->store, self->trainee_id, NULL);
  gtk_window_present (GTK_WINDOW (dialog));

  return dialog;
}

GtkWidget *
rc_updating_log_window_edit (RcUpdatingLogWindow *self,
                             guint                index)
{
  g_autoptr(RcUpdatingActivity) activity = NULL;
  GtkWidget *dialog;

  g_return_val_if_fail (RC_IS_UPDATING_LOG_WINDOW (self), NULL);

  if ((activity = get_entry (self, index)) == NULL)
    return NULL;

  dialog = rc_updating_activity_dialog_new (GTK_WINDOW (self), self->store, self->trainee_id, activity);
  gtk_window_present (GTK_WINDOW (dialog));

  return dialog;
}

static void
on_undo_delete (AdwToast *toast,
                gpointer  user_data)
{
  RcUpdatingLogWindow *self = user_data;
  RcUpdatingActivity *deleted = g_object_get_data (G_OBJECT (toast), "rc-activity");
  g_autoptr(RcUpdatingActivity) again = rc_updating_activity_copy (deleted);
  g_autoptr(GError) error = NULL;

  again->id = 0;
  if (!rc_store_save_updating_activity (self->store, again, &error))
    {
      /* Translators: why an entry could not be put back */
      g_autofree char *title = g_strdup_printf (_("The entry was not put back: %s"), error->message);

      adw_toast_overlay_add_toast (self->toasts, adw_toast_new (title));
    }
}

gboolean
rc_updating_log_window_delete (RcUpdatingLogWindow  *self,
                               guint                 index,
                               GError              **error)
{
  g_autoptr(RcUpdatingActivity) activity = NULL;
  AdwToast *toast;

  g_return_val_if_fail (RC_IS_UPDATING_LOG_WINDOW (self), FALSE);

  if ((activity = get_entry (self, index)) == NULL)
    {
      g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_NOT_FOUND, _("It was already deleted"));
      return FALSE;
    }
  if (!rc_store_delete_updating_activity (self->store, activity->id, error))
    return FALSE;

  /* Translators: a kind of activity and its first day */
  toast = adw_toast_new_format (_("Deleted %s of %s"), rc_updating_kind_get_label (activity->kind),
                                activity->started_on);
  adw_toast_set_button_label (toast, _("_Undo"));
  g_object_set_data_full (G_OBJECT (toast), "rc-activity", g_object_ref (activity), g_object_unref);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_undo_delete), self, 0);
  adw_toast_overlay_add_toast (self->toasts, toast);

  return TRUE;
}

static void
log_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  RcUpdatingLogWindow *self = RC_UPDATING_LOG_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (g_str_equal (action_name, "log.add"))
    rc_updating_log_window_add (self);
  else if (g_str_equal (action_name, "log.edit"))
    rc_updating_log_window_edit (self, g_variant_get_uint32 (parameter));
  else if (g_str_equal (action_name, "log.delete")
           && !rc_updating_log_window_delete (self, g_variant_get_uint32 (parameter), &error))
    {
      /* Translators: why a deletion failed */
      g_autofree char *title = g_strdup_printf (_("Nothing was deleted: %s"), error->message);

      adw_toast_overlay_add_toast (self->toasts, adw_toast_new (title));
    }
  else if (g_str_equal (action_name, "log.close"))
    gtk_window_close (GTK_WINDOW (self));
}

char *
rc_updating_log_window_dup_warnings (RcUpdatingLogWindow *self)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (RC_IS_UPDATING_LOG_WINDOW (self), NULL);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->warnings_box));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    g_string_append_printf (text, "%s%s", text->len > 0 ? "\n" : "", gtk_label_get_text (GTK_LABEL (child)));

  return text->len > 0 ? g_string_free (g_steal_pointer (&text), FALSE) : NULL;
}

char *
rc_updating_log_window_dup_entry_text (RcUpdatingLogWindow *self,
                                       guint                index)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (RC_IS_UPDATING_LOG_WINDOW (self), NULL);

  row = gtk_list_box_get_row_at_index (self->list, index);
  if (row == NULL)
    return NULL;

  return g_strdup_printf ("%s\n%s", adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)),
                          adw_action_row_get_subtitle (ADW_ACTION_ROW (row)));
}

void
rc_updating_log_window_set_restoration (RcUpdatingLogWindow *self,
                                        const char          *text)
{
  g_return_if_fail (RC_IS_UPDATING_LOG_WINDOW (self));

  gtk_editable_set_text (GTK_EDITABLE (self->restoration_row), text != NULL ? text : "");
  on_restoration_apply (self);
}

static void
rc_updating_log_window_dispose (GObject *object)
{
  RcUpdatingLogWindow *self = RC_UPDATING_LOG_WINDOW (object);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), RC_TYPE_UPDATING_LOG_WINDOW);
  g_clear_object (&self->store);
  g_clear_object (&self->activities);
  g_clear_pointer (&self->restoration_on, g_free);
  g_clear_pointer (&self->restoration_error, g_free);

  G_OBJECT_CLASS (rc_updating_log_window_parent_class)->dispose (object);
}

static void
rc_updating_log_window_class_init (RcUpdatingLogWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rc_updating_log_window_dispose;

  g_type_ensure (RC_TYPE_FIELD_ROW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/rc-updating-log-window.ui");
  gtk_widget_class_bind_template_child (widget_class, RcUpdatingLogWindow, toasts);
  gtk_widget_class_bind_template_child (widget_class, RcUpdatingLogWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, RcUpdatingLogWindow, summary_label);
  gtk_widget_class_bind_template_child (widget_class, RcUpdatingLogWindow, level_bar);
  gtk_widget_class_bind_template_child (widget_class, RcUpdatingLogWindow, basis_label);
  gtk_widget_class_bind_template_child (widget_class, RcUpdatingLogWindow, warnings_box);
  gtk_widget_class_bind_template_child (widget_class, RcUpdatingLogWindow, restoration_row);
  gtk_widget_class_bind_template_child (widget_class, RcUpdatingLogWindow, restoration_field);
  gtk_widget_class_bind_template_child (widget_class, RcUpdatingLogWindow, list);
  gtk_widget_class_bind_template_callback (widget_class, on_restoration_apply);
  gtk_widget_class_bind_template_callback (widget_class, on_restoration_changed);

  gtk_widget_class_install_action (widget_class, "log.add", NULL, log_action);
  gtk_widget_class_install_action (widget_class, "log.edit", "u", log_action);
  gtk_widget_class_install_action (widget_class, "log.delete", "u", log_action);
  gtk_widget_class_install_action (widget_class, "log.close", NULL, log_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "log.close", NULL);
}

static void
rc_updating_log_window_init (RcUpdatingLogWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
