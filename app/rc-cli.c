/* rc-cli.c: the command-line options that work without a window (the
 * imports are in rc-cli-import.c, the exports in rc-cli-export.c)
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "rc-cli.h"
#include "rc-cli-private.h"
#include "rc-preferences.h"
#include "sample/rc-demo.h"
#include "sample/rc-national.h"
#include "store/rc-store-server.h"

static const GOptionEntry entries[] = {
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the version and exit"), NULL },
  { "database", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Use FILE as the database (the window creates it if missing; commands never do)"), N_("FILE") },
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
    N_("With --export-chart: a council by its ONS code (repeatable); with --add-user: "
       "the council whose staff the login is"), N_("CODE") },
  { "size", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --export-chart: the size of the chart (default 1200x800)"), N_("WxH") },
  { "export-bid", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Write the workbook of bid BID_ID for its funder to FILE.xlsx and exit"), N_("BID_ID FILE.xlsx") },
  { "import-trainees", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Import the trainees of FILE.csv into cohort COHORT_ID, its columns matched by their names "
       "(Reference, First name, Surname or Full name, Email, Host council, Applied on…) and separated "
       "by commas, semicolons or tabs; nothing is imported when a line is broken"), N_("COHORT_ID FILE.csv") },
  { "export-monitoring", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the monitoring workbook (one row per trainee by reference, never a name, and live counts "
       "per cohort and host council) of every cohort, or of the one --cohort names, to FILE.xlsx and exit"),
    N_("FILE.xlsx") },
  { "cohort", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --export-monitoring: only the cohort COHORT_ID"), N_("COHORT_ID") },
  { "export-report", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Write the board report of consortium CONSORTIUM_ID, an A4 PDF with counts and no names, to "
       "FILE.pdf and exit"), N_("CONSORTIUM_ID FILE.pdf") },
  { "add-user", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Add the login NAME, with no password, to the shared database that --database "
       "postgresql://… names, for the council --council CODE or as a coordinator (--coordinator), "
       "and exit"), N_("NAME") },
  { "coordinator", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("With --add-user: a coordinator, who sees and changes everything"), NULL },
  { "copy-database", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Copy every row of the database SOURCE (a file or postgresql://…) into TARGET, a new file or "
       "an empty shared database, all or nothing; check and report the rows and bid totals, and exit"),
    N_("SOURCE TARGET") },
  { "export-cohort", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Write the trainees of the cohort COHORT_ID to FILE.csv, as the window’s export does, and exit"),
    N_("COHORT_ID FILE.csv") },
  { "with-names", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("With --export-cohort: add the names and contact details the login may see"), NULL },
  /* The FILE of --export-chart, --export-bid, --export-report and --import-trainees;
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
int
rc_cli_fail (const GError *error)
{
  g_printerr ("return-coordinator: %s\n", error->message);

  return RC_CLI_EXIT_REFUSED;
}

const char *
rc_cli_get_exit_status_help (void)
{
  return _("Exit status:\n"
           "  0  done\n"
           "  1  refused: a file or value that cannot be used, or a database that failed;\n"
           "     nothing was changed\n"
           "  2  wrong usage: an unknown option, or an argument missing or extra");
}

char *
rc_cli_get_default_database_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "return-coordinator", "consortium.db", NULL);
}

/* The one FILE after a command's own argument; says what is wrong with
 * the rest of the line, counting each problem in @problems. */
