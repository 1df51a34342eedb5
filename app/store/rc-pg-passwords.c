/* rc-pg-passwords.c: passwords typed for shared databases, in memory only
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-store"

#include "config.h"

#include <string.h>

#include "rc-pg-passwords.h"

static GMutex lock;
static GHashTable *passwords;  /* URI → password */

static void
free_password (gpointer data)
{
  char *password = data;

  /* Not left in freed memory. */
  if (password != NULL)
    memset (password, 0, strlen (password));
  g_free (password);
}

void
rc_pg_password_set (const char *uri,
                    const char *password)
{
  g_return_if_fail (uri != NULL);

  g_mutex_lock (&lock);
  if (passwords == NULL)
    passwords = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, free_password);
  if (password != NULL)
    g_hash_table_replace (passwords, g_strdup (uri), g_strdup (password));
  else
    g_hash_table_remove (passwords, uri);
  g_mutex_unlock (&lock);
}

char *
rc_pg_password_lookup (const char *uri)
{
  char *password = NULL;

  g_return_val_if_fail (uri != NULL, NULL);

  g_mutex_lock (&lock);
  if (passwords != NULL)
    password = g_strdup (g_hash_table_lookup (passwords, uri));
  g_mutex_unlock (&lock);

  return password;
}
