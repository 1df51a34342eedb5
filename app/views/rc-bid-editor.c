/* rc-bid-editor.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-views"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "export/rc-bid-workbook.h"
#include "export/rc-file-name.h"
#include "model/rc-money.h"
#include "rc-view-util.h"
#include "rc-bid-editor-private.h"
#include "rc-export-bar.h"
#include "rc-bid-status-dialog.h"
#include "rc-file-chooser.h"
#include "rc-window.h"
#include "rc-write-actions.h"


G_DEFINE_FINAL_TYPE (RcBidEditor, rc_bid_editor, ADW_TYPE_BIN)

enum { SHOW_BID, N_SIGNALS };
static guint signals [N_SIGNALS];

enum { PROP_0, PROP_HAS_UNSAVED_CHANGES, N_PROPS };
static GParamSpec *properties [N_PROPS];

void
rc_bid_editor_style_status_label (GtkLabel   *label,
                                  const char *status_key)
{
  static const char *colours [RC_N_BID_STATUSES + 1] = {  /* NULL-terminated */
    [RC_BID_STATUS_DRAFT] = "dim-label",
    [RC_BID_STATUS_SUBMITTED] = "accent",
    [RC_BID_STATUS_AWARDED] = "success",
    [RC_BID_STATUS_PART_AWARDED] = "warning",
    [RC_BID_STATUS_REJECTED] = "error",
    [RC_BID_STATUS_WITHDRAWN] = "dim-label",
  };
  g_auto(GStrv) classes = gtk_widget_get_css_classes (GTK_WIDGET (label));
  g_autofree char *key_class = NULL;
  RcBidStatus status;

  g_return_if_fail (GTK_IS_LABEL (label));

  for (guint i = 0; classes[i] != NULL; i++)
    if (g_str_has_prefix (classes[i], "bid-status") || g_strv_contains ((const char * const *) colours, classes[i]))
      gtk_widget_remove_css_class (GTK_WIDGET (label), classes[i]);

  if (!rc_bid_status_from_key (status_key, &status))
    {
      gtk_label_set_text (label, status_key != NULL ? status_key : "");
      return;
    }

  key_class = g_strdup_printf ("bid-status-%s", status_key);
  gtk_label_set_text (label, rc_bid_status_get_label (status));
  gtk_widget_add_css_class (GTK_WIDGET (label), "bid-status");
  gtk_widget_add_css_class (GTK_WIDGET (label), key_class);
  gtk_widget_add_css_class (GTK_WIDGET (label), colours[status]);
}

static void
update_actions (RcBidEditor *self)
{
  gboolean stored = self->bid != NULL && self->bid->id != 0 && !self->deleted_elsewhere;

  rc_write_action_set_enabled (GTK_WIDGET (self), "bid.change-status", stored);
  rc_write_action_set_enabled (GTK_WIDGET (self), "bid.duplicate", stored);
  rc_write_action_set_enabled (GTK_WIDGET (self), "bid.delete", stored);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "bid.export",
                                 stored && !rc_export_bar_is_running (self->export_bar));
}

static GtkWidget *
create_history_row (gpointer item,
                    gpointer user_data)
{
  RcBidStatusEvent *event = item;
  GtkWidget *row = adw_action_row_new ();
  RcBidStatus status;
  g_autofree char *subtitle = NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 rc_bid_status_from_key (event->status, &status)
                                 ? rc_bid_status_get_label (status) : event->status);
  if (event->note != NULL && *event->note != '\0')
    /* Translators: the date of a status change, then its note */
    subtitle = g_strdup_printf (_("%s — %s"), event->occurred_on, event->note);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle != NULL ? subtitle : event->occurred_on);

  return row;
}

