/* rc-trainee-pane-private.h: RcTraineePane, for its own files
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
  RcFileChooser        *chooser;

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
};

/* A toast on the window, above the others. */
void rc_trainee_pane_add_toast     (RcTraineePane *self,
                                    const char    *title);
/* trainee.report: asks where, then saves the subject access report
 * (rc-trainee-pane-report.c). */
void rc_trainee_pane_report_action (GtkWidget     *widget,
                                    const char    *action_name,
                                    GVariant      *parameter);

G_END_DECLS
