/* bench-stall-meter.c: the longest main-loop stall, and finding widgets
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "bench-stall-meter.h"

#include <string.h>
#include <time.h>

/* 4 ms: fine enough for a 100 ms target, cheap enough not to be the
 * load it measures. */
#define TICK_MS 4

static struct {
  gboolean on;
  gint64   last;      /* the latest mark, µs */
  gint64   longest;   /* the longest gap since the start, µs */
  gint64   last_cpu;  /* the main thread's CPU time at the latest mark, µs */
  gint64   longest_cpu; /* the most CPU time the main thread spent in one gap, µs */
  guint    frames;
  gboolean log;       /* RC_BENCH_STALL_LOG: print each gap over 30 ms */
} meter;

/* CPU time of the main thread: a gap's share of it is what the gap
 * would be on an idle machine, whatever else runs on this one. */
static gint64
thread_cpu_us (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return (gint64) ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

static void
mark (void)
{
  gint64 now = g_get_monotonic_time ();
  gint64 cpu = thread_cpu_us ();


  if (meter.on && now - meter.last > meter.longest)
    meter.longest = now - meter.last;
  if (meter.on && cpu - meter.last_cpu > meter.longest_cpu)
    meter.longest_cpu = cpu - meter.last_cpu;
  if (meter.log && (now - meter.last > 30000 || cpu - meter.last_cpu > 20000))
    g_printerr ("stall %" G_GINT64_FORMAT " ms (CPU %" G_GINT64_FORMAT " ms) from %" G_GINT64_FORMAT
                " to %" G_GINT64_FORMAT " us\n", (now - meter.last) / 1000, (cpu - meter.last_cpu) / 1000,
                meter.last, now);
  meter.last_cpu = cpu;
  meter.last = now;
}

static gboolean
on_tick (gpointer data)
{
  mark ();
  return G_SOURCE_CONTINUE;
}

static void
on_after_paint (GdkFrameClock *clock,
                gpointer       data)
{
  meter.frames++;
  mark ();
}

void
stall_meter_install (void)
{
  meter.log = g_getenv ("RC_BENCH_STALL_LOG") != NULL;
  g_timeout_add_full (G_PRIORITY_HIGH, TICK_MS, on_tick, NULL, NULL);
}

static void
on_realize (GtkWidget *window,
            gpointer   data)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (on_after_paint), NULL);
}

void
stall_meter_watch (GtkWidget *window)
{
  if (g_object_get_data (G_OBJECT (window), "bench-watched") != NULL)
    return;
  g_object_set_data (G_OBJECT (window), "bench-watched", GINT_TO_POINTER (1));
  if (gtk_widget_get_realized (window))
    on_realize (window, NULL);
  else
    g_signal_connect (window, "realize", G_CALLBACK (on_realize), NULL);
}

void
stall_meter_start (void)
{
  meter.on = TRUE;
  meter.longest = 0;
  meter.longest_cpu = 0;
  meter.last = g_get_monotonic_time ();
  meter.last_cpu = thread_cpu_us ();
}

double
stall_meter_stop (void)
{
  mark ();
  meter.on = FALSE;

  return meter.longest / 1000.0;
}

double
stall_meter_longest_cpu (void)
{
  return meter.longest_cpu / 1000.0;
}

double
stall_meter_longest (void)
{
  return meter.longest / 1000.0;
}

guint
stall_meter_frames (void)
{
  return meter.frames;
}

static gboolean
timed_out (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

gboolean
bench_wait_for (gboolean (*condition) (gpointer),
                gpointer   data,
                guint      timeout_ms)
{
  gboolean late = FALSE;
  guint timeout = g_timeout_add (timeout_ms, timed_out, &late);

  /* The meter's tick wakes the loop, so the condition is asked every
   * few milliseconds whatever else happens. */
  while (!condition (data) && !late)
    g_main_context_iteration (NULL, TRUE);
  if (!late)
    g_source_remove (timeout);

  return !late;
}

typedef struct {
  guint  until;
} Frames;

static gboolean
frames_painted (gpointer data)
{
  return meter.frames >= ((Frames *) data)->until;
}

void
bench_wait_frames (guint n,
                   guint timeout_ms)
{
  Frames frames = { meter.frames + n };

  bench_wait_for (frames_painted, &frames, timeout_ms);
}

static gboolean
never (gpointer data)
{
  return FALSE;
}

void
bench_run_for (guint ms)
{
  bench_wait_for (never, NULL, ms);
}

GtkWidget *
bench_find (GtkWidget       *root,
            gboolean         mapped_only,
            BenchWidgetFunc  func,
            gpointer         data)
{
  if (root == NULL || (mapped_only && !gtk_widget_get_mapped (root)))
    return NULL;
  if (func (root, data))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = bench_find (child, mapped_only, func, data);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
is_of_type (GtkWidget *widget,
            gpointer   data)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (data));
}

