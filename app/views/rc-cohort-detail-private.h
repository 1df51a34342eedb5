/* rc-cohort-detail-private.h: RcCohortDetail, for its own files
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rc-cohort-detail.h"
#include "rc-cohort-funnel-view.h"
#include "rc-cohort-retention.h"
#include "rc-loader.h"
#include "rc-export-bar.h"
#include "rc-trainee-pane.h"
#include "rc-trainee-table.h"

G_BEGIN_DECLS

struct _RcCohortDetail
{
  AdwBin               parent_instance;

  RcStore             *store;
  gint64               cohort_id;     /* shown, or being read */
  RcCohort            *cohort;        /* as last read */
  gboolean             returners;     /* a returner programme's cohort */
  GCancellable        *export_work;   /* while a CSV is written */
  RcLoader            *loader;
  guint                reload_source;
  gint64               select_after_load;   /* a trainee just saved */

  /* template children */
  GtkStack            *stack;
  GtkLabel            *title_label;
  GtkLabel            *subtitle_label;
  GtkLabel            *facts_label;
  AdwFlap             *flap;
  RcTraineeTable      *table;
  RcCohortRetention   *retention;
  RcCohortFunnelView  *funnel_view;
  RcTraineePane       *pane;
  RcExportBar           *monitoring_bar;
};

/* Reads the cohort again in a worker and shows it when read; at once,
 * and from an idle (rc-cohort-detail-load.c). */
void     rc_cohort_detail_reload     (RcCohortDetail *self);
gboolean rc_cohort_detail_reload_now (gpointer        data);

G_END_DECLS
