/* rc-updating-activity-dialog.h: add or edit one entry of a returner's
 * updating log
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rc-form-dialog.h"
#include "store/rc-store.h"

G_BEGIN_DECLS

/* The fields typed in, in the order they are shown. */
typedef enum {
  RC_UPDATING_FIELD_STARTED_ON,
  RC_UPDATING_FIELD_ENDED_ON,
  RC_UPDATING_FIELD_HOURS,    /* the days, for days recorded as a total */
  RC_UPDATING_FIELD_NOTE,
  RC_UPDATING_FIELD_SUPERVISOR_NAME,
  RC_UPDATING_FIELD_SUPERVISOR_REGULATOR,
  RC_UPDATING_FIELD_SUPERVISOR_REGISTRATION,
  RC_UPDATING_N_FIELDS,
} RcUpdatingField;

#define RC_TYPE_UPDATING_ACTIVITY_DIALOG (rc_updating_activity_dialog_get_type ())

G_DECLARE_FINAL_TYPE (RcUpdatingActivityDialog, rc_updating_activity_dialog, RC, UPDATING_ACTIVITY_DIALOG,
                      RcFormDialog)

/* A modal window, transient for @parent, that edits a copy of @activity,
 * or a new entry of trainee @trainee_id's log when @activity is NULL, and
 * saves it in @store ("saved" is emitted, then it closes). */
GtkWidget  *rc_updating_activity_dialog_new             (GtkWindow                *parent,
                                                         RcStore                  *store,
                                                         gint64                    trainee_id,
                                                         RcUpdatingActivity       *activity);

/* For tests: choose and type as a user would. */
void        rc_updating_activity_dialog_set_kind        (RcUpdatingActivityDialog *self,
                                                         RcUpdatingKind            kind);

G_END_DECLS
