/* rc-bid-line.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rc-bid-line.h"

G_DEFINE_FINAL_TYPE (RcBidLine, rc_bid_line, G_TYPE_OBJECT)

RcBidLine *
rc_bid_line_new (void)
{
  return g_object_new (RC_TYPE_BID_LINE, NULL);
}

RcBidLine *
rc_bid_line_copy (RcBidLine *self)
{
  RcBidLine *copy;

  g_return_val_if_fail (RC_IS_BID_LINE (self), NULL);

  copy = rc_bid_line_new ();
  copy->id = self->id;
  copy->bid_id = self->bid_id;
  copy->council_id = self->council_id;
  copy->council_name = g_strdup (self->council_name);
  copy->category = g_strdup (self->category);
  copy->description = g_strdup (self->description);
  copy->quantity100 = self->quantity100;
  copy->unit_cost_pence = self->unit_cost_pence;

  return copy;
}

static void
rc_bid_line_finalize (GObject *object)
{
  RcBidLine *self = RC_BID_LINE (object);

  g_clear_pointer (&self->council_name, g_free);
  g_clear_pointer (&self->category, g_free);
  g_clear_pointer (&self->description, g_free);

  G_OBJECT_CLASS (rc_bid_line_parent_class)->finalize (object);
}

static void
rc_bid_line_class_init (RcBidLineClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = rc_bid_line_finalize;
}

static void
rc_bid_line_init (RcBidLine *self)
{
}
