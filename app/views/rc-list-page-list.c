/* rc-list-page-list.c: a list page's list, its selection and its leaflet
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-views"

#include "config.h"

#include "rc-list-activation.h"
#include "rc-list-page-private.h"

void
rc_list_page_set_leaflet (RcListPage *self,
                          AdwLeaflet *leaflet,
                          GtkWidget  *back_button)
{
  RcListPagePrivate *priv = rc_list_page_get_private (self);

  priv->leaflet = leaflet;
  priv->back_button = back_button;
  if (back_button != NULL)
    g_object_bind_property (leaflet, "folded", back_button, "visible", G_BINDING_SYNC_CREATE);
}

static gboolean
may_show_detail (RcListPage *self)
{
  RcListPageClass *klass = RC_LIST_PAGE_GET_CLASS (self);

  return klass->may_show_detail == NULL || klass->may_show_detail (self);
}

static void
on_activate (RcListPage *self,
             guint       position)
{
  RcListPagePrivate *priv = rc_list_page_get_private (self);

  gtk_single_selection_set_selected (priv->selection, position);
  if (priv->leaflet != NULL && may_show_detail (self))
    adw_leaflet_set_visible_child_name (priv->leaflet, "detail");
}

/* A click on a row of the folded list shows what it chose. */
static void
on_row_clicked (GObject *owner)
{
  RcListPage *self = RC_LIST_PAGE (owner);
  RcListPagePrivate *priv = rc_list_page_get_private (self);

  if (priv->leaflet != NULL && adw_leaflet_get_folded (priv->leaflet)
      && gtk_single_selection_get_selected_item (priv->selection) != NULL
      && may_show_detail (self))
    adw_leaflet_set_visible_child_name (priv->leaflet, "detail");
}

void
rc_list_page_set_shown (RcListPage *self,
                        GListModel *shown)
{
  RcListPagePrivate *priv = rc_list_page_get_private (self);

  g_set_object (&priv->shown, shown);
}

GListModel *
rc_list_page_get_shown (RcListPage *self)
{
  g_return_val_if_fail (RC_IS_LIST_PAGE (self), NULL);

  return rc_list_page_get_private (self)->shown;
}

/* The list's rows exist only while the page is shown: four pages of
 * a national database built 200 rows each and kept them, most of the
 * memory the window took (docs/benchmarks.md). Out of sight, the list
 * gives its rows up a few at a time (the chosen one and those before it
 * stay, for the selection); shown again, it builds them a few a frame,
 * and the chosen item is scrolled to. */
static void
show_list (RcListPage *self)
{
  RcListPagePrivate *priv = rc_list_page_get_private (self);
  guint position;

  if (priv->view == NULL || priv->selection == NULL)
    return;
  position = gtk_single_selection_get_selected (priv->selection);
  rc_reveal_model_restart (priv->reveal, position);
  if (position != GTK_INVALID_LIST_POSITION)
    gtk_widget_activate_action (GTK_WIDGET (priv->view), "list.scroll-to-item", "u", position);
}

static void
hide_list (RcListPage *self)
{
  RcListPagePrivate *priv = rc_list_page_get_private (self);

  if (priv->selection != NULL)
    rc_reveal_model_conceal (priv->reveal, gtk_single_selection_get_selected (priv->selection));
}

GtkSingleSelection *
rc_list_page_set_list (RcListPage  *self,
                       GtkListView *view,
                       GListModel  *shown)
{
  RcListPagePrivate *priv = rc_list_page_get_private (self);

  rc_list_page_set_shown (self, shown);
  priv->reveal = rc_reveal_model_new (shown, GTK_WIDGET (self));
  g_signal_connect_object (priv->reveal, "notify::complete", G_CALLBACK (rc_list_page_busy_changed), self,
                           G_CONNECT_SWAPPED);
  priv->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (priv->reveal)));
  gtk_single_selection_set_autoselect (priv->selection, FALSE);
  gtk_list_view_set_model (view, GTK_SELECTION_MODEL (priv->selection));
  priv->view = view;
  g_signal_connect (self, "map", G_CALLBACK (show_list), NULL);
  g_signal_connect (self, "unmap", G_CALLBACK (hide_list), NULL);
  g_signal_connect_swapped (view, "activate", G_CALLBACK (on_activate), self);
  rc_list_view_choose_on_click (view, G_OBJECT (self), on_row_clicked);

  return g_object_ref (priv->selection);
}

void
rc_list_page_set_loading_stack (RcListPage *self,
                                GtkStack   *stack)
{
  RcListPagePrivate *priv = rc_list_page_get_private (self);

  priv->loading_stack = stack;
}

gint64
rc_list_page_get_selected_id (RcListPage *self)
{
  RcListPagePrivate *priv;
  gpointer item;

  g_return_val_if_fail (RC_IS_LIST_PAGE (self), 0);

  priv = rc_list_page_get_private (self);
  if (priv->selection == NULL || (item = gtk_single_selection_get_selected_item (priv->selection)) == NULL)
    return 0;

  return RC_LIST_PAGE_GET_CLASS (self)->get_item_id (item);
}

gboolean
rc_list_page_select_id (RcListPage *self,
                        gint64      id)
{
  RcListPagePrivate *priv;
  GListModel *shown;

  g_return_val_if_fail (RC_IS_LIST_PAGE (self), FALSE);

  priv = rc_list_page_get_private (self);
  if (priv->selection == NULL)
    return FALSE;

  /* The whole list, not only the rows shown so far. */
  shown = rc_reveal_model_get_model (priv->reveal);
  for (guint i = 0; id != 0 && i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (shown, i);

      if (RC_LIST_PAGE_GET_CLASS (self)->get_item_id (item) == id)
        {
          rc_reveal_model_reveal (priv->reveal, i);
          gtk_single_selection_set_selected (priv->selection, i);
          return TRUE;
        }
    }

  /* Asked for before the list has arrived (a page just opened): chosen
   * when it does, rather than lost to the first row. */
  if (id != 0 && (priv->reload_source != 0 || (priv->loader != NULL && rc_loader_get_busy (priv->loader))))
    {
      priv->select_after_load = id;
      return TRUE;
    }

  return FALSE;
}

void
rc_list_page_select_id_when_loaded (RcListPage *self,
                                    gint64      id)
{
  RcListPagePrivate *priv;

  g_return_if_fail (RC_IS_LIST_PAGE (self));

  priv = rc_list_page_get_private (self);
  priv->select_after_load = 0;
  if (!rc_list_page_select_id (self, id))
    {
      priv->select_after_load = id;
      rc_list_page_reload (self);
    }
}

void
rc_list_page_update_items (GListStore *store,
                           GPtrArray  *items,
                           GEqualFunc  same)
{
  GListModel *model = G_LIST_MODEL (store);
  guint n_old = g_list_model_get_n_items (model);
  guint n_new = items->len;
  guint prefix = 0, suffix = 0;

  while (prefix < n_old && prefix < n_new)
    {
      g_autoptr(GObject) old = g_list_model_get_item (model, prefix);

      if (!same (old, g_ptr_array_index (items, prefix)))
        break;
      prefix++;
    }
  while (suffix < n_old - prefix && suffix < n_new - prefix)
    {
      g_autoptr(GObject) old = g_list_model_get_item (model, n_old - 1 - suffix);

      if (!same (old, g_ptr_array_index (items, n_new - 1 - suffix)))
        break;
      suffix++;
    }

  if (n_old - prefix - suffix > 0 || n_new - prefix - suffix > 0)
    g_list_store_splice (store, prefix, n_old - prefix - suffix,
                         items->pdata + prefix, n_new - prefix - suffix);
}
