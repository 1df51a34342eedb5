/* rc-cli.h
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

const GOptionEntry *rc_cli_get_option_entries (void);
/* ~/.local/share/return-coordinator/consortium.db, or its equivalent. */
char               *rc_cli_get_default_database_path (void);
int                 rc_cli_run                (GVariantDict *options,
                                               const char   *database_path);

G_END_DECLS
