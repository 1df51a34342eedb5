/* rc-bid-details.h: the details of a funding bid, validated as typed
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "store/rc-store.h"

G_BEGIN_DECLS

/* The details typed in, in the order they are shown; the programme,
 * consortium and notes follow them. */
typedef enum {
  RC_BID_FIELD_TITLE,
  RC_BID_FIELD_FUNDER,
  RC_BID_FIELD_SCHEME,
  RC_BID_FIELD_DEADLINE,
  RC_BID_FIELD_DECISION_DUE,
  RC_BID_FIELD_TRAINEES,
  RC_BID_N_FIELDS,
} RcBidField;

#define RC_TYPE_BID_DETAILS (rc_bid_details_get_type ())

G_DECLARE_FINAL_TYPE (RcBidDetails, rc_bid_details, RC, BID_DETAILS, AdwBin)

GtkWidget  *rc_bid_details_new             (void);
void        rc_bid_details_set_store       (RcBidDetails *self,
                                            RcStore      *store);
/* Fills the fields from @bid (id 0 for a new bid). When @bid is the bid
 * shown and its fields were changed, what was typed is kept. "details.save"
 * stores them and emits "saved" with the bid as stored. */
void        rc_bid_details_show_bid        (RcBidDetails *self,
                                            RcBid        *bid);
/* Whether the fields differ from what is stored (the "dirty" property). */
gboolean    rc_bid_details_is_dirty        (RcBidDetails *self);
/* What "details.save" does: stores the fields, or says why not. */
gboolean    rc_bid_details_save            (RcBidDetails  *self,
                                            GError       **error);
/* Fills the fields again from the bid as stored. */
void        rc_bid_details_revert          (RcBidDetails *self);
/* Saves the fields as a new bid: the one shown was deleted elsewhere. */
gboolean    rc_bid_details_save_as_new     (RcBidDetails  *self,
                                            GError       **error);

/* For tests: type into a field as a user would. */
void        rc_bid_details_set_field       (RcBidDetails *self,
                                            RcBidField    field,
                                            const char   *text);
/* What is shown beside @field, or NULL when it is fine. */
const char *rc_bid_details_get_field_error (RcBidDetails *self,
                                            RcBidField    field);
/* Whether the details are valid, so that they can be saved. */
gboolean    rc_bid_details_can_save        (RcBidDetails *self);

G_END_DECLS
