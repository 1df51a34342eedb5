/* rc-connect-dialog.c: "Connect to a Shared Database…"
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The password lives in the keyring, found again by server, port,
 * database and login. Where there is no keyring (a desktop without one, a
 * test), the password typed still connects, and the window says that it
 * could not be remembered.
 */

#define G_LOG_DOMAIN "rc-views"

#include "config.h"

#include <glib/gi18n.h>
#include <libsecret/secret.h>

#include "rc-connect-dialog.h"
#include "store/rc-pg-passwords.h"

struct _RcConnectDialog
{
  AdwWindow     parent_instance;

  GCancellable *lookup;
  GCancellable *store;

  /* template children */
  AdwEntryRow  *host_row;
  AdwEntryRow  *port_row;
  AdwEntryRow  *database_row;
  AdwEntryRow  *user_row;
  AdwEntryRow  *password_row;
  GtkLabel     *message_label;
  GtkWidget    *connect_button;
};

G_DEFINE_FINAL_TYPE (RcConnectDialog, rc_connect_dialog, ADW_TYPE_WINDOW)

enum { SIGNAL_CONNECT, N_SIGNALS };
static guint signals[N_SIGNALS];

static const SecretSchema password_schema = {
  APP_ID ".SharedDatabase", SECRET_SCHEMA_NONE,
  {
    { "host", SECRET_SCHEMA_ATTRIBUTE_STRING },
    { "port", SECRET_SCHEMA_ATTRIBUTE_STRING },
    { "database", SECRET_SCHEMA_ATTRIBUTE_STRING },
    { "user", SECRET_SCHEMA_ATTRIBUTE_STRING },
    { NULL, 0 },
  },
};

/* A row's text without the spaces around it. */
static char *
row_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

static gboolean
port_is_valid (const char *port)
{
  return g_ascii_string_to_unsigned (port, 10, 1, 65535, NULL, NULL);
}

static gboolean
fields_complete (RcConnectDialog *self)
{
  g_autofree char *host = row_text (self->host_row);
  g_autofree char *port = row_text (self->port_row);
  g_autofree char *database = row_text (self->database_row);
  g_autofree char *user = row_text (self->user_row);

  return *host != '\0' && port_is_valid (port) && *database != '\0' && *user != '\0';
}

static void
show_message (RcConnectDialog *self,
              const char      *message)
{
  gtk_label_set_text (self->message_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), message != NULL);
}

static void
on_looked_up (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  char *password = secret_password_lookup_finish (result, &error);
  RcConnectDialog *self;

  g_autoptr(RcConnectDialog) held = user_data;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      secret_password_free (password);
      return;
    }
  self = held;
  /* No keyring, or no password kept: the user types one. */
  if (password != NULL && *gtk_editable_get_text (GTK_EDITABLE (self->password_row)) == '\0')
    {
      gtk_editable_set_text (GTK_EDITABLE (self->password_row), password);
      show_message (self, _("The password is the one kept in your keyring."));
    }
  secret_password_free (password);
}

/* Looks the password up in the keyring once the fields name a login. */
static void
fields_changed (RcConnectDialog *self)
{
  g_autofree char *host = NULL;
  g_autofree char *port = NULL;
  g_autofree char *database = NULL;
  g_autofree char *user = NULL;
  gboolean complete = fields_complete (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "connect.connect", complete);
  if (self->lookup != NULL)
    g_cancellable_cancel (self->lookup);
  g_clear_object (&self->lookup);
  if (!complete)
    return;

  host = row_text (self->host_row);
  port = row_text (self->port_row);
  database = row_text (self->database_row);
  user = row_text (self->user_row);
  self->lookup = g_cancellable_new ();
  /* Disposing cancels it; the answer holds the dialog until it comes. */
  secret_password_lookup (&password_schema, self->lookup, on_looked_up, g_object_ref (self),
                          "host", host, "port", port, "database", database, "user", user, NULL);
}

/* postgresql://USER@HOST:PORT/DATABASE, each part escaped, no password. */
static char *
build_uri (RcConnectDialog *self)
{
  g_autofree char *host = row_text (self->host_row);
  g_autofree char *port = row_text (self->port_row);
  g_autofree char *database = row_text (self->database_row);
  g_autofree char *user = row_text (self->user_row);
  g_autofree char *e_host = g_uri_escape_string (host, NULL, FALSE);
  g_autofree char *e_database = g_uri_escape_string (database, NULL, FALSE);
  g_autofree char *e_user = g_uri_escape_string (user, NULL, FALSE);

  return g_strdup_printf ("postgresql://%s@%s:%s/%s", e_user, e_host, port, e_database);
}

