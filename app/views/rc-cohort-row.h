/* rc-cohort-row.h: one cohort in the sidebar of the cohorts page
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "model/rc-cohort.h"
#include "model/rc-retention.h"

G_BEGIN_DECLS

#define RC_TYPE_COHORT_ROW (rc_cohort_row_get_type ())

G_DECLARE_FINAL_TYPE (RcCohortRow, rc_cohort_row, RC, COHORT_ROW, GtkWidget)

GtkWidget  *rc_cohort_row_new              (void);
/* Shows @cohort with its outcomes; @retention and @counts may be NULL
 * while they are not known. */
void        rc_cohort_row_set              (RcCohortRow       *self,
                                            RcCohort          *cohort,
                                            const RcRetention *retention,
                                            const guint       *counts);
/* "26 qualified · 2 withdrawn", as the row shows it. */
const char *rc_cohort_row_get_summary_text (RcCohortRow       *self);
/* "26/28", as the row shows it. */
const char *rc_cohort_row_get_places_text  (RcCohortRow       *self);
/* The cohort's name as shown (for tests). */
const char *rc_cohort_row_get_name_text    (RcCohortRow       *self);

/* A short line on how far a cohort's trainees got: those still in
 * training, those who qualified and those who withdrew. */
char       *rc_cohort_stage_summary        (const RcRetention *retention,
                                            const guint       *counts);

G_END_DECLS
