/* rc-bid.h
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "rc-figure.h"
#include "rc-record.h"

G_BEGIN_DECLS

#define RC_TYPE_BID (rc_bid_get_type ())

G_DECLARE_FINAL_TYPE (RcBid, rc_bid, RC, BID, RcRecord)

/* A funding bid for one programme and consortium.
 * A plain record: the store fills it, views read it, and a view hands a
 * changed copy back to the store to save. An id of 0 means "not saved yet". */
struct _RcBid
{
  RcRecord parent_instance;

  gint64    id;
  gint64    consortium_id;
  char     *consortium_name;  /* read only */
  gint64    programme_id;  /* 0 if none */
  char     *title;
  char     *funder;
  char     *scheme;
  char     *status;  /* read only: the latest status event */
  char     *deadline_on;  /* ISO date or NULL */
  char     *submitted_on;  /* read only */
  char     *decision_due_on;
  char     *decided_on;  /* read only */
  RcFigure  awarded_pence;
  gint64    requested_pence;  /* read only: the sum of the lines */
  gint64    trainees_planned;
  char     *notes;
};

RcBid *rc_bid_new  (void);
RcBid *rc_bid_copy (RcBid *self);

G_END_DECLS
