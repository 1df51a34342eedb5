/* rc-store-copy.h: a whole database copied into an empty one
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rc-store.h"

G_BEGIN_DECLS

typedef struct
{
  const char *table;
  gint64      source_rows;
  gint64      target_rows;
} RcStoreCopyCount;

typedef struct
{
  gint64  bid_id;
  char   *title;
  gint64  source_pence;  /* the bid's total, as the model computes it */
  gint64  target_pence;
  gboolean same;         /* the totals by council and category agree too */
} RcStoreCopyBid;

/* What a copy read on both sides once it was written, for the report. */
typedef struct
{
  GArray *counts;  /* of RcStoreCopyCount, one per table, in copying order */
  GArray *bids;    /* of RcStoreCopyBid, by id */
} RcStoreCopyReport;

RcStoreCopyReport *rc_store_copy_report_new  (void);
void               rc_store_copy_report_free (RcStoreCopyReport *report);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RcStoreCopyReport, rc_store_copy_report_free)

/* The tables a copy copies, in the order it copies them, NULL-ended. */
const char * const *rc_store_copy_tables     (void);
/* "id gss_code name" for @table: the columns a copy copies. */
const char         *rc_store_copy_columns    (const char *table);

/* Copies every row of every table of @source into @target, keeping ids,
 * in one transaction of @target; then compares row counts, every row and
 * every bid's totals on both sides, filling @report. @target must hold
 * nothing but the regions, councils and programmes a new database starts
 * with (those are replaced by @source's); one holding more is refused,
 * naming a table. On any failure or difference nothing is left in
 * @target. Both must be at the same schema version. */
gboolean           rc_store_copy_into        (RcStore            *source,
                                              RcStore            *target,
                                              RcStoreCopyReport  *report,
                                              GError            **error);

/* The same from the database @source names to the one @target names,
 * each an SQLite file or a postgresql:// URI. A new SQLite file is
 * written under a temporary name, readable by its owner only, and renamed
 * to @target only once the copy is checked; an existing @target file must
 * be an empty database. */
gboolean           rc_store_copy_database    (const char         *source,
                                              const char         *target,
                                              RcStoreCopyReport  *report,
                                              GError            **error);

G_END_DECLS
