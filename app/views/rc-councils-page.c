/* rc-councils-page.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-views"

#include "config.h"

#include <glib/gi18n.h>

#include "import/rc-workforce-import.h"
#include "model/rc-measure.h"
#include "model/rc-rates.h"
#include "rc-consortium-dialog.h"
#include "rc-council-detail.h"
#include "rc-council-row.h"
#include "rc-councils-page.h"
#include "rc-list-activation.h"
#include "rc-csv-import-dialog.h"
#include "rc-view-util.h"

struct _RcCouncilsPage
{
  AdwBin               parent_instance;

  RcStore             *store;
  GListStore          *councils;
  GtkFilterListModel  *filtered;
  GtkSingleSelection  *selection;
  GtkCustomFilter     *filter;
  GHashTable          *latest;       /* council id -> RcWorkforceReturn */
  GArray              *region_ids;   /* dropdown position -> region id (0: all) */
  GArray              *consortium_ids;
  GHashTable          *members;      /* council ids of the chosen consortium */
  char                *search;       /* folded for comparison */
  gboolean             show_former;
  gboolean             opened;       /* the first load of a database is done */

  /* template children */
  AdwLeaflet          *leaflet;
  GtkSearchEntry      *search_entry;
  GtkDropDown         *region_dropdown;
  GtkDropDown         *consortium_dropdown;
  GtkStack            *list_stack;
  GtkListView         *list_view;
  GtkWidget           *back_button;
  RcCouncilDetail     *detail;
};

G_DEFINE_FINAL_TYPE (RcCouncilsPage, rc_councils_page, ADW_TYPE_BIN)

enum { PROP_0, PROP_STORE, PROP_SHOW_FORMER, N_PROPS };
static GParamSpec *properties [N_PROPS];

GtkWidget *
rc_councils_page_new (void)
{
  return g_object_new (RC_TYPE_COUNCILS_PAGE, NULL);
}

static gboolean
matches_search (RcCouncilsPage *self,
                RcCouncil      *council)
{
  g_autofree char *name = NULL;
  g_autofree char *code = NULL;
  char number[16];

  if (self->search == NULL || *self->search == '\0')
    return TRUE;

  name = g_utf8_casefold (council->name, -1);
  if (strstr (name, self->search) != NULL)
    return TRUE;

  code = g_utf8_casefold (council->gss_code, -1);
  if (g_str_has_prefix (code, self->search))
    return TRUE;

  g_snprintf (number, sizeof number, "%" G_GINT64_FORMAT, council->la_number);

  return council->la_number != 0 && g_str_equal (number, self->search);
}

static gboolean
filter_council (gpointer item,
                gpointer user_data)
{
  RcCouncilsPage *self = user_data;
  RcCouncil *council = item;
  gint64 region = g_array_index (self->region_ids, gint64,
                                 gtk_drop_down_get_selected (self->region_dropdown));

  /* Former councils are kept out of the way, but a search finds them. */
  if (council->active_to_on != NULL && !self->show_former
      && (self->search == NULL || *self->search == '\0'))
    return FALSE;
  if (region != 0 && council->region_id != region)
    return FALSE;
  if (self->members != NULL && !g_hash_table_contains (self->members, &council->id))
    return FALSE;

  return matches_search (self, council);
}

static void
refilter (RcCouncilsPage *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_stack_set_visible_child_name (self->list_stack,
                                    g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) > 0
                                    ? "list" : "empty");
}

static void
on_search_changed (RcCouncilsPage *self)
{
  g_clear_pointer (&self->search, g_free);
  self->search = g_utf8_casefold (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)), -1);
  g_strstrip (self->search);
  refilter (self);
}

static gint64
chosen_consortium (RcCouncilsPage *self)
{
  guint position = gtk_drop_down_get_selected (self->consortium_dropdown);

  return position < self->consortium_ids->len ? g_array_index (self->consortium_ids, gint64, position) : 0;
}

static void
load_members (RcCouncilsPage *self)
{
  gint64 consortium = chosen_consortium (self);
  g_autoptr(GListModel) members = NULL;

  g_clear_pointer (&self->members, g_hash_table_unref);
  if (consortium == 0 || self->store == NULL)
    return;

  self->members = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  members = rc_store_list_members (self->store, consortium, NULL);
  for (guint i = 0; members != NULL && i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(RcConsortiumMember) member = g_list_model_get_item (members, i);
      g_hash_table_add (self->members, g_memdup2 (&member->council_id, sizeof (gint64)));
    }
}

