/* rc-consortium-dialog-members.c: the members, current and past, and the
 * form that adds one
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-views"

#include "config.h"

#include <glib/gi18n.h>

#include "model/rc-money.h"
#include "rc-consortium-dialog-private.h"
#include "rc-unsaved.h"
#include "rc-write-actions.h"

/* In the order of the role row's items. */
static const char *roles[] = { "partner", "proposed", "lead" };

static gboolean
member_is_past (RcConsortiumMember *member,
                const char         *today)
{
  /* left_on is the last day of membership. */
  return member->left_on != NULL && strcmp (member->left_on, today) < 0;
}

static RcConsortiumMember *
find_member (RcConsortiumDialog *self,
             gint64              member_id)
{
  GListModel *lists[] = { G_LIST_MODEL (self->current_members), G_LIST_MODEL (self->past_members) };

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; i < g_list_model_get_n_items (lists[l]); i++)
      {
        g_autoptr(RcConsortiumMember) member = g_list_model_get_item (lists[l], i);

        if (member->id == member_id)
          return member;  /* the list keeps it alive */
      }

  return NULL;
}

static char *
member_subtitle (RcConsortiumMember *member,
                 gboolean            past)
{
  g_autofree char *since = NULL;

  if (past)
    return g_strdup_printf (_("%s – %s"), member->joined_on, member->left_on);

  if (g_strcmp0 (member->role, "lead") == 0)
    since = g_strdup_printf (_("Lead since %s"), member->joined_on);
  else if (g_strcmp0 (member->role, "proposed") == 0)
    since = g_strdup_printf (_("Proposed since %s"), member->joined_on);
  else
    since = g_strdup_printf (_("Partner since %s"), member->joined_on);

  if (member->left_on == NULL)
    return g_steal_pointer (&since);

  return g_strdup_printf (_("%s, until %s"), since, member->left_on);
}

/* Icon buttons: two labelled buttons leave a council's name no room on a
 * narrow screen. */
static GtkWidget *
row_button (const char *icon_name,
            const char *tooltip,
            const char *accessible_label,
            const char *action_name,
            gint64      member_id)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_label,
                                  -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "x", member_id);

  return button;
}

static GtkWidget *
create_member_row (gpointer item,
                   gpointer past)
{
  RcConsortiumMember *member = item;
  g_autofree char *subtitle = member_subtitle (member, GPOINTER_TO_INT (past));
  g_autofree char *end_label = g_strdup_printf (_("End the membership of %s…"), member->council_name);
  g_autofree char *remove_label = g_strdup_printf (_("Remove %s…"), member->council_name);
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), member->council_name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  if (!GPOINTER_TO_INT (past))
    adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                               row_button ("system-log-out-symbolic", _("End Membership…"), end_label,
                                           "consortium.end-membership", member->id));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             row_button ("user-trash-symbolic", _("Remove…"), remove_label,
                                         "consortium.remove-member", member->id));

  return row;
}

/* Another membership of @council that the new one would overlap. */
static char *
check_overlap (RcConsortiumDialog *self,
               RcCouncil          *council,
               const char         *joined_on,
               const char         *left_on)
{
  GListModel *lists[] = { G_LIST_MODEL (self->current_members), G_LIST_MODEL (self->past_members) };

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; i < g_list_model_get_n_items (lists[l]); i++)
      {
        g_autoptr(RcConsortiumMember) member = g_list_model_get_item (lists[l], i);

        if (member->council_id != council->id
            || (left_on != NULL && strcmp (member->joined_on, left_on) > 0)
            || (member->left_on != NULL && strcmp (joined_on, member->left_on) > 0))
          continue;

        if (l == 0)
          return g_strdup_printf (_("%s is already a current member"), council->name);
        return g_strdup_printf (_("%s was a member from %s to %s"),
                                council->name, member->joined_on, member->left_on);
      }

  return NULL;
}

/* Shows what is wrong beside each field of the new member and enables
 * "Add Member" only when nothing is. */
