/* rc-key-label.h: the stable keys and the labels of an enumeration
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* One value of an enumeration, at its index in a table: the key stored in
 * the database, which never changes, and the label shown, marked with
 * N_() or NC_() and translated when read. */
typedef struct
{
  const char *key;
  const char *label;
} RcKeyLabel;

const char *rc_key_label_get_key   (const RcKeyLabel *table,
                                    guint             n_values,
                                    guint             value);
/* The translated label; @context is that of its NC_(), or NULL for N_(). */
const char *rc_key_label_get_label (const RcKeyLabel *table,
                                    guint             n_values,
                                    guint             value,
                                    const char       *context);
/* The value whose key is @key, or -1 when @key is NULL or none's. */
int         rc_key_label_find      (const RcKeyLabel *table,
                                    guint             n_values,
                                    const char       *key);

G_END_DECLS
