/* rc-region.h
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "rc-record.h"

G_BEGIN_DECLS

#define RC_TYPE_REGION (rc_region_get_type ())

G_DECLARE_FINAL_TYPE (RcRegion, rc_region, RC, REGION, RcRecord)

/* An English region (ONS E12 code).
 * A plain record: the store fills it, views read it, and a view hands a
 * changed copy back to the store to save. An id of 0 means "not saved yet". */
struct _RcRegion
{
  RcRecord parent_instance;

  gint64  id;
  char   *gss_code;  /* E12000009 */
  char   *name;
};

RcRegion *rc_region_new  (void);
RcRegion *rc_region_copy (RcRegion *self);

G_END_DECLS
