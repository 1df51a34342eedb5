/* rc-trends-page.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-views"

#include "config.h"

#include <glib/gi18n.h>

#include "export/rc-trend-chart.h"
#include "rc-councils-read.h"
#include "rc-trends-page-private.h"
#include "rc-view-util.h"

G_DEFINE_FINAL_TYPE (RcTrendsPage, rc_trends_page, RC_TYPE_LIST_PAGE)

GtkWidget *
rc_trends_page_new (void)
{
  return g_object_new (RC_TYPE_TRENDS_PAGE, NULL);
}

/* ---- Loading ------------------------------------------------------------ */

/* What the page reads, in a worker. */
typedef struct
{
  RcCouncilsRead  read;
  GListModel     *cohorts;
  GHashTable     *outcomes;   /* cohort id -> RcCohortOutcome */
} Loaded;

static void
loaded_free (gpointer data)
{
  Loaded *loaded = data;

  rc_councils_read_clear (&loaded->read);
  g_clear_object (&loaded->cohorts);
  g_clear_pointer (&loaded->outcomes, g_hash_table_unref);
  g_free (loaded);
}

static gpointer
rc_trends_page_load (RcStore       *reader,
                     gpointer       request,
                     GCancellable  *cancellable,
                     GError       **error)
{
  Loaded *loaded = g_new0 (Loaded, 1);

  if (!rc_councils_read (&loaded->read, reader, error)
      || (loaded->cohorts = rc_store_list_cohorts (reader, error)) == NULL
      || (loaded->outcomes = rc_store_list_cohort_outcomes (reader, error)) == NULL)
    {
      loaded_free (loaded);
      return NULL;
    }

  return loaded;
}

static void
rc_trends_page_finish_load (RcListPage *page,
                            gpointer    result)
{
  RcTrendsPage *self = RC_TRENDS_PAGE (page);
  Loaded *loaded = result;
  GListModel *councils = loaded != NULL ? loaded->read.councils : NULL;
  GListModel *latest = loaded != NULL ? loaded->read.latest : NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) known = g_hash_table_new (g_int64_hash, g_int64_equal);
  GHashTableIter iter;
  gpointer key;
  gint64 consortium;

  g_hash_table_remove_all (self->with_returns);
  g_clear_pointer (&self->members, g_hash_table_unref);
  self->members = loaded != NULL ? g_steal_pointer (&loaded->read.members)
                                 : g_hash_table_new (g_int64_hash, g_int64_equal);

  for (guint i = 0; latest != NULL && i < g_list_model_get_n_items (latest); i++)
    {
      g_autoptr(RcWorkforceReturn) ret = g_list_model_get_item (latest, i);
      g_hash_table_add (self->with_returns, g_memdup2 (&ret->council_id, sizeof (gint64)));
    }

  for (guint i = 0; councils != NULL && i < g_list_model_get_n_items (councils); i++)
    {
      RcCouncil *council = g_list_model_get_item (councils, i);

      g_hash_table_add (known, &council->id);
      g_ptr_array_add (items, council);
      /* A council whose figures live under its predecessor has them too. */
      if (council->predecessor_id != 0 && g_hash_table_contains (self->with_returns, &council->predecessor_id))
        g_hash_table_add (self->with_returns, g_memdup2 (&council->id, sizeof (gint64)));
    }
  /* Forget chosen councils that were deleted. */
  g_hash_table_iter_init (&iter, self->chosen);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (!g_hash_table_contains (known, key))
      g_hash_table_iter_remove (&iter);

  rc_trends_page_fill_consortia (self, loaded != NULL ? loaded->read.consortia : NULL);
  if (loaded != NULL && !self->preselected && self->consortium_ids->len > 1)
    {
      /* On the first look, the consortium against England. */
      rc_trends_page_set_consortium_position (self, 1);
      g_signal_handlers_block_by_func (self->average_switch, rc_trends_page_update_chart, self);
      g_signal_handlers_block_by_func (self->national_switch, rc_trends_page_update_chart, self);
      gtk_switch_set_active (self->average_switch, TRUE);
      gtk_switch_set_active (self->national_switch, TRUE);
      g_signal_handlers_unblock_by_func (self->average_switch, rc_trends_page_update_chart, self);
      g_signal_handlers_unblock_by_func (self->national_switch, rc_trends_page_update_chart, self);
    }
  consortium = rc_view_get_chosen_id (self->consortium_dropdown, self->consortium_ids);
  if (consortium != 0)
    rc_trends_page_choose_members (self, consortium);
  self->preselected = self->preselected || loaded != NULL;

  g_list_store_splice (self->councils, 0, g_list_model_get_n_items (G_LIST_MODEL (self->councils)),
                       items->pdata, items->len);
  rc_trends_page_refilter (self);
  gtk_stack_set_visible_child_name (self->stack,
                                    g_hash_table_size (self->with_returns) > 0 ? "trends" : "empty");
  /* Kept for the retention chart, which follows the consortium chosen. */
  g_clear_object (&self->retention_cohorts);
  g_clear_pointer (&self->retention_outcomes, g_hash_table_unref);
  if (loaded != NULL)
    {
      self->retention_cohorts = g_steal_pointer (&loaded->cohorts);
      self->retention_outcomes = g_steal_pointer (&loaded->outcomes);
    }
  rc_trends_page_update_chosen (self);
}

