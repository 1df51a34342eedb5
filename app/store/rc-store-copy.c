/* rc-store-copy.c: a whole database copied into an empty one
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * --copy-database moves a consortium from an SQLite file onto the shared
 * server, and back. Everything goes through the backend interface: rows
 * are read from one store and written to the other with the SQL both
 * backends run, so either side may be either backend.
 *
 * The columns are listed here, not asked of the database: the backend
 * interface has no column names or types, and the PostgreSQL tables have
 * columns of their own (version, changed_by, changed_at, db_role) that
 * its triggers fill. tests/test-copy-database-postgres.c compares this
 * list with the SQLite schema, so a migration that adds a column fails
 * there until it is added here.
 *
 * What the schema's triggers do to a row inserted (a trainee's stage
 * follows its events, a bid's status its status events) is undone by
 * writing the source's values again once every row is in; a council's
 * successor may come after it, so it is set then too. Every row is then
 * compared, column by column, with its source.
 */

#define G_LOG_DOMAIN "rc-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "model/rc-bid.h"
#include "model/rc-bid-totals.h"
#include "rc-pg-backend.h"
#include "rc-store-bids.h"
#include "rc-store-copy.h"
#include "rc-store-private.h"
#include "rc-store-server.h"

typedef struct
{
  const char *table;
  const char *columns;   /* space-separated, the first the key rows sort by */
  const char *types;     /* one letter a column: i integer, t text */
  gboolean    reference; /* a new database starts with rows of its own */
  const char *fixup;     /* columns written again once every row is in */
  gboolean    fixup_null; /* and inserted NULL (they may name a later row) */
} CopyTable;

static const CopyTable copy_tables[] = {
  { "region", "id gss_code name", "itt", TRUE, NULL, FALSE },
  { "council", "id gss_code la_number name region_id kind active_from_on active_to_on successor_id",
    "ititittti", TRUE, "successor_id", TRUE },
  { "consortium", "id name lead_council_id notes", "itit", FALSE, NULL, FALSE },
  { "programme", "id code name kind builtin", "ittti", TRUE, NULL, FALSE },
  { "consortium_member", "id consortium_id council_id programme_id role joined_on left_on", "iiiittt",
    FALSE, NULL, FALSE },
  { "cohort", "id programme_id consortium_id name starts_on ends_on places_funded min_years_out "
    "max_years_out training_weeks notes", "iiitttiiiit", FALSE, NULL, FALSE },
  { "cohort_place", "id cohort_id council_id places", "iiii", FALSE, NULL, FALSE },
  { "trainee", "id cohort_id reference given_name family_name email phone host_council_id stage "
    "stage_on registration_number registered_with left_practice_on applied_on withdrawal_reason "
    "withdrawal_note employer_council_id erased_at", "iitttttittttttttit", FALSE,
    "stage stage_on employer_council_id", FALSE },
  { "trainee_event", "id trainee_id stage occurred_on council_id note", "iittit", FALSE, NULL, FALSE },
  { "workforce_return", "id scope council_id region_id year in_post_fte100 starters_fte100 "
    "leavers_fte100 agency_fte100 vacancies_fte100 case_holders_fte100 cases sickness_days100 source "
    "updated_at published_vacancy_rate_pct100 published_agency_rate_pct100 "
    "published_turnover_rate_pct100 published_caseload100", "itiiiiiiiiiiittiiii", FALSE, NULL, FALSE },
  { "bid", "id consortium_id programme_id title funder scheme status deadline_on submitted_on "
    "decision_due_on decided_on awarded_pence trainees_planned notes", "iiittttttttiit", FALSE,
    "status submitted_on decided_on", FALSE },
  { "bid_status_event", "id bid_id status occurred_on note", "iittt", FALSE, NULL, FALSE },
  { "bid_line", "id bid_id council_id category description quantity100 unit_cost_pence", "iiittii",
    FALSE, NULL, FALSE },
  { "audit_log", "id at entity entity_id action summary", "ittitt", FALSE, NULL, FALSE },
  { "updating_activity", "id trainee_id kind started_on ended_on hours100 days100 note supervisor_name "
    "supervisor_regulator supervisor_registration", "iitttiitttt", FALSE, NULL, FALSE },
  { "restoration_application", "trainee_id applied_on", "it", FALSE, NULL, FALSE },
  { "cohort_funnel_figure", "id cohort_id step count at_least source", "iitiit", FALSE, NULL, FALSE },
  { "bid_reminder", "id bid_id kind due_on days_before sent_at", "iittit", FALSE, NULL, FALSE },
};

