/* rc-list-page.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each page used to read its store in the main thread, once for every
 * table a change touched: opening the Cohorts page of the national
 * database stalled the window for a second, and one change made by
 * another program reloaded the Councils page four times. Here the pages'
 * common part reads in a worker (rc-loader.c), once for a burst of
 * changes, and keeps what the pages did alike: the store, the search, the
 * back button and the selection (rc-list-page-list.c), and the actions
 * that write (rc-write-actions.c).
 */

#define G_LOG_DOMAIN "rc-views"

#include "config.h"

#include "rc-list-page-private.h"
#include "rc-loader.h"
#include "rc-reveal-model.h"
#include "rc-write-actions.h"


G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (RcListPage, rc_list_page, ADW_TYPE_BIN)

enum { PROP_0, PROP_STORE, PROP_LOADING, PROP_WRITABLE, N_PROPS };
static GParamSpec *properties [N_PROPS];

enum { LOADED, N_SIGNALS };
static guint signals [N_SIGNALS];

/* Write actions ------------------------------------------------------------ */

static void
update_writable (RcListPage *self)
{
  RcListPagePrivate *priv = rc_list_page_get_instance_private (self);
  gboolean writable = priv->store != NULL && rc_store_get_writable (priv->store);

  if (priv->writable == writable)
    return;

  priv->writable = writable;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_WRITABLE]);
}

/* Loading ------------------------------------------------------------------ */

gboolean
rc_list_page_get_loading (RcListPage *self)
{
  RcListPagePrivate *priv;

  g_return_val_if_fail (RC_IS_LIST_PAGE (self), FALSE);

  priv = rc_list_page_get_instance_private (self);
  if (priv->reload_source != 0 || (priv->loader != NULL && rc_loader_get_busy (priv->loader)))
    return TRUE;
  /* A long list is still being shown, a few rows a frame. */
  if (priv->reveal != NULL && !rc_reveal_model_get_complete (priv->reveal))
    return TRUE;
  for (guint i = 0; priv->watched != NULL && i < priv->watched->len; i++)
    if (rc_loader_get_busy (g_ptr_array_index (priv->watched, i)))
      return TRUE;

  return FALSE;
}

static void
finish (RcListPage *self,
        gpointer    result)
{
  RcListPagePrivate *priv = rc_list_page_get_instance_private (self);
  gint64 kept = rc_list_page_get_selected_id (self);

  RC_LIST_PAGE_GET_CLASS (self)->finish_load (self, result);
  /* The list was replaced: the same item stays chosen, unless the page
   * chose another, or one just saved waited for it. */
  if (result != NULL && priv->select_after_load != 0)
    {
      gint64 wanted = priv->select_after_load;

      priv->select_after_load = 0;
      rc_list_page_select_id (self, wanted);
    }
  else if (kept != 0 && rc_list_page_get_selected_id (self) == 0)
    rc_list_page_select_id (self, kept);
  priv->opened = priv->store != NULL;
}

static void
on_loaded (gpointer      owner,
           gpointer      result,
           const GError *error)
{
  RcListPage *self = owner;

  finish (self, result);
  g_signal_emit (self, signals [LOADED], 0);
}

static void
start_load (RcListPage *self)
{
  RcListPagePrivate *priv = rc_list_page_get_instance_private (self);
  RcListPageClass *klass = RC_LIST_PAGE_GET_CLASS (self);
  gpointer request = NULL;

  if (priv->store == NULL)
    return;

  if (klass->begin_load != NULL)
    request = klass->begin_load (self);
  rc_loader_start (priv->loader, priv->store, klass->load, request, klass->free_request,
                   klass->free_result, on_loaded);
}

static gboolean
reload_now (gpointer data)
{
  RcListPage *self = data;
  RcListPagePrivate *priv = rc_list_page_get_instance_private (self);

  priv->reload_source = 0;
  start_load (self);
  /* Busy until the answer, which notifies. */
  if (!rc_list_page_get_loading (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_LOADING]);

  return G_SOURCE_REMOVE;
}

void
rc_list_page_reload (RcListPage *self)
{
  RcListPagePrivate *priv;

  g_return_if_fail (RC_IS_LIST_PAGE (self));

  priv = rc_list_page_get_instance_private (self);
  if (priv->store == NULL || priv->reload_source != 0)
    return;

  /* Changes come in bursts, a "changed" for each table a commit touched,
   * or all of them after another program wrote: read once, after them. */
  priv->reload_source = g_idle_add_full (G_PRIORITY_DEFAULT, reload_now, self, NULL);
  g_source_set_name_by_id (priv->reload_source, "[rc] reload a page");
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_LOADING]);
}

static void
on_store_changed (RcListPage   *self,
                  RcEntityKind  kind)
{
  RcListPagePrivate *priv = rc_list_page_get_instance_private (self);

  if ((RC_LIST_PAGE_GET_CLASS (self)->entities & RC_ENTITY_BIT (kind)) == 0)
    return;
  /* A page out of sight reads its store again when it is shown: an
   * import of 100,000 trainees had Trends read and rebuild what it shows
   * behind the cohort's page, 100–250 ms of the main loop. */
  if (priv->opened && !gtk_widget_get_mapped (GTK_WIDGET (self)))
    priv->stale = TRUE;
  else
    rc_list_page_reload (self);
}

