/* rc-pg-passwords.h: passwords typed for shared databases, in memory only
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A password never goes into a URI: the URI is a store's path, which
 * the window shows, remembers and hands to its workers. The "Connect to a
 * Shared Database…" dialog gives the password it was typed or read from
 * the keyring here, and every connection RcPgBackend makes to that URI
 * (the workers' too) passes it to libpq. Without one, libpq reads
 * ~/.pgpass as before.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Remembers @password for @uri for the life of the process; NULL forgets. */
void   rc_pg_password_set    (const char *uri,
                              const char *password);
/* The password for @uri, or NULL. Any thread. */
char  *rc_pg_password_lookup (const char *uri);

G_END_DECLS
