/* rc-progress.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-store"

#include "config.h"

#include "rc-progress.h"

struct _RcProgress
{
  gatomicrefcount  ref;
  GCancellable    *cancellable;
  RcProgressFunc   func;
  gpointer         user_data;
  GMainContext    *context;

  GMutex           lock;
  double           fraction;   /* the latest report, under @lock */
  gboolean         pending;    /* a delivery is on its way, under @lock */
};

RcProgress *
rc_progress_new (GCancellable   *cancellable,
                 RcProgressFunc  func,
                 gpointer        user_data)
{
  RcProgress *progress;

  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);

  progress = g_new0 (RcProgress, 1);
  g_atomic_ref_count_init (&progress->ref);
  progress->cancellable = cancellable != NULL ? g_object_ref (cancellable) : g_cancellable_new ();
  progress->func = func;
  progress->user_data = user_data;
  progress->context = g_main_context_ref_thread_default ();
  g_mutex_init (&progress->lock);

  return progress;
}

RcProgress *
rc_progress_ref (RcProgress *progress)
{
  g_return_val_if_fail (progress != NULL, NULL);

  g_atomic_ref_count_inc (&progress->ref);

  return progress;
}

void
rc_progress_unref (RcProgress *progress)
{
  if (progress == NULL || !g_atomic_ref_count_dec (&progress->ref))
    return;

  g_clear_object (&progress->cancellable);
  g_main_context_unref (progress->context);
  g_mutex_clear (&progress->lock);
  g_free (progress);
}

gboolean
rc_progress_is_cancelled (RcProgress *progress)
{
  return progress != NULL && g_cancellable_is_cancelled (progress->cancellable);
}

GCancellable *
rc_progress_get_cancellable (RcProgress *progress)
{
  return progress != NULL ? progress->cancellable : NULL;
}

static gboolean
deliver (gpointer data)
{
  RcProgress *progress = data;
  double fraction;

  g_mutex_lock (&progress->lock);
  progress->pending = FALSE;
  fraction = progress->fraction;
  g_mutex_unlock (&progress->lock);

  /* The widget that asked may be gone: it cancelled when it went. */
  if (!g_cancellable_is_cancelled (progress->cancellable))
    progress->func (fraction, progress->user_data);

  return G_SOURCE_REMOVE;
}

gboolean
rc_progress_update_part (RcProgress  *progress,
                         double       from,
                         double       to,
                         guint64      done,
                         guint64      total,
                         GError     **error)
{
  double fraction;
  gboolean send;

  if (progress == NULL)
    return TRUE;
  if (g_cancellable_set_error_if_cancelled (progress->cancellable, error))
    return FALSE;
  if (progress->func == NULL)
    return TRUE;

  fraction = from + (to - from) * (total > 0 ? MIN (done, total) / (double) total : 1.0);

  /* However often the worker reports, the main loop hears once an
   * iteration, the latest figure. */
  g_mutex_lock (&progress->lock);
  progress->fraction = fraction;
  send = !progress->pending;
  progress->pending = TRUE;
  g_mutex_unlock (&progress->lock);

  if (send)
    g_main_context_invoke_full (progress->context, G_PRIORITY_DEFAULT, deliver,
                                rc_progress_ref (progress), (GDestroyNotify) rc_progress_unref);

  return TRUE;
}

gboolean
rc_progress_update (RcProgress  *progress,
                    guint64      done,
                    guint64      total,
                    GError     **error)
{
  return rc_progress_update_part (progress, 0.0, 1.0, done, total, error);
}
