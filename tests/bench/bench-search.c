/* bench-search.c: search latency per keystroke over every trainee
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Loads every trainee of DATABASE (100,000 in the national one) into the
 * Cohorts page's trainee table (RcTraineeTable: its search, filter, sort
 * and column view, in a window on screen), then types queries into its
 * search a letter at a time, letting a frame paint between keystrokes, and
 * times the work each keystroke causes: the search itself, then the frame
 * that shows its rows (from the frame clock's "before-paint" to its
 * "after-paint": update, layout and paint, without the wait for the next
 * frame to be due), and, for comparison, the frame of a keystroke that
 * changes no row. The baseline, measured in the same
 * run, is the floor of any search: strstr() over the same trainees' texts,
 * folded in advance. Prints the median and the worst keystroke of each.
 * Needs a display.
 *
 *   bench-search DATABASE [ROUNDS]
 */

#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <adwaita.h>

#include "store/rc-store.h"
#include "views/rc-trainee-table.h"

static const char *queries[] = { "smith", "jordan", "n0123", "taylor khan" };
static guint frames;
static gint64 frame_began, frame_us;

static void
on_before_paint (GdkFrameClock *clock,
                 gpointer       user_data)
{
  frame_began = g_get_monotonic_time ();
}

static void
on_after_paint (GdkFrameClock *clock,
                gpointer       user_data)
{
  frame_us = g_get_monotonic_time () - frame_began;
  frames++;
}

static void
wait_frames (guint n)
{
  guint until = frames + n;
  gint64 give_up = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (frames < until && g_get_monotonic_time () < give_up)
    g_main_context_iteration (NULL, FALSE);
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (GArray *ms)
{
  double *v = (double *) (gpointer) ms->data;

  qsort (v, ms->len, sizeof *v, compare_doubles);
  return ms->len % 2 ? v[ms->len / 2] : (v[ms->len / 2 - 1] + v[ms->len / 2]) / 2;
}

static double
maximum (GArray *ms)
{
  double m = 0;

  for (guint i = 0; i < ms->len; i++)
    m = MAX (m, g_array_index (ms, double, i));

  return m;
}

/* Every trainee of every cohort, and the first cohort with its places. */
static GListStore *
load_trainees (RcStore     *store,
               RcCohort   **first,
               GListModel **places)
{
  g_autoptr(GListModel) cohorts = rc_store_list_cohorts (store, NULL);
  GListStore *all = g_list_store_new (RC_TYPE_TRAINEE);

  for (guint i = 0; cohorts != NULL && i < g_list_model_get_n_items (cohorts); i++)
    {
      g_autoptr(RcCohort) cohort = g_list_model_get_item (cohorts, i);
      g_autoptr(GListModel) trainees = rc_store_list_trainees (store, cohort->id, NULL);
      g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint j = 0; trainees != NULL && j < g_list_model_get_n_items (trainees); j++)
        g_ptr_array_add (items, g_list_model_get_item (trainees, j));
      g_list_store_splice (all, g_list_model_get_n_items (G_LIST_MODEL (all)), 0, items->pdata, items->len);
      if (i == 0)
        {
          *first = g_object_ref (cohort);
          *places = rc_store_list_cohort_places (store, cohort->id, NULL);
        }
    }

  return all;
}

