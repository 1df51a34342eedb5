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
#include "rc-councils-read.h"
#include "rc-csv-import-dialog.h"
#include "rc-view-util.h"
#include "rc-write-actions.h"

struct _RcCouncilsPage
{
  RcListPage           parent_instance;

  GListStore          *councils;
  GtkFilterListModel  *filtered;
  GtkSingleSelection  *selection;
  GtkCustomFilter     *filter;
  GHashTable          *latest;       /* council id -> RcWorkforceReturn */
  GArray              *region_ids;   /* dropdown position -> region id (0: all) */
  GArray              *consortium_ids;
  GHashTable          *memberships;  /* consortium id -> GHashTable of its council ids */
  GHashTable          *members;      /* council ids of the chosen consortium, or NULL */
  gboolean             show_former;

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

G_DEFINE_FINAL_TYPE (RcCouncilsPage, rc_councils_page, RC_TYPE_LIST_PAGE)

enum { PROP_0, PROP_SHOW_FORMER, N_PROPS };
static GParamSpec *properties [N_PROPS];

GtkWidget *
rc_councils_page_new (void)
{
  return g_object_new (RC_TYPE_COUNCILS_PAGE, NULL);
}

static gboolean
matches_search (const char *search,
                RcCouncil  *council)
{
  g_autofree char *name = NULL;
  g_autofree char *code = NULL;
  char number[16];

  if (*search == '\0')
    return TRUE;

  name = g_utf8_casefold (council->name, -1);
  if (strstr (name, search) != NULL)
    return TRUE;

  code = g_utf8_casefold (council->gss_code, -1);
  if (g_str_has_prefix (code, search))
    return TRUE;

  g_snprintf (number, sizeof number, "%" G_GINT64_FORMAT, council->la_number);

  return council->la_number != 0 && g_str_equal (number, search);
}

static gint64
council_id (gpointer item)
{
  return RC_COUNCIL (item)->id;
}

static gboolean
filter_council (gpointer item,
                gpointer user_data)
{
  RcCouncilsPage *self = user_data;
  RcCouncil *council = item;
  const char *search = rc_list_page_get_search (RC_LIST_PAGE (self));
  gint64 region = rc_view_get_chosen_id (self->region_dropdown, self->region_ids);

  /* Former councils are kept out of the way, but a search finds them. */
  if (council->active_to_on != NULL && !self->show_former && *search == '\0')
    return FALSE;
  if (region != 0 && council->region_id != region)
    return FALSE;
  if (self->members != NULL && !g_hash_table_contains (self->members, &council->id))
    return FALSE;

  return matches_search (search, council);
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
rc_councils_page_search_changed (RcListPage *page)
{
  refilter (RC_COUNCILS_PAGE (page));
}

static gint64
chosen_consortium (RcCouncilsPage *self)
{
  return rc_view_get_chosen_id (self->consortium_dropdown, self->consortium_ids);
}

/* The members of the consortium chosen, read with the page. */
static void
choose_members (RcCouncilsPage *self)
{
  gint64 consortium = chosen_consortium (self);
  GHashTable *members = consortium != 0 ? g_hash_table_lookup (self->memberships, &consortium) : NULL;

  g_clear_pointer (&self->members, g_hash_table_unref);
  if (consortium != 0)
    self->members = members != NULL ? g_hash_table_ref (members)
                                    : g_hash_table_new (g_int64_hash, g_int64_equal);
  rc_write_action_set_enabled (GTK_WIDGET (self), "councils.edit-consortium", consortium != 0);
}

static void
on_consortium_selected (RcCouncilsPage *self)
{
  choose_members (self);
  refilter (self);
}

static void
open_consortium_dialog (RcCouncilsPage *self,
                        gint64          consortium_id)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  RcStore *store = rc_list_page_get_store (RC_LIST_PAGE (self));
  GtkWidget *dialog;

  if (store == NULL)
    return;

  dialog = rc_consortium_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                     store, consortium_id);
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

/* What the page reads, in a worker. */
typedef struct
{
  RcCouncilsRead  read;
  GListModel     *regions;
  GHashTable     *memberships;  /* consortium id -> GHashTable of its council ids */
} Loaded;

static void
loaded_free (gpointer data)
{
  Loaded *loaded = data;

  rc_councils_read_clear (&loaded->read);
  g_clear_object (&loaded->regions);
  g_clear_pointer (&loaded->memberships, g_hash_table_unref);
  g_free (loaded);
}

static gpointer
rc_councils_page_load (RcStore       *reader,
                       gpointer       request,
                       GCancellable  *cancellable,
                       GError       **error)
{
  Loaded *loaded = g_new0 (Loaded, 1);
  GHashTableIter iter;
  gpointer consortium_id, members;

  if (!rc_councils_read (&loaded->read, reader, error)
      || (loaded->regions = rc_store_list_regions (reader, error)) == NULL)
    {
      loaded_free (loaded);
      return NULL;
    }

  /* The list filters by the chosen consortium's members: their ids, as sets. */
  loaded->memberships = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                               (GDestroyNotify) g_hash_table_unref);
  g_hash_table_iter_init (&iter, loaded->read.members);
  while (g_hash_table_iter_next (&iter, &consortium_id, &members))
    {
      GHashTable *ids = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

      for (guint k = 0; k < g_list_model_get_n_items (members); k++)
        {
          g_autoptr(RcConsortiumMember) member = g_list_model_get_item (members, k);
          g_hash_table_add (ids, g_memdup2 (&member->council_id, sizeof (gint64)));
        }
      g_hash_table_insert (loaded->memberships, g_memdup2 (consortium_id, sizeof (gint64)), ids);
    }

