/* rc-council-detail.h: one council: its codes, consortia and workforce returns
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "charts/rc-line-chart.h"
#include "store/rc-store.h"

G_BEGIN_DECLS

#define RC_TYPE_COUNCIL_DETAIL (rc_council_detail_get_type ())

G_DECLARE_FINAL_TYPE (RcCouncilDetail, rc_council_detail, RC, COUNCIL_DETAIL, AdwBin)

GtkWidget  *rc_council_detail_new              (void);
void        rc_council_detail_set_store        (RcCouncilDetail *self,
                                                RcStore         *store);
/* Shows council @id (0 for none) and reloads what it holds. */
void        rc_council_detail_show_council     (RcCouncilDetail *self,
                                                gint64           id);
gint64      rc_council_detail_get_council_id   (RcCouncilDetail *self);
/* The returns shown in the table, newest first (for tests). */
GListModel *rc_council_detail_get_returns      (RcCouncilDetail *self);
void        rc_council_detail_select_return    (RcCouncilDetail *self,
                                                guint            position);

G_END_DECLS
