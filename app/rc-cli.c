/* rc-cli.c: the command-line options that work without a window
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "charts/rc-chart-export.h"
#include "export/rc-bid-workbook.h"
#include "export/rc-trainee-import.h"
#include "export/rc-trend-chart.h"
#include "export/rc-workforce-import.h"
#include "rc-cli.h"
#include "sample/rc-demo.h"
#include "sample/rc-national.h"

static const GOptionEntry entries[] = {
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the version and exit"), NULL },
  { "database", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Use FILE as the database (created if missing)"), N_("FILE") },
  { "demo", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Open the window on a fresh copy of the demo database"), NULL },
  { "create-demo", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the demo database to FILE and exit"), N_("FILE") },
  { "generate-national", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the national benchmark database to FILE and exit"), N_("FILE") },
  { "import-workforce", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Import the DfE’s children’s social work workforce CSV into the database"), N_("FILE.csv") },
  { "export-chart", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Write a trend chart of MEASURE (vacancy, agency, turnover or caseload) for the councils "
       "named by --council to FILE.png, .svg or .pdf and exit"), N_("MEASURE FILE") },
  { "council", 0, 0, G_OPTION_ARG_STRING_ARRAY, NULL,
    N_("With --export-chart: a council by its ONS code (repeatable)"), N_("CODE") },
  { "size", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --export-chart: the size of the chart (default 1200x800)"), N_("WxH") },
  { "export-bid", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Write the workbook of bid BID_ID for its funder to FILE.xlsx and exit"), N_("BID_ID FILE.xlsx") },
  { "import-trainees", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Import the trainees of FILE.csv into cohort COHORT_ID, its columns matched by their names "
       "(Reference, First name, Surname, Email, Host council, Applied on…); nothing is imported "
       "when a line is broken"), N_("COHORT_ID FILE.csv") },
  /* The FILE of --export-chart, --export-bid and --import-trainees;
   * anything else here is refused. */
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL, NULL, NULL },
  { NULL }
};

const GOptionEntry *
rc_cli_get_option_entries (void)
{
  return entries;
}

/* One line per problem on stderr, and a failing exit status. */
static int
fail (const GError *error)
{
  g_printerr ("return-coordinator: %s\n", error->message);

  return 1;
}

char *
rc_cli_get_default_database_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "return-coordinator", "consortium.db", NULL);
}

/* The one FILE after a command's own argument; says what is wrong with
 * the rest of the line, counting each problem in @problems. */
static char *
take_file_argument (GVariantDict *options,
                    const char   *usage,
                    int          *problems)
{
  g_auto(GStrv) files = NULL;

  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^aay", &files);
  if (files == NULL || files[0] == NULL)
    {
      g_printerr (_("return-coordinator: a file is missing: %s\n"), usage);
      (*problems)++;
      return NULL;
    }
  for (guint i = 1; files[i] != NULL; i++)
    {
      g_printerr (_("return-coordinator: unexpected argument “%s”\n"), files[i]);
      (*problems)++;
    }

  return g_strdup (files[0]);
}

/* Opening creates a missing database; a command that only reads or adds
 * to one must not make an empty one by mistake. */
static RcStore *
open_existing_store (const char  *database_path)
{
  g_autofree char *default_path = NULL;
  g_autoptr(GError) error = NULL;
  RcStore *store;

  if (database_path == NULL)
    database_path = default_path = rc_cli_get_default_database_path ();

  if (!g_file_test (database_path, G_FILE_TEST_IS_REGULAR))
    {
      g_autofree char *shown = g_filename_display_name (database_path);

      g_printerr (_("return-coordinator: there is no database at %s\n"), shown);
      return NULL;
    }

  store = rc_store_open (database_path, &error);
  if (store == NULL)
    fail (error);

  return store;
}

