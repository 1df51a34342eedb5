/* rc-import-plan.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-import"

#include "config.h"

#include <glib/gi18n.h>

#include "rc-import-plan-private.h"
#include "store/rc-store-worker.h"

G_DEFINE_INTERFACE (RcImportPlan, rc_import_plan, G_TYPE_OBJECT)

static guint
no_fields (RcImportPlan *self)
{
  return 0;
}

static void
rc_import_plan_default_init (RcImportPlanInterface *iface)
{
  iface->get_n_fields = no_fields;
}

void
rc_import_row_text_clear (RcImportRowText *text)
{
  g_clear_pointer (&text->heading, g_free);
  g_clear_pointer (&text->line_label, g_free);
  text->message = NULL;
  text->warning = NULL;
  text->line = 0;
}

#define IFACE(self) RC_IMPORT_PLAN_GET_IFACE (self)

RcStore *
rc_import_plan_get_store (RcImportPlan *self)
{
  g_return_val_if_fail (RC_IS_IMPORT_PLAN (self), NULL);

  return IFACE (self)->get_store (self);
}

const char *
rc_import_plan_get_text (RcImportPlan *self,
                         RcImportText  text)
{
  g_return_val_if_fail (RC_IS_IMPORT_PLAN (self), NULL);
  g_return_val_if_fail ((guint) text < RC_IMPORT_N_TEXTS, NULL);

  return IFACE (self)->get_text (self, text);
}

void
rc_import_plan_set_file_name (RcImportPlan *self,
                              const char   *file_name)
{
  g_return_if_fail (RC_IS_IMPORT_PLAN (self));

  if (IFACE (self)->set_file_name != NULL)
    IFACE (self)->set_file_name (self, file_name);
}

/* Columns ----------------------------------------------------------------- */

guint
rc_import_plan_get_n_fields (RcImportPlan *self)
{
  g_return_val_if_fail (RC_IS_IMPORT_PLAN (self), 0);

  return IFACE (self)->get_n_fields (self);
}

const char *
rc_import_plan_get_field_label (RcImportPlan *self,
                                guint         field)
{
  g_return_val_if_fail (RC_IS_IMPORT_PLAN (self), NULL);
  g_return_val_if_fail (field < rc_import_plan_get_n_fields (self), NULL);

  return IFACE (self)->get_field_label (self, field);
}

const char *
rc_import_plan_get_field_note (RcImportPlan *self,
                               guint         field)
{
  g_return_val_if_fail (RC_IS_IMPORT_PLAN (self), NULL);
  g_return_val_if_fail (field < rc_import_plan_get_n_fields (self), NULL);

  return IFACE (self)->get_field_note (self, field);
}

GPtrArray *
rc_import_plan_read_header (RcImportPlan  *self,
                            GBytes        *contents,
                            GError       **error)
{
  g_return_val_if_fail (RC_IS_IMPORT_PLAN (self), NULL);
  g_return_val_if_fail (contents != NULL, NULL);
  g_return_val_if_fail (IFACE (self)->read_header != NULL, NULL);

  return IFACE (self)->read_header (self, contents, error);
}

int
rc_import_plan_get_column (RcImportPlan *self,
                           guint         field)
{
  g_return_val_if_fail (RC_IS_IMPORT_PLAN (self), -1);
  g_return_val_if_fail (field < rc_import_plan_get_n_fields (self), -1);

  return IFACE (self)->get_column (self, field);
}

void
rc_import_plan_set_column (RcImportPlan *self,
                           guint         field,
                           int           column)
{
  g_return_if_fail (RC_IS_IMPORT_PLAN (self));
  g_return_if_fail (field < rc_import_plan_get_n_fields (self));
  g_return_if_fail (column >= -1);

  IFACE (self)->set_column (self, field, column);
}

char *
rc_import_plan_check_columns (RcImportPlan *self)
{
  g_return_val_if_fail (RC_IS_IMPORT_PLAN (self), NULL);

  return IFACE (self)->check_columns != NULL ? IFACE (self)->check_columns (self) : NULL;
}

