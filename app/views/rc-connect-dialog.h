/* rc-connect-dialog.h: "Connect to a Shared Database…"
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define RC_TYPE_CONNECT_DIALOG (rc_connect_dialog_get_type ())
G_DECLARE_FINAL_TYPE (RcConnectDialog, rc_connect_dialog, RC, CONNECT_DIALOG, AdwWindow)

/* Server, port, database and login, and the password, which is read from
 * and kept in the keyring (libsecret), never in the settings or a URI.
 * Connect emits ::connect (const char *uri, const char *note) once the
 * keyring has answered: @uri has no password (rc_pg_password_set() holds
 * it for the connections to @uri), and @note, or NULL, says what the user
 * should know, such as that the password could not be remembered. The
 * dialog closes itself after emitting. */
RcConnectDialog *rc_connect_dialog_new (GtkWindow *parent);

G_END_DECLS
