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
#include "rc-loader.h"
#include "rc-write-actions.h"

struct _RcCohortsPage
{
  RcListPage           parent_instance;

  GListStore          *cohorts;
  GtkSingleSelection  *selection;
  /* What each row shows of its cohort's trainees (cohort id ->
   * RcCohortOutcome), read in one go after the cohorts; NULL until then. */
  GHashTable          *outcomes;
  RcLoader            *outcomes_loader;
  GPtrArray           *bound;        /* the GtkListItems with a row now */
  GHashTable          *stale;        /* of them, those not shown again since */

  /* template children */
  GtkStack            *main_stack;
  AdwLeaflet          *leaflet;
  GtkListView         *list_view;
  GtkWidget           *back_button;
  RcCohortDetail      *detail;
};

G_DEFINE_FINAL_TYPE (RcCohortsPage, rc_cohorts_page, RC_TYPE_LIST_PAGE)

GtkWidget *
rc_cohorts_page_new (void)
{
  return g_object_new (RC_TYPE_COHORTS_PAGE, NULL);
}

static void show_row (RcCohortsPage *self,
                      GtkListItem   *item);

/* A row kept from before the counts came shows them as it comes on
 * screen. */
static void
on_row_mapped (GtkWidget     *row,
               RcCohortsPage *self)
{
  GHashTableIter iter;
  gpointer item;

  if (self->stale == NULL)
    return;
  g_hash_table_iter_init (&iter, self->stale);
  while (g_hash_table_iter_next (&iter, &item, NULL))
    if (gtk_list_item_get_child (item) == row)
      {
        show_row (self, item);
        g_hash_table_iter_remove (&iter);
        break;
      }
}

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           RcCohortsPage            *self)
{
  GtkWidget *row = rc_cohort_row_new ();

  g_signal_connect_object (row, "map", G_CALLBACK (on_row_mapped), self, 0);
  gtk_list_item_set_child (item, row);
}

static void
show_row (RcCohortsPage *self,
          GtkListItem   *item)
{
  RcCohort *cohort = gtk_list_item_get_item (item);
  static const RcCohortOutcome none = { 0 };
  const RcCohortOutcome *outcome = NULL;

  /* Nothing but the cohort until its counts are read; none when it has
   * no trainees. */
  if (self->outcomes != NULL && (outcome = g_hash_table_lookup (self->outcomes, &cohort->id)) == NULL)
    outcome = &none;
  rc_cohort_row_set (RC_COHORT_ROW (gtk_list_item_get_child (item)), cohort,
                     outcome != NULL ? &outcome->retention : NULL, outcome != NULL ? outcome->counts : NULL);
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          RcCohortsPage            *self)
{
  show_row (self, item);
  g_ptr_array_add (self->bound, item);
  g_hash_table_remove (self->stale, item);
}

static void
unbind_row (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            RcCohortsPage            *self)
{
  if (self->bound != NULL)
    g_ptr_array_remove_fast (self->bound, item);
  if (self->stale != NULL)
    g_hash_table_remove (self->stale, item);
}

/* Whether @item's row is in the part of the list on screen. GTK 4.8
 * keeps the rows it built past the screen unmapped, and maps one as it
 * scrolls into sight (on_row_mapped()). */
static gboolean
row_is_on_screen (RcCohortsPage *self,
                  GtkListItem   *item)
{
  GtkWidget *row = gtk_list_item_get_child (item);
  int height = gtk_widget_get_height (GTK_WIDGET (self->list_view));
  graphene_rect_t bounds;

  if (row == NULL || !gtk_widget_get_mapped (row))
    return FALSE;
  if (!gtk_widget_compute_bounds (row, GTK_WIDGET (self->list_view), &bounds))
    return TRUE;

  return bounds.origin.y + bounds.size.height >= 0 && bounds.origin.y <= height;
}

/* The rows on screen show their cohort's counts now; GTK keeps up to 200
 * rows, and laying out all their wrapped labels again took a frame of
 * 100 to 150 ms: the others are shown again when they scroll into sight. */
static void
refresh_rows (RcCohortsPage *self)
{
  for (guint i = 0; i < self->bound->len; i++)
    {
      GtkListItem *item = g_ptr_array_index (self->bound, i);

      if (row_is_on_screen (self, item))
        {
          show_row (self, item);
          g_hash_table_remove (self->stale, item);
        }
      else
        g_hash_table_add (self->stale, item);
    }
}

static void
on_scrolled (RcCohortsPage *self)
{
  GHashTableIter iter;
  gpointer item;

  g_hash_table_iter_init (&iter, self->stale);
  while (g_hash_table_iter_next (&iter, &item, NULL))
    if (row_is_on_screen (self, item))
      {
        show_row (self, item);
        g_hash_table_iter_remove (&iter);
      }
}

