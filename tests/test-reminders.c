/* test-reminders.c: deadline reminders, on days fixed by the test, under
 * GSETTINGS_BACKEND=memory
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <sqlite3.h>

#include "model/rc-reminder.h"
#include "rc-application.h"
#include "rc-preferences.h"
#include "rc-reminders.h"
#include "rc-test-util.h"
#include "sample/rc-demo.h"
#include "store/rc-store.h"
#include "views/rc-bids-page.h"
#include "views/rc-preferences-window.h"
#include "views/rc-window.h"

static char *
demo_path (void)
{
  static guint counter;
  g_autofree char *path = g_strdup_printf ("%s/demo-%u.db", rc_test_get_tmpdir (), ++counter);
  g_autoptr(GError) error = NULL;

  g_assert_true (rc_demo_write (path, &error));
  g_assert_no_error (error);

  return g_steal_pointer (&path);
}

static RcStore *
open_demo (void)
{
  g_autofree char *path = demo_path ();
  g_autoptr(GError) error = NULL;
  RcStore *store = rc_store_open (path, &error);

  g_assert_no_error (error);

  return store;
}

/* A draft bid of the demo's consortium, due on @deadline_on. */
static gint64
add_draft (RcStore    *store,
           const char *deadline_on)
{
  g_autoptr(RcBid) bid = rc_bid_new ();
  g_autoptr(GError) error = NULL;

  bid->consortium_id = 1;
  bid->title = g_strdup ("Return to Social Work: south west 2027");
  bid->funder = g_strdup ("Local Government Association");
  bid->deadline_on = g_strdup (deadline_on);
  g_assert_true (rc_store_save_bid (store, bid, &error));
  g_assert_no_error (error);

  return bid->id;
}

static void
move_deadline (RcStore    *store,
               gint64      bid_id,
               const char *deadline_on)
{
  g_autoptr(RcBid) bid = rc_store_get_bid (store, bid_id, NULL);
  g_autoptr(GError) error = NULL;

  g_free (bid->deadline_on);
  bid->deadline_on = g_strdup (deadline_on);
  g_assert_true (rc_store_save_bid (store, bid, &error));
  g_assert_no_error (error);
}

static void
test_days_before (void)
{
  const struct { int days_left; guint days_before; } cases[] = {
    { -3, 0 }, { 0, 0 }, { 1, 1 }, { 2, 7 }, { 6, 7 }, { 7, 7 }, { 8, 14 }, { 13, 14 }, { 14, 14 },
    { 15, 0 }, { 400, 0 },
  };
  g_autofree char *in_7 = rc_reminder_describe_title (RC_REMINDER_DEADLINE, 7);
  g_autofree char *tomorrow = rc_reminder_describe_title (RC_REMINDER_DECISION, 1);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpuint (rc_reminder_days_before (cases[i].days_left), ==, cases[i].days_before);

  g_assert_true (rc_reminder_applies (RC_BID_STATUS_DRAFT, RC_REMINDER_DEADLINE));
  g_assert_false (rc_reminder_applies (RC_BID_STATUS_DRAFT, RC_REMINDER_DECISION));
  g_assert_false (rc_reminder_applies (RC_BID_STATUS_SUBMITTED, RC_REMINDER_DEADLINE));
  g_assert_true (rc_reminder_applies (RC_BID_STATUS_SUBMITTED, RC_REMINDER_DECISION));
  for (RcBidStatus s = RC_BID_STATUS_AWARDED; s < RC_N_BID_STATUSES; s++)
    for (RcReminderKind k = 0; k < RC_N_REMINDER_KINDS; k++)
      g_assert_false (rc_reminder_applies (s, k));

  g_assert_cmpstr (in_7, ==, "Bid deadline in 7 days");
  g_assert_cmpstr (tomorrow, ==, "Bid decision due tomorrow");
}

