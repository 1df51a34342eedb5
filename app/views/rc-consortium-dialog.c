/* rc-consortium-dialog.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-views"

#include "config.h"

#include <glib/gi18n.h>

#include "rc-consortium-dialog-private.h"
#include "rc-unsaved.h"
#include "rc-write-actions.h"

G_DEFINE_FINAL_TYPE (RcConsortiumDialog, rc_consortium_dialog, ADW_TYPE_WINDOW)

/* Two councils can share a name across a reorganisation (Somerset), so a
 * former one says when it ended. */
static char *
council_label (RcCouncil *council)
{
  if (council == NULL)
    return NULL;
  if (council->active_to_on != NULL)
    return g_strdup_printf (_("%s (until %s)"), council->name, council->active_to_on);

  return g_strdup (council->name);
}

static void
setup_council_item (GtkSignalListItemFactory *factory,
                    GtkListItem              *item,
                    gpointer                  ellipsize)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (GPOINTER_TO_INT (ellipsize))
    {
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 24);
    }
  gtk_list_item_set_child (item, label);
}

static void
bind_council_item (GtkSignalListItemFactory *factory,
                   GtkListItem              *item)
{
  g_autofree char *text = council_label (gtk_list_item_get_item (item));

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)), text);
}

static void
setup_council_dropdown (GtkDropDown *dropdown,
                        GListModel  *councils)
{
  g_autoptr(GtkListItemFactory) button = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkListItemFactory) list = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkExpression) expression = NULL;

  g_signal_connect (button, "setup", G_CALLBACK (setup_council_item), GINT_TO_POINTER (TRUE));
  g_signal_connect (button, "bind", G_CALLBACK (bind_council_item), NULL);
  g_signal_connect (list, "setup", G_CALLBACK (setup_council_item), GINT_TO_POINTER (FALSE));
  g_signal_connect (list, "bind", G_CALLBACK (bind_council_item), NULL);
  /* What the search box matches. */
  expression = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                            G_CALLBACK (council_label), NULL, NULL);

  gtk_drop_down_set_factory (dropdown, button);
  gtk_drop_down_set_list_factory (dropdown, list);
  gtk_drop_down_set_expression (dropdown, expression);
  gtk_drop_down_set_model (dropdown, councils);
  gtk_drop_down_set_selected (dropdown, GTK_INVALID_LIST_POSITION);
}

guint
rc_consortium_dialog_find_council (GListModel *councils,
              gint64      council_id)
{
  guint n = g_list_model_get_n_items (councils);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RcCouncil) council = g_list_model_get_item (councils, i);

      if (council->id == council_id)
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

void
rc_consortium_dialog_clear_error (RcConsortiumDialog *self)
{
  gtk_revealer_set_reveal_child (self->error_revealer, FALSE);
  gtk_label_set_label (self->error_label, "");
}

void
rc_consortium_dialog_show_error (RcConsortiumDialog *self,
            const char         *format,
            ...)
{
  g_autofree char *text = NULL;
  va_list args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);

  gtk_label_set_label (self->error_label, text);
  gtk_revealer_set_reveal_child (self->error_revealer, TRUE);
}

static void
update_mode (RcConsortiumDialog *self)
{
  gboolean created = self->consortium->id != 0;
  const char *name = gtk_editable_get_text (GTK_EDITABLE (self->name_row));
  gboolean complete = !rc_text_is_blank (name) && gtk_drop_down_get_selected_item (self->lead_dropdown) != NULL;

  adw_window_title_set_title (self->window_title,
                              created ? self->consortium->name : _("New Consortium"));
  /* What a screen reader calls the window, and what a question about its
   * changes names. */
  gtk_window_set_title (GTK_WINDOW (self), created ? self->consortium->name : _("New Consortium"));
  adw_header_bar_set_show_start_title_buttons (self->header_bar, created);
  adw_header_bar_set_show_end_title_buttons (self->header_bar, created);
  gtk_widget_set_visible (self->cancel_button, !created);
  gtk_widget_set_visible (self->create_button, !created);
  gtk_widget_set_visible (self->members_box, created);
  adw_preferences_group_set_description (self->details_group,
                                         created ? NULL : _("Members can be added once the consortium is created."));
  /* Edits to a saved consortium are saved as they are applied. */
  adw_entry_row_set_show_apply_button (self->name_row, created);
  adw_entry_row_set_show_apply_button (self->notes_row, created);
  rc_write_action_set_enabled (GTK_WIDGET (self), "consortium.save", created || complete);
}

