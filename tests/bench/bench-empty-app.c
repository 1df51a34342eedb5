/* bench-empty-app.c: the floor for the start-up and memory benchmarks
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An AdwApplication with one AdwApplicationWindow holding a header bar, a
 * view switcher over four empty pages and a label: what any libadwaita
 * application pays before it shows anything of its own. As the real
 * application does with RC_BENCH_FIRST_FRAME, it prints the monotonic
 * time of its first painted frame to stderr and quits; then, with
 * --memory, its peak resident memory (VmHWM) to stdout. With --stall it
 * prints instead the longest time the main loop was held from "activate"
 * until half a second after that frame, measured as bench-stalls does.
 *
 *   bench-empty-app [--memory | --stall]
 */

#include <adwaita.h>
#include <stdio.h>
#include <string.h>

static gboolean print_memory;
static gboolean print_stall;
static gboolean measuring;
static gint64 last_tick;
static gint64 longest_stall;

/* As in bench-stall-meter.c, which this baseline does not link. */
static gboolean
on_tick (gpointer data)
{
  gint64 now = g_get_monotonic_time ();

  if (measuring && now - last_tick > longest_stall)
    longest_stall = now - last_tick;
  last_tick = now;

  return G_SOURCE_CONTINUE;
}

static gboolean
quit_after_stall (gpointer app)
{
  on_tick (NULL);
  printf ("startup_stall_ms %.1f\n", longest_stall / 1000.0);
  g_application_quit (G_APPLICATION (app));

  return G_SOURCE_REMOVE;
}

static void
print_vm_hwm (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL)
      || (line = strstr (status, "VmHWM:")) == NULL)
    return;
  printf ("vm_hwm_kb %ld\n", strtol (line + strlen ("VmHWM:"), NULL, 10));
  if ((line = strstr (status, "RssAnon:")) != NULL)
    printf ("rss_anon_kb %ld\n", strtol (line + strlen ("RssAnon:"), NULL, 10));
  if ((line = strstr (status, "RssFile:")) != NULL)
    printf ("rss_file_kb %ld\n", strtol (line + strlen ("RssFile:"), NULL, 10));
}

static void
on_after_paint (GdkFrameClock *clock,
                gpointer       app)
{
  g_signal_handlers_disconnect_by_func (clock, on_after_paint, app);
  fprintf (stderr, "first-frame: (monotonic %" G_GINT64_FORMAT " us)\n", g_get_monotonic_time ());
  on_tick (NULL);
  if (print_memory)
    print_vm_hwm ();
  if (print_stall)
    g_timeout_add (500, quit_after_stall, app);
  else
    g_application_quit (G_APPLICATION (app));
}

static void
on_realize (GtkWidget *window,
            gpointer   app)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (on_after_paint), app);
}

static void
on_activate (GApplication *app)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *stack = adw_view_stack_new ();
  GtkWidget *switcher = adw_view_switcher_title_new ();
  const char *pages[] = { "Councils", "Cohorts", "Bids", "Trends" };

  last_tick = g_get_monotonic_time ();
  measuring = TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    adw_view_stack_add_titled (ADW_VIEW_STACK (stack), gtk_label_new (pages[i]), pages[i], pages[i]);
  adw_view_switcher_title_set_stack (ADW_VIEW_SWITCHER_TITLE (switcher), ADW_VIEW_STACK (stack));
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), switcher);
  gtk_widget_set_vexpand (stack, TRUE);
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), stack);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);

  g_signal_connect (window, "realize", G_CALLBACK (on_realize), app);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = NULL;

  print_memory = argc > 1 && strcmp (argv[1], "--memory") == 0;
  print_stall = argc > 1 && strcmp (argv[1], "--stall") == 0;
  if (print_stall)
    g_timeout_add_full (G_PRIORITY_HIGH, 4, on_tick, NULL, NULL);
  app = adw_application_new ("com.example.ReturnCoordinator.BenchEmpty", G_APPLICATION_DEFAULT_FLAGS);
  g_signal_connect (app, "activate", G_CALLBACK (on_activate), NULL);

  return g_application_run (G_APPLICATION (app), 1, argv);
}
