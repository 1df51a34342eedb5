/* test-second-instance.c: a second launch hands over to the running one,
 * and never shows one database's window for another
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs the real executable twice with the same HOME, as a user who clicks
 * the launcher again would, on the session bus of the suite
 * (dbus-run-session) and its display (Xvfb). The running instance is
 * asked over D-Bus, as GtkApplication exports it, how many windows it has.
 */

#include "config.h"

#include <string.h>

#include <gio/gio.h>

#include "rc-test-util.h"

#define APP_PATH "/com/example/ReturnCoordinator"
#define TIMEOUT_MS 60000  /* the sanitizer build starts slowly */

static GDBusConnection *bus;

typedef struct
{
  gboolean  done;
  int       status;
  char     *out;
  char     *err;
} Finished;

static void
on_communicated (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  Finished *finished = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) out = NULL;
  g_autoptr(GBytes) err = NULL;

  g_subprocess_communicate_finish (G_SUBPROCESS (source), result, &out, &err, &error);
  g_assert_no_error (error);
  finished->out = out != NULL && g_bytes_get_size (out) > 0
                  ? g_strndup (g_bytes_get_data (out, NULL), g_bytes_get_size (out)) : g_strdup ("");
  finished->err = err != NULL && g_bytes_get_size (err) > 0
                  ? g_strndup (g_bytes_get_data (err, NULL), g_bytes_get_size (err)) : g_strdup ("");
  finished->status = g_subprocess_get_exit_status (G_SUBPROCESS (source));
  finished->done = TRUE;
}

static gboolean
is_finished (gpointer data)
{
  return ((Finished *) data)->done;
}

/* Runs the application with @args; its exit status, stdout in @out (when
 * not NULL) and stderr in @err. What it prints is kept from the test's own
 * stdout, which is TAP. */
