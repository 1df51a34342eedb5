/* bench-views.c: peak memory with every page of the real window visited
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs the application on DATABASE, shows each page of its window in turn
 * (Councils, Cohorts, Bids, Trends), each until it has painted, and prints
 * how long each took to show and the process's peak resident memory
 * (VmHWM in /proc/self/status) after each, with its anonymous and
 * file-backed parts and the number of widgets in the window, then quits.
 * Needs a display.
 *
 *   bench-views DATABASE
 */

#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "bench-stall-meter.h"
#include "rc-application.h"
#include "views/rc-window.h"

static guint frames;

static long
status_kb (const char *field)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL)
      || (line = strstr (status, field)) == NULL)
    return -1;

  return strtol (line + strlen (field), NULL, 10);
}

static void
on_after_paint (GdkFrameClock *clock,
                gpointer       user_data)
{
  frames++;
}

static gboolean
timed_out (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Lets the window lay out and paint @n frames; a window with nothing new
 * to paint paints nothing, so it gives up after 3 s. */
static void
wait_frames (guint n)
{
  guint until = frames + n;
  gboolean late = FALSE;
  guint timeout = g_timeout_add (3000, timed_out, &late);

  while (frames < until && !late)
    g_main_context_iteration (NULL, TRUE);
  if (!late)
    g_source_remove (timeout);
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

/* Memory here goes with the number of widgets, about 5 KB each with
 * their CSS nodes, text layouts and accessibility contexts
 * (docs/benchmarks.md). */
static guint
count_widgets (GtkWidget *widget)
{
  guint n = 1;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_widgets (child);

  return n;
}

/* With RC_BENCH_WIDGET_TYPES set, at the end: how many widgets of each
 * type there are under each of the application's own widgets (the
 * nearest Rc… ancestor), to see where the widgets are. */
static void
count_types (GtkWidget  *widget,
             GHashTable *counts,
             const char *under)
{
  g_autofree char *key = g_strdup_printf ("%s %s", under, G_OBJECT_TYPE_NAME (widget));
  guint n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, key));

  g_hash_table_replace (counts, g_steal_pointer (&key), GUINT_TO_POINTER (n + 1));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    count_types (child, counts,
                 g_str_has_prefix (G_OBJECT_TYPE_NAME (widget), "Rc") ? G_OBJECT_TYPE_NAME (widget) : under);
}

static void
print_types (GtkWidget *window)
{
  g_autoptr(GHashTable) counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GHashTableIter iter;
  gpointer key, value;

  count_types (window, counts, "-");
  g_hash_table_iter_init (&iter, counts);
  while (g_hash_table_iter_next (&iter, &key, &value))
    printf ("type %u %s\n", GPOINTER_TO_UINT (value), (const char *) key);
}

typedef struct {
  RcWindow   *window;
  const char *name;
} PageWait;

static gboolean
page_ready (gpointer data)
{
  PageWait *wait = data;

  return bench_page_shows_data (rc_window_get_page (wait->window, wait->name), NULL);
}

static RcWindow *
find_window (GApplication *app)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    if (RC_IS_WINDOW (l->data))
      return l->data;

  return NULL;
}

static gboolean
has_store (gpointer window)
{
  return rc_window_get_store (window) != NULL;
}

static gboolean
visit_pages (gpointer app)
{
  static const char *pages[] = { "councils", "cohorts", "bids", "trends" };
  RcWindow *window = find_window (app);

  /* The database opens in a worker (rc-application-open.c). */
  if (window == NULL || !bench_wait_for (has_store, window, 120000))
    {
      fprintf (stderr, "bench-views: the window has no database open\n");
      g_application_quit (app);
      return G_SOURCE_REMOVE;
    }

  g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (window)), "after-paint",
                    G_CALLBACK (on_after_paint), NULL);
  wait_frames (2);
  printf ("start vm_hwm_kb %ld vm_rss_kb %ld\n", status_kb ("VmHWM:"), status_kb ("VmRSS:"));

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      gint64 t0 = g_get_monotonic_time ();

      PageWait wait = { window, pages[i] };

      /* The first page is on screen already. A page that reads in a
       * worker is measured once its data is shown. */
      if (g_strcmp0 (rc_window_get_page_name (window), pages[i]) != 0)
        {
          rc_window_show_page (window, pages[i]);
          wait_frames (2);
        }
      if (!bench_wait_for (page_ready, &wait, 60000))
        fprintf (stderr, "bench-views: %s did not show its data within 60 s\n", pages[i]);
      printf ("%s show_ms %.1f vm_hwm_kb %ld vm_rss_kb %ld rss_anon_kb %ld rss_file_kb %ld widgets %u\n",
              pages[i], (g_get_monotonic_time () - t0) / 1000.0, status_kb ("VmHWM:"), status_kb ("VmRSS:"),
              status_kb ("RssAnon:"), status_kb ("RssFile:"), count_widgets (GTK_WIDGET (window)));
    }

  if (g_getenv ("RC_BENCH_WIDGET_TYPES") != NULL)
    print_types (GTK_WIDGET (window));
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);

  return G_SOURCE_REMOVE;
}

static void
on_activate (GApplication *app)
{
  g_idle_add (visit_pages, app);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(RcApplication) app = NULL;
  char *app_argv[] = { (char *) "return-coordinator", (char *) "--database", NULL, NULL };

  if (argc != 2)
    {
      fprintf (stderr, "Usage: %s DATABASE\n", argv[0]);
      return 2;
    }
  setlocale (LC_ALL, "");
  setlocale (LC_NUMERIC, "C");
  app_argv[2] = argv[1];

  app = rc_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_signal_connect_after (app, "activate", G_CALLBACK (on_activate), NULL);

  return g_application_run (G_APPLICATION (app), 3, app_argv);
}
