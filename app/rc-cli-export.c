/* rc-cli-export.c: the command-line exports: a chart, a bid workbook, the
 * monitoring workbook and the board report, each written whole or not at
 * all, from a database that is only read
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "charts/rc-chart-export.h"
#include "export/rc-bid-workbook.h"
#include "export/rc-board-report.h"
#include "export/rc-monitoring-workbook.h"
#include "export/rc-trend-chart.h"
#include "rc-cli.h"
#include "rc-cli-private.h"

static gboolean
parse_size (const char *text,
            int        *width,
            int        *height)
{
  g_auto(GStrv) parts = g_strsplit_set (text, "xX", -1);
  guint64 w, h;

  if (g_strv_length (parts) != 2
      || !g_ascii_string_to_unsigned (parts[0], 10, 16, 20000, &w, NULL)
      || !g_ascii_string_to_unsigned (parts[1], 10, 16, 20000, &h, NULL))
    return FALSE;
  *width = w;
  *height = h;

  return TRUE;
}

/* The step every export takes once its arguments are read: none was
 * wrong (@problems, each said already), else the usage exit; then the
 * database, opened to be read only, else the refusal. NULL, with @status
 * set to the exit, when the export stops here. */
static RcStore *
open_to_export (int         problems,
                const char *database_path,
                int        *status)
{
  RcStore *store;

  *status = RC_CLI_EXIT_USAGE;
  if (problems > 0)
    return NULL;

  store = rc_cli_open_existing_store (database_path, TRUE);
  *status = store != NULL ? RC_CLI_EXIT_DONE : RC_CLI_EXIT_REFUSED;

  return store;
}

/* --export-chart MEASURE FILE --council CODE…: every problem is named
 * before anything is written, and a refused chart writes no file. */
int
rc_cli_export_chart (GVariantDict *options,
                     const char   *measure_key,
                     const char   *database_path)
{
  g_autofree const char **codes = NULL;
  g_autofree char *file = NULL;
  g_autofree char *size = NULL;
  g_autoptr(GArray) council_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(RcStore) store = NULL;
  g_autoptr(GError) error = NULL;
  int width = 1200, height = 800;
  RcChartFileType type;
  RcMeasure measure;
  int problems = 0;
  int status;

  g_variant_dict_lookup (options, "council", "^a&s", &codes);
  g_variant_dict_lookup (options, "size", "s", &size);

  /* Everything up to the database is how the command was written. */
  if (!rc_measure_from_key (measure_key, &measure))
    {
      g_autofree char *keys = rc_measure_list_keys ();

      g_printerr (_("return-coordinator: unknown measure “%s”: use one of %s\n"), measure_key, keys);
      problems++;
    }
  file = rc_cli_take_file_argument (options, "--export-chart MEASURE FILE.png", &problems);
  if (file != NULL && !rc_chart_file_type_for_path (file, &type, &error))
    {
      problems += rc_cli_fail (error);
      g_clear_error (&error);
    }
  if (size != NULL && !parse_size (size, &width, &height))
    {
      g_printerr (_("return-coordinator: --size “%s” is not WIDTHxHEIGHT, such as 1200x800\n"), size);
      problems++;
    }
  if (codes == NULL || codes[0] == NULL)
    {
      g_printerr (_("return-coordinator: name at least one council with --council CODE\n"));
      problems++;
    }

  store = open_to_export (problems, database_path, &status);
  if (store == NULL)
    return status;

  for (guint i = 0; codes[i] != NULL; i++)
    {
      g_autoptr(RcCouncil) council = rc_store_find_council_by_code (store, codes[i], &error);

      if (council == NULL)
        {
          if (error != NULL)
            return rc_cli_fail (error);
          g_printerr (_("return-coordinator: no council has the code “%s”\n"), codes[i]);
          problems++;
          continue;
        }
      g_array_append_val (council_ids, council->id);
    }
  if (problems > 0)
    return RC_CLI_EXIT_REFUSED;

  if (!rc_trend_chart_export (store, measure, council_ids, file, width, height, &error))
    return rc_cli_fail (error);

  return RC_CLI_EXIT_DONE;
}

