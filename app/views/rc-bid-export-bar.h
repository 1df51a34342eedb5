/* rc-bid-export-bar.h: writes a bid's workbook in the background, with
 * its progress and a Cancel button
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "store/rc-store.h"

G_BEGIN_DECLS

#define RC_TYPE_BID_EXPORT_BAR (rc_bid_export_bar_get_type ())

G_DECLARE_FINAL_TYPE (RcBidExportBar, rc_bid_export_bar, RC, BID_EXPORT_BAR, AdwBin)

/* Shows itself while the workbook of @bid_id is written to @path by
 * rc_bid_workbook_write_async(), then hides and emits "finished" with a
 * sentence for the user: saved, cancelled, or why it failed. Does nothing
 * while an export runs. "export.cancel" stops it. */
void     rc_bid_export_bar_start      (RcBidExportBar *self,
                                       RcStore        *store,
                                       gint64          bid_id,
                                       const char     *path);
gboolean rc_bid_export_bar_is_running (RcBidExportBar *self);

G_END_DECLS
