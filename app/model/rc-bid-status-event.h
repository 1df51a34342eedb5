/* rc-bid-status-event.h
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "rc-record.h"

G_BEGIN_DECLS

#define RC_TYPE_BID_STATUS_EVENT (rc_bid_status_event_get_type ())

G_DECLARE_FINAL_TYPE (RcBidStatusEvent, rc_bid_status_event, RC, BID_STATUS_EVENT, RcRecord)

/* One dated change of a bid's status.
 * A plain record: the store fills it, views read it, and a view hands a
 * changed copy back to the store to save. An id of 0 means "not saved yet". */
struct _RcBidStatusEvent
{
  RcRecord parent_instance;

  gint64  id;
  gint64  bid_id;
  char   *status;
  char   *occurred_on;  /* ISO date */
  char   *note;
};

RcBidStatusEvent *rc_bid_status_event_new  (void);
RcBidStatusEvent *rc_bid_status_event_copy (RcBidStatusEvent *self);

G_END_DECLS