static gboolean
save_details (RcConsortiumDialog *self)
{
  g_autoptr(RcConsortium) copy = rc_consortium_copy (self->consortium);
  g_autoptr(GError) error = NULL;
  RcCouncil *lead = gtk_drop_down_get_selected_item (self->lead_dropdown);
  const char *notes = gtk_editable_get_text (GTK_EDITABLE (self->notes_row));
  gboolean created = self->consortium->id != 0;

  g_free (copy->name);
  copy->name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
  copy->lead_council_id = lead != NULL ? lead->id : 0;
  g_free (copy->notes);
  copy->notes = rc_text_is_blank (notes) ? NULL : g_strdup (notes);

  if (!rc_store_save_consortium (self->store, copy, &error))
    {
      rc_consortium_dialog_show_error (self, _("Could not save: %s"), error->message);
      return FALSE;
    }

  rc_consortium_dialog_clear_error (self);
  g_set_object (&self->consortium, copy);
  update_mode (self);
  if (!created)
    {
      /* The lead is usually its first member: offer it, with today's date
       * for the user to correct. */
      rc_consortium_dialog_reset_new_member (self, copy->lead_council_id, "lead");
      rc_consortium_dialog_reload_members (self);
      rc_unsaved_guard_reset (GTK_WINDOW (self));
    }
  else
    /* A member typed in but not added is still to ask about. */
    rc_unsaved_guard_reset_part (GTK_WINDOW (self), GTK_WIDGET (self->details_group));

  return TRUE;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  save_details (RC_CONSORTIUM_DIALOG (widget));
}

static void
details_changed_cb (RcConsortiumDialog *self)
{
  if (!self->loading)
    update_mode (self);
}

static void
details_apply_cb (RcConsortiumDialog *self)
{
  if (self->consortium->id != 0)
    save_details (self);
}

static void
name_activated_cb (RcConsortiumDialog *self)
{
  /* A saved consortium saves through the apply button instead. */
  if (self->consortium->id == 0)
    gtk_widget_activate_action (GTK_WIDGET (self), "consortium.save", NULL);
}

static void
lead_changed_cb (RcConsortiumDialog *self)
{
  if (self->loading)
    return;

  update_mode (self);
  if (self->consortium->id != 0 && gtk_drop_down_get_selected_item (self->lead_dropdown) != NULL)
    save_details (self);
}

static void
load (RcConsortiumDialog *self,
      gint64              consortium_id)
{
  g_autoptr(GListModel) councils = NULL;
  g_autoptr(GError) error = NULL;
  GtkEditable *name_text = gtk_editable_get_delegate (GTK_EDITABLE (self->name_row));
  guint lead_position;

  councils = rc_store_list_councils (self->store, &error);
  if (councils == NULL)
    {
      rc_consortium_dialog_show_error (self, _("Could not read the councils: %s"), error->message);
      gtk_widget_set_sensitive (GTK_WIDGET (self->details_group), FALSE);
      update_mode (self);
      return;
    }

  if (consortium_id != 0)
    {
      g_clear_object (&self->consortium);
      self->consortium = rc_store_get_consortium (self->store, consortium_id, &error);
      if (self->consortium == NULL)
        {
          self->consortium = rc_consortium_new ();
          rc_consortium_dialog_show_error (self, _("Could not read the consortium: %s"), error->message);
          gtk_widget_set_sensitive (GTK_WIDGET (self->details_group), FALSE);
        }
    }

  for (guint i = 0; i < g_list_model_get_n_items (councils); i++)
    {
      g_autoptr(RcCouncil) council = g_list_model_get_item (councils, i);

      g_list_store_append (self->all_councils, council);
      if (council->active_to_on == NULL || council->id == self->consortium->lead_council_id)
        g_list_store_append (self->lead_councils, council);
    }

  lead_position = rc_consortium_dialog_find_council (G_LIST_MODEL (self->lead_councils),
                                                     self->consortium->lead_council_id);

  self->loading = TRUE;
  setup_council_dropdown (self->lead_dropdown, G_LIST_MODEL (self->lead_councils));
  setup_council_dropdown (self->council_dropdown, G_LIST_MODEL (self->all_councils));
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), self->consortium->name ? self->consortium->name : "");
  gtk_editable_set_text (GTK_EDITABLE (self->notes_row), self->consortium->notes ? self->consortium->notes : "");
  gtk_drop_down_set_selected (self->lead_dropdown, lead_position);
  self->loading = FALSE;

  update_mode (self);
  rc_consortium_dialog_reset_new_member (self, 0, "partner");
  rc_consortium_dialog_reload_members (self);

  /* Focused first, but not selected as though about to be replaced. */
  if (GTK_IS_TEXT (name_text))
    gtk_text_grab_focus_without_selecting (GTK_TEXT (name_text));
}

static void
members_changed_cb (RcConsortiumDialog *self,
                    RcEntityKind        entity,
                    RcStore            *store)
{
  rc_consortium_dialog_reload_members (self);
}