/* The store sends each reminder of a date once; a moved date anew. */
static void
test_store_claims (void)
{
  g_autoptr(RcStore) store = open_demo ();
  g_autoptr(GError) error = NULL;
  gint64 bid = add_draft (store, "2027-03-15");
  gboolean claimed = FALSE;
  guint count = 0;

  g_assert_true (rc_store_claim_bid_reminder (store, bid, RC_REMINDER_DEADLINE, "2027-03-15", 14, &claimed, &error));
  g_assert_no_error (error);
  g_assert_true (claimed);
  g_assert_true (rc_store_claim_bid_reminder (store, bid, RC_REMINDER_DEADLINE, "2027-03-15", 14, &claimed, &error));
  g_assert_false (claimed);
  g_assert_true (rc_store_claim_bid_reminder (store, bid, RC_REMINDER_DEADLINE, "2027-03-15", 7, &claimed, &error));
  g_assert_true (claimed);
  g_assert_true (rc_store_claim_bid_reminder (store, bid, RC_REMINDER_DEADLINE, "2027-03-22", 14, &claimed, &error));
  g_assert_true (claimed);
  g_assert_true (rc_store_claim_bid_reminder (store, bid, RC_REMINDER_DECISION, "2027-03-22", 14, &claimed, &error));
  g_assert_true (claimed);
  g_assert_true (rc_store_count_bid_reminders (store, bid, &count, &error));
  g_assert_cmpuint (count, ==, 4);

  /* Gone with its bid. */
  g_assert_true (rc_store_delete_bid (store, bid, &error));
  g_assert_no_error (error);
  g_assert_true (rc_store_count_bid_reminders (store, bid, &count, &error));
  g_assert_cmpuint (count, ==, 0);
}

typedef struct
{
  GPtrArray *sent;   /* "ID kind days" */
} Sent;

static void
on_sent (RcReminders *reminders,
         gint64       bid_id,
         const char  *kind,
         int          days_left,
         Sent        *sent)
{
  g_ptr_array_add (sent->sent, g_strdup_printf ("%" G_GINT64_FORMAT " %s %d", bid_id, kind, days_left));
}

static char *
take_sent (Sent *sent)
{
  char *text;

  g_ptr_array_add (sent->sent, NULL);
  text = g_strjoinv (", ", (char **) sent->sent->pdata);
  g_ptr_array_set_size (sent->sent, 0);

  return text;
}

static void
set_today (RcReminders *reminders,
           int          day,
           GDateMonth   month,
           int          year)
{
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, day, month, year);
  rc_reminders_set_today (reminders, &today);
}

#define ASSERT_SENT(sent, expected) G_STMT_START { \
    g_autofree char *got_ = take_sent (sent); \
    g_assert_cmpstr (got_, ==, expected); \
  } G_STMT_END

static gboolean
has_sent (gpointer data)
{
  return ((Sent *) data)->sent->len > 0;
}

