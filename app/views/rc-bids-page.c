/* rc-bids-page.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-views"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "model/rc-deadline.h"
#include "rc-bid-editor.h"
#include "rc-bids-page-private.h"
#include "rc-write-actions.h"

G_DEFINE_FINAL_TYPE (RcBidsPage, rc_bids_page, RC_TYPE_LIST_PAGE)

GtkWidget *
rc_bids_page_new (void)
{
  return g_object_new (RC_TYPE_BIDS_PAGE, NULL);
}

const GDate *
rc_bids_page_get_today (RcBidsPage *self)
{
  if (!self->fixed_today)
    rc_deadline_get_today (&self->today);

  return &self->today;
}

static gboolean
filter_bid (gpointer item,
            gpointer user_data)
{
  RcBidsPage *self = user_data;
  RcBid *bid = item;
  const char *search = rc_list_page_get_search (RC_LIST_PAGE (self));
  guint status = gtk_drop_down_get_selected (self->status_dropdown);
  guint funder = gtk_drop_down_get_selected (self->funder_dropdown);
  g_autofree char *title = NULL;

  if (status > 0 && status <= RC_N_BID_STATUSES
      && g_strcmp0 (bid->status, rc_bid_status_to_key (status - 1)) != 0)
    return FALSE;
  if (funder > 0 && funder <= self->funders->len
      && g_strcmp0 (bid->funder, g_ptr_array_index (self->funders, funder - 1)) != 0)
    return FALSE;
  if (*search == '\0')
    return TRUE;

  title = g_utf8_casefold (bid->title, -1);

  return strstr (title, search) != NULL;
}

static void
refilter (RcBidsPage *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_stack_set_visible_child_name (self->list_stack,
                                    g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) > 0
                                    ? "list" : "no-match");
}

static void
rc_bids_page_search_changed (RcListPage *page)
{
  refilter (RC_BIDS_PAGE (page));
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_utf8_collate (*(const char * const *) a, *(const char * const *) b);
}

static void
fill_funders (RcBidsPage *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  guint position = gtk_drop_down_get_selected (self->funder_dropdown);
  g_autofree char *chosen = position > 0 && position <= self->funders->len
                            ? g_strdup (g_ptr_array_index (self->funders, position - 1)) : NULL;

  g_ptr_array_set_size (self->funders, 0);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->bids)); i++)
    {
      g_autoptr(RcBid) bid = g_list_model_get_item (G_LIST_MODEL (self->bids), i);

      if (!g_ptr_array_find_with_equal_func (self->funders, bid->funder, g_str_equal, NULL))
        g_ptr_array_add (self->funders, g_strdup (bid->funder));
    }
  g_ptr_array_sort (self->funders, compare_names);

  position = 0;
  gtk_string_list_append (labels, _("All funders"));
  for (guint i = 0; i < self->funders->len; i++)
    {
      gtk_string_list_append (labels, g_ptr_array_index (self->funders, i));
      if (g_strcmp0 (chosen, g_ptr_array_index (self->funders, i)) == 0)
        position = i + 1;
    }

  gtk_drop_down_set_model (self->funder_dropdown, G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (self->funder_dropdown, position);
}

static gboolean
select_shown (RcBidsPage *self,
              gint64      id)
{
  return rc_list_page_select_id (RC_LIST_PAGE (self), id);
}

static void
update_page (RcBidsPage *self)
{
  gboolean none = g_list_model_get_n_items (G_LIST_MODEL (self->bids)) == 0;

  gtk_stack_set_visible_child_name (self->page_stack,
                                    none && !rc_bid_editor_is_new (self->editor) ? "empty" : "bids");
}

static gint64
bid_id (gpointer item)
{
  return RC_BID (item)->id;
}

static gboolean
same_bid (gconstpointer a,
          gconstpointer b)
{
  const RcBid *x = a;
  const RcBid *y = b;

  return x->id == y->id
         && x->consortium_id == y->consortium_id
         && g_strcmp0 (x->consortium_name, y->consortium_name) == 0
         && x->programme_id == y->programme_id
         && g_strcmp0 (x->title, y->title) == 0
         && g_strcmp0 (x->funder, y->funder) == 0
         && g_strcmp0 (x->scheme, y->scheme) == 0
         && g_strcmp0 (x->status, y->status) == 0
         && g_strcmp0 (x->deadline_on, y->deadline_on) == 0
         && g_strcmp0 (x->submitted_on, y->submitted_on) == 0
         && g_strcmp0 (x->decision_due_on, y->decision_due_on) == 0
         && g_strcmp0 (x->decided_on, y->decided_on) == 0
         && x->awarded_pence.present == y->awarded_pence.present
         && x->awarded_pence.value == y->awarded_pence.value
         && x->requested_pence == y->requested_pence
         && x->trainees_planned == y->trainees_planned
         && g_strcmp0 (x->notes, y->notes) == 0;
}

static gpointer
rc_bids_page_load (RcStore       *reader,
                   gpointer       request,
                   GCancellable  *cancellable,
                   GError       **error)
{
  return rc_store_list_bids (reader, error);
}

static void
rc_bids_page_finish_load (RcListPage *page,
                          gpointer    result)
{
  RcBidsPage *self = RC_BIDS_PAGE (page);
  GListModel *bids = result;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  RcBid *current = gtk_single_selection_get_selected_item (self->selection);
  gint64 selected = current != NULL ? current->id : rc_bid_editor_get_bid_id (self->editor);
  gint64 show = 0;

  for (guint i = 0; bids != NULL && i < g_list_model_get_n_items (bids); i++)
    g_ptr_array_add (items, g_list_model_get_item (bids, i));

  /* The list is rebuilt under the editor, which keeps what is typed;
   * the rows of bids that did not change stay as they are. */
  self->reloading = TRUE;
  rc_list_page_update_items (self->bids, items, same_bid);
  g_signal_handlers_block_by_func (self->funder_dropdown, refilter, self);
  fill_funders (self);
  g_signal_handlers_unblock_by_func (self->funder_dropdown, refilter, self);
  refilter (self);

  /* A database opens on its first bid. */
  if (bids != NULL && !rc_list_page_get_opened (page) && items->len > 0)
    selected = RC_BID (g_ptr_array_index (items, 0))->id;
  if (bids != NULL && self->show_after_load != 0)
    show = self->show_after_load;
  self->show_after_load = 0;
  if (selected != 0 && show == 0)
    select_shown (self, selected);
  self->reloading = FALSE;

  if (show != 0)
    {
      rc_bids_page_select_bid (self, show);
      /* Unless that was refused, to ask about changes first. */
      if (self->pending_id == 0 && !self->pending_new)
        rc_bid_editor_show_bid (self->editor, show);
    }
  else if (selected != 0 && gtk_single_selection_get_selected_item (self->selection) != NULL)
    rc_bid_editor_show_bid (self->editor, selected);
  update_page (self);
  rc_write_action_set_enabled (GTK_WIDGET (self), "bids.new", rc_list_page_get_store (page) != NULL);
}