static void
on_consortium_selected (RcCouncilsPage *self)
{
  load_members (self);
  refilter (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "councils.edit-consortium", chosen_consortium (self) != 0);
}

static void
open_consortium_dialog (RcCouncilsPage *self,
                        gint64          consortium_id)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;

  if (self->store == NULL)
    return;

  dialog = rc_consortium_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                     self->store, consortium_id);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
consortium_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  RcCouncilsPage *self = RC_COUNCILS_PAGE (widget);

  open_consortium_dialog (self, g_str_equal (action_name, "councils.edit-consortium")
                                ? chosen_consortium (self) : 0);
}

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *item)
{
  gtk_list_item_set_child (item, rc_council_row_new ());
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          RcCouncilsPage           *self)
{
  RcCouncil *council = gtk_list_item_get_item (item);
  RcWorkforceReturn *latest = g_hash_table_lookup (self->latest, &council->id);
  RcRate rate = RC_RATE_NONE;

  if (latest != NULL)
    rate = rc_measure_compute (RC_MEASURE_VACANCY, latest);

  rc_council_row_set (RC_COUNCIL_ROW (gtk_list_item_get_child (item)), council, rate,
                      latest != NULL ? latest->year : 0);
}

static void
fill_dropdown (GtkDropDown *dropdown,
               GArray      *ids,
               const char  *all_label,
               GListModel  *items,
               gboolean     regions)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  gint64 none = 0;
  gint64 chosen = 0;
  guint position = gtk_drop_down_get_selected (dropdown);

  if (position < ids->len)
    chosen = g_array_index (ids, gint64, position);

  g_array_set_size (ids, 0);
  gtk_string_list_append (labels, all_label);
  g_array_append_val (ids, none);
  position = 0;

  for (guint i = 0; items != NULL && i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (items, i);
      gint64 id = regions ? RC_REGION (item)->id : RC_CONSORTIUM (item)->id;

      gtk_string_list_append (labels, regions ? RC_REGION (item)->name : RC_CONSORTIUM (item)->name);
      g_array_append_val (ids, id);
      if (id == chosen)
        position = ids->len - 1;
    }

  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (dropdown, position);
}

static void
reload (RcCouncilsPage *self)
{
  g_autoptr(GListModel) councils = NULL;
  g_autoptr(GListModel) latest = NULL;
  g_autoptr(GListModel) regions = NULL;
  g_autoptr(GListModel) consortia = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  gint64 selected = 0;
  RcCouncil *current = gtk_single_selection_get_selected_item (self->selection);

  if (current != NULL)
    selected = current->id;

  g_hash_table_remove_all (self->latest);
  if (self->store != NULL)
    {
      councils = rc_store_list_councils (self->store, &error);
      latest = rc_store_list_latest_returns (self->store, &error);
      regions = rc_store_list_regions (self->store, &error);
      consortia = rc_store_list_consortia (self->store, &error);
      if (error != NULL)
        g_warning ("Could not load the councils: %s", error->message);
    }

  for (guint i = 0; latest != NULL && i < g_list_model_get_n_items (latest); i++)
    {
      RcWorkforceReturn *ret = g_list_model_get_item (latest, i);
      g_hash_table_insert (self->latest, &ret->council_id, ret);
    }

  /* The dropdowns and the consortium's members are settled before the
   * councils go in, so the list filters them once and builds rows only
   * for those it shows (a few members rather than all 153). */
  g_signal_handlers_block_by_func (self->region_dropdown, refilter, self);
  g_signal_handlers_block_by_func (self->consortium_dropdown, on_consortium_selected, self);
  fill_dropdown (self->region_dropdown, self->region_ids, _("All regions"), regions, TRUE);
  fill_dropdown (self->consortium_dropdown, self->consortium_ids, _("Any consortium"), consortia, FALSE);
  /* A database with a consortium opens on it: its members, and its lead. */
  if (!self->opened && consortia != NULL && g_list_model_get_n_items (consortia) > 0)
    {
      g_autoptr(RcConsortium) first = g_list_model_get_item (consortia, 0);

      gtk_drop_down_set_selected (self->consortium_dropdown, 1);
      selected = first->lead_council_id;
    }
  self->opened = self->store != NULL;
  g_signal_handlers_unblock_by_func (self->region_dropdown, refilter, self);
  g_signal_handlers_unblock_by_func (self->consortium_dropdown, on_consortium_selected, self);
  load_members (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "councils.edit-consortium", chosen_consortium (self) != 0);

  for (guint i = 0; councils != NULL && i < g_list_model_get_n_items (councils); i++)
    g_ptr_array_add (items, g_list_model_get_item (councils, i));
  g_list_store_splice (self->councils, 0, g_list_model_get_n_items (G_LIST_MODEL (self->councils)),
                       items->pdata, items->len);

  refilter (self);
  if (selected != 0)
    rc_councils_page_select_council (self, selected);
}

