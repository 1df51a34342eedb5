/* rc-consortium.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rc-consortium.h"

G_DEFINE_FINAL_TYPE (RcConsortium, rc_consortium, RC_TYPE_RECORD)

RcConsortium *
rc_consortium_new (void)
{
  return g_object_new (RC_TYPE_CONSORTIUM, NULL);
}

RcConsortium *
rc_consortium_copy (RcConsortium *self)
{
  g_return_val_if_fail (RC_IS_CONSORTIUM (self), NULL);

  return rc_record_copy (self);
}

static void
rc_consortium_class_init (RcConsortiumClass *klass)
{
  static const glong strings[] = {
    G_STRUCT_OFFSET (RcConsortium, name),
    G_STRUCT_OFFSET (RcConsortium, lead_council_name),
    G_STRUCT_OFFSET (RcConsortium, notes),
  };

  rc_record_class_set_strings (RC_RECORD_CLASS (klass), strings, G_N_ELEMENTS (strings));
}

static void
rc_consortium_init (RcConsortium *self)
{
}
