/* rc-bid.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rc-bid.h"

G_DEFINE_FINAL_TYPE (RcBid, rc_bid, RC_TYPE_RECORD)

RcBid *
rc_bid_new (void)
{
  return g_object_new (RC_TYPE_BID, NULL);
}

RcBid *
rc_bid_copy (RcBid *self)
{
  g_return_val_if_fail (RC_IS_BID (self), NULL);

  return rc_record_copy (self);
}

static void
rc_bid_class_init (RcBidClass *klass)
{
  static const glong strings[] = {
    G_STRUCT_OFFSET (RcBid, consortium_name),
    G_STRUCT_OFFSET (RcBid, title),
    G_STRUCT_OFFSET (RcBid, funder),
    G_STRUCT_OFFSET (RcBid, scheme),
    G_STRUCT_OFFSET (RcBid, status),
    G_STRUCT_OFFSET (RcBid, deadline_on),
    G_STRUCT_OFFSET (RcBid, submitted_on),
    G_STRUCT_OFFSET (RcBid, decision_due_on),
    G_STRUCT_OFFSET (RcBid, decided_on),
    G_STRUCT_OFFSET (RcBid, notes),
  };

  rc_record_class_set_strings (RC_RECORD_CLASS (klass), strings, G_N_ELEMENTS (strings));
}

static void
rc_bid_init (RcBid *self)
{
  self->awarded_pence = RC_FIGURE_MISSING;
}