char *
rc_cli_take_file_argument (GVariantDict *options,
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

gboolean
rc_cli_parse_id (const char *text,
                 RcCliId     kind,
                 gint64     *id)
{
  guint64 value = 0;

  if (g_ascii_string_to_unsigned (text, 10, 1, G_MAXINT64, &value, NULL))
    {
      *id = (gint64) value;
      return TRUE;
    }

  switch (kind)
    {
    case RC_CLI_ID_BID:
      g_printerr (_("return-coordinator: “%s” is not a bid id: give the bid’s number, such as 2\n"), text);
      break;
    case RC_CLI_ID_COHORT:
      g_printerr (_("return-coordinator: “%s” is not a cohort id: give the cohort’s number, such as 1\n"), text);
      break;
    case RC_CLI_ID_CONSORTIUM:
    default:
      g_printerr (_("return-coordinator: “%s” is not a consortium id: give the consortium’s number, such as 1\n"),
                  text);
      break;
    }

  return FALSE;
}

/* Only the window, --create-demo and --generate-national make a new
 * database: a command that reads or adds to one refuses a missing, empty
 * or non-regular file and creates nothing. A command that adds checks the
 * whole file for damage first and refuses a damaged one; an export reads a
 * damaged one, with a warning, so that the figures can still be had. */
RcStore *
rc_cli_open_existing_store (const char *database_path,
                            gboolean    only_reads)
{
  g_autofree char *default_path = NULL;
  g_autoptr(GError) error = NULL;
  RcStore *store;

  if (database_path == NULL)
    database_path = default_path = rc_cli_get_default_database_path ();

  /* A shared database: the server keeps it whole, and says who may read. */
  if (rc_store_is_server_uri (database_path))
    {
      store = rc_store_open_server (database_path, &error);
      if (store == NULL)
        rc_cli_fail (error);
      else
        rc_store_set_updating_hours_per_day (store, rc_preferences_get_updating_hours_per_day ());
      return store;
    }

  store = rc_store_open_with_flags (database_path,
                                    RC_STORE_OPEN_NO_CREATE
                                    | (only_reads ? RC_STORE_OPEN_ALLOW_DAMAGED : 0),
                                    &error);
  if (store == NULL)
    {
      rc_cli_fail (error);
      return NULL;
    }

  /* Days of updating are counted as the preferences say. */
  rc_store_set_updating_hours_per_day (store, rc_preferences_get_updating_hours_per_day ());

  if (rc_store_get_damaged (store))
    {
      g_autofree char *shown = g_filename_display_name (database_path);
      g_autofree char *backup = rc_store_find_newest_backup (database_path);
      g_autofree char *backup_shown = backup != NULL ? g_filename_display_name (backup) : NULL;

      if (backup_shown != NULL)
        g_printerr (_("return-coordinator: warning: “%s” is damaged; this was read from it as it is, "
                      "and nothing was changed in it. The newest backup is “%s”.\n"), shown, backup_shown);
      else
        g_printerr (_("return-coordinator: warning: “%s” is damaged; this was read from it as it is, "
                      "and nothing was changed in it. There is no backup of it.\n"), shown);
    }

  return store;
}

RcCohort *
rc_cli_get_cohort (RcStore    *store,
                   gint64      cohort_id,
                   const char *cohort_text,
                   int        *status)
{
  g_autoptr(GError) error = NULL;
  RcCohort *cohort = rc_store_get_cohort (store, cohort_id, &error);

  if (cohort != NULL)
    return cohort;

  if (!g_error_matches (error, RC_STORE_ERROR, RC_STORE_ERROR_NOT_FOUND))
    *status = rc_cli_fail (error);
  else
    {
      g_printerr (_("return-coordinator: there is no cohort %s in the database\n"), cohort_text);
      *status = RC_CLI_EXIT_REFUSED;
    }

  return NULL;
}

/* The commands whose option takes a word (a measure or an id) and that
 * name their FILE after it. */
static const struct
{
  const char *option;
  int       (*run) (GVariantDict *options,
                    const char   *argument,
                    const char   *database_path);
} word_commands[] = {
  { "export-chart", rc_cli_export_chart },
  { "export-bid", rc_cli_export_bid },
  { "export-report", rc_cli_export_report },
  { "import-trainees", rc_cli_import_trainees },
  { "copy-database", rc_cli_copy_database },
  { "export-cohort", rc_cli_export_cohort },
};

static gboolean
takes_word (const char *option)
{
  for (guint i = 0; i < G_N_ELEMENTS (word_commands); i++)
    if (g_strcmp0 (option, word_commands[i].option) == 0)
      return TRUE;

  return FALSE;
}

/* The commands that work without a window; one at a time. */
static const char * const commands[] = {
  "create-demo", "generate-national", "import-workforce", "export-chart", "export-bid", "import-trainees",
  "export-monitoring",
  "export-report",
  "add-user",
  "copy-database",
  "export-cohort",
};

/* Says what is wrong with how the command line is written, if anything. */
static gboolean
check_usage (GVariantDict *options)
{
  g_auto(GStrv) file_args = NULL;
  const char *first = NULL;
  gboolean takes_file = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      if (!g_variant_dict_contains (options, commands[i]))
        continue;
      if (first != NULL)
        {
          g_printerr (_("return-coordinator: --%s and --%s cannot be given together: run one, "
                        "then the other\n"), first, commands[i]);
          return FALSE;
        }
      first = commands[i];
      takes_file = takes_word (first);
    }

  if (g_variant_dict_contains (options, "council") && g_strcmp0 (first, "export-chart") != 0
      && g_strcmp0 (first, "add-user") != 0)
    {
      g_printerr (_("return-coordinator: --council goes with --export-chart or --add-user\n"));
      return FALSE;
    }
  if (g_variant_dict_contains (options, "coordinator") && g_strcmp0 (first, "add-user") != 0)
    {
      g_printerr (_("return-coordinator: --coordinator goes with --add-user\n"));
      return FALSE;
    }
  if (g_variant_dict_contains (options, "size") && g_strcmp0 (first, "export-chart") != 0)
    {
      g_printerr (_("return-coordinator: --council and --size go with --export-chart\n"));
      return FALSE;
    }
  if (g_variant_dict_contains (options, "with-names") && g_strcmp0 (first, "export-cohort") != 0)
    {
      g_printerr (_("return-coordinator: --with-names goes with --export-cohort\n"));
      return FALSE;
    }
  if (g_variant_dict_contains (options, "cohort") && g_strcmp0 (first, "export-monitoring") != 0)
    {
      g_printerr (_("return-coordinator: --cohort goes with --export-monitoring\n"));
      return FALSE;
    }

  /* The application opens no files, so a stray argument is a mistake;
   * the commands that take one check theirs. */
  if (!takes_file && g_variant_dict_lookup (options, G_OPTION_REMAINING, "^aay", &file_args)
      && file_args[0] != NULL)
    {
      g_printerr (_("return-coordinator: unexpected argument “%s”\n"), file_args[0]);
      return FALSE;
    }

  return TRUE;
}

