/* rc-region.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rc-region.h"

G_DEFINE_FINAL_TYPE (RcRegion, rc_region, G_TYPE_OBJECT)

RcRegion *
rc_region_new (void)
{
  return g_object_new (RC_TYPE_REGION, NULL);
}

RcRegion *
rc_region_copy (RcRegion *self)
{
  RcRegion *copy;

  g_return_val_if_fail (RC_IS_REGION (self), NULL);

  copy = rc_region_new ();
  copy->id = self->id;
  copy->gss_code = g_strdup (self->gss_code);
  copy->name = g_strdup (self->name);

  return copy;
}

static void
rc_region_finalize (GObject *object)
{
  RcRegion *self = RC_REGION (object);

  g_clear_pointer (&self->gss_code, g_free);
  g_clear_pointer (&self->name, g_free);

  G_OBJECT_CLASS (rc_region_parent_class)->finalize (object);
}

static void
rc_region_class_init (RcRegionClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = rc_region_finalize;
}

static void
rc_region_init (RcRegion *self)
{
}
