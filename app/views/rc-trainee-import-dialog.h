/* rc-trainee-import-dialog.h: importing trainees into a cohort from a CSV
 * file: which column holds what, then a preview, before anything is saved
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "export/rc-trainee-import.h"
#include "store/rc-store.h"

G_BEGIN_DECLS

#define RC_TYPE_TRAINEE_IMPORT_DIALOG (rc_trainee_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (RcTraineeImportDialog, rc_trainee_import_dialog, RC, TRAINEE_IMPORT_DIALOG, AdwWindow)

/* A modal window, transient for @parent, that reads @file off the UI
 * thread, then asks which of its columns holds each field (one drop-down
 * a field, filled in from the header's names), then on
 * "trainee-import.preview" shows who would be added, who is skipped as
 * already in the cohort and every problem with its line. Nothing is saved
 * until "trainee-import.apply", which is disabled while a line has a
 * problem; on success the dialog emits "imported", shows a toast on
 * @parent when it is an RcWindow, and closes. "trainee-import.back"
 * returns to the columns. */
GtkWidget  *rc_trainee_import_dialog_new          (GtkWindow              *parent,
                                                   RcStore                *store,
                                                   gint64                  cohort_id,
                                                   GFile                  *file);

/* Asks for a CSV file with the platform's file chooser, then presents
 * rc_trainee_import_dialog_new() for it. */
void        rc_trainee_import_dialog_choose_file  (GtkWindow              *parent,
                                                   RcStore                *store,
                                                   gint64                  cohort_id);

/* For tests and callers: "loading", "problem" (the file cannot be read or
 * is empty), "mapping" or "preview". */
const char *rc_trainee_import_dialog_get_step     (RcTraineeImportDialog  *self);
/* The columns as the drop-downs show them. */
const RcTraineeMapping *rc_trainee_import_dialog_get_mapping (RcTraineeImportDialog *self);
/* Chooses @column (-1 for none) for @field, as a user would in its
 * drop-down. */
void        rc_trainee_import_dialog_set_column   (RcTraineeImportDialog  *self,
                                                   RcTraineeField          field,
                                                   int                     column);
/* Whether Import is sensitive: a preview with someone to add and no
 * problem. */
gboolean    rc_trainee_import_dialog_can_import   (RcTraineeImportDialog  *self);
/* The summary or the error that the dialog shows; NULL while loading. */
const char *rc_trainee_import_dialog_get_message  (RcTraineeImportDialog  *self);
/* How many rows of @kind the preview lists. */
guint       rc_trainee_import_dialog_get_n_shown  (RcTraineeImportDialog  *self,
                                                   RcTraineeRowKind        kind);

G_END_DECLS
