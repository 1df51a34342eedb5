/* rc-trainee-import-plan.c: a trainee file's plan as the import dialog
 * sees it (RcImportPlan), its columns chosen by the user, and saving it
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-import"

#include "config.h"

#include <glib/gi18n.h>

#include "rc-import-plan-private.h"
#include "rc-trainee-import-private.h"

/* The dialog's kinds of row, as the plan has them; -1 for none. */
static int
trainee_kind (RcImportRowKind kind)
{
  switch (kind)
    {
    case RC_IMPORT_ROW_ADD:
      return RC_TRAINEE_ROW_ADD;
    case RC_IMPORT_ROW_SKIPPED:
      return RC_TRAINEE_ROW_SKIPPED;
    case RC_IMPORT_ROW_MALFORMED:
      return RC_TRAINEE_ROW_MALFORMED;
    case RC_IMPORT_ROW_UPDATE:
    case RC_IMPORT_N_ROW_KINDS:
    default:
      return -1;
    }
}

static RcStore *
get_store (RcImportPlan *plan)
{
  return RC_TRAINEE_IMPORT (plan)->store;
}

static const char *
get_text (RcImportPlan *plan,
          RcImportText  text)
{
  switch (text)
    {
    case RC_IMPORT_TEXT_TITLE:
      return _("Import Trainees");
    case RC_IMPORT_TEXT_CHOOSER_TITLE:
      return _("Import Trainees from CSV");
    case RC_IMPORT_TEXT_CHOOSER_ACCEPT:
      return _("_Open");
    case RC_IMPORT_TEXT_COLUMNS:
      return _("Choose the column of the file that holds each detail. Only the reference is needed: "
               "import names and contact details only if the cohort needs them.");
    case RC_IMPORT_TEXT_NONE_ADDED:
      return _("Nobody in this file is new to the cohort");
    case RC_IMPORT_TEXT_NONE_SKIPPED:
      return _("Nobody in this file is in the cohort already");
    case RC_IMPORT_TEXT_NONE_MALFORMED:
      return _("No line of this file has a problem");
    case RC_IMPORT_TEXT_NOTHING_TO_SAVE:
      return _("Everybody in this file is in the cohort already.");
    case RC_IMPORT_TEXT_NOT_SAVED:
      return _("The trainees could not be saved, so nothing has been changed");
    case RC_IMPORT_TEXT_NONE_UPDATED:
    case RC_IMPORT_TEXT_UPDATE_NOTE:
    case RC_IMPORT_N_TEXTS:
    default:
      return NULL;
    }
}

/* Columns ----------------------------------------------------------------- */

static guint
get_n_fields (RcImportPlan *plan)
{
  return RC_TRAINEE_N_FIELDS;
}

static const char *
get_field_label (RcImportPlan *plan,
                 guint         field)
{
  return rc_trainee_field_get_label (field);
}

static const char *
get_field_note (RcImportPlan *plan,
                guint         field)
{
  if (field == RC_TRAINEE_FIELD_REFERENCE)
    return _("Required");
  if (rc_trainee_field_is_personal (field))
    return _("Personal data");

  return NULL;
}

static GPtrArray *
read_header (RcImportPlan  *plan,
             GBytes        *contents,
             GError       **error)
{
  gsize length = 0;
  const char *data = g_bytes_get_data (contents, &length);
  g_autoptr(RcTraineeMapping) guess = NULL;
  GPtrArray *header;

  header = rc_trainee_import_read_header (data, length, error);
  if (header == NULL)
    return NULL;

  guess = rc_trainee_mapping_guess (header);
  RC_TRAINEE_IMPORT (plan)->mapping = *guess;

  return header;
}

static int
get_column (RcImportPlan *plan,
            guint         field)
{
  return RC_TRAINEE_IMPORT (plan)->mapping.column[field];
}

static void
set_column (RcImportPlan *plan,
            guint         field,
            int           column)
{
  RC_TRAINEE_IMPORT (plan)->mapping.column[field] = column;
}

static char *
check_columns (RcImportPlan *plan)
{
  if (RC_TRAINEE_IMPORT (plan)->mapping.column[RC_TRAINEE_FIELD_REFERENCE] < 0)
    return g_strdup (_("Choose the column that holds each trainee’s reference."));

  return NULL;
}

/* Rows --------------------------------------------------------------------- */

static gboolean
parse (RcImportPlan  *plan,
       RcStore       *reader,
       GBytes        *contents,
       RcProgress    *progress,
       GError       **error)
{
  RcTraineeImport *self = RC_TRAINEE_IMPORT (plan);
  gsize length = 0;
  const char *data = g_bytes_get_data (contents, &length);

  return rc_trainee_import_read (self, reader, data, length, &self->mapping, progress, error);
}

static guint
get_n_rows (RcImportPlan    *plan,
            RcImportRowKind  kind)
{
  int k = trainee_kind (kind);

  return k < 0 ? 0 : rc_trainee_import_get_n_rows (RC_TRAINEE_IMPORT (plan), k);
}