/* Days going by, as the hourly check sees them. */
static void
test_check (void)
{
  g_autoptr(RcStore) store = open_demo ();
  g_autoptr(RcReminders) reminders = rc_reminders_new (NULL);
  g_autoptr(RcReminders) restarted = NULL;
  g_autoptr(GSettings) settings = rc_preferences_new_settings ();
  g_autofree char *expected = NULL;
  Sent sent = { g_ptr_array_new_with_free_func (g_free) };
  gint64 draft = add_draft (store, "2027-03-15");

  g_assert_nonnull (settings);
  g_assert_true (g_settings_get_boolean (settings, "deadline-reminders"));
  g_signal_connect (reminders, "sent", G_CALLBACK (on_sent), &sent);

  /* A database opened 14 days before the draft's deadline: one reminder,
   * at once. The demo's other bids are decided or long past. */
  set_today (reminders, 1, G_DATE_MARCH, 2027);
  rc_reminders_set_store (reminders, store);
  g_assert_true (rc_test_wait_for (has_sent, &sent, 20000));
  expected = g_strdup_printf ("%" G_GINT64_FORMAT " deadline 14", draft);
  ASSERT_SENT (&sent, expected);
  g_clear_pointer (&expected, g_free);
  g_assert_cmpuint (rc_reminders_check (reminders), ==, 0);

  /* Ten days before: the 14-day reminder went already. */
  set_today (reminders, 5, G_DATE_MARCH, 2027);
  g_assert_cmpuint (rc_reminders_check (reminders), ==, 0);

  /* Six days before (the app was closed on the seventh): the 7-day one,
   * saying six; then the day before; then nothing on the day. */
  set_today (reminders, 9, G_DATE_MARCH, 2027);
  g_assert_cmpuint (rc_reminders_check (reminders), ==, 1);
  expected = g_strdup_printf ("%" G_GINT64_FORMAT " deadline 6", draft);
  ASSERT_SENT (&sent, expected);
  g_clear_pointer (&expected, g_free);
  set_today (reminders, 14, G_DATE_MARCH, 2027);
  g_assert_cmpuint (rc_reminders_check (reminders), ==, 1);
  set_today (reminders, 15, G_DATE_MARCH, 2027);
  g_assert_cmpuint (rc_reminders_check (reminders), ==, 0);
  g_ptr_array_set_size (sent.sent, 0);

  /* Switched off in the preferences, a moved deadline is not reminded of;
   * switched back on, it is, at once. */
  {
    GtkWidget *preferences = rc_preferences_window_new (NULL);
    GtkSwitch *toggle = GTK_SWITCH (rc_test_find_widget (preferences, GTK_TYPE_SWITCH));

    g_assert_true (gtk_switch_get_active (toggle));
    gtk_switch_set_active (toggle, FALSE);
    g_assert_false (g_settings_get_boolean (settings, "deadline-reminders"));
    gtk_window_destroy (GTK_WINDOW (preferences));
  }
  move_deadline (store, draft, "2027-03-22");
  g_assert_cmpuint (rc_reminders_check (reminders), ==, 0);
  ASSERT_SENT (&sent, "");
  g_settings_set_boolean (settings, "deadline-reminders", TRUE);
  g_assert_true (rc_test_wait_for (has_sent, &sent, 20000));
  expected = g_strdup_printf ("%" G_GINT64_FORMAT " deadline 7", draft);
  ASSERT_SENT (&sent, expected);
  g_clear_pointer (&expected, g_free);

  /* A submitted bid is reminded of its decision: the demo's expansion
   * bid, due a decision on 31 January 2017. */
  set_today (reminders, 30, G_DATE_JANUARY, 2017);
  g_assert_cmpuint (rc_reminders_check (reminders), ==, 1);
  ASSERT_SENT (&sent, "2 decision 1");

  /* After a restart, nothing is sent again. */
  restarted = rc_reminders_new (NULL);
  g_signal_connect (restarted, "sent", G_CALLBACK (on_sent), &sent);
  set_today (restarted, 30, G_DATE_JANUARY, 2017);
  rc_reminders_set_store (restarted, store);
  g_assert_cmpuint (rc_reminders_check (restarted), ==, 0);
  set_today (restarted, 16, G_DATE_MARCH, 2027);
  g_assert_cmpuint (rc_reminders_check (restarted), ==, 0);
  ASSERT_SENT (&sent, "");

  rc_reminders_set_store (reminders, NULL);
  rc_reminders_set_store (restarted, NULL);
  g_ptr_array_unref (sent.sent);
}

/* Each reminder at the start of its day, not up to an hour into it: the
 * app runs through the night of 28 February 2027 and reminds of the
 * draft due on 15 March at midnight; then the clock is put forward (as a
 * resume or a change of the clock would) to the last second of 7 March,
 * and the 7-day reminder comes at that midnight. */
static void
test_midnight (void)
{
  g_autoptr(RcStore) store = open_demo ();
  g_autoptr(RcReminders) reminders = rc_reminders_new (NULL);
  g_autoptr(GTimeZone) tz = g_time_zone_new_local ();
  g_autoptr(GDateTime) evening = g_date_time_new (tz, 2027, G_DATE_FEBRUARY, 28, 23, 59, 59.0);
  g_autoptr(GDateTime) later = g_date_time_new (tz, 2027, G_DATE_MARCH, 7, 23, 59, 59.5);
  g_autofree char *expected = NULL;
  Sent sent = { g_ptr_array_new_with_free_func (g_free) };
  gint64 draft = add_draft (store, "2027-03-15");
  gint64 start;

  g_signal_connect (reminders, "sent", G_CALLBACK (on_sent), &sent);
  rc_reminders_set_clock (reminders, evening);
  start = g_get_monotonic_time ();
  /* Fifteen days before: nothing at start. */
  rc_reminders_set_store (reminders, store);
  g_assert_true (rc_test_wait_for (has_sent, &sent, 10000));
  /* Not before midnight, a second on. */
  g_assert_cmpint (g_get_monotonic_time () - start, >=, G_USEC_PER_SEC);
  expected = g_strdup_printf ("%" G_GINT64_FORMAT " deadline 14", draft);
  ASSERT_SENT (&sent, expected);
  g_clear_pointer (&expected, g_free);

  /* 7 March is eight days before: the 14-day reminder went already. */
  start = g_get_monotonic_time ();
  rc_reminders_set_clock (reminders, later);
  g_assert_true (rc_test_wait_for (has_sent, &sent, 10000));
  g_assert_cmpint (g_get_monotonic_time () - start, >=, G_USEC_PER_SEC / 2);
  expected = g_strdup_printf ("%" G_GINT64_FORMAT " deadline 7", draft);
  ASSERT_SENT (&sent, expected);

  rc_reminders_set_store (reminders, NULL);
  g_ptr_array_unref (sent.sent);
}

