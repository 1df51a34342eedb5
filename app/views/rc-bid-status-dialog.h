/* rc-bid-status-dialog.h: record a bid's next status, dated, with the
 * amount awarded when there is one
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "store/rc-store.h"
#include "views/rc-form-dialog.h"

G_BEGIN_DECLS

typedef enum {
  RC_BID_STATUS_FIELD_DATE,
  RC_BID_STATUS_FIELD_AMOUNT,  /* pounds and pence; awarded and part-awarded only */
  RC_BID_STATUS_FIELD_NOTE,
  RC_BID_STATUS_N_FIELDS,
} RcBidStatusField;

#define RC_TYPE_BID_STATUS_DIALOG (rc_bid_status_dialog_get_type ())

G_DECLARE_FINAL_TYPE (RcBidStatusDialog, rc_bid_status_dialog, RC, BID_STATUS_DIALOG, RcFormDialog)

/* A modal window, transient for @parent, offering the statuses that may
 * follow @bid's. "status.save" records the move, and for an award its
 * amount, in one transaction, then emits "saved" and closes; a move the
 * model or the store refuses shows their reason and changes nothing. */
GtkWidget  *rc_bid_status_dialog_new             (GtkWindow         *parent,
                                                  RcStore           *store,
                                                  RcBid             *bid);

/* For tests: choose and type as a user would. A status that the dropdown
 * does not offer is taken as chosen, so that its refusal shows. */
void        rc_bid_status_dialog_set_target      (RcBidStatusDialog *self,
                                                  RcBidStatus        status);
/* Why the move cannot be made, as shown at the top, or NULL. */
const char *rc_bid_status_dialog_get_reason      (RcBidStatusDialog *self);

G_END_DECLS
