/* bench-first-frame.c: from process start to the first frame of the main
 * window on a database, against an empty libadwaita window
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   bench-first-frame --empty
 *   bench-first-frame DATABASE
 *
 * Prints the milliseconds from main() to the end of the first paint.
 * Run each under a fresh process (build-aux/bench does, several times).
 */

#include "config.h"

#include <adwaita.h>
#include <stdio.h>

#include "views/rc-window.h"

static gint64 started;

static void
on_after_paint (GdkFrameClock *clock,
                gpointer       user_data)
{
  printf ("%.1f\n", (g_get_monotonic_time () - started) / 1000.0);
  fflush (stdout);
  exit (0);
}

static void
on_map (GtkWidget *window)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);

  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(RcStore) store = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *window;

  started = g_get_monotonic_time ();

  if (argc != 2)
    {
      fprintf (stderr, "usage: %s --empty | DATABASE\n", argv[0]);
      return 2;
    }

  gtk_init ();
  adw_init ();

  if (g_str_equal (argv[1], "--empty"))
    window = adw_application_window_new (NULL);
  else
    {
      store = rc_store_open (argv[1], &error);
      if (store == NULL)
        {
          fprintf (stderr, "%s\n", error->message);
          return 1;
        }
      window = GTK_WIDGET (rc_window_new (NULL));
      rc_window_set_store (RC_WINDOW (window), store, FALSE);
    }

  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  g_signal_connect (window, "map", G_CALLBACK (on_map), NULL);
  gtk_window_present (GTK_WINDOW (window));

  while (TRUE)
    g_main_context_iteration (NULL, TRUE);
}
