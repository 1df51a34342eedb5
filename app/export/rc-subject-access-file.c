/* rc-subject-access-file.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-export"

#include "config.h"

#include <string.h>

#include "rc-output-file.h"
#include "rc-subject-access-file.h"
#include "store/rc-store-worker.h"

typedef struct
{
  gint64  trainee_id;
  char   *path;
} Job;

static void
job_free (gpointer data)
{
  Job *job = data;

  g_free (job->path);
  g_free (job);
}

static gboolean
write_report (RcStore     *reader,
              gpointer     data,
              RcProgress  *progress,
              GError     **error)
{
  Job *job = data;
  g_autofree char *report = NULL;

  report = rc_store_subject_access_report (reader, job->trainee_id, error);
  if (report == NULL || !rc_progress_update (progress, 1, 2, error))
    return FALSE;

  /* Written beside the target and renamed over it, so a reader never sees
   * half a report; private, as it is personal data. */
  return rc_output_file_set_contents (job->path, report, strlen (report), RC_OUTPUT_FILE_PRIVATE, error);
}

void
rc_subject_access_write_async (RcStore             *store,
                               gint64               trainee_id,
                               const char          *path,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(RcProgress) progress = NULL;
  Job *job;

  g_return_if_fail (RC_IS_STORE (store));
  g_return_if_fail (path != NULL);

  job = g_new0 (Job, 1);
  job->trainee_id = trainee_id;
  job->path = g_strdup (path);
  progress = rc_progress_new (cancellable, NULL, NULL);
  rc_store_work_async (store, RC_STORE_WORK_READ, write_report, job, job_free, progress, callback, user_data);
}

gboolean
rc_subject_access_write_finish (RcStore       *store,
                                GAsyncResult  *result,
                                GError       **error)
{
  return rc_store_work_finish (store, result, error);
}
