/* rc-bid-editor-dialogs.c: the questions before a bid is duplicated or
 * deleted
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-views"

#include "config.h"

#include <glib/gi18n.h>

#include "rc-bid-editor-private.h"
#include "store/rc-store-bids.h"

static void
on_duplicate_response (AdwMessageDialog *dialog,
                       const char       *response,
                       RcBidEditor      *self)
{
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (!g_str_equal (response, "duplicate") || self->bid == NULL)
    return;

  /* An empty title takes the store's "… (copy)". */
  id = rc_store_duplicate_bid (self->store, self->bid->id, *title != '\0' ? title : NULL, &error);
  if (id == 0)
    {
      g_autofree char *message = g_strdup_printf (_("Could not duplicate the bid: %s"), error->message);
      rc_bid_editor_toast (self, message);
      return;
    }

  rc_bid_editor_emit_show_bid (self, id);
  rc_bid_editor_toast (self, _("Draft created for the next round"));
}

GtkWidget *
rc_bid_editor_open_duplicate_dialog (RcBidEditor *self)
{
  g_autofree char *title = NULL;
  GtkWidget *dialog;
  GtkWidget *entry;

  g_return_val_if_fail (RC_IS_BID_EDITOR (self), NULL);

  if (self->bid == NULL || self->bid->id == 0)
    return NULL;

  dialog = adw_message_dialog_new (rc_bid_editor_get_window (self), _("Duplicate for the Next Round?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("A new draft with the details and budget lines of “%s”. "
                                    "Its status history and amount awarded start afresh."),
                                  self->bid->title);
  /* Translators: the title of a bid, for its copy */
  title = g_strdup_printf (_("%s (next round)"), self->bid->title);
  entry = gtk_entry_new ();
  gtk_editable_set_text (GTK_EDITABLE (entry), title);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Title of the copy"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "duplicate", _("_Duplicate"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "duplicate", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "duplicate");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_duplicate_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));

  return dialog;
}

static void
on_delete_response (AdwMessageDialog *dialog,
                    const char       *response,
                    RcBidEditor      *self)
{
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "delete") || self->bid == NULL)
    return;

  if (!rc_store_delete_bid (self->store, self->bid->id, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Could not delete the bid: %s"), error->message);
      rc_bid_editor_toast (self, message);
      return;
    }

  rc_bid_editor_show_bid (self, 0);
  rc_bid_editor_toast (self, _("Bid deleted"));
}

GtkWidget *
rc_bid_editor_open_delete_dialog (RcBidEditor *self)
{
  GtkWidget *dialog;

  g_return_val_if_fail (RC_IS_BID_EDITOR (self), NULL);

  if (self->bid == NULL || self->bid->id == 0)
    return NULL;

  dialog = adw_message_dialog_new (rc_bid_editor_get_window (self), _("Delete Bid?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("“%s” will be deleted with its budget lines and status history. "
                                    "This cannot be undone."),
                                  self->bid->title);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));

  return dialog;
}