/* The statements of a table. Made once and kept for the process's life:
 * a statement's SQL is its cache key by address (rc-store-backend.h). */
typedef struct
{
  char  **columns;
  guint   n_columns;
  char   *select_sql;
  char   *insert_sql;
  char   *count_sql;
  char   *fixup_select_sql;
  char   *fixup_update_sql;
  char   *sequence_sql;  /* PostgreSQL: the next id after the copied ones */
} CopySql;

static CopySql copy_sql[G_N_ELEMENTS (copy_tables)];
static const char *copy_table_names[G_N_ELEMENTS (copy_tables) + 1];

static gpointer
make_sql (gpointer data)
{
  for (guint t = 0; t < G_N_ELEMENTS (copy_tables); t++)
    {
      const CopyTable *table = &copy_tables[t];
      CopySql *sql = &copy_sql[t];
      g_autofree char *list = NULL;
      g_autoptr(GString) params = g_string_new (NULL);

      copy_table_names[t] = table->table;
      sql->columns = g_strsplit (table->columns, " ", -1);
      sql->n_columns = g_strv_length (sql->columns);
      g_assert (strlen (table->types) == sql->n_columns);
      list = g_strjoinv (", ", sql->columns);
      for (guint c = 0; c < sql->n_columns; c++)
        g_string_append_printf (params, "%s?%u", c > 0 ? ", " : "", c + 1);
      sql->select_sql = g_strdup_printf ("SELECT %s FROM %s ORDER BY %s", list, table->table,
                                         sql->columns[0]);
      if (table->reference)
        {
          /* The rows a new database starts with are there already, with
           * the same ids (the same CSVs), and a server's logins may name
           * a council: they are updated, not deleted. */
          g_autoptr(GString) sets = g_string_new (NULL);

          for (guint c = 1; c < sql->n_columns; c++)
            g_string_append_printf (sets, "%s%s = excluded.%s", c > 1 ? ", " : "", sql->columns[c],
                                    sql->columns[c]);
          sql->insert_sql = g_strdup_printf ("INSERT INTO %s (%s) VALUES (%s) ON CONFLICT (%s) "
                                             "DO UPDATE SET %s", table->table, list, params->str,
                                             sql->columns[0], sets->str);
        }
      else
        sql->insert_sql = g_strdup_printf ("INSERT INTO %s (%s) VALUES (%s)", table->table, list,
                                           params->str);
      sql->count_sql = g_strdup_printf ("SELECT count(*) FROM %s", table->table);
      if (g_strcmp0 (sql->columns[0], "id") == 0)
        sql->sequence_sql = g_strdup_printf ("SELECT setval (pg_get_serial_sequence ('%s', 'id'), "
                                             "coalesce (max (id), 0) + 1, false) FROM %s",
                                             table->table, table->table);
      if (table->fixup != NULL)
        {
          g_auto(GStrv) fixup = g_strsplit (table->fixup, " ", -1);
          g_autofree char *fixup_list = g_strjoinv (", ", fixup);
          g_autoptr(GString) sets = g_string_new (NULL);

          for (guint c = 0; fixup[c] != NULL; c++)
            g_string_append_printf (sets, "%s%s = ?%u", c > 0 ? ", " : "", fixup[c], c + 2);
          sql->fixup_select_sql = g_strdup_printf ("SELECT id, %s FROM %s ORDER BY id", fixup_list,
                                                   table->table);
          sql->fixup_update_sql = g_strdup_printf ("UPDATE %s SET %s WHERE id = ?1", table->table,
                                                   sets->str);
        }
    }

  return NULL;
}

static void
ensure_sql (void)
{
  static GOnce once = G_ONCE_INIT;

  g_once (&once, make_sql, NULL);
}

const char * const *
rc_store_copy_tables (void)
{
  ensure_sql ();

  return copy_table_names;
}

const char *
rc_store_copy_columns (const char *table)
{
  for (guint t = 0; t < G_N_ELEMENTS (copy_tables); t++)
    if (g_strcmp0 (copy_tables[t].table, table) == 0)
      return copy_tables[t].columns;

  return NULL;
}

