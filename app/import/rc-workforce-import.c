/* rc-workforce-import.c: a plan of what a workforce CSV changes, and
 * carrying it out in one transaction
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-import"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "model/rc-csv.h"
#include "rc-import-plan-private.h"
#include "rc-workforce-import-private.h"

G_DEFINE_QUARK (rc-workforce-import-error-quark, rc_workforce_import_error)

G_DEFINE_FINAL_TYPE_WITH_CODE (RcWorkforceImport, rc_workforce_import, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (RC_TYPE_IMPORT_PLAN, rc_workforce_import_plan_init))

static void
row_free (gpointer data)
{
  RcImportRow *row = data;

  g_free (row->area_name);
  g_free (row->code);
  g_free (row->message);
  g_free (row->warning);
  g_free (row->cleared);
  g_clear_object (&row->ret);
  g_free (row);
}

static void
rc_workforce_import_finalize (GObject *object)
{
  RcWorkforceImport *plan = RC_WORKFORCE_IMPORT (object);

  g_clear_object (&plan->store);
  g_free (plan->file_name);
  for (guint k = 0; k < RC_IMPORT_N_ROW_KINDS; k++)
    g_ptr_array_unref (plan->rows[k]);

  G_OBJECT_CLASS (rc_workforce_import_parent_class)->finalize (object);
}

static void
rc_workforce_import_class_init (RcWorkforceImportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = rc_workforce_import_finalize;
}

static void
rc_workforce_import_init (RcWorkforceImport *plan)
{
  for (guint k = 0; k < RC_IMPORT_N_ROW_KINDS; k++)
    plan->rows[k] = g_ptr_array_new_with_free_func (row_free);
}

RcWorkforceImport *
rc_workforce_import_new (RcStore *store)
{
  RcWorkforceImport *plan;

  g_return_val_if_fail (RC_IS_STORE (store), NULL);

  plan = g_object_new (RC_TYPE_WORKFORCE_IMPORT, NULL);
  plan->store = g_object_ref (store);

  return plan;
}

void
rc_workforce_import_clear (RcWorkforceImport *plan)
{
  for (guint k = 0; k < RC_IMPORT_N_ROW_KINDS; k++)
    g_ptr_array_set_size (plan->rows[k], 0);
  memset (plan->n_skipped, 0, sizeof plan->n_skipped);
  plan->n_rounded_to_zero = 0;
  plan->n_cleared = 0;
  plan->n_clearing_rows = 0;
  plan->n_kept_blank = 0;
  plan->n_warnings = 0;
}

RcImportRow *
rc_workforce_import_add_row (RcWorkforceImport *plan,
                             RcImportRowKind    kind,
                             guint              line)
{
  RcImportRow *row = g_new0 (RcImportRow, 1);

  row->kind = kind;
  row->line = line;
  row->in_post_fte100 = RC_FIGURE_MISSING;
  row->vacancies_fte100 = RC_FIGURE_MISSING;
  row->old_in_post_fte100 = RC_FIGURE_MISSING;
  row->old_vacancies_fte100 = RC_FIGURE_MISSING;
  g_ptr_array_add (plan->rows[kind], row);

  return row;
}

void
rc_workforce_import_add_malformed (RcWorkforceImport *plan,
                                   guint              line,
                                   const char        *area_name,
                                   gint64             year,
                                   const char        *message)
{
  RcImportRow *row = rc_workforce_import_add_row (plan, RC_IMPORT_ROW_MALFORMED, line);

  /* Shown as the file has them, within reason. */
  row->area_name = rc_csv_shorten (area_name, RC_CSV_MESSAGE_MAX_CHARS);
  row->code = g_strdup ("");
  row->year = year;
  row->message = g_strdup (message);
}

