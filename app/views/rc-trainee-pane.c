/* rc-trainee-pane.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-views"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "model/rc-returner.h"
#include "rc-file-chooser.h"
#include "rc-move-dialog.h"
#include "rc-trainee-dialog.h"
#include "rc-trainee-pane-private.h"
#include "rc-updating-log-window.h"
#include "rc-view-util.h"
#include "rc-window.h"
#include "rc-write-actions.h"


G_DEFINE_FINAL_TYPE (RcTraineePane, rc_trainee_pane, ADW_TYPE_BIN)

enum { CLOSED, N_SIGNALS };
static guint signals [N_SIGNALS];

GtkWidget *
rc_trainee_pane_new (void)
{
  return g_object_new (RC_TYPE_TRAINEE_PANE, NULL);
}

void
rc_trainee_pane_add_toast (RcTraineePane *self,
                           const char    *title)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  AdwToast *toast = adw_toast_new (title);

  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  if (RC_IS_WINDOW (root))
    rc_window_add_toast (RC_WINDOW (root), toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

/* Shows @value as the row's subtitle, or hides the row when it is empty. */
static void
set_row (AdwActionRow *row,
         const char   *value)
{
  gboolean shown = value != NULL && *value != '\0';

  adw_action_row_set_subtitle (row, shown ? value : "");
  gtk_widget_set_visible (GTK_WIDGET (row), shown);
}

static char *
council_name (RcTraineePane *self,
              gint64         id)
{
  g_autoptr(RcCouncil) council = NULL;
  g_autoptr(GError) error = NULL;

  if (id == 0)
    return NULL;

  council = rc_store_get_council (self->store, id, &error);
  if (council == NULL)
    rc_window_report_error (GTK_WIDGET (self), error);

  return council != NULL ? g_strdup (council->name) : NULL;
}

static GtkWidget *
create_event_row (gpointer item,
                  gpointer user_data)
{
  RcTraineePane *self = user_data;
  RcTraineeEvent *event = item;
  GtkWidget *row = adw_action_row_new ();
  g_autoptr(GString) subtitle = g_string_new (event->occurred_on);
  g_autofree char *employer = council_name (self, event->council_id);

  if (employer != NULL)
    g_string_append_printf (subtitle, " · %s", employer);
  if (event->note != NULL && *event->note != '\0')
    g_string_append_printf (subtitle, " · %s", event->note);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), rc_stage_get_label (event->stage));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
  /* Notes are typed by people: keep them from being read as markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);

  return row;
}

static void
show_returner_rows (RcTraineePane *self)
{
  RcTrainee *t = self->trainee;
  gboolean returners = FALSE;
  double years = rc_view_years_out (t->left_practice_on, t->applied_on);
  g_autofree char *years_text = NULL;
  g_autofree char *updating = NULL;
  g_autoptr(GError) tally_error = NULL;
  RcUpdatingTally tally;

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(RcProgramme) programme = rc_store_get_programme (self->store, self->cohort->programme_id, &error);

    if (programme == NULL)
      rc_window_report_error (GTK_WIDGET (self), error);
    returners = programme != NULL && g_strcmp0 (programme->kind, "returner") == 0;
  }
  self->returners = returners;

  if (returners && years >= 0)
    {
      g_autofree char *number = rc_view_format_years (years);
      RcEligibility eligibility = rc_returner_eligibility (years, self->cohort->min_years_out,
                                                           self->cohort->max_years_out);

      /* Translators: years out of practice, the verdict, and the cohort's bounds */
      years_text = g_strdup_printf (_("%s years: %s (this cohort takes %d to %d)"), number,
                                    rc_returner_eligibility_get_label (eligibility),
                                    (int) self->cohort->min_years_out, (int) self->cohort->max_years_out);
    }
  /* The log, counted by the regulator's rules; an erased returner's log
   * went with the personal details. */
  if (returners && t->erased_at == NULL
      && !rc_store_get_updating_tally (self->store, t, NULL, &tally, NULL, &tally_error))
    rc_window_report_error (GTK_WIDGET (self), tally_error);
  else if (returners && t->erased_at == NULL)
    {
      g_autofree char *summary = rc_updating_tally_describe (&tally);

      updating = tally.required_days == 0 && tally.total == 0
                 ? g_strdup (_("None needed: out of practice under two years"))
                 : g_steal_pointer (&summary);
    }

  set_row (self->left_row, returners ? t->left_practice_on : NULL);
  set_row (self->years_row, years_text);
  set_row (self->updating_row, updating);
}

