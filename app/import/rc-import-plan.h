/* rc-import-plan.h: what every importer's plan offers the one import
 * dialog: the columns a user maps, the rows by kind, what the import would
 * do, and carrying it out, in a worker with progress and cancel
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "store/rc-progress.h"
#include "store/rc-store.h"

G_BEGIN_DECLS

typedef enum
{
  RC_IMPORT_ROW_ADD,        /* a record the database does not have */
  RC_IMPORT_ROW_UPDATE,     /* replaces a record of the database */
  RC_IMPORT_ROW_SKIPPED,    /* left out, with a reason; the rest is imported */
  RC_IMPORT_ROW_MALFORMED,  /* a broken line: the whole file is refused */
  RC_IMPORT_N_ROW_KINDS
} RcImportRowKind;

/* The words a preview uses that differ from one kind of file to another. */
typedef enum
{
  RC_IMPORT_TEXT_TITLE,              /* "Import Workforce Returns" */
  RC_IMPORT_TEXT_CHOOSER_TITLE,      /* the file chooser's title */
  RC_IMPORT_TEXT_CHOOSER_ACCEPT,     /* its button, with a mnemonic: "_Preview" */
  RC_IMPORT_TEXT_COLUMNS,            /* what the columns step asks (plans with fields) */
  RC_IMPORT_TEXT_NONE_ADDED,         /* an empty list of each kind; */
  RC_IMPORT_TEXT_NONE_UPDATED,       /* NULL for a kind the plan never has */
  RC_IMPORT_TEXT_NONE_SKIPPED,
  RC_IMPORT_TEXT_NONE_MALFORMED,
  RC_IMPORT_TEXT_NOTHING_TO_SAVE,    /* a preview with nothing to save */
  RC_IMPORT_TEXT_UPDATE_NOTE,        /* said when rows are updated, or NULL */
  RC_IMPORT_TEXT_NOT_SAVED,          /* "The returns could not be saved, so nothing has been changed" */
  RC_IMPORT_N_TEXTS
} RcImportText;

/* One row as a preview shows it. Messages never quote personal data. */
typedef struct
{
  guint       line;        /* where the record starts, counting the header as 1 */
  char       *heading;     /* "Somerset · 2023", a trainee's reference */
  char       *line_label;  /* "E06000066 · Line 5" */
  const char *message;     /* the plan's: what the import does with it, or why not */
  const char *warning;     /* the plan's: what is allowed but unlikely, or NULL */
} RcImportRowText;

void rc_import_row_text_clear (RcImportRowText *text);

#define RC_TYPE_IMPORT_PLAN (rc_import_plan_get_type ())

G_DECLARE_INTERFACE (RcImportPlan, rc_import_plan, RC, IMPORT_PLAN, GObject)

struct _RcImportPlanInterface
{
  GTypeInterface parent_iface;

  RcStore    *(*get_store)        (RcImportPlan     *self);
  const char *(*get_text)         (RcImportPlan     *self,
                                   RcImportText      text);
  void        (*set_file_name)    (RcImportPlan     *self,
                                   const char       *file_name);

  /* The fields whose columns a user chooses; none (the default) for a
   * file whose columns are fixed by name. */
  guint       (*get_n_fields)     (RcImportPlan     *self);
  const char *(*get_field_label)  (RcImportPlan     *self,
                                   guint             field);
  const char *(*get_field_note)   (RcImportPlan     *self,
                                   guint             field);
  GPtrArray  *(*read_header)      (RcImportPlan     *self,
                                   GBytes           *contents,
                                   GError          **error);
  int         (*get_column)       (RcImportPlan     *self,
                                   guint             field);
  void        (*set_column)       (RcImportPlan     *self,
                                   guint             field,
                                   int               column);
  char       *(*check_columns)    (RcImportPlan     *self);

  /* Runs in a worker with @reader, a connection of its own. */
  gboolean    (*parse)            (RcImportPlan     *self,
                                   RcStore          *reader,
                                   GBytes           *contents,
                                   RcProgress       *progress,
                                   GError          **error);
  guint       (*get_n_rows)       (RcImportPlan     *self,
                                   RcImportRowKind   kind);
  void        (*get_row_text)     (RcImportPlan     *self,
                                   RcImportRowKind   kind,
                                   guint             index,
                                   RcImportRowText  *text);
  char       *(*describe)         (RcImportPlan     *self);
  char       *(*describe_cleared) (RcImportPlan     *self,
                                   guint             max_rows);
  char       *(*list_unused)      (RcImportPlan     *self);
  guint       (*get_n_warnings)   (RcImportPlan     *self);
  char       *(*describe_done)    (RcImportPlan     *self);