static void
rc_bids_page_store_changed (RcListPage *page,
                            RcStore    *store)
{
  RcBidsPage *self = RC_BIDS_PAGE (page);

  self->show_after_load = 0;
  rc_bid_editor_set_store (self->editor, store);
}

void
rc_bids_page_set_today (RcBidsPage  *self,
                        const GDate *today)
{
  guint n;

  g_return_if_fail (RC_IS_BIDS_PAGE (self));
  g_return_if_fail (today == NULL || g_date_valid (today));

  self->fixed_today = today != NULL;
  if (today != NULL)
    self->today = *today;
  /* Every row is bound again with the new day. */
  n = g_list_model_get_n_items (G_LIST_MODEL (self->bids));
  if (n > 0)
    g_list_model_items_changed (G_LIST_MODEL (self->bids), 0, n, n);
}

void
rc_bids_page_select_bid (RcBidsPage *self,
                         gint64      id)
{
  g_return_if_fail (RC_IS_BIDS_PAGE (self));

  if (!select_shown (self, id))
    {
      gtk_drop_down_set_selected (self->status_dropdown, 0);
      gtk_drop_down_set_selected (self->funder_dropdown, 0);
      rc_list_page_set_search (RC_LIST_PAGE (self), "");
      select_shown (self, id);
    }
}

RcBidEditor *
rc_bids_page_get_editor (RcBidsPage *self)
{
  g_return_val_if_fail (RC_IS_BIDS_PAGE (self), NULL);

  return self->editor;
}

void
rc_bids_page_start_new_bid (RcBidsPage *self)
{
  self->reloading = TRUE;
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  self->reloading = FALSE;
  rc_bid_editor_show_new (self->editor);
  update_page (self);
  adw_leaflet_set_visible_child_name (self->leaflet, "detail");
}

/* Puts the list's selection back on the bid being edited (none for a new
 * one), showing nothing else. */
static void
select_edited_bid (RcBidsPage *self)
{
  gint64 id = rc_bid_editor_get_bid_id (self->editor);

  self->reloading = TRUE;
  if (id == 0 || !select_shown (self, id))
    gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  self->reloading = FALSE;
}

gboolean
rc_bids_page_has_unsaved_changes (RcBidsPage *self)
{
  g_return_val_if_fail (RC_IS_BIDS_PAGE (self), FALSE);

  return rc_bid_editor_has_unsaved_changes (self->editor);
}

static void
on_selection_changed (RcBidsPage *self)
{
  RcBid *bid = gtk_single_selection_get_selected_item (self->selection);

  /* A bid the filters hide stays in the editor. */
  if (bid == NULL || self->reloading)
    return;

  if (bid->id == rc_bid_editor_get_bid_id (self->editor) && !rc_bid_editor_is_new (self->editor))
    return;

  /* Another bid is not shown over changes without asking: the list goes
   * back to the bid being edited meanwhile. */
  if (rc_bids_page_ask_before_leaving (self, bid->id, FALSE))
    {
      select_edited_bid (self);
      return;
    }

  rc_bid_editor_show_bid (self->editor, bid->id);
}

