/* rc-cli-import.c: --import-workforce FILE.csv and --import-trainees
 * COHORT_ID FILE.csv, each all or nothing
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "import/rc-trainee-import.h"
#include "import/rc-workforce-import.h"
#include "rc-cli.h"
#include "rc-cli-private.h"

/* Reading the file or the database can fail before any line is read: a
 * database problem is not the file's. */
static int
fail_reading (GError     *error,
              const char *shown_file)
{
  if (error->domain != RC_STORE_ERROR)
    g_prefix_error (&error, "%s: ", shown_file);

  return rc_cli_fail (error);
}

/* "FILE:LINE: reason" for the first RC_CLI_MAX_REASONS problems, then how
 * many more: a file with 5,000 broken lines must not fill the terminal. */
static void
print_reason (const char *shown_file,
              guint       index,
              guint       n,
              guint       line,
              const char *message)
{
  if (index < RC_CLI_MAX_REASONS)
    g_printerr ("%s:%u: %s\n", shown_file, line, message);
  else if (index == RC_CLI_MAX_REASONS)
    g_printerr (g_dngettext (GETTEXT_PACKAGE,
                             "%s: … and %u more line with problems; nothing was imported\n",
                             "%s: … and %u more lines with problems; nothing was imported\n",
                             n - RC_CLI_MAX_REASONS),
                shown_file, n - RC_CLI_MAX_REASONS);
}

/* Figures allowed but unlikely, one line each on stderr ("FILE:LINE:
 * warning: Somerset 2024: …"), the first RC_CLI_MAX_REASONS of them. */
static int
compare_lines (gconstpointer a,
               gconstpointer b)
{
  const RcImportRow *x = *(const RcImportRow * const *) a;
  const RcImportRow *y = *(const RcImportRow * const *) b;

  return (x->line > y->line) - (x->line < y->line);
}

/* The line that follows the first RC_CLI_MAX_REASONS warnings. */
static void
print_more_warnings (const char *shown,
                     guint       more)
{
  if (more > 0)
    g_printerr (g_dngettext (GETTEXT_PACKAGE, "%s: %u more warning\n", "%s: %u more warnings\n", more),
                shown, more);
}

static void
print_workforce_warnings (const char        *shown,
                          RcWorkforceImport *plan)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  guint more = 0;

  /* Added and updated, in the file's order. */
  for (RcImportRowKind k = RC_IMPORT_ROW_ADD; k <= RC_IMPORT_ROW_UPDATE; k++)
    for (guint i = 0; i < rc_workforce_import_get_n_rows (plan, k); i++)
      {
        const RcImportRow *row = rc_workforce_import_get_row (plan, k, i);

        if (row->warning != NULL)
          g_ptr_array_add (rows, (gpointer) row);
      }
  g_ptr_array_sort (rows, compare_lines);

  for (guint i = 0; i < rows->len; i++)
    {
      const RcImportRow *row = g_ptr_array_index (rows, i);

      if (i < RC_CLI_MAX_REASONS)
        /* Translators: the file, its line, an area, a year and what is unlikely */
        g_printerr (_("%s:%u: warning: %s %d: %s\n"), shown, row->line, row->area_name, (int) row->year,
                    row->warning);
      else
        more++;
    }
  print_more_warnings (shown, more);
}

/* --import-workforce: the whole file or, when a line is broken, nothing. */
int
rc_cli_import_workforce (const char *csv_path,
                         const char *database_path)
{
  g_autofree char *shown = g_filename_display_name (csv_path);
  g_autofree char *contents = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *cleared = NULL;
  g_autoptr(RcWorkforceImport) plan = NULL;
  g_autoptr(RcStore) store = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;
  guint n_kept;

  if (!g_file_get_contents (csv_path, &contents, &length, &error))
    return rc_cli_fail (error);

  store = rc_cli_open_existing_store (database_path, FALSE);
  if (store == NULL)
    return RC_CLI_EXIT_REFUSED;

  plan = rc_workforce_import_parse (store, contents, length, &error);
  if (plan == NULL)
    return fail_reading (error, shown);

  if (rc_workforce_import_is_refused (plan))
    {
      guint n = rc_workforce_import_get_n_rows (plan, RC_IMPORT_ROW_MALFORMED);

      for (guint i = 0; i < n && i <= RC_CLI_MAX_REASONS; i++)
        {
          const RcImportRow *row = rc_workforce_import_get_row (plan, RC_IMPORT_ROW_MALFORMED, i);

          print_reason (shown, i, n, row->line, row->message);
        }
      return RC_CLI_EXIT_REFUSED;
    }

  rc_workforce_import_set_file_name (plan, csv_path);
  if (!rc_workforce_import_apply (store, plan, &error))
    return rc_cli_fail (error);

  /* Stored figures the file cleared come first, whoever reads only the
   * top of the output; then what blank cells kept. */
  cleared = rc_workforce_import_describe_cleared (plan, 20);
  if (cleared != NULL)
    g_print ("%s\n", cleared);
  if ((n_kept = rc_workforce_import_get_n_kept_blank (plan)) > 0)
    g_print (g_dngettext (GETTEXT_PACKAGE,
                          "Kept %u stored figure whose cell in the file is blank.\n",
                          "Kept %u stored figures whose cells in the file are blank.\n",
                          n_kept),
             n_kept);

  print_workforce_warnings (shown, plan);
  summary = rc_workforce_import_describe (plan);
  g_print ("%s\n", summary);

  return RC_CLI_EXIT_DONE;
}