static void
show_trainee (RcTraineePane *self)
{
  RcTrainee *t = self->trainee;
  g_autofree char *name = NULL;
  g_autofree char *stage = NULL;
  g_autofree char *registration = NULL;
  g_autofree char *withdrawal = NULL;
  g_autofree char *employer = council_name (self, t->employer_council_id);
  RcWithdrawalReason reason;

  if (t->erased_at != NULL)
    name = g_strdup (_("Personal details erased"));
  else
    name = g_strjoin (" ", t->given_name != NULL ? t->given_name : "",
                      t->family_name != NULL ? t->family_name : "", NULL);
  gtk_label_set_label (self->title_label, name);
  gtk_label_set_label (self->reference_label, t->reference);

  /* Translators: a stage and the date it was reached */
  stage = t->stage_on != NULL ? g_strdup_printf (_("%s since %s"), rc_stage_get_label (t->stage), t->stage_on)
                              : g_strdup (rc_stage_get_label (t->stage));
  set_row (self->stage_row, stage);
  set_row (self->host_row, t->host_council_name);
  set_row (self->email_row, t->email);
  set_row (self->phone_row, t->phone);
  set_row (self->applied_row, t->applied_on);
  if (t->registration_number != NULL || t->registered_with != NULL)
    registration = rc_view_registration_text (t->registration_number, t->registered_with);
  set_row (self->registration_row, registration);
  show_returner_rows (self);

  if (rc_withdrawal_reason_from_key (t->withdrawal_reason, &reason))
    withdrawal = t->withdrawal_note != NULL && *t->withdrawal_note != '\0'
      ? g_strdup_printf ("%s · %s", rc_withdrawal_reason_get_label (reason), t->withdrawal_note)
      : g_strdup (rc_withdrawal_reason_get_label (reason));
  set_row (self->withdrawal_row, withdrawal);
  set_row (self->employer_row, employer);
  set_row (self->erased_row, t->erased_at);
}

void
rc_trainee_pane_update_actions (RcTraineePane *self)
{
  RcTrainee *t = self->trainee;
  gboolean has = t != NULL && self->store != NULL;

  /* Nothing follows a withdrawal, and nothing but 24 months follows 12. */
  rc_write_action_set_enabled (GTK_WIDGET (self), "trainee.move",
                               has && t->stage != RC_STAGE_WITHDRAWN && t->stage != RC_STAGE_RETAINED_24);
  rc_write_action_set_enabled (GTK_WIDGET (self), "trainee.edit", has && t->erased_at == NULL);
  rc_write_action_set_enabled (GTK_WIDGET (self), "trainee.erase", has && t->erased_at == NULL);
  /* One report at a time. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "trainee.report", has && self->report_work == NULL);
  /* The log opens to be read too; its window follows the store. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "trainee.updating-log",
                                 has && self->returners && t->erased_at == NULL);
}

static void
reload (RcTraineePane *self)
{
  g_autoptr(GError) error = NULL;
  gint64 id = self->trainee != NULL ? self->trainee->id : 0;

  g_clear_object (&self->trainee);
  g_clear_object (&self->history);
  if (self->store != NULL && self->cohort != NULL && id != 0)
    {
      self->trainee = rc_store_get_trainee (self->store, id, &error);
      if (self->trainee != NULL)
        self->history = rc_store_list_trainee_events (self->store, id, &error);
      if (error != NULL)
        g_warning ("Could not load trainee %" G_GINT64_FORMAT ": %s", id, error->message);
    }

  if (self->trainee == NULL || self->history == NULL)
    {
      g_clear_object (&self->trainee);
      gtk_list_box_bind_model (self->history_list, NULL, NULL, NULL, NULL);
      gtk_stack_set_visible_child_name (self->stack, "none");
    }
  else
    {
      show_trainee (self);
      gtk_list_box_bind_model (self->history_list, self->history, create_event_row, self, NULL);
      gtk_stack_set_visible_child_name (self->stack, "trainee");
    }
  rc_trainee_pane_update_actions (self);
}

static void
on_store_changed (RcTraineePane *self,
                  RcEntityKind   kind)
{
  if (self->trainee != NULL
      && (kind == RC_ENTITY_TRAINEE || kind == RC_ENTITY_TRAINEE_EVENT
          || kind == RC_ENTITY_COUNCIL || kind == RC_ENTITY_COHORT))
    reload (self);
}

void
rc_trainee_pane_set_store (RcTraineePane *self,
                           RcStore       *store)
{
  g_return_if_fail (RC_IS_TRAINEE_PANE (self));

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);

  rc_trainee_pane_show (self, NULL, 0);
}

void
rc_trainee_pane_show (RcTraineePane *self,
                      RcCohort      *cohort,
                      gint64         trainee_id)
{
  g_return_if_fail (RC_IS_TRAINEE_PANE (self));
  g_return_if_fail (cohort == NULL || RC_IS_COHORT (cohort));

  g_set_object (&self->cohort, cohort);
  g_clear_object (&self->trainee);
  if (trainee_id != 0 && cohort != NULL)
    {
      /* reload() fetches it afresh from the store. */
      self->trainee = rc_trainee_new ();
      self->trainee->id = trainee_id;
    }
  reload (self);
}

