/* rc-store-copy-private.h: what the files of --copy-database share
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rc-store-copy.h"
#include "rc-store-private.h"

G_BEGIN_DECLS

/* rc-store-copy.c */
void      rc_store_copy_ensure_sql   (void);
/* The first table of @target other than the reference tables with a row
 * in it, or NULL. */
gboolean  rc_store_copy_find_data    (RcStore            *target,
                                      const char        **table,
                                      gint64             *rows,
                                      GError            **error);

/* rc-store-copy-checks.c */
/* Whether column @c is the same in @a's and @b's rows; @type 'i' or 't'. */
gboolean  rc_store_copy_same_value   (RcStatement        *a,
                                      RcStatement        *b,
                                      int                 c,
                                      char                type);
/* Every row of @table on both sides, by @select_sql; sets *@difference to
 * the first that differs. */
gboolean  rc_store_copy_compare_rows (RcStore            *source,
                                      RcStore            *target,
                                      const char         *table,
                                      const char         *select_sql,
                                      const char * const *columns,
                                      const char         *types,
                                      char              **difference,
                                      GError            **error);
/* Every bid's totals on both sides, into @report; counts those that differ. */
gboolean  rc_store_copy_check_bids   (RcStore            *source,
                                      RcStore            *target,
                                      RcStoreCopyReport  *report,
                                      guint              *differing,
                                      GError            **error);

G_END_DECLS
