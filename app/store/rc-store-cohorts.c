/* rc-store-cohorts.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-store"

#include "config.h"

#include <glib/gi18n.h>

#include "rc-store-private.h"
#include "model/rc-money.h"
#include "model/rc-record-rules.h"

/* Cohorts --------------------------------------------------------------- */

#define COHORT_SELECT \
  "SELECT h.id, h.programme_id, p.name, h.consortium_id, k.name, h.name, h.starts_on, h.ends_on, " \
  "       h.places_funded, h.min_years_out, h.max_years_out, h.training_weeks, h.notes " \
  "FROM cohort h JOIN programme p ON p.id = h.programme_id JOIN consortium k ON k.id = h.consortium_id "

static gpointer
read_cohort (RcStatement  *stmt)
{
  RcCohort *cohort = rc_cohort_new ();

  cohort->id = rc_column_int (stmt, 0);
  cohort->programme_id = rc_column_int (stmt, 1);
  cohort->programme_name = rc_column_text (stmt, 2);
  cohort->consortium_id = rc_column_int (stmt, 3);
  cohort->consortium_name = rc_column_text (stmt, 4);
  cohort->name = rc_column_text (stmt, 5);
  cohort->starts_on = rc_column_text (stmt, 6);
  cohort->ends_on = rc_column_text (stmt, 7);
  cohort->places_funded = rc_column_int (stmt, 8);
  cohort->min_years_out = rc_column_int (stmt, 9);
  cohort->max_years_out = rc_column_int (stmt, 10);
  cohort->training_weeks = rc_column_int (stmt, 11);
  cohort->notes = rc_column_text (stmt, 12);

  return cohort;
}

GListModel *
rc_store_list_cohorts (RcStore  *self,
                       GError  **error)
{
  g_return_val_if_fail (RC_IS_STORE (self), NULL);

  return rc_store_collect (self,
                           rc_store_prepare (self, COHORT_SELECT "ORDER BY p.name, k.name, h.starts_on, h.name", error),
                           RC_TYPE_COHORT, read_cohort, error);
}

GListModel *
rc_store_list_cohorts_past_retention (RcStore     *self,
                                      const char  *today,
                                      int          months,
                                      GError     **error)
{
  g_autofree char *today_iso = NULL;
  g_autofree char *modifier = NULL;
  RcStatement *stmt;

  g_return_val_if_fail (RC_IS_STORE (self), NULL);
  g_return_val_if_fail (months > 0, NULL);

  if ((today_iso = rc_date_iso_or_today (today, error)) == NULL)
    return NULL;

  /* SQLite adds months as the calendar does: 2017-03-31 + 72 months is
   * 2023-03-31. */
  modifier = g_strdup_printf ("+%d months", months);
  stmt = rc_store_prepare (self,
                           COHORT_SELECT
                           "WHERE h.ends_on IS NOT NULL AND date(h.ends_on, ?2) < ?1 "
                           "  AND EXISTS (SELECT 1 FROM trainee t WHERE t.cohort_id = h.id AND t.erased_at IS NULL) "
                           "ORDER BY h.ends_on, h.name",
                           error);
  if (stmt == NULL)
    return NULL;
  rc_bind_text (stmt, 1, today_iso);
  rc_bind_text (stmt, 2, modifier);

  return rc_store_collect (self, stmt, RC_TYPE_COHORT, read_cohort, error);
}

GListModel *
rc_store_list_consortium_cohorts (RcStore  *self,
                                  gint64    consortium_id,
                                  GError  **error)
{
  g_return_val_if_fail (RC_IS_STORE (self), NULL);

  return rc_store_collect_for_id (self,
                                  COHORT_SELECT "WHERE h.consortium_id = ?1 ORDER BY h.starts_on, h.name",
                                  consortium_id, RC_TYPE_COHORT, read_cohort, error);
}

RcCohort *
rc_store_get_cohort (RcStore  *self,
                     gint64    id,
                     GError  **error)
{
  g_return_val_if_fail (RC_IS_STORE (self), NULL);

  return rc_store_collect_one_for_id (self,
                                      COHORT_SELECT "WHERE h.id = ?1",
                                      id, read_cohort, _("cohort"), error);
}