static void
reload_if_stale (RcListPage *self)
{
  RcListPagePrivate *priv = rc_list_page_get_instance_private (self);

  if (!priv->stale)
    return;
  priv->stale = FALSE;
  rc_list_page_reload (self);
}

RcListPagePrivate *
rc_list_page_get_private (RcListPage *self)
{
  return rc_list_page_get_instance_private (self);
}

void
rc_list_page_busy_changed (RcListPage *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_LOADING]);
}

void
rc_list_page_watch_loader (RcListPage *self,
                           gpointer    loader)
{
  RcListPagePrivate *priv;

  g_return_if_fail (RC_IS_LIST_PAGE (self));
  g_return_if_fail (RC_IS_LOADER (loader));

  priv = rc_list_page_get_instance_private (self);
  if (priv->watched == NULL)
    priv->watched = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (priv->watched, g_object_ref (loader));
  g_signal_connect_object (loader, "notify::busy", G_CALLBACK (rc_list_page_busy_changed), self, G_CONNECT_SWAPPED);
}

/* The store ---------------------------------------------------------------- */

RcStore *
rc_list_page_get_store (RcListPage *self)
{
  RcListPagePrivate *priv;

  g_return_val_if_fail (RC_IS_LIST_PAGE (self), NULL);

  priv = rc_list_page_get_instance_private (self);

  return priv->store;
}

gboolean
rc_list_page_get_writable (RcListPage *self)
{
  RcListPagePrivate *priv;

  g_return_val_if_fail (RC_IS_LIST_PAGE (self), FALSE);

  priv = rc_list_page_get_instance_private (self);

  return priv->writable;
}

gboolean
rc_list_page_get_opened (RcListPage *self)
{
  RcListPagePrivate *priv;

  g_return_val_if_fail (RC_IS_LIST_PAGE (self), FALSE);

  priv = rc_list_page_get_instance_private (self);

  return priv->opened;
}

void
rc_list_page_set_store (RcListPage *self,
                        RcStore    *store)
{
  RcListPagePrivate *priv;
  RcListPageClass *klass;

  g_return_if_fail (RC_IS_LIST_PAGE (self));
  g_return_if_fail (store == NULL || RC_IS_STORE (store));

  priv = rc_list_page_get_instance_private (self);
  klass = RC_LIST_PAGE_GET_CLASS (self);
  if (priv->store == store)
    return;

  rc_loader_cancel (priv->loader);
  g_clear_handle_id (&priv->reload_source, g_source_remove);
  if (priv->store != NULL)
    g_signal_handlers_disconnect_by_data (priv->store, self);
  g_set_object (&priv->store, store);
  if (store != NULL)
    {
      g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (store, "notify::writable", G_CALLBACK (update_writable), self, G_CONNECT_SWAPPED);
    }

  /* What the last store held goes at once; the new one's comes when it
   * has been read. */
  priv->opened = FALSE;
  priv->stale = FALSE;
  priv->select_after_load = 0;
  update_writable (self);
  rc_write_actions_follow_store (GTK_WIDGET (self), store);
  if (klass->store_changed != NULL)
    klass->store_changed (self, store);
  finish (self, NULL);
  priv->opened = FALSE;
  if (store != NULL && priv->loading_stack != NULL)
    gtk_stack_set_visible_child_name (priv->loading_stack, "loading");
  start_load (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STORE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_LOADING]);
}

/* The search --------------------------------------------------------------- */

const char *
rc_list_page_get_search (RcListPage *self)
{
  RcListPagePrivate *priv;

  g_return_val_if_fail (RC_IS_LIST_PAGE (self), "");

  priv = rc_list_page_get_instance_private (self);

  return priv->search != NULL ? priv->search : "";
}

static void
on_search_changed (RcListPage *self)
{
  RcListPagePrivate *priv = rc_list_page_get_instance_private (self);
  g_autofree char *folded = g_utf8_casefold (gtk_editable_get_text (GTK_EDITABLE (priv->search_entry)), -1);

  g_strstrip (folded);
  if (g_strcmp0 (folded, priv->search) == 0)
    return;

  g_free (priv->search);
  priv->search = g_steal_pointer (&folded);
  if (RC_LIST_PAGE_GET_CLASS (self)->search_changed != NULL)
    RC_LIST_PAGE_GET_CLASS (self)->search_changed (self);
}

void
rc_list_page_set_search_entry (RcListPage     *self,
                               GtkSearchEntry *entry)
{
  RcListPagePrivate *priv = rc_list_page_get_instance_private (self);

  priv->search_entry = entry;
  g_signal_connect_swapped (entry, "search-changed", G_CALLBACK (on_search_changed), self);
}