/* Reading ---------------------------------------------------------------- */

gboolean
rc_import_plan_parse (RcImportPlan  *self,
                      GBytes        *contents,
                      GError       **error)
{
  g_return_val_if_fail (RC_IS_IMPORT_PLAN (self), FALSE);
  g_return_val_if_fail (contents != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return IFACE (self)->parse (self, rc_import_plan_get_store (self), contents, NULL, error);
}

typedef struct
{
  RcImportPlan *plan;
  GBytes       *contents;
} ParseJob;

static void
parse_job_free (gpointer data)
{
  ParseJob *job = data;

  g_object_unref (job->plan);
  g_bytes_unref (job->contents);
  g_free (job);
}

static gboolean
parse_on (RcStore     *reader,
          gpointer     data,
          RcProgress  *progress,
          GError     **error)
{
  ParseJob *job = data;

  return IFACE (job->plan)->parse (job->plan, reader, job->contents, progress, error);
}

static void
work_done (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (rc_store_work_finish (RC_STORE (source), result, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
rc_import_plan_parse_async (RcImportPlan        *self,
                            GBytes              *contents,
                            RcProgress          *progress,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  GTask *task;
  ParseJob *job;

  g_return_if_fail (RC_IS_IMPORT_PLAN (self));
  g_return_if_fail (contents != NULL);

  task = g_task_new (self, rc_progress_get_cancellable (progress), callback, user_data);
  g_task_set_source_tag (task, rc_import_plan_parse_async);
  g_task_set_check_cancellable (task, FALSE);

  job = g_new0 (ParseJob, 1);
  job->plan = g_object_ref (self);
  job->contents = g_bytes_ref (contents);
  rc_store_work_async (rc_import_plan_get_store (self), RC_STORE_WORK_READ, parse_on, job, parse_job_free,
                       progress, work_done, task);
}

gboolean
rc_import_plan_parse_finish (RcImportPlan  *self,
                             GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == rc_import_plan_parse_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

guint
rc_import_plan_get_n_rows (RcImportPlan    *self,
                           RcImportRowKind  kind)
{
  g_return_val_if_fail (RC_IS_IMPORT_PLAN (self), 0);
  g_return_val_if_fail ((guint) kind < RC_IMPORT_N_ROW_KINDS, 0);

  return IFACE (self)->get_n_rows (self, kind);
}

void
rc_import_plan_get_row_text (RcImportPlan    *self,
                             RcImportRowKind  kind,
                             guint            index,
                             RcImportRowText *text)
{
  g_return_if_fail (RC_IS_IMPORT_PLAN (self));
  g_return_if_fail (index < rc_import_plan_get_n_rows (self, kind));
  g_return_if_fail (text != NULL);

  IFACE (self)->get_row_text (self, kind, index, text);
}

gboolean
rc_import_plan_is_refused (RcImportPlan *self)
{
  return rc_import_plan_get_n_rows (self, RC_IMPORT_ROW_MALFORMED) > 0;
}

guint
rc_import_plan_get_n_saved (RcImportPlan *self)
{
  return rc_import_plan_get_n_rows (self, RC_IMPORT_ROW_ADD) + rc_import_plan_get_n_rows (self, RC_IMPORT_ROW_UPDATE);
}

char *
rc_import_plan_describe (RcImportPlan *self)
{
  g_return_val_if_fail (RC_IS_IMPORT_PLAN (self), NULL);

  return IFACE (self)->describe (self);
}

char *
rc_import_plan_describe_cleared (RcImportPlan *self,
                                 guint         max_rows)
{
  g_return_val_if_fail (RC_IS_IMPORT_PLAN (self), NULL);

  return IFACE (self)->describe_cleared != NULL ? IFACE (self)->describe_cleared (self, max_rows) : NULL;
}

char *
rc_import_plan_list_unused (RcImportPlan *self)
{
  g_return_val_if_fail (RC_IS_IMPORT_PLAN (self), NULL);

  return IFACE (self)->list_unused != NULL ? IFACE (self)->list_unused (self) : NULL;
}

guint
rc_import_plan_get_n_warnings (RcImportPlan *self)
{
  g_return_val_if_fail (RC_IS_IMPORT_PLAN (self), 0);

  return IFACE (self)->get_n_warnings (self);
}

char *
rc_import_plan_describe_done (RcImportPlan *self)
{
  g_return_val_if_fail (RC_IS_IMPORT_PLAN (self), NULL);

  return IFACE (self)->describe_done (self);
}

/* Saving ------------------------------------------------------------------ */

gboolean
rc_import_plan_apply (RcImportPlan  *self,
                      GError       **error)
{
  g_return_val_if_fail (RC_IS_IMPORT_PLAN (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return IFACE (self)->check_apply (self, error)
         && IFACE (self)->apply (self, rc_import_plan_get_store (self), NULL, error);
}

static gboolean
apply_on (RcStore     *connection,
          gpointer     data,
          RcProgress  *progress,
          GError     **error)
{
  RcImportPlan *self = data;

  return IFACE (self)->apply (self, connection, progress, error);
}

void
rc_import_plan_apply_async (RcImportPlan        *self,
                            RcProgress          *progress,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  GTask *task;
  GError *error = NULL;

  g_return_if_fail (RC_IS_IMPORT_PLAN (self));

  task = g_task_new (self, rc_progress_get_cancellable (progress), callback, user_data);
  g_task_set_source_tag (task, rc_import_plan_apply_async);
  /* A commit the cancel came too late for is reported as done. */
  g_task_set_check_cancellable (task, FALSE);

  if (!IFACE (self)->check_apply (self, &error))
    {
      g_task_return_error (task, error);
      g_object_unref (task);
      return;
    }

  rc_store_work_async (rc_import_plan_get_store (self), RC_STORE_WORK_WRITE, apply_on,
                       g_object_ref (self), g_object_unref, progress, work_done, task);
}

gboolean
rc_import_plan_apply_finish (RcImportPlan  *self,
                             GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == rc_import_plan_apply_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

gboolean
rc_import_plan_check_refusal (RcImportPlan  *self,
                              gboolean       applied,
                              GQuark         domain,
                              int            applied_code,
                              int            malformed_code,
                              GError       **error)
{
  guint n_malformed = rc_import_plan_get_n_rows (self, RC_IMPORT_ROW_MALFORMED);
  RcImportRowText first = { 0, };

  if (applied)
    {
      g_set_error_literal (error, domain, applied_code, _("This file has been imported already"));
      return FALSE;
    }

  if (n_malformed == 0)
    return TRUE;

  rc_import_plan_get_row_text (self, RC_IMPORT_ROW_MALFORMED, 0, &first);
  if (n_malformed == 1)
    g_set_error (error, domain, malformed_code,
                 _("Nothing was imported: line %u: %s"), first.line, first.message);
  else
    g_set_error (error, domain, malformed_code,
                 g_dngettext (GETTEXT_PACKAGE,
                              "Nothing was imported: line %u: %s (and %u more problem)",
                              "Nothing was imported: line %u: %s (and %u more problems)",
                              n_malformed - 1),
                 first.line, first.message, n_malformed - 1);
  rc_import_row_text_clear (&first);

  return FALSE;
}

void
rc_import_summary_add_warnings (GString *summary,
                                guint    n)
{
  if (n > 0)
    g_string_append_printf (summary,
                            g_dngettext (GETTEXT_PACKAGE,
                                         "; %u row with a warning",
                                         "; %u rows with warnings", n),
                            n);
}

void
rc_import_summary_add_malformed (GString *summary,
                                 guint    n)
{
  if (n > 0)
    g_string_append_printf (summary,
                            g_dngettext (GETTEXT_PACKAGE,
                                         "; %u malformed row: the file is refused",
                                         "; %u malformed rows: the file is refused", n),
                            n);
}
