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
 * rc-store-copy-checks.c compares both sides afterwards, and
 * rc-store-copy-file.c opens them by name and writes a new file.
 *
 * What the schema's triggers do to a row inserted (a trainee's stage
 * follows its events, a bid's status its status events) is undone by
 * writing the source's values again once every row is in; a council's
 * successor may come after it, so it is set then too. Every row is then
 * compared, column by column, with its source.
 */

#define G_LOG_DOMAIN "rc-store"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "rc-pg-backend.h"
#include "rc-store-copy-private.h"

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
  char   *batch_sql;     /* COPY_BATCH rows at once: a round trip each */
  char   *count_sql;
  char   *fixup_select_sql;
  char   *fixup_update_sql;
  char   *sequence_sql;  /* PostgreSQL: the next id after the copied ones */
} CopySql;

/* Rows inserted by one statement: on a server each statement is a round
 * trip, and the national database has a million rows. */
#define COPY_BATCH 64

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
      {
        g_autoptr(GString) batch = g_string_new (NULL);
        g_autofree char *conflict = NULL;

        if (table->reference)
          {
            /* The rows a new database starts with are there already, with
             * the same ids (the same CSVs), and a server's logins may name
             * a council: they are updated, not deleted. */
            g_autoptr(GString) sets = g_string_new (NULL);

            for (guint c = 1; c < sql->n_columns; c++)
              g_string_append_printf (sets, "%s%s = excluded.%s", c > 1 ? ", " : "", sql->columns[c],
                                      sql->columns[c]);
            conflict = g_strdup_printf (" ON CONFLICT (%s) DO UPDATE SET %s", sql->columns[0], sets->str);
          }
        sql->insert_sql = g_strdup_printf ("INSERT INTO %s (%s) VALUES (%s)%s", table->table, list,
                                           params->str, conflict != NULL ? conflict : "");
        g_string_append_printf (batch, "INSERT INTO %s (%s) VALUES ", table->table, list);
        for (guint r = 0; r < COPY_BATCH; r++)
          {
            g_string_append (batch, r > 0 ? ", (" : "(");
            for (guint c = 0; c < sql->n_columns; c++)
              g_string_append_printf (batch, "%s?%u", c > 0 ? ", " : "", r * sql->n_columns + c + 1);
            g_string_append_c (batch, ')');
          }
        g_string_append (batch, conflict != NULL ? conflict : "");
        sql->batch_sql = g_string_free (g_steal_pointer (&batch), FALSE);
      }
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

void
rc_store_copy_ensure_sql (void)
{
  static GOnce once = G_ONCE_INIT;

  g_once (&once, make_sql, NULL);
}