static gboolean
validate_new_member (RcConsortiumDialog *self,
                     char              **joined_on,
                     char              **left_on)
{
  RcCouncil *council = gtk_drop_down_get_selected_item (self->council_dropdown);
  const char *left_text = gtk_editable_get_text (GTK_EDITABLE (self->left_entry));
  g_autoptr(GError) joined_error = NULL;
  g_autoptr(GError) left_error = NULL;
  g_autofree char *council_message = NULL;
  g_autofree char *left_message = NULL;
  g_autofree char *joined = NULL;
  g_autofree char *left = NULL;
  GDate date;
  gboolean valid;

  if (rc_date_parse (gtk_editable_get_text (GTK_EDITABLE (self->joined_entry)), &date, &joined_error))
    joined = rc_date_format_iso (&date);
  if (!rc_text_is_blank (left_text))
    {
      if (rc_date_parse (left_text, &date, &left_error))
        left = rc_date_format_iso (&date);
      else
        left_message = g_strdup (left_error->message);
    }

  if (joined != NULL && left != NULL && strcmp (left, joined) < 0)
    left_message = g_strdup (_("The leaving date is before the joining date"));

  if (council != NULL && joined != NULL && left_message == NULL)
    {
      council_message = check_overlap (self, council, joined, left);
      if (council_message == NULL && council->active_to_on != NULL
          && (left == NULL || strcmp (left, council->active_to_on) > 0))
        council_message = g_strdup_printf (_("This council ended on %s: give a leaving date on or before it"),
                                           council->active_to_on);
    }

  rc_field_row_show (self->council_field, council_message, NULL);
  rc_field_row_show (self->joined_field, joined_error != NULL ? joined_error->message : NULL, NULL);
  rc_field_row_show (self->left_field, left_message, NULL);

  g_free (self->member_error);
  self->member_error = g_strdup (council_message != NULL ? council_message
                                 : joined_error != NULL ? joined_error->message
                                 : left_message);

  valid = council != NULL && joined != NULL && self->member_error == NULL;
  rc_write_action_set_enabled (GTK_WIDGET (self), "consortium.add-member", valid);
  if (valid && joined_on != NULL)
    *joined_on = g_steal_pointer (&joined);
  if (valid && left_on != NULL)
    *left_on = g_steal_pointer (&left);

  return valid;
}

void
rc_consortium_dialog_reload_members (RcConsortiumDialog *self)
{
  g_autoptr(GListModel) members = NULL;
  g_autoptr(GPtrArray) current = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) past = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  g_autofree char *today = rc_date_today_iso ();

  if (self->consortium->id == 0)
    return;

  members = rc_store_list_members (self->store, self->consortium->id, &error);
  if (members == NULL)
    {
      rc_consortium_dialog_show_error (self, _("Could not read the members: %s"), error->message);
      return;
    }

  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      RcConsortiumMember *member = g_list_model_get_item (members, i);

      g_ptr_array_add (member_is_past (member, today) ? past : current, member);
    }

  g_list_store_splice (self->current_members, 0, g_list_model_get_n_items (G_LIST_MODEL (self->current_members)),
                       current->pdata, current->len);
  g_list_store_splice (self->past_members, 0, g_list_model_get_n_items (G_LIST_MODEL (self->past_members)),
                       past->pdata, past->len);
  gtk_widget_set_visible (self->past_group, past->len > 0);
  validate_new_member (self, NULL, NULL);
}

void
rc_consortium_dialog_reset_new_member (RcConsortiumDialog *self,
                                       gint64              council_id,
                                       const char         *role)
{
  g_autofree char *today = rc_date_today_iso ();

  rc_consortium_dialog_set_new_member (self, council_id, role, today, NULL);
}

static gboolean
add_member (RcConsortiumDialog *self)
{
  g_autoptr(RcConsortiumMember) member = rc_consortium_member_new ();
  g_autoptr(GError) error = NULL;
  RcCouncil *council = gtk_drop_down_get_selected_item (self->council_dropdown);
  guint role = adw_combo_row_get_selected (self->role_row);

  if (self->consortium->id == 0 || !validate_new_member (self, &member->joined_on, &member->left_on))
    return FALSE;

  member->consortium_id = self->consortium->id;
  member->council_id = council->id;
  member->role = g_strdup (roles[MIN (role, G_N_ELEMENTS (roles) - 1)]);
  if (!rc_store_save_member (self->store, member, &error))
    {
      rc_consortium_dialog_show_error (self, _("Could not save: %s"), error->message);
      return FALSE;
    }

  rc_consortium_dialog_clear_error (self);
  rc_consortium_dialog_reset_new_member (self, 0, "partner");
  /* The new member's fields are empty again: nothing to ask about there,
   * while a name or note typed and not saved is still asked about. */
  rc_unsaved_guard_reset_part (GTK_WINDOW (self), self->members_box);

  return TRUE;
}

