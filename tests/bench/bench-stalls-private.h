/* bench-stalls-private.h: what bench-stalls.c and bench-stalls-files.c
 * share
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "views/rc-window.h"

G_BEGIN_DECLS

#define SETTLE_MS 500          /* after the data shows, what follows still counts */
#define PAGE_TIMEOUT_MS 300000

/* Says on stderr why @step could not be measured; the run ends with 1. */
void       bench_stalls_fail                (const char   *step,
                                             const char   *why);
/* The search entry of the trainee table of the cohort shown. */
GtkWidget *bench_stalls_find_trainee_search (RcWindow     *window);

/* Imports @csv_path into the cohort shown, through its import action, the
 * file chooser and the import dialog; prints "import stall_ms …". */
void       bench_stalls_import              (RcWindow     *window,
                                             const char   *csv_path);
/* Exports the monitoring workbook if @app has an action for it; prints
 * "monitoring stall_ms …", "monitoring not_built" or "monitoring
 * not_driven ACTION". */
void       bench_stalls_export_monitoring   (RcWindow     *window,
                                             GApplication *app);

G_END_DECLS
