/* rc-bid-status-event.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rc-bid-status-event.h"

G_DEFINE_FINAL_TYPE (RcBidStatusEvent, rc_bid_status_event, G_TYPE_OBJECT)

RcBidStatusEvent *
rc_bid_status_event_new (void)
{
  return g_object_new (RC_TYPE_BID_STATUS_EVENT, NULL);
}

RcBidStatusEvent *
rc_bid_status_event_copy (RcBidStatusEvent *self)
{
  RcBidStatusEvent *copy;

  g_return_val_if_fail (RC_IS_BID_STATUS_EVENT (self), NULL);

  copy = rc_bid_status_event_new ();
  copy->id = self->id;
  copy->bid_id = self->bid_id;
  copy->status = g_strdup (self->status);
  copy->occurred_on = g_strdup (self->occurred_on);
  copy->note = g_strdup (self->note);

  return copy;
}

static void
rc_bid_status_event_finalize (GObject *object)
{
  RcBidStatusEvent *self = RC_BID_STATUS_EVENT (object);

  g_clear_pointer (&self->status, g_free);
  g_clear_pointer (&self->occurred_on, g_free);
  g_clear_pointer (&self->note, g_free);

  G_OBJECT_CLASS (rc_bid_status_event_parent_class)->finalize (object);
}

static void
rc_bid_status_event_class_init (RcBidStatusEventClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = rc_bid_status_event_finalize;
}

static void
rc_bid_status_event_init (RcBidStatusEvent *self)
{
}
