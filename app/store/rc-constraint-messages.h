/* rc-constraint-messages.h: the words a user reads when the database
 * refuses a value, keyed by the constraint's name
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The translated message of the constraint named @key in the schema
 * (app/store/sql/0005-constraint-keys.sql), or NULL for a name that is
 * not a key. Every backend reports a refused value by this one table. */
const char *rc_constraint_message      (const char *key);

/* Every key, in the table's order; free with g_free() (the strings are
 * static). */
const char **rc_constraint_list_keys   (guint      *n_keys);

G_END_DECLS
