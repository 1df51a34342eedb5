/* rc-store-updating.h: a returner's updating log and the date of their
 * application for restoration
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rc-store.h"
#include "model/rc-updating-activity.h"
#include "model/rc-updating-log.h"

G_BEGIN_DECLS

/* The hours in a day of updating, as the preferences set them
 * (RC_UPDATING_DEFAULT_HOURS_PER_DAY until set, clamped to the range of
 * rc-updating-log.h). A trainee read from the store has in
 * updating_days_done the whole days its log counts at these hours. A
 * change announces "changed" for "trainee" and "updating_activity". */
void        rc_store_set_updating_hours_per_day  (RcStore             *self,
                                                  guint                hours);
guint       rc_store_get_updating_hours_per_day  (RcStore             *self);

/* A trainee's log, oldest first. */
GListModel *rc_store_list_updating_activities    (RcStore             *self,
                                                  gint64               trainee_id,
                                                  GError             **error);
/* Inserts when activity->id is 0 (and sets it), updates otherwise, after
 * rc_rules_check_updating_activity() (an error is RC_STORE_ERROR_INVALID
 * in its words). Refused for an erased trainee. The supervisor's details
 * are kept for supervised practice only. The audit line names the
 * trainee by reference, and nothing of the entry. */
gboolean    rc_store_save_updating_activity      (RcStore             *self,
                                                  RcUpdatingActivity  *activity,
                                                  GError             **error);
gboolean    rc_store_delete_updating_activity    (RcStore             *self,
                                                  gint64               id,
                                                  GError             **error);

/* The day the returner applied for restoration, or NULL with no error
 * when none is recorded. */
char       *rc_store_get_restoration_applied_on  (RcStore             *self,
                                                  gint64               trainee_id,
                                                  GError             **error);
/* @applied_on an ISO date, not in the future; NULL removes it. */
gboolean    rc_store_set_restoration_applied_on  (RcStore             *self,
                                                  gint64               trainee_id,
                                                  const char          *applied_on,
                                                  GError             **error);

/* The trainee's log counted as rc_updating_tally() counts it, at the
 * store's hours a day, on @today (NULL: the local date), with the window
 * ending as rc_updating_window_end() says. @activities, when not NULL, is
 * set to the log. */
gboolean    rc_store_get_updating_tally          (RcStore             *self,
                                                  RcTrainee           *trainee,
                                                  const GDate         *today,
                                                  RcUpdatingTally     *out,
                                                  GListModel         **activities,
                                                  GError             **error);

/* The same, as it would be were the returner to qualify on @qualified_on
 * (the window then ends there, unless a restoration application is
 * recorded): what a move to "qualified" checks. */
gboolean    rc_store_get_updating_tally_on_qualifying (RcStore        *self,
                                                       RcTrainee      *trainee,
                                                       const char     *qualified_on,
                                                       RcUpdatingTally *out,
                                                       GError        **error);

typedef void (*RcUpdatingTallyFunc) (gint64                 trainee_id,
                                     const RcUpdatingTally *tally,
                                     gpointer               user_data);

/* Calls @func with the tally of each trainee of cohort @cohort_id (0:
 * of every cohort) that has a log, on @today. */
gboolean    rc_store_foreach_updating_tally      (RcStore             *self,
                                                  gint64               cohort_id,
                                                  const GDate         *today,
                                                  RcUpdatingTallyFunc  func,
                                                  gpointer             user_data,
                                                  GError             **error);

G_END_DECLS
