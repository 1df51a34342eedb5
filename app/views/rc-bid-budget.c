/* rc-bid-budget.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-views"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "model/rc-money.h"
#include "rc-bid-budget.h"
#include "rc-bid-budget-columns-private.h"
#include "rc-bid-line-dialog.h"
#include "rc-bid-totals-view.h"
#include "rc-view-util.h"
#include "rc-window.h"
#include "rc-write-actions.h"

struct _RcBidBudget
{
  AdwBin               parent_instance;

  RcStore             *store;
  gint64               bid_id;
  gint64               consortium_id;
  GListStore          *lines;        /* the lines as edited */
  GtkSingleSelection  *selection;
  GListStore          *councils;     /* of RcCouncil: those a line may be for */
  RcBidTotals         *totals;
  RcBidLine           *preview;      /* as typed in the open dialog, if valid */
  guint                preview_position;  /* GTK_INVALID_LIST_POSITION: a new line */
  GtkWidget           *dialog;       /* weak */
  gboolean             dirty;

  /* template children */
  GtkColumnView       *lines_view;
  GtkWidget           *lines_scroller;
  GtkWidget           *empty_label;
  GtkLabel            *error_label;
  RcBidTotalsView     *totals_view;
};

G_DEFINE_FINAL_TYPE (RcBidBudget, rc_bid_budget, ADW_TYPE_BIN)

enum { PROP_0, PROP_DIRTY, N_PROPS };
static GParamSpec *properties [N_PROPS];

/* Roughly, in pixels, to size the lines' view before it has rows. */
#define ROW_HEIGHT    34
#define HEADER_HEIGHT 36

static RcBidLine *
effective_line (RcBidBudget *self,
                guint        position)
{
  if (self->preview != NULL && position == self->preview_position)
    return g_object_ref (self->preview);

  return g_list_model_get_item (G_LIST_MODEL (self->lines), position);
}

static void
update_totals (RcBidBudget *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->lines));
  g_autofree RcBidLineValue *values = g_new0 (RcBidLineValue, n + 1);
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, g_free);
  g_autoptr(GPtrArray) shown = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  const char *state = NULL;

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (shown, effective_line (self, i));
  if (self->preview != NULL && self->preview_position >= n)
    g_ptr_array_add (shown, g_object_ref (self->preview));

  for (guint i = 0; i < shown->len; i++)
    {
      RcBidLine *line = g_ptr_array_index (shown, i);
      RcCostCategory category = RC_COST_OTHER;

      rc_cost_category_from_key (line->category, &category);
      values[i] = (RcBidLineValue) { line->council_id, category, line->quantity100, line->unit_cost_pence };
      if (line->council_name != NULL)
        g_hash_table_insert (names, &values[i].council_id, g_strdup (line->council_name));
    }

  g_clear_pointer (&self->totals, rc_bid_totals_free);
  if (self->bid_id != 0)
    self->totals = rc_bid_totals_compute (values, shown->len, &error);

  gtk_label_set_text (self->error_label, error != NULL ? error->message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), error != NULL);

  if (self->preview != NULL)
    state = _("Includes the line being edited");
  else if (self->dirty)
    state = _("Not saved yet");
  rc_bid_totals_view_show (self->totals_view, self->totals, names, state);
}

static void
update_actions (RcBidBudget *self)
{
  gboolean has_line = gtk_single_selection_get_selected_item (self->selection) != NULL;
  gboolean has_lines = g_list_model_get_n_items (G_LIST_MODEL (self->lines)) > 0;

  rc_write_action_set_enabled (GTK_WIDGET (self), "budget.add-line", self->bid_id != 0);
  rc_write_action_set_enabled (GTK_WIDGET (self), "budget.edit-line", has_line);
  rc_write_action_set_enabled (GTK_WIDGET (self), "budget.delete-line", has_line);
  rc_write_action_set_enabled (GTK_WIDGET (self), "budget.save", self->dirty);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "budget.revert", self->dirty);
  /* Tall enough for a dozen lines; longer budgets scroll inside it. */
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (self->lines_scroller),
                                              CLAMP (g_list_model_get_n_items (G_LIST_MODEL (self->lines)), 2, 12)
                                              * ROW_HEIGHT + HEADER_HEIGHT);
  gtk_widget_set_visible (self->lines_scroller, has_lines);
  gtk_widget_set_visible (self->empty_label, !has_lines);
}

