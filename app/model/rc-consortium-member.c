/* rc-consortium-member.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "rc-consortium-member.h"

G_DEFINE_FINAL_TYPE (RcConsortiumMember, rc_consortium_member, G_TYPE_OBJECT)

RcConsortiumMember *
rc_consortium_member_new (void)
{
  return g_object_new (RC_TYPE_CONSORTIUM_MEMBER, NULL);
}

RcConsortiumMember *
rc_consortium_member_copy (RcConsortiumMember *self)
{
  RcConsortiumMember *copy;

  g_return_val_if_fail (RC_IS_CONSORTIUM_MEMBER (self), NULL);

  copy = rc_consortium_member_new ();
  copy->id = self->id;
  copy->consortium_id = self->consortium_id;
  copy->council_id = self->council_id;
  copy->council_name = g_strdup (self->council_name);
  copy->programme_id = self->programme_id;
  copy->role = g_strdup (self->role);
  copy->joined_on = g_strdup (self->joined_on);
  copy->left_on = g_strdup (self->left_on);

  return copy;
}

static void
rc_consortium_member_finalize (GObject *object)
{
  RcConsortiumMember *self = RC_CONSORTIUM_MEMBER (object);

  g_clear_pointer (&self->council_name, g_free);
  g_clear_pointer (&self->role, g_free);
  g_clear_pointer (&self->joined_on, g_free);
  g_clear_pointer (&self->left_on, g_free);

  G_OBJECT_CLASS (rc_consortium_member_parent_class)->finalize (object);
}

static void
rc_consortium_member_class_init (RcConsortiumMemberClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = rc_consortium_member_finalize;
}

static void
rc_consortium_member_init (RcConsortiumMember *self)
{
}

gboolean
rc_consortium_member_is_active_on (RcConsortiumMember *self,
                                   const char         *date)
{
  g_return_val_if_fail (RC_IS_CONSORTIUM_MEMBER (self), FALSE);
  g_return_val_if_fail (date != NULL, FALSE);

  /* ISO dates compare as text. */
  if (self->joined_on != NULL && strcmp (self->joined_on, date) > 0)
    return FALSE;

  return self->left_on == NULL || strcmp (self->left_on, date) >= 0;
}

gboolean
rc_consortium_member_is_member_on (RcConsortiumMember *self,
                                   const char         *date)
{
  g_return_val_if_fail (RC_IS_CONSORTIUM_MEMBER (self), FALSE);

  return (g_strcmp0 (self->role, "lead") == 0 || g_strcmp0 (self->role, "partner") == 0)
         && rc_consortium_member_is_active_on (self, date);
}
