/* rc-store-trainees-bulk.c: adding many new trainees at once, as an
 * import does
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * rc_store_save_trainee() run once per trainee spent most of a
 * 100,000-trainee import on a savepoint per trainee, on statements looked
 * up and bound with copies of every string, and on three statements run
 * per trainee (docs/benchmarks.md). Here the whole batch is one
 * transaction: one prepared insert per trainee, bound without copying, so
 * that a refusal still names its trainee, then the events and the audit
 * lines of all of them in one statement each. Each trainee still gets
 * what a single save gives it: its "applied" event, through which the
 * schema's trigger sets its stage, and its own "create" audit line, which
 * its subject access report shows.
 *
 * A worker runs it in batches (rc_store_add_trainees_full()): between two
 * batches it reports how far it is and stops, rolling back, when asked to.
 */

#define G_LOG_DOMAIN "rc-store"

#include "config.h"

#include "model/rc-record-rules.h"
#include "rc-store-private.h"
#include "rc-store-updating-private.h"

/* Rows between two reports of progress, and two chances to cancel: the
 * trainees one at a time, their events and audit lines a range of ids at
 * a time (a statement under way is interrupted by a cancel too). */
#define BATCH 2000
#define HISTORY_BATCH 10000

/* How far along each step leaves the import, as a fraction. */
#define DONE_TRAINEES 0.55
#define DONE_EVENTS   0.85
#define DONE_AUDIT    0.98

/* One row per trainee, in order, its id appended to @ids; a refusal sets
 * @failed_index to the trainee's index. Each row already has the stage and
 * date its "applied" event will give it, so the schema's trigger finds
 * nothing to change and leaves the row and its index alone. */
static gboolean
insert_trainees (RcStore     *self,
                 gint64       cohort_id,
                 GPtrArray   *trainees,
                 const char  *today,
                 GArray      *ids,
                 RcProgress  *progress,
                 guint       *failed_index,
                 GError     **error)
{
  RcStatement *stmt;
  gboolean ok = TRUE;

  stmt = rc_store_prepare (self,
                           "INSERT INTO trainee (cohort_id, reference, given_name, family_name, email, "
                           "  phone, host_council_id, registration_number, registered_with, "
                           "  left_practice_on, applied_on, stage, stage_on) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 'applied', coalesce(?11, ?12))",
                           error);
  if (stmt == NULL)
    return FALSE;

  rc_bind_int (stmt, 1, cohort_id);
  rc_bind_text_borrowed (stmt, 12, today);
  for (guint i = 0; ok && i < trainees->len; i++)
    {
      RcTrainee *trainee = g_ptr_array_index (trainees, i);
      gint64 id;

      if (i % BATCH == 0 && !rc_progress_update_part (progress, 0, DONE_TRAINEES, i, trainees->len, error))
        {
          ok = FALSE;
          break;
        }
      rc_bind_text_borrowed (stmt, 2, trainee->reference);
      rc_bind_text_borrowed (stmt, 3, trainee->given_name);
      rc_bind_text_borrowed (stmt, 4, trainee->family_name);
      rc_bind_text_borrowed (stmt, 5, trainee->email);
      rc_bind_text_borrowed (stmt, 6, trainee->phone);
      rc_bind_id (stmt, 7, trainee->host_council_id);
      rc_bind_text_borrowed (stmt, 8, trainee->registration_number);
      rc_bind_text_borrowed (stmt, 9, trainee->registered_with);
      rc_bind_text_borrowed (stmt, 10, trainee->left_practice_on);
      rc_bind_text_borrowed (stmt, 11, trainee->applied_on);
      if (!rc_store_step_done (self, stmt, error))
        {
          *failed_index = i;
          ok = FALSE;
          break;
        }
      id = rc_store_last_insert_id (self);
      g_array_append_val (ids, id);
    }

  /* The statement keeps no pointer to a string it does not own. */
  rc_statement_clear_bindings (stmt);

  return ok;
}

/* Runs @sql, which reads the rows of ids ?1 to ?2 with ?3 = @text, over
 * low..high in ranges of @batch ids, moving @progress from @from_part to
 * @to_part as it goes. */
static gboolean
run_in_batches (RcStore     *self,
                const char  *sql,
                gint64       low,
                gint64       high,
                gint64       batch,
                const char  *text,
                RcProgress  *progress,
                double       from_part,
                double       to_part,
                GError     **error)
{
  for (gint64 from = low; from <= high; from += batch)
    {
      RcStatement *stmt;

      if (!rc_progress_update_part (progress, from_part, to_part, from - low, high - low + 1, error))
        return FALSE;
      stmt = rc_store_prepare (self, sql, error);
      if (stmt == NULL)
        return FALSE;
      rc_bind_int (stmt, 1, from);
      rc_bind_int (stmt, 2, MIN (high, from + batch - 1));
      rc_bind_text (stmt, 3, text);
      if (!rc_store_step_done (self, stmt, error))
        return FALSE;
    }

  return TRUE;
}

/* Each new trainee's "applied" event, dated applied_on or @today, and its
 * "create" audit line, as rc_store_save_trainee() writes them. When the
 * new ids are a run with nothing else between them, as SQLite gives them
 * to rows added at the end of a table, two statements write them all.
 * Run once per row they cost more: each run of a statement has its own
 * statement journal and cursors, and rebuilds the temporary table SQLite
 * makes of the list in each table's CHECK (stage IN (…), action IN (…)). */
