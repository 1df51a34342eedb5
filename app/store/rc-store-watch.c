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
 * PRAGMA data_version rather than a file monitor on the -wal: it is one
 * read of the WAL index in shared memory, it moves exactly when another
 * connection commits (never for our own writes, a checkpoint or a reader),
 * and it works where inotify does not (network folders), while a monitor
 * fires for every frame of our own transactions too. */

static gboolean
poll_data_version (gpointer data)
{
  RcStore *self = data;
  gint64 version, start;

  /* Not in the middle of our own transaction, nor before a handler of
   * the last announcement has finished. */
  if (self->depth > 0 || self->db == NULL || rc_store_worker_is_writing (self))
    return G_SOURCE_CONTINUE;

  if (!rc_store_query_int64 (self, "PRAGMA data_version", &version, NULL) || version == self->data_version)
    return G_SOURCE_CONTINUE;

  self->data_version = version;
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

  if (self->watchers++ == 0 && self->db != NULL)
    {
      gint64 version;

      /* What was committed before is already in what the watcher reads. */
      if (rc_store_query_int64 (self, "PRAGMA data_version", &version, NULL))
        {
          self->changed_elsewhere |= version != self->data_version;
          self->data_version = version;
        }
      self->watch_source = g_timeout_add (1000, poll_data_version, self);
      g_source_set_name_by_id (self->watch_source, "[rc] poll data_version");
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

/* A worker's commits ------------------------------------------------------ */

gboolean
rc_store_data_version_is_current (RcStore *self)
{
  gint64 version;

  return self->db != NULL
         && rc_store_query_int64 (self, "PRAGMA data_version", &version, NULL)
         && version == self->data_version;
}

void
rc_store_absorb_commit (RcStore    *self,
                        gboolean    ours_alone,
                        GPtrArray  *entities)
{
  gint64 version;

  if (self->db == NULL)
    return;

  /* The worker's commit moved data_version as another program's would:
   * it is ours, and as trusted as a commit of this connection. Had
   * another program's commit been waiting unannounced, the watch still
   * announces it, and the file is checked at the next open. */
  if (ours_alone && rc_store_query_int64 (self, "PRAGMA data_version", &version, NULL))
    {
      if (self->data_version_at_open == self->data_version)
        self->data_version_at_open = version;
      self->data_version = version;
    }

  for (guint i = 0; entities != NULL && i < entities->len; i++)
    rc_store_touch (self, g_ptr_array_index (entities, i));
  rc_store_emit_changed (self);
}