int
rc_cli_run (GVariantDict *options,
            const char   *database_path)
{
  g_return_val_if_fail (options != NULL, RC_CLI_EXIT_USAGE);

  g_autofree char *file = NULL;
  g_autoptr(GError) error = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
      return RC_CLI_EXIT_DONE;
    }

  if (!check_usage (options))
    return RC_CLI_EXIT_USAGE;

  if (g_variant_dict_lookup (options, "create-demo", "^ay", &file))
    {
      /* The demo in a new shared database, to try the server with. */
      if (rc_store_is_server_uri (file))
        {
          g_autoptr(RcStore) store = rc_store_open_server (file, &error);

          return store != NULL && rc_demo_populate (store, &error) ? RC_CLI_EXIT_DONE : rc_cli_fail (error);
        }
      return rc_demo_write (file, &error) ? RC_CLI_EXIT_DONE : rc_cli_fail (error);
    }

  if (g_variant_dict_lookup (options, "generate-national", "^ay", &file))
    return rc_national_write (file, &error) ? RC_CLI_EXIT_DONE : rc_cli_fail (error);

  if (g_variant_dict_contains (options, "import-workforce"))
    {
      g_autofree char *csv_path = NULL;

      g_variant_dict_lookup (options, "import-workforce", "^ay", &csv_path);
      return rc_cli_import_workforce (csv_path, database_path);
    }

  for (guint i = 0; i < G_N_ELEMENTS (word_commands); i++)
    {
      g_autofree char *argument = NULL;

      if (g_variant_dict_lookup (options, word_commands[i].option, "s", &argument))
        return word_commands[i].run (options, argument, database_path);
    }

  if (g_variant_dict_lookup (options, "export-monitoring", "^ay", &file))
    return rc_cli_export_monitoring (options, file, database_path);

  {
    g_autofree char *name = NULL;

    if (g_variant_dict_lookup (options, "add-user", "s", &name))
      return rc_cli_add_user (options, name);
  }

  return -1;
}