static int
run_second (const char * const  *args,
            char               **out,
            char               **err,
            gint64              *elapsed_ms)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  Finished finished = { FALSE, -1, NULL, NULL };
  gint64 start = g_get_monotonic_time ();

  g_ptr_array_add (argv, (gpointer) g_getenv ("RC_EXECUTABLE"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  process = g_subprocess_newv ((const char * const *) argv->pdata, G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_async (process, NULL, NULL, on_communicated, &finished);
  g_assert_true (rc_test_wait_for (is_finished, &finished, TIMEOUT_MS));
  *elapsed_ms = (g_get_monotonic_time () - start) / 1000;
  *err = finished.err;
  if (out != NULL)
    *out = finished.out;
  else
    g_free (finished.out);

  return finished.status;
}

static GVariant *
call (const char  *path,
      const char  *interface,
      const char  *method,
      GVariant    *parameters,
      GError     **error)
{
  return g_dbus_connection_call_sync (bus, APP_ID, path, interface, method, parameters, NULL,
                                      G_DBUS_CALL_FLAGS_NO_AUTO_START, 10000, NULL, error);
}

/* Whether the running instance has a window with that id: GtkApplication
 * exports each window's actions at APP_PATH/window/ID. */
static gboolean
has_window (guint id)
{
  g_autofree char *path = g_strdup_printf (APP_PATH "/window/%u", id);
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) reply = call (path, "org.gtk.Actions", "List", NULL, &error);

  return reply != NULL;
}

static gboolean
name_has_owner (void)
{
  g_autoptr(GVariant) reply = g_dbus_connection_call_sync (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                                           "org.freedesktop.DBus", "NameHasOwner",
                                                           g_variant_new ("(s)", APP_ID), G_VARIANT_TYPE ("(b)"),
                                                           G_DBUS_CALL_FLAGS_NONE, 10000, NULL, NULL);
  gboolean owned = FALSE;

  if (reply != NULL)
    g_variant_get (reply, "(b)", &owned);

  return owned;
}

static gboolean
first_is_ready (gpointer data)
{
  return name_has_owner () && has_window (1);
}

static gboolean
tick (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/* rc_test_wait_for() checks when the main loop wakes up; what is asked
 * over D-Bus here wakes nothing, so a tick does. */
static gboolean
poll_until (gboolean (*condition) (gpointer),
            guint     timeout_ms)
{
  guint id = g_timeout_add (50, tick, NULL);
  gboolean met = rc_test_wait_for (condition, NULL, timeout_ms);

  g_source_remove (id);

  return met;
}

static void
on_first_exited (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  Finished *finished = user_data;

  g_subprocess_wait_finish (G_SUBPROCESS (source), result, NULL);
  finished->status = g_subprocess_get_if_exited (G_SUBPROCESS (source))
                     ? g_subprocess_get_exit_status (G_SUBPROCESS (source)) : -1;
  finished->done = TRUE;
}

static void
test_second_instance (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocess) first = NULL;
  g_autofree char *other = g_build_filename (rc_test_get_tmpdir (), "other.db", NULL);
  Finished first_finished = { FALSE, -1, NULL, NULL };
  const char *plain[] = { NULL };
  const char *demo[] = { "--demo", NULL };
  const char *other_db[] = { "--database", other, NULL };
  const char *version[] = { "--version", NULL };
  g_autoptr(GVariant) reply = NULL;
  char *out = NULL;
  char *err = NULL;
  gint64 ms;
  int status;

  bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, &error);
  if (bus == NULL || g_getenv ("DISPLAY") == NULL || g_getenv ("RC_EXECUTABLE") == NULL)
    {
      g_test_skip ("needs a session bus, a display and RC_EXECUTABLE (run under dbus-run-session and xvfb-run)");
      return;
    }
  if (name_has_owner ())
    {
      g_test_skip ("another Return Coordinator runs on this session bus");
      return;
    }

  /* The first launch: the window on the demo. */
  first = g_subprocess_new (G_SUBPROCESS_FLAGS_NONE, &error, g_getenv ("RC_EXECUTABLE"), "--demo", NULL);
  g_assert_no_error (error);
  g_subprocess_wait_async (first, NULL, on_first_exited, &first_finished);
  g_assert_true (poll_until (first_is_ready, TIMEOUT_MS));
  g_assert_false (first_finished.done);

  /* Launched again: it hands over to the first, which shows its window. */
  status = run_second (plain, NULL, &err, &ms);
  g_test_message ("second launch: status %d after %" G_GINT64_FORMAT " ms, stderr “%s”", status, ms, err);
  g_assert_cmpint (status, ==, 0);
  g_clear_pointer (&err, g_free);

  /* Asking for what is open is the same. */
  status = run_second (demo, NULL, &err, &ms);
  g_test_message ("second launch with --demo: status %d after %" G_GINT64_FORMAT " ms", status, ms);
  g_assert_cmpint (status, ==, 0);
  g_clear_pointer (&err, g_free);

  /* Another database is refused with a reason, not shown as this one;
   * the file is not even created. */
  status = run_second (other_db, NULL, &err, &ms);
  g_test_message ("second launch with --database other.db: status %d, stderr “%s”", status, err);
  g_assert_cmpint (status, ==, 1);
  g_assert_nonnull (strstr (err, "already open"));
  g_assert_nonnull (strstr (err, "other.db"));
  g_assert_false (g_file_test (other, G_FILE_TEST_EXISTS));
  g_clear_pointer (&err, g_free);

  /* Commands without a window still run on their own. */
  status = run_second (version, &out, &err, &ms);
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpstr (out, ==, "return-coordinator " PACKAGE_VERSION "\n");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* Through all of it: the first instance, with one window. */
  g_assert_false (first_finished.done);
  g_assert_true (has_window (1));
  g_assert_false (has_window (2));

  /* Ctrl+Q, over D-Bus: it closes and exits cleanly. */
  reply = call (APP_PATH, "org.gtk.Actions", "Activate",
                g_variant_new ("(sava{sv})", "quit", NULL, NULL), &error);
  g_assert_no_error (error);
  g_assert_true (rc_test_wait_for (is_finished, &first_finished, TIMEOUT_MS));
  g_assert_cmpint (first_finished.status, ==, 0);

  g_clear_object (&bus);
}

int
main (int   argc,
      char *argv[])
{
  rc_test_init_environment (&argc, &argv);

  g_test_add_func ("/second-instance/hand-over", test_second_instance);

  return g_test_run ();
}