static void
finish_connect (RcConnectDialog *self,
                const char      *note)
{
  g_autofree char *uri = build_uri (self);
  const char *password = gtk_editable_get_text (GTK_EDITABLE (self->password_row));

  /* Empty: libpq asks ~/.pgpass, as for --database. */
  rc_pg_password_set (uri, *password != '\0' ? password : NULL);
  g_signal_emit (self, signals[SIGNAL_CONNECT], 0, uri, note);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_stored (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *note = NULL;
  RcConnectDialog *self;

  g_autoptr(RcConnectDialog) held = user_data;

  secret_password_store_finish (result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || held->store == NULL
      || g_cancellable_is_cancelled (held->store))
    return;
  self = held;
  if (error != NULL)
    /* Translators: %s is the keyring's reason */
    note = g_strdup_printf (_("The password could not be remembered in the keyring (%s); you will be asked "
                              "for it again next time"), error->message);
  finish_connect (self, note);
}

static void
connect_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  RcConnectDialog *self = RC_CONNECT_DIALOG (widget);
  g_autofree char *host = NULL;
  g_autofree char *port = NULL;
  g_autofree char *database = NULL;
  g_autofree char *user = NULL;
  g_autofree char *label = NULL;
  const char *password;

  if (!fields_complete (self) || self->store != NULL)
    return;

  password = gtk_editable_get_text (GTK_EDITABLE (self->password_row));
  if (*password == '\0')
    {
      finish_connect (self, NULL);
      return;
    }

  host = row_text (self->host_row);
  port = row_text (self->port_row);
  database = row_text (self->database_row);
  user = row_text (self->user_row);
  /* Translators: a login, a database and its server, as the keyring lists it */
  label = g_strdup_printf (_("Return Coordinator: %s on %s at %s"), user, database, host);
  gtk_widget_action_set_enabled (widget, "connect.connect", FALSE);
  show_message (self, _("Keeping the password in your keyring…"));
  self->store = g_cancellable_new ();
  secret_password_store (&password_schema, SECRET_COLLECTION_DEFAULT, label, password, self->store,
                         on_stored, g_object_ref (self),
                         "host", host, "port", port, "database", database, "user", user, NULL);
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  gtk_window_destroy (GTK_WINDOW (widget));
}

static void
rc_connect_dialog_dispose (GObject *object)
{
  RcConnectDialog *self = RC_CONNECT_DIALOG (object);

  if (self->lookup != NULL)
    g_cancellable_cancel (self->lookup);
  if (self->store != NULL)
    g_cancellable_cancel (self->store);
  g_clear_object (&self->lookup);
  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), RC_TYPE_CONNECT_DIALOG);

  G_OBJECT_CLASS (rc_connect_dialog_parent_class)->dispose (object);
}

static void
rc_connect_dialog_class_init (RcConnectDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rc_connect_dialog_dispose;

  signals[SIGNAL_CONNECT] = g_signal_new ("connect", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                          NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/rc-connect-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, RcConnectDialog, host_row);
  gtk_widget_class_bind_template_child (widget_class, RcConnectDialog, port_row);
  gtk_widget_class_bind_template_child (widget_class, RcConnectDialog, database_row);
  gtk_widget_class_bind_template_child (widget_class, RcConnectDialog, user_row);
  gtk_widget_class_bind_template_child (widget_class, RcConnectDialog, password_row);
  gtk_widget_class_bind_template_child (widget_class, RcConnectDialog, message_label);
  gtk_widget_class_bind_template_child (widget_class, RcConnectDialog, connect_button);
  gtk_widget_class_bind_template_callback (widget_class, fields_changed);

  gtk_widget_class_install_action (widget_class, "connect.connect", NULL, connect_action);
  gtk_widget_class_install_action (widget_class, "connect.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "connect.cancel", NULL);
}

static void
rc_connect_dialog_init (RcConnectDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_window_set_default_widget (GTK_WINDOW (self), self->connect_button);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "connect.connect", FALSE);
}

RcConnectDialog *
rc_connect_dialog_new (GtkWindow *parent)
{
  return g_object_new (RC_TYPE_CONNECT_DIALOG, "transient-for", parent, NULL);
}