static void
show_header (RcBidEditor *self)
{
  RcBid *bid = self->bid;
  g_autofree char *requested = rc_money_format (bid->requested_pence);
  g_autofree char *awarded = bid->awarded_pence.present ? rc_money_format (bid->awarded_pence.value) : NULL;
  g_autofree char *amounts = NULL;
  g_autofree char *subtitle = NULL;

  gtk_label_set_text (self->title_label, bid->id != 0 ? bid->title : _("New Bid"));
  if (bid->id != 0)
    subtitle = g_strdup_printf ("%s%s%s\n%s", bid->funder, bid->scheme != NULL ? " · " : "",
                                bid->scheme != NULL ? bid->scheme : "",
                                bid->consortium_name != NULL ? bid->consortium_name : "");
  gtk_label_set_text (self->subtitle_label, subtitle != NULL ? subtitle : _("Fill in the details, then save."));

  rc_bid_editor_style_status_label (self->status_label, bid->status);
  if (awarded != NULL)
    /* Translators: amounts of money */
    amounts = g_strdup_printf (_("Requested %s · Awarded %s"), requested, awarded);
  else
    amounts = g_strdup_printf (_("Requested %s"), requested);
  gtk_label_set_text (self->amounts_label, amounts);

  gtk_widget_set_visible (GTK_WIDGET (self->status_label), bid->id != 0);
  gtk_widget_set_visible (GTK_WIDGET (self->amounts_label), bid->id != 0);
  gtk_widget_set_visible (self->actions_box, bid->id != 0);
  gtk_widget_set_visible (self->status_group, bid->id != 0);
  gtk_widget_set_visible (GTK_WIDGET (self->budget), bid->id != 0);
}

static void
reload (RcBidEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RcBid) fresh = NULL;
  g_autoptr(GListModel) events = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  if (self->bid == NULL || self->store == NULL)
    {
      rc_bid_editor_set_deleted_elsewhere (self, FALSE);
      g_clear_object (&self->bid);
      g_list_store_remove_all (self->history);
      rc_bid_details_show_bid (self->details, NULL);
      rc_bid_budget_show_bid (self->budget, NULL);
      gtk_stack_set_visible_child_name (self->stack, "none");
      update_actions (self);
      return;
    }

  if (self->bid->id != 0)
    {
      fresh = rc_store_get_bid (self->store, self->bid->id, &error);
      if (fresh == NULL && !g_error_matches (error, RC_STORE_ERROR, RC_STORE_ERROR_NOT_FOUND))
        {
          /* Busy or damaged: the bid stays as it was shown. */
          rc_window_report_error (GTK_WIDGET (self), error);
          return;
        }
      /* Deleted elsewhere under edits not saved: they stay, and the
       * user chooses what becomes of them. A bid found under the same id
       * since is another one, which SQLite gave the id again. */
      if ((fresh == NULL || self->deleted_elsewhere) && self->unsaved)
        {
          rc_bid_editor_set_deleted_elsewhere (self, TRUE);
          update_actions (self);
          return;
        }
      if (fresh == NULL)
        {
          /* Deleted, here or elsewhere. */
          g_clear_object (&self->bid);
          reload (self);
          return;
        }
      rc_bid_editor_set_deleted_elsewhere (self, FALSE);
      g_set_object (&self->bid, fresh);
      events = rc_store_list_bid_status_events (self->store, fresh->id, &error);
      if (events == NULL)
        rc_window_report_error (GTK_WIDGET (self), error);
    }

  for (guint i = 0; events != NULL && i < g_list_model_get_n_items (events); i++)
    g_ptr_array_add (items, g_list_model_get_item (events, i));
  g_list_store_splice (self->history, 0, g_list_model_get_n_items (G_LIST_MODEL (self->history)),
                       items->pdata, items->len);

  show_header (self);
  rc_bid_details_show_bid (self->details, self->bid);
  rc_bid_budget_show_bid (self->budget, self->bid->id != 0 ? self->bid : NULL);
  gtk_stack_set_visible_child_name (self->stack, "bid");
  update_actions (self);
}

static void
on_store_changed (RcBidEditor  *self,
                  RcEntityKind  kind)
{
  if (kind == RC_ENTITY_BID || kind == RC_ENTITY_BID_STATUS_EVENT || kind == RC_ENTITY_BID_LINE
      || kind == RC_ENTITY_BID_REMINDER || kind == RC_ENTITY_CONSORTIUM || kind == RC_ENTITY_PROGRAMME)
    reload (self);
}

void
rc_bid_editor_set_store (RcBidEditor *self,
                         RcStore     *store)
{
  g_return_if_fail (RC_IS_BID_EDITOR (self));

  rc_view_set_store (self, &self->store, store, G_CALLBACK (on_store_changed));

  rc_bid_details_set_store (self->details, store);
  rc_bid_budget_set_store (self->budget, store);
  rc_bid_editor_show_bid (self, 0);
}

