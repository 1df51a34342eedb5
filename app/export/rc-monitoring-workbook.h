/* rc-monitoring-workbook.h: the monitoring workbook: one row per trainee,
 * pseudonymous, with live counts per cohort and host council
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "store/rc-store.h"
#include "rc-export-job.h"

G_BEGIN_DECLS

#define RC_MONITORING_WORKBOOK_ERROR (rc_monitoring_workbook_error_quark ())

typedef enum
{
  RC_MONITORING_WORKBOOK_ERROR_WRITE,  /* the file could not be written: the message says why */
} RcMonitoringWorkbookError;

GQuark   rc_monitoring_workbook_error_quark (void);

/* Writes the monitoring workbook of cohort @cohort_id, or of every cohort
 * when 0, to @path:
 * - Summary: per cohort, and per host council within it, the trainees,
 *   applying, in training, places filled, withdrawn, qualified,
 *   registered, employed by a partner and in post at 12 and 24 months,
 *   each a COUNTIFS over the Trainees sheet whose cached value is the
 *   app's own count (rc-retention.h);
 * - Trainees: one row per trainee: reference, cohort, programme,
 *   consortium, host council, stage and its date, withdrawal reason,
 *   qualified on, registered on, in post at 12 and 24 months, for
 *   returners years out and days of updating counted, and the furthest
 *   stage, withdrawal and a partner employer the counts use. Never a
 *   name, e-mail address, phone, registration number or note;
 * - Funnel: each cohort's recruitment funnel, counted steps as COUNTIFS,
 *   figures typed in as they were typed, and charts of the first cohorts.
 * The file is written in libxlsxwriter's constant-memory mode, whole or
 * not at all, readable by its owner only (it is about people, though by
 * reference). Days of updating are counted at the store's hours a day.
 * Fails with RC_STORE_ERROR_NOT_FOUND for an unknown cohort,
 * G_IO_ERROR_CANCELLED, an RC_OUTPUT_FILE_ERROR, or
 * RC_MONITORING_WORKBOOK_ERROR_WRITE naming @path. */
gboolean rc_monitoring_workbook_write        (RcStore               *store,
                                              gint64                 cohort_id,
                                              const char            *path,
                                              GCancellable          *cancellable,
                                              RcProgressFunc         progress,
                                              gpointer               progress_data,
                                              GError               **error);

/* The same in a worker thread for @job (consumed: rc_export_job_new()
 * with the cohort's id, or 0, the path and the progress), on a reader of
 * @store's (rc_store_open_reader()) counting days as @store does. The
 * job's progress is called in the thread-default main context of the
 * thread that made it, and its data must stay valid until @callback has
 * run. */
void     rc_monitoring_workbook_write_async  (RcStore               *store,
                                              RcExportJob           *job,
                                              GCancellable          *cancellable,
                                              GAsyncReadyCallback    callback,
                                              gpointer               user_data);
gboolean rc_monitoring_workbook_write_finish (GAsyncResult          *result,
                                              GError               **error);

/* "Monitoring - <consortium> - 2026-12-07.xlsx", or of one cohort; safe
 * for Windows and SharePoint (rc_file_name_make_safe()). */
char    *rc_monitoring_workbook_suggest_name (RcStore               *store,
                                              gint64                 cohort_id);

G_END_DECLS
