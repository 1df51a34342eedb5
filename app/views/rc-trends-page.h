/* rc-trends-page.h: partners' workforce measures over the years, and
 * what became of each cohort
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "charts/rc-line-chart.h"
#include "model/rc-measure.h"
#include "rc-list-page.h"

G_BEGIN_DECLS

#define RC_TYPE_TRENDS_PAGE (rc_trends_page_get_type ())

G_DECLARE_FINAL_TYPE (RcTrendsPage, rc_trends_page, RC, TRENDS_PAGE, RcListPage)

GtkWidget         *rc_trends_page_new                  (void);

void               rc_trends_page_set_measure          (RcTrendsPage  *self,
                                                        RcMeasure      measure);
RcMeasure          rc_trends_page_get_measure          (RcTrendsPage  *self);
/* Chooses the current lead and partner members of the consortium. */
void               rc_trends_page_choose_consortium    (RcTrendsPage  *self,
                                                        gint64         consortium_id);
/* Refused (FALSE) past RC_TREND_CHART_MAX_COUNCILS councils. */
gboolean           rc_trends_page_set_council_chosen   (RcTrendsPage  *self,
                                                        gint64         council_id,
                                                        gboolean       chosen);
/* The chosen councils' ids (gint64), by name, as the chart lists them. */
GArray            *rc_trends_page_get_chosen           (RcTrendsPage  *self);

const char        *rc_trends_page_get_title            (RcTrendsPage  *self);

/* The chart as shown, @width × @height pixels, to a .png, .svg or .pdf
 * file; a PDF is an A4 landscape page with the chart in those proportions
 * and the source line under it. The "trends.export" action asks for the
 * file: the type chosen in its dialog decides the format, and the name
 * follows it. */
gboolean           rc_trends_page_export               (RcTrendsPage  *self,
                                                        const char    *path,
                                                        int            width,
                                                        int            height,
                                                        GError       **error);
/* Whether the action's export runs: the chart is drawn and written in a
 * worker, while the export buttons show a spinner and the action is off.
 * A toast then says what came of it. */
gboolean           rc_trends_page_is_exporting         (RcTrendsPage  *self);

G_END_DECLS