static RcCohort *
selected_cohort (RcCohortsPage *self)
{
  return gtk_single_selection_get_selected_item (self->selection);
}

static gint64
cohort_id (gpointer item)
{
  return RC_COHORT (item)->id;
}

static void
update_actions (RcCohortsPage *self)
{
  rc_write_action_set_enabled (GTK_WIDGET (self), "cohorts.new",
                               rc_list_page_get_store (RC_LIST_PAGE (self)) != NULL);
  rc_write_action_set_enabled (GTK_WIDGET (self), "cohorts.edit", selected_cohort (self) != NULL);
}

static gboolean
same_cohort (gconstpointer a,
             gconstpointer b)
{
  const RcCohort *x = a;
  const RcCohort *y = b;

  return x->id == y->id
         && x->programme_id == y->programme_id
         && g_strcmp0 (x->programme_name, y->programme_name) == 0
         && x->consortium_id == y->consortium_id
         && g_strcmp0 (x->consortium_name, y->consortium_name) == 0
         && g_strcmp0 (x->name, y->name) == 0
         && g_strcmp0 (x->starts_on, y->starts_on) == 0
         && g_strcmp0 (x->ends_on, y->ends_on) == 0
         && x->places_funded == y->places_funded
         && x->min_years_out == y->min_years_out
         && x->max_years_out == y->max_years_out
         && x->training_weeks == y->training_weeks
         && g_strcmp0 (x->notes, y->notes) == 0;
}

static gpointer
rc_cohorts_page_load (RcStore       *reader,
                      gpointer       request,
                      GCancellable  *cancellable,
                      GError       **error)
{
  return rc_store_list_cohorts (reader, error);
}

static gpointer
load_outcomes (RcStore       *reader,
               gpointer       request,
               GCancellable  *cancellable,
               GError       **error)
{
  return rc_store_list_cohort_outcomes (reader, error);
}

static void
on_outcomes_loaded (gpointer      owner,
                    gpointer      result,
                    const GError *error)
{
  RcCohortsPage *self = owner;

  if (result == NULL)
    return;

  g_clear_pointer (&self->outcomes, g_hash_table_unref);
  self->outcomes = g_hash_table_ref (result);
  /* The list does not change, so the view keeps its rows. */
  refresh_rows (self);
}

static void
rc_cohorts_page_finish_load (RcListPage *page,
                             gpointer    result)
{
  RcCohortsPage *self = RC_COHORTS_PAGE (page);
  GListModel *cohorts = result;
  RcStore *store = rc_list_page_get_store (page);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  gint64 selected = rc_list_page_get_selected_id (page);
  guint n;

  if (selected == 0)
    selected = rc_cohort_detail_get_cohort_id (self->detail);

  for (guint i = 0; cohorts != NULL && i < g_list_model_get_n_items (cohorts); i++)
    g_ptr_array_add (items, g_list_model_get_item (cohorts, i));
  /* Until the new counts come, the rows keep the last ones; the rows of
   * cohorts that did not change stay as they are. */
  if (cohorts == NULL)
    g_clear_pointer (&self->outcomes, g_hash_table_unref);
  rc_list_page_update_items (self->cohorts, items, same_cohort);

  n = items->len;
  gtk_stack_set_visible_child_name (self->main_stack, n > 0 ? "cohorts" : "empty");

  /* A database opens on its first cohort, so the right is never blank. */
  if (cohorts != NULL && !rc_list_page_get_opened (page) && selected == 0 && n > 0)
    selected = RC_COHORT (g_ptr_array_index (items, 0))->id;

  if (selected != 0 && cohorts != NULL)
    rc_cohorts_page_select_cohort (self, selected);
  update_actions (self);

  if (cohorts != NULL && store != NULL)
    rc_loader_start (self->outcomes_loader, store, load_outcomes, NULL, NULL,
                     (GDestroyNotify) g_hash_table_unref, on_outcomes_loaded);
  else
    rc_loader_cancel (self->outcomes_loader);
}

static void
rc_cohorts_page_store_changed (RcListPage *page,
                               RcStore    *store)
{
  RcCohortsPage *self = RC_COHORTS_PAGE (page);

  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  g_clear_pointer (&self->outcomes, g_hash_table_unref);
  rc_cohort_detail_set_store (self->detail, store);
}

void
rc_cohorts_page_select_cohort (RcCohortsPage *self,
                               gint64         id)
{
  g_return_if_fail (RC_IS_COHORTS_PAGE (self));

  if (rc_list_page_select_id (RC_LIST_PAGE (self), id))
    return;

  /* Gone (deleted elsewhere): show nothing rather than a stale cohort. */
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  rc_cohort_detail_show_cohort (self->detail, 0);
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
  /* A new cohort is in the list once it has been read again. */
  rc_list_page_select_id_when_loaded (RC_LIST_PAGE (self), cohort->id);
}

