/* rc-cli-users.c: --add-user, the logins of a shared database
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   return-coordinator --database postgresql://… --add-user NAME --council CODE
 *   return-coordinator --database postgresql://… --add-user NAME --coordinator
 *
 * Run as the database's owner with CREATEROLE (docs/shared-database.md):
 * the first time, it makes the schema too. The new login has no password,
 * and none is ever taken on the command line: its holder, or the
 * administrator, sets one with psql's \password.
 */

#define G_LOG_DOMAIN "return-coordinator"

#include "config.h"

#include <glib/gi18n.h>

#include "rc-cli.h"
#include "rc-cli-private.h"
#include "store/rc-store-server.h"

int
rc_cli_add_user (GVariantDict *options,
                 const char   *name)
{
  g_autofree char *database = NULL;
  g_autofree const char **councils = NULL;
  g_autoptr(GError) error = NULL;
  gboolean coordinator = g_variant_dict_contains (options, "coordinator");
  const char *council = NULL;

  g_variant_dict_lookup (options, "database", "^ay", &database);
  g_variant_dict_lookup (options, "council", "^a&s", &councils);
  if (!rc_store_is_server_uri (database))
    {
      g_printerr (_("return-coordinator: --add-user needs --database postgresql://…, a shared database\n"));
      return RC_CLI_EXIT_USAGE;
    }
  if (councils != NULL && councils[0] != NULL)
    council = councils[0];
  if (coordinator == (council != NULL) || (councils != NULL && councils[0] != NULL && councils[1] != NULL))
    {
      g_printerr (_("return-coordinator: --add-user NAME takes one --council CODE (a partner "
                    "council’s login) or --coordinator\n"));
      return RC_CLI_EXIT_USAGE;
    }

  if (!rc_store_server_add_login (database, name, council, &error))
    return rc_cli_fail (error);

  if (council != NULL)
    /* Translators: a login, and the ONS code of its council */
    g_print (_("Added %s, a login of council %s; it has no password yet: set one with "
               "psql’s \\password %s\n"), name, council, name);
  else
    g_print (_("Added %s, a coordinator’s login; it has no password yet: set one with "
               "psql’s \\password %s\n"), name, name);

  return RC_CLI_EXIT_DONE;
}