void
rc_workforce_import_add_skipped (RcWorkforceImport *plan,
                                 guint              line,
                                 RcImportSkip       skip,
                                 const char        *area_name,
                                 const char        *code,
                                 gint64             year,
                                 char              *message)
{
  RcImportRow *row = rc_workforce_import_add_row (plan, RC_IMPORT_ROW_SKIPPED, line);

  row->skip = skip;
  row->area_name = rc_csv_shorten (area_name, RC_CSV_MESSAGE_MAX_CHARS);
  row->code = rc_csv_shorten (code, RC_CSV_MESSAGE_MAX_CHARS);
  row->year = year;
  row->message = message;
  plan->n_skipped[skip]++;
}

void
rc_workforce_import_set_file_name (RcWorkforceImport *plan,
                                   const char        *file_name)
{
  g_return_if_fail (plan != NULL);

  g_clear_pointer (&plan->file_name, g_free);
  if (file_name != NULL)
    plan->file_name = g_path_get_basename (file_name);
}

guint
rc_workforce_import_get_n_rows (RcWorkforceImport *plan,
                                RcImportRowKind    kind)
{
  g_return_val_if_fail (plan != NULL, 0);
  g_return_val_if_fail (kind < RC_IMPORT_N_ROW_KINDS, 0);

  return plan->rows[kind]->len;
}

const RcImportRow *
rc_workforce_import_get_row (RcWorkforceImport *plan,
                             RcImportRowKind    kind,
                             guint              index)
{
  g_return_val_if_fail (plan != NULL, NULL);
  g_return_val_if_fail (kind < RC_IMPORT_N_ROW_KINDS, NULL);
  g_return_val_if_fail (index < plan->rows[kind]->len, NULL);

  return g_ptr_array_index (plan->rows[kind], index);
}

guint
rc_workforce_import_get_n_skipped (RcWorkforceImport *plan,
                                   RcImportSkip       reason)
{
  g_return_val_if_fail (plan != NULL, 0);
  g_return_val_if_fail (reason < RC_IMPORT_N_SKIPS, 0);

  return plan->n_skipped[reason];
}

guint
rc_workforce_import_get_n_rounded_to_zero (RcWorkforceImport *plan)
{
  g_return_val_if_fail (plan != NULL, 0);

  return plan->n_rounded_to_zero;
}

guint
rc_workforce_import_get_n_warnings (RcWorkforceImport *plan)
{
  g_return_val_if_fail (plan != NULL, 0);

  return plan->n_warnings;
}

guint
rc_workforce_import_get_n_cleared (RcWorkforceImport *plan)
{
  g_return_val_if_fail (plan != NULL, 0);

  return plan->n_cleared;
}

guint
rc_workforce_import_get_n_clearing_rows (RcWorkforceImport *plan)
{
  g_return_val_if_fail (plan != NULL, 0);

  return plan->n_clearing_rows;
}

guint
rc_workforce_import_get_n_kept_blank (RcWorkforceImport *plan)
{
  g_return_val_if_fail (plan != NULL, 0);

  return plan->n_kept_blank;
}

char *
rc_workforce_import_describe_cleared (RcWorkforceImport *plan,
                                      guint              max_returns)
{
  GPtrArray *updates;
  GString *text;
  guint named = 0;

  g_return_val_if_fail (plan != NULL, NULL);

  if (plan->n_cleared == 0)
    return NULL;

  text = g_string_new (NULL);
  g_string_append_printf (text,
                          g_dngettext (GETTEXT_PACKAGE,
                                       "Importing clears %u stored figure that the file marks as "
                                       "not available (x, c, z, u or low): ",
                                       "Importing clears %u stored figures that the file marks as "
                                       "not available (x, c, z, u or low): ",
                                       plan->n_cleared),
                          plan->n_cleared);

  updates = plan->rows[RC_IMPORT_ROW_UPDATE];
  for (guint i = 0; i < updates->len && named < max_returns; i++)
    {
      const RcImportRow *row = g_ptr_array_index (updates, i);

      if (row->n_cleared == 0)
        continue;
      if (named > 0)
        g_string_append (text, "; ");
      /* Translators: an area, the year of its return and the figures
       * cleared: "Somerset 2022 (vacancies, cases)" */
      g_string_append_printf (text, _("%s %d (%s)"), row->area_name, (int) row->year, row->cleared);
      named++;
    }
  if (plan->n_clearing_rows > named)
    g_string_append_printf (text,
                            g_dngettext (GETTEXT_PACKAGE,
                                         "; and %u more return",
                                         "; and %u more returns",
                                         plan->n_clearing_rows - named),
                            plan->n_clearing_rows - named);
  g_string_append_c (text, '.');

  return g_string_free (text, FALSE);
}

