/* rc-slot-model.c: a list's positions, whose rows change what they show
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A GtkListView or GtkColumnView of GTK 4.8 destroys the row widgets of
 * every item that a change removes, and builds new ones for the items it
 * adds. When a search changes which trainees are shown, that is every row
 * on screen: 60 to 100 ms over a national database, most of a keystroke
 * (docs/benchmarks.md). This model gives the view one RcListSlot for each
 * position instead. When the items change, the slots on screen are told
 * their new item (RcListSlot:item), and the view hears only that the list
 * grew or shrank at its end, so it keeps its rows and relabels them.
 */

#define G_LOG_DOMAIN "rc-views"

#include "config.h"

#include "rc-slot-model.h"

struct _RcSlotModel
{
  GObject      parent_instance;

  GListModel  *model;
  guint        n_items;
  /* RcListSlot (weak) -> its position, for each slot handed out */
  GHashTable  *live;
};

static void rc_slot_model_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (RcSlotModel, rc_slot_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, rc_slot_model_list_model_init))

static void
on_slot_finalized (gpointer  data,
                   GObject  *where_it_was)
{
  RcSlotModel *self = data;

  g_hash_table_remove (self->live, where_it_was);
}

static GType
rc_slot_model_get_item_type (GListModel *list)
{
  return RC_TYPE_LIST_SLOT;
}

static guint
rc_slot_model_get_n_items (GListModel *list)
{
  return RC_SLOT_MODEL (list)->n_items;
}

static gpointer
rc_slot_model_get_item (GListModel *list,
                        guint       position)
{
  RcSlotModel *self = RC_SLOT_MODEL (list);
  g_autoptr(GObject) item = NULL;
  RcListSlot *slot;

  if (position >= self->n_items)
    return NULL;

  item = g_list_model_get_item (self->model, position);
  slot = rc_list_slot_new (item);
  g_object_weak_ref (G_OBJECT (slot), on_slot_finalized, self);
  g_hash_table_insert (self->live, slot, GUINT_TO_POINTER (position));

  return slot;
}

static void
rc_slot_model_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = rc_slot_model_get_item_type;
  iface->get_n_items = rc_slot_model_get_n_items;
  iface->get_item = rc_slot_model_get_item;
}

static void
forget_slot (RcSlotModel *self,
             RcListSlot  *slot)
{
  g_object_weak_unref (G_OBJECT (slot), on_slot_finalized, self);
}

static void
on_model_items_changed (RcSlotModel *self,
                        guint        position,
                        guint        removed,
                        guint        added)
{
  g_autoptr(GPtrArray) changed = g_ptr_array_new_with_free_func (g_object_unref);
  guint n_old = self->n_items;
  guint n_new = g_list_model_get_n_items (self->model);
  GHashTableIter iter;
  gpointer slot, value;

  /* The slots past the new end go with the rows the view removes. Those
   * from @position on show other items now; telling them comes after this
   * loop, as a row may ask for a slot while it relabels. */
  g_hash_table_iter_init (&iter, self->live);
  while (g_hash_table_iter_next (&iter, &slot, &value))
    {
      guint at = GPOINTER_TO_UINT (value);

      if (at >= n_new)
        {
          forget_slot (self, slot);
          g_hash_table_iter_remove (&iter);
        }
      else if (at >= position)
        g_ptr_array_add (changed, g_object_ref (slot));
    }

  self->n_items = n_new;
  for (guint i = 0; i < changed->len; i++)
    {
      RcListSlot *s = g_ptr_array_index (changed, i);
      g_autoptr(GObject) item = NULL;
      gpointer at;

      /* A slot dropped by a row relabelled before it is no one's now. */
      if (!g_hash_table_lookup_extended (self->live, s, NULL, &at))
        continue;
      item = g_list_model_get_item (self->model, GPOINTER_TO_UINT (at));
      rc_list_slot_set_item (s, item);
    }

  if (n_new < n_old)
    g_list_model_items_changed (G_LIST_MODEL (self), n_new, n_old - n_new, 0);
  else if (n_new > n_old)
    g_list_model_items_changed (G_LIST_MODEL (self), n_old, 0, n_new - n_old);
}

static void
rc_slot_model_dispose (GObject *object)
{
  RcSlotModel *self = RC_SLOT_MODEL (object);

  if (self->live != NULL)
    {
      GHashTableIter iter;
      gpointer slot;

      g_hash_table_iter_init (&iter, self->live);
      while (g_hash_table_iter_next (&iter, &slot, NULL))
        forget_slot (self, slot);
      g_clear_pointer (&self->live, g_hash_table_unref);
    }
  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, on_model_items_changed, self);
  g_clear_object (&self->model);

  G_OBJECT_CLASS (rc_slot_model_parent_class)->dispose (object);
}

static void
rc_slot_model_class_init (RcSlotModelClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = rc_slot_model_dispose;
}

static void
rc_slot_model_init (RcSlotModel *self)
{
  self->live = g_hash_table_new (NULL, NULL);
}

/**
 * rc_slot_model_new:
 * @model: (transfer none): the items to show
 *
 * Returns: (transfer full): a model of RcListSlot, one for each position
 *   of @model
 */
RcSlotModel *
rc_slot_model_new (GListModel *model)
{
  RcSlotModel *self;

  g_return_val_if_fail (G_IS_LIST_MODEL (model), NULL);

  self = g_object_new (RC_TYPE_SLOT_MODEL, NULL);
  self->model = g_object_ref (model);
  self->n_items = g_list_model_get_n_items (model);
  g_signal_connect_swapped (model, "items-changed", G_CALLBACK (on_model_items_changed), self);

  return self;
}

GListModel *
rc_slot_model_get_model (RcSlotModel *self)
{
  g_return_val_if_fail (RC_IS_SLOT_MODEL (self), NULL);

  return self->model;
}
