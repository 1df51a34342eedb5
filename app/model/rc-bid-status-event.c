/* rc-bid-status-event.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rc-bid-status-event.h"

G_DEFINE_FINAL_TYPE (RcBidStatusEvent, rc_bid_status_event, RC_TYPE_RECORD)

RcBidStatusEvent *
rc_bid_status_event_new (void)
{
  return g_object_new (RC_TYPE_BID_STATUS_EVENT, NULL);
}

RcBidStatusEvent *
rc_bid_status_event_copy (RcBidStatusEvent *self)
{
  g_return_val_if_fail (RC_IS_BID_STATUS_EVENT (self), NULL);

  return rc_record_copy (self);
}

static void
rc_bid_status_event_class_init (RcBidStatusEventClass *klass)
{
  static const glong strings[] = {
    G_STRUCT_OFFSET (RcBidStatusEvent, status),
    G_STRUCT_OFFSET (RcBidStatusEvent, occurred_on),
    G_STRUCT_OFFSET (RcBidStatusEvent, note),
  };

  rc_record_class_set_strings (RC_RECORD_CLASS (klass), strings, G_N_ELEMENTS (strings));
}

static void
rc_bid_status_event_init (RcBidStatusEvent *self)
{
}