/* A deadline moved during the day into a reminder's days is reminded of
 * at once, not at the next check. */
static void
test_bid_changed (void)
{
  g_autoptr(RcStore) store = open_demo ();
  g_autoptr(RcReminders) reminders = rc_reminders_new (NULL);
  g_autofree char *expected = NULL;
  Sent sent = { g_ptr_array_new_with_free_func (g_free) };
  gint64 draft = add_draft (store, "2027-06-01");

  g_signal_connect (reminders, "sent", G_CALLBACK (on_sent), &sent);
  set_today (reminders, 1, G_DATE_MARCH, 2027);
  rc_reminders_set_store (reminders, store);
  g_assert_cmpuint (rc_reminders_check (reminders), ==, 0);

  move_deadline (store, draft, "2027-03-10");
  g_assert_true (rc_test_wait_for (has_sent, &sent, 10000));
  expected = g_strdup_printf ("%" G_GINT64_FORMAT " deadline 9", draft);
  ASSERT_SENT (&sent, expected);

  rc_reminders_set_store (reminders, NULL);
  g_ptr_array_unref (sent.sent);
}

/* A database still being checked for damage cannot record what it sent:
 * the reminders wait for the check. */
static void
on_checked (GObject      *source,
            GAsyncResult *result,
            gpointer      data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (rc_store_check_finish (RC_STORE (source), result, &error));
  g_assert_no_error (error);
}


