/* rc-trainee-pane.h: one trainee beside the table: details, stage history,
 * moves, erasure and the subject access report
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "store/rc-store.h"

G_BEGIN_DECLS

#define RC_TYPE_TRAINEE_PANE (rc_trainee_pane_get_type ())

G_DECLARE_FINAL_TYPE (RcTraineePane, rc_trainee_pane, RC, TRAINEE_PANE, AdwBin)

GtkWidget        *rc_trainee_pane_new              (void);
void              rc_trainee_pane_set_store        (RcTraineePane  *self,
                                                    RcStore        *store);
/* Shows trainee @trainee_id (0: none) of @cohort, read afresh. */
void              rc_trainee_pane_show             (RcTraineePane  *self,
                                                    RcCohort       *cohort,
                                                    gint64          trainee_id);
gint64            rc_trainee_pane_get_trainee_id   (RcTraineePane  *self);

/* What the pane's actions open, for tests and keyboard use: an
 * RcMoveDialog ("trainee.move"), an RcTraineeDialog ("trainee.edit"), the
 * erase question ("trainee.erase", answered with the "erase" response), or
 * NULL when the action is not possible now. Owned by GTK's window list. */
GtkWidget        *rc_trainee_pane_open_move_dialog (RcTraineePane  *self);
GtkWidget        *rc_trainee_pane_open_edit_dialog (RcTraineePane  *self);
/* A returner's updating log (rc-updating-log-window.h). */
GtkWidget        *rc_trainee_pane_open_updating_log (RcTraineePane *self);
AdwMessageDialog *rc_trainee_pane_ask_erase        (RcTraineePane  *self);
/* Writes the subject access report to @file whole or not at all, readable
 * by its owner only, as "trainee.report" does with the file chosen: in a
 * worker, while the row shows a spinner and "trainee.report" is off; a
 * toast then says what came of it. FALSE at once, with the reason, when
 * no trainee is shown, @file is not on this computer, or a report is
 * being written. Disposing the pane cancels it. */
gboolean          rc_trainee_pane_save_report      (RcTraineePane  *self,
                                                    GFile          *file,
                                                    GError        **error);
gboolean          rc_trainee_pane_is_saving_report (RcTraineePane  *self);
/* "subject-access-SU1-01.txt": the name the report is offered under. */
char             *rc_trainee_pane_dup_report_name  (RcTraineePane  *self);

G_END_DECLS
