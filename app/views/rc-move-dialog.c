/* rc-move-dialog.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-views"

#include "config.h"

#include <glib/gi18n.h>

#include "model/rc-money.h"
#include "model/rc-record-rules.h"
#include "rc-combo-ids.h"
#include "rc-move-dialog.h"
#include "rc-view-util.h"
#include "rc-window.h"
#include "rc-write-actions.h"

struct _RcMoveDialog
{
  RcFormDialog    parent_instance;

  RcStore        *store;
  RcCohort       *cohort;
  RcTrainee      *trainee;
  gboolean        returner;      /* the cohort's programme is for returners */

  /* template children */
  AdwWindowTitle *window_title;
  GtkLabel       *save_error_label;
  RcFieldRow     *stage_field;
  AdwComboRow    *stage_row;
  RcFieldRow     *date_field;
  AdwEntryRow    *date_row;
  AdwComboRow    *employer_row;
  RcFieldRow     *reason_field;
  AdwComboRow    *reason_row;
  RcFieldRow     *note_field;
  AdwEntryRow    *note_row;
};

G_DEFINE_FINAL_TYPE (RcMoveDialog, rc_move_dialog, RC_TYPE_FORM_DIALOG)

RcStage
rc_move_dialog_get_stage (RcMoveDialog *self)
{
  g_return_val_if_fail (RC_IS_MOVE_DIALOG (self), RC_STAGE_APPLIED);

  return rc_combo_ids_get_chosen (self->stage_row, self->trainee->stage);
}

static gint64
chosen_employer (RcMoveDialog *self)
{
  return rc_combo_ids_get_chosen (self->employer_row, 0);
}

/* The reason chosen, or -1: the first entry asks for one. */
static int
chosen_reason (RcMoveDialog *self)
{
  guint position = adw_combo_row_get_selected (self->reason_row);

  return position == 0 || position > RC_N_WITHDRAWAL_REASONS ? -1 : (int) position - 1;
}

/* The field rules of a move (rc-record-rules.h): a date in the future or
 * before the last move is refused; an enrolment before the cohort starts,
 * or a returner qualified short of days of updating, is asked about. */
static GPtrArray *
check_rules (RcMoveDialog *self)
{
  g_autofree char *note = rc_view_dup_text (gtk_editable_get_text (GTK_EDITABLE (self->note_row)));
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->date_row));
  g_autofree char *iso = NULL;
  GDate date;
  GDate today;

  /* " 2017-03-31 " is what was meant by "2017-03-31". */
  if (rc_date_parse (text, &date, NULL))
    iso = rc_date_format_iso (&date);
  rc_field_today (&today);

  /* Qualifying on @iso ends the 12 months of updating counted there, when
   * no restoration application says otherwise: the days are counted so. */
  if (self->returner && iso != NULL && rc_move_dialog_get_stage (self) == RC_STAGE_QUALIFIED)
    {
      g_autoptr(RcTrainee) moved = rc_trainee_copy (self->trainee);
      g_autoptr(GError) error = NULL;
      RcUpdatingTally tally;

      if (rc_store_get_updating_tally_on_qualifying (self->store, moved, iso, &tally, &error))
        moved->updating_days_done = rc_updating_tally_whole_days (&tally, tally.counted);
      else
        rc_window_report_error (GTK_WIDGET (self), error);

      return rc_rules_check_move (moved, self->cohort, self->returner, RC_STAGE_QUALIFIED, iso, note, &today);
    }

  return rc_rules_check_move (self->trainee, self->cohort, self->returner, rc_move_dialog_get_stage (self),
                              iso != NULL ? iso : text, note, &today);
}

static void
validate (RcMoveDialog *self)
{
  RcStage stage = rc_move_dialog_get_stage (self);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) findings = check_rules (self);
  gboolean valid;

  gtk_widget_set_visible (GTK_WIDGET (self->employer_row), stage == RC_STAGE_EMPLOYED);
  gtk_widget_set_visible (GTK_WIDGET (self->reason_row), stage == RC_STAGE_WITHDRAWN);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->note_row),
                                 stage == RC_STAGE_WITHDRAWN ? _("Note on the withdrawal (optional)")
                                                             : _("Note (optional)"));

  /* The pipeline's own rule, in its own words. */
  valid = rc_stage_check_move (self->trainee->stage, stage, &error);
  rc_field_row_show (self->stage_field, error != NULL ? error->message : NULL, NULL);
  /* What saving will ask about is said beside the date beforehand. */
  valid &= rc_field_row_show_findings (self->date_field, NULL, TRUE, findings);
  valid &= rc_field_row_show_findings (self->note_field, NULL, TRUE, findings);
  rc_field_row_show (self->reason_field, stage == RC_STAGE_WITHDRAWN && chosen_reason (self) < 0
                                         ? _("Choose the reason for the withdrawal") : NULL, NULL);

  rc_form_dialog_set_valid (RC_FORM_DIALOG (self), valid
                           && (stage != RC_STAGE_EMPLOYED || chosen_employer (self) != 0)
                           && (stage != RC_STAGE_WITHDRAWN || chosen_reason (self) >= 0));
}

