/* rc-store-watch.c: changes committed by other programs, announced
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-store"

#include "config.h"

#include "rc-store-object-private.h"

/* Changes made elsewhere ------------------------------------------------------
 *
 * The backend says whether another connection committed since it was
 * last asked (rc-store-backend.h): PRAGMA data_version for an SQLite file.
 * A commit seen before the watch could announce it (a worker asked
 * whether the file was current) waits in elsewhere_waiting. */

/* Whether a commit of another connection is waiting to be announced,
 * taking it from the backend: then it stays waiting until announced. */
static gboolean
elsewhere_waiting (RcStore *self)
{
  if (!self->elsewhere_waiting && self->backend != NULL)
    self->elsewhere_waiting = rc_store_backend_changed_elsewhere (self->backend);

  return self->elsewhere_waiting;
}

/* Whether a commit of another connection is waiting to be announced,
 * which the caller announces now: the backend counts from here. */
static gboolean
take_elsewhere (RcStore *self)
{
  gboolean waiting = self->elsewhere_waiting;

  if (self->backend != NULL && rc_store_backend_changed_elsewhere (self->backend))
    waiting = TRUE;
  self->elsewhere_waiting = FALSE;

  return waiting;
}

static gboolean
poll_changes (gpointer data)
{
  RcStore *self = data;
  gint64 start;

  /* Not in the middle of our own transaction, nor before a handler of
   * the last announcement has finished. */
  if (self->depth > 0 || self->backend == NULL || rc_store_worker_is_writing (self))
    return G_SOURCE_CONTINUE;

  if (!take_elsewhere (self))
    return G_SOURCE_CONTINUE;

  self->changed_elsewhere = TRUE;
  start = g_get_monotonic_time ();
  rc_store_touch_all (self);
  rc_store_emit_changed (self);
  g_debug ("Announced a change made elsewhere to “%s”; the handlers took %.0f ms",
           self->path, (g_get_monotonic_time () - start) / 1000.0);

  return G_SOURCE_CONTINUE;
}

void
rc_store_watch_changes (RcStore *self)
{
  g_return_if_fail (RC_IS_STORE (self));

  if (self->watchers++ == 0 && self->backend != NULL)
    {
      /* What was committed before is already in what the watcher reads. */
      self->changed_elsewhere |= take_elsewhere (self);
      self->watch_source = g_timeout_add (1000, poll_changes, self);
      g_source_set_name_by_id (self->watch_source, "[rc] poll changes made elsewhere");
    }
}

void
rc_store_unwatch_changes (RcStore *self)
{
  g_return_if_fail (RC_IS_STORE (self));
  g_return_if_fail (self->watchers > 0);

  if (--self->watchers == 0)
    g_clear_handle_id (&self->watch_source, g_source_remove);
}

gboolean
rc_store_poll_elsewhere (RcStore *self)
{
  if (!take_elsewhere (self))
    return FALSE;

  self->changed_elsewhere = TRUE;

  return TRUE;
}

/* A worker's commits ------------------------------------------------------ */

gboolean
rc_store_data_version_is_current (RcStore *self)
{
  return self->backend != NULL && !elsewhere_waiting (self);
}

void
rc_store_absorb_commit (RcStore    *self,
                        gboolean    ours_alone,
                        GPtrArray  *entities)
{
  if (self->backend == NULL)
    return;

  /* The worker's commit is seen as another program's would be: it is
   * ours, and as trusted as a commit of this connection. Had another
   * program's commit been waiting unannounced, the watch still announces
   * it, and the file is checked at the next open. */
  if (ours_alone)
    rc_store_backend_changed_elsewhere (self->backend);

  for (guint i = 0; entities != NULL && i < entities->len; i++)
    rc_store_touch (self, g_ptr_array_index (entities, i));
  rc_store_emit_changed (self);
}
