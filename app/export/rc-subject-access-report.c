/* rc-subject-access-report.c: everything held about one trainee, as
 * plain text (UK GDPR, article 15)
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Built from what the store's API returns (the trainee, its cohort, its
 * stage history, its audit lines and the councils named), never from SQL.
 * The text is declared in store/rc-store-trainees.h, which its callers
 * include; the window writes it to a file in a worker
 * (rc_subject_access_write_async(), rc-subject-access-report.h).
 */

#define G_LOG_DOMAIN "rc-export"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "model/rc-stage.h"
#include "rc-export-job.h"
#include "rc-output-file.h"
#include "rc-subject-access-report.h"

static void
add_field (GString     *report,
           const char  *label,
           const char  *value)
{
  g_string_append_printf (report, "  %s: %s\n", label,
                          value != NULL && *value != '\0' ? value : _("(none)"));
}

static char *
council_name (RcStore *self,
              gint64   council_id)
{
  g_autoptr(RcCouncil) council = NULL;

  if (council_id == 0)
    return NULL;

  council = rc_store_get_council (self, council_id, NULL);
  if (council == NULL)
    return g_strdup_printf ("%" G_GINT64_FORMAT, council_id);

  return g_strdup_printf ("%s (%s)", council->name, council->gss_code);
}

static void
add_trainee_fields (RcStore    *self,
                    GString    *report,
                    RcTrainee  *trainee,
                    RcCohort   *cohort)
{
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, trainee->id);
  g_autofree char *cohort_text = NULL;
  g_autofree char *host = council_name (self, trainee->host_council_id);
  g_autofree char *employer = council_name (self, trainee->employer_council_id);
  g_autofree char *stage = NULL;
  const char *registered_with = trainee->registered_with;
  const char *reason = trainee->withdrawal_reason;
  RcWithdrawalReason reason_value;

  cohort_text = g_strdup_printf ("%s (%s, %s)", cohort->name, cohort->programme_name, cohort->consortium_name);
  stage = trainee->stage_on != NULL
    ? g_strdup_printf (_("%s, since %s"), rc_stage_get_label (trainee->stage), trainee->stage_on)
    : g_strdup (rc_stage_get_label (trainee->stage));
  if (g_strcmp0 (registered_with, "hcpc") == 0)
    registered_with = _("Health and Care Professions Council (HCPC)");
  else if (g_strcmp0 (registered_with, "swe") == 0)
    registered_with = _("Social Work England");
  if (reason != NULL && rc_withdrawal_reason_from_key (reason, &reason_value))
    reason = rc_withdrawal_reason_get_label (reason_value);

  g_string_append_printf (report, "%s\n", _("Record"));
  add_field (report, _("Record number"), id);
  add_field (report, _("Reference"), trainee->reference);
  add_field (report, _("Cohort"), cohort_text);
  add_field (report, _("Given name"), trainee->given_name);
  add_field (report, _("Family name"), trainee->family_name);
  add_field (report, _("E-mail"), trainee->email);
  add_field (report, _("Phone"), trainee->phone);
  add_field (report, _("Host council"), host);
  add_field (report, _("Stage"), stage);
  add_field (report, _("Registration number"), trainee->registration_number);
  add_field (report, _("Registered with"), registered_with);
  add_field (report, _("Left practice"), trainee->left_practice_on);
  add_field (report, _("Applied"), trainee->applied_on);
  add_field (report, _("Reason for withdrawal"), reason);
  add_field (report, _("Note on withdrawal"), trainee->withdrawal_note);
  add_field (report, _("Employer"), employer);
  add_field (report, _("Personal details erased"), trainee->erased_at);
}

static char *
describe_hours (RcUpdatingActivity *activity)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (activity->kind == RC_UPDATING_RECORDED_DAYS)
    /* Translators: days recorded as a total, such as "30" */
    return g_strdup_printf (_("%s days"),
                            g_ascii_formatd (buffer, sizeof buffer, "%.2f", activity->days100 / 100.0));

  /* Translators: hours spent, such as "7" or "3.5" */
  return g_strdup_printf (_("%s hours"),
                          g_ascii_formatd (buffer, sizeof buffer, "%g", activity->hours100 / 100.0));
}

