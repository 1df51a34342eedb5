/* rc-trainee-table.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-views"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "rc-filter-model.h"
#include "rc-reveal-model.h"
#include "rc-slot-model.h"
#include "rc-trainee-columns-private.h"
#include "rc-trainee-search.h"
#include "rc-trainee-table.h"

struct _RcTraineeTable
{
  AdwBin               parent_instance;

  RcCohort            *cohort;
  /* trainees, sorted by the column chosen, then searched and filtered */
  GListModel          *trainees;
  GtkSortListModel    *sorted;
  RcFilterModel       *filtered;
  /* what the view shows: a slot for each row (rc-slot-model.c), a few
   * more each frame when many come at once (rc-reveal-model.c) */
  RcSlotModel         *slots;
  RcRevealModel       *reveal;
  GtkSingleSelection  *selection;
  GArray              *council_ids;   /* council dropdown position -> id (0: all) */
  char                *search;        /* folded for comparison */
  /* RcTrainee -> "reference\ngiven family", folded with the cohort's
   * reading (or the first time a search looks at the trainee) and kept
   * until the rows are replaced, so that a keystroke costs a strstr()
   * per trainee */
  GHashTable          *search_text;
  /* the filters' choices, read once for each search */
  int                  stage;         /* -1: any */
  gint64               council_id;    /* 0: any */
  /* The trainee chosen. The view's rows are slots, whose trainees change
   * under a selection that stays put: after a change the selection is
   * moved to follow this trainee (follow_selection()). */
  RcTrainee           *selected;
  gboolean             reloading;
  gboolean             reloading_before;
  GtkColumnViewColumn *columns [RC_TRAINEE_N_COLUMNS];

  /* template children */
  GtkSearchEntry      *search_entry;
  GtkDropDown         *stage_dropdown;
  GtkDropDown         *council_dropdown;
  GtkStack            *stack;
  AdwStatusPage       *empty_page;
  GtkColumnView       *view;
};

G_DEFINE_FINAL_TYPE (RcTraineeTable, rc_trainee_table, ADW_TYPE_BIN)

enum { TRAINEE_SELECTED, N_SIGNALS };
static guint signals [N_SIGNALS];

GtkWidget *
rc_trainee_table_new (void)
{
  return g_object_new (RC_TYPE_TRAINEE_TABLE, NULL);
}

RcCohort *
rc_trainee_table_get_cohort (RcTraineeTable *self)
{
  g_return_val_if_fail (RC_IS_TRAINEE_TABLE (self), NULL);

  return self->cohort;
}

static gboolean
filter_trainee (gpointer item,
                gpointer user_data)
{
  RcTraineeTable *self = user_data;
  RcTrainee *trainee = item;
  const char *text;

  if (self->stage >= 0 && trainee->stage != (RcStage) self->stage)
    return FALSE;
  if (self->council_id != 0 && trainee->host_council_id != self->council_id)
    return FALSE;
  if (self->search == NULL || *self->search == '\0')
    return TRUE;

  text = g_hash_table_lookup (self->search_text, trainee);
  if (text == NULL)
    {
      text = rc_trainee_search_fold (trainee);
      g_hash_table_insert (self->search_text, trainee, (char *) text);
    }

  return strstr (text, self->search) != NULL;
}

static void
refilter_with (RcTraineeTable   *self,
               GtkFilterChange   change)
{
  guint total = g_list_model_get_n_items (G_LIST_MODEL (self->trainees));
  guint stage = gtk_drop_down_get_selected (self->stage_dropdown);
  guint council = gtk_drop_down_get_selected (self->council_dropdown);

  self->stage = stage != 0 && stage != GTK_INVALID_LIST_POSITION ? (int) stage - 1 : -1;
  self->council_id = council != 0 && council < self->council_ids->len
                     ? g_array_index (self->council_ids, gint64, council) : 0;
  rc_filter_model_refilter (self->filtered, change);

  if (self->cohort == NULL)
    return;
  if (g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) > 0)
    gtk_stack_set_visible_child_name (self->stack, "table");
  else
    {
      adw_status_page_set_title (self->empty_page, total > 0 ? _("No Trainees Match")
                                                             : _("No Trainees Yet"));
      adw_status_page_set_description (self->empty_page,
                                       total > 0 ? _("Try another name or reference, or clear the filters.")
                                                 : _("Add the cohort’s trainees one by one, or import them "
                                                     "from a CSV file."));
      gtk_stack_set_visible_child_name (self->stack, "empty");
    }
}