const char * const *
rc_store_copy_tables (void)
{
  rc_store_copy_ensure_sql ();

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

/* Binds @from's row as row @row of @to, the columns to be fixed up
 * later NULL. */
static void
bind_row (RcStatement      *to,
          guint             row,
          RcStatement      *from,
          const CopyTable  *table,
          const CopySql    *sql,
          GStrv             deferred)
{
  for (guint c = 0; c < sql->n_columns; c++)
    {
      int param = row * sql->n_columns + c + 1;

      if (deferred != NULL && g_strv_contains ((const char * const *) deferred, sql->columns[c]))
        rc_statement_bind_null (to, param);
      else
        bind_copied (to, param, from, c, table->types[c]);
    }
}

static gboolean
copy_table (RcStore          *source,
            RcStore          *target,
            const CopyTable  *table,
            const CopySql    *sql,
            GError          **error)
{
  g_auto(GStrv) deferred = table->fixup_null ? g_strsplit (table->fixup, " ", -1) : NULL;
  RcStatement *from;
  RcStatement *batch;
  RcStatement *one;
  GError *local_error = NULL;
  gint64 rows = 0;
  gint64 batched;
  gint64 done = 0;
  guint in_batch = 0;

  /* Whole batches first, then the rest one by one. */
  if (!count_rows (source, sql->count_sql, &rows, error))
    return FALSE;
  batched = rows - rows % COPY_BATCH;
  if ((from = rc_store_prepare (source, sql->select_sql, error)) == NULL)
    return FALSE;
  batch = rc_store_prepare (target, sql->batch_sql, error);
  one = batch != NULL ? rc_store_prepare (target, sql->insert_sql, error) : NULL;
  if (one == NULL)
    {
      rc_statement_reset (from);
      return FALSE;
    }

  while (rc_store_step_row (source, from, &local_error))
    {
      gboolean ok = TRUE;

      if (done < batched)
        {
          bind_row (batch, in_batch++, from, table, sql, deferred);
          if (in_batch == COPY_BATCH)
            {
              ok = rc_store_step_done (target, batch, &local_error);
              in_batch = 0;
            }
        }
      else
        {
          bind_row (one, 0, from, table, sql, deferred);
          ok = rc_store_step_done (target, one, &local_error);
        }
      done++;
      if (!ok)
        {
          rc_statement_reset (from);
          break;
        }
    }
  rc_statement_clear_bindings (batch);
  rc_statement_clear_bindings (one);
  if (local_error == NULL && done != rows)
    g_set_error (&local_error, RC_STORE_ERROR, RC_STORE_ERROR_FAILED,
                 _("%" G_GINT64_FORMAT " rows read of %" G_GINT64_FORMAT), done, rows);
  if (local_error != NULL)
    {
      g_propagate_prefixed_error (error, local_error, _("Copying table %s: "), table->table);
      return FALSE;
    }

  return TRUE;
}

/* Writes again the columns a trigger changed or that were left NULL, in
 * the rows where they differ: both sides hold the same ids by now. */
static gboolean
fix_up_table (RcStore          *source,
              RcStore          *target,
              const CopyTable  *table,
              const CopySql    *sql,
              GError          **error)
{
  g_auto(GStrv) fixup = g_strsplit (table->fixup, " ", -1);
  g_autofree char *types = g_new0 (char, g_strv_length (fixup) + 1);
  RcStatement *from = NULL;
  RcStatement *now = NULL;
  RcStatement *to = NULL;
  GError *local_error = NULL;

  for (guint c = 0; fixup[c] != NULL; c++)
    {
      types[c] = 't';
      for (guint k = 0; k < sql->n_columns; k++)
        if (g_strcmp0 (sql->columns[k], fixup[c]) == 0)
          types[c] = table->types[k];
    }

  if ((from = rc_store_prepare (source, sql->fixup_select_sql, error)) == NULL)
    return FALSE;
  if ((now = rc_store_prepare (target, sql->fixup_select_sql, error)) == NULL
      || (to = rc_store_prepare (target, sql->fixup_update_sql, error)) == NULL)
    {
      rc_statement_reset (from);
      if (now != NULL)
        rc_statement_reset (now);
      return FALSE;
    }

  while (rc_store_step_row (source, from, &local_error))
    {
      gboolean differs = FALSE;

      if (!rc_store_step_row (target, now, &local_error))
        break;
      for (guint c = 0; fixup[c] != NULL && !differs; c++)
        differs = !rc_store_copy_same_value (from, now, c + 1, types[c]);
      if (!differs)
        continue;
      rc_statement_bind_int (to, 1, rc_statement_column_int (from, 0));
      for (guint c = 0; fixup[c] != NULL; c++)
        bind_copied (to, c + 2, from, c + 1, types[c]);
      if (!rc_store_step_done (target, to, &local_error))
        break;
    }
  rc_statement_reset (from);
  rc_statement_reset (now);
  rc_statement_clear_bindings (to);
  if (local_error != NULL)
    {
      g_propagate_prefixed_error (error, local_error, _("Copying table %s: "), table->table);
      return FALSE;
    }

  return TRUE;
}

/* The line a new file's first migration writes is not data: the
 * source's audit lines take its place. */
static const char count_audit_sql[] =
  "SELECT count(*) FROM audit_log WHERE NOT (entity = 'database' AND action = 'migrate')";
static const char delete_migrate_sql[] =
  "DELETE FROM audit_log WHERE entity = 'database' AND action = 'migrate'";

/* The first table other than the reference tables with a row in it. */
gboolean
rc_store_copy_find_data (RcStore     *target,
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

  if (!rc_store_copy_find_data (target, &data_table, &rows, error))
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
    if (!rc_store_copy_compare_rows (source, target, copy_tables[t].table, copy_sql[t].select_sql,
                                     (const char * const *) copy_sql[t].columns, copy_tables[t].types,
                                     &difference, error))
      return FALSE;
  if (!rc_store_copy_check_bids (source, target, report, &differing, error))
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

/* A partner council's login reads other councils' trainees without their
 * names (access.sql): a copy made through it would lose them. */
static gboolean
refuse_partner (RcStore  *source,
                GError  **error)
{
  RcStatement *stmt = rc_store_prepare (source, "SELECT has_schema_privilege ('rc_data', 'USAGE')", error);
  g_autofree char *name = NULL;
  gboolean sees_all;

  if (stmt == NULL || !rc_store_step_first (source, stmt, NULL, error))
    return FALSE;
  sees_all = rc_statement_column_int (stmt, 0) != 0;
  rc_statement_reset (stmt);
  if (sees_all)
    return TRUE;

  name = rc_store_backend_describe (rc_store_get_backend (source));
  g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_INVALID,
               _("%s is read through a partner council’s login, which does not see every trainee’s "
                 "name: copy it with a coordinator’s login"), name);
  return FALSE;
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

  rc_store_copy_ensure_sql ();
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
      && (!set_repeatable_read (source, error) || !refuse_partner (source, error)))
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

