/* rc-monitoring-workbook.c: reading what the monitoring workbook shows, and
 * writing it whole or not at all, here or in a worker
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-export"

#include "config.h"

#include <errno.h>

#include <glib/gi18n.h>

#include "rc-file-name.h"
#include "rc-monitoring-workbook-private.h"
#include "rc-output-file.h"
#include "rc-export-job.h"
#include "rc-xlsx-private.h"

G_DEFINE_QUARK (rc-monitoring-workbook-error-quark, rc_monitoring_workbook_error)

#define DONE_GATHER   0.02
#define DONE_TRAINEES 0.85
#define DONE_SHEETS   0.92
#define DONE_CLOSE    0.97

/* Reading the rows -------------------------------------------------------- */

/* The rows are read on a thread of their own, a cohort at a time, while
 * the cohorts before are written: over the national 100,000 trainees the
 * reading is a fifth of the work, and a second core does it meanwhile
 * (docs/benchmarks.md). The store is the reading thread's alone until it
 * ends: the writing thread does not touch it. */
typedef struct
{
  RcStore          *store;
  RcMonitoringData *data;
  GCancellable     *cancellable;
  GAsyncQueue      *blocks;
  gint              stop;       /* atomic: the writing gave up */
} Reader;

static gpointer
read_rows (gpointer user_data)
{
  Reader *reader = user_data;
  RcMonitoringBlock *end = g_new0 (RcMonitoringBlock, 1);

  for (guint i = 0; i < reader->data->cohorts->len; i++)
    {
      RcMonitoringCohort *c = g_ptr_array_index (reader->data->cohorts, i);
      RcMonitoringBlock *block;
      GError *error = NULL;
      GArray *rows;

      if (g_atomic_int_get (&reader->stop))
        break;
      rows = rc_store_list_monitoring_rows (reader->store, c->cohort->id, &reader->data->today,
                                            reader->cancellable, &error);
      if (rows == NULL)
        {
          end->error = error;
          break;
        }
      rc_monitoring_count_cohort (reader->data, c, rows);
      block = g_new0 (RcMonitoringBlock, 1);
      block->cohort = c;
      block->rows = rows;
      g_async_queue_push (reader->blocks, block);
    }
  g_async_queue_push (reader->blocks, end);

  return NULL;
}

/* Writing ------------------------------------------------------------------ */

static void
set_write_error (GError     **error,
                 const char  *path,
                 const char  *reason)
{
  g_autofree char *shown = g_filename_display_name (path);

  g_set_error (error, RC_MONITORING_WORKBOOK_ERROR, RC_MONITORING_WORKBOOK_ERROR_WRITE,
               _("Could not save the monitoring workbook to “%s”: %s"), shown, reason);
}

static char *
describe_lxw_error (lxw_error error,
                    int       saved_errno)
{
  if (error == LXW_ERROR_MEMORY_MALLOC_FAILED)
    return g_strdup (_("there was not enough memory"));
  if (saved_errno == ENOSPC)
    return g_strdup (rc_output_file_describe_errno (saved_errno));
  if (error == LXW_ERROR_CREATING_XLSX_FILE && saved_errno != 0)
    return g_strdup (rc_output_file_describe_errno (saved_errno));

  return g_strdup_printf (_("writing the file failed (%s)"), lxw_strerror (error));
}

static lxw_worksheet *
add_sheet (RcMonitoringWriter  *w,
           const char          *name,
           const char          *english,
           const char         **added)
{
  lxw_worksheet *sheet;

  if (workbook_validate_sheet_name (w->workbook, name) != LXW_NO_ERROR)
    name = english;
  if (added != NULL)
    *added = name;
  sheet = workbook_add_worksheet (w->workbook, name);
  if (sheet != NULL)
    {
      worksheet_set_paper (sheet, 9);
      worksheet_set_landscape (sheet);
    }

  return sheet;
}

static lxw_workbook_options constant_memory = { .constant_memory = LXW_TRUE };