GtkWidget *
rc_cohorts_page_open_cohort_dialog (RcCohortsPage *self,
                                    gboolean       edit)
{
  GtkRoot *root;
  GtkWidget *dialog;
  RcCohort *cohort = NULL;
  RcStore *store;

  g_return_val_if_fail (RC_IS_COHORTS_PAGE (self), NULL);

  store = rc_list_page_get_store (RC_LIST_PAGE (self));
  if (store == NULL)
    return NULL;
  if (edit && (cohort = selected_cohort (self)) == NULL)
    return NULL;

  root = gtk_widget_get_root (GTK_WIDGET (self));
  dialog = rc_cohort_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, store, cohort);
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

/* Ctrl+F searches the trainees shown, wherever the focus is on the page. */
static void
rc_cohorts_page_focus_search (RcListPage *page)
{
  RcCohortsPage *self = RC_COHORTS_PAGE (page);

  adw_leaflet_set_visible_child_name (self->leaflet, "detail");
  gtk_widget_activate_action (GTK_WIDGET (self->detail), "cohort.focus-search", NULL);
}

static void
rc_cohorts_page_dispose (GObject *object)
{
  RcCohortsPage *self = RC_COHORTS_PAGE (object);

  /* The bin's child is a template child: let the bin drop it first. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), RC_TYPE_COHORTS_PAGE);
  if (self->outcomes_loader != NULL)
    rc_loader_cancel (self->outcomes_loader);
  g_clear_object (&self->outcomes_loader);
  g_clear_object (&self->selection);
  g_clear_object (&self->cohorts);
  g_clear_pointer (&self->outcomes, g_hash_table_unref);
  g_clear_pointer (&self->bound, g_ptr_array_unref);
  g_clear_pointer (&self->stale, g_hash_table_unref);

  G_OBJECT_CLASS (rc_cohorts_page_parent_class)->dispose (object);
}

static void
rc_cohorts_page_class_init (RcCohortsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  RcListPageClass *page_class = RC_LIST_PAGE_CLASS (klass);

  object_class->dispose = rc_cohorts_page_dispose;

  page_class->entities = RC_ENTITY_BIT (RC_ENTITY_COHORT) | RC_ENTITY_BIT (RC_ENTITY_COHORT_PLACE)
                         | RC_ENTITY_BIT (RC_ENTITY_TRAINEE) | RC_ENTITY_BIT (RC_ENTITY_TRAINEE_EVENT)
                         | RC_ENTITY_BIT (RC_ENTITY_PROGRAMME) | RC_ENTITY_BIT (RC_ENTITY_CONSORTIUM);
  page_class->load = rc_cohorts_page_load;
  page_class->free_result = g_object_unref;
  page_class->finish_load = rc_cohorts_page_finish_load;
  page_class->store_changed = rc_cohorts_page_store_changed;
  page_class->get_item_id = cohort_id;
  page_class->focus_search = rc_cohorts_page_focus_search;

  g_type_ensure (RC_TYPE_COHORT_DETAIL);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/rc-cohorts-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RcCohortsPage, main_stack);
  gtk_widget_class_bind_template_child (widget_class, RcCohortsPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, RcCohortsPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, RcCohortsPage, back_button);
  gtk_widget_class_bind_template_child (widget_class, RcCohortsPage, detail);

  rc_list_page_class_install_navigation (page_class, "cohorts");
  gtk_widget_class_install_action (widget_class, "cohorts.new", NULL, cohort_dialog_action);
  gtk_widget_class_install_action (widget_class, "cohorts.edit", NULL, cohort_dialog_action);
}

static void
rc_cohorts_page_init (RcCohortsPage *self)
{
  GtkListItemFactory *factory;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->bound = g_ptr_array_new ();
  self->stale = g_hash_table_new (NULL, NULL);
  self->outcomes_loader = rc_loader_new (self);
  rc_list_page_watch_loader (RC_LIST_PAGE (self), self->outcomes_loader);
  self->cohorts = g_list_store_new (RC_TYPE_COHORT);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row), self);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
  self->selection = rc_list_page_set_list (RC_LIST_PAGE (self), self->list_view, G_LIST_MODEL (self->cohorts));
  rc_list_page_set_leaflet (RC_LIST_PAGE (self), self->leaflet, self->back_button);
  rc_list_page_set_loading_stack (RC_LIST_PAGE (self), self->main_stack);

  g_signal_connect_swapped (self->selection, "notify::selected", G_CALLBACK (on_selection_changed), self);
  g_signal_connect_swapped (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->list_view)), "value-changed",
                            G_CALLBACK (on_scrolled), self);
  update_actions (self);
}
