/* rc-store-workforce.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-store"

#include "config.h"

#include <glib/gi18n.h>

#include "model/rc-record-rules.h"
#include "rc-store-private.h"

static const char *scope_keys[] = { "council", "region", "national" };

#define RETURN_SELECT \
  "SELECT w.id, w.scope, w.council_id, w.region_id, " \
  "       coalesce(c.name, r.name, 'England'), w.year, w.in_post_fte100, w.starters_fte100, " \
  "       w.leavers_fte100, w.agency_fte100, w.vacancies_fte100, w.case_holders_fte100, " \
  "       w.cases, w.sickness_days100, w.source, w.published_vacancy_rate_pct100, " \
  "       w.published_agency_rate_pct100, w.published_turnover_rate_pct100, w.published_caseload100 " \
  "FROM workforce_return w " \
  "LEFT JOIN council c ON c.id = w.council_id " \
  "LEFT JOIN region r ON r.id = w.region_id "

static int
scope_from_key (const char *key)
{
  for (guint i = 0; i < G_N_ELEMENTS (scope_keys); i++)
    if (g_strcmp0 (key, scope_keys[i]) == 0)
      return i;

  return RC_WORKFORCE_SCOPE_COUNCIL;
}

static gpointer
read_return (RcStatement  *stmt)
{
  RcWorkforceReturn *ret = rc_workforce_return_new ();

  ret->id = rc_column_int (stmt, 0);
  ret->scope = scope_from_key (rc_statement_column_text (stmt, 1));
  ret->council_id = rc_column_int (stmt, 2);
  ret->region_id = rc_column_int (stmt, 3);
  ret->area_name = rc_column_text (stmt, 4);
  ret->year = rc_column_int (stmt, 5);
  ret->in_post_fte100 = rc_column_figure (stmt, 6);
  ret->starters_fte100 = rc_column_figure (stmt, 7);
  ret->leavers_fte100 = rc_column_figure (stmt, 8);
  ret->agency_fte100 = rc_column_figure (stmt, 9);
  ret->vacancies_fte100 = rc_column_figure (stmt, 10);
  ret->case_holders_fte100 = rc_column_figure (stmt, 11);
  ret->cases = rc_column_figure (stmt, 12);
  ret->sickness_days100 = rc_column_figure (stmt, 13);
  ret->source = rc_column_text (stmt, 14);
  ret->published_vacancy_rate_pct100 = rc_column_figure (stmt, 15);
  ret->published_agency_rate_pct100 = rc_column_figure (stmt, 16);
  ret->published_turnover_rate_pct100 = rc_column_figure (stmt, 17);
  ret->published_caseload100 = rc_column_figure (stmt, 18);

  return ret;
}

GListModel *
rc_store_list_council_returns (RcStore  *self,
                               gint64    council_id,
                               GError  **error)
{
  g_return_val_if_fail (RC_IS_STORE (self), NULL);

  return rc_store_collect_for_id (self,
                                  "WITH RECURSIVE chain (id) AS ("
                                  "  SELECT ?1 UNION SELECT p.id FROM council p JOIN chain ON p.successor_id = chain.id) "
                                  RETURN_SELECT
                                  "WHERE w.scope = 'council' AND w.council_id IN (SELECT id FROM chain) "
                                  "ORDER BY w.year, w.council_id",
                                  council_id, RC_TYPE_WORKFORCE_RETURN, read_return, error);
}

GListModel *
rc_store_list_latest_returns (RcStore  *self,
                              GError  **error)
{
  g_return_val_if_fail (RC_IS_STORE (self), NULL);

  return rc_store_collect (self,
                           rc_store_prepare (self,
                                             RETURN_SELECT
                                             "WHERE w.scope = 'council' AND w.year = "
                                             "  (SELECT max(year) FROM workforce_return x "
                                             "   WHERE x.scope = 'council' AND x.council_id = w.council_id) "
                                             "ORDER BY w.council_id",
                                             error),
                           RC_TYPE_WORKFORCE_RETURN, read_return, error);
}

GListModel *
rc_store_list_benchmark_returns (RcStore           *self,
                                 RcWorkforceScope   scope,
                                 gint64             region_id,
                                 GError           **error)
{
  RcStatement *stmt;

  g_return_val_if_fail (RC_IS_STORE (self), NULL);
  g_return_val_if_fail (scope == RC_WORKFORCE_SCOPE_REGION || scope == RC_WORKFORCE_SCOPE_NATIONAL, NULL);

  stmt = rc_store_prepare (self,
                           RETURN_SELECT
                           "WHERE w.scope = ?1 AND (?2 IS NULL OR w.region_id = ?2) "
                           "ORDER BY w.year",
                           error);
  if (stmt == NULL)
    return NULL;
  rc_bind_text (stmt, 1, scope_keys[scope]);
  rc_bind_id (stmt, 2, scope == RC_WORKFORCE_SCOPE_REGION ? region_id : 0);

  return rc_store_collect (self, stmt, RC_TYPE_WORKFORCE_RETURN, read_return, error);
}

RcWorkforceReturn *
rc_store_get_workforce_return (RcStore  *self,
                               gint64    id,
                               GError  **error)
{
  g_return_val_if_fail (RC_IS_STORE (self), NULL);

  return rc_store_collect_one_for_id (self,
                                      RETURN_SELECT "WHERE w.id = ?1",
                                      id, read_return, _("workforce return"), error);
}

static void
bind_figures (RcStatement       *stmt,
              RcWorkforceReturn *ret)
{
  rc_bind_text (stmt, 1, scope_keys[CLAMP (ret->scope, 0, (int) G_N_ELEMENTS (scope_keys) - 1)]);
  rc_bind_id (stmt, 2, ret->council_id);
  rc_bind_id (stmt, 3, ret->region_id);
  rc_bind_int (stmt, 4, ret->year);
  rc_bind_figure (stmt, 5, ret->in_post_fte100);
  rc_bind_figure (stmt, 6, ret->starters_fte100);
  rc_bind_figure (stmt, 7, ret->leavers_fte100);
  rc_bind_figure (stmt, 8, ret->agency_fte100);
  rc_bind_figure (stmt, 9, ret->vacancies_fte100);
  rc_bind_figure (stmt, 10, ret->case_holders_fte100);
  rc_bind_figure (stmt, 11, ret->cases);
  rc_bind_figure (stmt, 12, ret->sickness_days100);
  rc_bind_text (stmt, 13, ret->source != NULL ? ret->source : "manual");
  rc_bind_figure (stmt, 14, ret->published_vacancy_rate_pct100);
  rc_bind_figure (stmt, 15, ret->published_agency_rate_pct100);
  rc_bind_figure (stmt, 16, ret->published_turnover_rate_pct100);
  rc_bind_figure (stmt, 17, ret->published_caseload100);
}

static char *
describe (RcStore           *self,
          RcWorkforceReturn *ret)
{
  g_autoptr(RcCouncil) council = NULL;

  if (ret->scope == RC_WORKFORCE_SCOPE_COUNCIL && ret->council_id != 0)
    council = rc_store_get_council (self, ret->council_id, NULL);

  return g_strdup_printf ("workforce return %" G_GINT64_FORMAT " for %s", ret->year,
                          council != NULL ? council->name
                          : ret->scope == RC_WORKFORCE_SCOPE_NATIONAL ? "England" : "a region");
}

gboolean
rc_store_save_workforce_return (RcStore            *self,
                                RcWorkforceReturn  *ret,
                                GError            **error)
{
  g_autofree char *what = NULL;
  g_autofree char *summary = NULL;
  RcStatement *stmt;
  GDate today;

  g_return_val_if_fail (RC_IS_STORE (self), FALSE);
  g_return_val_if_fail (RC_IS_WORKFORCE_RETURN (ret), FALSE);

  rc_field_today (&today);
  if (!rc_store_refuse_errors (rc_rules_check_workforce_return (ret, &today), error))
    return FALSE;

  what = describe (self, ret);
  summary = g_strdup_printf ("%s %s", ret->id == 0 ? "Added" : "Changed", what);

  stmt = rc_store_prepare_save (self, ret->id,
                                "INSERT INTO workforce_return (scope, council_id, region_id, year, "
                                "  in_post_fte100, starters_fte100, leavers_fte100, agency_fte100, vacancies_fte100, "
                                "  case_holders_fte100, cases, sickness_days100, source, "
                                "  published_vacancy_rate_pct100, published_agency_rate_pct100, "
                                "  published_turnover_rate_pct100, published_caseload100) "
                                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)",
                                "UPDATE workforce_return SET scope = ?1, council_id = ?2, region_id = ?3, year = ?4, "
                                "  in_post_fte100 = ?5, starters_fte100 = ?6, leavers_fte100 = ?7, agency_fte100 = ?8, "
                                "  vacancies_fte100 = ?9, case_holders_fte100 = ?10, cases = ?11, "
                                "  sickness_days100 = ?12, source = ?13, "
                                "  published_vacancy_rate_pct100 = ?14, published_agency_rate_pct100 = ?15, "
                                "  published_turnover_rate_pct100 = ?16, published_caseload100 = ?17, "
                                "  updated_at = ?18 "
                                "WHERE id = ?19",
                                error);
  if (stmt == NULL)
    return FALSE;

  bind_figures (stmt, ret);
  if (ret->id != 0)
    {
      g_autofree char *now = rc_store_now_utc ();

      rc_bind_text (stmt, 18, now);
    }

  return rc_store_finish_write (self, stmt, "workforce_return", &ret->id, summary, error);
}

gboolean
rc_store_delete_workforce_return (RcStore  *self,
                                  gint64    id,
                                  GError  **error)
{
  g_autoptr(RcWorkforceReturn) ret = NULL;
  g_autofree char *what = NULL;
  g_autofree char *summary = NULL;

  g_return_val_if_fail (RC_IS_STORE (self), FALSE);

  ret = rc_store_get_workforce_return (self, id, error);
  if (ret == NULL)
    return FALSE;

  what = describe (self, ret);
  summary = g_strdup_printf ("Deleted %s", what);

  return rc_store_delete_row (self,
                              rc_store_prepare (self, "DELETE FROM workforce_return WHERE id = ?1", error),
                              "workforce_return", id, summary, error);
}

/* The three scopes have their own unique index, so their own upsert. */
static RcStatement  *
prepare_upsert (RcStore           *self,
                RcWorkforceScope   scope,
                GError           **error)
{
#define UPSERT_HEAD \
  "INSERT INTO workforce_return (scope, council_id, region_id, year, " \
  "  in_post_fte100, starters_fte100, leavers_fte100, agency_fte100, vacancies_fte100, " \
  "  case_holders_fte100, cases, sickness_days100, source, published_vacancy_rate_pct100, " \
  "  published_agency_rate_pct100, published_turnover_rate_pct100, published_caseload100) " \
  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17) "
