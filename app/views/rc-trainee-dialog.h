/* rc-trainee-dialog.h: add a trainee or returner to a cohort, or edit one
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "store/rc-store.h"
#include "views/rc-form-dialog.h"

G_BEGIN_DECLS

/* The typed fields, in the order they are shown. Leaving practice and the
 * days of updating are asked of returner cohorts only. */
typedef enum {
  RC_TRAINEE_DIALOG_FIELD_REFERENCE,
  RC_TRAINEE_DIALOG_FIELD_GIVEN_NAME,
  RC_TRAINEE_DIALOG_FIELD_FAMILY_NAME,
  RC_TRAINEE_DIALOG_FIELD_EMAIL,
  RC_TRAINEE_DIALOG_FIELD_PHONE,
  RC_TRAINEE_DIALOG_FIELD_APPLIED_ON,
  RC_TRAINEE_DIALOG_FIELD_LEFT_PRACTICE_ON,
  RC_TRAINEE_DIALOG_FIELD_REGISTRATION_NUMBER,
  RC_TRAINEE_DIALOG_FIELD_UPDATING_DAYS,
  RC_TRAINEE_DIALOG_N_FIELDS,
} RcTraineeDialogField;

#define RC_TYPE_TRAINEE_DIALOG (rc_trainee_dialog_get_type ())

G_DECLARE_FINAL_TYPE (RcTraineeDialog, rc_trainee_dialog, RC, TRAINEE_DIALOG, RcFormDialog)

/* A modal window over @parent (may be NULL) that adds a trainee to
 * @cohort (@trainee NULL) or edits a copy of @trainee. "trainee-dialog.save"
 * saves it; on success the dialog emits "saved" with the stored RcTrainee
 * and closes. */
GtkWidget  *rc_trainee_dialog_new                 (GtkWindow       *parent,
                                                   RcStore         *store,
                                                   RcCohort        *cohort,
                                                   RcTrainee       *trainee);

/* What a user picks, for tests and keyboard use; the same validation
 * runs. The setters return FALSE when there is no such choice. The
 * typed fields are set with rc_form_dialog_set_field().
 * @council_id 0 for none. */
gboolean    rc_trainee_dialog_set_host            (RcTraineeDialog *self,
                                                   gint64           council_id);
/* @registered_with "hcpc", "swe" or NULL. */
gboolean    rc_trainee_dialog_set_registered_with (RcTraineeDialog *self,
                                                   const char      *registered_with);

G_END_DECLS