/* --import-workforce: the whole file or, when a line is broken, nothing. */
static int
import_workforce (const char *csv_path,
                  const char *database_path)
{
  g_autofree char *shown = g_filename_display_name (csv_path);
  g_autofree char *default_path = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *cleared = NULL;
  g_autoptr(RcWorkforceImport) plan = NULL;
  g_autoptr(RcStore) store = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;
  guint n_kept;

  if (!g_file_get_contents (csv_path, &contents, &length, &error))
    return fail (error);

  if (database_path == NULL)
    database_path = default_path = rc_cli_get_default_database_path ();
  store = rc_store_open (database_path, &error);
  if (store == NULL)
    return fail (error);

  plan = rc_workforce_import_parse (store, contents, length, &error);
  if (plan == NULL)
    {
      g_prefix_error (&error, "%s: ", shown);
      return fail (error);
    }

  if (rc_workforce_import_is_refused (plan))
    {
      for (guint i = 0; i < rc_workforce_import_get_n_rows (plan, RC_IMPORT_ROW_MALFORMED); i++)
        {
          const RcImportRow *row = rc_workforce_import_get_row (plan, RC_IMPORT_ROW_MALFORMED, i);

          g_printerr ("%s:%u: %s\n", shown, row->line, row->message);
        }
      return 1;
    }

  rc_workforce_import_set_file_name (plan, csv_path);
  if (!rc_workforce_import_apply (store, plan, &error))
    return fail (error);

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
  summary = rc_workforce_import_describe (plan);
  g_print ("%s\n", summary);

  return 0;
}

/* "1200x800" */
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

/* --export-chart MEASURE FILE --council CODE…: every problem is named
 * before anything is written, and a refused chart writes no file. */
