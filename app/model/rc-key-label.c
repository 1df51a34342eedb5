/* rc-key-label.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-model"

#include "config.h"

#include <glib/gi18n.h>

#include "rc-key-label.h"

const char *
rc_key_label_get_key (const RcKeyLabel *table,
                      guint             n_values,
                      guint             value)
{
  g_return_val_if_fail (value < n_values, NULL);

  return table[value].key;
}

const char *
rc_key_label_get_label (const RcKeyLabel *table,
                        guint             n_values,
                        guint             value,
                        const char       *context)
{
  g_return_val_if_fail (value < n_values, NULL);

  if (context != NULL)
    return g_dpgettext2 (NULL, context, table[value].label);

  return _(table[value].label);
}

int
rc_key_label_find (const RcKeyLabel *table,
                   guint             n_values,
                   const char       *key)
{
  for (guint i = 0; key != NULL && i < n_values; i++)
    if (g_str_equal (key, table[i].key))
      return i;

  return -1;
}
