/* rc-cli.c: the command-line options that work without a window
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

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

/* --import-workforce: the whole file or, when a line is broken, nothing. */
static int
import_workforce (const char *csv_path,
                  const char *database_path)
{
  g_autofree char *shown = g_filename_display_name (csv_path);
  g_autofree char *default_path = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *summary = NULL;
  g_autoptr(RcWorkforceImport) plan = NULL;
  g_autoptr(RcStore) store = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  if (!g_file_get_contents (csv_path, &contents, &length, &error))
    return fail (error);

  if (database_path == NULL)
    database_path = default_path = g_build_filename (g_get_user_data_dir (), "return-coordinator",
                                                     "consortium.db", NULL);
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

  summary = rc_workforce_import_describe (plan);
  g_print ("%s\n", summary);

  return 0;
}

int
rc_cli_run (GVariantDict *options,
            const char   *database_path)
{
  g_return_val_if_fail (options != NULL, 1);

  g_autofree char *file = NULL;
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

  return -1;
}
