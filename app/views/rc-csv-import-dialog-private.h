/* rc-csv-import-dialog-private.h: the import dialog's parts, shared by its
 * files: the window and its steps (rc-csv-import-dialog.c), the workers
 * (rc-csv-import-dialog-work.c), the columns step (rc-csv-import-dialog-columns.c)
 * and the preview (rc-csv-import-dialog-preview.c)
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rc-csv-import-dialog.h"
#include "import/rc-import-rows.h"

G_BEGIN_DECLS

struct _RcCsvImportDialog
{
  AdwWindow          parent_instance;

  RcImportPlan      *plan;
  char              *display_name;
  GCancellable      *cancellable;   /* reading the file */
  GCancellable      *work;          /* a worker's parse or save, while it runs */
  gboolean           saving;        /* the worker saves */
  gboolean           disposed;
  GBytes            *contents;
  GPtrArray         *header;        /* plans with fields: the file's column names */
  char              *message;
  gboolean           can_import;
  gboolean           filling;
  GPtrArray         *drop_downs;    /* one a field */
  RcImportRows      *rows [RC_IMPORT_N_ROW_KINDS];

  /* template children */
  AdwWindowTitle    *window_title;
  GtkWidget         *cancel_button;
  GtkWidget         *back_button;
  GtkWidget         *preview_button;
  GtkWidget         *import_button;
  GtkStack          *state_stack;
  GtkSpinner        *spinner;
  AdwStatusPage     *problem_page;
  AdwPreferencesGroup *mapping_group;
  GtkLabel          *mapping_error_label;
  GtkLabel          *working_label;
  GtkLabel          *working_detail;
  GtkProgressBar    *progress_bar;
  GtkWidget         *cleared_box;
  GtkLabel          *cleared_label;
  GtkLabel          *message_label;
  GtkLabel          *detail_label;
  AdwViewStack      *view_stack;
  AdwViewStackPage  *pages [RC_IMPORT_N_ROW_KINDS];
  GtkStack          *stacks [RC_IMPORT_N_ROW_KINDS];
  GtkListView       *views [RC_IMPORT_N_ROW_KINDS];
  GtkLabel          *empty_labels [RC_IMPORT_N_ROW_KINDS];
};

/* rc-csv-import-dialog.c */
/* Shows @step ("loading", "problem", "mapping", "working", "preview"),
 * with the header's buttons that go with it. */
void  rc_csv_import_dialog_show_step       (RcCsvImportDialog *self,
                                            const char        *step);
void  rc_csv_import_dialog_set_message     (RcCsvImportDialog *self,
                                            const char        *message,
                                            gboolean           is_error);
void  rc_csv_import_dialog_set_can_import  (RcCsvImportDialog *self,
                                            gboolean           can_import);
void  rc_csv_import_dialog_show_problem    (RcCsvImportDialog *self,
                                            const char        *title,
                                            const char        *message);

/* rc-csv-import-dialog-work.c: reading the file into the plan, and saving
 * it, each in a worker, with a progress bar and Cancel; what came of it
 * is shown when it is done. The dialog emits "imported" after a save. */
void  rc_csv_import_dialog_start_parse     (RcCsvImportDialog *self);
void  rc_csv_import_dialog_start_apply     (RcCsvImportDialog *self);

/* rc-csv-import-dialog-columns.c: a drop-down of the file's columns a field,
 * filled in from the plan's guess. */
void  rc_csv_import_dialog_build_columns   (RcCsvImportDialog *self);
/* Shows what the columns lack, or nothing; enables Preview when they can
 * be read. */
void  rc_csv_import_dialog_check_columns   (RcCsvImportDialog *self);
void  rc_csv_import_dialog_columns_error   (RcCsvImportDialog *self,
                                            const char        *message);

/* rc-csv-import-dialog-preview.c: the names and empty texts of the lists,
 * from the plan; the preview of what was read. */
void  rc_csv_import_dialog_init_lists      (RcCsvImportDialog *self);
void  rc_csv_import_dialog_show_preview    (RcCsvImportDialog *self);
/* Empties the lists, before the plan is read again in a worker. */
void  rc_csv_import_dialog_clear_preview   (RcCsvImportDialog *self);
/* The kinds' names in the view stack: "add", "update", "skipped",
 * "problems". */
const char *rc_csv_import_dialog_kind_name (RcImportRowKind kind);

G_END_DECLS