static gboolean
add_histories (RcStore     *self,
               gint64       cohort_id,
               GPtrArray   *trainees,
               GArray      *ids,
               const char  *today,
               const char  *at,
               RcProgress  *progress,
               GError     **error)
{
  gint64 low = G_MAXINT64;
  gint64 high = G_MININT64;

  for (guint i = 0; i < ids->len; i++)
    {
      low = MIN (low, g_array_index (ids, gint64, i));
      high = MAX (high, g_array_index (ids, gint64, i));
    }

  /* n distinct ids that span n numbers are exactly the ids low..high. */
  if (ids->len > 0 && high - low + 1 == (gint64) ids->len)
    {
      /* In ranges of ids, a batch each, so that a cancel is heard; in
       * one when nobody listens. */
      gint64 batch = progress != NULL ? HISTORY_BATCH : ids->len;

      /* One moment for the whole batch, as it is one transaction: the
       * audit line's default would work it out again for every row. */
      return run_in_batches (self,
                             "INSERT INTO trainee_event (trainee_id, stage, occurred_on) "
                             "SELECT id, 'applied', coalesce(applied_on, ?3) FROM trainee "
                             "WHERE id BETWEEN ?1 AND ?2 ORDER BY id",
                             low, high, batch, today, progress, DONE_TRAINEES, DONE_EVENTS, error)
             && run_in_batches (self,
                                "INSERT INTO audit_log (at, entity, entity_id, action, summary) "
                                "SELECT ?3, 'trainee', id, 'create', "
                                "  'Added trainee ' || reference || ' to cohort ' || cohort_id FROM trainee "
                                "WHERE id BETWEEN ?1 AND ?2 ORDER BY id",
                                low, high, batch, at, progress, DONE_EVENTS, DONE_AUDIT, error);
    }

  /* Otherwise one at a time, as a single save does. */
  for (guint i = 0; i < ids->len; i++)
    {
      RcTrainee *trainee = g_ptr_array_index (trainees, i);
      gint64 id = g_array_index (ids, gint64, i);
      g_autofree char *summary = g_strdup_printf ("Added trainee %s to cohort %" G_GINT64_FORMAT,
                                                  trainee->reference, cohort_id);

      if ((i % BATCH == 0 && !rc_progress_update_part (progress, DONE_TRAINEES, DONE_AUDIT, i, ids->len, error))
          || !rc_store_add_trainee_event (self, id, RC_STAGE_APPLIED,
                                       trainee->applied_on != NULL ? trainee->applied_on : today,
                                       0, NULL, error)
          || !rc_store_audit (self, "trainee", id, "create", summary, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
insert_all (RcStore     *self,
            gint64       cohort_id,
            GPtrArray   *trainees,
            RcProgress  *progress,
            guint       *failed_index,
            GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) now_utc = g_date_time_to_utc (now);
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *at = g_date_time_format (now_utc, "%Y-%m-%dT%H:%M:%SZ");
  g_autoptr(GArray) ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), trainees->len);

  if (!insert_trainees (self, cohort_id, trainees, today, ids, progress, failed_index, error)
      || !add_histories (self, cohort_id, trainees, ids, today, at, progress, error))
    return FALSE;

  /* Days of updating a file gives start each returner's log, dated the
   * day of the import: the file says how many, not when. */
  for (guint i = 0; i < ids->len; i++)
    {
      RcTrainee *trainee = g_ptr_array_index (trainees, i);

      if (trainee->updating_days_done > 0
          && !rc_store_add_recorded_days (self, g_array_index (ids, gint64, i), trainee->updating_days_done,
                                          today, "Days of updating given by an imported file", error))
        {
          *failed_index = i;
          return FALSE;
        }
    }

  if (trainees->len > 0)
    {
      rc_store_touch (self, "trainee");
      rc_store_touch (self, "trainee_event");
      rc_store_touch (self, "audit_log");
    }

  return TRUE;
}

gboolean
rc_store_add_trainees (RcStore      *self,
                       gint64        cohort_id,
                       GPtrArray    *trainees,
                       const char   *summary,
                       guint        *failed_index,
                       GError      **error)
{
  return rc_store_add_trainees_full (self, cohort_id, trainees, summary, NULL, failed_index, error);
}

gboolean
rc_store_add_trainees_full (RcStore      *self,
                            gint64        cohort_id,
                            GPtrArray    *trainees,
                            const char   *summary,
                            RcProgress   *progress,
                            guint        *failed_index,
                            GError      **error)
{
  guint failed = G_MAXUINT;
  GDate today;
  gboolean ok;

  g_return_val_if_fail (RC_IS_STORE (self), FALSE);
  g_return_val_if_fail (cohort_id > 0, FALSE);
  g_return_val_if_fail (trainees != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  for (guint i = 0; i < trainees->len; i++)
    {
      RcTrainee *trainee = g_ptr_array_index (trainees, i);

      g_return_val_if_fail (RC_IS_TRAINEE (trainee) && trainee->id == 0, FALSE);
    }

  if (failed_index != NULL)
    *failed_index = G_MAXUINT;

  /* What a single save refuses, a batch refuses too, naming the trainee. */
  rc_field_today (&today);
  for (guint i = 0; i < trainees->len; i++)
    if (!rc_store_refuse_errors (rc_rules_check_trainee (g_ptr_array_index (trainees, i), NULL, FALSE, &today),
                                 error))
      {
        if (failed_index != NULL)
          *failed_index = i;
        return FALSE;
      }

  if (!rc_store_begin (self, error))
    return FALSE;

  /* The last chance to cancel is before the commit. */
  ok = insert_all (self, cohort_id, trainees, progress, &failed, error)
       && (summary == NULL || trainees->len == 0
           || rc_store_audit (self, "cohort", cohort_id, "import", summary, error))
       && rc_progress_update (progress, 1, 1, error);
  if (!ok)
    {
      if (failed_index != NULL)
        *failed_index = failed;
      rc_store_rollback (self);
      return FALSE;
    }

  /* At the outermost level a failed commit has already rolled back. */
  return rc_store_commit (self, error);
}