static gboolean
end_membership (RcConsortiumDialog *self,
                gint64              member_id,
                const char         *left_on)
{
  RcConsortiumMember *member = find_member (self, member_id);
  g_autoptr(RcConsortiumMember) copy = NULL;
  g_autoptr(GError) error = NULL;
  GDate date;

  if (member == NULL)
    return FALSE;

  if (!rc_date_parse (left_on, &date, &error))
    {
      rc_consortium_dialog_show_error (self, _("Could not save: %s"), error->message);
      return FALSE;
    }

  copy = rc_consortium_member_copy (member);
  g_free (copy->left_on);
  copy->left_on = rc_date_format_iso (&date);
  if (!rc_store_save_member (self->store, copy, &error))
    {
      rc_consortium_dialog_show_error (self, _("Could not save: %s"), error->message);
      return FALSE;
    }

  rc_consortium_dialog_clear_error (self);

  return TRUE;
}

static void
end_date_changed_cb (GtkEditable      *entry,
                     AdwMessageDialog *prompt)
{
  const char *joined_on = g_object_get_data (G_OBJECT (prompt), "joined-on");
  g_autofree char *left_on = NULL;
  GDate date;
  gboolean valid = FALSE;

  if (rc_date_parse (gtk_editable_get_text (entry), &date, NULL))
    {
      left_on = rc_date_format_iso (&date);
      valid = strcmp (left_on, joined_on) >= 0;
    }

  adw_message_dialog_set_response_enabled (prompt, "end", valid);
  if (valid)
    gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
}

static void
prompt_response_cb (AdwMessageDialog   *prompt,
                    const char         *response,
                    RcConsortiumDialog *self)
{
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "end") == 0)
    {
      GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (prompt));

      end_membership (self, self->prompt_member_id, gtk_editable_get_text (entry));
    }
  else if (g_strcmp0 (response, "remove") == 0)
    {
      if (rc_store_delete_member (self->store, self->prompt_member_id, &error))
        rc_consortium_dialog_clear_error (self);
      else
        rc_consortium_dialog_show_error (self, _("Could not remove: %s"), error->message);
    }

  self->prompt_member_id = 0;
}

static AdwMessageDialog *
new_prompt (RcConsortiumDialog *self,
            gint64              member_id,
            const char         *heading,
            const char         *body)
{
  AdwMessageDialog *prompt = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading, body));

  if (self->prompt != NULL)
    gtk_window_destroy (GTK_WINDOW (self->prompt));
  g_set_weak_pointer (&self->prompt, prompt);
  self->prompt_member_id = member_id;

  gtk_window_set_modal (GTK_WINDOW (prompt), TRUE);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (prompt), TRUE);
  adw_message_dialog_add_response (prompt, "cancel", _("_Cancel"));
  adw_message_dialog_set_close_response (prompt, "cancel");
  g_signal_connect_object (prompt, "response", G_CALLBACK (prompt_response_cb), self, 0);

  return prompt;
}

static void
end_membership_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  RcConsortiumDialog *self = RC_CONSORTIUM_DIALOG (widget);
  RcConsortiumMember *member = find_member (self, g_variant_get_int64 (parameter));
  g_autofree char *body = NULL;
  g_autofree char *today = rc_date_today_iso ();
  AdwMessageDialog *prompt;
  GtkWidget *entry;

  if (member == NULL)
    return;

  body = g_strdup_printf (_("%s stays in the consortium’s history as a past member. "
                            "Its last day as a member:"), member->council_name);
  prompt = new_prompt (self, member->id, _("End Membership?"), body);
  adw_message_dialog_add_response (prompt, "end", _("_End Membership"));
  adw_message_dialog_set_response_appearance (prompt, "end", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (prompt, "end");
  g_object_set_data_full (G_OBJECT (prompt), "joined-on", g_strdup (member->joined_on), g_free);

  entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("YYYY-MM-DD"));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  g_signal_connect_object (entry, "changed", G_CALLBACK (end_date_changed_cb), prompt, 0);
  adw_message_dialog_set_extra_child (prompt, entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), today);

  gtk_window_present (GTK_WINDOW (prompt));
}