static void
refilter (RcTraineeTable *self)
{
  refilter_with (self, GTK_FILTER_CHANGE_DIFFERENT);
}

static void
on_search_changed (RcTraineeTable *self)
{
  g_autofree char *old = g_steal_pointer (&self->search);
  GtkFilterChange change = GTK_FILTER_CHANGE_DIFFERENT;

  self->search = g_utf8_casefold (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)), -1);
  g_strstrip (self->search);

  /* A letter typed can only hide rows, and one deleted only show them. */
  if (old != NULL && g_str_equal (old, self->search))
    return;
  if (old == NULL || strstr (self->search, old) != NULL)
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (strstr (old, self->search) != NULL)
    change = GTK_FILTER_CHANGE_LESS_STRICT;
  /* The rows stay and show the matches: from the first. */
  gtk_adjustment_set_value (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->view)), 0);
  refilter_with (self, change);
}

static void
fill_councils (RcTraineeTable *self,
               GListModel     *rows)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint position = gtk_drop_down_get_selected (self->council_dropdown);
  gint64 chosen = position < self->council_ids->len ? g_array_index (self->council_ids, gint64, position) : 0;
  gint64 none = 0;

  gtk_string_list_append (labels, _("All host councils"));
  g_array_append_val (ids, none);
  position = 0;
  for (guint i = 0; rows != NULL && i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(RcCohortPlace) row = g_list_model_get_item (rows, i);

      if (row->council_id == 0)
        continue;
      gtk_string_list_append (labels, row->council_name);
      g_array_append_val (ids, row->council_id);
      if (row->council_id == chosen)
        position = ids->len - 1;
    }

  g_array_unref (self->council_ids);
  self->council_ids = g_steal_pointer (&ids);
  g_signal_handlers_block_by_func (self->council_dropdown, refilter, self);
  gtk_drop_down_set_model (self->council_dropdown, G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (self->council_dropdown, position);
  g_signal_handlers_unblock_by_func (self->council_dropdown, refilter, self);
}

static gint64
selected_id (RcTraineeTable *self)
{
  return self->selected != NULL ? self->selected->id : 0;
}

static void
select_position (RcTraineeTable *self,
                 guint           position)
{
  g_autoptr(RcTrainee) trainee = g_list_model_get_item (G_LIST_MODEL (self->filtered), position);

  g_set_object (&self->selected, trainee);
  rc_reveal_model_reveal (self->reveal, position);
  gtk_single_selection_set_selected (self->selection, position);
}

/* Before the rows change: the selection's notes mean nothing until
 * follow_selection() has put it on the same trainee again. */
static void
hold_selection (RcTraineeTable *self)
{
  self->reloading_before = self->reloading;
  self->reloading = TRUE;
}

static void
follow_selection (RcTraineeTable *self)
{
  guint position = rc_filter_model_find (self->filtered, self->selected);

  self->reloading = self->reloading_before;
  if (self->selected == NULL)
    return;
  if (position != GTK_INVALID_LIST_POSITION)
    {
      if (position == gtk_single_selection_get_selected (self->selection))
        return;
      /* The same trainee in another row: nothing to tell. */
      self->reloading = TRUE;
      rc_reveal_model_reveal (self->reveal, position);
      gtk_single_selection_set_selected (self->selection, position);
      self->reloading = self->reloading_before;
      return;
    }

  /* The trainee is no longer shown. */
  g_clear_object (&self->selected);
  if (gtk_single_selection_get_selected (self->selection) != GTK_INVALID_LIST_POSITION)
    gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  else if (!self->reloading)
    g_signal_emit (self, signals [TRAINEE_SELECTED], 0, (gint64) 0);
}

