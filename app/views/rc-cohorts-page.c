/* rc-cohorts-page.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-views"

#include "config.h"

#include <glib/gi18n.h>

#include "rc-cohort-detail.h"
#include "rc-cohort-dialog.h"
#include "rc-cohort-row.h"
#include "rc-cohorts-page.h"
#include "rc-list-activation.h"

/* What a row shows of a cohort's trainees, read when the row is first
 * drawn and kept until the store changes. */
typedef struct {
  gboolean    known;
  RcRetention retention;
  guint       counts[RC_N_STAGES];
} CohortStats;

struct _RcCohortsPage
{
  AdwBin               parent_instance;

  RcStore             *store;
  GListStore          *cohorts;
  GtkSingleSelection  *selection;
  GHashTable          *stats;        /* cohort id -> CohortStats */
  gboolean             opened;       /* the first load of a database is done */

  /* template children */
  GtkStack            *main_stack;
  AdwLeaflet          *leaflet;
  GtkListView         *list_view;
  GtkWidget           *back_button;
  RcCohortDetail      *detail;
};

G_DEFINE_FINAL_TYPE (RcCohortsPage, rc_cohorts_page, ADW_TYPE_BIN)

enum { PROP_0, PROP_STORE, N_PROPS };
static GParamSpec *properties [N_PROPS];

GtkWidget *
rc_cohorts_page_new (void)
{
  return g_object_new (RC_TYPE_COHORTS_PAGE, NULL);
}

static CohortStats *
lookup_stats (RcCohortsPage *self,
              RcCohort      *cohort)
{
  CohortStats *stats = g_hash_table_lookup (self->stats, &cohort->id);
  g_autoptr(GError) error = NULL;

  if (stats != NULL || self->store == NULL)
    return stats;

  stats = g_new0 (CohortStats, 1);
  stats->known = rc_store_get_cohort_retention (self->store, cohort->id, 0, &stats->retention,
                                                stats->counts, &error);
  if (!stats->known)
    g_warning ("Could not count the trainees of cohort %s: %s", cohort->name, error->message);
  g_hash_table_insert (self->stats, g_memdup2 (&cohort->id, sizeof (gint64)), stats);

  return stats;
}

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *item)
{
  gtk_list_item_set_child (item, rc_cohort_row_new ());
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          RcCohortsPage            *self)
{
  RcCohort *cohort = gtk_list_item_get_item (item);
  CohortStats *stats = lookup_stats (self, cohort);
  gboolean known = stats != NULL && stats->known;

  rc_cohort_row_set (RC_COHORT_ROW (gtk_list_item_get_child (item)), cohort,
                     known ? &stats->retention : NULL, known ? stats->counts : NULL);
}

static RcCohort *
selected_cohort (RcCohortsPage *self)
{
  return gtk_single_selection_get_selected_item (self->selection);
}

static void
update_actions (RcCohortsPage *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "cohorts.new", self->store != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "cohorts.edit", selected_cohort (self) != NULL);
}

static void
reload (RcCohortsPage *self)
{
  g_autoptr(GListModel) cohorts = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  RcCohort *current = selected_cohort (self);
  gint64 selected = current != NULL ? current->id : rc_cohort_detail_get_cohort_id (self->detail);
  guint n;

  g_hash_table_remove_all (self->stats);
  if (self->store != NULL)
    {
      cohorts = rc_store_list_cohorts (self->store, &error);
      if (cohorts == NULL)
        g_warning ("Could not load the cohorts: %s", error->message);
    }

  for (guint i = 0; cohorts != NULL && i < g_list_model_get_n_items (cohorts); i++)
    g_ptr_array_add (items, g_list_model_get_item (cohorts, i));
  g_list_store_splice (self->cohorts, 0, g_list_model_get_n_items (G_LIST_MODEL (self->cohorts)),
                       items->pdata, items->len);

  n = items->len;
  gtk_stack_set_visible_child_name (self->main_stack, n > 0 ? "cohorts" : "empty");

  /* A database opens on its first cohort, so the right is never blank. */
  if (!self->opened && selected == 0 && n > 0)
    selected = RC_COHORT (g_ptr_array_index (items, 0))->id;
  self->opened = self->store != NULL;

  if (selected != 0)
    rc_cohorts_page_select_cohort (self, selected);
  update_actions (self);
}

static void
on_store_changed (RcCohortsPage *self,
                  const char    *entity)
{
  if (g_str_equal (entity, "cohort")
      || g_str_equal (entity, "cohort_place")
      || g_str_equal (entity, "trainee")
      || g_str_equal (entity, "trainee_event")
      || g_str_equal (entity, "programme")
      || g_str_equal (entity, "consortium"))
    reload (self);
}

void
rc_cohorts_page_set_store (RcCohortsPage *self,
                           RcStore       *store)
{
  g_return_if_fail (RC_IS_COHORTS_PAGE (self));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);

  self->opened = FALSE;
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  rc_cohort_detail_set_store (self->detail, store);
  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STORE]);
}

RcStore *
rc_cohorts_page_get_store (RcCohortsPage *self)
{
  g_return_val_if_fail (RC_IS_COHORTS_PAGE (self), NULL);

  return self->store;
}

GListModel *
rc_cohorts_page_get_cohorts (RcCohortsPage *self)
{
  g_return_val_if_fail (RC_IS_COHORTS_PAGE (self), NULL);

  return G_LIST_MODEL (self->cohorts);
}