static void
remove_member_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  RcConsortiumDialog *self = RC_CONSORTIUM_DIALOG (widget);
  RcConsortiumMember *member = find_member (self, g_variant_get_int64 (parameter));
  g_autofree char *heading = NULL;
  AdwMessageDialog *prompt;

  if (member == NULL)
    return;

  heading = g_strdup_printf (_("Remove %s?"), member->council_name);
  prompt = new_prompt (self, member->id, heading,
                       _("This erases the membership and its dates from the consortium’s history. "
                         "To keep the history, end the membership instead."));
  adw_message_dialog_set_heading_use_markup (prompt, FALSE);
  adw_message_dialog_add_response (prompt, "remove", _("_Remove"));
  adw_message_dialog_set_response_appearance (prompt, "remove", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (prompt, "cancel");

  gtk_window_present (GTK_WINDOW (prompt));
}

static void
add_member_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  add_member (RC_CONSORTIUM_DIALOG (widget));
}

static void
new_member_changed_cb (RcConsortiumDialog *self)
{
  if (!self->loading)
    validate_new_member (self, NULL, NULL);
}

static void
new_member_activated_cb (RcConsortiumDialog *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "consortium.add-member", NULL);
}

void
rc_consortium_dialog_set_new_member (RcConsortiumDialog *self,
                                     gint64              council_id,
                                     const char         *role,
                                     const char         *joined_on,
                                     const char         *left_on)
{
  guint role_index = 0;

  g_return_if_fail (RC_IS_CONSORTIUM_DIALOG (self));

  for (guint i = 0; i < G_N_ELEMENTS (roles); i++)
    if (g_strcmp0 (role, roles[i]) == 0)
      role_index = i;

  self->loading = TRUE;
  gtk_drop_down_set_selected (self->council_dropdown,
                              rc_consortium_dialog_find_council (G_LIST_MODEL (self->all_councils), council_id));
  adw_combo_row_set_selected (self->role_row, role_index);
  gtk_editable_set_text (GTK_EDITABLE (self->joined_entry), joined_on ? joined_on : "");
  gtk_editable_set_text (GTK_EDITABLE (self->left_entry), left_on ? left_on : "");
  self->loading = FALSE;

  validate_new_member (self, NULL, NULL);
}

gboolean
rc_consortium_dialog_end_membership (RcConsortiumDialog *self,
                                     gint64              member_id,
                                     const char         *left_on)
{
  g_return_val_if_fail (RC_IS_CONSORTIUM_DIALOG (self), FALSE);
  g_return_val_if_fail (left_on != NULL, FALSE);

  return end_membership (self, member_id, left_on);
}

AdwMessageDialog *
rc_consortium_dialog_get_prompt (RcConsortiumDialog *self)
{
  g_return_val_if_fail (RC_IS_CONSORTIUM_DIALOG (self), NULL);

  return self->prompt;
}

void
rc_consortium_dialog_class_init_members (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, new_member_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, new_member_activated_cb);

  gtk_widget_class_install_action (widget_class, "consortium.add-member", NULL, add_member_action);
  gtk_widget_class_install_action (widget_class, "consortium.end-membership", "x", end_membership_action);
  gtk_widget_class_install_action (widget_class, "consortium.remove-member", "x", remove_member_action);
}

void
rc_consortium_dialog_init_members (RcConsortiumDialog *self)
{
  GtkWidget *placeholder = gtk_label_new (_("No current members"));

  gtk_list_box_bind_model (self->current_list, G_LIST_MODEL (self->current_members),
                           create_member_row, GINT_TO_POINTER (FALSE), NULL);
  gtk_list_box_bind_model (self->past_list, G_LIST_MODEL (self->past_members),
                           create_member_row, GINT_TO_POINTER (TRUE), NULL);

  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_set_margin_top (placeholder, 12);
  gtk_widget_set_margin_bottom (placeholder, 12);
  gtk_list_box_set_placeholder (self->current_list, placeholder);
}
