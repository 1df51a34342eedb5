/* rc-board-report-dialog.h: choose a consortium and where its board
 * report goes, then write it in the background with its progress
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "store/rc-store.h"

G_BEGIN_DECLS

#define RC_TYPE_BOARD_REPORT_DIALOG (rc_board_report_dialog_get_type ())

G_DECLARE_FINAL_TYPE (RcBoardReportDialog, rc_board_report_dialog, RC, BOARD_REPORT_DIALOG, AdwWindow)

/* The dialog over @parent, with @consortium_id chosen (0: the first).
 * "report.save" asks for the file and writes it with
 * rc_board_report_write_async(); once written the dialog closes and
 * @parent, when it is an RcWindow, shows a toast. "report.cancel" (and
 * Escape) stops the writing, or closes the dialog. */
GtkWidget *rc_board_report_dialog_new   (GtkWindow           *parent,
                                         RcStore             *store,
                                         gint64               consortium_id);
/* Writes to @path at once, without asking: what the file chooser's answer
 * does. */
void       rc_board_report_dialog_write (RcBoardReportDialog *self,
                                         const char          *path);
gboolean   rc_board_report_dialog_is_writing (RcBoardReportDialog *self);

G_END_DECLS
