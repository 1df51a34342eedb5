/* rc-cli-cohort.c: --export-cohort, a cohort's trainees as a CSV file
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   return-coordinator --export-cohort COHORT_ID FILE.csv [--with-names]
 *
 * The file the window's "Export Trainees…" writes (rc-cohort-export.c):
 * without --with-names no name or contact detail; with it, the names the
 * login may see. On a shared database a partner council's login sees the
 * names only of the trainees its council hosts: the others come out with
 * their reference, host and stages and empty name cells, and the command
 * says how many were named and why the others were not.
 */

#define G_LOG_DOMAIN "return-coordinator"

#include "config.h"

#include <glib/gi18n.h>

#include "export/rc-cohort-export.h"
#include "export/rc-output-file.h"
#include "rc-cli.h"
#include "rc-cli-private.h"
#include "store/rc-store-cohorts.h"
#include "store/rc-store-trainees.h"

int
rc_cli_export_cohort (GVariantDict *options,
                      const char   *cohort_text,
                      const char   *database_path)
{
  g_autofree char *file = NULL;
  g_autoptr(RcStore) store = NULL;
  g_autoptr(RcCohort) cohort = NULL;
  g_autoptr(GListModel) trainees = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  const char *data;
  gsize length;
  gboolean with_names = g_variant_dict_contains (options, "with-names");
  gint64 cohort_id = 0;
  int problems = 0;
  int status;
  guint n_named = 0;
  guint n;

  if (!rc_cli_parse_id (cohort_text, RC_CLI_ID_COHORT, &cohort_id))
    problems++;
  file = rc_cli_take_file_argument (options, "--export-cohort COHORT_ID FILE.csv [--with-names]", &problems);
  if (problems > 0)
    return RC_CLI_EXIT_USAGE;

  store = rc_cli_open_existing_store (database_path, TRUE);
  if (store == NULL)
    return RC_CLI_EXIT_REFUSED;

  cohort = rc_cli_get_cohort (store, cohort_id, cohort_text, &status);
  if (cohort == NULL)
    return status;
  trainees = rc_store_list_trainees (store, cohort_id, &error);
  if (trainees == NULL)
    return rc_cli_fail (error);
  n = g_list_model_get_n_items (trainees);

  /* As rc_cohort_export_csv() writes it, counting the names it wrote. */
  bytes = rc_cohort_export_build (store, cohort_id, with_names, &n_named, &error);
  if (bytes == NULL)
    return rc_cli_fail (error);
  data = g_bytes_get_data (bytes, &length);
  if (!rc_output_file_set_contents (file, data, length, RC_OUTPUT_FILE_PRIVATE, &error))
    return rc_cli_fail (error);

  if (with_names)
    {
      if (n_named < n)
        /* Translators: how many trainees a named list names, of how many */
        g_print (g_dngettext (GETTEXT_PACKAGE,
                              "Named %u of %u trainee; the others have no name to show: erased, or "
                              "hosted by a council whose trainees’ names this login may not see\n",
                              "Named %u of %u trainees; the others have no name to show: erased, or "
                              "hosted by a council whose trainees’ names this login may not see\n", n),
                 n_named, n);
    }

  return RC_CLI_EXIT_DONE;
}
