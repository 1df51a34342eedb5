/* rc-trainee-pane-private.h: the trainee pane's parts, shared by its
 * files: the pane (rc-trainee-pane.c) and its subject access report
 * (rc-trainee-pane-report.c)
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rc-file-chooser.h"
#include "rc-trainee-pane.h"

G_BEGIN_DECLS

struct _RcTraineePane
{
  AdwBin                parent_instance;

  RcStore              *store;
  RcCohort             *cohort;
  RcTrainee            *trainee;
  GListModel           *history;
  gboolean              returners;
  RcFileChooser        *chooser;
  GCancellable         *report_work;   /* while a report is written */

  /* template children */
  GtkStack             *stack;
  GtkLabel             *title_label;
  GtkLabel             *reference_label;
  AdwActionRow         *stage_row;
  AdwActionRow         *host_row;
  AdwActionRow         *email_row;
  AdwActionRow         *phone_row;
  AdwActionRow         *applied_row;
  AdwActionRow         *registration_row;
  AdwActionRow         *left_row;
  AdwActionRow         *years_row;
  AdwActionRow         *updating_row;
  AdwActionRow         *withdrawal_row;
  AdwActionRow         *employer_row;
  AdwActionRow         *erased_row;
  GtkListBox           *history_list;
  GtkWidget            *report_icon;
  GtkSpinner           *report_spinner;
};

/* rc-trainee-pane.c */
void       rc_trainee_pane_add_toast         (RcTraineePane *self,
                                              const char    *title);
GtkWindow *rc_trainee_pane_get_parent_window (RcTraineePane *self);
/* Enables the actions that fit the trainee shown. */
void       rc_trainee_pane_update_actions    (RcTraineePane *self);

/* rc-trainee-pane-report.c */
void       rc_trainee_pane_report_action     (GtkWidget     *widget,
                                              const char    *action_name,
                                              GVariant      *parameter);
/* Closes the file chooser and cancels a report being written. */
void       rc_trainee_pane_dispose_report    (RcTraineePane *self);

G_END_DECLS