void
rc_trainee_table_set_trainees (RcTraineeTable *self,
                               RcCohort       *cohort,
                               gboolean        returners,
                               GListModel     *trainees,
                               GListModel     *councils)
{
  rc_trainee_table_set_trainees_folded (self, cohort, returners, trainees, councils, NULL);
}

void
rc_trainee_table_set_trainees_folded (RcTraineeTable *self,
                                      RcCohort       *cohort,
                                      gboolean        returners,
                                      GListModel     *trainees,
                                      GListModel     *councils,
                                      GHashTable     *search_texts)
{
  g_autoptr(GListModel) model = NULL;
  gint64 selected;

  g_return_if_fail (RC_IS_TRAINEE_TABLE (self));
  g_return_if_fail (cohort == NULL || RC_IS_COHORT (cohort));
  g_return_if_fail (trainees == NULL || G_IS_LIST_MODEL (trainees));

  selected = selected_id (self);
  g_set_object (&self->cohort, cohort);
  for (guint i = RC_TRAINEE_COLUMN_YEARS_OUT; i < RC_TRAINEE_N_COLUMNS; i++)
    gtk_column_view_column_set_visible (self->columns [i], returners);

  /* The list read is kept as it is rather than copied into a store of
   * our own: a national cohort's 100,000 trainees took 40–60 ms of the
   * main loop to copy and splice. */
  model = cohort != NULL && trainees != NULL ? g_object_ref (trainees)
                                             : G_LIST_MODEL (g_list_store_new (RC_TYPE_TRAINEE));

  /* The selection passes through nothing while the rows are replaced. */
  self->reloading = TRUE;
  g_hash_table_unref (self->search_text);
  self->search_text = search_texts != NULL ? g_hash_table_ref (search_texts)
                                           : g_hash_table_new_full (NULL, NULL, NULL, g_free);
  g_set_object (&self->trainees, model);
  gtk_sort_list_model_set_model (self->sorted, model);
  fill_councils (self, councils);
  refilter (self);
  self->reloading = FALSE;

  rc_trainee_table_select_trainee (self, selected);
}

void
rc_trainee_table_reset (RcTraineeTable *self)
{
  g_return_if_fail (RC_IS_TRAINEE_TABLE (self));

  self->reloading = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  g_clear_pointer (&self->search, g_free);
  gtk_drop_down_set_selected (self->stage_dropdown, 0);
  gtk_drop_down_set_selected (self->council_dropdown, 0);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  g_clear_object (&self->selected);
  self->reloading = FALSE;
  refilter (self);
}

GListModel *
rc_trainee_table_get_shown (RcTraineeTable *self)
{
  g_return_val_if_fail (RC_IS_TRAINEE_TABLE (self), NULL);

  return G_LIST_MODEL (self->filtered);
}

void
rc_trainee_table_set_search (RcTraineeTable *self,
                             const char     *text)
{
  g_return_if_fail (RC_IS_TRAINEE_TABLE (self));

  /* Setting the text empties the entry first, and an empty search entry
   * says so at once: the table would show every row in between. Search
   * entries wait a moment before saying anything else; the table should
   * not. */
  g_signal_handlers_block_by_func (self->search_entry, on_search_changed, self);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text != NULL ? text : "");
  g_signal_handlers_unblock_by_func (self->search_entry, on_search_changed, self);
  on_search_changed (self);
}

void
rc_trainee_table_set_stage_filter (RcTraineeTable *self,
                                   int             stage)
{
  g_return_if_fail (RC_IS_TRAINEE_TABLE (self));
  g_return_if_fail (stage >= -1 && stage < RC_N_STAGES);

  gtk_drop_down_set_selected (self->stage_dropdown, (guint) (stage + 1));
}