  return loaded;
}

static void
rc_councils_page_finish_load (RcListPage *page,
                              gpointer    result)
{
  RcCouncilsPage *self = RC_COUNCILS_PAGE (page);
  Loaded *loaded = result;
  GListModel *councils = loaded != NULL ? loaded->read.councils : NULL;
  GListModel *latest = loaded != NULL ? loaded->read.latest : NULL;
  GListModel *consortia = loaded != NULL ? loaded->read.consortia : NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  gint64 selected = rc_list_page_get_selected_id (page);

  g_hash_table_remove_all (self->latest);
  for (guint i = 0; latest != NULL && i < g_list_model_get_n_items (latest); i++)
    {
      RcWorkforceReturn *ret = g_list_model_get_item (latest, i);
      g_hash_table_insert (self->latest, &ret->council_id, ret);
    }
  g_clear_pointer (&self->memberships, g_hash_table_unref);
  self->memberships = loaded != NULL ? g_steal_pointer (&loaded->memberships)
                                     : g_hash_table_new (g_int64_hash, g_int64_equal);

  /* The dropdowns and the consortium's members are settled before the
   * councils go in, so the list filters them once and builds rows only
   * for those it shows (a few members rather than all 153). */
  g_signal_handlers_block_by_func (self->region_dropdown, refilter, self);
  g_signal_handlers_block_by_func (self->consortium_dropdown, on_consortium_selected, self);
  rc_view_fill_id_dropdown (self->region_dropdown, self->region_ids, _("All regions"),
                            loaded != NULL ? loaded->regions : NULL);
  rc_view_fill_id_dropdown (self->consortium_dropdown, self->consortium_ids, _("Any consortium"), consortia);
  /* A database with a consortium opens on it: its members, and its lead. */
  if (loaded != NULL && !rc_list_page_get_opened (page) && g_list_model_get_n_items (consortia) > 0)
    {
      g_autoptr(RcConsortium) first = g_list_model_get_item (consortia, 0);

      gtk_drop_down_set_selected (self->consortium_dropdown, 1);
      selected = first->lead_council_id;
    }
  g_signal_handlers_unblock_by_func (self->region_dropdown, refilter, self);
  g_signal_handlers_unblock_by_func (self->consortium_dropdown, on_consortium_selected, self);
  choose_members (self);

  for (guint i = 0; councils != NULL && i < g_list_model_get_n_items (councils); i++)
    g_ptr_array_add (items, g_list_model_get_item (councils, i));
  g_list_store_splice (self->councils, 0, g_list_model_get_n_items (G_LIST_MODEL (self->councils)),
                       items->pdata, items->len);

  refilter (self);
  if (selected != 0)
    rc_councils_page_select_council (self, selected);
}

static void
rc_councils_page_store_changed (RcListPage *page,
                                RcStore    *store)
{
  rc_council_detail_set_store (RC_COUNCILS_PAGE (page)->detail, store);
}

