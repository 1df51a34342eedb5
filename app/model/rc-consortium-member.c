/* rc-consortium-member.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "rc-consortium-member.h"

G_DEFINE_FINAL_TYPE (RcConsortiumMember, rc_consortium_member, RC_TYPE_RECORD)

RcConsortiumMember *
rc_consortium_member_new (void)
{
  return g_object_new (RC_TYPE_CONSORTIUM_MEMBER, NULL);
}

RcConsortiumMember *
rc_consortium_member_copy (RcConsortiumMember *self)
{
  g_return_val_if_fail (RC_IS_CONSORTIUM_MEMBER (self), NULL);

  return rc_record_copy (self);
}

static void
rc_consortium_member_class_init (RcConsortiumMemberClass *klass)
{
  static const glong strings[] = {
    G_STRUCT_OFFSET (RcConsortiumMember, council_name),
    G_STRUCT_OFFSET (RcConsortiumMember, role),
    G_STRUCT_OFFSET (RcConsortiumMember, joined_on),
    G_STRUCT_OFFSET (RcConsortiumMember, left_on),
  };

  rc_record_class_set_strings (RC_RECORD_CLASS (klass), strings, G_N_ELEMENTS (strings));
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
