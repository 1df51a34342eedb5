/* rc-store-workforce.h: workforce returns of councils, regions and England
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rc-progress.h"
#include "rc-store.h"

G_BEGIN_DECLS

/* A council's returns by year, with those filed under its predecessors
 * (Somerset County Council's before 2023 for Somerset Council). */
GListModel         *rc_store_list_council_returns      (RcStore            *self,
                                                        gint64              council_id,
                                                        GError            **error);
/* Each council's most recent return, one per council. */
GListModel         *rc_store_list_latest_returns       (RcStore            *self,
                                                        GError            **error);
/* Benchmarks: a region's returns (scope region) or England's (scope national). */
GListModel         *rc_store_list_benchmark_returns    (RcStore            *self,
                                                        RcWorkforceScope    scope,
                                                        gint64              region_id,
                                                        GError            **error);
RcWorkforceReturn  *rc_store_get_workforce_return      (RcStore            *self,
                                                        gint64              id,
                                                        GError            **error);
gboolean            rc_store_save_workforce_return     (RcStore            *self,
                                                        RcWorkforceReturn  *ret,
                                                        GError            **error);
gboolean            rc_store_delete_workforce_return   (RcStore            *self,
                                                        gint64              id,
                                                        GError            **error);
/* Adds or replaces each return (by area and year) in one transaction:
 * all of them, or none. Sets each one's id. */
gboolean            rc_store_put_workforce_returns     (RcStore            *self,
                                                        GPtrArray          *returns,
                                                        const char         *summary,
                                                        GError            **error);
/* The same, reporting @progress (may be NULL) every so many returns and
 * rolling back when it says the work was cancelled (G_IO_ERROR_CANCELLED). */
gboolean            rc_store_put_workforce_returns_full (RcStore           *self,
                                                        GPtrArray          *returns,
                                                        const char         *summary,
                                                        RcProgress         *progress,
                                                        GError            **error);

G_END_DECLS
