/* rc-cohort-funnel-chart.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-export"

#include "config.h"

#include <glib/gi18n.h>

#include "charts/rc-chart-export.h"
#include "charts/rc-chart-export-async.h"
#include "rc-cohort-funnel-chart.h"

RcFunnelChart *
rc_cohort_funnel_chart_new (const RcFunnel *funnel,
                            const char     *title)
{
  RcFunnelChart *chart;

  g_return_val_if_fail (funnel != NULL, NULL);

  chart = rc_funnel_chart_new ();
  rc_funnel_chart_set_title (chart, title);
  for (guint i = 0; i < RC_N_FUNNEL_STEPS; i++)
    {
      const RcFunnelValue *value = &funnel->steps[i];
      guint stage;

      if (value->source == RC_FUNNEL_SOURCE_NONE)
        {
          rc_funnel_chart_add_missing_stage (chart, rc_funnel_step_get_label (i));
          continue;
        }
      stage = rc_funnel_chart_add_stage (chart, rc_funnel_step_get_label (i), value->count);
      rc_funnel_chart_set_stage_at_least (chart, stage, value->at_least);
    }

  return chart;
}

/* The cohort's funnel read from @store, with the words for its sources. */
static RcFunnelChart *
read_chart (RcStore     *store,
            gint64       cohort_id,
            char       **sources,
            GError     **error)
{
  g_autoptr(RcCohort) cohort = NULL;
  g_autoptr(RcFunnelFigures) typed = NULL;
  g_autofree char *title = NULL;
  RcFunnelChart *chart;
  RcFunnel funnel;

  if ((cohort = rc_store_get_cohort (store, cohort_id, error)) == NULL
      || !rc_store_get_cohort_funnel (store, cohort_id, &funnel, &typed, error))
    return NULL;

  /* Translators: a cohort's name */
  title = g_strdup_printf (_("Recruitment funnel: %s"), cohort->name);
  chart = rc_cohort_funnel_chart_new (&funnel, title);
  *sources = rc_funnel_describe_sources (&funnel, typed);
  if (*sources == NULL)
    *sources = g_strdup (_("Counted from the cohort’s trainees’ stages."));

  return chart;
}

/* The chart of cohort @cohort_id, and the @options it is written at @path
 * with: the format of the name, its size, and its figures' sources
 * (@sources holds their text). NULL when the name is not a chart's or the
 * cohort could not be read. */
static RcFunnelChart *
prepare_export (RcStore               *store,
                gint64                 cohort_id,
                const char            *path,
                RcChartExportOptions  *options,
                char                 **sources,
                GError               **error)
{
  RcFunnelChart *chart;

  g_return_val_if_fail (RC_IS_STORE (store), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  if (!rc_chart_file_type_for_path (path, &options->type, error)
      || (chart = read_chart (store, cohort_id, sources, error)) == NULL)
    return NULL;

  options->width = 1200;
  options->height = 800;
  options->source = *sources;

  return chart;
}

gboolean
rc_cohort_funnel_chart_export (RcStore     *store,
                               gint64       cohort_id,
                               const char  *path,
                               GError     **error)
{
  g_autoptr(RcFunnelChart) chart = NULL;
  g_autofree char *sources = NULL;
  RcChartExportOptions options = { 0 };

  chart = prepare_export (store, cohort_id, path, &options, &sources, error);
  if (chart == NULL)
    return FALSE;

  return rc_chart_export_with_options (RC_CHART_DRAW_FUNC (rc_funnel_chart_draw), chart, path, &options, error);
}

gboolean
rc_cohort_funnel_chart_export_async (RcStore              *store,
                                     gint64                cohort_id,
                                     const char           *path,
                                     GCancellable         *cancellable,
                                     GAsyncReadyCallback   callback,
                                     gpointer              user_data,
                                     GError              **error)
{
  g_autofree char *sources = NULL;
  RcChartExportOptions options = { 0 };
  RcFunnelChart *chart;

  /* A few rows, read here; the drawing and the file in a worker. */
  chart = prepare_export (store, cohort_id, path, &options, &sources, error);
  if (chart == NULL)
    return FALSE;

  rc_chart_export_async (RC_CHART_DRAW_FUNC (rc_funnel_chart_draw), chart, (GDestroyNotify) rc_funnel_chart_free,
                         path, &options, cancellable, callback, user_data);

  return TRUE;
}