static void
test_waits_for_check (void)
{
  g_autofree char *path = demo_path ();
  g_autoptr(RcStore) store = NULL;
  g_autoptr(RcReminders) reminders = rc_reminders_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = NULL;
  Sent sent = { g_ptr_array_new_with_free_func (g_free) };
  sqlite3 *db = NULL;
  gint64 draft;

  /* Another program adds the draft: the next open checks the file again. */
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "INSERT INTO bid (consortium_id, title, funder, deadline_on) "
                                     "VALUES (1, 'Draft', 'LGA', '2027-03-08')",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  draft = sqlite3_last_insert_rowid (db);
  g_assert_cmpint (sqlite3_exec (db, "INSERT INTO bid_status_event (bid_id, status, occurred_on) "
                                     "SELECT max(id), 'draft', '2027-01-04' FROM bid",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  store = rc_store_open_with_flags (path, RC_STORE_OPEN_DEFER_CHECK, &error);
  g_assert_no_error (error);
  g_assert_false (rc_store_get_writable (store));

  g_signal_connect (reminders, "sent", G_CALLBACK (on_sent), &sent);
  set_today (reminders, 1, G_DATE_MARCH, 2027);
  rc_reminders_set_store (reminders, store);
  g_assert_cmpuint (sent.sent->len, ==, 0);

  rc_store_check_async (store, NULL, on_checked, NULL);
  g_assert_true (rc_test_wait_for (has_sent, &sent, 20000));
  expected = g_strdup_printf ("%" G_GINT64_FORMAT " deadline 7", draft);
  ASSERT_SENT (&sent, expected);

  rc_reminders_set_store (reminders, NULL);
  g_ptr_array_unref (sent.sent);
}

/* A notification server of the freedesktop.org interface that GLib's
 * GNotification speaks on a desktop without a portal, on a connection of
 * its own: it keeps what it is sent, and can click a notification. */
typedef struct
{
  GDBusConnection *connection;
  guint            owner_id;
  guint            object_id;
  gboolean         owned;
  guint32          last_id;
  char            *summary;
  char            *body;
  char           **actions;
} Server;

static const char server_xml[] =
  "<node><interface name='org.freedesktop.Notifications'>"
  "<method name='Notify'><arg type='s' direction='in'/><arg type='u' direction='in'/>"
  "<arg type='s' direction='in'/><arg type='s' direction='in'/><arg type='s' direction='in'/>"
  "<arg type='as' direction='in'/><arg type='a{sv}' direction='in'/><arg type='i' direction='in'/>"
  "<arg type='u' direction='out'/></method>"
  "<method name='CloseNotification'><arg type='u' direction='in'/></method>"
  "<method name='GetCapabilities'><arg type='as' direction='out'/></method>"
  "<method name='GetServerInformation'><arg type='s' direction='out'/><arg type='s' direction='out'/>"
  "<arg type='s' direction='out'/><arg type='s' direction='out'/></method>"
  "<signal name='ActionInvoked'><arg type='u'/><arg type='s'/></signal>"
  "<signal name='NotificationClosed'><arg type='u'/><arg type='u'/></signal>"
  "</interface></node>";

static void
server_method (GDBusConnection       *connection,
               const char            *sender,
               const char            *object_path,
               const char            *interface_name,
               const char            *method_name,
               GVariant              *parameters,
               GDBusMethodInvocation *invocation,
               gpointer               user_data)
{
  Server *server = user_data;

  if (g_str_equal (method_name, "Notify"))
    {
      g_clear_pointer (&server->summary, g_free);
      g_clear_pointer (&server->body, g_free);
      g_clear_pointer (&server->actions, g_strfreev);
      g_variant_get (parameters, "(&su&sss^as@a{sv}i)", NULL, NULL, NULL, &server->summary, &server->body,
                     &server->actions, NULL, NULL);
      g_dbus_method_invocation_return_value (invocation, g_variant_new ("(u)", ++server->last_id));
    }
  else if (g_str_equal (method_name, "GetCapabilities"))
    {
      const char *caps[] = { "actions", "body", NULL };

      g_dbus_method_invocation_return_value (invocation, g_variant_new ("(^as)", caps));
    }
  else if (g_str_equal (method_name, "GetServerInformation"))
    g_dbus_method_invocation_return_value (invocation, g_variant_new ("(ssss)", "test", "rc", "1", "1.2"));
  else
    g_dbus_method_invocation_return_value (invocation, NULL);
}

static void
on_name_acquired (GDBusConnection *connection,
                  const char      *name,
                  gpointer         user_data)
{
  ((Server *) user_data)->owned = TRUE;
}

static gboolean
server_owns_name (gpointer data)
{
  return ((Server *) data)->owned;
}

static void
server_start (Server *server)
{
  static const GDBusInterfaceVTable vtable = { server_method, NULL, NULL, { 0 } };
  g_autoptr(GDBusNodeInfo) info = g_dbus_node_info_new_for_xml (server_xml, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *address = g_dbus_address_get_for_bus_sync (G_BUS_TYPE_SESSION, NULL, &error);

  g_assert_no_error (error);
  server->connection = g_dbus_connection_new_for_address_sync (address,
                                                               G_DBUS_CONNECTION_FLAGS_AUTHENTICATION_CLIENT
                                                               | G_DBUS_CONNECTION_FLAGS_MESSAGE_BUS_CONNECTION,
                                                               NULL, NULL, &error);
  g_assert_no_error (error);
  server->object_id = g_dbus_connection_register_object (server->connection, "/org/freedesktop/Notifications",
                                                         info->interfaces[0], &vtable, server, NULL, &error);
  g_assert_no_error (error);
  server->owner_id = g_bus_own_name_on_connection (server->connection, "org.freedesktop.Notifications",
                                                   G_BUS_NAME_OWNER_FLAGS_NONE, on_name_acquired, NULL,
                                                   server, NULL);
  g_assert_true (rc_test_wait_for (server_owns_name, server, 10000));
}

static void
server_stop (Server *server)
{
  g_bus_unown_name (server->owner_id);
  g_dbus_connection_unregister_object (server->connection, server->object_id);
  g_dbus_connection_close_sync (server->connection, NULL, NULL);
  g_clear_object (&server->connection);
  g_clear_pointer (&server->summary, g_free);
  g_clear_pointer (&server->body, g_free);
  g_clear_pointer (&server->actions, g_strfreev);
}

/* A click on the notification itself. */
static void
server_click (Server *server)
{
  g_autoptr(GError) error = NULL;

  g_dbus_connection_emit_signal (server->connection, NULL, "/org/freedesktop/Notifications",
                                 "org.freedesktop.Notifications", "ActionInvoked",
                                 g_variant_new ("(us)", server->last_id, "default"), &error);
  g_assert_no_error (error);
}

typedef struct
{
  Server *server;
  gint64  bid;
} Drive;

static gboolean
notified (gpointer data)
{
  return ((Server *) data)->summary != NULL;
}

static gboolean
shows_bid (gpointer data)
{
  Drive *drive = data;
  GApplication *app = g_application_get_default ();
  GtkWindow *window = NULL;
  GtkWidget *page;

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    if (RC_IS_WINDOW (l->data))
      window = l->data;
  page = window != NULL ? rc_window_get_page (RC_WINDOW (window), "bids") : NULL;

  return page != NULL && g_strcmp0 (rc_window_get_page_name (RC_WINDOW (window)), "bids") == 0
         && rc_bid_editor_get_bid_id (rc_bids_page_get_editor (RC_BIDS_PAGE (page))) == drive->bid;
}

static gboolean
drive_app (gpointer data)
{
  Drive *drive = data;
  GApplication *app = g_application_get_default ();

  /* Once the database has passed its check, the reminder goes to the
   * desktop, saying what and when, with a button to open the bid. */
  g_assert_true (rc_test_wait_for (notified, drive->server, 20000));
  g_assert_cmpstr (drive->server->summary, ==, "Bid deadline in 7 days");
  g_assert_true (g_str_has_prefix (drive->server->body,
                                   "Return to Social Work: south west 2027, for Local Government Association: "));
  g_assert_true (g_strv_contains ((const char * const *) drive->server->actions, "default"));
  g_assert_true (g_strv_contains ((const char * const *) drive->server->actions, "Open Bid"));
  g_assert_false (shows_bid (drive));

  /* A click on it: the window shows the bid. */
  server_click (drive->server);
  g_assert_true (rc_test_wait_for (shows_bid, drive, 10000));

  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);

  return G_SOURCE_REMOVE;
}

static void
on_activate (GApplication *app,
             gpointer      drive)
{
  g_idle_add (drive_app, drive);
}

/* The running app: a draft due in 7 days is reminded of once the window
 * opens its database, once, and the reminder opens the bid. */
static void
test_application (void)
{
  g_autoptr(RcApplication) app = rc_application_new ();
  g_autofree char *path = demo_path ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, 7);
  g_autofree char *deadline = g_date_time_format (then, "%Y-%m-%d");
  Server server = { 0 };
  Drive drive = { &server, 0 };
  guint count = 0;
  int status;

  {
    g_autoptr(RcStore) store = rc_store_open (path, &error);

    g_assert_no_error (error);
    drive.bid = add_draft (store, deadline);
  }
  server_start (&server);

  {
    char *argv[] = { (char *) "return-coordinator", (char *) "--database", path, NULL };

    g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
    g_signal_connect_after (app, "activate", G_CALLBACK (on_activate), &drive);
    status = g_application_run (G_APPLICATION (app), 3, argv);
  }
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpuint (server.last_id, ==, 1);
  server_stop (&server);

  {
    g_autoptr(RcStore) store = rc_store_open (path, &error);

    g_assert_no_error (error);
    g_assert_true (rc_store_count_bid_reminders (store, drive.bid, &count, &error));
    g_assert_cmpuint (count, ==, 1);
  }
}

int
main (int   argc,
      char *argv[])
{
  rc_test_init_gtk (&argc, &argv);

  g_test_add_func ("/reminders/days-before", test_days_before);
  g_test_add_func ("/reminders/store-claims", test_store_claims);
  g_test_add_func ("/reminders/check", test_check);
  g_test_add_func ("/reminders/waits-for-check", test_waits_for_check);
  g_test_add_func ("/reminders/midnight", test_midnight);
  g_test_add_func ("/reminders/bid-changed", test_bid_changed);
  g_test_add_func ("/reminders/application", test_application);

  return g_test_run ();
}
