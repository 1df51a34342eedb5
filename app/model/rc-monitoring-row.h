/* rc-monitoring-row.h: one trainee as the monitoring workbook shows it:
 * pseudonymous, by reference only
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "rc-retention.h"
#include "rc-stage.h"

G_BEGIN_DECLS

/* No name, e-mail address, phone, registration number or date of leaving
 * practice is held here, so none can be written. */
typedef struct
{
  gint64            trainee_id;
  char             *reference;
  gint64            cohort_id;
  gint64            host_council_id;    /* 0: none */
  RcStage           stage;              /* current: RC_STAGE_WITHDRAWN once withdrawn */
  char             *stage_on;
  char             *withdrawal_reason;  /* a key, or NULL */
  char             *qualified_on;       /* the first such event, or NULL */
  char             *registered_on;
  RcTraineeProgress progress;           /* as rc-retention.h counts it */
  double            years_out;          /* returners: -1 when not known */
  gint64            updating_units;     /* returners: the log's counted units, -1 none */
} RcMonitoringRow;

/* A GArray of RcMonitoringRow that clears them. */
GArray *rc_monitoring_rows_new (void);

G_END_DECLS