void
rc_bid_editor_show_bid (RcBidEditor *self,
                        gint64       id)
{
  g_return_if_fail (RC_IS_BID_EDITOR (self));

  if (self->bid != NULL && id != 0 && self->bid->id == id)
    return;

  g_clear_object (&self->bid);
  if (id != 0)
    {
      /* reload() fetches it afresh. */
      self->bid = rc_bid_new ();
      self->bid->id = id;
    }
  /* Another bid starts at its top. */
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
  reload (self);
}

void
rc_bid_editor_show_new (RcBidEditor *self)
{
  g_return_if_fail (RC_IS_BID_EDITOR (self));

  g_clear_object (&self->bid);
  self->bid = rc_bid_new ();
  self->bid->status = g_strdup (rc_bid_status_to_key (RC_BID_STATUS_DRAFT));
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
  reload (self);
  gtk_widget_child_focus (GTK_WIDGET (self->details), GTK_DIR_TAB_FORWARD);
}

gint64
rc_bid_editor_get_bid_id (RcBidEditor *self)
{
  g_return_val_if_fail (RC_IS_BID_EDITOR (self), 0);

  return self->bid != NULL ? self->bid->id : 0;
}

gboolean
rc_bid_editor_is_new (RcBidEditor *self)
{
  g_return_val_if_fail (RC_IS_BID_EDITOR (self), FALSE);

  return self->bid != NULL && self->bid->id == 0;
}

void
rc_bid_editor_toast (RcBidEditor *self,
                     const char  *title)
{
  rc_view_add_toast (GTK_WIDGET (self), adw_toast_new (title));
}

GtkWindow *
rc_bid_editor_get_window (RcBidEditor *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

void
rc_bid_editor_emit_show_bid (RcBidEditor *self,
                             gint64       id)
{
  g_signal_emit (self, signals [SHOW_BID], 0, id);
}

static void
on_status_saved (RcBidEditor *self)
{
  rc_bid_editor_toast (self, _("Status changed"));
}

GtkWidget *
rc_bid_editor_open_status_dialog (RcBidEditor *self)
{
  GtkWidget *dialog;

  g_return_val_if_fail (RC_IS_BID_EDITOR (self), NULL);

  if (self->bid == NULL || self->bid->id == 0)
    return NULL;

  dialog = rc_bid_status_dialog_new (rc_bid_editor_get_window (self), self->store, self->bid);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_status_saved), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));

  return dialog;
}

void
rc_bid_editor_export (RcBidEditor *self,
                      const char  *path)
{
  g_return_if_fail (RC_IS_BID_EDITOR (self));
  g_return_if_fail (path != NULL);

  if (self->bid != NULL && self->bid->id != 0)
    rc_export_bar_start (self->export_bar, rc_bid_workbook_write_async, rc_bid_workbook_write_finish,
                         self->store, self->bid->id, path);
  update_actions (self);
}

static void
on_export_finished (RcBidEditor *self,
                    const char  *message)
{
  update_actions (self);
  rc_bid_editor_toast (self, message);
}

static void
on_export_chosen (GtkWidget     *owner,
                  GFile         *file,
                  RcFileChooser *chooser)
{
  g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;

  if (path != NULL)
    rc_bid_editor_export (RC_BID_EDITOR (owner), path);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RcBidEditor *self = RC_BID_EDITOR (widget);
  g_autofree char *title = NULL;
  g_autofree char *name = NULL;
  g_autoptr(RcFileChooser) chooser = NULL;

  if (self->bid == NULL || self->bid->id == 0)
    return;

  /* The title names the file, in a form that Windows and SharePoint take:
   * "Step Up to Social Work: expansion" has a colon. */
  title = g_strconcat (self->bid->title, ".xlsx", NULL);
  name = rc_file_name_make_safe (title);
  chooser = rc_file_chooser_new_save (_("Export Workbook"), _("_Export"), name);
  rc_file_chooser_add_filter (chooser, _("Excel workbooks"), "xlsx", NULL, 0, TRUE);
  rc_file_chooser_show (chooser, widget, on_export_chosen);
}

static void
on_details_saved (RcBidEditor  *self,
                  RcBid        *bid,
                  gboolean      created)
{
  if (created)
    {
      /* Afresh, even under the id of a bid deleted elsewhere. */
      rc_bid_editor_set_deleted_elsewhere (self, FALSE);
      g_clear_object (&self->bid);
      rc_bid_editor_show_bid (self, bid->id);
      g_signal_emit (self, signals [SHOW_BID], 0, bid->id);
    }
  else
    reload (self);
  rc_bid_editor_toast (self, created ? _("Bid created") : _("Bid saved"));
}