static void
set_dirty (RcBidBudget *self,
           gboolean     dirty)
{
  gboolean changed = self->dirty != dirty;

  self->dirty = dirty;
  update_totals (self);
  update_actions (self);
  if (changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DIRTY]);
}

static void
load_councils (RcBidBudget *self)
{
  g_autoptr(GListModel) members = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GError) error = NULL;

  g_list_store_remove_all (self->councils);
  if (self->store == NULL || self->consortium_id == 0)
    return;

  members = rc_store_list_members (self->store, self->consortium_id, &error);
  if (members == NULL)
    rc_window_report_error (GTK_WIDGET (self), error);
  for (guint i = 0; members != NULL && i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(RcConsortiumMember) member = g_list_model_get_item (members, i);
      g_autoptr(RcCouncil) council = NULL;

      if (g_hash_table_contains (seen, &member->council_id))
        continue;
      g_hash_table_add (seen, g_memdup2 (&member->council_id, sizeof (gint64)));
      council = rc_council_new ();
      council->id = member->council_id;
      council->name = g_strdup (member->council_name);
      g_list_store_append (self->councils, council);
    }
}

static void
reload (RcBidBudget *self)
{
  g_autoptr(GListModel) stored = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;

  if (self->store != NULL && self->bid_id != 0)
    stored = rc_store_list_bid_lines (self->store, self->bid_id, &error);
  if (error != NULL)
    g_warning ("Could not load the budget of bid %" G_GINT64_FORMAT ": %s", self->bid_id, error->message);

  for (guint i = 0; stored != NULL && i < g_list_model_get_n_items (stored); i++)
    g_ptr_array_add (items, g_list_model_get_item (stored, i));
  g_list_store_splice (self->lines, 0, g_list_model_get_n_items (G_LIST_MODEL (self->lines)),
                       items->pdata, items->len);
  set_dirty (self, FALSE);
}

static void
on_store_changed (RcBidBudget  *self,
                  RcEntityKind  kind)
{
  /* Another window's change is shown, unless it would drop the user's own. */
  if (!self->dirty && self->dialog == NULL
      && (kind == RC_ENTITY_BID_LINE || kind == RC_ENTITY_CONSORTIUM_MEMBER))
    {
      load_councils (self);
      reload (self);
    }
}

void
rc_bid_budget_set_store (RcBidBudget *self,
                         RcStore     *store)
{
  g_return_if_fail (RC_IS_BID_BUDGET (self));

  rc_view_set_store (self, &self->store, store, G_CALLBACK (on_store_changed));

  rc_bid_budget_show_bid (self, NULL);
}

void
rc_bid_budget_show_bid (RcBidBudget *self,
                        RcBid       *bid)
{
  gint64 id = bid != NULL ? bid->id : 0;

  g_return_if_fail (RC_IS_BID_BUDGET (self));

  /* The same bid: lines edited, or being typed in a line's dialog, are
   * kept rather than replaced by what is stored. */
  if (id == self->bid_id && id != 0 && (self->dirty || self->dialog != NULL))
    return;

  if (self->dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->dialog));
  self->bid_id = id;
  self->consortium_id = bid != NULL ? bid->consortium_id : 0;
  load_councils (self);
  reload (self);
}

GListModel *
rc_bid_budget_get_lines (RcBidBudget *self)
{
  g_return_val_if_fail (RC_IS_BID_BUDGET (self), NULL);

  return G_LIST_MODEL (self->lines);
}

gboolean
rc_bid_budget_is_dirty (RcBidBudget *self)
{
  g_return_val_if_fail (RC_IS_BID_BUDGET (self), FALSE);

  return self->dirty;
}

void
rc_bid_budget_select_line (RcBidBudget *self,
                           guint        position)
{
  g_return_if_fail (RC_IS_BID_BUDGET (self));

  gtk_single_selection_set_selected (self->selection, position);
}

const RcBidTotals *
rc_bid_budget_get_totals (RcBidBudget *self)
{
  g_return_val_if_fail (RC_IS_BID_BUDGET (self), NULL);

  return self->totals;
}

static void
on_dialog_changed (RcBidBudget *self,
                   RcBidLine   *line)
{
  g_set_object (&self->preview, line);
  update_totals (self);
}