static gboolean
write_workbook (RcStore                 *store,
                RcMonitoringData        *data,
                const char              *path,
                GCancellable            *cancellable,
                RcProgressFunc           progress,
                gpointer                 progress_data,
                GError                 **error)
{
  g_autoptr(RcOutputFile) out = NULL;
  g_autofree char *reason = NULL;
  g_autofree char *comments = NULL;
  g_autoptr(GAsyncQueue) blocks = g_async_queue_new_full ((GDestroyNotify) rc_monitoring_block_free);
  Reader reader = { store, data, cancellable, blocks, 0 };
  GThread *thread = NULL;
  gboolean written;
  RcMonitoringWriter w = { 0 };
  lxw_doc_properties properties = { 0 };
  lxw_error closed;
  int saved_errno;

  /* About people, by reference: owner only, as the cohort CSV is. */
  out = rc_output_file_begin (path, RC_OUTPUT_FILE_PRIVATE, error);
  if (out == NULL)
    return FALSE;

  w.data = data;
  w.cancellable = cancellable;
  w.progress = progress;
  w.progress_data = progress_data;
  w.workbook = workbook_new_opt (rc_output_file_get_temp_path (out), &constant_memory);
  if (w.workbook == NULL)
    {
      reason = describe_lxw_error (LXW_ERROR_MEMORY_MALLOC_FAILED, 0);
      goto fail;
    }

  comments = g_strdup_printf (_("Generated by Return Coordinator on %s. Pseudonymous: references, stages "
                                "and counts; no names, contact details or registration numbers."),
                              data->generated_on);
  properties.title = (char *) _("Monitoring workbook");
  properties.author = (char *) "Return Coordinator";
  properties.comments = comments;
  rc_monitoring_check (&w, workbook_set_properties (w.workbook, &properties));

  rc_monitoring_add_formats (&w);
  /* The Summary first, for whoever opens the file; each sheet is written
   * top to bottom, as constant memory asks. */
  w.summary = add_sheet (&w, _("Summary"), "Summary", NULL);
  w.trainees = add_sheet (&w, _("Trainees"), "Trainees", &w.trainees_name);
  w.funnel = add_sheet (&w, _("Funnel"), "Funnel", &w.funnel_name);
  if (w.summary == NULL || w.trainees == NULL || w.funnel == NULL)
    rc_monitoring_check (&w, LXW_ERROR_MEMORY_MALLOC_FAILED);

  written = FALSE;
  if (w.error == LXW_NO_ERROR)
    {
      w.blocks = blocks;
      thread = g_thread_new ("rc-monitoring-rows", read_rows, &reader);
      written = rc_monitoring_write_trainees (&w, DONE_GATHER, DONE_TRAINEES);
      /* The reading stops at the next cohort, and its blocks go. */
      g_atomic_int_set (&reader.stop, TRUE);
      if (!written && w.read_error == NULL)
        {
          RcMonitoringBlock *block;

          while ((block = g_async_queue_pop (blocks))->cohort != NULL)
            rc_monitoring_block_free (block);
          rc_monitoring_block_free (block);
        }
      g_thread_join (thread);
    }
  if (w.read_error != NULL || (!written && g_cancellable_is_cancelled (cancellable)))
    {
      lxw_workbook_free (w.workbook);
      if (!g_cancellable_set_error_if_cancelled (cancellable, error))
        g_propagate_error (error, g_steal_pointer (&w.read_error));
      g_clear_error (&w.read_error);
      return FALSE;
    }
  if (w.error == LXW_NO_ERROR)
    {
      rc_monitoring_write_summary (&w);
      rc_monitoring_write_funnel (&w);
    }
  rc_progress_report (progress, progress_data, DONE_SHEETS);
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    {
      lxw_workbook_free (w.workbook);
      return FALSE;
    }
  if (w.error != LXW_NO_ERROR)
    {
      lxw_workbook_free (w.workbook);
      reason = describe_lxw_error (w.error, 0);
      goto fail;
    }

  errno = 0;
  closed = workbook_close (w.workbook);
  saved_errno = errno;
  if (closed != LXW_NO_ERROR)
    {
      reason = describe_lxw_error (closed, saved_errno);
      goto fail;
    }
  rc_progress_report (progress, progress_data, DONE_CLOSE);

  if (!rc_xlsx_is_whole (rc_output_file_get_temp_path (out)))
    {
      reason = g_strdup (_("it could not be written whole: the disk may be full"));
      goto fail;
    }
  if (!rc_output_file_commit (g_steal_pointer (&out), error))
    return FALSE;
  rc_progress_report (progress, progress_data, 1.0);

  return TRUE;

fail:
  set_write_error (error, path, reason);
  return FALSE;
}