static void
dialog_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RcBidEditor *self = RC_BID_EDITOR (widget);

  if (g_str_equal (action_name, "bid.change-status"))
    rc_bid_editor_open_status_dialog (self);
  else if (g_str_equal (action_name, "bid.duplicate"))
    rc_bid_editor_open_duplicate_dialog (self);
  else
    rc_bid_editor_open_delete_dialog (self);
}

static void
rc_bid_editor_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  RcBidEditor *self = RC_BID_EDITOR (object);

  switch (prop_id)
    {
    case PROP_HAS_UNSAVED_CHANGES:
      g_value_set_boolean (value, self->unsaved);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_bid_editor_dispose (GObject *object)
{
  RcBidEditor *self = RC_BID_EDITOR (object);

  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), RC_TYPE_BID_EDITOR);
  rc_view_set_store (self, &self->store, NULL, NULL);
  g_clear_object (&self->bid);
  g_clear_object (&self->history);

  G_OBJECT_CLASS (rc_bid_editor_parent_class)->dispose (object);
}

static void
rc_bid_editor_class_init (RcBidEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rc_bid_editor_dispose;
  object_class->get_property = rc_bid_editor_get_property;

  /**
   * RcBidEditor:has-unsaved-changes:
   *
   * Whether the details or the budget shown differ from what is stored:
   * what the bids page and the window ask before they would drop them.
   */
  properties [PROP_HAS_UNSAVED_CHANGES] =
    g_param_spec_boolean ("has-unsaved-changes", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * RcBidEditor::show-bid:
   * @id: a bid just created or duplicated, for the list to select
   */
  signals [SHOW_BID] =
    g_signal_new ("show-bid", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  g_type_ensure (RC_TYPE_BID_DETAILS);
  g_type_ensure (RC_TYPE_EXPORT_BAR);
  g_type_ensure (RC_TYPE_BID_BUDGET);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/rc-bid-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, RcBidEditor, stack);
  gtk_widget_class_bind_template_child (widget_class, RcBidEditor, scroller);
  gtk_widget_class_bind_template_child (widget_class, RcBidEditor, title_label);
  gtk_widget_class_bind_template_child (widget_class, RcBidEditor, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, RcBidEditor, status_label);
  gtk_widget_class_bind_template_child (widget_class, RcBidEditor, amounts_label);
  gtk_widget_class_bind_template_child (widget_class, RcBidEditor, actions_box);
  gtk_widget_class_bind_template_child (widget_class, RcBidEditor, export_bar);
  gtk_widget_class_bind_template_child (widget_class, RcBidEditor, details);
  gtk_widget_class_bind_template_child (widget_class, RcBidEditor, status_group);
  gtk_widget_class_bind_template_child (widget_class, RcBidEditor, history_list);
  gtk_widget_class_bind_template_child (widget_class, RcBidEditor, budget);
  gtk_widget_class_bind_template_child (widget_class, RcBidEditor, deleted_banner);
  gtk_widget_class_bind_template_child (widget_class, RcBidEditor, deleted_label);

  gtk_widget_class_install_action (widget_class, "bid.change-status", NULL, dialog_action);
  gtk_widget_class_install_action (widget_class, "bid.duplicate", NULL, dialog_action);
  gtk_widget_class_install_action (widget_class, "bid.delete", NULL, dialog_action);
  gtk_widget_class_install_action (widget_class, "bid.export", NULL, export_action);
  rc_bid_editor_install_deleted_actions (widget_class);
}

static void
rc_bid_editor_init (RcBidEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->history = g_list_store_new (RC_TYPE_BID_STATUS_EVENT);
  gtk_list_box_bind_model (self->history_list, G_LIST_MODEL (self->history), create_history_row, NULL, NULL);
  g_signal_connect_swapped (self->details, "saved", G_CALLBACK (on_details_saved), self);
  g_signal_connect_swapped (self->export_bar, "finished", G_CALLBACK (on_export_finished), self);
  g_signal_connect_swapped (self->details, "notify::dirty", G_CALLBACK (rc_bid_editor_update_unsaved), self);
  g_signal_connect_swapped (self->budget, "notify::dirty", G_CALLBACK (rc_bid_editor_update_unsaved), self);
  update_actions (self);
}