static void
record_move (RcFormDialog *dialog)
{
  RcMoveDialog *self = RC_MOVE_DIALOG (dialog);
  g_autoptr(GError) error = NULL;
  g_autofree char *note = rc_view_dup_text (gtk_editable_get_text (GTK_EDITABLE (self->note_row)));
  g_autofree char *date = rc_view_dup_text (gtk_editable_get_text (GTK_EDITABLE (self->date_row)));
  RcStage stage = rc_move_dialog_get_stage (self);
  int reason = chosen_reason (self);

  if (!rc_store_move_trainee (self->store, self->trainee->id, stage, date,
                              stage == RC_STAGE_EMPLOYED ? chosen_employer (self) : 0,
                              stage == RC_STAGE_WITHDRAWN ? rc_withdrawal_reason_to_key (reason) : NULL,
                              note, &error))
    {
      /* Translators: the reason the move was refused */
      rc_form_dialog_show_messagef (dialog, _("The move was not recorded: %s"), error->message);
      return;
    }

  rc_form_dialog_saved (RC_FORM_DIALOG (self), NULL);
}

/* What the rules would have a person confirm is asked once, before saving. */
static void
rc_move_dialog_save (RcFormDialog *dialog)
{
  RcMoveDialog *self = RC_MOVE_DIALOG (dialog);
  g_autoptr(GPtrArray) findings = NULL;

  validate (self);
  if (!rc_form_dialog_can_save (dialog))
    return;

  findings = check_rules (self);
  rc_form_dialog_confirm (dialog, findings, _("Record the Move Anyway?"), _("_Record Anyway"), record_move);
}

static void
fill_stages (RcMoveDialog *self)
{
  RcComboIds *stages = rc_combo_ids_new ();

  /* Later stages only; the milestones a stage needs are checked once chosen. */
  for (guint stage = self->trainee->stage + 1; stage < RC_N_STAGES; stage++)
    rc_combo_ids_add (stages, stage, rc_stage_get_label (stage));
  rc_combo_ids_apply (stages, self->stage_row, -1);
}

/* The consortium's members first, then every other current council. */
static void
fill_employers (RcMoveDialog *self)
{
  RcComboIds *employers = rc_combo_ids_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) members = rc_store_list_members (self->store, self->cohort->consortium_id, &error);
  g_autoptr(GListModel) councils = members != NULL ? rc_store_list_councils (self->store, &error) : NULL;

  if (councils == NULL)
    rc_window_report_error (GTK_WIDGET (self), error);

  for (guint i = 0; members != NULL && i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(RcConsortiumMember) member = g_list_model_get_item (members, i);
      /* Translators: a council that belongs to the cohort's consortium */
      g_autofree char *label = g_strdup_printf (_("%s (in the consortium)"), member->council_name);

      if (member->left_on == NULL && g_strcmp0 (member->role, "proposed") != 0)
        rc_combo_ids_add (employers, member->council_id, label);
    }
  for (guint i = 0; councils != NULL && i < g_list_model_get_n_items (councils); i++)
    {
      g_autoptr(RcCouncil) council = g_list_model_get_item (councils, i);

      if (council->active_to_on == NULL)
        rc_combo_ids_add (employers, council->id, council->name);
    }
  rc_combo_ids_apply (employers, self->employer_row, self->trainee->host_council_id);
}

static void
fill_reasons (RcMoveDialog *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  gtk_string_list_append (labels, _("Choose a reason…"));
  for (guint i = 0; i < RC_N_WITHDRAWAL_REASONS; i++)
    gtk_string_list_append (labels, rc_withdrawal_reason_get_label (i));
  adw_combo_row_set_model (self->reason_row, G_LIST_MODEL (labels));
}

