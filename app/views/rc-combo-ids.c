/* rc-combo-ids.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-views"

#include "config.h"

#include "model/rc-consortium.h"
#include "model/rc-programme.h"
#include "rc-combo-ids.h"

#define IDS_KEY "rc-combo-ids"

struct _RcComboIds
{
  GtkStringList *labels;
  GArray        *ids;
};

RcComboIds *
rc_combo_ids_new (void)
{
  RcComboIds *ids = g_new0 (RcComboIds, 1);

  ids->labels = gtk_string_list_new (NULL);
  ids->ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  return ids;
}

void
rc_combo_ids_free (RcComboIds *ids)
{
  if (ids == NULL)
    return;

  g_clear_object (&ids->labels);
  g_clear_pointer (&ids->ids, g_array_unref);
  g_free (ids);
}

static guint
find (GArray *ids,
      gint64  id)
{
  for (guint i = 0; ids != NULL && i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return i;

  return GTK_INVALID_LIST_POSITION;
}

void
rc_combo_ids_add (RcComboIds *ids,
                  gint64      id,
                  const char *label)
{
  g_return_if_fail (ids != NULL);

  if (find (ids->ids, id) != GTK_INVALID_LIST_POSITION)
    return;

  gtk_string_list_append (ids->labels, label);
  g_array_append_val (ids->ids, id);
}

void
rc_combo_ids_add_all (RcComboIds *ids,
                      GListModel *items)
{
  g_return_if_fail (ids != NULL);

  for (guint i = 0; items != NULL && i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (items, i);

      if (RC_IS_PROGRAMME (item))
        rc_combo_ids_add (ids, RC_PROGRAMME (item)->id, RC_PROGRAMME (item)->name);
      else if (RC_IS_CONSORTIUM (item))
        rc_combo_ids_add (ids, RC_CONSORTIUM (item)->id, RC_CONSORTIUM (item)->name);
      else
        g_return_if_reached ();
    }
}

void
rc_combo_ids_apply (RcComboIds  *ids,
                    AdwComboRow *row,
                    gint64       chosen)
{
  guint position;

  g_return_if_fail (ids != NULL);
  g_return_if_fail (ADW_IS_COMBO_ROW (row));

  position = find (ids->ids, chosen);
  g_object_set_data_full (G_OBJECT (row), IDS_KEY, g_array_ref (ids->ids), (GDestroyNotify) g_array_unref);
  adw_combo_row_set_model (row, G_LIST_MODEL (ids->labels));
  if (position == GTK_INVALID_LIST_POSITION && ids->ids->len > 0)
    position = 0;
  adw_combo_row_set_selected (row, position);
  rc_combo_ids_free (ids);
}

gint64
rc_combo_ids_get_chosen (AdwComboRow *row,
                         gint64       none)
{
  GArray *ids;
  guint position;

  g_return_val_if_fail (ADW_IS_COMBO_ROW (row), none);

  ids = g_object_get_data (G_OBJECT (row), IDS_KEY);
  position = adw_combo_row_get_selected (row);

  return ids != NULL && position < ids->len ? g_array_index (ids, gint64, position) : none;
}

gboolean
rc_combo_ids_choose (AdwComboRow *row,
                     gint64       id)
{
  guint position;

  g_return_val_if_fail (ADW_IS_COMBO_ROW (row), FALSE);

  position = find (g_object_get_data (G_OBJECT (row), IDS_KEY), id);
  if (position == GTK_INVALID_LIST_POSITION)
    return FALSE;

  adw_combo_row_set_selected (row, position);

  return TRUE;
}
