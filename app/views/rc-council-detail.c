/* rc-council-detail.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-views"

#include "config.h"

#include <glib/gi18n.h>

#include "export/rc-council-chart.h"
#include "model/rc-measure.h"
#include "model/rc-money.h"
#include "model/rc-rates.h"
#include "rc-view-util.h"
#include "rc-council-detail.h"
#include "rc-line-chart-view.h"
#include "rc-reveal-model.h"
#include "rc-workforce-return-dialog.h"
#include "rc-window.h"
#include "rc-write-actions.h"

struct _RcCouncilDetail
{
  AdwBin               parent_instance;

  RcStore             *store;
  RcCouncil           *council;
  GListStore          *returns;
  /* The table's rows a few a frame: fifteen years of ten cells, laid out
   * with the list in one frame, held the main loop for 70 ms at start */
  RcRevealModel       *reveal;
  GtkSingleSelection  *selection;

  /* template children */
  GtkStack            *stack;
  GtkLabel            *title_label;
  GtkLabel            *subtitle_label;
  AdwActionRow        *code_row;
  AdwActionRow        *la_row;
  AdwActionRow        *active_row;
  AdwActionRow        *predecessor_row;
  AdwActionRow        *successor_row;
  GtkListBox          *memberships_list;
  RcLineChartView     *sparkline;
  GtkColumnView       *returns_view;
  GtkWidget           *no_returns_label;
};

G_DEFINE_FINAL_TYPE (RcCouncilDetail, rc_council_detail, ADW_TYPE_BIN)

enum { SHOW_COUNCIL, N_SIGNALS };
static guint signals [N_SIGNALS];

typedef char *(*CellText) (RcWorkforceReturn *ret);

static char *
fte_text (RcFigure figure)
{
  return figure.present ? rc_fte_format (figure.value) : g_strdup ("—");
}

static char *cell_year (RcWorkforceReturn *r) { return g_strdup_printf ("%" G_GINT64_FORMAT, r->year); }
static char *cell_in_post (RcWorkforceReturn *r) { return fte_text (r->in_post_fte100); }
static char *cell_vacancies (RcWorkforceReturn *r) { return fte_text (r->vacancies_fte100); }
static char *cell_agency (RcWorkforceReturn *r) { return fte_text (r->agency_fte100); }
static char *cell_starters (RcWorkforceReturn *r) { return fte_text (r->starters_fte100); }
static char *cell_leavers (RcWorkforceReturn *r) { return fte_text (r->leavers_fte100); }
/* As rc_measure_compute() decides, marked when it is the DfE's published rate. */
static char *cell_caseload (RcWorkforceReturn *r) { return rc_measure_format (RC_MEASURE_CASELOAD, r); }
static char *cell_vacancy_rate (RcWorkforceReturn *r) { return rc_measure_format (RC_MEASURE_VACANCY, r); }
static char *cell_agency_rate (RcWorkforceReturn *r) { return rc_measure_format (RC_MEASURE_AGENCY, r); }
static char *cell_turnover_rate (RcWorkforceReturn *r) { return rc_measure_format (RC_MEASURE_TURNOVER, r); }

static const struct {
  const char *title;
  CellText    text;
} columns[] = {
  { N_("Year"), cell_year },
  { N_("FTE in post"), cell_in_post },
  { N_("Vacancies"), cell_vacancies },
  { N_("Agency"), cell_agency },
  { N_("Starters"), cell_starters },
  { N_("Leavers"), cell_leavers },
  { N_("Caseload"), cell_caseload },
  { N_("Vacancy rate"), cell_vacancy_rate },
  { N_("Agency rate"), cell_agency_rate },
  { N_("Turnover"), cell_turnover_rate },
};

static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *item)
{
  gtk_list_item_set_child (item, rc_view_cell_label_new (TRUE, 0));
}

static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  text_func)
{
  RcWorkforceReturn *ret = gtk_list_item_get_item (item);
  g_autofree char *text = ((CellText) text_func) (ret);

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)), text);
}

static void
add_columns (RcCouncilDetail *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkColumnViewColumn) column = NULL;

      g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), NULL);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), (gpointer) columns[i].text);
      column = gtk_column_view_column_new (_(columns[i].title), factory);
      gtk_column_view_append_column (self->returns_view, column);
    }
}

/* Newest first. */
static int
compare_years (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  const RcWorkforceReturn *x = a;
  const RcWorkforceReturn *y = b;

  return (y->year > x->year) - (y->year < x->year);
}

static int
compare_year_items (gconstpointer a,
                    gconstpointer b,
                    gpointer      user_data)
{
  return compare_years (*(gconstpointer *) a, *(gconstpointer *) b, user_data);
}

