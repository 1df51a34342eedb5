/* rc-cohorts-page.h: the cohorts of every programme and consortium, their
 * trainees and what became of them
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rc-list-page.h"

G_BEGIN_DECLS

#define RC_TYPE_COHORTS_PAGE (rc_cohorts_page_get_type ())

G_DECLARE_FINAL_TYPE (RcCohortsPage, rc_cohorts_page, RC, COHORTS_PAGE, RcListPage)

GtkWidget  *rc_cohorts_page_new               (void);
void        rc_cohorts_page_select_cohort     (RcCohortsPage *self,
                                               gint64         id);
/* The RcCohortDetail on the right. */
GtkWidget  *rc_cohorts_page_get_detail        (RcCohortsPage *self);
/* What "cohorts.new" (@edit FALSE) and "cohorts.edit" open: an
 * RcCohortDialog, owned by the window list; NULL when there is no store or
 * nothing to edit. */
GtkWidget  *rc_cohorts_page_open_cohort_dialog (RcCohortsPage *self,
                                                gboolean       edit);

G_END_DECLS
