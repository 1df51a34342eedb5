/* bench-stalls.c: how long each user action holds the main loop
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs the real application on DATABASE (a copy: the import writes to
 * it) and does what a user does, each action in turn, while a meter
 * (bench-stall-meter.c) records the longest gap between the main loop's
 * ticks and painted frames:
 *
 *   - opening the database on the Councils page, at start;
 *   - opening Cohorts, Bids and Trends, each for the first time, with the
 *     window's "win.show-page" action, as the view switcher does;
 *   - typing a name into the trainee search of the cohort shown, a letter
 *     at a time, then deleting it;
 *   - importing CSV (100,000 trainees) into that cohort through the
 *     cohort's import action: the file chooser, the columns, the preview,
 *     Import, until the cohort shows the new trainees; then the same
 *     typing in that cohort;
 *   - exporting the monitoring workbook, when the application has an
 *     action for it.
 *
 * Everything is driven through actions, buttons and entries a user
 * reaches, found on screen by their action names and widget types, so
 * that the benchmark holds while pages and dialogs change inside. A page
 * shows its data when it is on screen, no spinner turns, it does not say
 * it is loading, and every list on it holds something; the time to that
 * includes the frame that paints it.
 *
 *   bench-stalls DATABASE CSV [--skip-import]
 *
 * Prints one line per action: NAME stall_ms N show_ms N [more].
 */

#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "bench-stall-meter.h"
#include "bench-stalls-private.h"
#include "rc-application.h"


static const char *csv_path;
static gboolean skip_import;
static gint64 activated_at;
static int status;
static GApplication *app;

void
bench_stalls_fail (const char *step,
                   const char *why)
{
  fprintf (stderr, "bench-stalls: %s: %s\n", step, why);
  status = 1;
}

static RcWindow *
find_window (void)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    if (RC_IS_WINDOW (l->data))
      return l->data;

  return NULL;
}

typedef struct {
  RcWindow   *window;
  const char *name;
  const char *why;
} PageWait;

static gboolean
page_ready (gpointer data)
{
  PageWait *wait = data;

  return bench_page_shows_data (rc_window_get_page (wait->window, wait->name), &wait->why);
}

/* Waits until page @name shows its data and a frame has painted it;
 * the time that took, in ms since @since, or -1. */
static double
wait_for_page (RcWindow   *window,
               const char *name,
               gint64      since)
{
  PageWait wait = { window, name, NULL };

  if (!bench_wait_for (page_ready, &wait, PAGE_TIMEOUT_MS))
    {
      bench_stalls_fail (name, wait.why);
      return -1;
    }
  bench_wait_frames (1, 2000);

  return (g_get_monotonic_time () - since) / 1000.0;
}

static gboolean
has_store (gpointer data)
{
  return rc_window_get_store (data) != NULL;
}

static gboolean
store_writable (gpointer data)
{
  RcStore *store = rc_window_get_store (data);

  return store != NULL && rc_store_get_writable (store);
}

static gboolean
prompt_shown (gpointer data)
{
  return bench_find_toplevel (ADW_TYPE_MESSAGE_DIALOG, NULL) != NULL;
}

/* Typing ----------------------------------------------------------------- */

static guint search_changes;

static void
on_search_changed (GtkSearchEntry *entry)
{
  search_changes++;
}

static gboolean
search_answered (gpointer data)
{
  return search_changes >= GPOINTER_TO_UINT (data);
}

/* The trainee search of the cohort shown: the search entry of its
 * trainee table. */
GtkWidget *
bench_stalls_find_trainee_search (RcWindow *window)
{
  GtkWidget *page = rc_window_get_page (window, "cohorts");
  GtkWidget *table = bench_find_by_type_name (page, TRUE, "RcTraineeTable");

  return bench_find_by_type_name (table, TRUE, "GtkSearchEntry");
}

/* Types @text into the trainee search a letter at a time, waiting for
 * each search to be answered and painted as a typist would see it, then
 * deletes it the same way. Prints the longest stall. */
static void
type_search (RcWindow   *window,
             const char *name,
             const char *text)
{
  GtkWidget *entry = bench_stalls_find_trainee_search (window);
  GtkWidget *table;
  GListModel *rows;
  guint keystrokes = 0, total, fewest = G_MAXUINT;
  double stall;

  if (entry == NULL)
    {
      bench_stalls_fail (name, "no trainee search on screen");
      return;
    }
  table = gtk_widget_get_ancestor (entry, g_type_from_name ("RcTraineeTable"));
  rows = bench_find_list_model (table);
  total = rows != NULL ? g_list_model_get_n_items (rows) : 0;

  g_signal_connect (entry, "search-changed", G_CALLBACK (on_search_changed), NULL);
  gtk_widget_grab_focus (entry);
  bench_run_for (300);

  stall_meter_start ();
  for (int direction = 0; direction < 2; direction++)
    for (guint i = 0; i < strlen (text); i++)
      {
        int end = gtk_editable_get_position (GTK_EDITABLE (entry));
        guint expected = search_changes + 1;

        if (direction == 0)
          gtk_editable_insert_text (GTK_EDITABLE (entry), text + i, 1, &end);
        else
          gtk_editable_delete_text (GTK_EDITABLE (entry), end - 1, end);
        gtk_editable_set_position (GTK_EDITABLE (entry), -1);
        keystrokes++;
        if (!bench_wait_for (search_answered, GUINT_TO_POINTER (expected), 10000))
          {
            bench_stalls_fail (name, "the search did not answer a keystroke");
            break;
          }
        bench_wait_frames (1, 1000);
        fprintf (stderr, "  %s: keystroke %u, longest stall so far %.0f ms\n", name, keystrokes,
                 stall_meter_longest ());
        if (rows != NULL)
          fewest = MIN (fewest, g_list_model_get_n_items (rows));
      }
  bench_run_for (SETTLE_MS);
  stall = stall_meter_stop ();
  g_signal_handlers_disconnect_by_func (entry, on_search_changed, NULL);

  printf ("%s stall_ms %.1f cpu_ms %.1f keystrokes %u rows %u matches %u\n", name, stall, stall_meter_longest_cpu (),
          keystrokes, total,
          fewest == G_MAXUINT ? 0 : fewest);
}

