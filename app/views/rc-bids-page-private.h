/* rc-bids-page-private.h: RcBidsPage, for its own files
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rc-bids-page.h"

G_BEGIN_DECLS

struct _RcBidsPage
{
  RcListPage           parent_instance;

  GListStore          *bids;
  GtkFilterListModel  *filtered;
  GtkSingleSelection  *selection;
  GtkCustomFilter     *filter;
  GPtrArray           *funders;     /* funder dropdown position - 1 -> name */
  GDate                today;
  gboolean             fixed_today;
  gboolean             reloading;
  /* A bid just created or duplicated, to choose when the list has it. */
  gint64               show_after_load;
  /* Where the user asked to go while the editor held changes, until the
   * question about them is answered. */
  gint64               pending_id;
  gboolean             pending_new;

  /* template children */
  GtkStack            *page_stack;
  AdwLeaflet          *leaflet;
  GtkSearchEntry      *search_entry;
  GtkDropDown         *status_dropdown;
  GtkDropDown         *funder_dropdown;
  GtkStack            *list_stack;
  GtkListView         *list_view;
  GtkWidget           *back_button;
  RcBidEditor         *editor;
};

/* Today, for the deadlines (a test may fix it). */
const GDate *rc_bids_page_get_today      (RcBidsPage *self);
/* The list's rows (rc-bids-page-rows.c). */
void     rc_bids_page_setup_row          (GtkSignalListItemFactory *factory,
                                          GtkListItem              *item);
void     rc_bids_page_bind_row           (GtkSignalListItemFactory *factory,
                                          GtkListItem              *item,
                                          RcBidsPage               *self);
/* Shows an empty bid to fill in, chosen in no list. */
void     rc_bids_page_start_new_bid      (RcBidsPage *self);
/* When the editor holds changes, asks about them before going to the bid
 * @id (or to a new bid when @new_bid) and returns TRUE: the caller stays
 * where it is, and the answer goes on there, or not. (rc-bids-page-leave.c) */
gboolean rc_bids_page_ask_before_leaving (RcBidsPage *self,
                                          gint64      id,
                                          gboolean    new_bid);

G_END_DECLS
