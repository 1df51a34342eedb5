/* rc-region.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rc-region.h"

G_DEFINE_FINAL_TYPE (RcRegion, rc_region, RC_TYPE_RECORD)

RcRegion *
rc_region_new (void)
{
  return g_object_new (RC_TYPE_REGION, NULL);
}

RcRegion *
rc_region_copy (RcRegion *self)
{
  g_return_val_if_fail (RC_IS_REGION (self), NULL);

  return rc_record_copy (self);
}

static void
rc_region_class_init (RcRegionClass *klass)
{
  static const glong strings[] = {
    G_STRUCT_OFFSET (RcRegion, gss_code),
    G_STRUCT_OFFSET (RcRegion, name),
  };

  rc_record_class_set_strings (RC_RECORD_CLASS (klass), strings, G_N_ELEMENTS (strings));
}

static void
rc_region_init (RcRegion *self)
{
}
