/* rc-trends-page-chart.c: the trend chart, its series read in a worker
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-views"

#include "config.h"

#include "export/rc-trend-chart.h"
#include "rc-trends-page-private.h"

static void
set_title (RcTrendsPage *self,
           const char   *title)
{
  g_auto(GStrv) parts = g_strsplit (title, "–", -1);
  /* "2017–2025" is one word: a narrow page breaks after the comma. */
  g_autofree char *unbroken = g_strjoinv ("–\u2060", parts);

  g_free (self->title);
  self->title = g_strdup (title);
  gtk_label_set_label (self->title_label, unbroken);
}

/* The chart's series are read in a worker: what it needs of the page. */
typedef struct
{
  RcMeasure  measure;
  GArray    *ids;
  gboolean   average;
  gboolean   national;
} ChartRequest;

typedef struct
{
  RcLineChart *chart;
  char        *summary;
} ChartResult;

static void
chart_request_free (gpointer data)
{
  ChartRequest *request = data;

  g_array_unref (request->ids);
  g_free (request);
}

static void
chart_result_free (gpointer data)
{
  ChartResult *result = data;

  g_clear_pointer (&result->chart, rc_line_chart_free);
  g_free (result->summary);
  g_free (result);
}

static gpointer
load_chart (RcStore       *reader,
            gpointer       data,
            GCancellable  *cancellable,
            GError       **error)
{
  ChartRequest *request = data;
  g_autoptr(RcLineChart) chart = NULL;
  g_autoptr(RcLineChart) full = NULL;
  ChartResult *result;

  chart = rc_trend_chart_build (reader, request->measure, request->ids, request->average,
                                request->national, error);
  if (chart == NULL)
    return NULL;

  /* The answer speaks of the pooled line and England even when they are
   * not drawn. */
  if (!request->average || !request->national)
    {
      full = rc_trend_chart_build (reader, request->measure, request->ids, TRUE, TRUE, error);
      if (full == NULL)
        return NULL;
    }

  result = g_new0 (ChartResult, 1);
  result->summary = rc_trend_chart_describe (full != NULL ? full : chart, request->measure);
  result->chart = g_steal_pointer (&chart);

  return result;
}

static void
on_chart_loaded (gpointer      owner,
                 gpointer      data,
                 const GError *error)
{
  RcTrendsPage *self = owner;
  ChartResult *result = data;
  const char *summary;

  if (result == NULL)
    {
      rc_line_chart_view_set_chart (self->chart_view, NULL);
      gtk_stack_set_visible_child_name (self->chart_stack, "none");
      return;
    }

  summary = result->summary;
  set_title (self, rc_line_chart_get_title (result->chart));
  gtk_label_set_label (self->summary_label, summary != NULL ? summary : "");
  gtk_widget_set_visible (GTK_WIDGET (self->summary_label), summary != NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->chart_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, rc_line_chart_get_title (result->chart),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, summary != NULL ? summary : "",
                                  -1);
  /* The page's own heading says it, in the widget's font. */
  rc_line_chart_set_title (result->chart, NULL);
  rc_line_chart_view_set_chart (self->chart_view, g_steal_pointer (&result->chart));
  gtk_stack_set_visible_child_name (self->chart_stack, "chart");
}

void
rc_trends_page_update_chart (RcTrendsPage *self)
{
  g_autoptr(GArray) ids = rc_trends_page_get_chosen (self);
  RcStore *store = rc_list_page_get_store (RC_LIST_PAGE (self));
  ChartRequest *request;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "trends.export", ids->len > 0 && self->export_work == NULL);
  if (store == NULL || ids->len == 0)
    {
      rc_loader_cancel (self->chart_loader);
      rc_line_chart_view_set_chart (self->chart_view, NULL);
      set_title (self, rc_measure_get_label (self->measure));
      gtk_label_set_label (self->summary_label, "");
      gtk_widget_set_visible (GTK_WIDGET (self->summary_label), FALSE);
      gtk_stack_set_visible_child_name (self->chart_stack, "none");
      return;
    }

  /* The chart drawn stays until the new one is read. */
  request = g_new0 (ChartRequest, 1);
  request->measure = self->measure;
  request->ids = g_steal_pointer (&ids);
  request->average = gtk_switch_get_active (self->average_switch);
  request->national = gtk_switch_get_active (self->national_switch);
  rc_loader_start (self->chart_loader, store, load_chart, request, chart_request_free,
                   chart_result_free, on_chart_loaded);
}