/* The run ------------------------------------------------------------------ */

static gboolean
run (gpointer data)
{
  static const char *pages[] = { "cohorts", "bids", "trends" };
  RcWindow *window = find_window ();
  GtkWindow *prompt;
  double shown, stall;

  /* The database opens in a worker (rc-application-open.c). */
  if (window == NULL || !bench_wait_for (has_store, window, PAGE_TIMEOUT_MS))
    {
      bench_stalls_fail ("start", "the window has no database open");
      goto out;
    }

  /* Councils is built and read as the database opens, before the
   * window's first frame: from "activate" on. */
  stall_meter_watch (GTK_WIDGET (window));
  shown = wait_for_page (window, "councils", activated_at);
  if (shown < 0)
    goto out;
  printf ("councils_shown monotonic_us %" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  bench_run_for (SETTLE_MS);
  stall = stall_meter_stop ();
  printf ("councils stall_ms %.1f show_ms %.1f cpu_ms %.1f\n", stall, shown, stall_meter_longest_cpu ());

  /* Then the file is checked in a worker before anything can be saved,
   * and the retention prompt asks about the cohorts past the period:
   * not actions of the user's, but the main loop is measured there too. */
  stall_meter_start ();
  if (!bench_wait_for (store_writable, window, PAGE_TIMEOUT_MS))
    {
      bench_stalls_fail ("start", "the database was not checked");
      goto out;
    }
  bench_wait_for (prompt_shown, NULL, 3000);
  bench_run_for (SETTLE_MS);
  printf ("checked stall_ms %.1f\n", stall_meter_stop ());
  for (guint tries = 0; tries < 20 && (prompt = bench_find_toplevel (ADW_TYPE_MESSAGE_DIALOG, NULL)) != NULL;
       tries++)
    {
      gtk_window_close (prompt);
      bench_run_for (100);
    }
  bench_run_for (SETTLE_MS);

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      gint64 t0 = g_get_monotonic_time ();

      stall_meter_start ();
      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", pages[i]);
      shown = wait_for_page (window, pages[i], t0);
      if (shown < 0)
        goto out;
      bench_run_for (SETTLE_MS);
      stall = stall_meter_stop ();
      printf ("%s stall_ms %.1f show_ms %.1f cpu_ms %.1f\n", pages[i], stall, shown, stall_meter_longest_cpu ());
      /* For a profile of the step: perf record -k CLOCK_MONOTONIC, then
       * perf report --time with these. */
      fprintf (stderr, "  %s: monotonic %" G_GINT64_FORMAT " to %" G_GINT64_FORMAT " µs\n", pages[i], t0,
               g_get_monotonic_time ());
    }

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "cohorts");
  if (wait_for_page (window, "cohorts", g_get_monotonic_time ()) < 0)
    goto out;
  type_search (window, "search", "smith");

  if (!skip_import && status == 0)
    {
      bench_stalls_import (window, csv_path);
      if (status == 0)
        type_search (window, "search_imported", "smith");
    }

  bench_stalls_export_monitoring (window, app);

out:
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);

  return G_SOURCE_REMOVE;
}

static void
on_activate (GApplication *application)
{
  activated_at = g_get_monotonic_time ();
  stall_meter_start ();
}

static void
on_activated (GApplication *application)
{
  RcWindow *window = find_window ();

  if (window != NULL)
    stall_meter_watch (GTK_WIDGET (window));
  g_idle_add (run, NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(RcApplication) application = NULL;
  char *app_argv[] = { (char *) "return-coordinator", (char *) "--database", NULL, NULL };

  if (argc < 3 || (argc == 4 && strcmp (argv[3], "--skip-import") != 0) || argc > 4)
    {
      fprintf (stderr, "Usage: %s DATABASE CSV [--skip-import]\n", argv[0]);
      return 2;
    }
  setlocale (LC_ALL, "");
  setlocale (LC_NUMERIC, "C");
  setvbuf (stdout, NULL, _IOLBF, 0);
  app_argv[2] = argv[1];
  csv_path = argv[2];
  skip_import = argc == 4;

  stall_meter_install ();
  application = rc_application_new ();
  app = G_APPLICATION (application);
  g_application_set_flags (app, G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "activate", G_CALLBACK (on_activate), NULL);
  g_signal_connect_after (app, "activate", G_CALLBACK (on_activated), NULL);

  if (g_application_run (app, 3, app_argv) != 0 && status == 0)
    status = 1;

  return status;
}