static void
on_dialog_applied (RcBidBudget *self,
                   RcBidLine   *line)
{
  g_autoptr(RcBidLine) copy = rc_bid_line_copy (line);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->lines));

  g_clear_object (&self->preview);
  if (self->preview_position < n)
    g_list_store_splice (self->lines, self->preview_position, 1, (gpointer *) &copy, 1);
  else
    {
      g_list_store_append (self->lines, copy);
      gtk_single_selection_set_selected (self->selection, n);
    }
  set_dirty (self, TRUE);
}

static void
on_dialog_destroyed (RcBidBudget *self)
{
  g_clear_object (&self->preview);
  self->preview_position = GTK_INVALID_LIST_POSITION;
  update_totals (self);
}

GtkWidget *
rc_bid_budget_open_line_dialog (RcBidBudget *self,
                                guint        position)
{
  g_autoptr(RcBidLine) line = NULL;
  GtkRoot *root;
  GtkWidget *dialog;

  g_return_val_if_fail (RC_IS_BID_BUDGET (self), NULL);

  if (self->bid_id == 0)
    return NULL;
  if (self->dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->dialog));

  if (position < g_list_model_get_n_items (G_LIST_MODEL (self->lines)))
    line = g_list_model_get_item (G_LIST_MODEL (self->lines), position);
  else
    position = GTK_INVALID_LIST_POSITION;

  root = gtk_widget_get_root (GTK_WIDGET (self));
  dialog = rc_bid_line_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   G_LIST_MODEL (self->councils), line);
  self->preview_position = position;
  g_set_object (&self->preview, rc_bid_line_dialog_get_line (RC_BID_LINE_DIALOG (dialog)));
  g_signal_connect_object (dialog, "changed", G_CALLBACK (on_dialog_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (dialog, "applied", G_CALLBACK (on_dialog_applied), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (dialog, "destroy", G_CALLBACK (on_dialog_destroyed), self, G_CONNECT_SWAPPED);
  g_set_weak_pointer (&self->dialog, dialog);
  update_totals (self);
  gtk_window_present (GTK_WINDOW (dialog));

  return dialog;
}

static void
line_dialog_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  RcBidBudget *self = RC_BID_BUDGET (widget);

  rc_bid_budget_open_line_dialog (self, g_str_equal (action_name, "budget.edit-line")
                                        ? gtk_single_selection_get_selected (self->selection)
                                        : GTK_INVALID_LIST_POSITION);
}

typedef struct {
  GWeakRef   budget;
  gint64     bid_id;
  guint      position;
  RcBidLine *line;
} UndoDelete;

static void
undo_delete_free (gpointer  data,
                  GClosure *closure)
{
  UndoDelete *undo = data;

  g_weak_ref_clear (&undo->budget);
  g_clear_object (&undo->line);
  g_free (undo);
}

static void
on_undo_delete (AdwToast   *toast,
                UndoDelete *undo)
{
  g_autoptr(RcBidBudget) self = g_weak_ref_get (&undo->budget);
  guint n;

  /* Only into the same bid's lines, which have not been saved or
   * reverted meanwhile. */
  if (self == NULL || self->bid_id != undo->bid_id || !self->dirty)
    return;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->lines));
  g_list_store_insert (self->lines, MIN (undo->position, n), undo->line);
  gtk_single_selection_set_selected (self->selection, MIN (undo->position, n));
  set_dirty (self, TRUE);
}

static void
delete_line_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  RcBidBudget *self = RC_BID_BUDGET (widget);
  guint position = gtk_single_selection_get_selected (self->selection);
  UndoDelete *undo;
  AdwToast *toast;

  if (position == GTK_INVALID_LIST_POSITION)
    return;

  undo = g_new0 (UndoDelete, 1);
  g_weak_ref_init (&undo->budget, self);
  undo->bid_id = self->bid_id;
  undo->position = position;
  undo->line = g_list_model_get_item (G_LIST_MODEL (self->lines), position);

  /* Only the edited copy changes: Undo, or Revert, brings the line back. */
  g_list_store_remove (self->lines, position);
  set_dirty (self, TRUE);

  toast = adw_toast_new (_("Budget line deleted"));
  adw_toast_set_button_label (toast, _("_Undo"));
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_undo_delete), undo, undo_delete_free, 0);
  rc_view_add_toast (widget, toast);
}