RcStoreCopyReport *
rc_store_copy_report_new (void)
{
  RcStoreCopyReport *report = g_new0 (RcStoreCopyReport, 1);

  report->counts = g_array_new (FALSE, TRUE, sizeof (RcStoreCopyCount));
  report->bids = g_array_new (FALSE, TRUE, sizeof (RcStoreCopyBid));

  return report;
}

void
rc_store_copy_report_free (RcStoreCopyReport *report)
{
  if (report == NULL)
    return;
  for (guint i = 0; i < report->bids->len; i++)
    g_free (g_array_index (report->bids, RcStoreCopyBid, i).title);
  g_array_unref (report->bids);
  g_array_unref (report->counts);
  g_free (report);
}

static gboolean
count_rows (RcStore     *store,
            const char  *sql,
            gint64      *rows,
            GError     **error)
{
  RcStatement *stmt = rc_store_prepare (store, sql, error);

  if (stmt == NULL)
    return FALSE;
  if (!rc_store_step_first (store, stmt, NULL, error))
    return FALSE;
  *rows = rc_statement_column_int (stmt, 0);
  rc_statement_reset (stmt);

  return TRUE;
}

/* Binds column @c of @from's row to parameter @param of @to. */
static void
bind_copied (RcStatement *to,
             int          param,
             RcStatement *from,
             int          c,
             char         type)
{
  if (rc_statement_column_is_null (from, c))
    rc_statement_bind_null (to, param);
  else if (type == 'i')
    rc_statement_bind_int (to, param, rc_statement_column_int (from, c));
  else
    rc_statement_bind_text (to, param, rc_statement_column_text (from, c), TRUE);
}

static gboolean
copy_table (RcStore          *source,
            RcStore          *target,
            const CopyTable  *table,
            const CopySql    *sql,
            GError          **error)
{
  g_auto(GStrv) deferred = table->fixup_null ? g_strsplit (table->fixup, " ", -1) : NULL;
  RcStatement *from = rc_store_prepare (source, sql->select_sql, error);
  RcStatement *to;
  GError *local_error = NULL;

  if (from == NULL)
    return FALSE;
  to = rc_store_prepare (target, sql->insert_sql, error);
  if (to == NULL)
    {
      rc_statement_reset (from);
      return FALSE;
    }

  while (rc_store_step_row (source, from, &local_error))
    {
      for (guint c = 0; c < sql->n_columns; c++)
        {
          if (deferred != NULL && g_strv_contains ((const char * const *) deferred, sql->columns[c]))
            rc_statement_bind_null (to, c + 1);
          else
            bind_copied (to, c + 1, from, c, table->types[c]);
        }
      if (!rc_store_step_done (target, to, &local_error))
        {
          rc_statement_reset (from);
          break;
        }
    }
  rc_statement_clear_bindings (to);
  if (local_error != NULL)
    {
      g_propagate_prefixed_error (error, local_error, _("Copying table %s: "), table->table);
      return FALSE;
    }

  return TRUE;
}

/* Writes again the columns a trigger changed or that were left NULL. */
static gboolean
fix_up_table (RcStore          *source,
              RcStore          *target,
              const CopyTable  *table,
              const CopySql    *sql,
              GError          **error)
{
  g_auto(GStrv) fixup = g_strsplit (table->fixup, " ", -1);
  RcStatement *from = rc_store_prepare (source, sql->fixup_select_sql, error);
  RcStatement *to;
  GError *local_error = NULL;

  if (from == NULL)
    return FALSE;
  to = rc_store_prepare (target, sql->fixup_update_sql, error);
  if (to == NULL)
    {
      rc_statement_reset (from);
      return FALSE;
    }

  while (rc_store_step_row (source, from, &local_error))
    {
      rc_statement_bind_int (to, 1, rc_statement_column_int (from, 0));
      for (guint c = 0; fixup[c] != NULL; c++)
        {
          char type = 't';

          for (guint k = 0; k < sql->n_columns; k++)
            if (g_strcmp0 (sql->columns[k], fixup[c]) == 0)
              type = table->types[k];
          bind_copied (to, c + 2, from, c + 1, type);
        }
      if (!rc_store_step_done (target, to, &local_error))
        {
          rc_statement_reset (from);
          break;
        }
    }
  rc_statement_clear_bindings (to);
  if (local_error != NULL)
    {
      g_propagate_prefixed_error (error, local_error, _("Copying table %s: "), table->table);
      return FALSE;
    }

  return TRUE;
}

