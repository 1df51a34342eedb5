/* rc-bid-consortium.h: the consortium as it stood on a bid's date
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "store/rc-store.h"

G_BEGIN_DECLS

/* One council of the consortium on the bid's date. */
typedef struct
{
  gint64  council_id;
  char   *council;    /* rc_council_dup_formal_name(): "Somerset County Council (E10000027)" */
  char   *role;       /* "lead", "partner" or "proposed" */
  char   *joined_on;
  char   *left_on;    /* NULL while a member */
} RcBidMember;

/* The day a bid's consortium is read on: its deadline, else the day it
 * was submitted, else @today. The workbook's earlier cohorts are those
 * started before the same day. */
const char *rc_bid_consortium_date     (RcBid       *bid,
                                        const char  *today);

/* The members of @bid's consortium whose membership (for every programme
 * or the bid's) covers the bid's date: the lead first, then partners, then
 * the councils proposed, each by name. A consortium's lead changes with
 * reorganisations: a 2016 bid of a consortium led by Somerset Council
 * today was led by Somerset County Council. Of RcBidMember. */
GPtrArray  *rc_bid_consortium_members  (RcStore     *store,
                                        RcBid       *bid,
                                        const char  *today,
                                        GError     **error);
/* "Lead: Somerset County Council (E10000027). Partners: …. Proposed: …."
 * or "No member on 2016-10-31". */
char       *rc_bid_consortium_describe (GPtrArray   *members,
                                        const char  *date);

G_END_DECLS
