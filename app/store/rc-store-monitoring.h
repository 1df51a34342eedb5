/* rc-store-monitoring.h: every trainee as the monitoring workbook shows
 * them
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rc-store.h"
#include "model/rc-monitoring-row.h"

G_BEGIN_DECLS

/* The trainees of cohort @cohort_id, by reference, as RcMonitoringRow
 * (one cohort at a time, so that a workbook can write one cohort's rows
 * while the next is read): their progress as
 * rc_store_get_cohort_retention() counts it (a partner employer on the
 * day of employment), the dates they qualified and registered, and for
 * returners their years out and the days their updating log counts at
 * the store's hours a day, on @today (NULL: the local date). Checks
 * @cancellable between steps. */
GArray   *rc_store_list_monitoring_rows (RcStore       *self,
                                         gint64         cohort_id,
                                         const GDate   *today,
                                         GCancellable  *cancellable,
                                         GError       **error);

G_END_DECLS
