/* rc-application-retention.c: the data retention prompt, asked once the
 * window has painted its first frame and the database may be written
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-application"

#include "config.h"

#include "rc-application-private.h"
#include "views/rc-data-retention-prompt.h"

/* The retention prompt waits for the window's first frame: on the national
 * database its search takes a tenth of a second that the window need not
 * wait for (docs/benchmarks.md). */
typedef struct
{
  GWeakRef  window;
  RcStore  *store;
} RetentionCheck;

static void
retention_check_clear (gpointer data)
{
  RetentionCheck *check = data;

  g_weak_ref_clear (&check->window);
  g_clear_object (&check->store);
}

static void
retention_check_release (gpointer  data,
                         GClosure *closure)
{
  g_rc_box_release_full (data, retention_check_clear);
}

static void
free_weak_ref (gpointer  data,
               GClosure *closure)
{
  g_weak_ref_clear (data);
  g_free (data);
}

static void
on_writable_for_retention (RcStore    *store,
                           GParamSpec *pspec,
                           gpointer    user_data)
{
  g_autoptr(GtkWindow) window = g_weak_ref_get (user_data);

  if (!rc_store_get_writable (store))
    return;

  g_signal_handlers_disconnect_by_func (store, on_writable_for_retention, user_data);
  if (window != NULL && rc_window_get_store (RC_WINDOW (window)) == store)
    rc_data_retention_prompt_check (window, store);
}

static void
on_retention_after_paint (GdkFrameClock *clock,
                          gpointer       user_data)
{
  RetentionCheck *check = user_data;
  g_autoptr(GtkWindow) window = g_weak_ref_get (&check->window);
  g_autoptr(RcStore) store = g_object_ref (check->store);

  g_signal_handlers_disconnect_by_func (clock, on_retention_after_paint, user_data);
  /* Not if the window has moved on to another database meanwhile. */
  if (window == NULL || rc_window_get_store (RC_WINDOW (window)) != store)
    return;

  /* Erasing is a write: the prompt waits for the check, and a damaged
   * file, which can only be read, is not asked about. */
  if (rc_store_get_writable (store))
    rc_data_retention_prompt_check (window, store);
  else if (!rc_store_get_damaged (store))
    {
      GWeakRef *window_ref = g_new0 (GWeakRef, 1);

      g_weak_ref_init (window_ref, window);
      g_signal_connect_data (store, "notify::writable", G_CALLBACK (on_writable_for_retention),
                             window_ref, free_weak_ref, 0);
    }
}

static void
watch_first_paint (GtkWidget      *window,
                   RetentionCheck *check)
{
  g_signal_connect_data (gtk_widget_get_frame_clock (window), "after-paint",
                         G_CALLBACK (on_retention_after_paint), g_rc_box_acquire (check),
                         retention_check_release, 0);
}

static void
on_retention_realize (GtkWidget *window,
                      gpointer   user_data)
{
  watch_first_paint (window, user_data);
  g_signal_handlers_disconnect_by_func (window, on_retention_realize, user_data);
}

void
rc_application_check_retention_after_paint (RcWindow *window,
                                            RcStore  *store)
{
  RetentionCheck *check = g_rc_box_new0 (RetentionCheck);

  g_weak_ref_init (&check->window, window);
  check->store = g_object_ref (store);

  if (gtk_widget_get_realized (GTK_WIDGET (window)))
    {
      watch_first_paint (GTK_WIDGET (window), check);
      gtk_widget_queue_draw (GTK_WIDGET (window));
      g_rc_box_release_full (check, retention_check_clear);
    }
  else
    g_signal_connect_data (window, "realize", G_CALLBACK (on_retention_realize), check,
                           retention_check_release, 0);
}
