/* bench-stall-meter.h: the longest main-loop stall, and the widgets a
 * benchmark drives, found by what a user sees rather than by private API
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The meter: a high-priority timeout every few milliseconds, and every
 * window's painted frames, each mark the time. While the meter runs, the
 * longest gap between two marks is the longest time the main loop was
 * held: nothing was drawn and no input was read meanwhile. */
void       stall_meter_install  (void);
void       stall_meter_watch    (GtkWidget   *window);
void       stall_meter_start    (void);
/* The longest gap since stall_meter_start(), in ms; the meter goes on
 * ticking but no longer counts. */
double     stall_meter_stop     (void);
double     stall_meter_longest  (void);
/* The most CPU time the main thread spent between two marks since
 * stall_meter_start(), in ms: the stall as an idle machine would have
 * it, less the time spent waiting for the display server. */
double     stall_meter_longest_cpu (void);
guint      stall_meter_frames   (void);

/* Runs the main loop until @condition holds, at most @timeout_ms (then
 * FALSE). */
gboolean   bench_wait_for       (gboolean  (*condition) (gpointer),
                                 gpointer    data,
                                 guint       timeout_ms);
/* Runs the main loop until @n more frames of watched windows have been
 * painted, or @timeout_ms passed. */
void       bench_wait_frames    (guint       n,
                                 guint       timeout_ms);
/* Runs the main loop for @ms. */
void       bench_run_for        (guint       ms);

typedef gboolean (*BenchWidgetFunc) (GtkWidget *widget,
                                     gpointer   data);
/* The first widget under @root (itself included) for which @func holds;
 * with @mapped_only, only what is on screen is searched. */
GtkWidget *bench_find           (GtkWidget       *root,
                                 gboolean         mapped_only,
                                 BenchWidgetFunc  func,
                                 gpointer         data);
/* The first widget of the type named @type_name (or a subtype), NULL
 * when there is none or no such type. */
GtkWidget *bench_find_by_type_name (GtkWidget  *root,
                                    gboolean    mapped_only,
                                    const char *type_name);
/* A button, on screen and sensitive, whose action's name ends with one
 * of @suffixes (NULL-terminated). */
GtkWidget *bench_find_action_button (GtkWidget          *root,
                                     const char * const *suffixes);
/* The name of an action installed on @widget's class or an ancestor's
 * whose name contains @part, or NULL. */
const char *bench_find_class_action (GtkWidget  *widget,
                                     const char *part);

/* Whether a page shows its data: on screen, not saying it is loading
 * (a "loading" property, a spinner turning), and every list on screen
 * holds something. With @why, what is missing. */
gboolean   bench_page_shows_data (GtkWidget   *page,
                                  const char **why);

/* The list model of the first column or list view on screen under
 * @root, or NULL. */
GListModel *bench_find_list_model (GtkWidget *root);

/* A visible toplevel other than @except that is of @type (0: any). */
GtkWindow *bench_find_toplevel  (GType       type,
                                 GtkWindow  *except);

G_END_DECLS
