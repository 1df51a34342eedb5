/* rc-chart-export-async.h: a chart drawn and written to a file in a
 * worker thread
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rc-chart-export.h"

G_BEGIN_DECLS

/* rc_chart_export_with_options() in a worker: @chart (built from the
 * store on the caller's thread) becomes the worker's, and @chart_free
 * frees it afterwards; @options are copied. The file is whole or
 * untouched; a cancel before the drawing starts writes nothing. */
void     rc_chart_export_async  (RcChartDrawFunc              draw,
                                 gpointer                     chart,
                                 GDestroyNotify               chart_free,
                                 const char                  *path,
                                 const RcChartExportOptions  *options,
                                 GCancellable                *cancellable,
                                 GAsyncReadyCallback          callback,
                                 gpointer                     user_data);
gboolean rc_chart_export_finish (GAsyncResult                *result,
                                 GError                     **error);

G_END_DECLS