void
rc_list_page_set_search (RcListPage *self,
                         const char *text)
{
  RcListPagePrivate *priv;

  g_return_if_fail (RC_IS_LIST_PAGE (self));

  priv = rc_list_page_get_instance_private (self);
  g_return_if_fail (priv->search_entry != NULL);

  gtk_editable_set_text (GTK_EDITABLE (priv->search_entry), text != NULL ? text : "");
  on_search_changed (self);
}

/* Navigation --------------------------------------------------------------- */

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RcListPagePrivate *priv = rc_list_page_get_instance_private (RC_LIST_PAGE (widget));

  if (priv->leaflet != NULL)
    adw_leaflet_set_visible_child_name (priv->leaflet, "list");
}

static void
focus_search_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  RC_LIST_PAGE_GET_CLASS (widget)->focus_search (RC_LIST_PAGE (widget));
}

static void
rc_list_page_real_focus_search (RcListPage *self)
{
  RcListPagePrivate *priv = rc_list_page_get_instance_private (self);

  if (priv->leaflet != NULL)
    adw_leaflet_set_visible_child_name (priv->leaflet, "list");
  if (priv->search_entry != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (priv->search_entry));
}

void
rc_list_page_class_install_navigation (RcListPageClass *klass,
                                       const char      *prefix)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  g_autofree char *back = g_strconcat (prefix, ".back", NULL);
  g_autofree char *focus_search = g_strconcat (prefix, ".focus-search", NULL);

  gtk_widget_class_install_action (widget_class, back, NULL, back_action);
  gtk_widget_class_install_action (widget_class, focus_search, NULL, focus_search_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, focus_search, NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, back, NULL);
}

/* GObject ------------------------------------------------------------------ */

static void
rc_list_page_dispose (GObject *object)
{
  RcListPage *self = RC_LIST_PAGE (object);
  RcListPagePrivate *priv = rc_list_page_get_instance_private (self);

  /* What the page was reading is not wanted any more. */
  if (priv->loader != NULL)
    rc_loader_cancel (priv->loader);
  g_clear_object (&priv->loader);
  for (guint i = 0; priv->watched != NULL && i < priv->watched->len; i++)
    rc_loader_cancel (g_ptr_array_index (priv->watched, i));
  g_clear_pointer (&priv->watched, g_ptr_array_unref);
  g_clear_handle_id (&priv->reload_source, g_source_remove);
  if (priv->store != NULL)
    g_signal_handlers_disconnect_by_data (priv->store, self);
  g_clear_object (&priv->store);
  g_clear_pointer (&priv->search, g_free);
  priv->leaflet = NULL;
  priv->back_button = NULL;
  g_clear_object (&priv->shown);
  g_clear_object (&priv->selection);
  g_clear_object (&priv->reveal);
  priv->view = NULL;
  priv->search_entry = NULL;
  priv->loading_stack = NULL;

  G_OBJECT_CLASS (rc_list_page_parent_class)->dispose (object);
}

static void
rc_list_page_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  RcListPage *self = RC_LIST_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, rc_list_page_get_store (self));
      break;

    case PROP_LOADING:
      g_value_set_boolean (value, rc_list_page_get_loading (self));
      break;

    case PROP_WRITABLE:
      g_value_set_boolean (value, rc_list_page_get_writable (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_list_page_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  RcListPage *self = RC_LIST_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      rc_list_page_set_store (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* The widgets of the page's template set their write actions before they
 * were in the page: they are told what the store allows once it is on
 * screen, store or none. */
static void
rc_list_page_realize (GtkWidget *widget)
{
  RcListPagePrivate *priv = rc_list_page_get_instance_private (RC_LIST_PAGE (widget));

  GTK_WIDGET_CLASS (rc_list_page_parent_class)->realize (widget);
  rc_write_actions_follow_store (widget, priv->store);
}

static void
rc_list_page_class_init (RcListPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  GTK_WIDGET_CLASS (klass)->realize = rc_list_page_realize;
  object_class->dispose = rc_list_page_dispose;
  object_class->get_property = rc_list_page_get_property;
  object_class->set_property = rc_list_page_set_property;
  klass->focus_search = rc_list_page_real_focus_search;

  properties [PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, RC_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  /**
   * RcListPage:loading:
   *
   * Whether the page is reading its store, or is about to.
   */
  properties [PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  /**
   * RcListPage:writable:
   *
   * Whether the page has a store that may be written: its write actions
   * are insensitive otherwise.
   */
  properties [PROP_WRITABLE] =
    g_param_spec_boolean ("writable", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * RcListPage::loaded:
   *
   * The page has shown what its worker read.
   */
  signals [LOADED] =
    g_signal_new ("loaded",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
rc_list_page_init (RcListPage *self)
{
  RcListPagePrivate *priv = rc_list_page_get_instance_private (self);

  priv->loader = rc_loader_new (self);
  g_signal_connect (self, "map", G_CALLBACK (reload_if_stale), NULL);
  g_signal_connect_object (priv->loader, "notify::busy", G_CALLBACK (rc_list_page_busy_changed), self, G_CONNECT_SWAPPED);
  /* No store yet: nothing in the page writes. */
  rc_write_actions_follow_store (GTK_WIDGET (self), NULL);
}
