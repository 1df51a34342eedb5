/* rc-bids-page.h: the consortium's funding bids, listed and edited
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rc-bid-editor.h"
#include "rc-list-page.h"

G_BEGIN_DECLS

#define RC_TYPE_BIDS_PAGE (rc_bids_page_get_type ())

G_DECLARE_FINAL_TYPE (RcBidsPage, rc_bids_page, RC, BIDS_PAGE, RcListPage)

GtkWidget   *rc_bids_page_new         (void);
/* Counts the days left to deadlines from @today rather than the local
 * date, which NULL restores. */
void         rc_bids_page_set_today   (RcBidsPage  *self,
                                       const GDate *today);
/* Selects the bid @id, clearing the search and filters if they hide it. */
void         rc_bids_page_select_bid  (RcBidsPage  *self,
                                       gint64       id);
RcBidEditor *rc_bids_page_get_editor  (RcBidsPage  *self);
/* Whether the bid being edited has changes that are not saved. Choosing
 * another bid, or a new one, asks about them first. */
gboolean     rc_bids_page_has_unsaved_changes (RcBidsPage *self);

G_END_DECLS
