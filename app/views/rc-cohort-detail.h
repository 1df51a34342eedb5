/* rc-cohort-detail.h: one cohort: its trainees, their stages and what
 * became of them
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "store/rc-store.h"

G_BEGIN_DECLS

#define RC_TYPE_COHORT_DETAIL (rc_cohort_detail_get_type ())

G_DECLARE_FINAL_TYPE (RcCohortDetail, rc_cohort_detail, RC, COHORT_DETAIL, AdwBin)

GtkWidget  *rc_cohort_detail_new                 (void);
void        rc_cohort_detail_set_store           (RcCohortDetail  *self,
                                                  RcStore         *store);
/* Shows cohort @id (0 for none): what it holds is read in a worker. */
void        rc_cohort_detail_show_cohort         (RcCohortDetail  *self,
                                                  gint64           id);
/* The cohort shown, or being read to be shown. */
gint64      rc_cohort_detail_get_cohort_id       (RcCohortDetail  *self);
/* Whether a CSV export ("cohort.export", "cohort.export-named") is being
 * written, in a worker; the actions are off meanwhile. */
gboolean    rc_cohort_detail_is_exporting        (RcCohortDetail  *self);
/* Whether the cohort is being read, or is about to be. */
gboolean    rc_cohort_detail_get_loading         (RcCohortDetail  *self);

/* Selects trainee @id (0: none) and shows it in the trainee pane. */
void        rc_cohort_detail_select_trainee      (RcCohortDetail  *self,
                                                  gint64           id);
/* What "cohort.add-trainee" opens: an RcTraineeDialog, or NULL. */
GtkWidget  *rc_cohort_detail_open_trainee_dialog (RcCohortDetail  *self);

/* Writes the monitoring workbook of cohort @cohort_id (0: every cohort)
 * to @path in a worker, its progress under the header; the toast says
 * what became of it. What "Monitoring Workbook of This Cohort…" and "…
 * of All Cohorts…" do once a file is chosen. */
void     rc_cohort_detail_export_monitoring (RcCohortDetail *self,
                                             gint64          cohort_id,
                                             const char     *path);

G_END_DECLS
