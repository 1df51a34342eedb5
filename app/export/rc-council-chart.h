/* rc-council-chart.h: a council's vacancy and agency rates over the years
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "charts/rc-line-chart.h"
#include "model/rc-workforce-return.h"

G_BEGIN_DECLS

/* The vacancy rate (highlighted) and the agency rate of @returns (of
 * RcWorkforceReturn, a council's with its predecessors', by year), as
 * rc_measure_compute() gives them, every year from the first to the last:
 * a year with no return is a gap on the axis, not squeezed out. Where the
 * council @council_id and a predecessor both returned a year, the
 * council's own return wins. A published rate's point has the note
 * "published rate". NULL with fewer than two years. */
RcLineChart *rc_council_chart_build (GListModel *returns,
                                     gint64      council_id);

G_END_DECLS