static void
update_sparkline (RcCouncilDetail *self,
                  GListModel      *returns)
{
  RcLineChart *chart = rc_council_chart_build (returns, self->council != NULL ? self->council->id : 0);

  rc_line_chart_view_set_chart (self->sparkline, chart);
  gtk_widget_set_visible (GTK_WIDGET (self->sparkline), chart != NULL);
}

static GtkWidget *
create_membership_row (gpointer item,
                       gpointer user_data)
{
  RcConsortiumMember *member = item;
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *subtitle = NULL;
  const char *role;

  if (g_strcmp0 (member->role, "lead") == 0)
    role = _("Lead");
  else if (g_strcmp0 (member->role, "proposed") == 0)
    role = _("Proposed");
  else
    role = _("Partner");

  if (member->left_on != NULL)
    /* Translators: role, then the dates of a past membership */
    subtitle = g_strdup_printf (_("%s, %s to %s"), role, member->joined_on, member->left_on);
  else
    /* Translators: role, then the date it began */
    subtitle = g_strdup_printf (_("%s since %s"), role, member->joined_on);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), member->council_name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  return row;
}

static void
show_codes (RcCouncilDetail *self)
{
  RcCouncil *council = self->council;
  g_autofree char *la = NULL;
  g_autofree char *active = NULL;
  g_autofree char *subtitle = NULL;
  const char *kind;

  if (g_strcmp0 (council->kind, "county") == 0)
    kind = _("County council");
  else if (g_strcmp0 (council->kind, "metropolitan") == 0)
    kind = _("Metropolitan borough");
  else if (g_strcmp0 (council->kind, "london") == 0)
    kind = _("London borough");
  else
    kind = _("Unitary authority");

  subtitle = g_strdup_printf ("%s · %s", kind, council->region_name);
  gtk_label_set_label (self->title_label, council->name);
  gtk_label_set_label (self->subtitle_label, subtitle);
  adw_action_row_set_subtitle (self->code_row, council->gss_code);

  la = council->la_number != 0 ? g_strdup_printf ("%" G_GINT64_FORMAT, council->la_number) : g_strdup (_("None"));
  adw_action_row_set_subtitle (self->la_row, la);

  if (council->active_from_on != NULL && council->active_to_on != NULL)
    active = g_strdup_printf (_("%s to %s"), council->active_from_on, council->active_to_on);
  else if (council->active_from_on != NULL)
    active = g_strdup_printf (_("Since %s"), council->active_from_on);
  else if (council->active_to_on != NULL)
    active = g_strdup_printf (_("Until %s"), council->active_to_on);
  else
    active = g_strdup (_("Current"));
  adw_action_row_set_subtitle (self->active_row, active);
}

static void
show_neighbour (RcCouncilDetail *self,
                AdwActionRow    *row,
                gint64           id)
{
  g_autoptr(RcCouncil) other = NULL;
  g_autoptr(GError) error = NULL;

  if (id != 0 && (other = rc_store_get_council (self->store, id, &error)) == NULL)
    rc_window_report_error (GTK_WIDGET (self), error);

  gtk_widget_set_visible (GTK_WIDGET (row), other != NULL);
  if (other != NULL)
    {
      g_autofree char *text = g_strdup_printf ("%s (%s)", other->name, other->gss_code);
      adw_action_row_set_subtitle (row, text);
    }
}

static void
reload (RcCouncilDetail *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) returns = NULL;
  g_autoptr(GListModel) memberships = NULL;
  gint64 id = self->council != NULL ? self->council->id : 0;

  g_clear_object (&self->council);
  if (self->store != NULL && id != 0)
    self->council = rc_store_get_council (self->store, id, &error);

  g_list_store_remove_all (self->returns);
  if (self->council == NULL)
    {
      gtk_list_box_bind_model (self->memberships_list, NULL, NULL, NULL, NULL);
      rc_line_chart_view_set_chart (self->sparkline, NULL);
      gtk_stack_set_visible_child_name (self->stack, "none");
      return;
    }

  show_codes (self);
  show_neighbour (self, self->predecessor_row, self->council->predecessor_id);
  show_neighbour (self, self->successor_row, self->council->successor_id);

  memberships = rc_store_list_memberships (self->store, self->council->id, &error);
  gtk_list_box_bind_model (self->memberships_list, memberships, create_membership_row, NULL, NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->memberships_list),
                          memberships != NULL && g_list_model_get_n_items (memberships) > 0);

  returns = rc_store_list_council_returns (self->store, self->council->id, &error);
  if (returns != NULL)
    {
      g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

      /* One change for the table, not one per year. */
      for (guint i = 0; i < g_list_model_get_n_items (returns); i++)
        g_ptr_array_add (items, g_list_model_get_item (returns, i));
      g_ptr_array_sort_with_data (items, compare_year_items, NULL);
      g_list_store_splice (self->returns, 0, 0, items->pdata, items->len);
      update_sparkline (self, returns);
    }
  if (error != NULL)
    g_warning ("Could not load council %" G_GINT64_FORMAT ": %s", id, error->message);

  gtk_widget_set_visible (self->no_returns_label, g_list_model_get_n_items (G_LIST_MODEL (self->returns)) == 0);
  gtk_widget_set_visible (gtk_widget_get_parent (GTK_WIDGET (self->returns_view)),
                          g_list_model_get_n_items (G_LIST_MODEL (self->returns)) > 0);
  gtk_stack_set_visible_child_name (self->stack, "council");
}

