/* bench-workbook.c: the monitoring workbook of every cohort, for timing
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writes the monitoring workbook of every cohort of DATABASE, as the
 * window and --export-monitoring do (reading the trainees, their events
 * and updating logs, every sheet, the charts, fsync, the read-back and
 * the rename), and prints how long that took. On the national database:
 * 100,000 trainees in 863 cohorts. tests/bench/xlsx-cells.py then reads
 * its cells for the baselines (bench-xlsx-baseline.c and .py).
 *
 *   bench-workbook DATABASE OUT.xlsx
 */

#include "config.h"

#include <locale.h>
#include <stdio.h>

#include "export/rc-monitoring-workbook.h"
#include "store/rc-store.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(RcStore) store = NULL;
  g_autoptr(GError) error = NULL;
  gint64 t0, t1;

  setlocale (LC_ALL, "");
  if (argc != 3)
    {
      fprintf (stderr, "Usage: %s DATABASE OUT.xlsx\n", argv[0]);
      return 2;
    }

  t0 = g_get_monotonic_time ();
  store = rc_store_open (argv[1], &error);
  if (store == NULL)
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }
  if (!rc_monitoring_workbook_write (store, 0, argv[2], NULL, NULL, NULL, &error))
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }
  t1 = g_get_monotonic_time ();
  printf ("workbook_ms %.1f\n", (t1 - t0) / 1000.0);

  return 0;
}