gboolean
rc_trainee_table_set_council_filter (RcTraineeTable *self,
                                     gint64          council_id)
{
  g_return_val_if_fail (RC_IS_TRAINEE_TABLE (self), FALSE);

  for (guint i = 0; i < self->council_ids->len; i++)
    if (g_array_index (self->council_ids, gint64, i) == council_id)
      {
        gtk_drop_down_set_selected (self->council_dropdown, i);
        return TRUE;
      }

  return FALSE;
}

char *
rc_trainee_table_dup_cell_text (RcTraineeTable  *self,
                                guint            position,
                                RcTraineeColumn  column)
{
  g_autoptr(RcTrainee) trainee = NULL;
  const char *style = NULL;

  g_return_val_if_fail (RC_IS_TRAINEE_TABLE (self), NULL);
  g_return_val_if_fail (column < RC_TRAINEE_N_COLUMNS, NULL);

  trainee = g_list_model_get_item (G_LIST_MODEL (self->filtered), position);
  if (trainee == NULL)
    return NULL;

  return rc_trainee_column_info (column)->text (self->cohort, trainee, &style);
}

gboolean
rc_trainee_table_get_column_visible (RcTraineeTable  *self,
                                     RcTraineeColumn  column)
{
  g_return_val_if_fail (RC_IS_TRAINEE_TABLE (self), FALSE);
  g_return_val_if_fail (column < RC_TRAINEE_N_COLUMNS, FALSE);

  return gtk_column_view_column_get_visible (self->columns [column]);
}

void
rc_trainee_table_select_trainee (RcTraineeTable *self,
                                 gint64          id)
{
  GListModel *shown;

  g_return_if_fail (RC_IS_TRAINEE_TABLE (self));

  shown = G_LIST_MODEL (self->filtered);
  for (guint i = 0; id != 0 && i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(RcTrainee) trainee = g_list_model_get_item (shown, i);

      if (trainee->id == id)
        {
          if (gtk_single_selection_get_selected (self->selection) == i)
            {
              g_set_object (&self->selected, trainee);
              g_signal_emit (self, signals [TRAINEE_SELECTED], 0, id);
            }
          else
            select_position (self, i);
          return;
        }
    }

  if (gtk_single_selection_get_selected (self->selection) == GTK_INVALID_LIST_POSITION)
    g_signal_emit (self, signals [TRAINEE_SELECTED], 0, (gint64) 0);
  else
    gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
}

gboolean
rc_trainee_table_get_revealing (RcTraineeTable *self)
{
  g_return_val_if_fail (RC_IS_TRAINEE_TABLE (self), FALSE);

  return !rc_reveal_model_get_complete (self->reveal);
}

gint64
rc_trainee_table_get_selected_id (RcTraineeTable *self)
{
  g_return_val_if_fail (RC_IS_TRAINEE_TABLE (self), 0);

  return selected_id (self);
}