gboolean
rc_workforce_import_is_refused (RcWorkforceImport *plan)
{
  g_return_val_if_fail (plan != NULL, TRUE);

  return plan->rows[RC_IMPORT_ROW_MALFORMED]->len > 0;
}

static void
append_reason (GString    *text,
               gboolean   *first,
               const char *reason)
{
  g_string_append (text, *first ? " (" : "; ");
  g_string_append (text, reason);
  *first = FALSE;
}

char *
rc_workforce_import_describe (RcWorkforceImport *plan)
{
  GString *text;
  gboolean first = TRUE;
  guint n;

  g_return_val_if_fail (plan != NULL, NULL);

  text = g_string_new (NULL);
  g_string_append_printf (text, _("Added %u, updated %u, skipped %u"),
                          plan->rows[RC_IMPORT_ROW_ADD]->len,
                          plan->rows[RC_IMPORT_ROW_UPDATE]->len,
                          plan->rows[RC_IMPORT_ROW_SKIPPED]->len);

  if ((n = plan->n_skipped[RC_IMPORT_SKIP_JOINT_RETURN]) > 0)
    {
      g_autofree char *reason = g_strdup_printf (_("joint returns: %u"), n);
      append_reason (text, &first, reason);
    }
  if ((n = plan->n_skipped[RC_IMPORT_SKIP_UNKNOWN_CODE]) > 0)
    {
      g_autofree char *reason = g_strdup_printf (_("unknown codes: %u"), n);
      append_reason (text, &first, reason);
    }
  if ((n = plan->n_skipped[RC_IMPORT_SKIP_OTHER_PERIOD]) > 0)
    {
      g_autofree char *reason = g_strdup_printf (_("not reporting years: %u"), n);
      append_reason (text, &first, reason);
    }
  if ((n = plan->n_skipped[RC_IMPORT_SKIP_OTHER_LEVEL]) > 0)
    {
      g_autofree char *reason = g_strdup_printf (_("other geographic levels: %u"), n);
      append_reason (text, &first, reason);
    }
  if (!first)
    g_string_append_c (text, ')');

  rc_import_summary_add_malformed (text, plan->rows[RC_IMPORT_ROW_MALFORMED]->len);
  if ((n = plan->n_rounded_to_zero) > 0)
    g_string_append_printf (text,
                            g_dngettext (GETTEXT_PACKAGE,
                                         "; %u figure rounded to zero (“low”) kept as missing",
                                         "; %u figures rounded to zero (“low”) kept as missing",
                                         n),
                            n);
  rc_import_summary_add_warnings (text, plan->n_warnings);

  return g_string_free (text, FALSE);
}

RcWorkforceImport *
rc_workforce_import_parse (RcStore     *store,
                           const char  *data,
                           gsize        length,
                           GError     **error)
{
  g_autoptr(RcWorkforceImport) plan = NULL;

  g_return_val_if_fail (RC_IS_STORE (store), NULL);
  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  plan = rc_workforce_import_new (store);
  if (!rc_workforce_import_read (plan, store, data, length, NULL, error))
    return NULL;

  return g_steal_pointer (&plan);
}

gboolean
rc_workforce_import_apply (RcStore            *store,
                           RcWorkforceImport  *plan,
                           GError            **error)
{
  g_return_val_if_fail (RC_IS_STORE (store), FALSE);
  g_return_val_if_fail (RC_IS_WORKFORCE_IMPORT (plan), FALSE);
  g_return_val_if_fail (plan->store == store, FALSE);

  return rc_import_plan_apply (RC_IMPORT_PLAN (plan), error);
}
