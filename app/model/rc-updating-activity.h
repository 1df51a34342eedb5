/* rc-updating-activity.h: one entry of a returner's updating log
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "rc-record.h"

G_BEGIN_DECLS

/* What a returner did to update their skills and knowledge, as Social
 * Work England counts it (rc-updating-log.h). */
typedef enum
{
  RC_UPDATING_PRIVATE_STUDY,
  RC_UPDATING_SUPERVISED_PRACTICE,
  RC_UPDATING_SHADOWING,
  RC_UPDATING_COURSE,
  /* A number of days recorded as a total, without the activities behind
   * it: what the app held before the log, or a column of an imported
   * file. Kept, shown and counted, but not offered for new entries. */
  RC_UPDATING_RECORDED_DAYS,
  RC_N_UPDATING_KINDS
} RcUpdatingKind;

/* Stable keys: "private_study", "supervised_practice", "shadowing",
 * "course", "recorded_days". */
const char *rc_updating_kind_to_key    (RcUpdatingKind  kind);
gboolean    rc_updating_kind_from_key  (const char     *key,
                                        RcUpdatingKind *out);
/* Translated, such as "Supervised practice". */
const char *rc_updating_kind_get_label (RcUpdatingKind  kind);

#define RC_TYPE_UPDATING_ACTIVITY (rc_updating_activity_get_type ())

G_DECLARE_FINAL_TYPE (RcUpdatingActivity, rc_updating_activity, RC, UPDATING_ACTIVITY, RcRecord)

/* A plain record: the store fills it, views read it, and a view hands a
 * changed copy back to the store to save. An id of 0 means "not saved
 * yet". Everything in it is personal data, the supervisor's details
 * included: it goes with the returner's erasure. */
struct _RcUpdatingActivity
{
  RcRecord        parent_instance;

  gint64          id;
  gint64          trainee_id;
  RcUpdatingKind  kind;
  char           *started_on;  /* ISO date */
  char           *ended_on;  /* ISO date, or NULL for one day */
  gint64          hours100;  /* hundredths of an hour; 0 for recorded days */
  gint64          days100;  /* recorded days only, in hundredths */
  char           *note;  /* what was done */
  /* Supervised practice: required there, NULL otherwise. */
  char           *supervisor_name;
  char           *supervisor_regulator;
  char           *supervisor_registration;
};

RcUpdatingActivity *rc_updating_activity_new  (void);
RcUpdatingActivity *rc_updating_activity_copy (RcUpdatingActivity *self);

G_END_DECLS