static void
rc_trends_page_store_changed (RcListPage *page,
                              RcStore    *store)
{
  RcTrendsPage *self = RC_TRENDS_PAGE (page);

  /* Another database: choose for the user again. */
  rc_loader_cancel (self->chart_loader);
  g_hash_table_remove_all (self->chosen);
  self->preselected = FALSE;
  rc_trends_page_set_consortium_position (self, 0);
}

static void
rc_trends_page_search_changed (RcListPage *page)
{
  rc_trends_page_refilter (RC_TRENDS_PAGE (page));
}

void
rc_trends_page_set_measure (RcTrendsPage *self,
                            RcMeasure     measure)
{
  g_return_if_fail (RC_IS_TRENDS_PAGE (self));
  g_return_if_fail ((guint) measure < RC_N_MEASURES);

  gtk_drop_down_set_selected (self->measure_dropdown, measure);
}

RcMeasure
rc_trends_page_get_measure (RcTrendsPage *self)
{
  g_return_val_if_fail (RC_IS_TRENDS_PAGE (self), RC_MEASURE_VACANCY);

  return self->measure;
}

static void
on_measure_selected (RcTrendsPage *self)
{
  guint position = gtk_drop_down_get_selected (self->measure_dropdown);

  self->measure = position < RC_N_MEASURES ? (RcMeasure) position : RC_MEASURE_VACANCY;
  rc_trends_page_update_chart (self);
}

const char *
rc_trends_page_get_title (RcTrendsPage *self)
{
  g_return_val_if_fail (RC_IS_TRENDS_PAGE (self), NULL);

  return self->title;
}

static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  adw_leaflet_set_visible_child_name (RC_TRENDS_PAGE (widget)->leaflet,
                                      g_str_equal (action_name, "trends.show-options") ? "options" : "chart");
}

/* ---- GObject ------------------------------------------------------------ */

