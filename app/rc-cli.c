/* rc-cli.c: the command-line options that work without a window
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

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

  return -1;
}
