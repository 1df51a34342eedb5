/* rc-updating-activity.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-model"

#include "config.h"

#include <glib/gi18n.h>

#include "rc-updating-activity.h"

static const struct {
  const char *key;
  const char *label;
} kinds[RC_N_UPDATING_KINDS] = {
  [RC_UPDATING_PRIVATE_STUDY] = { "private_study", NC_("updating", "Private study") },
  [RC_UPDATING_SUPERVISED_PRACTICE] = { "supervised_practice", NC_("updating", "Supervised practice") },
  [RC_UPDATING_SHADOWING] = { "shadowing", NC_("updating", "Shadowing") },
  [RC_UPDATING_COURSE] = { "course", NC_("updating", "Course") },
  [RC_UPDATING_RECORDED_DAYS] = { "recorded_days", NC_("updating", "Days recorded as a total") },
};

const char *
rc_updating_kind_to_key (RcUpdatingKind kind)
{
  g_return_val_if_fail ((guint) kind < RC_N_UPDATING_KINDS, NULL);

  return kinds[kind].key;
}

gboolean
rc_updating_kind_from_key (const char     *key,
                           RcUpdatingKind *out)
{
  if (key == NULL)
    return FALSE;

  for (guint i = 0; i < RC_N_UPDATING_KINDS; i++)
    if (g_str_equal (key, kinds[i].key))
      {
        if (out != NULL)
          *out = (RcUpdatingKind) i;
        return TRUE;
      }

  return FALSE;
}

const char *
rc_updating_kind_get_label (RcUpdatingKind kind)
{
  g_return_val_if_fail ((guint) kind < RC_N_UPDATING_KINDS, NULL);

  return g_dpgettext2 (NULL, "updating", kinds[kind].label);
}

G_DEFINE_FINAL_TYPE (RcUpdatingActivity, rc_updating_activity, G_TYPE_OBJECT)

RcUpdatingActivity *
rc_updating_activity_new (void)
{
  return g_object_new (RC_TYPE_UPDATING_ACTIVITY, NULL);
}

RcUpdatingActivity *
rc_updating_activity_copy (RcUpdatingActivity *self)
{
  RcUpdatingActivity *copy;

  g_return_val_if_fail (RC_IS_UPDATING_ACTIVITY (self), NULL);

  copy = rc_updating_activity_new ();
  copy->id = self->id;
  copy->trainee_id = self->trainee_id;
  copy->kind = self->kind;
  copy->started_on = g_strdup (self->started_on);
  copy->ended_on = g_strdup (self->ended_on);
  copy->hours100 = self->hours100;
  copy->days100 = self->days100;
  copy->note = g_strdup (self->note);
  copy->supervisor_name = g_strdup (self->supervisor_name);
  copy->supervisor_regulator = g_strdup (self->supervisor_regulator);
  copy->supervisor_registration = g_strdup (self->supervisor_registration);

  return copy;
}

static void
rc_updating_activity_finalize (GObject *object)
{
  RcUpdatingActivity *self = RC_UPDATING_ACTIVITY (object);

  g_clear_pointer (&self->started_on, g_free);
  g_clear_pointer (&self->ended_on, g_free);
  g_clear_pointer (&self->note, g_free);
  g_clear_pointer (&self->supervisor_name, g_free);
  g_clear_pointer (&self->supervisor_regulator, g_free);
  g_clear_pointer (&self->supervisor_registration, g_free);

  G_OBJECT_CLASS (rc_updating_activity_parent_class)->finalize (object);
}

static void
rc_updating_activity_class_init (RcUpdatingActivityClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = rc_updating_activity_finalize;
}

static void
rc_updating_activity_init (RcUpdatingActivity *self)
{
}