static void
get_row_text (RcImportPlan    *plan,
              RcImportRowKind  kind,
              guint            index,
              RcImportRowText *text)
{
  const RcTraineeRow *row = rc_trainee_import_get_row (RC_TRAINEE_IMPORT (plan), trainee_kind (kind), index);

  text->line = row->line;
  /* By reference only: the preview may be on a shared screen. */
  text->heading = g_strdup (row->reference[0] != '\0' ? row->reference : _("No reference"));
  text->line_label = g_strdup_printf (_("Line %u"), row->line);
  text->message = row->message;
  text->warning = row->warning;
}

static char *
describe (RcImportPlan *plan)
{
  return rc_trainee_import_describe (RC_TRAINEE_IMPORT (plan));
}

static char *
list_unused (RcImportPlan *plan)
{
  return rc_trainee_import_list_unused (RC_TRAINEE_IMPORT (plan));
}

static guint
get_n_warnings (RcImportPlan *plan)
{
  return rc_trainee_import_get_n_warnings (RC_TRAINEE_IMPORT (plan));
}

static char *
describe_done (RcImportPlan *plan)
{
  guint n = rc_trainee_import_get_n_rows (RC_TRAINEE_IMPORT (plan), RC_TRAINEE_ROW_ADD);

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported %u trainee", "Imported %u trainees", n), n);
}

/* Saving ------------------------------------------------------------------ */

static gboolean
check_apply (RcImportPlan  *plan,
             GError       **error)
{
  return rc_import_plan_check_refusal (plan, RC_TRAINEE_IMPORT (plan)->applied,
                                       RC_TRAINEE_IMPORT_ERROR, RC_TRAINEE_IMPORT_ERROR_APPLIED,
                                       RC_TRAINEE_IMPORT_ERROR_MALFORMED, error);
}

static gboolean
apply (RcImportPlan  *self,
       RcStore       *connection,
       RcProgress    *progress,
       GError       **error)
{
  RcTraineeImport *plan = RC_TRAINEE_IMPORT (self);
  g_autoptr(GPtrArray) trainees = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *summary = NULL;
  GPtrArray *rows = plan->rows[RC_TRAINEE_ROW_ADD];
  guint n_skipped = plan->rows[RC_TRAINEE_ROW_SKIPPED]->len;
  guint failed = G_MAXUINT;

  /* The plan's own trainees are saved: the store leaves them as they are,
   * so none keeps the id of a transaction that may yet roll back. */
  trainees = g_ptr_array_sized_new (rows->len);
  for (guint i = 0; i < rows->len; i++)
    g_ptr_array_add (trainees, ((RcTraineeRow *) g_ptr_array_index (rows, i))->trainee);

  /* The audit log is in English, as every other line of it. */
  summary = n_skipped == 0
    ? g_strdup_printf ("Imported %u %s into cohort %s from a file",
                       rows->len, rows->len == 1 ? "trainee" : "trainees", plan->cohort_name)
    : g_strdup_printf ("Imported %u %s into cohort %s from a file; skipped %u already in it",
                       rows->len, rows->len == 1 ? "trainee" : "trainees", plan->cohort_name, n_skipped);

  if (!rc_store_add_trainees_full (connection, plan->cohort_id, trainees, summary, progress, &failed,
                                   &local_error))
    {
      /* A refusal of one trainee's values names its line, as a malformed
       * one does. A full disk, a read-only or busy database is no fault
       * of a line: it is said to be the database's. A cancel is only that. */
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        ;
      else if (failed < rows->len
               && (g_error_matches (local_error, RC_STORE_ERROR, RC_STORE_ERROR_CONSTRAINT)
                   || g_error_matches (local_error, RC_STORE_ERROR, RC_STORE_ERROR_INVALID)))
        g_prefix_error (&local_error, _("Nothing was imported: line %u: "),
                        ((RcTraineeRow *) g_ptr_array_index (rows, failed))->line);
      else if (local_error->domain == RC_STORE_ERROR)
        g_prefix_error (&local_error, _("Nothing was imported, because of a problem with the database: "));
      else
        g_prefix_error (&local_error, _("Nothing was imported: "));
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  plan->applied = TRUE;

  return TRUE;
}

void
rc_trainee_import_plan_init (RcImportPlanInterface *iface)
{
  iface->get_store = get_store;
  iface->get_text = get_text;
  iface->get_n_fields = get_n_fields;
  iface->get_field_label = get_field_label;
  iface->get_field_note = get_field_note;
  iface->read_header = read_header;
  iface->get_column = get_column;
  iface->set_column = set_column;
  iface->check_columns = check_columns;
  iface->parse = parse;
  iface->get_n_rows = get_n_rows;
  iface->get_row_text = get_row_text;
  iface->describe = describe;
  iface->list_unused = list_unused;
  iface->get_n_warnings = get_n_warnings;
  iface->describe_done = describe_done;
  iface->check_apply = check_apply;
  iface->apply = apply;
}