  /* On the main thread, before a worker starts: the plan's own refusal
   * (malformed rows, applied before). */
  gboolean    (*check_apply)      (RcImportPlan     *self,
                                   GError          **error);
  /* Runs in a worker with @connection, a writable connection of its own. */
  gboolean    (*apply)            (RcImportPlan     *self,
                                   RcStore          *connection,
                                   RcProgress       *progress,
                                   GError          **error);
};

RcStore    *rc_import_plan_get_store        (RcImportPlan     *self);
/* Translated; NULL where the plan has no such text. */
const char *rc_import_plan_get_text         (RcImportPlan     *self,
                                             RcImportText      text);
/* The file's name for the audit log; only its last component is kept. */
void        rc_import_plan_set_file_name    (RcImportPlan     *self,
                                             const char       *file_name);

/* Columns ----------------------------------------------------------------- */

/* 0 when the file's columns are found by their names. */
guint       rc_import_plan_get_n_fields     (RcImportPlan     *self);
/* "Host council" */
const char *rc_import_plan_get_field_label  (RcImportPlan     *self,
                                             guint             field);
/* "Required", "Personal data", or NULL. */
const char *rc_import_plan_get_field_note   (RcImportPlan     *self,
                                             guint             field);
/* The header's cells, trimmed; the plan guesses each field's column from
 * them. */
GPtrArray  *rc_import_plan_read_header      (RcImportPlan     *self,
                                             GBytes           *contents,
                                             GError          **error);
/* The column (from 0) chosen for @field, or -1. */
int         rc_import_plan_get_column       (RcImportPlan     *self,
                                             guint             field);
void        rc_import_plan_set_column       (RcImportPlan     *self,
                                             guint             field,
                                             int               column);
/* NULL when the columns chosen can be read, else what to choose. */
char       *rc_import_plan_check_columns    (RcImportPlan     *self);

/* Reading ---------------------------------------------------------------- */

/* Reads @contents into the plan, replacing what an earlier parse read,
 * matching rows against the store on the calling thread; writes nothing. */
gboolean    rc_import_plan_parse            (RcImportPlan     *self,
                                             GBytes           *contents,
                                             GError          **error);
/* The same in a worker thread, on a connection of its own: the plan is
 * the worker's until @callback runs, and must not be read meanwhile.
 * @progress (may be NULL) gets the share of the file read, and cancels. */
void        rc_import_plan_parse_async      (RcImportPlan        *self,
                                             GBytes              *contents,
                                             RcProgress          *progress,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
gboolean    rc_import_plan_parse_finish     (RcImportPlan        *self,
                                             GAsyncResult        *result,
                                             GError             **error);

guint       rc_import_plan_get_n_rows       (RcImportPlan     *self,
                                             RcImportRowKind   kind);
/* Fills @text, which rc_import_row_text_clear() empties. */
void        rc_import_plan_get_row_text     (RcImportPlan     *self,
                                             RcImportRowKind   kind,
                                             guint             index,
                                             RcImportRowText  *text);
/* TRUE when the plan has malformed rows and so cannot be applied. */
gboolean    rc_import_plan_is_refused       (RcImportPlan     *self);
/* The number of rows added or updated: what Import would save. */
guint       rc_import_plan_get_n_saved      (RcImportPlan     *self);
/* One line: what importing would do. */
char       *rc_import_plan_describe         (RcImportPlan     *self);
/* What a preview says first, NULL when nothing stored is cleared. */
char       *rc_import_plan_describe_cleared (RcImportPlan     *self,
                                             guint             max_rows);
/* The names of the header's columns not read, or NULL. */
char       *rc_import_plan_list_unused      (RcImportPlan     *self);
/* Rows saved with a warning. */
guint       rc_import_plan_get_n_warnings   (RcImportPlan     *self);
/* After the import, for a toast: "Imported 12 returns and updated 3". */
char       *rc_import_plan_describe_done    (RcImportPlan     *self);

/* Saving ------------------------------------------------------------------ */

/* Saves the plan in one transaction on the calling thread: all or
 * nothing. Refuses a plan with malformed rows or applied before. */
gboolean    rc_import_plan_apply            (RcImportPlan     *self,
                                             GError          **error);
/* The same in a worker thread, on a connection of its own
 * (rc_store_work_async()): @progress (may be NULL) gets the share done,
 * and a cancel before the commit leaves nothing imported
 * (G_IO_ERROR_CANCELLED). "changed" is emitted on the store before
 * @callback runs. The plan must not be changed meanwhile. */
void        rc_import_plan_apply_async      (RcImportPlan        *self,
                                             RcProgress          *progress,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
gboolean    rc_import_plan_apply_finish     (RcImportPlan        *self,
                                             GAsyncResult        *result,
                                             GError             **error);

G_END_DECLS
