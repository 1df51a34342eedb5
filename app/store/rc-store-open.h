/* rc-store-open.h: opening a database in a worker, for a window that must
 * not stall while a file is checked, backed up and upgraded
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rc-store.h"

G_BEGIN_DECLS

/* rc_store_open_with_flags(), which a cancel stops: the check for damage
 * and the upgrade (one transaction, rolled back) end with
 * G_IO_ERROR_CANCELLED, and the file is left as it was. A backup taken
 * before the upgrade is kept. */
RcStore    *rc_store_open_cancellable (const char           *path,
                                       RcStoreOpenFlags      flags,
                                       GCancellable         *cancellable,
                                       GError              **error);

typedef enum {
  /* The file is at an older version: it is checked in full, backed up
   * and upgraded, which takes seconds on a large one. */
  RC_STORE_OPEN_PHASE_UPGRADING,
} RcStoreOpenPhase;

/* Called in the thread-default main context of the caller of
 * rc_store_open_async(), never after @cancellable is cancelled and never
 * after the open's callback. */
typedef void (*RcStoreOpenPhaseFunc) (RcStoreOpenPhase  phase,
                                      gpointer          user_data);

/* rc_store_open_cancellable() in a worker thread. The connection is made
 * there and used only there until @callback runs, in the caller's
 * thread-default main context; from then on it belongs to that thread,
 * as if opened there. The store reaches @callback even when @cancellable
 * was cancelled after the upgrade had committed, so that its last
 * reference is always dropped in the caller's thread, never in the
 * worker. */
void        rc_store_open_async       (const char           *path,
                                       RcStoreOpenFlags      flags,
                                       GCancellable         *cancellable,
                                       RcStoreOpenPhaseFunc  phase_func,
                                       gpointer              phase_data,
                                       GAsyncReadyCallback   callback,
                                       gpointer              user_data);
/* The store (transfer full), or NULL with @error set. */
RcStore    *rc_store_open_finish      (GAsyncResult         *result,
                                       GError              **error);

/* The backup taken before this store upgraded its file, or NULL when it
 * did not. */
const char *rc_store_get_upgrade_backup (RcStore            *self);

G_END_DECLS