#define UPSERT_TAIL \
  "DO UPDATE SET in_post_fte100 = excluded.in_post_fte100, starters_fte100 = excluded.starters_fte100, " \
  "  leavers_fte100 = excluded.leavers_fte100, agency_fte100 = excluded.agency_fte100, " \
  "  vacancies_fte100 = excluded.vacancies_fte100, case_holders_fte100 = excluded.case_holders_fte100, " \
  "  cases = excluded.cases, sickness_days100 = excluded.sickness_days100, source = excluded.source, " \
  "  published_vacancy_rate_pct100 = excluded.published_vacancy_rate_pct100, " \
  "  published_agency_rate_pct100 = excluded.published_agency_rate_pct100, " \
  "  published_turnover_rate_pct100 = excluded.published_turnover_rate_pct100, " \
  "  published_caseload100 = excluded.published_caseload100, " \
  "  updated_at = ?18 " \
  "RETURNING id"

  switch (scope)
    {
    case RC_WORKFORCE_SCOPE_REGION:
      return rc_store_prepare (self, UPSERT_HEAD "ON CONFLICT (region_id, year) WHERE scope = 'region' " UPSERT_TAIL, error);
    case RC_WORKFORCE_SCOPE_NATIONAL:
      return rc_store_prepare (self, UPSERT_HEAD "ON CONFLICT (year) WHERE scope = 'national' " UPSERT_TAIL, error);
    case RC_WORKFORCE_SCOPE_COUNCIL:
    default:
      return rc_store_prepare (self, UPSERT_HEAD "ON CONFLICT (council_id, year) WHERE scope = 'council' " UPSERT_TAIL, error);
    }