/* Compares every row of the table on both sides; says which first differs. */
static gboolean
compare_table (RcStore          *source,
               RcStore          *target,
               const CopyTable  *table,
               const CopySql    *sql,
               char            **difference,
               GError          **error)
{
  RcStatement *a = rc_store_prepare (source, sql->select_sql, error);
  RcStatement *b;
  GError *local_error = NULL;

  if (a == NULL)
    return FALSE;
  b = rc_store_prepare (target, sql->select_sql, error);
  if (b == NULL)
    {
      rc_statement_reset (a);
      return FALSE;
    }

  while (*difference == NULL && local_error == NULL)
    {
      gboolean row_a = rc_store_step_row (source, a, &local_error);
      gboolean row_b = local_error == NULL && rc_store_step_row (target, b, &local_error);

      if (local_error != NULL)
        break;
      if (!row_a || !row_b)
        {
          if (row_a != row_b)
            *difference = g_strdup_printf (_("table %s has a different number of rows"), table->table);
          break;
        }
      for (guint c = 0; c < sql->n_columns && *difference == NULL; c++)
        {
          gboolean null_a = rc_statement_column_is_null (a, c);
          gboolean null_b = rc_statement_column_is_null (b, c);
          gboolean same;

          if (null_a || null_b)
            same = null_a == null_b;
          else if (table->types[c] == 'i')
            same = rc_statement_column_int (a, c) == rc_statement_column_int (b, c);
          else
            same = g_strcmp0 (rc_statement_column_text (a, c), rc_statement_column_text (b, c)) == 0;
          if (!same)
            /* Translators: a table, its row's key, and a column */
            *difference = g_strdup_printf (_("table %s, row %" G_GINT64_FORMAT ": %s differs"),
                                           table->table, rc_statement_column_int (a, 0),
                                           sql->columns[c]);
        }
    }
  rc_statement_reset (a);
  rc_statement_reset (b);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }

  return TRUE;
}

static gboolean
same_totals (const RcBidTotals *a,
             const RcBidTotals *b)
{
  if (a->total_pence != b->total_pence || a->councils->len != b->councils->len)
    return FALSE;
  for (guint i = 0; i < RC_N_COST_CATEGORIES; i++)
    if (a->category_pence[i] != b->category_pence[i])
      return FALSE;
  for (guint i = 0; i < a->councils->len; i++)
    {
      RcBidCouncilTotal *x = &g_array_index (a->councils, RcBidCouncilTotal, i);
      RcBidCouncilTotal *y = &g_array_index (b->councils, RcBidCouncilTotal, i);

      if (x->council_id != y->council_id || x->pence != y->pence)
        return FALSE;
    }

  return TRUE;
}

static gint
compare_bid_ids (gconstpointer a,
                 gconstpointer b)
{
  const RcStoreCopyBid *x = a;
  const RcStoreCopyBid *y = b;

  return (x->bid_id > y->bid_id) - (x->bid_id < y->bid_id);
}

/* Every bid's totals on both sides, as the model computes them. */
static gboolean
check_bids (RcStore            *source,
            RcStore            *target,
            RcStoreCopyReport  *report,
            guint              *differing,
            GError            **error)
{
  g_autoptr(GListModel) bids = rc_store_list_bids (source, error);

  if (bids == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (bids); i++)
    {
      g_autoptr(RcBid) bid = g_list_model_get_item (bids, i);
      g_autoptr(RcBidTotals) a = rc_store_get_bid_totals (source, bid->id, error);
      g_autoptr(RcBidTotals) b = NULL;
      RcStoreCopyBid row = { 0 };

      if (a == NULL)
        return FALSE;
      b = rc_store_get_bid_totals (target, bid->id, error);
      if (b == NULL)
        return FALSE;
      row.bid_id = bid->id;
      row.title = g_strdup (bid->title);
      row.source_pence = a->total_pence;
      row.target_pence = b->total_pence;
      row.same = same_totals (a, b);
      if (!row.same)
        (*differing)++;
      g_array_append_val (report->bids, row);
    }
  g_array_sort (report->bids, compare_bid_ids);

  return TRUE;
}

/* The line a new file's first migration writes is not data: the
 * source's audit lines take its place. */
static const char count_audit_sql[] =
  "SELECT count(*) FROM audit_log WHERE NOT (entity = 'database' AND action = 'migrate')";
static const char delete_migrate_sql[] =
  "DELETE FROM audit_log WHERE entity = 'database' AND action = 'migrate'";