void
rc_trainee_table_focus_search (RcTraineeTable *self)
{
  g_return_if_fail (RC_IS_TRAINEE_TABLE (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
on_selection_changed (RcTraineeTable *self)
{
  guint position = gtk_single_selection_get_selected (self->selection);
  g_autoptr(RcTrainee) trainee = NULL;

  if (self->reloading)
    return;
  if (position != GTK_INVALID_LIST_POSITION)
    trainee = g_list_model_get_item (G_LIST_MODEL (self->filtered), position);
  g_set_object (&self->selected, trainee);
  g_signal_emit (self, signals [TRAINEE_SELECTED], 0, selected_id (self));
}

/* The rows exist only while the table is shown, as a list page's do
 * (rc-list-page-list.c): a cohort's 116 rows of nineteen cells were 2,200
 * widgets kept while other pages were looked at. Out of sight they go a
 * few at a time; shown again, they come a few a frame, the trainee chosen
 * among the first. */
static void
show_rows (RcTraineeTable *self)
{
  guint position;

  if (self->selection == NULL)
    return;
  position = gtk_single_selection_get_selected (self->selection);
  rc_reveal_model_restart (self->reveal, position);
  /* GTK 4.8's column view scrolls by its inner list's action. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->view));
       child != NULL && position != GTK_INVALID_LIST_POSITION; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      gtk_widget_activate_action (child, "list.scroll-to-item", "u", position);
}

static void
hide_rows (RcTraineeTable *self)
{
  if (self->selection != NULL)
    rc_reveal_model_conceal (self->reveal, gtk_single_selection_get_selected (self->selection));
}

static void
rc_trainee_table_dispose (GObject *object)
{
  RcTraineeTable *self = RC_TRAINEE_TABLE (object);

  /* The bin's child is a template child: let the bin drop it first. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), RC_TYPE_TRAINEE_TABLE);
  g_clear_object (&self->cohort);
  g_clear_object (&self->selection);
  g_clear_object (&self->reveal);
  g_clear_object (&self->slots);
  g_clear_object (&self->selected);
  g_clear_object (&self->filtered);
  g_clear_object (&self->sorted);
  g_clear_object (&self->trainees);
  g_clear_pointer (&self->council_ids, g_array_unref);
  g_clear_pointer (&self->search, g_free);
  g_clear_pointer (&self->search_text, g_hash_table_unref);

  G_OBJECT_CLASS (rc_trainee_table_parent_class)->dispose (object);
}

static void
rc_trainee_table_class_init (RcTraineeTableClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rc_trainee_table_dispose;

  /**
   * RcTraineeTable::trainee-selected:
   * @id: the trainee chosen, or 0 when none is
   */
  signals [TRAINEE_SELECTED] =
    g_signal_new ("trainee-selected",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/rc-trainee-table.ui");
  gtk_widget_class_bind_template_child (widget_class, RcTraineeTable, search_entry);
  gtk_widget_class_bind_template_child (widget_class, RcTraineeTable, stage_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RcTraineeTable, council_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RcTraineeTable, stack);
  gtk_widget_class_bind_template_child (widget_class, RcTraineeTable, empty_page);
  gtk_widget_class_bind_template_child (widget_class, RcTraineeTable, view);
}

static void
fill_stages (RcTraineeTable *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  gtk_string_list_append (labels, _("All stages"));
  for (guint i = 0; i < RC_N_STAGES; i++)
    gtk_string_list_append (labels, rc_stage_get_label (i));
  gtk_drop_down_set_model (self->stage_dropdown, G_LIST_MODEL (labels));
}

static void
rc_trainee_table_init (RcTraineeTable *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->council_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->search_text = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  self->stage = -1;
  self->trainees = G_LIST_MODEL (g_list_store_new (RC_TYPE_TRAINEE));
  rc_trainee_columns_add (self, self->view, self->columns);
  /* Sorted first and searched second: a keystroke then leaves the order
   * alone, and costs a test of each trainee (docs/benchmarks.md). */
  self->sorted = gtk_sort_list_model_new (g_object_ref (self->trainees),
                                          g_object_ref (gtk_column_view_get_sorter (self->view)));
  self->filtered = rc_filter_model_new (G_LIST_MODEL (self->sorted), filter_trainee, self);
  /* In this order: the slots change around the selection. */
  g_signal_connect_swapped (self->filtered, "items-changed", G_CALLBACK (hold_selection), self);
  self->slots = rc_slot_model_new (G_LIST_MODEL (self->filtered));
  g_signal_connect_swapped (self->filtered, "items-changed", G_CALLBACK (follow_selection), self);
  self->reveal = rc_reveal_model_new (G_LIST_MODEL (self->slots), GTK_WIDGET (self));
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->reveal)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect (self, "map", G_CALLBACK (show_rows), NULL);
  g_signal_connect (self, "unmap", G_CALLBACK (hide_rows), NULL);
  fill_stages (self);
  fill_councils (self, NULL);

  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (on_search_changed), self);
  g_signal_connect_swapped (self->stage_dropdown, "notify::selected", G_CALLBACK (refilter), self);
  g_signal_connect_swapped (self->council_dropdown, "notify::selected", G_CALLBACK (refilter), self);
  g_signal_connect_swapped (self->selection, "notify::selected", G_CALLBACK (on_selection_changed), self);
}
