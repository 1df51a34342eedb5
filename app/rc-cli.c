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

static const GOptionEntry entries[] = {
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the version and exit"), NULL },
  { "database", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Use FILE as the database (created if missing)"), N_("FILE") },
  { NULL }
};

const GOptionEntry *
rc_cli_get_option_entries (void)
{
  return entries;
}

int
rc_cli_run (GVariantDict *options,
            const char   *database_path)
{
  g_return_val_if_fail (options != NULL, 1);

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
      return 0;
    }

  return -1;
}