GtkWidget *
rc_consortium_dialog_new (GtkWindow *parent,
                          RcStore   *store,
                          gint64     consortium_id)
{
  RcConsortiumDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (RC_IS_STORE (store), NULL);

  self = g_object_new (RC_TYPE_CONSORTIUM_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->store = g_object_ref (store);
  rc_write_actions_follow_store (GTK_WIDGET (self), store);
  rc_write_action_set_enabled (GTK_WIDGET (self), "consortium.end-membership", TRUE);
  rc_write_action_set_enabled (GTK_WIDGET (self), "consortium.remove-member", TRUE);
  g_signal_connect_object (store, "changed::consortium_member",
                           G_CALLBACK (members_changed_cb), self, G_CONNECT_SWAPPED);
  load (self, consortium_id);

  /* Escape, Cancel and the close button ask before changes are lost. A
   * member is added on its own, and the details wait for Save. */
  rc_unsaved_guard_add_part (GTK_WINDOW (self), GTK_WIDGET (self->details_group));
  rc_unsaved_guard_add_part (GTK_WINDOW (self), self->members_box);
  rc_unsaved_guard (GTK_WINDOW (self), "consortium.save", NULL);

  return GTK_WIDGET (self);
}

gint64
rc_consortium_dialog_get_consortium_id (RcConsortiumDialog *self)
{
  g_return_val_if_fail (RC_IS_CONSORTIUM_DIALOG (self), 0);

  return self->consortium->id;
}

void
rc_consortium_dialog_set_name (RcConsortiumDialog *self,
                               const char         *name)
{
  g_return_if_fail (RC_IS_CONSORTIUM_DIALOG (self));

  gtk_editable_set_text (GTK_EDITABLE (self->name_row), name ? name : "");
}

void
rc_consortium_dialog_set_lead (RcConsortiumDialog *self,
                               gint64              council_id)
{
  g_return_if_fail (RC_IS_CONSORTIUM_DIALOG (self));

  gtk_drop_down_set_selected (self->lead_dropdown,
                              rc_consortium_dialog_find_council (G_LIST_MODEL (self->lead_councils), council_id));
}

static void
rc_consortium_dialog_dispose (GObject *object)
{
  RcConsortiumDialog *self = RC_CONSORTIUM_DIALOG (object);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  if (self->prompt != NULL)
    gtk_window_destroy (GTK_WINDOW (self->prompt));
  g_clear_weak_pointer (&self->prompt);

  gtk_widget_dispose_template (GTK_WIDGET (self), RC_TYPE_CONSORTIUM_DIALOG);

  g_clear_object (&self->store);
  g_clear_object (&self->consortium);
  g_clear_object (&self->lead_councils);
  g_clear_object (&self->all_councils);
  g_clear_object (&self->current_members);
  g_clear_object (&self->past_members);
  g_clear_pointer (&self->member_error, g_free);

  G_OBJECT_CLASS (rc_consortium_dialog_parent_class)->dispose (object);
}

static void
rc_consortium_dialog_class_init (RcConsortiumDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rc_consortium_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/rc-consortium-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, RcConsortiumDialog, header_bar);
  gtk_widget_class_bind_template_child (widget_class, RcConsortiumDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, RcConsortiumDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, RcConsortiumDialog, create_button);
  gtk_widget_class_bind_template_child (widget_class, RcConsortiumDialog, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, RcConsortiumDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, RcConsortiumDialog, details_group);
  gtk_widget_class_bind_template_child (widget_class, RcConsortiumDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, RcConsortiumDialog, lead_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RcConsortiumDialog, notes_row);
  gtk_widget_class_bind_template_child (widget_class, RcConsortiumDialog, members_box);
  gtk_widget_class_bind_template_child (widget_class, RcConsortiumDialog, current_list);
  gtk_widget_class_bind_template_child (widget_class, RcConsortiumDialog, past_list);
  gtk_widget_class_bind_template_child (widget_class, RcConsortiumDialog, past_group);
  gtk_widget_class_bind_template_child (widget_class, RcConsortiumDialog, council_field);
  gtk_widget_class_bind_template_child (widget_class, RcConsortiumDialog, council_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RcConsortiumDialog, role_row);
  gtk_widget_class_bind_template_child (widget_class, RcConsortiumDialog, joined_field);
  gtk_widget_class_bind_template_child (widget_class, RcConsortiumDialog, joined_entry);
  gtk_widget_class_bind_template_child (widget_class, RcConsortiumDialog, left_field);
  gtk_widget_class_bind_template_child (widget_class, RcConsortiumDialog, left_entry);
  gtk_widget_class_bind_template_callback (widget_class, details_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, details_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, name_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, lead_changed_cb);

  gtk_widget_class_install_action (widget_class, "consortium.save", NULL, save_action);
  rc_consortium_dialog_class_init_members (widget_class);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}

static void
rc_consortium_dialog_init (RcConsortiumDialog *self)
{
  g_type_ensure (RC_TYPE_FIELD_ROW);
  gtk_widget_init_template (GTK_WIDGET (self));

  self->consortium = rc_consortium_new ();
  self->lead_councils = g_list_store_new (RC_TYPE_COUNCIL);
  self->all_councils = g_list_store_new (RC_TYPE_COUNCIL);
  self->current_members = g_list_store_new (RC_TYPE_CONSORTIUM_MEMBER);
  self->past_members = g_list_store_new (RC_TYPE_CONSORTIUM_MEMBER);
  rc_consortium_dialog_init_members (self);
}
