/* rc-import-dialog.h: the preview of a DfE workforce CSV import, before
 * anything is saved
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "export/rc-workforce-import.h"
#include "store/rc-store.h"

G_BEGIN_DECLS

#define RC_TYPE_IMPORT_DIALOG (rc_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (RcImportDialog, rc_import_dialog, RC, IMPORT_DIALOG, AdwWindow)

/* A modal window, transient for @parent, that reads @file off the UI
 * thread and shows what importing it would add, update and skip, and
 * every problem that stops it. Nothing is saved until the "import.apply"
 * action runs; on success the dialog emits "imported", shows a toast on
 * @parent when it is an RcWindow, and closes. */
GtkWidget  *rc_import_dialog_new          (GtkWindow       *parent,
                                           RcStore         *store,
                                           GFile           *file);

/* Asks for a CSV file with the platform's file chooser, then presents
 * rc_import_dialog_new() for it. */
void        rc_import_dialog_choose_file  (GtkWindow       *parent,
                                           RcStore         *store);

/* For tests and callers: whether the file has been read (and the preview
 * or the reason it cannot be shown is on screen). */
gboolean    rc_import_dialog_is_ready     (RcImportDialog  *self);
/* Whether Import is sensitive: a plan with something to save and no
 * malformed line. */
gboolean    rc_import_dialog_can_import   (RcImportDialog  *self);
/* The summary, or the error, that the dialog shows; NULL while loading. */
const char *rc_import_dialog_get_message  (RcImportDialog  *self);
/* How many rows of @kind the dialog lists. */
guint       rc_import_dialog_get_n_shown  (RcImportDialog  *self,
                                           RcImportRowKind  kind);

G_END_DECLS