gboolean
rc_store_save_cohort (RcStore   *self,
                      RcCohort  *cohort,
                      GError   **error)
{
  g_autofree char *summary = NULL;
  RcStatement *stmt;
  GDate today;

  g_return_val_if_fail (RC_IS_STORE (self), FALSE);
  g_return_val_if_fail (RC_IS_COHORT (cohort), FALSE);

  /* The table holds every cohort to the returner bounds, so the store
   * checks them whatever the programme. */
  rc_field_today (&today);
  if (!rc_store_refuse_errors (rc_rules_check_cohort (cohort, TRUE, &today), error))
    return FALSE;

  stmt = rc_store_prepare_save (self, cohort->id,
                                "INSERT INTO cohort (programme_id, consortium_id, name, starts_on, ends_on, "
                                "  places_funded, min_years_out, max_years_out, training_weeks, notes) "
                                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                                "UPDATE cohort SET programme_id = ?1, consortium_id = ?2, name = ?3, starts_on = ?4, "
                                "  ends_on = ?5, places_funded = ?6, min_years_out = ?7, max_years_out = ?8, "
                                "  training_weeks = ?9, notes = ?10 "
                                "WHERE id = ?11",
                                error);
  if (stmt == NULL)
    return FALSE;

  rc_bind_id (stmt, 1, cohort->programme_id);
  rc_bind_id (stmt, 2, cohort->consortium_id);
  rc_bind_text (stmt, 3, cohort->name);
  rc_bind_text (stmt, 4, cohort->starts_on);
  rc_bind_text (stmt, 5, cohort->ends_on);
  rc_bind_int (stmt, 6, cohort->places_funded);
  rc_bind_int (stmt, 7, cohort->min_years_out);
  rc_bind_int (stmt, 8, cohort->max_years_out);
  rc_bind_id (stmt, 9, cohort->training_weeks);
  rc_bind_text (stmt, 10, cohort->notes);

  summary = g_strdup_printf ("%s cohort %s (%s to %s, %" G_GINT64_FORMAT " places funded)",
                             cohort->id == 0 ? "Added" : "Changed", cohort->name,
                             cohort->starts_on ? cohort->starts_on : "?",
                             cohort->ends_on ? cohort->ends_on : "?",
                             cohort->places_funded);

  return rc_store_finish_write (self, stmt, "cohort", &cohort->id, summary, error);
}

gboolean
rc_store_delete_cohort (RcStore  *self,
                        gint64    id,
                        GError  **error)
{
  g_autoptr(RcCohort) cohort = NULL;
  g_autofree char *summary = NULL;
  gint64 trainees = 0;

  g_return_val_if_fail (RC_IS_STORE (self), FALSE);

  if (!rc_store_begin (self, error))
    return FALSE;

  cohort = rc_store_get_cohort (self, id, error);
  if (cohort == NULL)
    goto failed;

  if (!rc_store_count_rows (self,
                            rc_store_prepare (self, "SELECT count(*) FROM trainee WHERE cohort_id = ?1", error),
                            id, &trainees, error))
    goto failed;
  if (trainees > 0)
    {
      g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "The cohort “%s” still has %d trainee; delete the trainee "
                                "before deleting the cohort",
                                "The cohort “%s” still has %d trainees; delete them "
                                "before deleting the cohort",
                                (gulong) trainees),
                   cohort->name, (int) trainees);
      goto failed;
    }

  /* Its places go with it (ON DELETE CASCADE). */
  rc_store_touch (self, "cohort_place");
  summary = g_strdup_printf ("Deleted cohort %s with its places", cohort->name);
  if (!rc_store_delete_row (self,
                            rc_store_prepare (self, "DELETE FROM cohort WHERE id = ?1", error),
                            "cohort", id, summary, error))
    goto failed;

  return rc_store_commit (self, error);

failed:
  rc_store_rollback (self);
  return FALSE;
}

/* Places ---------------------------------------------------------------- */

static gpointer
read_place (RcStatement  *stmt)
{
  RcCohortPlace *place = rc_cohort_place_new ();

  place->id = rc_column_int (stmt, 0);
  place->cohort_id = rc_column_int (stmt, 1);
  place->council_id = rc_column_int (stmt, 2);
  place->council_name = rc_column_text (stmt, 3);
  place->places = rc_column_int (stmt, 4);

  return place;
}

GListModel *
rc_store_list_cohort_places (RcStore  *self,
                             gint64    cohort_id,
                             GError  **error)
{
  g_return_val_if_fail (RC_IS_STORE (self), NULL);

  return rc_store_collect_for_id (self,
                                  "SELECT cp.id, cp.cohort_id, cp.council_id, c.name, cp.places "
                                  "FROM cohort_place cp JOIN council c ON c.id = cp.council_id "
                                  "WHERE cp.cohort_id = ?1 ORDER BY c.name",
                                  cohort_id, RC_TYPE_COHORT_PLACE, read_place, error);
}

