/* rc-chart-export-async.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-charts"

#include "config.h"

#include "rc-chart-export-async.h"

typedef struct
{
  RcChartDrawFunc       draw;
  gpointer              chart;
  GDestroyNotify        chart_free;
  char                 *path;
  RcChartExportOptions  options;
  char                 *source;   /* the options' own copy */
} Job;

static void
job_free (gpointer data)
{
  Job *job = data;

  if (job->chart_free != NULL)
    job->chart_free (job->chart);
  g_free (job->path);
  g_free (job->source);
  g_free (job);
}

static void
export_in_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  Job *job = task_data;
  GError *error = NULL;
  gboolean written;

  written = !g_cancellable_set_error_if_cancelled (cancellable, &error)
            && rc_chart_export_with_options (job->draw, job->chart, job->path, &job->options, &error);

  /* The chart is freed here, before the result is returned, rather than
   * with the task, whose last reference this thread may drop after the
   * caller's callback has run. */
  if (job->chart_free != NULL)
    job->chart_free (job->chart);
  job->chart_free = NULL;
  job->chart = NULL;

  if (written)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
rc_chart_export_async (RcChartDrawFunc              draw,
                       gpointer                     chart,
                       GDestroyNotify               chart_free,
                       const char                  *path,
                       const RcChartExportOptions  *options,
                       GCancellable                *cancellable,
                       GAsyncReadyCallback          callback,
                       gpointer                     user_data)
{
  g_autoptr(GTask) task = NULL;
  Job *job;

  g_return_if_fail (draw != NULL);
  g_return_if_fail (path != NULL);
  g_return_if_fail (options != NULL);

  job = g_new0 (Job, 1);
  job->draw = draw;
  job->chart = chart;
  job->chart_free = chart_free;
  job->path = g_strdup (path);
  job->options = *options;
  job->source = g_strdup (options->source);
  job->options.source = job->source;

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, rc_chart_export_async);
  g_task_set_task_data (task, job, job_free);
  /* A file written whole before the cancel came is reported as written. */
  g_task_set_check_cancellable (task, FALSE);
  g_task_run_in_thread (task, export_in_thread);
}

gboolean
rc_chart_export_finish (GAsyncResult  *result,
                        GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == rc_chart_export_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
