/* rc-bid.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rc-bid.h"

G_DEFINE_FINAL_TYPE (RcBid, rc_bid, G_TYPE_OBJECT)

RcBid *
rc_bid_new (void)
{
  return g_object_new (RC_TYPE_BID, NULL);
}

RcBid *
rc_bid_copy (RcBid *self)
{
  RcBid *copy;

  g_return_val_if_fail (RC_IS_BID (self), NULL);

  copy = rc_bid_new ();
  copy->id = self->id;
  copy->consortium_id = self->consortium_id;
  copy->consortium_name = g_strdup (self->consortium_name);
  copy->programme_id = self->programme_id;
  copy->title = g_strdup (self->title);
  copy->funder = g_strdup (self->funder);
  copy->scheme = g_strdup (self->scheme);
  copy->status = g_strdup (self->status);
  copy->deadline_on = g_strdup (self->deadline_on);
  copy->submitted_on = g_strdup (self->submitted_on);
  copy->decision_due_on = g_strdup (self->decision_due_on);
  copy->decided_on = g_strdup (self->decided_on);
  copy->awarded_pence = self->awarded_pence;
  copy->requested_pence = self->requested_pence;
  copy->trainees_planned = self->trainees_planned;
  copy->notes = g_strdup (self->notes);

  return copy;
}

static void
rc_bid_finalize (GObject *object)
{
  RcBid *self = RC_BID (object);

  g_clear_pointer (&self->consortium_name, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->funder, g_free);
  g_clear_pointer (&self->scheme, g_free);
  g_clear_pointer (&self->status, g_free);
  g_clear_pointer (&self->deadline_on, g_free);
  g_clear_pointer (&self->submitted_on, g_free);
  g_clear_pointer (&self->decision_due_on, g_free);
  g_clear_pointer (&self->decided_on, g_free);
  g_clear_pointer (&self->notes, g_free);

  G_OBJECT_CLASS (rc_bid_parent_class)->finalize (object);
}

static void
rc_bid_class_init (RcBidClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = rc_bid_finalize;
}

static void
rc_bid_init (RcBid *self)
{
  self->awarded_pence = RC_FIGURE_MISSING;
}