static void
rc_trends_page_dispose (GObject *object)
{
  RcTrendsPage *self = RC_TRENDS_PAGE (object);

  rc_trends_page_close_chooser (self);
  rc_trends_page_cancel_export (self);
  /* The bin's child is a template child: let the bin drop it first. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), RC_TYPE_TRENDS_PAGE);
  if (self->chart_loader != NULL)
    rc_loader_cancel (self->chart_loader);
  g_clear_object (&self->chart_loader);
  g_clear_object (&self->filtered);
  g_clear_object (&self->councils);
  g_clear_pointer (&self->chosen, g_hash_table_unref);
  g_clear_pointer (&self->with_returns, g_hash_table_unref);
  g_clear_pointer (&self->consortium_ids, g_array_unref);
  g_clear_pointer (&self->members, g_hash_table_unref);
  g_clear_object (&self->retention_cohorts);
  g_clear_pointer (&self->retention_outcomes, g_hash_table_unref);
  g_clear_pointer (&self->check_buttons, g_ptr_array_unref);
  g_clear_pointer (&self->title, g_free);

  G_OBJECT_CLASS (rc_trends_page_parent_class)->dispose (object);
}

static void
rc_trends_page_class_init (RcTrendsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  RcListPageClass *page_class = RC_LIST_PAGE_CLASS (klass);

  object_class->dispose = rc_trends_page_dispose;

  page_class->entities = RC_ENTITY_BIT (RC_ENTITY_WORKFORCE_RETURN) | RC_ENTITY_BIT (RC_ENTITY_COUNCIL)
                         | RC_ENTITY_BIT (RC_ENTITY_CONSORTIUM) | RC_ENTITY_BIT (RC_ENTITY_CONSORTIUM_MEMBER)
                         | RC_ENTITY_BIT (RC_ENTITY_TRAINEE_EVENT) | RC_ENTITY_BIT (RC_ENTITY_TRAINEE)
                         | RC_ENTITY_BIT (RC_ENTITY_COHORT);
  page_class->load = rc_trends_page_load;
  page_class->free_result = loaded_free;
  page_class->finish_load = rc_trends_page_finish_load;
  page_class->store_changed = rc_trends_page_store_changed;
  page_class->search_changed = rc_trends_page_search_changed;

  g_type_ensure (RC_TYPE_LINE_CHART_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/rc-trends-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RcTrendsPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, RcTrendsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, RcTrendsPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, RcTrendsPage, chart_button);
  gtk_widget_class_bind_template_child (widget_class, RcTrendsPage, options_button);
  gtk_widget_class_bind_template_child (widget_class, RcTrendsPage, export_button);
  gtk_widget_class_bind_template_child (widget_class, RcTrendsPage, export_icon_button);
  gtk_widget_class_bind_template_child (widget_class, RcTrendsPage, measure_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RcTrendsPage, consortium_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RcTrendsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, RcTrendsPage, council_list);
  gtk_widget_class_bind_template_child (widget_class, RcTrendsPage, chosen_label);
  gtk_widget_class_bind_template_child (widget_class, RcTrendsPage, average_switch);
  gtk_widget_class_bind_template_child (widget_class, RcTrendsPage, national_switch);
  gtk_widget_class_bind_template_child (widget_class, RcTrendsPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, RcTrendsPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, RcTrendsPage, chart_stack);
  gtk_widget_class_bind_template_child (widget_class, RcTrendsPage, chart_view);
  gtk_widget_class_bind_template_child (widget_class, RcTrendsPage, retention_stack);
  gtk_widget_class_bind_template_child (widget_class, RcTrendsPage, retention_view);
  gtk_widget_class_bind_template_child (widget_class, RcTrendsPage, retention_note);

  gtk_widget_class_install_action (widget_class, "trends.export", NULL, rc_trends_page_export_action);
  gtk_widget_class_install_action (widget_class, "trends.show-options", NULL, show_page_action);
  gtk_widget_class_install_action (widget_class, "trends.show-chart", NULL, show_page_action);
}

static void
rc_trends_page_init (RcTrendsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->chart_loader = rc_loader_new (self);
  rc_list_page_watch_loader (RC_LIST_PAGE (self), self->chart_loader);
  self->members = g_hash_table_new (g_int64_hash, g_int64_equal);
  rc_list_page_set_search_entry (RC_LIST_PAGE (self), self->search_entry);
  rc_list_page_set_loading_stack (RC_LIST_PAGE (self), self->stack);
  rc_trends_page_init_councils (self);
  g_signal_connect_swapped (self->measure_dropdown, "notify::selected", G_CALLBACK (on_measure_selected), self);
  g_signal_connect_swapped (self->average_switch, "notify::active", G_CALLBACK (rc_trends_page_update_chart), self);
  g_signal_connect_swapped (self->national_switch, "notify::active", G_CALLBACK (rc_trends_page_update_chart), self);

  g_object_bind_property (self->leaflet, "folded", self->chart_button, "visible", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->leaflet, "folded", self->options_button, "visible", G_BINDING_SYNC_CREATE);
  /* A narrow header keeps its room for the title. */
  g_object_bind_property (self->leaflet, "folded", self->export_icon_button, "visible", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->leaflet, "folded", self->export_button, "visible",
                          G_BINDING_SYNC_CREATE | G_BINDING_INVERT_BOOLEAN);
  adw_leaflet_set_visible_child_name (self->leaflet, "chart");

  rc_trends_page_update_chosen (self);
}
