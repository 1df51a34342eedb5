/* rc-bid-line.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rc-bid-line.h"

G_DEFINE_FINAL_TYPE (RcBidLine, rc_bid_line, RC_TYPE_RECORD)

RcBidLine *
rc_bid_line_new (void)
{
  return g_object_new (RC_TYPE_BID_LINE, NULL);
}

RcBidLine *
rc_bid_line_copy (RcBidLine *self)
{
  g_return_val_if_fail (RC_IS_BID_LINE (self), NULL);

  return rc_record_copy (self);
}

static void
rc_bid_line_class_init (RcBidLineClass *klass)
{
  static const glong strings[] = {
    G_STRUCT_OFFSET (RcBidLine, council_name),
    G_STRUCT_OFFSET (RcBidLine, category),
    G_STRUCT_OFFSET (RcBidLine, description),
  };

  rc_record_class_set_strings (RC_RECORD_CLASS (klass), strings, G_N_ELEMENTS (strings));
}

static void
rc_bid_line_init (RcBidLine *self)
{
}