static void
on_store_changed (RcCouncilsPage *self,
                  const char     *entity)
{
  if (g_str_equal (entity, "council")
      || g_str_equal (entity, "workforce_return")
      || g_str_equal (entity, "consortium")
      || g_str_equal (entity, "consortium_member"))
    reload (self);
}

void
rc_councils_page_set_store (RcCouncilsPage *self,
                            RcStore        *store)
{
  g_return_if_fail (RC_IS_COUNCILS_PAGE (self));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);

  self->opened = FALSE;
  rc_council_detail_set_store (self->detail, store);
  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STORE]);
}

RcStore *
rc_councils_page_get_store (RcCouncilsPage *self)
{
  g_return_val_if_fail (RC_IS_COUNCILS_PAGE (self), NULL);

  return self->store;
}

GListModel *
rc_councils_page_get_shown (RcCouncilsPage *self)
{
  g_return_val_if_fail (RC_IS_COUNCILS_PAGE (self), NULL);

  return G_LIST_MODEL (self->filtered);
}

void
rc_councils_page_set_search (RcCouncilsPage *self,
                             const char     *text)
{
  g_return_if_fail (RC_IS_COUNCILS_PAGE (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  /* Search entries wait a moment before saying so; the list should not. */
  on_search_changed (self);
}

void
rc_councils_page_select_council (RcCouncilsPage *self,
                                 gint64          id)
{
  GListModel *shown = G_LIST_MODEL (self->filtered);

  g_return_if_fail (RC_IS_COUNCILS_PAGE (self));

  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(RcCouncil) council = g_list_model_get_item (shown, i);

      if (council->id == id)
        {
          gtk_single_selection_set_selected (self->selection, i);
          return;
        }
    }

  /* Not in the list as filtered (a former council): show it anyway. */
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  rc_council_detail_show_council (self->detail, id);
}

GtkWidget *
rc_councils_page_get_detail (RcCouncilsPage *self)
{
  g_return_val_if_fail (RC_IS_COUNCILS_PAGE (self), NULL);

  return GTK_WIDGET (self->detail);
}

static void
on_selection_changed (RcCouncilsPage *self)
{
  RcCouncil *council = gtk_single_selection_get_selected_item (self->selection);

  if (council != NULL)
    rc_council_detail_show_council (self->detail, council->id);
}

/* A click on a row of the folded list shows what it chose. */
static void
on_row_clicked (GObject *owner)
{
  RcCouncilsPage *self = RC_COUNCILS_PAGE (owner);

  if (adw_leaflet_get_folded (self->leaflet)
      && gtk_single_selection_get_selected_item (self->selection) != NULL)
    adw_leaflet_set_visible_child_name (self->leaflet, "detail");
}

static void
on_activate (RcCouncilsPage *self,
             guint           position)
{
  gtk_single_selection_set_selected (self->selection, position);
  adw_leaflet_set_visible_child_name (self->leaflet, "detail");
}

static void
on_show_council (RcCouncilsPage *self,
                 gint64          id)
{
  rc_councils_page_select_council (self, id);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RcCouncilsPage *self = RC_COUNCILS_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);

  if (self->store != NULL)
    {
      g_autoptr(RcWorkforceImport) plan = rc_workforce_import_new (self->store);

      rc_csv_import_dialog_choose_file (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, RC_IMPORT_PLAN (plan));
    }
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  adw_leaflet_set_visible_child_name (RC_COUNCILS_PAGE (widget)->leaflet, "list");
}

