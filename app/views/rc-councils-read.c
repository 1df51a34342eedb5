/* rc-councils-read.c: what the Councils and Trends pages both read
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-views"

#include "config.h"

#include "rc-councils-read.h"

gboolean
rc_councils_read (RcCouncilsRead  *read,
                  RcStore         *reader,
                  GError         **error)
{
  g_return_val_if_fail (read != NULL, FALSE);
  g_return_val_if_fail (RC_IS_STORE (reader), FALSE);

  read->members = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  if ((read->councils = rc_store_list_councils (reader, error)) == NULL
      || (read->latest = rc_store_list_latest_returns (reader, error)) == NULL
      || (read->consortia = rc_store_list_consortia (reader, error)) == NULL)
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (read->consortia); i++)
    {
      g_autoptr(RcConsortium) consortium = g_list_model_get_item (read->consortia, i);
      GListModel *members = rc_store_list_members (reader, consortium->id, error);

      if (members == NULL)
        return FALSE;
      g_hash_table_insert (read->members, g_memdup2 (&consortium->id, sizeof (gint64)), members);
    }

  return TRUE;
}

void
rc_councils_read_clear (RcCouncilsRead *read)
{
  g_clear_object (&read->councils);
  g_clear_object (&read->latest);
  g_clear_object (&read->consortia);
  g_clear_pointer (&read->members, g_hash_table_unref);
}
