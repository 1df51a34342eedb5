/* rc-updating-activity.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-model"

#include "config.h"

#include <glib/gi18n.h>

#include "rc-key-label.h"
#include "rc-updating-activity.h"

static const RcKeyLabel kinds[RC_N_UPDATING_KINDS] = {
  [RC_UPDATING_PRIVATE_STUDY] = { "private_study", NC_("updating", "Private study") },
  [RC_UPDATING_SUPERVISED_PRACTICE] = { "supervised_practice", NC_("updating", "Supervised practice") },
  [RC_UPDATING_SHADOWING] = { "shadowing", NC_("updating", "Shadowing") },
  [RC_UPDATING_COURSE] = { "course", NC_("updating", "Course") },
  [RC_UPDATING_RECORDED_DAYS] = { "recorded_days", NC_("updating", "Days recorded as a total") },
};

const char *
rc_updating_kind_to_key (RcUpdatingKind kind)
{
  return rc_key_label_get_key (kinds, RC_N_UPDATING_KINDS, kind);
}

gboolean
rc_updating_kind_from_key (const char     *key,
                           RcUpdatingKind *out)
{
  int i = rc_key_label_find (kinds, RC_N_UPDATING_KINDS, key);

  if (i >= 0 && out != NULL)
    *out = (RcUpdatingKind) i;

  return i >= 0;
}

const char *
rc_updating_kind_get_label (RcUpdatingKind kind)
{
  return rc_key_label_get_label (kinds, RC_N_UPDATING_KINDS, kind, "updating");
}

G_DEFINE_FINAL_TYPE (RcUpdatingActivity, rc_updating_activity, RC_TYPE_RECORD)

RcUpdatingActivity *
rc_updating_activity_new (void)
{
  return g_object_new (RC_TYPE_UPDATING_ACTIVITY, NULL);
}

RcUpdatingActivity *
rc_updating_activity_copy (RcUpdatingActivity *self)
{
  g_return_val_if_fail (RC_IS_UPDATING_ACTIVITY (self), NULL);

  return rc_record_copy (self);
}

static void
rc_updating_activity_class_init (RcUpdatingActivityClass *klass)
{
  static const glong strings[] = {
    G_STRUCT_OFFSET (RcUpdatingActivity, started_on),
    G_STRUCT_OFFSET (RcUpdatingActivity, ended_on),
    G_STRUCT_OFFSET (RcUpdatingActivity, note),
    G_STRUCT_OFFSET (RcUpdatingActivity, supervisor_name),
    G_STRUCT_OFFSET (RcUpdatingActivity, supervisor_regulator),
    G_STRUCT_OFFSET (RcUpdatingActivity, supervisor_registration),
  };

  rc_record_class_set_strings (RC_RECORD_CLASS (klass), strings, G_N_ELEMENTS (strings));
}

static void
rc_updating_activity_init (RcUpdatingActivity *self)
{
}
