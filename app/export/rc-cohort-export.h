/* rc-cohort-export.h: a cohort's trainees as a CSV file, for a funder
 * (no names) or, when the user asks, as a named list
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "store/rc-store.h"

G_BEGIN_DECLS

/* Writes the cohort's trainees, one a row by reference, to @path: the
 * reference, host council, stage, since, qualified on, employed by,
 * registered with and years out of practice (returners). @with_names adds
 * the given and family names, e-mail and phone, and then the FIRST row
 * says so: "Contains personal data: names and contact details of N
 * trainees — handle under UK GDPR". Without names, no name, contact
 * detail, registration number or date of leaving practice is written;
 * but a row per trainee, by reference, is still pseudonymised personal
 * data, so either file is readable by its owner only (0600).
 *
 * UTF-8 with a byte order mark (so that Excel reads it as such), CRLF line
 * ends, every cell neutralised (a leading = + - @ gets a ') and quoted
 * when it needs to be. The file is written by rc_output_file_begin():
 * beside @path under another name and renamed over it, so @path is the
 * whole export or untouched, and a read-only file, a link or a device at
 * @path is refused. */
gboolean  rc_cohort_export_csv          (RcStore     *store,
                                         gint64       cohort_id,
                                         gboolean     with_names,
                                         const char  *path,
                                         GError     **error);

/* rc_cohort_export_csv() in a worker thread, reading the store on a
 * connection of the worker's own (rc_store_work_async()). */
void      rc_cohort_export_csv_async    (RcStore              *store,
                                         gint64                cohort_id,
                                         gboolean              with_names,
                                         const char           *path,
                                         GCancellable         *cancellable,
                                         GAsyncReadyCallback   callback,
                                         gpointer              user_data);
gboolean  rc_cohort_export_csv_finish   (RcStore              *store,
                                         GAsyncResult         *result,
                                         GError              **error);

/* The whole file as rc_cohort_export_csv() writes it; @n_named, when not
 * NULL, is set to how many trainees it names. */
GBytes   *rc_cohort_export_build        (RcStore     *store,
                                         gint64       cohort_id,
                                         gboolean     with_names,
                                         guint       *n_named,
                                         GError     **error);

/* A file name for the export: "step-up-first-south-west-cohort.csv", or
 * "step-up-first-south-west-cohort-NAMED.csv" with names, so that a named
 * list says what it is wherever it is copied. */
char     *rc_cohort_export_suggest_name (RcCohort    *cohort,
                                         gboolean     with_names);

G_END_DECLS
