/* rc-field-view.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-views"

#include "config.h"

#include <glib/gi18n.h>

#include "rc-field-view.h"

AdwMessageDialog *
rc_field_view_ask (GtkWindow  *parent,
                   const char *heading,
                   const char *body,
                   const char *confirm_label)
{
  AdwMessageDialog *prompt;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);

  prompt = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, heading, body));
  adw_message_dialog_add_responses (prompt,
                                    "cancel", _("_Cancel"),
                                    "confirm", confirm_label,
                                    NULL);
  /* What is unlikely is not saved by a hasty Enter. */
  adw_message_dialog_set_default_response (prompt, "cancel");
  adw_message_dialog_set_close_response (prompt, "cancel");
  gtk_window_present (GTK_WINDOW (prompt));

  return prompt;
}
