/* rc-store-worker.h: reading and writing the database in a worker thread,
 * on a connection of the worker's own, with progress and cancel
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rc-progress.h"
#include "rc-store.h"

G_BEGIN_DECLS

typedef enum
{
  RC_STORE_WORK_READ,   /* the connection only reads */
  RC_STORE_WORK_WRITE,  /* it may write, in transactions of its own */
} RcStoreWorkMode;

/* Runs in the worker with @connection, a store of its own on the same
 * file, used by this thread alone and closed after. A write does its own
 * rc_store_begin() … rc_store_commit(), and calls rc_progress_update()
 * between batches, rolling back when that says the work was cancelled. */
typedef gboolean (*RcStoreWorkFunc) (RcStore     *connection,
                                     gpointer     data,
                                     RcProgress  *progress,
                                     GError     **error);

/* Runs @func on @data in a worker thread; @data_free (may be NULL) frees
 * @data on the main thread afterwards. @progress (may be NULL) carries
 * the cancellable and the progress callback.
 *
 * A write refuses to start, with the store's reason, while the store is
 * not writable (still being checked, damaged, closed) or another write is
 * running in a worker. While it runs, the main connection refuses writes
 * at once (RC_STORE_ERROR_BUSY) instead of waiting for the lock; closing
 * the store cancels it. A cancelled write leaves nothing behind: a
 * statement under way is interrupted and the transaction rolled back, and
 * finishing fails with G_IO_ERROR_CANCELLED; a write that had committed
 * when the cancel came finishes as done. After a commit, "changed" is
 * emitted on @self for every table the worker changed, before @callback
 * runs, as for a commit of the main connection. */
void      rc_store_work_async      (RcStore              *self,
                                    RcStoreWorkMode       mode,
                                    RcStoreWorkFunc       func,
                                    gpointer              data,
                                    GDestroyNotify        data_free,
                                    RcProgress           *progress,
                                    GAsyncReadyCallback   callback,
                                    gpointer              user_data);
gboolean  rc_store_work_finish     (RcStore              *self,
                                    GAsyncResult         *result,
                                    GError              **error);

/* Whether a worker is writing to @self's file now. */
gboolean  rc_store_is_working      (RcStore              *self);

G_END_DECLS