static guint
floor_search (GPtrArray  *folded,
              const char *query)
{
  guint found = 0;

  for (guint i = 0; i < folded->len; i++)
    found += strstr (g_ptr_array_index (folded, i), query) != NULL;

  return found;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(RcStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) trainees = NULL;
  g_autoptr(RcCohort) cohort = NULL;
  g_autoptr(GListModel) places = NULL;
  g_autoptr(GPtrArray) folded = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) table_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) call_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) frame_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) idle_frame_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) floor_ms = g_array_new (FALSE, FALSE, sizeof (double));
  GtkWidget *window, *table;
  guint rounds = argc > 2 ? (guint) atoi (argv[2]) : 5;
  guint n;

  if (argc < 2)
    {
      fprintf (stderr, "Usage: %s DATABASE [ROUNDS]\n", argv[0]);
      return 2;
    }
  setlocale (LC_ALL, "");
  setlocale (LC_NUMERIC, "C");
  gtk_init ();
  adw_init ();

  store = rc_store_open (argv[1], &error);
  if (store == NULL)
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }
  trainees = load_trainees (store, &cohort, &places);
  n = g_list_model_get_n_items (G_LIST_MODEL (trainees));
  if (cohort == NULL || n == 0)
    {
      fprintf (stderr, "%s: no trainees\n", argv[1]);
      return 1;
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RcTrainee) t = g_list_model_get_item (G_LIST_MODEL (trainees), i);
      g_autofree char *text = g_strdup_printf ("%s\n%s %s", t->reference,
                                               t->given_name ? t->given_name : "",
                                               t->family_name ? t->family_name : "");

      g_ptr_array_add (folded, g_utf8_casefold (text, -1));
    }

  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  table = rc_trainee_table_new ();
  gtk_window_set_child (GTK_WINDOW (window), table);
  gtk_window_present (GTK_WINDOW (window));
  g_signal_connect (gtk_widget_get_frame_clock (window), "before-paint", G_CALLBACK (on_before_paint), NULL);
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (on_after_paint), NULL);
  rc_trainee_table_set_trainees (RC_TRAINEE_TABLE (table), cohort, FALSE, G_LIST_MODEL (trainees), places);
  wait_frames (3);

  for (guint r = 0; r < rounds; r++)
    for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
      {
        gsize len = strlen (queries[q]);

        /* Typed a letter at a time, then deleted a letter at a time. */
        for (gsize k = 1; k <= 2 * len; k++)
          {
            g_autofree char *typed = g_strndup (queries[q], k <= len ? k : 2 * len - k);
            gint64 t0, t1, t2;
            guint found;

            t0 = g_get_monotonic_time ();
            rc_trainee_table_set_search (RC_TRAINEE_TABLE (table), typed);
            t1 = g_get_monotonic_time ();
            found = floor_search (folded, typed);
            t2 = g_get_monotonic_time ();
            if (r == 0 && k == len)
              printf ("query \"%s\": %u of %u shown (floor: %u)\n", typed,
                      g_list_model_get_n_items (rc_trainee_table_get_shown (RC_TRAINEE_TABLE (table))),
                      n, found);
            frame_us = 0;
            wait_frames (1);
            if (*typed != '\0')
              {
                double call_time = (t1 - t0) / 1000.0;
                double table_time = (t1 - t0 + frame_us) / 1000.0;
                double floor_time = (t2 - t1) / 1000.0;

                double frame_time = frame_us / 1000.0;

                g_array_append_val (call_ms, call_time);
                g_array_append_val (frame_ms, frame_time);
                if (g_getenv ("BENCH_VERBOSE")) printf ("%-12s call %6.2f frame %6.2f\n", typed, call_time, frame_us / 1000.0);
                g_array_append_val (table_ms, table_time);
                g_array_append_val (floor_ms, floor_time);
              }
          }
      }

  /* The floor of a keystroke's frame: a space typed after a word, which
   * the search ignores, so only the entry changes. */
  for (guint k = 0; k < 40; k++)
    {
      double frame_time;

      rc_trainee_table_set_search (RC_TRAINEE_TABLE (table), k % 2 ? "smith" : "smith ");
      frame_us = 0;
      wait_frames (1);
      frame_time = frame_us / 1000.0;
      if (k > 0)
        g_array_append_val (idle_frame_ms, frame_time);
    }

  printf ("trainees %u keystrokes %u\n", n, table_ms->len);
  printf ("search_max_ms %.2f\n", maximum (table_ms));
  printf ("search_ms %.2f\n", median (table_ms));
  printf ("search_call_max_ms %.2f\n", maximum (call_ms));
  printf ("search_call_ms %.2f\n", median (call_ms));
  printf ("frame_ms %.2f\n", median (frame_ms));
  printf ("idle_frame_ms %.2f\n", median (idle_frame_ms));
  printf ("floor_max_ms %.2f\n", maximum (floor_ms));
  printf ("floor_ms %.2f\n", median (floor_ms));

  gtk_window_destroy (GTK_WINDOW (window));

  return 0;
}