void
rc_councils_page_select_council (RcCouncilsPage *self,
                                 gint64          id)
{
  g_return_if_fail (RC_IS_COUNCILS_PAGE (self));

  if (rc_list_page_select_id (RC_LIST_PAGE (self), id))
    return;

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

gint64
rc_councils_page_get_consortium (RcCouncilsPage *self)
{
  g_return_val_if_fail (RC_IS_COUNCILS_PAGE (self), 0);

  return chosen_consortium (self);
}

static void
on_selection_changed (RcCouncilsPage *self)
{
  RcCouncil *council = gtk_single_selection_get_selected_item (self->selection);

  if (council != NULL)
    rc_council_detail_show_council (self->detail, council->id);
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
  RcStore *store = rc_list_page_get_store (RC_LIST_PAGE (widget));
  GtkRoot *root = gtk_widget_get_root (widget);

  if (store != NULL)
    {
      g_autoptr(RcWorkforceImport) plan = rc_workforce_import_new (store);

      rc_csv_import_dialog_choose_file (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, RC_IMPORT_PLAN (plan));
    }
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
  g_clear_object (&self->selection);
  g_clear_object (&self->filtered);
  g_clear_object (&self->councils);
  g_clear_pointer (&self->latest, g_hash_table_unref);
  g_clear_pointer (&self->members, g_hash_table_unref);
  g_clear_pointer (&self->memberships, g_hash_table_unref);
  g_clear_pointer (&self->region_ids, g_array_unref);
  g_clear_pointer (&self->consortium_ids, g_array_unref);

  G_OBJECT_CLASS (rc_councils_page_parent_class)->dispose (object);
}

static void
rc_councils_page_class_init (RcCouncilsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  RcListPageClass *page_class = RC_LIST_PAGE_CLASS (klass);

  object_class->dispose = rc_councils_page_dispose;
  object_class->get_property = rc_councils_page_get_property;
  object_class->set_property = rc_councils_page_set_property;

  page_class->entities = RC_ENTITY_BIT (RC_ENTITY_COUNCIL) | RC_ENTITY_BIT (RC_ENTITY_WORKFORCE_RETURN)
                         | RC_ENTITY_BIT (RC_ENTITY_CONSORTIUM) | RC_ENTITY_BIT (RC_ENTITY_CONSORTIUM_MEMBER);
  page_class->load = rc_councils_page_load;
  page_class->free_result = loaded_free;
  page_class->finish_load = rc_councils_page_finish_load;
  page_class->store_changed = rc_councils_page_store_changed;
  page_class->search_changed = rc_councils_page_search_changed;
  page_class->get_item_id = council_id;

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

  rc_list_page_class_install_navigation (page_class, "councils");
  gtk_widget_class_install_action (widget_class, "councils.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "councils.new-consortium", NULL, consortium_action);
  gtk_widget_class_install_action (widget_class, "councils.edit-consortium", NULL, consortium_action);
  gtk_widget_class_install_property_action (widget_class, "councils.show-former", "show-former");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_CONTROL_MASK, "councils.import", NULL);
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
  self->memberships = g_hash_table_new (g_int64_hash, g_int64_equal);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), self);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
  self->selection = rc_list_page_set_list (RC_LIST_PAGE (self), self->list_view, G_LIST_MODEL (self->filtered));
  rc_list_page_set_leaflet (RC_LIST_PAGE (self), self->leaflet, self->back_button);
  rc_list_page_set_search_entry (RC_LIST_PAGE (self), self->search_entry);
  rc_list_page_set_loading_stack (RC_LIST_PAGE (self), self->list_stack);

  rc_view_shorten_dropdown (self->region_dropdown, 12);
  rc_view_shorten_dropdown (self->consortium_dropdown, 12);

  g_signal_connect_swapped (self->region_dropdown, "notify::selected", G_CALLBACK (refilter), self);
  g_signal_connect_swapped (self->consortium_dropdown, "notify::selected", G_CALLBACK (on_consortium_selected), self);
  g_signal_connect_swapped (self->selection, "notify::selected", G_CALLBACK (on_selection_changed), self);
  g_signal_connect_swapped (self->detail, "show-council", G_CALLBACK (on_show_council), self);

  rc_write_action_set_enabled (GTK_WIDGET (self), "councils.import", TRUE);
  rc_write_action_set_enabled (GTK_WIDGET (self), "councils.new-consortium", TRUE);
  rc_write_action_set_enabled (GTK_WIDGET (self), "councils.edit-consortium", FALSE);
}
