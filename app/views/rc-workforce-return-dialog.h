/* rc-workforce-return-dialog.h: add or edit a council's workforce return
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "store/rc-store.h"
#include "views/rc-form-dialog.h"

G_BEGIN_DECLS

/* The fields of the dialog, in the order they are shown and reached with Tab. */
typedef enum {
  RC_RETURN_FIELD_YEAR,
  RC_RETURN_FIELD_IN_POST,
  RC_RETURN_FIELD_STARTERS,
  RC_RETURN_FIELD_LEAVERS,
  RC_RETURN_FIELD_AGENCY,
  RC_RETURN_FIELD_VACANCIES,
  RC_RETURN_FIELD_CASE_HOLDERS,
  RC_RETURN_FIELD_CASES,
  RC_RETURN_FIELD_SICKNESS_DAYS,
  RC_RETURN_N_FIELDS,
} RcReturnField;

#define RC_TYPE_WORKFORCE_RETURN_DIALOG (rc_workforce_return_dialog_get_type ())

G_DECLARE_FINAL_TYPE (RcWorkforceReturnDialog, rc_workforce_return_dialog, RC, WORKFORCE_RETURN_DIALOG, RcFormDialog)

/* A modal window, transient for @parent, that adds a return for @council
 * (@ret NULL) or edits a copy of @ret. Saving goes through the
 * "return.save" action; on success the dialog emits "saved" with the
 * stored RcWorkforceReturn and closes. */
GtkWidget  *rc_workforce_return_dialog_new             (GtkWindow         *parent,
                                                        RcStore           *store,
                                                        RcCouncil         *council,
                                                        RcWorkforceReturn *ret);

G_END_DECLS
