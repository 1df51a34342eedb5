/* rc-trend-chart.h: a workforce measure over the years, as a line chart
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "charts/rc-line-chart.h"
#include "model/rc-measure.h"
#include "store/rc-store.h"

G_BEGIN_DECLS

/* The most councils a trend chart draws: past this the lines cannot be told
 * apart. */
#define RC_TREND_CHART_MAX_COUNCILS 12

/* @measure for each of @council_ids (gint64; repeats are ignored), titled
 * "Vacancy rate, 2017–2025". The periods run from the first to the last
 * year in which a chosen council has a value, every year in between, so a
 * year that nobody returned is a gap rather than squeezed out. One series
 * per council, named after it, with its predecessors' returns; a year with
 * no value is a gap.
 *
 * @with_average adds the pooled line, highlighted: the pooled rate of the
 * councils whose figures give one that year (total vacancies over total
 * vacancies and FTE in post, say), so that a large council weighs as much
 * as its workforce; it needs two councils or more. It is named for what
 * it pools: "<consortium> (pooled)" when the councils are exactly a
 * consortium's leads and partners today, else "Chosen councils (pooled)".
 * A council with only a published rate that year carries no weight to
 * pool: it is left out, and the point's note says so. @with_national
 * adds "England" as a dashed benchmark when the database has a national
 * value in one of the periods.
 *
 * Each rate is rc_measure_compute()'s: a point whose rate is the DfE's
 * published one (the figures are missing) has the note "published rate". */
RcLineChart *rc_trend_chart_build    (RcStore          *store,
                                      RcMeasure         measure,
                                      GArray           *council_ids,
                                      gboolean          with_average,
                                      gboolean          with_national,
                                      GError          **error);

/* The chart with the pooled line (for two councils or more) and England,
 * written to @path (.png, .svg or .pdf) at @width × @height in the light
 * style, by rc_chart_export_with_options(): @path is the whole chart or
 * untouched, and a PDF is an A4 landscape page with the source line. */
gboolean     rc_trend_chart_export   (RcStore          *store,
                                      RcMeasure         measure,
                                      GArray           *council_ids,
                                      const char       *path,
                                      int               width,
                                      int               height,
                                      GError          **error);

/* "Source: DfE children’s social work workforce, as at 30 September", the
 * line a PDF of the chart has under it. */
const char  *rc_trend_chart_get_source (void);

/* In plain words, from the chart's first and last periods: "Across the
 * chosen councils the vacancy rate fell from 17.1 % in 2017 to 15.0 % in
 * 2025; England's fell from 16.6 % to 15.4 %." It speaks of the pooled
 * line, or of the only council when there is one; England's half is left
 * out unless it has both. A sentence names the points that are published
 * rates: "Where the figures are missing the chart shows the DfE’s
 * published rate: England 2017–2023." NULL when there is nothing to say. */
char        *rc_trend_chart_describe (const RcLineChart *chart,
                                      RcMeasure          measure);

G_END_DECLS