GtkWidget *
bench_find_by_type_name (GtkWidget  *root,
                         gboolean    mapped_only,
                         const char *type_name)
{
  GType type = g_type_from_name (type_name);

  if (type == 0)
    return NULL;

  return bench_find (root, mapped_only, is_of_type, GSIZE_TO_POINTER (type));
}

static gboolean
is_action_button (GtkWidget *widget,
                  gpointer   data)
{
  const char * const *suffixes = data;
  const char *name;

  if (!GTK_IS_BUTTON (widget) || !gtk_widget_is_sensitive (widget)
      || (name = gtk_actionable_get_action_name (GTK_ACTIONABLE (widget))) == NULL)
    return FALSE;

  for (guint i = 0; suffixes[i] != NULL; i++)
    if (g_str_has_suffix (name, suffixes[i]))
      return TRUE;

  return FALSE;
}

GtkWidget *
bench_find_action_button (GtkWidget          *root,
                          const char * const *suffixes)
{
  return bench_find (root, TRUE, is_action_button, (gpointer) suffixes);
}

const char *
bench_find_class_action (GtkWidget  *widget,
                         const char *part)
{
  for (; widget != NULL; widget = gtk_widget_get_parent (widget))
    {
      GtkWidgetClass *klass = GTK_WIDGET_GET_CLASS (widget);
      const char *name, *property;
      const GVariantType *type;
      GType owner;

      for (guint i = 0; gtk_widget_class_query_action (klass, i, &owner, &name, &type, &property); i++)
        if (strstr (name, part) != NULL)
          return name;
    }

  return NULL;
}

typedef struct {
  gboolean    spinning;
  gboolean    empty_list;
  guint       lists;
  const char *why;
} Showing;

static gboolean
inspect (GtkWidget *widget,
         gpointer   data)
{
  Showing *showing = data;
  GListModel *model = NULL;

  if (GTK_IS_SPINNER (widget) && gtk_spinner_get_spinning (GTK_SPINNER (widget)))
    {
      showing->spinning = TRUE;
      return TRUE;
    }

  if (GTK_IS_COLUMN_VIEW (widget))
    model = G_LIST_MODEL (gtk_column_view_get_model (GTK_COLUMN_VIEW (widget)));
  else if (GTK_IS_LIST_VIEW (widget))
    model = G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (widget)));
  else if (GTK_IS_GRID_VIEW (widget))
    model = G_LIST_MODEL (gtk_grid_view_get_model (GTK_GRID_VIEW (widget)));
  else
    return FALSE;

  showing->lists++;
  if (model == NULL || g_list_model_get_n_items (model) == 0)
    {
      showing->empty_list = TRUE;
      return TRUE;
    }

  return FALSE;
}

gboolean
bench_page_shows_data (GtkWidget   *page,
                       const char **why)
{
  Showing showing = { 0 };
  const char *unused;
  gboolean loading = FALSE;

  if (why == NULL)
    why = &unused;
  if (page == NULL)
    return (*why = "the page is not built", FALSE);
  if (!gtk_widget_get_mapped (page))
    return (*why = "the page is not on screen", FALSE);

  /* A page that says it is loading, as a list page loading in a worker
   * may. */
  if (g_object_class_find_property (G_OBJECT_GET_CLASS (page), "loading") != NULL)
    {
      g_object_get (page, "loading", &loading, NULL);
      if (loading)
        return (*why = "the page says it is loading", FALSE);
    }

  bench_find (page, TRUE, inspect, &showing);
  if (showing.spinning)
    return (*why = "a spinner turns", FALSE);
  if (showing.empty_list)
    return (*why = "a list on screen is empty", FALSE);
  if (showing.lists == 0)
    return (*why = "no list on screen", FALSE);

  return TRUE;
}

static gboolean
is_list (GtkWidget *widget,
         gpointer   data)
{
  return GTK_IS_COLUMN_VIEW (widget) || GTK_IS_LIST_VIEW (widget);
}

GListModel *
bench_find_list_model (GtkWidget *root)
{
  GtkWidget *view = bench_find (root, TRUE, is_list, NULL);

  if (view == NULL)
    return NULL;

  return GTK_IS_COLUMN_VIEW (view) ? G_LIST_MODEL (gtk_column_view_get_model (GTK_COLUMN_VIEW (view)))
                                   : G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (view)));
}

GtkWindow *
bench_find_toplevel (GType      type,
                     GtkWindow *except)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (window != except && gtk_widget_get_visible (GTK_WIDGET (window))
          && (type == 0 || G_TYPE_CHECK_INSTANCE_TYPE (window, type)))
        return window;  /* GTK keeps it */
    }

  return NULL;
}
