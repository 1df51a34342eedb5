/* rc-bid-line.h
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "rc-record.h"

G_BEGIN_DECLS

#define RC_TYPE_BID_LINE (rc_bid_line_get_type ())

G_DECLARE_FINAL_TYPE (RcBidLine, rc_bid_line, RC, BID_LINE, RcRecord)

/* One budget line of a bid: quantity × unit cost for a council and a category.
 * A plain record: the store fills it, views read it, and a view hands a
 * changed copy back to the store to save. An id of 0 means "not saved yet". */
struct _RcBidLine
{
  RcRecord parent_instance;

  gint64  id;
  gint64  bid_id;
  gint64  council_id;  /* 0: the whole consortium */
  char   *council_name;  /* read only */
  char   *category;  /* cost category key */
  char   *description;
  gint64  quantity100;  /* hundredths */
  gint64  unit_cost_pence;
};

RcBidLine *rc_bid_line_new  (void);
RcBidLine *rc_bid_line_copy (RcBidLine *self);

G_END_DECLS