static void
focus_search_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  RcCouncilsPage *self = RC_COUNCILS_PAGE (widget);

  adw_leaflet_set_visible_child_name (self->leaflet, "list");
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
rc_councils_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  RcCouncilsPage *self = RC_COUNCILS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_SHOW_FORMER:
      g_value_set_boolean (value, self->show_former);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_councils_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  RcCouncilsPage *self = RC_COUNCILS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      rc_councils_page_set_store (self, g_value_get_object (value));
      break;
    case PROP_SHOW_FORMER:
      if (self->show_former != g_value_get_boolean (value))
        {
          self->show_former = g_value_get_boolean (value);
          refilter (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_councils_page_dispose (GObject *object)
{
  RcCouncilsPage *self = RC_COUNCILS_PAGE (object);

  /* The bin's child is a template child: let the bin drop it first. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), RC_TYPE_COUNCILS_PAGE);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  g_clear_object (&self->selection);
  g_clear_object (&self->filtered);
  g_clear_object (&self->councils);
  g_clear_pointer (&self->latest, g_hash_table_unref);
  g_clear_pointer (&self->members, g_hash_table_unref);
  g_clear_pointer (&self->region_ids, g_array_unref);
  g_clear_pointer (&self->consortium_ids, g_array_unref);
  g_clear_pointer (&self->search, g_free);

  G_OBJECT_CLASS (rc_councils_page_parent_class)->dispose (object);
}

static void
rc_councils_page_class_init (RcCouncilsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rc_councils_page_dispose;
  object_class->get_property = rc_councils_page_get_property;
  object_class->set_property = rc_councils_page_set_property;

  properties [PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, RC_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties [PROP_SHOW_FORMER] =
    g_param_spec_boolean ("show-former", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (RC_TYPE_COUNCIL_DETAIL);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/rc-councils-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RcCouncilsPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, RcCouncilsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, RcCouncilsPage, region_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RcCouncilsPage, consortium_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RcCouncilsPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, RcCouncilsPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, RcCouncilsPage, back_button);
  gtk_widget_class_bind_template_child (widget_class, RcCouncilsPage, detail);

  gtk_widget_class_install_action (widget_class, "councils.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "councils.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "councils.new-consortium", NULL, consortium_action);
  gtk_widget_class_install_action (widget_class, "councils.edit-consortium", NULL, consortium_action);
  gtk_widget_class_install_action (widget_class, "councils.focus-search", NULL, focus_search_action);
  gtk_widget_class_install_property_action (widget_class, "councils.show-former", "show-former");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "councils.focus-search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_CONTROL_MASK, "councils.import", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "councils.back", NULL);
}

static void
rc_councils_page_init (RcCouncilsPage *self)
{
  GtkListItemFactory *factory;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->latest = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, g_object_unref);
  self->region_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->consortium_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  {
    gint64 none = 0;
    g_array_append_val (self->region_ids, none);
    g_array_append_val (self->consortium_ids, none);
  }

  self->councils = g_list_store_new (RC_TYPE_COUNCIL);
  self->filter = gtk_custom_filter_new (filter_council, self, NULL);
  self->filtered = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->councils)),
                                              GTK_FILTER (self->filter));
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->filtered)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), self);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  rc_view_shorten_dropdown (self->region_dropdown, 12);
  rc_view_shorten_dropdown (self->consortium_dropdown, 12);

  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (on_search_changed), self);
  g_signal_connect_swapped (self->region_dropdown, "notify::selected", G_CALLBACK (refilter), self);
  g_signal_connect_swapped (self->consortium_dropdown, "notify::selected", G_CALLBACK (on_consortium_selected), self);
  g_signal_connect_swapped (self->selection, "notify::selected", G_CALLBACK (on_selection_changed), self);
  g_signal_connect_swapped (self->list_view, "activate", G_CALLBACK (on_activate), self);
  rc_list_view_choose_on_click (self->list_view, G_OBJECT (self), on_row_clicked);
  g_signal_connect_swapped (self->detail, "show-council", G_CALLBACK (on_show_council), self);

  g_object_bind_property (self->leaflet, "folded", self->back_button, "visible", G_BINDING_SYNC_CREATE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "councils.edit-consortium", FALSE);
}