/* The updating log: its tally, each entry and the date of restoration. */
static gboolean
add_updating_log (RcStore     *self,
                  RcTrainee   *trainee,
                  GString     *report,
                  GError     **error)
{
  g_autoptr(GListModel) log = NULL;
  g_autofree char *restoration_on = NULL;
  g_autofree char *summary = NULL;
  g_autoptr(GError) local_error = NULL;
  RcUpdatingTally tally;
  guint n;

  if (!rc_store_get_updating_tally (self, trainee, NULL, &tally, &log, error))
    return FALSE;
  restoration_on = rc_store_get_restoration_applied_on (self, trainee->id, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  n = g_list_model_get_n_items (log);
  if (n == 0 && restoration_on == NULL)
    return TRUE;

  summary = rc_updating_tally_describe (&tally);
  g_string_append_printf (report, "\n%s\n", _("Updating log (Social Work England)"));
  /* Translators: the log's summary and the hours in a day it counts with */
  g_string_append_printf (report, _("  %s (a day is %u hours)"), summary, tally.hours_per_day);
  g_string_append_c (report, '\n');
  if (restoration_on != NULL)
    g_string_append_printf (report, "  %s: %s\n", _("Applied for restoration"), restoration_on);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RcUpdatingActivity) activity = g_list_model_get_item (log, i);
      g_autofree char *hours = describe_hours (activity);

      g_string_append_printf (report, "  %s", activity->started_on);
      if (activity->ended_on != NULL)
        g_string_append_printf (report, " – %s", activity->ended_on);
      g_string_append_printf (report, "  %s, %s", rc_updating_kind_get_label (activity->kind), hours);
      if (activity->note != NULL && *activity->note != '\0')
        g_string_append_printf (report, " — %s", activity->note);
      if (activity->supervisor_name != NULL)
        /* Translators: a supervisor's name, regulator and registration number */
        g_string_append_printf (report, _(" — supervised by %s (%s, %s)"), activity->supervisor_name,
                                activity->supervisor_regulator, activity->supervisor_registration);
      g_string_append_c (report, '\n');
    }

  return TRUE;
}

char *
rc_store_subject_access_report (RcStore  *self,
                                gint64    trainee_id,
                                GError  **error)
{
  g_autoptr(GString) report = g_string_new (NULL);
  g_autoptr(RcTrainee) trainee = NULL;
  g_autoptr(RcCohort) cohort = NULL;
  g_autoptr(GListModel) events = NULL;
  g_autoptr(GListModel) audit = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *produced = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");

  g_return_val_if_fail (RC_IS_STORE (self), NULL);

  if ((trainee = rc_store_get_trainee (self, trainee_id, error)) == NULL
      || (cohort = rc_store_get_cohort (self, trainee->cohort_id, error)) == NULL
      || (events = rc_store_list_trainee_events (self, trainee_id, error)) == NULL
      || (audit = rc_store_list_audit (self, "trainee", trainee_id, error)) == NULL)
    return NULL;

  g_string_append_printf (report, _("Subject access report for trainee %s"), trainee->reference);
  g_string_append_c (report, '\n');
  g_string_append_printf (report, _("Everything Return Coordinator holds about this person, produced %s."),
                          produced);
  g_string_append (report, "\n\n");

  add_trainee_fields (self, report, trainee, cohort);
  if (!add_updating_log (self, trainee, report, error))
    return NULL;

  g_string_append_printf (report, "\n%s\n", _("Stage history"));
  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(RcTraineeEvent) event = g_list_model_get_item (events, i);
      g_autofree char *council = council_name (self, event->council_id);

      g_string_append_printf (report, "  %s  %s", event->occurred_on, rc_stage_get_label (event->stage));
      if (council != NULL)
        g_string_append_printf (report, " — %s", council);
      if (event->note != NULL && *event->note != '\0')
        g_string_append_printf (report, " — %s", event->note);
      g_string_append_c (report, '\n');
    }

  g_string_append_printf (report, "\n%s\n", _("Audit log"));
  for (guint i = 0; i < g_list_model_get_n_items (audit); i++)
    {
      g_autoptr(RcAuditEntry) entry = g_list_model_get_item (audit, i);

      g_string_append_printf (report, "  %s  %s  %s\n", entry->at, entry->action, entry->summary);
    }

  return g_string_free (g_steal_pointer (&report), FALSE);
}

/* Written in a worker ---------------------------------------------------- */

static gboolean
write_report (RcStore     *reader,
              gpointer     data,
              RcProgress  *progress,
              GError     **error)
{
  RcExportJob *job = data;
  g_autofree char *report = NULL;

  report = rc_store_subject_access_report (reader, job->id, error);
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
  rc_export_job_read_async (store, write_report, rc_export_job_new (path, trainee_id, NULL, NULL),
                            cancellable, callback, user_data);
}

gboolean
rc_subject_access_write_finish (RcStore       *store,
                                GAsyncResult  *result,
                                GError       **error)
{
  return rc_store_work_finish (store, result, error);
}
