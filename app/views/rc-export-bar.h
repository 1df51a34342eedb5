/* rc-export-bar.h: writes a workbook in the background, with its
 * progress and a Cancel button
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "export/rc-export-job.h"
#include "store/rc-store.h"

G_BEGIN_DECLS

#define RC_TYPE_EXPORT_BAR (rc_export_bar_get_type ())

G_DECLARE_FINAL_TYPE (RcExportBar, rc_export_bar, RC, EXPORT_BAR, AdwBin)

/* What the workbooks' writers in a worker look like:
 * rc_bid_workbook_write_async() and rc_monitoring_workbook_write_async()
 * with their _finish(). */
typedef void     (*RcExportWriteAsync)  (RcStore             *store,
                                         RcExportJob         *job,
                                         GCancellable        *cancellable,
                                         GAsyncReadyCallback  callback,
                                         gpointer             user_data);
typedef gboolean (*RcExportWriteFinish) (GAsyncResult        *result,
                                         GError             **error);

/* Shows itself while @write_async writes the workbook of @id to @path,
 * then hides and emits "finished" with a sentence for the user: saved,
 * cancelled, or why it failed. Does nothing while an export runs.
 * "export.cancel" stops it, and so does disposing the bar. The
 * "text" property is what the progress bar says meanwhile. */
void     rc_export_bar_start      (RcExportBar         *self,
                                   RcExportWriteAsync   write_async,
                                   RcExportWriteFinish  write_finish,
                                   RcStore             *store,
                                   gint64               id,
                                   const char          *path);
gboolean rc_export_bar_is_running (RcExportBar         *self);

G_END_DECLS
