/* rc-export-rows.h: the rows the bid workbook and the board report both
 * show: a consortium's members, and its cohorts as counts
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "model/rc-retention.h"
#include "store/rc-store.h"

G_BEGIN_DECLS

/* A council of the consortium, copied out of the store as text. */
typedef struct
{
  char *council;    /* "Somerset Council (E06000066)" */
  char *role;       /* label: Lead, Partner or Proposed */
  char *joined_on;
} RcExportMember;

/* @role ("lead", "partner", "proposed") as its label. */
RcExportMember *rc_export_member_new  (const char     *council,
                                       const char     *role,
                                       const char     *joined_on);
void            rc_export_member_free (gpointer        member);
/* "Lead", "Partner", "Proposed", or @role as it is. */
const char     *rc_export_role_label  (const char     *role);

/* A cohort: counts only, never a name. */
typedef struct
{
  char        *name;
  char        *programme;
  char        *starts_on;
  char        *ends_on;
  gint64       places_funded;
  RcRetention  retention;
  guint        counts[RC_N_STAGES];
} RcExportCohort;

/* Copies @cohort into @row and reads its counts from @store; FALSE with
 * @error set when they cannot be read. */
gboolean        rc_export_cohort_read  (RcExportCohort  *row,
                                        RcStore         *store,
                                        RcCohort        *cohort,
                                        GError         **error);
/* Frees what rc_export_cohort_read() copied into @row; and @row itself,
 * allocated with g_new0(). */
void            rc_export_cohort_clear (RcExportCohort  *row);
void            rc_export_cohort_free  (gpointer         row);

G_END_DECLS