static int
export_chart (GVariantDict *options,
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

  g_variant_dict_lookup (options, "council", "^a&s", &codes);
  g_variant_dict_lookup (options, "size", "s", &size);

  if (!rc_measure_from_key (measure_key, &measure))
    {
      g_autofree char *keys = rc_measure_list_keys ();

      g_printerr (_("return-coordinator: unknown measure “%s”: use one of %s\n"), measure_key, keys);
      problems++;
    }
  file = take_file_argument (options, "--export-chart MEASURE FILE.png", &problems);
  if (file != NULL && !rc_chart_file_type_for_path (file, &type, &error))
    {
      problems += fail (error);
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
  if (problems > 0)
    return 1;

  store = open_existing_store (database_path);
  if (store == NULL)
    return 1;

  for (guint i = 0; codes[i] != NULL; i++)
    {
      g_autoptr(RcCouncil) council = rc_store_find_council_by_code (store, codes[i], &error);

      if (council == NULL)
        {
          if (error != NULL)
            return fail (error);
          g_printerr (_("return-coordinator: no council has the code “%s”\n"), codes[i]);
          problems++;
          continue;
        }
      g_array_append_val (council_ids, council->id);
    }
  if (problems > 0)
    return 1;

  if (!rc_trend_chart_export (store, measure, council_ids, file, width, height, &error))
    return fail (error);

  return 0;
}

/* --export-bid BID_ID FILE.xlsx: the workbook appears whole, or not at
 * all, and the database is only read. */
static int
export_bid (GVariantDict *options,
            const char   *bid_text,
            const char   *database_path)
{
  g_autofree char *file = NULL;
  g_autoptr(RcStore) store = NULL;
  g_autoptr(GError) error = NULL;
  guint64 bid_id = 0;
  int problems = 0;

  if (!g_ascii_string_to_unsigned (bid_text, 10, 1, G_MAXINT64, &bid_id, NULL))
    {
      g_printerr (_("return-coordinator: “%s” is not a bid id: give the bid’s number, such as 2\n"),
                  bid_text);
      problems++;
    }
  file = take_file_argument (options, "--export-bid BID_ID FILE.xlsx", &problems);
  if (problems > 0)
    return 1;

  store = open_existing_store (database_path);
  if (store == NULL)
    return 1;

  if (!rc_bid_workbook_write (store, (gint64) bid_id, file, NULL, NULL, NULL, NULL, &error))
    return fail (error);

  return 0;
}

/* --import-trainees COHORT_ID FILE.csv: the columns as their names say;
 * every trainee of the file or, when a line is broken, none. */
static int
import_trainees (GVariantDict *options,
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
  guint64 cohort_id = 0;
  gsize length;
  int problems = 0;

  if (!g_ascii_string_to_unsigned (cohort_text, 10, 1, G_MAXINT64, &cohort_id, NULL))
    {
      g_printerr (_("return-coordinator: “%s” is not a cohort id: give the cohort’s number, such as 1\n"),
                  cohort_text);
      problems++;
    }
  file = take_file_argument (options, "--import-trainees COHORT_ID FILE.csv", &problems);
  if (problems > 0)
    return 1;

  shown = g_filename_display_name (file);
  if (!g_file_get_contents (file, &contents, &length, &error))
    return fail (error);

  store = open_existing_store (database_path);
  if (store == NULL)
    return 1;

  cohort = rc_store_get_cohort (store, (gint64) cohort_id, &error);
  if (cohort == NULL)
    {
      if (!g_error_matches (error, RC_STORE_ERROR, RC_STORE_ERROR_NOT_FOUND))
        return fail (error);
      g_printerr (_("return-coordinator: there is no cohort %s in the database\n"), cohort_text);
      return 1;
    }

  header = rc_trainee_import_read_header (contents, length, &error);
  if (header == NULL)
    {
      g_prefix_error (&error, "%s: ", shown);
      return fail (error);
    }
  mapping = rc_trainee_mapping_guess (header);
  if (mapping->column[RC_TRAINEE_FIELD_REFERENCE] < 0)
    {
      g_printerr (_("return-coordinator: %s: no column is named “Reference” or “ID”, "
                    "so the trainees cannot be told apart\n"), shown);
      return 1;
    }

  plan = rc_trainee_import_parse (store, cohort->id, contents, length, mapping, &error);
  if (plan == NULL)
    {
      g_prefix_error (&error, "%s: ", shown);
      return fail (error);
    }

  if (rc_trainee_import_is_refused (plan))
    {
      for (guint i = 0; i < rc_trainee_import_get_n_rows (plan, RC_TRAINEE_ROW_MALFORMED); i++)
        {
          const RcTraineeRow *row = rc_trainee_import_get_row (plan, RC_TRAINEE_ROW_MALFORMED, i);

          g_printerr ("%s:%u: %s\n", shown, row->line, row->message);
        }
      return 1;
    }

  if (!rc_trainee_import_apply (store, plan, &error))
    return fail (error);

  summary = rc_trainee_import_describe (plan);
  g_print ("%s\n", summary);

  return 0;
}

int
rc_cli_run (GVariantDict *options,
            const char   *database_path)
{
  g_return_val_if_fail (options != NULL, 1);

  g_autofree char *file = NULL;
  g_auto(GStrv) file_args = NULL;
  g_autoptr(GError) error = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
      return 0;
    }

  if (g_variant_dict_lookup (options, "create-demo", "^ay", &file))
    return rc_demo_write (file, &error) ? 0 : fail (error);

  if (g_variant_dict_lookup (options, "generate-national", "^ay", &file))
    return rc_national_write (file, &error) ? 0 : fail (error);

  if (g_variant_dict_contains (options, "import-workforce"))
    {
      g_autofree char *csv_path = NULL;

      g_variant_dict_lookup (options, "import-workforce", "^ay", &csv_path);
      return import_workforce (csv_path, database_path);
    }

  if (g_variant_dict_contains (options, "export-chart"))
    {
      g_autofree char *measure = NULL;

      g_variant_dict_lookup (options, "export-chart", "s", &measure);
      return export_chart (options, measure, database_path);
    }

  if (g_variant_dict_contains (options, "export-bid"))
    {
      g_autofree char *bid = NULL;

      g_variant_dict_lookup (options, "export-bid", "s", &bid);
      return export_bid (options, bid, database_path);
    }

  if (g_variant_dict_contains (options, "import-trainees"))
    {
      g_autofree char *cohort = NULL;

      g_variant_dict_lookup (options, "import-trainees", "s", &cohort);
      return import_trainees (options, cohort, database_path);
    }

  if (g_variant_dict_contains (options, "council") || g_variant_dict_contains (options, "size"))
    {
      g_printerr (_("return-coordinator: --council and --size go with --export-chart\n"));
      return 1;
    }

  /* The application opens no files, so a stray argument is a mistake. */
  if (g_variant_dict_lookup (options, G_OPTION_REMAINING, "^aay", &file_args) && file_args[0] != NULL)
    {
      g_printerr (_("return-coordinator: unexpected argument “%s”\n"), file_args[0]);
      return 1;
    }

  return -1;
}
