/* rc-monitoring-row.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-model"

#include "config.h"

#include "rc-monitoring-row.h"

static void
row_clear (gpointer data)
{
  RcMonitoringRow *row = data;

  g_clear_pointer (&row->reference, g_free);
  g_clear_pointer (&row->stage_on, g_free);
  g_clear_pointer (&row->withdrawal_reason, g_free);
  g_clear_pointer (&row->qualified_on, g_free);
  g_clear_pointer (&row->registered_on, g_free);
}

GArray *
rc_monitoring_rows_new (void)
{
  GArray *rows = g_array_new (FALSE, TRUE, sizeof (RcMonitoringRow));

  g_array_set_clear_func (rows, row_clear);

  return rows;
}
