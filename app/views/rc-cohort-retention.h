/* rc-cohort-retention.h: what became of a cohort's trainees, for the whole
 * cohort and per host council
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "store/rc-store.h"

G_BEGIN_DECLS

typedef enum {
  RC_RETENTION_COLUMN_COUNCIL,
  RC_RETENTION_COLUMN_PLACES,
  RC_RETENTION_COLUMN_TRAINEES,
  RC_RETENTION_COLUMN_QUALIFIED,
  RC_RETENTION_COLUMN_REGISTERED,
  RC_RETENTION_COLUMN_EMPLOYED,
  RC_RETENTION_COLUMN_RETAINED_12,
  RC_RETENTION_COLUMN_RETAINED_24,
  RC_RETENTION_COLUMN_WITHDRAWN,
  RC_RETENTION_N_COLUMNS,
} RcRetentionColumn;

#define RC_TYPE_COHORT_RETENTION (rc_cohort_retention_get_type ())

G_DECLARE_FINAL_TYPE (RcCohortRetention, rc_cohort_retention, RC, COHORT_RETENTION, AdwBin)

GtkWidget  *rc_cohort_retention_new         (void);
/* The rows of @cohort's table: the whole cohort (council 0), then each
 * council with places (@places, of RcCohortPlace) or trainees (@trainees,
 * of RcTrainee). Touches no widget: a worker builds them. */
GListModel *rc_cohort_retention_list_rows   (RcCohort          *cohort,
                                             GListModel        *places,
                                             GListModel        *trainees);
/* Shows @rows of @cohort (NULL: none) with @whole, the whole cohort's
 * figures, at once; each council's are read from @store in a worker when
 * the table is first shown, and again after a change while it is. */
void        rc_cohort_retention_set_cohort  (RcCohortRetention *self,
                                             RcStore           *store,
                                             RcCohort          *cohort,
                                             GListModel        *rows,
                                             const RcRetention *whole);
/* Whether each council's figures are being read, or wait for the table
 * to be shown. */
gboolean    rc_cohort_retention_get_loading (RcCohortRetention *self);
/* The rows shown, as RcCohortPlace items (council_id 0: the whole cohort). */
GListModel *rc_cohort_retention_get_rows    (RcCohortRetention *self);
/* The figures shown for @council_id (0: the whole cohort). */
gboolean    rc_cohort_retention_get_figures (RcCohortRetention *self,
                                             gint64             council_id,
                                             RcRetention       *out);
/* The text of a cell, as shown, such as "25 (96.2 %)"; NULL when there is
 * no such row. */
char       *rc_cohort_retention_dup_text    (RcCohortRetention *self,
                                             gint64             council_id,
                                             RcRetentionColumn  column);

G_END_DECLS
