/* rc-csv-import-dialog.h: importing a CSV file, any importer's: which column
 * holds what when the plan asks, then a preview, then saving, with the
 * reading and the saving in a worker, before anything is saved
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "import/rc-import-plan.h"

G_BEGIN_DECLS

#define RC_TYPE_CSV_IMPORT_DIALOG (rc_csv_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (RcCsvImportDialog, rc_csv_import_dialog, RC, CSV_IMPORT_DIALOG, AdwWindow)

/* A modal window, transient for @parent, that reads @file off the UI
 * thread into @plan, an empty plan of an importer (rc_workforce_import_new(),
 * rc_trainee_import_new()).
 *
 * When the plan has fields, it first asks which of the file's columns
 * holds each (one drop-down a field, filled in from the header's names),
 * and reads the file on "import.preview"; "import.back" returns to the
 * columns. The preview shows what importing would add, update and skip,
 * and every problem that stops it. Reading runs in a worker, with a
 * progress bar.
 *
 * Nothing is saved until "import.apply", disabled while a line has a
 * problem. The save runs in a worker too, with a progress bar; Cancel
 * ("import.cancel", Escape) stops it and nothing is imported, as the
 * dialog then says. On success the dialog emits "imported", shows a toast
 * on @parent when it is an RcWindow, and closes. Closing the dialog
 * cancels whatever runs. */
GtkWidget  *rc_csv_import_dialog_new          (GtkWindow       *parent,
                                               RcImportPlan    *plan,
                                               GFile           *file);

/* Asks for a CSV file with the platform's file chooser, then presents
 * rc_csv_import_dialog_new() for it. */
void        rc_csv_import_dialog_choose_file  (GtkWindow       *parent,
                                               RcImportPlan    *plan);

/* For tests and callers: "loading", "problem" (the file cannot be read or
 * is empty), "mapping" (the columns), "working" (a worker reads or
 * saves) or "preview". */
const char *rc_csv_import_dialog_get_step     (RcCsvImportDialog  *self);
/* Whether the dialog waits for the user: the columns, the preview or the
 * reason the file cannot be shown is on screen, and no worker runs. */
gboolean    rc_csv_import_dialog_is_ready     (RcCsvImportDialog  *self);
/* Whether Import is sensitive: a plan with something to save and no
 * malformed line. */
gboolean    rc_csv_import_dialog_can_import   (RcCsvImportDialog  *self);
/* The summary, or the error, that the dialog shows; NULL while loading. */
const char *rc_csv_import_dialog_get_message  (RcCsvImportDialog  *self);
/* How many rows of @kind the dialog lists. */
guint       rc_csv_import_dialog_get_n_shown  (RcCsvImportDialog  *self,
                                               RcImportRowKind     kind);
/* The column the drop-down of @field shows (-1: none). */
int         rc_csv_import_dialog_get_column   (RcCsvImportDialog  *self,
                                               guint               field);
/* Chooses @column (-1 for none) for @field, as a user would in its
 * drop-down. */
void        rc_csv_import_dialog_set_column   (RcCsvImportDialog  *self,
                                               guint               field,
                                               int                 column);

G_END_DECLS
