/* rc-cli.h
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* How a headless command ends, as README.md and --help say. */
#define RC_CLI_EXIT_DONE    0  /* done */
#define RC_CLI_EXIT_REFUSED 1  /* refused input, or a database or file that failed */
#define RC_CLI_EXIT_USAGE   2  /* wrong usage: an unknown option, an argument missing or extra */

/* The most reasons a refused import prints before "… and N more". */
#define RC_CLI_MAX_REASONS  20

const GOptionEntry *rc_cli_get_option_entries (void);
/* ~/.local/share/return-coordinator/consortium.db, or its equivalent. */
char               *rc_cli_get_default_database_path (void);
/* Runs the headless command @options ask for and returns its exit status,
 * or -1 when there is none and the window should open. */
int                 rc_cli_run                (GVariantDict *options,
                                               const char   *database_path);
/* The exit statuses in a few lines, for --help. */
const char         *rc_cli_get_exit_status_help (void);

G_END_DECLS