GtkWidget *
rc_move_dialog_new (GtkWindow *parent,
                    RcStore   *store,
                    RcCohort  *cohort,
                    RcTrainee *trainee)
{
  RcMoveDialog *self;
  g_autofree char *title = NULL;
  g_autofree char *today = rc_date_today_iso ();

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (RC_IS_STORE (store), NULL);
  g_return_val_if_fail (RC_IS_COHORT (cohort), NULL);
  g_return_val_if_fail (RC_IS_TRAINEE (trainee), NULL);

  self = g_object_new (RC_TYPE_MOVE_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  rc_write_actions_follow_store (GTK_WIDGET (self), store);
  self->cohort = g_object_ref (cohort);
  self->trainee = rc_trainee_copy (trainee);
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(RcProgramme) programme = rc_store_get_programme (store, cohort->programme_id, &error);

    if (programme == NULL)
      rc_window_report_error (GTK_WIDGET (self), error);

    self->returner = programme != NULL && g_strcmp0 (programme->kind, "returner") == 0;
  }

  /* Translators: a trainee's reference */
  title = g_strdup_printf (_("Move %s"), trainee->reference);
  gtk_window_set_title (GTK_WINDOW (self), title);
  adw_window_title_set_title (self->window_title, _("Move to Stage"));
  adw_window_title_set_subtitle (self->window_title, trainee->reference);
  {
    /* Translators: a stage and the date it was reached */
    g_autofree char *now = trainee->stage_on != NULL
      ? g_strdup_printf (_("%s since %s"), rc_stage_get_label (trainee->stage), trainee->stage_on)
      : g_strdup (rc_stage_get_label (trainee->stage));
    adw_action_row_set_subtitle (ADW_ACTION_ROW (self->stage_row), now);
  }

  g_signal_handlers_block_by_func (self->stage_row, validate, self);
  g_signal_handlers_block_by_func (self->employer_row, validate, self);
  g_signal_handlers_block_by_func (self->reason_row, validate, self);
  g_signal_handlers_block_by_func (self->date_row, validate, self);
  fill_stages (self);
  fill_employers (self);
  fill_reasons (self);
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), today);
  g_signal_handlers_unblock_by_func (self->stage_row, validate, self);
  g_signal_handlers_unblock_by_func (self->employer_row, validate, self);
  g_signal_handlers_unblock_by_func (self->reason_row, validate, self);
  g_signal_handlers_unblock_by_func (self->date_row, validate, self);

  validate (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->stage_row));

  rc_form_dialog_guard (RC_FORM_DIALOG (self), "saved");

  return GTK_WIDGET (self);
}

gboolean
rc_move_dialog_set_stage (RcMoveDialog *self,
                          RcStage       stage)
{
  g_return_val_if_fail (RC_IS_MOVE_DIALOG (self), FALSE);

  return rc_combo_ids_choose (self->stage_row, stage);
}

void
rc_move_dialog_set_date (RcMoveDialog *self,
                         const char   *date)
{
  g_return_if_fail (RC_IS_MOVE_DIALOG (self));

  gtk_editable_set_text (GTK_EDITABLE (self->date_row), date != NULL ? date : "");
}

void
rc_move_dialog_set_reason (RcMoveDialog *self,
                           int           reason)
{
  g_return_if_fail (RC_IS_MOVE_DIALOG (self));
  g_return_if_fail (reason >= -1 && reason < RC_N_WITHDRAWAL_REASONS);

  adw_combo_row_set_selected (self->reason_row, (guint) (reason + 1));
}

void
rc_move_dialog_set_note (RcMoveDialog *self,
                         const char   *note)
{
  g_return_if_fail (RC_IS_MOVE_DIALOG (self));

  gtk_editable_set_text (GTK_EDITABLE (self->note_row), note != NULL ? note : "");
}

static void
rc_move_dialog_dispose (GObject *object)
{
  RcMoveDialog *self = RC_MOVE_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), RC_TYPE_MOVE_DIALOG);
  g_clear_object (&self->trainee);
  g_clear_object (&self->cohort);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (rc_move_dialog_parent_class)->dispose (object);
}

static void
rc_move_dialog_class_init (RcMoveDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rc_move_dialog_dispose;
  RC_FORM_DIALOG_CLASS (klass)->save = rc_move_dialog_save;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/rc-move-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, RcMoveDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, RcMoveDialog, save_error_label);
  gtk_widget_class_bind_template_child (widget_class, RcMoveDialog, stage_field);
  gtk_widget_class_bind_template_child (widget_class, RcMoveDialog, stage_row);
  gtk_widget_class_bind_template_child (widget_class, RcMoveDialog, date_field);
  gtk_widget_class_bind_template_child (widget_class, RcMoveDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, RcMoveDialog, employer_row);
  gtk_widget_class_bind_template_child (widget_class, RcMoveDialog, reason_field);
  gtk_widget_class_bind_template_child (widget_class, RcMoveDialog, reason_row);
  gtk_widget_class_bind_template_child (widget_class, RcMoveDialog, note_field);
  gtk_widget_class_bind_template_child (widget_class, RcMoveDialog, note_row);

  rc_form_dialog_class_set_actions (widget_class, "move-dialog.save", "move-dialog.cancel");
}

static void
rc_move_dialog_init (RcMoveDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  rc_form_dialog_set_message_label (RC_FORM_DIALOG (self), self->save_error_label);

  g_signal_connect_swapped (self->stage_row, "notify::selected", G_CALLBACK (validate), self);
  g_signal_connect_swapped (self->employer_row, "notify::selected", G_CALLBACK (validate), self);
  g_signal_connect_swapped (self->reason_row, "notify::selected", G_CALLBACK (validate), self);
  g_signal_connect_swapped (self->date_row, "changed", G_CALLBACK (validate), self);
  g_signal_connect_swapped (self->note_row, "changed", G_CALLBACK (validate), self);
  rc_field_row_set_max_length (self->note_field, RC_LIMIT_NOTE);
}
