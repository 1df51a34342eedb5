/* rc-progress.h: how far long work in a worker thread has come, told to
 * the main loop, and whether it was asked to stop
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Called in the main context of the thread that made the RcProgress, never
 * in the worker, and never once its cancellable is cancelled: a widget
 * that cancels in its dispose is not called after it. */
typedef void (*RcProgressFunc) (double   fraction,
                                gpointer user_data);

typedef struct _RcProgress RcProgress;

/* @func (may be NULL) gets the fraction done, at most once per main-loop
 * iteration however often the worker reports: the latest figure wins. */
RcProgress   *rc_progress_new             (GCancellable    *cancellable,
                                           RcProgressFunc   func,
                                           gpointer         user_data);
RcProgress   *rc_progress_ref             (RcProgress      *progress);
void          rc_progress_unref           (RcProgress      *progress);

/* For the worker. @done of @total units: FALSE, with G_IO_ERROR_CANCELLED,
 * when the work was cancelled, so that a loop stops between batches:
 * `if (!rc_progress_update (progress, i, n, error)) goto rollback;`.
 * A NULL @progress never stops and tells nobody, for callers that run
 * the same code on the main thread. */
gboolean      rc_progress_update          (RcProgress      *progress,
                                           guint64          done,
                                           guint64          total,
                                           GError         **error);
/* The same within a part of the whole: @done of @total of the part that
 * runs from fraction @from to @to. */
gboolean      rc_progress_update_part     (RcProgress      *progress,
                                           double           from,
                                           double           to,
                                           guint64          done,
                                           guint64          total,
                                           GError         **error);
/* Whether the work was cancelled, thread-safe; FALSE for NULL. */
gboolean      rc_progress_is_cancelled    (RcProgress      *progress);
GCancellable *rc_progress_get_cancellable (RcProgress      *progress);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RcProgress, rc_progress_unref)

G_END_DECLS