gint64
rc_trainee_pane_get_trainee_id (RcTraineePane *self)
{
  g_return_val_if_fail (RC_IS_TRAINEE_PANE (self), 0);

  return self->trainee != NULL ? self->trainee->id : 0;
}

GtkWindow *
rc_trainee_pane_get_parent_window (RcTraineePane *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

GtkWidget *
rc_trainee_pane_open_move_dialog (RcTraineePane *self)
{
  GtkWidget *dialog;

  g_return_val_if_fail (RC_IS_TRAINEE_PANE (self), NULL);

  if (self->trainee == NULL || self->trainee->stage == RC_STAGE_WITHDRAWN || self->trainee->stage == RC_STAGE_RETAINED_24)
    return NULL;

  dialog = rc_move_dialog_new (rc_trainee_pane_get_parent_window (self), self->store, self->cohort, self->trainee);
  gtk_window_present (GTK_WINDOW (dialog));

  return dialog;
}

GtkWidget *
rc_trainee_pane_open_updating_log (RcTraineePane *self)
{
  GtkWidget *window;

  g_return_val_if_fail (RC_IS_TRAINEE_PANE (self), NULL);

  if (self->trainee == NULL || !self->returners || self->trainee->erased_at != NULL)
    return NULL;

  window = rc_updating_log_window_new (rc_trainee_pane_get_parent_window (self), self->store, self->trainee->id);
  gtk_window_present (GTK_WINDOW (window));

  return window;
}

GtkWidget *
rc_trainee_pane_open_edit_dialog (RcTraineePane *self)
{
  GtkWidget *dialog;

  g_return_val_if_fail (RC_IS_TRAINEE_PANE (self), NULL);

  if (self->trainee == NULL || self->trainee->erased_at != NULL)
    return NULL;

  dialog = rc_trainee_dialog_new (rc_trainee_pane_get_parent_window (self), self->store, self->cohort, self->trainee);
  gtk_window_present (GTK_WINDOW (dialog));

  return dialog;
}

static void
on_erase_response (AdwMessageDialog *prompt,
                   const char       *response,
                   RcTraineePane    *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  const gint64 *id = g_object_get_data (G_OBJECT (prompt), "rc-trainee-id");
  const char *reference = g_object_get_data (G_OBJECT (prompt), "rc-reference");

  if (g_strcmp0 (response, "erase") != 0 || self->store == NULL || id == NULL)
    return;

  if (rc_store_erase_trainee (self->store, *id, &error))
    /* Translators: a trainee's reference */
    title = g_strdup_printf (_("Personal details of %s erased"), reference);
  else
    /* Translators: why an erasure failed */
    title = g_strdup_printf (_("Nothing was erased: %s"), error->message);
  rc_trainee_pane_add_toast (self, title);
}

AdwMessageDialog *
rc_trainee_pane_ask_erase (RcTraineePane *self)
{
  AdwMessageDialog *prompt;
  g_autofree char *heading = NULL;

  g_return_val_if_fail (RC_IS_TRAINEE_PANE (self), NULL);

  if (self->trainee == NULL || self->trainee->erased_at != NULL)
    return NULL;

  /* Translators: a trainee's reference */
  heading = g_strdup_printf (_("Erase the Personal Details of %s?"), self->trainee->reference);
  prompt = ADW_MESSAGE_DIALOG (adw_message_dialog_new (rc_trainee_pane_get_parent_window (self), heading,
    _("The name, e-mail address, phone number, registration number, date of leaving practice, "
      "updating log and notes are removed for good. The reference, the dated stage history, the reason for any "
      "withdrawal and the cohort’s figures are kept, and the erasure is written to the audit log.")));
  adw_message_dialog_add_response (prompt, "cancel", _("_Cancel"));
  adw_message_dialog_add_response (prompt, "erase", _("_Erase"));
  adw_message_dialog_set_response_appearance (prompt, "erase", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (prompt, "cancel");
  adw_message_dialog_set_close_response (prompt, "cancel");

  /* The question is about this trainee, whatever the pane shows later. */
  g_object_set_data_full (G_OBJECT (prompt), "rc-trainee-id",
                          g_memdup2 (&self->trainee->id, sizeof (gint64)), g_free);
  g_object_set_data_full (G_OBJECT (prompt), "rc-reference", g_strdup (self->trainee->reference), g_free);
  g_signal_connect_object (prompt, "response", G_CALLBACK (on_erase_response), self, 0);
  gtk_window_present (GTK_WINDOW (prompt));

  return prompt;
}

static void
pane_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RcTraineePane *self = RC_TRAINEE_PANE (widget);

  if (g_str_equal (action_name, "trainee.move"))
    rc_trainee_pane_open_move_dialog (self);
  else if (g_str_equal (action_name, "trainee.edit"))
    rc_trainee_pane_open_edit_dialog (self);
  else if (g_str_equal (action_name, "trainee.erase"))
    rc_trainee_pane_ask_erase (self);
  else if (g_str_equal (action_name, "trainee.updating-log"))
    rc_trainee_pane_open_updating_log (self);
  else if (g_str_equal (action_name, "trainee.close"))
    g_signal_emit (self, signals [CLOSED], 0);
}

static void
rc_trainee_pane_dispose (GObject *object)
{
  RcTraineePane *self = RC_TRAINEE_PANE (object);

  rc_trainee_pane_dispose_report (self);

  /* The bin's child is a template child: let the bin drop it first. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), RC_TYPE_TRAINEE_PANE);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  g_clear_object (&self->cohort);
  g_clear_object (&self->trainee);
  g_clear_object (&self->history);

  G_OBJECT_CLASS (rc_trainee_pane_parent_class)->dispose (object);
}

static void
rc_trainee_pane_class_init (RcTraineePaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rc_trainee_pane_dispose;

  /**
   * RcTraineePane::closed:
   *
   * The user closed the pane.
   */
  signals [CLOSED] =
    g_signal_new ("closed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/rc-trainee-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, RcTraineePane, stack);
  gtk_widget_class_bind_template_child (widget_class, RcTraineePane, title_label);
  gtk_widget_class_bind_template_child (widget_class, RcTraineePane, reference_label);
  gtk_widget_class_bind_template_child (widget_class, RcTraineePane, stage_row);
  gtk_widget_class_bind_template_child (widget_class, RcTraineePane, host_row);
  gtk_widget_class_bind_template_child (widget_class, RcTraineePane, email_row);
  gtk_widget_class_bind_template_child (widget_class, RcTraineePane, phone_row);
  gtk_widget_class_bind_template_child (widget_class, RcTraineePane, applied_row);
  gtk_widget_class_bind_template_child (widget_class, RcTraineePane, registration_row);
  gtk_widget_class_bind_template_child (widget_class, RcTraineePane, left_row);
  gtk_widget_class_bind_template_child (widget_class, RcTraineePane, years_row);
  gtk_widget_class_bind_template_child (widget_class, RcTraineePane, updating_row);
  gtk_widget_class_bind_template_child (widget_class, RcTraineePane, withdrawal_row);
  gtk_widget_class_bind_template_child (widget_class, RcTraineePane, employer_row);
  gtk_widget_class_bind_template_child (widget_class, RcTraineePane, erased_row);
  gtk_widget_class_bind_template_child (widget_class, RcTraineePane, history_list);
  gtk_widget_class_bind_template_child (widget_class, RcTraineePane, report_icon);
  gtk_widget_class_bind_template_child (widget_class, RcTraineePane, report_spinner);

  gtk_widget_class_install_action (widget_class, "trainee.move", NULL, pane_action);
  gtk_widget_class_install_action (widget_class, "trainee.edit", NULL, pane_action);
  gtk_widget_class_install_action (widget_class, "trainee.erase", NULL, pane_action);
  gtk_widget_class_install_action (widget_class, "trainee.report", NULL, rc_trainee_pane_report_action);
  gtk_widget_class_install_action (widget_class, "trainee.close", NULL, pane_action);
  gtk_widget_class_install_action (widget_class, "trainee.updating-log", NULL, pane_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "trainee.close", NULL);
}

static void
rc_trainee_pane_init (RcTraineePane *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  rc_trainee_pane_update_actions (self);
}
