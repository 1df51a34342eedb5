/* rc-application-connect.c: "Connect to a Shared Database…"
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The dialog (rc-connect-dialog.c) gives a URI without a password; the
 * window asks about unsaved edits as for any other database, then opens
 * the shared one, saying what the keyring could not do once it is shown.
 */

#define G_LOG_DOMAIN "rc-application"

#include "config.h"

#include "rc-application-private.h"
#include "views/rc-connect-dialog.h"

static void
connect_now (GObject  *pending,
             RcWindow *window)
{
  rc_application_open_database_full (g_object_get_data (pending, "app"), window,
                                     g_object_get_data (pending, "uri"), FALSE,
                                     g_object_get_data (pending, "note"), NULL);
}

static void
on_connect (RcConnectDialog *dialog,
            const char      *uri,
            const char      *note,
            gpointer         user_data)
{
  RcApplication *self = RC_APPLICATION (user_data);
  RcWindow *window = rc_application_get_window (self);
  GObject *pending = g_object_new (G_TYPE_OBJECT, NULL);

  g_object_set_data (pending, "app", self);
  g_object_set_data_full (pending, "uri", g_strdup (uri), g_free);
  g_object_set_data_full (pending, "note", g_strdup (note), g_free);
  /* The window asks only as long as it holds this (a weak reference). */
  g_object_set_data_full (G_OBJECT (window), "rc-connect-pending", pending, g_object_unref);
  rc_window_ask_to_leave (window, pending, connect_now);
}

void
rc_application_connect_action (GSimpleAction *action,
                               GVariant      *parameter,
                               gpointer       user_data)
{
  RcApplication *self = RC_APPLICATION (user_data);
  RcConnectDialog *dialog = rc_connect_dialog_new (GTK_WINDOW (rc_application_get_window (self)));

  g_signal_connect_object (dialog, "connect", G_CALLBACK (on_connect), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}
