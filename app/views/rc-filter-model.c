/* rc-filter-model.c: the items of a list that pass a test, kept in an array
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GtkFilterListModel finds its n-th item through a bitset, and over the
 * 100,000 trainees of a national database a keystroke in the search took
 * it 30–60 ms before any row was drawn (docs/benchmarks.md). This model
 * keeps the positions of the items shown in an array: a search tests each
 * item once and tells the view only what changed.
 */

#define G_LOG_DOMAIN "rc-views"

#include "config.h"

#include "rc-filter-model.h"

struct _RcFilterModel
{
  GObject            parent_instance;

  GListModel        *model;
  RcFilterModelFunc  func;
  gpointer           user_data;
  GPtrArray         *items;   /* every item of the model, in its order */
  GArray            *shown;   /* guint positions in items, ascending */
};

static void rc_filter_model_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (RcFilterModel, rc_filter_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, rc_filter_model_list_model_init))

static GType
rc_filter_model_get_item_type (GListModel *list)
{
  return g_list_model_get_item_type (RC_FILTER_MODEL (list)->model);
}

static guint
rc_filter_model_get_n_items (GListModel *list)
{
  return RC_FILTER_MODEL (list)->shown->len;
}

static gpointer
rc_filter_model_get_item (GListModel *list,
                          guint       position)
{
  RcFilterModel *self = RC_FILTER_MODEL (list);

  if (position >= self->shown->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->items, g_array_index (self->shown, guint, position)));
}

static void
rc_filter_model_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = rc_filter_model_get_item_type;
  iface->get_n_items = rc_filter_model_get_n_items;
  iface->get_item = rc_filter_model_get_item;
}

static gboolean
passes (RcFilterModel *self,
        guint          i)
{
  return self->func (g_ptr_array_index (self->items, i), self->user_data);
}

static GArray *
test_items (RcFilterModel   *self,
            GtkFilterChange  change)
{
  GArray *shown = g_array_sized_new (FALSE, FALSE, sizeof (guint),
                                     change == GTK_FILTER_CHANGE_MORE_STRICT ? self->shown->len
                                                                             : self->items->len);
  guint next = 0;

  if (change == GTK_FILTER_CHANGE_MORE_STRICT)
    {
      for (guint k = 0; k < self->shown->len; k++)
        {
          guint i = g_array_index (self->shown, guint, k);

          if (passes (self, i))
            g_array_append_val (shown, i);
        }
      return shown;
    }

  for (guint i = 0; i < self->items->len; i++)
    {
      gboolean was_shown = next < self->shown->len && g_array_index (self->shown, guint, next) == i;

      next += was_shown;
      if ((was_shown && change == GTK_FILTER_CHANGE_LESS_STRICT) || passes (self, i))
        g_array_append_val (shown, i);
    }

  return shown;
}

void
rc_filter_model_refilter (RcFilterModel   *self,
                          GtkFilterChange  change)
{
  g_autoptr(GArray) old = NULL;
  guint n_old, n_new, prefix = 0, suffix = 0;

  g_return_if_fail (RC_IS_FILTER_MODEL (self));

  /* test_items() reads what was shown before. */
  old = self->shown;
  self->shown = test_items (self, change);

  /* Only the run between what is the same at both ends has changed. */
  n_old = old->len;
  n_new = self->shown->len;
  while (prefix < n_old && prefix < n_new
         && g_array_index (old, guint, prefix) == g_array_index (self->shown, guint, prefix))
    prefix++;
  while (suffix < n_old - prefix && suffix < n_new - prefix
         && g_array_index (old, guint, n_old - 1 - suffix)
            == g_array_index (self->shown, guint, n_new - 1 - suffix))
    suffix++;

  if (n_old - prefix - suffix > 0 || n_new - prefix - suffix > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), prefix, n_old - prefix - suffix, n_new - prefix - suffix);
}

/* The model changed under us: its positions mean other items now. */
static void
on_model_items_changed (RcFilterModel *self)
{
  g_autoptr(GArray) old = self->shown;
  guint n_old = old->len;
  guint n = g_list_model_get_n_items (self->model);

  g_ptr_array_set_size (self->items, 0);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (self->items, g_list_model_get_item (self->model, i));
  g_array_set_size (old, 0);
  self->shown = test_items (self, GTK_FILTER_CHANGE_DIFFERENT);

  if (n_old > 0 || self->shown->len > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, n_old, self->shown->len);
}

static void
rc_filter_model_dispose (GObject *object)
{
  RcFilterModel *self = RC_FILTER_MODEL (object);

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, on_model_items_changed, self);
  g_clear_object (&self->model);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->shown, g_array_unref);

  G_OBJECT_CLASS (rc_filter_model_parent_class)->dispose (object);
}

static void
rc_filter_model_class_init (RcFilterModelClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = rc_filter_model_dispose;
}

static void
rc_filter_model_init (RcFilterModel *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
  self->shown = g_array_new (FALSE, FALSE, sizeof (guint));
}

/**
 * rc_filter_model_new:
 * @model: (transfer none): the items to choose from
 * @func: the test; it must not change @model
 * @user_data: for @func, which must outlive the model
 *
 * Returns: (transfer full): the items of @model for which @func returns
 *   %TRUE, in @model's order
 */
RcFilterModel *
rc_filter_model_new (GListModel        *model,
                     RcFilterModelFunc  func,
                     gpointer           user_data)
{
  RcFilterModel *self;

  g_return_val_if_fail (G_IS_LIST_MODEL (model), NULL);
  g_return_val_if_fail (func != NULL, NULL);

  self = g_object_new (RC_TYPE_FILTER_MODEL, NULL);
  self->model = g_object_ref (model);
  self->func = func;
  self->user_data = user_data;
  g_signal_connect_swapped (model, "items-changed", G_CALLBACK (on_model_items_changed), self);
  on_model_items_changed (self);

  return self;
}

GListModel *
rc_filter_model_get_model (RcFilterModel *self)
{
  g_return_val_if_fail (RC_IS_FILTER_MODEL (self), NULL);

  return self->model;
}

guint
rc_filter_model_find (RcFilterModel *self,
                      gpointer       item)
{
  g_return_val_if_fail (RC_IS_FILTER_MODEL (self), GTK_INVALID_LIST_POSITION);

  for (guint k = 0; item != NULL && k < self->shown->len; k++)
    if (g_ptr_array_index (self->items, g_array_index (self->shown, guint, k)) == item)
      return k;

  return GTK_INVALID_LIST_POSITION;
}