/* The first table other than the reference tables with a row in it. */
static gboolean
find_data (RcStore     *target,
           const char **table,
           gint64      *rows,
           GError     **error)
{
  *table = NULL;
  for (guint t = 0; t < G_N_ELEMENTS (copy_tables); t++)
    {
      const char *sql = copy_sql[t].count_sql;

      if (copy_tables[t].reference)
        continue;
      if (g_str_equal (copy_tables[t].table, "audit_log"))
        sql = count_audit_sql;
      if (!count_rows (target, sql, rows, error))
        return FALSE;
      if (*rows > 0)
        {
          *table = copy_tables[t].table;
          return TRUE;
        }
    }

  return TRUE;
}

static gboolean
copy_all (RcStore            *source,
          RcStore            *target,
          RcStoreCopyReport  *report,
          GError            **error)
{
  RcStoreBackend *backend = rc_store_get_backend (target);
  g_autofree char *difference = NULL;
  const char *data_table = NULL;
  guint differing = 0;
  gint64 rows = 0;

  if (!find_data (target, &data_table, &rows, error))
    return FALSE;
  if (data_table != NULL)
    {
      g_autofree char *name = rc_store_backend_describe (backend);

      g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "%s is not empty: its table %s has %" G_GINT64_FORMAT " row; copy only "
                                "into a new database",
                                "%s is not empty: its table %s has %" G_GINT64_FORMAT " rows; copy only "
                                "into a new database", rows),
                   name, data_table, rows);
      return FALSE;
    }

  {
    RcStatement *stmt = rc_store_prepare (target, delete_migrate_sql, error);

    if (stmt == NULL || !rc_store_step_done (target, stmt, error))
      return FALSE;
  }
  for (guint t = 0; t < G_N_ELEMENTS (copy_tables); t++)
    if (!copy_table (source, target, &copy_tables[t], &copy_sql[t], error))
      return FALSE;
  for (guint t = 0; t < G_N_ELEMENTS (copy_tables); t++)
    if (copy_tables[t].fixup != NULL
        && !fix_up_table (source, target, &copy_tables[t], &copy_sql[t], error))
      return FALSE;

  /* New rows made on the server after the copy get ids after the copied. */
  if (RC_IS_PG_BACKEND (backend))
    for (guint t = 0; t < G_N_ELEMENTS (copy_tables); t++)
      {
        RcStatement *stmt;

        if (copy_sql[t].sequence_sql == NULL)
          continue;
        stmt = rc_store_prepare (target, copy_sql[t].sequence_sql, error);
        if (stmt == NULL || !rc_store_step_done (target, stmt, error))
          return FALSE;
      }

  for (guint t = 0; t < G_N_ELEMENTS (copy_tables); t++)
    {
      RcStoreCopyCount count = { copy_tables[t].table, 0, 0 };

      if (!count_rows (source, copy_sql[t].count_sql, &count.source_rows, error)
          || !count_rows (target, copy_sql[t].count_sql, &count.target_rows, error))
        return FALSE;
      g_array_append_val (report->counts, count);
      if (count.source_rows != count.target_rows && difference == NULL)
        difference = g_strdup_printf (_("table %s has %" G_GINT64_FORMAT " rows, its source %"
                                        G_GINT64_FORMAT), count.table, count.target_rows,
                                      count.source_rows);
    }
  for (guint t = 0; t < G_N_ELEMENTS (copy_tables) && difference == NULL; t++)
    if (!compare_table (source, target, &copy_tables[t], &copy_sql[t], &difference, error))
      return FALSE;
  if (!check_bids (source, target, report, &differing, error))
    return FALSE;
  if (differing > 0 && difference == NULL)
    difference = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u bid’s totals differ",
                                               "%u bids’ totals differ", differing), differing);

  if (difference != NULL)
    {
      g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_FAILED,
                   _("The copy differs from its source (%s); nothing was copied"), difference);
      return FALSE;
    }

  return TRUE;
}

static gboolean
set_repeatable_read (RcStore  *store,
                     GError  **error)
{
  RcStatement *stmt = rc_store_prepare (store, "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ", error);

  return stmt != NULL && rc_store_step_done (store, stmt, error);
}

