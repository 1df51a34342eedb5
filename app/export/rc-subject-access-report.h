/* rc-subject-access-report.h: a trainee's subject access report written to
 * a file in a worker thread
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "store/rc-store.h"

G_BEGIN_DECLS

/* Gathers the subject access report of trainee @trainee_id
 * (rc_store_subject_access_report()) on a connection of the worker's
 * own, and writes it to @path whole or not at all, readable by its owner
 * only: nothing of it runs on the caller's thread. */
void     rc_subject_access_write_async  (RcStore              *store,
                                         gint64                trainee_id,
                                         const char           *path,
                                         GCancellable         *cancellable,
                                         GAsyncReadyCallback   callback,
                                         gpointer              user_data);
gboolean rc_subject_access_write_finish (RcStore              *store,
                                         GAsyncResult         *result,
                                         GError              **error);

G_END_DECLS
