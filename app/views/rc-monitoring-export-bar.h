/* rc-monitoring-export-bar.h: writes the monitoring workbook in the
 * background, with its progress and a Cancel button
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "store/rc-store.h"

G_BEGIN_DECLS

#define RC_TYPE_MONITORING_EXPORT_BAR (rc_monitoring_export_bar_get_type ())

G_DECLARE_FINAL_TYPE (RcMonitoringExportBar, rc_monitoring_export_bar, RC, MONITORING_EXPORT_BAR, AdwBin)

/* Shows itself while the monitoring workbook of cohort @cohort_id (0:
 * every cohort) is written to @path by rc_monitoring_workbook_write_async()
 * on a connection of its own to @store's database, then hides and emits
 * "finished" with a sentence for the user: saved, cancelled, or why it
 * failed. Does nothing while an export runs. "monitoring-export.cancel"
 * stops it, and so does disposing the bar. */
void     rc_monitoring_export_bar_start      (RcMonitoringExportBar *self,
                                              RcStore               *store,
                                              gint64                 cohort_id,
                                              const char            *path);
gboolean rc_monitoring_export_bar_is_running (RcMonitoringExportBar *self);

G_END_DECLS