static RcWorkforceReturn *
get_selected_return (RcCouncilDetail *self)
{
  return gtk_single_selection_get_selected_item (self->selection);
}

static void
update_actions (RcCouncilDetail *self)
{
  gboolean has_council = self->council != NULL;
  gboolean has_return = get_selected_return (self) != NULL;

  rc_write_action_set_enabled (GTK_WIDGET (self), "council.add-return", has_council);
  rc_write_action_set_enabled (GTK_WIDGET (self), "council.edit-return", has_return);
  rc_write_action_set_enabled (GTK_WIDGET (self), "council.delete-return", has_return);
}

static void
on_store_changed (RcCouncilDetail *self,
                  RcEntityKind     kind)
{
  if (kind == RC_ENTITY_WORKFORCE_RETURN
      || kind == RC_ENTITY_COUNCIL
      || kind == RC_ENTITY_CONSORTIUM
      || kind == RC_ENTITY_CONSORTIUM_MEMBER)
    {
      reload (self);
      update_actions (self);
    }
}

void
rc_council_detail_set_store (RcCouncilDetail *self,
                             RcStore         *store)
{
  g_return_if_fail (RC_IS_COUNCIL_DETAIL (self));

  rc_view_set_store (self, &self->store, store, G_CALLBACK (on_store_changed));

  rc_council_detail_show_council (self, 0);
}

void
rc_council_detail_show_council (RcCouncilDetail *self,
                                gint64           id)
{
  g_return_if_fail (RC_IS_COUNCIL_DETAIL (self));

  g_clear_object (&self->council);
  if (id != 0)
    {
      /* reload() fetches it afresh from the store. */
      self->council = rc_council_new ();
      self->council->id = id;
    }
  reload (self);
  update_actions (self);
}

gint64
rc_council_detail_get_council_id (RcCouncilDetail *self)
{
  g_return_val_if_fail (RC_IS_COUNCIL_DETAIL (self), 0);

  return self->council != NULL ? self->council->id : 0;
}

GListModel *
rc_council_detail_get_returns (RcCouncilDetail *self)
{
  g_return_val_if_fail (RC_IS_COUNCIL_DETAIL (self), NULL);

  return G_LIST_MODEL (self->returns);
}

void
rc_council_detail_select_return (RcCouncilDetail *self,
                                 guint            position)
{
  g_return_if_fail (RC_IS_COUNCIL_DETAIL (self));

  if (position != GTK_INVALID_LIST_POSITION)
    rc_reveal_model_reveal (self->reveal, position);
  gtk_single_selection_set_selected (self->selection, position);
}

static void
show_neighbour_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  RcCouncilDetail *self = RC_COUNCIL_DETAIL (widget);
  gint64 id;

  if (self->council == NULL)
    return;

  id = g_str_equal (action_name, "council.show-predecessor")
    ? self->council->predecessor_id : self->council->successor_id;
  if (id != 0)
    g_signal_emit (self, signals [SHOW_COUNCIL], 0, id);
}

static void
open_return_dialog (RcCouncilDetail   *self,
                    RcWorkforceReturn *ret)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;

  if (self->council == NULL || self->store == NULL)
    return;

  dialog = rc_workforce_return_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                           self->store, self->council, ret);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_return_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  open_return_dialog (RC_COUNCIL_DETAIL (widget), NULL);
}

static void
edit_return_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  RcCouncilDetail *self = RC_COUNCIL_DETAIL (widget);
  RcWorkforceReturn *ret = get_selected_return (self);

  if (ret != NULL)
    open_return_dialog (self, ret);
}

typedef struct {
  RcStore           *store;
  RcWorkforceReturn *ret;
} UndoDelete;

static void
undo_delete_free (gpointer  data,
                  GClosure *closure)
{
  UndoDelete *undo = data;

  g_clear_object (&undo->store);
  g_clear_object (&undo->ret);
  g_free (undo);
}

static void
on_undo_delete (AdwToast   *toast,
                UndoDelete *undo)
{
  g_autoptr(GError) error = NULL;

  /* Saved again as a new row with the same figures. */
  undo->ret->id = 0;
  if (!rc_store_save_workforce_return (undo->store, undo->ret, &error))
    g_warning ("Could not restore the deleted return: %s", error->message);
}

