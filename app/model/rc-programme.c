/* rc-programme.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rc-programme.h"

G_DEFINE_FINAL_TYPE (RcProgramme, rc_programme, RC_TYPE_RECORD)

RcProgramme *
rc_programme_new (void)
{
  return g_object_new (RC_TYPE_PROGRAMME, NULL);
}

RcProgramme *
rc_programme_copy (RcProgramme *self)
{
  g_return_val_if_fail (RC_IS_PROGRAMME (self), NULL);

  return rc_record_copy (self);
}

static void
rc_programme_class_init (RcProgrammeClass *klass)
{
  static const glong strings[] = {
    G_STRUCT_OFFSET (RcProgramme, code),
    G_STRUCT_OFFSET (RcProgramme, name),
    G_STRUCT_OFFSET (RcProgramme, kind),
  };

  rc_record_class_set_strings (RC_RECORD_CLASS (klass), strings, G_N_ELEMENTS (strings));
}

static void
rc_programme_init (RcProgramme *self)
{
}
