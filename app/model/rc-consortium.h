/* rc-consortium.h
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "rc-record.h"

G_BEGIN_DECLS

#define RC_TYPE_CONSORTIUM (rc_consortium_get_type ())

G_DECLARE_FINAL_TYPE (RcConsortium, rc_consortium, RC, CONSORTIUM, RcRecord)

/* A partnership of councils with one lead.
 * A plain record: the store fills it, views read it, and a view hands a
 * changed copy back to the store to save. An id of 0 means "not saved yet". */
struct _RcConsortium
{
  RcRecord parent_instance;

  gint64  id;
  char   *name;
  gint64  lead_council_id;
  char   *lead_council_name;  /* read only */
  char   *notes;
};

RcConsortium *rc_consortium_new  (void);
RcConsortium *rc_consortium_copy (RcConsortium *self);

G_END_DECLS