gboolean
rc_store_set_cohort_places (RcStore     *self,
                            gint64       cohort_id,
                            GListModel  *places,
                            GError     **error)
{
  g_autoptr(RcCohort) cohort = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autofree char *summary = NULL;
  RcStatement *stmt;
  gint64 total = 0;
  guint n;

  g_return_val_if_fail (RC_IS_STORE (self), FALSE);
  g_return_val_if_fail (G_IS_LIST_MODEL (places), FALSE);
  g_return_val_if_fail (g_type_is_a (g_list_model_get_item_type (places), RC_TYPE_COHORT_PLACE), FALSE);

  n = g_list_model_get_n_items (places);
  ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n);

  if (!rc_store_begin (self, error))
    return FALSE;

  /* Read inside the transaction, so places_funded cannot change under us. */
  cohort = rc_store_get_cohort (self, cohort_id, error);
  if (cohort == NULL)
    goto failed;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RcCohortPlace) place = g_list_model_get_item (places, i);
      total += place->places;
    }
  if (n > 0 && total != cohort->places_funded)
    {
      g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "The places add up to %d, but the cohort has %d place funded",
                                "The places add up to %d, but the cohort has %d places funded",
                                (gulong) cohort->places_funded),
                   (int) total, (int) cohort->places_funded);
      goto failed;
    }

  if (!rc_store_run_for_id (self, "DELETE FROM cohort_place WHERE cohort_id = ?1", cohort_id, error))
    goto failed;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RcCohortPlace) place = g_list_model_get_item (places, i);
      gint64 id;

      stmt = rc_store_prepare (self,
                               "INSERT INTO cohort_place (cohort_id, council_id, places) VALUES (?1, ?2, ?3)",
                               error);
      if (stmt == NULL)
        goto failed;
      rc_bind_int (stmt, 1, cohort_id);
      rc_bind_id (stmt, 2, place->council_id);
      rc_bind_int (stmt, 3, place->places);
      if (!rc_store_step_done (self, stmt, error))
        goto failed;
      id = rc_store_last_insert_id (self);
      g_array_append_val (ids, id);
    }

  summary = g_strdup_printf ("Changed cohort %s: %" G_GINT64_FORMAT " places allocated to %u councils",
                             cohort->name, total, n);
  if (!rc_store_audit (self, "cohort", cohort_id, "update", summary, error))
    goto failed;
  rc_store_touch (self, "cohort_place");

  /* At the outermost level a failed commit has already rolled back. */
  if (!rc_store_commit (self, error))
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RcCohortPlace) place = g_list_model_get_item (places, i);

      place->id = g_array_index (ids, gint64, i);
      place->cohort_id = cohort_id;
    }

  return TRUE;

failed:
  rc_store_rollback (self);
  return FALSE;
}

/* Retention ------------------------------------------------------------- */

gboolean
rc_store_get_cohort_retention (RcStore      *self,
                               gint64        cohort_id,
                               gint64        council_id,
                               RcRetention  *out,
                               guint         counts[RC_N_STAGES],
                               GError      **error)
{
  g_autoptr(GArray) items = g_array_new (FALSE, TRUE, sizeof (RcTraineeProgress));
  g_autoptr(GError) local_error = NULL;
  g_autoptr(RcCohort) cohort = NULL;
  gint64 trainee_id = 0;
  RcStatement *stmt;

  g_return_val_if_fail (RC_IS_STORE (self), FALSE);

  cohort = rc_store_get_cohort (self, cohort_id, error);
  if (cohort == NULL)
    return FALSE;

  stmt = rc_store_prepare (self,
                           "SELECT " RC_STORE_PROGRESS_COLUMNS " " RC_STORE_PROGRESS_FROM
                           "WHERE t.cohort_id = ?1 AND (?2 IS NULL OR t.host_council_id = ?2) "
                           "ORDER BY t.id, e.occurred_on, e.id",
                           error);
  if (stmt == NULL)
    return FALSE;
  rc_bind_int (stmt, 1, cohort_id);
  rc_bind_id (stmt, 2, council_id);

  while (rc_store_step_row (self, stmt, &local_error))
    rc_store_progress_add_row (stmt, 0, items, &trainee_id);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (out != NULL)
    rc_retention_compute ((RcTraineeProgress *) (gpointer) items->data, items->len, out);
  if (counts != NULL)
    rc_stage_counts ((RcTraineeProgress *) (gpointer) items->data, items->len, counts);

  return TRUE;
}
