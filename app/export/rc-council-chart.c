/* rc-council-chart.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-export"

#include "config.h"

#include <glib/gi18n.h>

#include "model/rc-measure.h"
#include "rc-council-chart.h"

RcLineChart *
rc_council_chart_build (GListModel *returns,
                        gint64      council_id)
{
  guint n_returns;
  g_autoptr(GPtrArray) periods = g_ptr_array_new_with_free_func (g_free);
  g_autofree RcRate *vacancy = NULL;
  g_autofree RcRate *agency = NULL;
  g_autofree RcRateSource *vacancy_source = NULL;
  g_autofree RcRateSource *agency_source = NULL;
  g_autofree gint64 *council_of = NULL;
  gint64 first = G_MAXINT64, last = G_MININT64;
  RcLineChart *chart;
  guint n, v, a;

  g_return_val_if_fail (G_IS_LIST_MODEL (returns), NULL);

  n_returns = g_list_model_get_n_items (returns);
  for (guint i = 0; i < n_returns; i++)
    {
      g_autoptr(RcWorkforceReturn) ret = g_list_model_get_item (returns, i);

      first = MIN (first, ret->year);
      last = MAX (last, ret->year);
    }

  if (n_returns < 2 || first == last)
    return NULL;

  /* Oldest first, as years run left to right. */
  n = (guint) (last - first + 1);
  vacancy = g_new0 (RcRate, n);
  agency = g_new0 (RcRate, n);
  vacancy_source = g_new0 (RcRateSource, n);
  agency_source = g_new0 (RcRateSource, n);
  council_of = g_new0 (gint64, n);
  for (guint y = 0; y < n; y++)
    g_ptr_array_add (periods, g_strdup_printf ("%" G_GINT64_FORMAT, first + y));
  for (guint i = 0; i < n_returns; i++)
    {
      g_autoptr(RcWorkforceReturn) ret = g_list_model_get_item (returns, i);
      guint y = (guint) (ret->year - first);

      if (council_id != 0 && council_of[y] == council_id)
        continue;
      council_of[y] = ret->council_id;
      vacancy[y] = rc_measure_compute_sourced (RC_MEASURE_VACANCY, ret, &vacancy_source[y]);
      agency[y] = rc_measure_compute_sourced (RC_MEASURE_AGENCY, ret, &agency_source[y]);
    }

  chart = rc_line_chart_new ();
  rc_line_chart_set_format (chart, RC_CHART_FORMAT_PERCENT);
  rc_line_chart_set_legend (chart, RC_CHART_LEGEND_BELOW);
  rc_line_chart_set_periods (chart, (const char * const *) periods->pdata, periods->len);
  v = rc_line_chart_add_rates (chart, _("Vacancy rate"), vacancy, n);
  rc_line_chart_set_highlighted (chart, v);
  a = rc_line_chart_add_rates (chart, _("Agency rate"), agency, n);
  for (guint y = 0; y < n; y++)
    {
      rc_line_chart_set_note (chart, v, y, rc_rate_source_get_note (vacancy_source[y]));
      rc_line_chart_set_note (chart, a, y, rc_rate_source_get_note (agency_source[y]));
    }

  return chart;
}