/* Numbers go into the XML by printf, which follows LC_NUMERIC: the
 * writing thread uses the C locale meanwhile (rc-xlsx-private.h). */
static gboolean
write_in_c_locale (RcStore                 *store,
                   RcMonitoringData        *data,
                   const char              *path,
                   GCancellable            *cancellable,
                   RcProgressFunc           progress,
                   gpointer                 progress_data,
                   GError                 **error)
{
  locale_t c = rc_xlsx_c_locale ();
  locale_t previous = c != (locale_t) 0 ? uselocale (c) : (locale_t) 0;
  gboolean ok;

  ok = write_workbook (store, data, path, cancellable, progress, progress_data, error);
  if (previous != (locale_t) 0)
    uselocale (previous);

  return ok;
}

gboolean
rc_monitoring_workbook_write (RcStore               *store,
                              gint64                 cohort_id,
                              const char            *path,
                              GCancellable          *cancellable,
                              RcProgressFunc         progress,
                              gpointer               progress_data,
                              GError               **error)
{
  g_autoptr(RcMonitoringData) data = NULL;

  g_return_val_if_fail (RC_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  rc_progress_report (progress, progress_data, 0.0);

  data = rc_monitoring_data_gather (store, cohort_id, error);
  if (data == NULL)
    return FALSE;
  rc_progress_report (progress, progress_data, DONE_GATHER);

  return write_in_c_locale (store, data, path, cancellable, progress, progress_data, error);
}

/* In a worker ------------------------------------------------------------- */

static void
write_in_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  RcExportJob *job = task_data;
  GError *error = NULL;

  /* The job's data is the worker's reader of the store. */
  if (rc_monitoring_workbook_write (job->data, job->id, job->path, cancellable,
                                    rc_export_job_get_relay (job), job, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
rc_monitoring_workbook_write_async (RcStore               *store,
                                    gint64                 cohort_id,
                                    const char            *path,
                                    GCancellable          *cancellable,
                                    RcProgressFunc         progress,
                                    gpointer               progress_data,
                                    GAsyncReadyCallback    callback,
                                    gpointer               user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(RcStore) reader = NULL;
  GError *error = NULL;
  RcExportJob *job;

  g_return_if_fail (RC_IS_STORE (store));
  g_return_if_fail (path != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, rc_monitoring_workbook_write_async);
  g_task_set_return_on_cancel (task, FALSE);

  /* A connection of the worker's own, read only: the store's belongs to
   * the main thread. It counts days as the store does. */
  reader = rc_store_open_reader (store, &error);
  if (reader == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  rc_store_set_updating_hours_per_day (reader, rc_store_get_updating_hours_per_day (store));

  job = rc_export_job_new (path, cohort_id, progress, progress_data);
  rc_export_job_set_data (job, g_steal_pointer (&reader), g_object_unref);
  g_task_set_task_data (task, job, rc_export_job_free);

  g_task_run_in_thread (task, write_in_thread);
}

gboolean
rc_monitoring_workbook_write_finish (GAsyncResult  *result,
                                     GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == rc_monitoring_workbook_write_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

char *
rc_monitoring_workbook_suggest_name (RcStore *store,
                                     gint64   cohort_id)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *name = NULL;
  g_autoptr(RcCohort) cohort = NULL;

  g_return_val_if_fail (RC_IS_STORE (store), NULL);

  if (cohort_id != 0 && (cohort = rc_store_get_cohort (store, cohort_id, NULL)) != NULL)
    /* Translators: a file name: the monitoring workbook of a cohort, and the date */
    name = g_strdup_printf (_("Monitoring - %s - %s.xlsx"), cohort->name, today);
  else
    /* Translators: a file name: the monitoring workbook of every cohort, and the date */
    name = g_strdup_printf (_("Monitoring - all cohorts - %s.xlsx"), today);

  return rc_file_name_make_safe (name);
}