/* What is allowed but unlikely, one line each on stderr ("FILE:LINE:
 * warning: …"), the first RC_CLI_MAX_REASONS of them. What a window
 * would ask to confirm is a warning here: the file is the confirmation. */
static void
print_trainee_warnings (const char      *shown,
                        RcTraineeImport *plan)
{
  guint n = rc_trainee_import_get_n_rows (plan, RC_TRAINEE_ROW_ADD);
  guint listed = 0;
  guint more = 0;

  for (guint i = 0; i < n; i++)
    {
      const RcTraineeRow *row = rc_trainee_import_get_row (plan, RC_TRAINEE_ROW_ADD, i);

      if (row->warning == NULL)
        continue;
      if (listed++ < RC_CLI_MAX_REASONS)
        /* Translators: the file, its line, a trainee's reference and what is unlikely */
        g_printerr (_("%s:%u: warning: %s: %s\n"), shown, row->line, row->reference, row->warning);
      else
        more++;
    }
  print_more_warnings (shown, more);
}

/* --import-trainees COHORT_ID FILE.csv: the columns as their names say;
 * every trainee of the file or, when a line is broken, none. */
int
rc_cli_import_trainees (GVariantDict *options,
                        const char   *cohort_text,
                        const char   *database_path)
{
  g_autofree char *shown = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *file = NULL;
  g_autoptr(GPtrArray) header = NULL;
  g_autoptr(RcTraineeMapping) mapping = NULL;
  g_autoptr(RcTraineeImport) plan = NULL;
  g_autoptr(RcCohort) cohort = NULL;
  g_autoptr(RcStore) store = NULL;
  g_autoptr(GError) error = NULL;
  gint64 cohort_id = 0;
  gsize length;
  int problems = 0;
  int status;

  if (!rc_cli_parse_id (cohort_text, RC_CLI_ID_COHORT, &cohort_id))
    problems++;
  file = rc_cli_take_file_argument (options, "--import-trainees COHORT_ID FILE.csv", &problems);
  if (problems > 0)
    return RC_CLI_EXIT_USAGE;

  shown = g_filename_display_name (file);
  if (!g_file_get_contents (file, &contents, &length, &error))
    return rc_cli_fail (error);

  store = rc_cli_open_existing_store (database_path, FALSE);
  if (store == NULL)
    return RC_CLI_EXIT_REFUSED;

  cohort = rc_cli_get_cohort (store, cohort_id, cohort_text, &status);
  if (cohort == NULL)
    return status;

  header = rc_trainee_import_read_header (contents, length, &error);
  if (header == NULL)
    return fail_reading (error, shown);
  mapping = rc_trainee_mapping_guess (header);
  if (mapping->column[RC_TRAINEE_FIELD_REFERENCE] < 0)
    {
      g_printerr (_("return-coordinator: %s: no column is named “Reference” or “ID”, "
                    "so the trainees cannot be told apart\n"), shown);
      return RC_CLI_EXIT_REFUSED;
    }

  plan = rc_trainee_import_parse (store, cohort->id, contents, length, mapping, &error);
  if (plan == NULL)
    return fail_reading (error, shown);

  if (rc_trainee_import_is_refused (plan))
    {
      guint n = rc_trainee_import_get_n_rows (plan, RC_TRAINEE_ROW_MALFORMED);
      g_autofree char *unused = rc_trainee_import_list_unused (plan);

      for (guint i = 0; i < n && i <= RC_CLI_MAX_REASONS; i++)
        {
          const RcTraineeRow *row = rc_trainee_import_get_row (plan, RC_TRAINEE_ROW_MALFORMED, i);

          print_reason (shown, i, n, row->line, row->message);
        }
      /* A column left out may be why: say which. */
      if (unused != NULL)
        /* Translators: the file, and the names of its columns that were not read */
        g_printerr (_("%s: not used: %s\n"), shown, unused);
      return RC_CLI_EXIT_REFUSED;
    }

  if (!rc_trainee_import_apply (store, plan, &error))
    return rc_cli_fail (error);

  print_trainee_warnings (shown, plan);

  summary = rc_trainee_import_describe (plan);
  g_print ("%s\n", summary);

  return RC_CLI_EXIT_DONE;
}
