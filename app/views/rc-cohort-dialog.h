/* rc-cohort-dialog.h: create or edit a cohort and its places per council
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "store/rc-store.h"
#include "views/rc-form-dialog.h"

G_BEGIN_DECLS

/* The typed fields, in the order they are shown. The years out and the
 * training weeks are asked of returner programmes only. */
typedef enum {
  RC_COHORT_FIELD_NAME,
  RC_COHORT_FIELD_STARTS_ON,
  RC_COHORT_FIELD_ENDS_ON,
  RC_COHORT_FIELD_PLACES_FUNDED,
  RC_COHORT_FIELD_MIN_YEARS_OUT,
  RC_COHORT_FIELD_MAX_YEARS_OUT,
  RC_COHORT_FIELD_TRAINING_WEEKS,
  RC_COHORT_N_FIELDS,
} RcCohortField;

#define RC_TYPE_COHORT_DIALOG (rc_cohort_dialog_get_type ())

G_DECLARE_FINAL_TYPE (RcCohortDialog, rc_cohort_dialog, RC, COHORT_DIALOG, RcFormDialog)

/* A modal window over @parent (may be NULL) that creates a cohort (@cohort
 * NULL) or edits a copy of @cohort. "cohort-dialog.save" writes the cohort
 * and its places in one transaction; on success the dialog emits "saved"
 * with the stored RcCohort and closes. */
GtkWidget  *rc_cohort_dialog_new                  (GtkWindow      *parent,
                                                   RcStore        *store,
                                                   RcCohort       *cohort);

/* What a user types and picks, for tests and keyboard use; the same
 * validation runs. The setters return FALSE when there is no such choice. */
gboolean    rc_cohort_dialog_set_programme        (RcCohortDialog *self,
                                                   gint64          programme_id);
gboolean    rc_cohort_dialog_set_consortium       (RcCohortDialog *self,
                                                   gint64          consortium_id);
gboolean    rc_cohort_dialog_set_places           (RcCohortDialog *self,
                                                   gint64          council_id,
                                                   guint           places);


G_END_DECLS
