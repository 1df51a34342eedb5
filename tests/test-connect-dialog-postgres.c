/* test-connect-dialog-postgres.c: "Connect to a Shared Database…"
 *
 * The dialog, driven as a user would, against a server that
 * build-aux/pg-test-server starts (never skipped): Connect stays off until
 * the server, port, database and login are given; the URI it gives has no
 * password, which the backend is handed apart (rc-pg-passwords.h) and
 * which opens the store; where no keyring answers (here, as in CI) it
 * still connects and says that the password could not be remembered, with
 * no GTK critical or warning (G_DEBUG=fatal-warnings).
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <libpq-fe.h>
#include <libsecret/secret.h>

#include "rc-test-pg.h"
#include "rc-test-util.h"
#include "store/rc-pg-passwords.h"
#include "store/rc-store-councils.h"
#include "store/rc-store-server.h"
#include "views/rc-connect-dialog.h"

typedef struct
{
  char     *uri;
  char     *note;
  gboolean  emitted;
} Connected;

static void
on_connect (RcConnectDialog *dialog,
            const char      *uri,
            const char      *note,
            Connected       *connected)
{
  connected->uri = g_strdup (uri);
  connected->note = g_strdup (note);
  connected->emitted = TRUE;
}

static gboolean
emitted (gpointer data)
{
  return ((Connected *) data)->emitted;
}

/* The dialog's entry rows, top to bottom. */
static void
collect_rows (GtkWidget *widget,
              GPtrArray *rows)
{
  if (ADW_IS_ENTRY_ROW (widget))
    g_ptr_array_add (rows, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_rows (child, rows);
}

/* The server's socket directory, port and database, from its URI. */
static char *
uri_part (const char *uri,
          const char *keyword)
{
  PQconninfoOption *options = PQconninfoParse (uri, NULL);
  char *value = NULL;

  g_assert_nonnull (options);
  for (PQconninfoOption *o = options; o->keyword != NULL; o++)
    if (g_str_equal (o->keyword, keyword) && o->val != NULL)
      value = g_strdup (o->val);
  PQconninfoFree (options);

  return value;
}

static void
test_connect (void)
{
  g_autofree char *server = rc_test_pg_uri ("shared", "postgres");
  g_autofree char *host = uri_part (server, "host");
  g_autofree char *port = uri_part (server, "port");
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(RcStore) store = NULL;
  g_autoptr(GListModel) councils = NULL;
  g_autofree char *password = NULL;
  g_autofree char *escaped = NULL;
  g_autofree char *wanted = NULL;
  Connected connected = { 0 };
  RcConnectDialog *dialog;

  g_assert_nonnull (host);
  dialog = g_object_ref (rc_connect_dialog_new (NULL));
  g_signal_connect (dialog, "connect", G_CALLBACK (on_connect), &connected);
  gtk_window_present (GTK_WINDOW (dialog));
  rc_test_wait_for_frame (dialog);

  collect_rows (GTK_WIDGET (dialog), rows);
  g_assert_cmpuint (rows->len, ==, 5);
  g_assert_true (ADW_IS_PASSWORD_ENTRY_ROW (rows->pdata[4]));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (rows->pdata[1])), ==, "5432");

  /* Connect waits for everything but the password. */
  g_assert_false (rc_test_action_is_enabled (dialog, "connect.connect"));
  gtk_editable_set_text (GTK_EDITABLE (rows->pdata[0]), host);
  gtk_editable_set_text (GTK_EDITABLE (rows->pdata[1]), port != NULL ? port : "5432");
  gtk_editable_set_text (GTK_EDITABLE (rows->pdata[2]), "shared");
  g_assert_false (rc_test_action_is_enabled (dialog, "connect.connect"));
  gtk_editable_set_text (GTK_EDITABLE (rows->pdata[3]), "postgres");
  g_assert_true (rc_test_action_is_enabled (dialog, "connect.connect"));
  gtk_editable_set_text (GTK_EDITABLE (rows->pdata[1]), "no port");
  g_assert_false (rc_test_action_is_enabled (dialog, "connect.connect"));
  gtk_editable_set_text (GTK_EDITABLE (rows->pdata[1]), port != NULL ? port : "5432");
  gtk_editable_set_text (GTK_EDITABLE (rows->pdata[4]), "typed secret");
  g_assert_true (rc_test_action_is_enabled (dialog, "connect.connect"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "connect.connect", NULL));
  g_assert_true (rc_test_wait_for (emitted, &connected, 20000));

  /* No password in the URI; the backend has it apart. */
  escaped = g_uri_escape_string (host, NULL, FALSE);
  wanted = g_strdup_printf ("postgresql://postgres@%s:%s/shared", escaped, port != NULL ? port : "5432");
  g_assert_cmpstr (connected.uri, ==, wanted);
  password = rc_pg_password_lookup (connected.uri);
  g_assert_cmpstr (password, ==, "typed secret");

  if (connected.note != NULL)
    {
      /* No keyring: said, not a critical. */
      g_test_message ("%s", connected.note);
      g_assert_nonnull (strstr (connected.note, "could not be remembered in the keyring"));
    }
  else
    {
      /* A keyring answered: the password is there, and is taken away again. */
      g_autofree char *kept = NULL;

      g_test_message ("a keyring kept the password");
      kept = secret_password_lookup_sync (&(SecretSchema) { APP_ID ".SharedDatabase", SECRET_SCHEMA_NONE,
                                                             { { "host", 0 }, { "port", 0 },
                                                               { "database", 0 }, { "user", 0 },
                                                               { NULL, 0 } } },
                                          NULL, &error, "host", host, "port", port, "database", "shared",
                                          "user", "postgres", NULL);
      g_assert_cmpstr (kept, ==, "typed secret");
    }

  /* The dialog closed itself. */
  g_assert_finalize_object (dialog);

  /* And the URI opens the shared database. */
  store = rc_store_open_server (connected.uri, &error);
  g_assert_no_error (error);
  councils = rc_store_list_councils (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (councils), >, 150);

  g_free (connected.uri);
  g_free (connected.note);
}

/* Cancel closes it and emits nothing. */
static void
test_cancel (void)
{
  Connected connected = { 0 };
  RcConnectDialog *dialog = g_object_ref (rc_connect_dialog_new (NULL));

  g_signal_connect (dialog, "connect", G_CALLBACK (on_connect), &connected);
  gtk_window_present (GTK_WINDOW (dialog));
  rc_test_wait_for_frame (dialog);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "connect.cancel", NULL));
  g_assert_finalize_object (dialog);
  g_assert_false (connected.emitted);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  rc_test_init_gtk (&argc, &argv);
  g_test_set_nonfatal_assertions ();

  g_test_add_func ("/connect-dialog/postgres/connect", test_connect);
  g_test_add_func ("/connect-dialog/postgres/cancel", test_cancel);

  rc_test_pg_start ("shared");
  status = g_test_run ();
  rc_test_pg_stop ();

  return status;
}