/* What --export-bid and --export-report write: @id's file. */
typedef gboolean (*WriteFunc) (RcStore     *store,
                               gint64       id,
                               const char  *file,
                               GError     **error);

/* "--OPTION ID FILE": @id_text, the id of a @kind, and the FILE after
 * it, which @check_file (may be NULL) may refuse, saying why; then @write
 * writes it from the database, which is only read. The file appears
 * whole, or not at all. */
static int
export_by_id (GVariantDict *options,
              const char   *id_text,
              RcCliId       kind,
              const char   *usage,
              gboolean    (*check_file) (const char *file),
              WriteFunc     write,
              const char   *database_path)
{
  g_autofree char *file = NULL;
  g_autoptr(RcStore) store = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = 0;
  int problems = 0;
  int status;

  if (!rc_cli_parse_id (id_text, kind, &id))
    problems++;
  file = rc_cli_take_file_argument (options, usage, &problems);
  if (file != NULL && check_file != NULL && !check_file (file))
    problems++;
  store = open_to_export (problems, database_path, &status);
  if (store == NULL)
    return status;

  if (!write (store, id, file, &error))
    return rc_cli_fail (error);

  return RC_CLI_EXIT_DONE;
}

static gboolean
write_bid_workbook (RcStore     *store,
                    gint64       bid_id,
                    const char  *file,
                    GError     **error)
{
  return rc_bid_workbook_write (store, bid_id, file, NULL, NULL, NULL, error);
}

/* --export-bid BID_ID FILE.xlsx */
int
rc_cli_export_bid (GVariantDict *options,
                   const char   *bid_text,
                   const char   *database_path)
{
  return export_by_id (options, bid_text, RC_CLI_ID_BID, "--export-bid BID_ID FILE.xlsx", NULL,
                       write_bid_workbook, database_path);
}

static gboolean
is_pdf (const char *file)
{
  g_autofree char *shown = NULL;

  if (g_str_has_suffix (file, ".pdf") || g_str_has_suffix (file, ".PDF"))
    return TRUE;

  shown = g_filename_display_name (file);
  g_printerr (_("return-coordinator: “%s” does not end in .pdf: the board report is a PDF\n"), shown);

  return FALSE;
}

/* --export-report CONSORTIUM_ID FILE.pdf */
int
rc_cli_export_report (GVariantDict *options,
                      const char   *consortium_text,
                      const char   *database_path)
{
  return export_by_id (options, consortium_text, RC_CLI_ID_CONSORTIUM, "--export-report CONSORTIUM_ID FILE.pdf",
                       is_pdf, rc_board_report_write, database_path);
}

/* --export-monitoring FILE.xlsx [--cohort COHORT_ID]: the workbook
 * appears whole, or not at all, and the database is only read. */
int
rc_cli_export_monitoring (GVariantDict *options,
                          const char   *file,
                          const char   *database_path)
{
  g_autofree char *cohort_text = NULL;
  g_autoptr(RcStore) store = NULL;
  g_autoptr(GError) error = NULL;
  gint64 cohort_id = 0;
  int problems = 0;
  int status;

  if (g_variant_dict_lookup (options, "cohort", "s", &cohort_text)
      && !rc_cli_parse_id (cohort_text, RC_CLI_ID_COHORT, &cohort_id))
    problems++;

  store = open_to_export (problems, database_path, &status);
  if (store == NULL)
    return status;

  if (!rc_monitoring_workbook_write (store, cohort_id, file, NULL, NULL, NULL, &error))
    {
      if (g_error_matches (error, RC_STORE_ERROR, RC_STORE_ERROR_NOT_FOUND))
        {
          g_printerr (_("return-coordinator: there is no cohort %s in the database\n"), cohort_text);
          return RC_CLI_EXIT_REFUSED;
        }
      return rc_cli_fail (error);
    }

  return RC_CLI_EXIT_DONE;
}