void
rc_cohorts_page_select_cohort (RcCohortsPage *self,
                               gint64         id)
{
  GListModel *cohorts = G_LIST_MODEL (self->cohorts);

  g_return_if_fail (RC_IS_COHORTS_PAGE (self));

  for (guint i = 0; i < g_list_model_get_n_items (cohorts); i++)
    {
      g_autoptr(RcCohort) cohort = g_list_model_get_item (cohorts, i);

      if (cohort->id == id)
        {
          gtk_single_selection_set_selected (self->selection, i);
          return;
        }
    }

  /* Gone (deleted elsewhere): show nothing rather than a stale cohort. */
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  rc_cohort_detail_show_cohort (self->detail, 0);
}

gint64
rc_cohorts_page_get_selected_id (RcCohortsPage *self)
{
  RcCohort *cohort;

  g_return_val_if_fail (RC_IS_COHORTS_PAGE (self), 0);

  cohort = selected_cohort (self);

  return cohort != NULL ? cohort->id : 0;
}

GtkWidget *
rc_cohorts_page_get_detail (RcCohortsPage *self)
{
  g_return_val_if_fail (RC_IS_COHORTS_PAGE (self), NULL);

  return GTK_WIDGET (self->detail);
}

static void
on_cohort_saved (RcCohortsPage *self,
                 RcCohort      *cohort)
{
  rc_cohorts_page_select_cohort (self, cohort->id);
}

GtkWidget *
rc_cohorts_page_open_cohort_dialog (RcCohortsPage *self,
                                    gboolean       edit)
{
  GtkRoot *root;
  GtkWidget *dialog;
  RcCohort *cohort = NULL;

  g_return_val_if_fail (RC_IS_COHORTS_PAGE (self), NULL);

  if (self->store == NULL)
    return NULL;
  if (edit && (cohort = selected_cohort (self)) == NULL)
    return NULL;

  root = gtk_widget_get_root (GTK_WIDGET (self));
  dialog = rc_cohort_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->store, cohort);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_cohort_saved), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));

  return dialog;
}

static void
cohort_dialog_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  rc_cohorts_page_open_cohort_dialog (RC_COHORTS_PAGE (widget),
                                      g_str_equal (action_name, "cohorts.edit"));
}

static void
on_selection_changed (RcCohortsPage *self)
{
  RcCohort *cohort = selected_cohort (self);

  /* While the list is replaced the selection passes through nothing;
   * the detail keeps its cohort and reloads it itself. */
  if (cohort != NULL && cohort->id != rc_cohort_detail_get_cohort_id (self->detail))
    rc_cohort_detail_show_cohort (self->detail, cohort->id);
  update_actions (self);
}

/* A click on a row of the folded list shows what it chose. */
static void
on_row_clicked (GObject *owner)
{
  RcCohortsPage *self = RC_COHORTS_PAGE (owner);

  if (adw_leaflet_get_folded (self->leaflet)
      && gtk_single_selection_get_selected_item (self->selection) != NULL)
    adw_leaflet_set_visible_child_name (self->leaflet, "detail");
}

static void
on_activate (RcCohortsPage *self,
             guint          position)
{
  gtk_single_selection_set_selected (self->selection, position);
  adw_leaflet_set_visible_child_name (self->leaflet, "detail");
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  adw_leaflet_set_visible_child_name (RC_COHORTS_PAGE (widget)->leaflet, "list");
}

/* Ctrl+F searches the trainees shown, wherever the focus is on the page. */
static void
focus_search_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  RcCohortsPage *self = RC_COHORTS_PAGE (widget);

  adw_leaflet_set_visible_child_name (self->leaflet, "detail");
  gtk_widget_activate_action (GTK_WIDGET (self->detail), "cohort.focus-search", NULL);
}

static void
rc_cohorts_page_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  RcCohortsPage *self = RC_COHORTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_cohorts_page_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  RcCohortsPage *self = RC_COHORTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      rc_cohorts_page_set_store (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_cohorts_page_dispose (GObject *object)
{
  RcCohortsPage *self = RC_COHORTS_PAGE (object);

  /* The bin's child is a template child: let the bin drop it first. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), RC_TYPE_COHORTS_PAGE);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  g_clear_object (&self->selection);
  g_clear_object (&self->cohorts);
  g_clear_pointer (&self->stats, g_hash_table_unref);

  G_OBJECT_CLASS (rc_cohorts_page_parent_class)->dispose (object);
}

static void
rc_cohorts_page_class_init (RcCohortsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rc_cohorts_page_dispose;
  object_class->get_property = rc_cohorts_page_get_property;
  object_class->set_property = rc_cohorts_page_set_property;

  properties [PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, RC_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (RC_TYPE_COHORT_DETAIL);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/rc-cohorts-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RcCohortsPage, main_stack);
  gtk_widget_class_bind_template_child (widget_class, RcCohortsPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, RcCohortsPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, RcCohortsPage, back_button);
  gtk_widget_class_bind_template_child (widget_class, RcCohortsPage, detail);

  gtk_widget_class_install_action (widget_class, "cohorts.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "cohorts.new", NULL, cohort_dialog_action);
  gtk_widget_class_install_action (widget_class, "cohorts.edit", NULL, cohort_dialog_action);
  gtk_widget_class_install_action (widget_class, "cohorts.focus-search", NULL, focus_search_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "cohorts.focus-search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "cohorts.back", NULL);
}

static void
rc_cohorts_page_init (RcCohortsPage *self)
{
  GtkListItemFactory *factory;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->stats = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  self->cohorts = g_list_store_new (RC_TYPE_COHORT);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->cohorts)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), self);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  g_signal_connect_swapped (self->selection, "notify::selected", G_CALLBACK (on_selection_changed), self);
  g_signal_connect_swapped (self->list_view, "activate", G_CALLBACK (on_activate), self);
  rc_list_view_choose_on_click (self->list_view, G_OBJECT (self), on_row_clicked);

  g_object_bind_property (self->leaflet, "folded", self->back_button, "visible", G_BINDING_SYNC_CREATE);
  update_actions (self);
}