gboolean
rc_bid_budget_save (RcBidBudget  *self,
                    GError      **error)
{
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (RC_IS_BID_BUDGET (self), FALSE);

  if (!self->dirty || self->store == NULL || self->bid_id == 0)
    return TRUE;

  if (!rc_store_replace_bid_lines (self->store, self->bid_id, G_LIST_MODEL (self->lines), &local_error))
    {
      g_autofree char *text = g_strdup_printf (_("Could not save the budget, so the saved lines are kept: %s"),
                                               local_error->message);

      gtk_label_set_text (self->error_label, text);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      rc_view_add_toast (GTK_WIDGET (self), adw_toast_new (_("The budget was not saved")));
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  reload (self);
  rc_view_add_toast (GTK_WIDGET (self), adw_toast_new (_("Budget saved")));

  return TRUE;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  rc_bid_budget_save (RC_BID_BUDGET (widget), NULL);
}

void
rc_bid_budget_set_lines (RcBidBudget *self,
                         GPtrArray   *lines)
{
  g_return_if_fail (RC_IS_BID_BUDGET (self));
  g_return_if_fail (lines != NULL);

  g_list_store_splice (self->lines, 0, g_list_model_get_n_items (G_LIST_MODEL (self->lines)),
                       lines->pdata, lines->len);
  set_dirty (self, TRUE);
}

void
rc_bid_budget_revert (RcBidBudget *self)
{
  g_return_if_fail (RC_IS_BID_BUDGET (self));

  reload (self);
}

static void
revert_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  reload (RC_BID_BUDGET (widget));
}

static void
on_line_activated (RcBidBudget *self,
                   guint        position)
{
  /* Like budget.edit-line, not while the database is read only. */
  if (rc_write_actions_allowed (GTK_WIDGET (self)))
    rc_bid_budget_open_line_dialog (self, position);
}

static void
rc_bid_budget_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  RcBidBudget *self = RC_BID_BUDGET (object);

  switch (prop_id)
    {
    case PROP_DIRTY:
      g_value_set_boolean (value, self->dirty);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_bid_budget_dispose (GObject *object)
{
  RcBidBudget *self = RC_BID_BUDGET (object);

  if (self->dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->dialog));
  g_clear_weak_pointer (&self->dialog);
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), RC_TYPE_BID_BUDGET);
  rc_view_set_store (self, &self->store, NULL, NULL);
  g_clear_object (&self->selection);
  g_clear_object (&self->lines);
  g_clear_object (&self->councils);
  g_clear_object (&self->preview);
  g_clear_pointer (&self->totals, rc_bid_totals_free);

  G_OBJECT_CLASS (rc_bid_budget_parent_class)->dispose (object);
}

static void
rc_bid_budget_class_init (RcBidBudgetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rc_bid_budget_dispose;
  object_class->get_property = rc_bid_budget_get_property;

  /* Whether the lines differ from those stored. */
  properties [PROP_DIRTY] =
    g_param_spec_boolean ("dirty", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (RC_TYPE_BID_TOTALS_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/rc-bid-budget.ui");
  gtk_widget_class_bind_template_child (widget_class, RcBidBudget, lines_view);
  gtk_widget_class_bind_template_child (widget_class, RcBidBudget, lines_scroller);
  gtk_widget_class_bind_template_child (widget_class, RcBidBudget, empty_label);
  gtk_widget_class_bind_template_child (widget_class, RcBidBudget, error_label);
  gtk_widget_class_bind_template_child (widget_class, RcBidBudget, totals_view);

  gtk_widget_class_install_action (widget_class, "budget.add-line", NULL, line_dialog_action);
  gtk_widget_class_install_action (widget_class, "budget.edit-line", NULL, line_dialog_action);
  gtk_widget_class_install_action (widget_class, "budget.delete-line", NULL, delete_line_action);
  gtk_widget_class_install_action (widget_class, "budget.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "budget.revert", NULL, revert_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "budget.delete-line", NULL);
}

static void
rc_bid_budget_init (RcBidBudget *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->preview_position = GTK_INVALID_LIST_POSITION;
  self->lines = g_list_store_new (RC_TYPE_BID_LINE);
  self->councils = g_list_store_new (RC_TYPE_COUNCIL);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->lines)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->lines_view, GTK_SELECTION_MODEL (self->selection));
  rc_bid_budget_add_columns (self->lines_view);

  g_signal_connect_swapped (self->lines_view, "activate", G_CALLBACK (on_line_activated), self);
  g_signal_connect_swapped (self->selection, "notify::selected", G_CALLBACK (update_actions), self);
  set_dirty (self, FALSE);
}