/* Not while a question about changes waits for its answer. */
static gboolean
rc_bids_page_may_show_detail (RcListPage *page)
{
  RcBidsPage *self = RC_BIDS_PAGE (page);

  return self->pending_id == 0 && !self->pending_new;
}

/* A bid just created or duplicated: the list reads it, then chooses it. */
static void
on_show_bid (RcBidsPage *self,
             gint64      id)
{
  self->show_after_load = id;
  rc_list_page_reload (RC_LIST_PAGE (self));
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  RcBidsPage *self = RC_BIDS_PAGE (widget);

  if (rc_list_page_get_store (RC_LIST_PAGE (self)) == NULL || rc_bids_page_ask_before_leaving (self, 0, TRUE))
    return;

  rc_bids_page_start_new_bid (self);
}

static void
rc_bids_page_dispose (GObject *object)
{
  RcBidsPage *self = RC_BIDS_PAGE (object);

  /* The bin's child is a template child: let the bin drop it first. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), RC_TYPE_BIDS_PAGE);
  g_clear_object (&self->selection);
  g_clear_object (&self->filtered);
  g_clear_object (&self->bids);
  g_clear_pointer (&self->funders, g_ptr_array_unref);

  G_OBJECT_CLASS (rc_bids_page_parent_class)->dispose (object);
}

static void
rc_bids_page_class_init (RcBidsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  RcListPageClass *page_class = RC_LIST_PAGE_CLASS (klass);

  object_class->dispose = rc_bids_page_dispose;

  page_class->entities = RC_ENTITY_BIT (RC_ENTITY_BID) | RC_ENTITY_BIT (RC_ENTITY_BID_LINE)
                         | RC_ENTITY_BIT (RC_ENTITY_BID_STATUS_EVENT) | RC_ENTITY_BIT (RC_ENTITY_CONSORTIUM);
  page_class->load = rc_bids_page_load;
  page_class->free_result = g_object_unref;
  page_class->finish_load = rc_bids_page_finish_load;
  page_class->store_changed = rc_bids_page_store_changed;
  page_class->search_changed = rc_bids_page_search_changed;
  page_class->get_item_id = bid_id;
  page_class->may_show_detail = rc_bids_page_may_show_detail;

  g_type_ensure (RC_TYPE_BID_EDITOR);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/rc-bids-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RcBidsPage, page_stack);
  gtk_widget_class_bind_template_child (widget_class, RcBidsPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, RcBidsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, RcBidsPage, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RcBidsPage, funder_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RcBidsPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, RcBidsPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, RcBidsPage, back_button);
  gtk_widget_class_bind_template_child (widget_class, RcBidsPage, editor);

  rc_list_page_class_install_navigation (page_class, "bids");
  gtk_widget_class_install_action (widget_class, "bids.new", NULL, new_action);
}

static void
rc_bids_page_init (RcBidsPage *self)
{
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);
  GtkListItemFactory *factory;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->funders = g_ptr_array_new_with_free_func (g_free);
  rc_deadline_get_today (&self->today);

  gtk_string_list_append (statuses, _("All statuses"));
  for (guint i = 0; i < RC_N_BID_STATUSES; i++)
    gtk_string_list_append (statuses, rc_bid_status_get_label (i));
  gtk_drop_down_set_model (self->status_dropdown, G_LIST_MODEL (statuses));

  self->bids = g_list_store_new (RC_TYPE_BID);
  fill_funders (self);
  self->filter = gtk_custom_filter_new (filter_bid, self, NULL);
  self->filtered = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->bids)),
                                              GTK_FILTER (self->filter));

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (rc_bids_page_setup_row), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (rc_bids_page_bind_row), self);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
  self->selection = rc_list_page_set_list (RC_LIST_PAGE (self), self->list_view, G_LIST_MODEL (self->filtered));
  rc_list_page_set_leaflet (RC_LIST_PAGE (self), self->leaflet, self->back_button);
  rc_list_page_set_search_entry (RC_LIST_PAGE (self), self->search_entry);
  rc_list_page_set_loading_stack (RC_LIST_PAGE (self), self->page_stack);

  g_signal_connect_swapped (self->status_dropdown, "notify::selected", G_CALLBACK (refilter), self);
  g_signal_connect_swapped (self->funder_dropdown, "notify::selected", G_CALLBACK (refilter), self);
  g_signal_connect_swapped (self->selection, "notify::selected", G_CALLBACK (on_selection_changed), self);
  g_signal_connect_swapped (self->editor, "show-bid", G_CALLBACK (on_show_bid), self);

  rc_write_action_set_enabled (GTK_WIDGET (self), "bids.new", FALSE);
  update_page (self);
}
