/* rc-move-dialog.h: move a trainee on to a later stage, or withdraw them
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "store/rc-store.h"
#include "views/rc-form-dialog.h"

G_BEGIN_DECLS

#define RC_TYPE_MOVE_DIALOG (rc_move_dialog_get_type ())

G_DECLARE_FINAL_TYPE (RcMoveDialog, rc_move_dialog, RC, MOVE_DIALOG, RcFormDialog)

/* A modal window over @parent (may be NULL) offering the stages after
 * @trainee's. A move the pipeline does not allow is refused beside the
 * stage with the model's reason, and Save stays insensitive.
 * "move-dialog.save" records the move; on success the dialog emits
 * RcFormDialog::saved and closes. */
GtkWidget  *rc_move_dialog_new              (GtkWindow    *parent,
                                             RcStore      *store,
                                             RcCohort     *cohort,
                                             RcTrainee    *trainee);

/* What a user picks and types, for tests and keyboard use; the same
 * checks run. The setters return FALSE when there is no such choice. */
gboolean    rc_move_dialog_set_stage        (RcMoveDialog *self,
                                             RcStage       stage);
RcStage     rc_move_dialog_get_stage        (RcMoveDialog *self);
void        rc_move_dialog_set_date         (RcMoveDialog *self,
                                             const char   *date);
/* @reason -1 for none chosen. */
void        rc_move_dialog_set_reason       (RcMoveDialog *self,
                                             int           reason);
void        rc_move_dialog_set_note         (RcMoveDialog *self,
                                             const char   *note);

G_END_DECLS