gboolean
rc_store_copy_into (RcStore            *source,
                    RcStore            *target,
                    RcStoreCopyReport  *report,
                    GError            **error)
{
  g_return_val_if_fail (RC_IS_STORE (source), FALSE);
  g_return_val_if_fail (RC_IS_STORE (target), FALSE);
  g_return_val_if_fail (report != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  ensure_sql ();
  if (rc_store_get_version (source) != rc_store_get_version (target))
    {
      g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_INVALID,
                   _("The databases are at different schema versions (%d and %d): open both with "
                     "this version of Return Coordinator first"),
                   rc_store_get_version (source), rc_store_get_version (target));
      return FALSE;
    }

  /* The source in a transaction too, so that it is read as of one moment
   * while others may write to it. */
  if (!rc_store_begin (source, error))
    return FALSE;
  if (RC_IS_PG_BACKEND (rc_store_get_backend (source))
      && !set_repeatable_read (source, error))
    {
      rc_store_rollback (source);
      return FALSE;
    }
  if (!rc_store_begin (target, error))
    {
      rc_store_rollback (source);
      return FALSE;
    }

  if (!copy_all (source, target, report, error))
    {
      rc_store_rollback (target);
      rc_store_rollback (source);
      return FALSE;
    }
  rc_store_rollback (source);

  return rc_store_commit (target, error);
}

/* A store for the copy's source: an existing database, never a new one. */
static RcStore *
open_source (const char  *source,
             GError     **error)
{
  if (rc_store_is_server_uri (source))
    return rc_store_open_server (source, error);

  return rc_store_open_with_flags (source, RC_STORE_OPEN_NO_CREATE, error);
}

static gboolean
copy_to_file (RcStore            *from,
              const char         *target,
              RcStoreCopyReport  *report,
              GError            **error)
{
  g_autofree char *dir = g_path_get_dirname (target);
  g_autofree char *base = g_path_get_basename (target);
  g_autofree char *template = g_strdup_printf (".%s.copy-XXXXXX", base);
  g_autofree char *temp = g_build_filename (dir, template, NULL);
  g_autoptr(RcStore) to = NULL;
  int fd;

  /* An existing file is refused unless it is an empty database. */
  if (g_file_test (target, G_FILE_TEST_EXISTS))
    {
      g_autoptr(RcStore) existing = rc_store_open_with_flags (target, RC_STORE_OPEN_DEFAULT, error);
      const char *data_table = NULL;
      gint64 rows = 0;

      if (existing == NULL || !find_data (existing, &data_table, &rows, error))
        return FALSE;
      if (data_table != NULL)
        {
          g_autofree char *shown = g_filename_display_name (target);

          g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_INVALID,
                       g_dngettext (GETTEXT_PACKAGE,
                                    "%s is not empty: its table %s has %" G_GINT64_FORMAT " row; copy "
                                    "only into a new database",
                                    "%s is not empty: its table %s has %" G_GINT64_FORMAT " rows; copy "
                                    "only into a new database", rows),
                       shown, data_table, rows);
          return FALSE;
        }
      rc_store_close (existing);
    }

  fd = g_mkstemp_full (temp, O_RDWR, 0600);
  if (fd < 0)
    {
      int saved = errno;
      g_autofree char *shown = g_filename_display_name (dir);

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   _("Could not write in %s: %s"), shown, g_strerror (saved));
      return FALSE;
    }
  close (fd);

  to = rc_store_open (temp, error);
  if (to == NULL || !rc_store_copy_into (from, to, report, error))
    {
      if (to != NULL)
        rc_store_close (to);
      rc_store_delete_files (temp);
      return FALSE;
    }
  rc_store_close (to);

  if (g_rename (temp, target) != 0)
    {
      int saved = errno;
      g_autofree char *shown = g_filename_display_name (target);

      rc_store_delete_files (temp);
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   _("Could not write %s: %s"), shown, g_strerror (saved));
      return FALSE;
    }

  return TRUE;
}

gboolean
rc_store_copy_database (const char         *source,
                        const char         *target,
                        RcStoreCopyReport  *report,
                        GError            **error)
{
  g_autoptr(RcStore) from = NULL;
  g_autoptr(RcStore) to = NULL;

  g_return_val_if_fail (source != NULL && target != NULL, FALSE);

  ensure_sql ();
  from = open_source (source, error);
  if (from == NULL)
    return FALSE;

  if (!rc_store_is_server_uri (target))
    return copy_to_file (from, target, report, error);

  to = rc_store_open_server (target, error);
  if (to == NULL)
    return FALSE;

  return rc_store_copy_into (from, to, report, error);
}