#undef UPSERT_HEAD
#undef UPSERT_TAIL
}

gboolean
rc_store_put_workforce_returns (RcStore     *self,
                                GPtrArray   *returns,
                                const char  *summary,
                                GError     **error)
{
  return rc_store_put_workforce_returns_full (self, returns, summary, NULL, error);
}

gboolean
rc_store_put_workforce_returns_full (RcStore     *self,
                                     GPtrArray   *returns,
                                     const char  *summary,
                                     RcProgress  *progress,
                                     GError     **error)
{
  g_autoptr(GArray) ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), returns->len);
  g_autofree char *now = rc_store_now_utc ();
  GDate today;

  g_return_val_if_fail (RC_IS_STORE (self), FALSE);
  g_return_val_if_fail (returns != NULL, FALSE);

  rc_field_today (&today);
  for (guint i = 0; i < returns->len; i++)
    {
      RcWorkforceReturn *ret = g_ptr_array_index (returns, i);

      if (!rc_store_refuse_errors (rc_rules_check_workforce_return (ret, &today), error))
        {
          g_autofree char *what = describe (self, ret);

          g_prefix_error (error, "%s: ", what);
          return FALSE;
        }
    }

  if (!rc_store_begin (self, error))
    return FALSE;

  for (guint i = 0; i < returns->len; i++)
    {
      RcWorkforceReturn *ret = g_ptr_array_index (returns, i);
      RcStatement *stmt;
      gint64 id;

      if (i % 100 == 0 && !rc_progress_update (progress, i, returns->len, error))
        goto failed;
      stmt = prepare_upsert (self, ret->scope, error);
      if (stmt == NULL)
        goto failed;

      bind_figures (stmt, ret);
      rc_bind_text (stmt, 18, now);
      if (!rc_store_step_row (self, stmt, error))
        {
          g_autofree char *what = describe (self, ret);
          if (error != NULL && *error == NULL)
            g_set_error_literal (error, RC_STORE_ERROR, RC_STORE_ERROR_FAILED, _("Nothing was saved"));
          g_prefix_error (error, "%s: ", what);
          goto failed;
        }
      id = rc_column_int (stmt, 0);
      rc_statement_reset (stmt);
      g_array_append_val (ids, id);
    }

  if (!rc_store_audit (self, "workforce_return", 0, "import",
                       summary != NULL ? summary : "Imported workforce returns", error)
      || !rc_progress_update (progress, 1, 1, error)
      || !rc_store_commit (self, error))
    goto failed;

  for (guint i = 0; i < returns->len; i++)
    ((RcWorkforceReturn *) g_ptr_array_index (returns, i))->id = g_array_index (ids, gint64, i);

  return TRUE;

failed:
  rc_store_rollback (self);
  return FALSE;
}
