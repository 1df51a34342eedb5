/* rc-monitoring-workbook-private.h: what the monitoring workbook's files
 * share
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <xlsxwriter.h>

#include "model/rc-funnel.h"
#include "rc-monitoring-workbook.h"
#include "rc-xlsx-private.h"

G_BEGIN_DECLS

/* One cohort as the Summary and Funnel sheets show it. */
typedef struct
{
  RcCohort        *cohort;
  RcFunnelFigures *typed;
  RcFunnel         funnel;
  RcRetention      whole;
  GArray          *hosts;      /* gint64 council ids with trainees, by name; 0 for none */
  GArray          *by_host;    /* RcRetention, one per host */
  guint            first_row;  /* its first row on the Trainees sheet, 0-based, under the header */
  guint            n_rows;     /* its rows follow one another */
} RcMonitoringCohort;

/* What the workbook shows besides the trainees' rows, read from the store
 * first. The rows come a cohort at a time (RcMonitoringBlock), read on
 * another thread while the rows before are written; each cohort's counts
 * are filled in with its rows. */
typedef struct
{
  gint64      cohort_id;       /* 0: every cohort */
  char       *generated_on;    /* ISO date */
  GDate       today;
  guint       hours_per_day;
  GPtrArray  *cohorts;         /* RcMonitoringCohort, as the cohort list orders them */
  GHashTable *councils;        /* council id -> RcCouncil */
} RcMonitoringData;

RcMonitoringData *rc_monitoring_data_gather (RcStore          *store,
                                             gint64            cohort_id,
                                             GError          **error);
void              rc_monitoring_data_free   (RcMonitoringData *data);
/* The counts of cohort @c and of each host council within it, from its
 * @rows (of RcMonitoringRow), by rc-retention.c's one definition. */
void              rc_monitoring_count_cohort (const RcMonitoringData *data,
                                              RcMonitoringCohort     *c,
                                              GArray                 *rows);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RcMonitoringData, rc_monitoring_data_free)

/* One cohort's rows, or the end of them (@cohort NULL), or why they
 * could not be read (@error). */
typedef struct
{
  RcMonitoringCohort *cohort;
  GArray             *rows;    /* RcMonitoringRow, by reference */
  GError             *error;
} RcMonitoringBlock;

void              rc_monitoring_block_free  (RcMonitoringBlock *block);

/* The writing's state. */
typedef struct
{
  RcXlsx                  xlsx;          /* the workbook, its first failure and its date format */
  const RcMonitoringData *data;
  GCancellable           *cancellable;
  GAsyncQueue            *blocks;        /* of RcMonitoringBlock, from the reading thread */
  GError                 *read_error;    /* what stopped the reading, if anything */

  lxw_format             *integer;
  lxw_format             *decimal;
  lxw_format             *bold;
  lxw_format             *at_least;  /* a figure published as "at least" */

  lxw_worksheet          *summary;
  lxw_worksheet          *trainees;
  lxw_worksheet          *funnel;
  const char             *trainees_name;  /* as added: translated, or English */
  const char             *funnel_name;
} RcMonitoringWriter;

/* The columns of the Trainees sheet, 0-based. */
enum
{
  RC_MON_COL_REFERENCE,
  RC_MON_COL_COHORT_NO,
  RC_MON_COL_COHORT,
  RC_MON_COL_PROGRAMME,
  RC_MON_COL_CONSORTIUM,
  RC_MON_COL_HOST,
  RC_MON_COL_HOST_CODE,
  RC_MON_COL_STAGE,
  RC_MON_COL_STAGE_ON,
  RC_MON_COL_WITHDRAWAL,
  RC_MON_COL_QUALIFIED_ON,
  RC_MON_COL_REGISTERED_ON,
  RC_MON_COL_IN_POST_12,
  RC_MON_COL_IN_POST_24,
  RC_MON_COL_YEARS_OUT,
  RC_MON_COL_UPDATING_DAYS,
  RC_MON_COL_FURTHEST,
  RC_MON_COL_WITHDRAWN,
  RC_MON_COL_PARTNER,
  RC_MON_N_COLS
};

void     rc_monitoring_add_formats   (RcMonitoringWriter *w);
/* Writes the rows as they come from w->blocks, to the end block. FALSE
 * when cancelled, or when the reading failed (w->read_error). */
gboolean rc_monitoring_write_trainees (RcMonitoringWriter *w,
                                       double              from,
                                       double              to);
void     rc_monitoring_write_summary (RcMonitoringWriter *w);
void     rc_monitoring_write_funnel  (RcMonitoringWriter *w);

G_END_DECLS
