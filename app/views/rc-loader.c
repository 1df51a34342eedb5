/* rc-loader.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A view that reads its store in the main thread stalls the window for
 * as long as the read takes: on the national database, up to a second.
 * A loader reads in a worker and brings the result back to the main
 * loop, where only the view touches its widgets. Each start cancels the
 * last, so a view only ever sees the newest answer.
 */

#define G_LOG_DOMAIN "rc-views"

#include "config.h"

#include "rc-loader.h"
#include "rc-window.h"

struct _RcLoader
{
  GObject        parent_instance;

  GWeakRef       owner;
  GCancellable  *cancellable;
  guint          generation;   /* of the read whose answer is awaited */
  gboolean       busy;
};

G_DEFINE_FINAL_TYPE (RcLoader, rc_loader, G_TYPE_OBJECT)

enum { PROP_0, PROP_BUSY, N_PROPS };
static GParamSpec *properties [N_PROPS];

/* What an answer needs to find its loader, which may be gone by then. */
typedef struct
{
  GWeakRef        loader;
  guint           generation;
  RcLoaderDone    done;
  GDestroyNotify  result_free;
} Pending;

static void
set_busy (RcLoader *self,
          gboolean  busy)
{
  if (self->busy == busy)
    return;

  self->busy = busy;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_BUSY]);
}

static void
on_read (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  Pending *pending = user_data;
  g_autoptr(RcLoader) self = g_weak_ref_get (&pending->loader);
  g_autoptr(GObject) owner = NULL;
  g_autoptr(GError) error = NULL;
  gpointer value = rc_store_read_finish (result, &error);

  if (self != NULL && pending->generation == self->generation
      && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    owner = g_weak_ref_get (&self->owner);

  if (owner != NULL)
    {
      gint64 start = g_get_monotonic_time ();

      g_clear_object (&self->cancellable);
      if (error != NULL && GTK_IS_WIDGET (owner))
        rc_window_report_error (GTK_WIDGET (owner), error);
      pending->done (owner, value, error);
      g_debug ("%s showed what it read in %.1f ms", G_OBJECT_TYPE_NAME (owner),
               (g_get_monotonic_time () - start) / 1000.0);
      /* Unless the answer started another read. */
      if (pending->generation == self->generation)
        set_busy (self, FALSE);
    }

  if (value != NULL && pending->result_free != NULL)
    pending->result_free (value);
  g_weak_ref_clear (&pending->loader);
  g_free (pending);
}

void
rc_loader_start (RcLoader        *self,
                 RcStore         *store,
                 RcStoreReadFunc  func,
                 gpointer         data,
                 GDestroyNotify   data_free,
                 GDestroyNotify   result_free,
                 RcLoaderDone     done)
{
  Pending *pending;

  g_return_if_fail (RC_IS_LOADER (self));
  g_return_if_fail (RC_IS_STORE (store));
  g_return_if_fail (func != NULL && done != NULL);

  rc_loader_cancel (self);
  self->cancellable = g_cancellable_new ();

  pending = g_new0 (Pending, 1);
  g_weak_ref_init (&pending->loader, self);
  pending->generation = ++self->generation;
  pending->done = done;
  pending->result_free = result_free;
  rc_store_read_async (store, func, data, data_free, result_free, self->cancellable, on_read, pending);
  set_busy (self, TRUE);
}

void
rc_loader_cancel (RcLoader *self)
{
  g_return_if_fail (RC_IS_LOADER (self));

  self->generation++;
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  set_busy (self, FALSE);
}

gboolean
rc_loader_get_busy (RcLoader *self)
{
  g_return_val_if_fail (RC_IS_LOADER (self), FALSE);

  return self->busy;
}

static void
rc_loader_dispose (GObject *object)
{
  RcLoader *self = RC_LOADER (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (rc_loader_parent_class)->dispose (object);
}

static void
rc_loader_finalize (GObject *object)
{
  RcLoader *self = RC_LOADER (object);

  g_weak_ref_clear (&self->owner);

  G_OBJECT_CLASS (rc_loader_parent_class)->finalize (object);
}

static void
rc_loader_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_BUSY:
      g_value_set_boolean (value, RC_LOADER (object)->busy);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_loader_class_init (RcLoaderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = rc_loader_dispose;
  object_class->finalize = rc_loader_finalize;
  object_class->get_property = rc_loader_get_property;

  properties [PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rc_loader_init (RcLoader *self)
{
  g_weak_ref_init (&self->owner, NULL);
}

RcLoader *
rc_loader_new (gpointer owner)
{
  RcLoader *self;

  g_return_val_if_fail (G_IS_OBJECT (owner), NULL);

  self = g_object_new (RC_TYPE_LOADER, NULL);
  g_weak_ref_set (&self->owner, owner);

  return self;
}