static void
delete_return_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  RcCouncilDetail *self = RC_COUNCIL_DETAIL (widget);
  RcWorkforceReturn *selected = get_selected_return (self);
  g_autoptr(RcWorkforceReturn) copy = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  UndoDelete *undo;
  AdwToast *toast;

  if (selected == NULL)
    return;

  copy = rc_workforce_return_copy (selected);
  if (!rc_store_delete_workforce_return (self->store, copy->id, &error))
    {
      title = g_strdup_printf (_("Could not delete the return: %s"), error->message);
      toast = adw_toast_new (title);
    }
  else
    {
      /* Translators: the year of the return that was deleted, and its council:
       * which council's, so that a Delete meant for another is noticed */
      title = g_strdup_printf (_("Return for %d of %s deleted"), (int) copy->year,
                               copy->area_name != NULL ? copy->area_name : self->council->name);
      toast = adw_toast_new (title);
      adw_toast_set_button_label (toast, _("_Undo"));
      undo = g_new0 (UndoDelete, 1);
      undo->store = g_object_ref (self->store);
      undo->ret = g_steal_pointer (&copy);
      g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_undo_delete), undo,
                             undo_delete_free, 0);
    }

  rc_view_add_toast (widget, toast);
}

static void
on_return_activated (RcCouncilDetail *self,
                     guint            position)
{
  g_autoptr(RcWorkforceReturn) ret = g_list_model_get_item (G_LIST_MODEL (self->returns), position);

  /* Like council.edit-return, not while the database is read only. */
  if (ret != NULL && rc_write_actions_allowed (GTK_WIDGET (self)))
    open_return_dialog (self, ret);
}

static void
rc_council_detail_dispose (GObject *object)
{
  RcCouncilDetail *self = RC_COUNCIL_DETAIL (object);

  /* The bin's child is a template child: let the bin drop it first. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), RC_TYPE_COUNCIL_DETAIL);
  rc_view_set_store (self, &self->store, NULL, NULL);
  g_clear_object (&self->council);
  g_clear_object (&self->selection);
  g_clear_object (&self->reveal);
  g_clear_object (&self->returns);

  G_OBJECT_CLASS (rc_council_detail_parent_class)->dispose (object);
}

static void
rc_council_detail_class_init (RcCouncilDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rc_council_detail_dispose;

  /**
   * RcCouncilDetail::show-council:
   * @id: the council to show instead, a predecessor or successor
   */
  signals [SHOW_COUNCIL] =
    g_signal_new ("show-council",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  g_type_ensure (RC_TYPE_LINE_CHART_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/rc-council-detail.ui");
  gtk_widget_class_bind_template_child (widget_class, RcCouncilDetail, stack);
  gtk_widget_class_bind_template_child (widget_class, RcCouncilDetail, title_label);
  gtk_widget_class_bind_template_child (widget_class, RcCouncilDetail, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, RcCouncilDetail, code_row);
  gtk_widget_class_bind_template_child (widget_class, RcCouncilDetail, la_row);
  gtk_widget_class_bind_template_child (widget_class, RcCouncilDetail, active_row);
  gtk_widget_class_bind_template_child (widget_class, RcCouncilDetail, predecessor_row);
  gtk_widget_class_bind_template_child (widget_class, RcCouncilDetail, successor_row);
  gtk_widget_class_bind_template_child (widget_class, RcCouncilDetail, memberships_list);
  gtk_widget_class_bind_template_child (widget_class, RcCouncilDetail, sparkline);
  gtk_widget_class_bind_template_child (widget_class, RcCouncilDetail, returns_view);
  gtk_widget_class_bind_template_child (widget_class, RcCouncilDetail, no_returns_label);

  gtk_widget_class_install_action (widget_class, "council.show-predecessor", NULL, show_neighbour_action);
  gtk_widget_class_install_action (widget_class, "council.show-successor", NULL, show_neighbour_action);
  gtk_widget_class_install_action (widget_class, "council.add-return", NULL, add_return_action);
  gtk_widget_class_install_action (widget_class, "council.edit-return", NULL, edit_return_action);
  gtk_widget_class_install_action (widget_class, "council.delete-return", NULL, delete_return_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "council.delete-return", NULL);
}

static void
rc_council_detail_init (RcCouncilDetail *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->returns = g_list_store_new (RC_TYPE_WORKFORCE_RETURN);
  self->reveal = rc_reveal_model_new (G_LIST_MODEL (self->returns), GTK_WIDGET (self));
  rc_reveal_model_set_step (self->reveal, 3);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->reveal)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->returns_view, GTK_SELECTION_MODEL (self->selection));
  add_columns (self);

  g_signal_connect_swapped (self->returns_view, "activate", G_CALLBACK (on_return_activated), self);
  g_signal_connect_swapped (self->selection, "notify::selected", G_CALLBACK (update_actions), self);
  update_actions (self);
}
