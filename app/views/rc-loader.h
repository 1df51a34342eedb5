/* rc-loader.h: what a view reads, read in a worker
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "store/rc-store.h"

G_BEGIN_DECLS

#define RC_TYPE_LOADER (rc_loader_get_type ())

G_DECLARE_FINAL_TYPE (RcLoader, rc_loader, RC, LOADER, GObject)

/* Called in the main thread with what the worker read, or with @error
 * (and a NULL @result) when it could not be read; @result is freed when
 * this returns, so a field worth keeping is stolen from it. */
typedef void (*RcLoaderDone) (gpointer      owner,
                              gpointer      result,
                              const GError *error);

/* A loader for @owner, which owns it and is not kept alive by it; when
 * @owner is a widget, a read that fails is said in its window's banner
 * (rc_window_report_error()). */
RcLoader *rc_loader_new       (gpointer         owner);
/* Cancels what this loader was reading, then runs @func (@data) in a
 * worker on a reader of @store (rc_store_read_async()) and calls @done
 * with the result, unless it was cancelled meanwhile or @owner is gone. */
void      rc_loader_start     (RcLoader        *self,
                               RcStore         *store,
                               RcStoreReadFunc  func,
                               gpointer         data,
                               GDestroyNotify   data_free,
                               GDestroyNotify   result_free,
                               RcLoaderDone     done);
/* Nothing started before is delivered. Owners call this from their
 * dispose, and when they let their store go. */
void      rc_loader_cancel    (RcLoader        *self);
/* Whether a read has started and not yet been delivered or cancelled;
 * "notify::busy" says when that changes. */
gboolean  rc_loader_get_busy  (RcLoader        *self);

G_END_DECLS
