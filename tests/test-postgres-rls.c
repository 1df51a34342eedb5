/* test-postgres-rls.c: a shared database on PostgreSQL, and what each
 * login may see and change there (issue #19, app/store/pg/access.sql)
 *
 * Runs against a real server that build-aux/pg-test-server starts in a
 * directory of its own, and never skips: a server that does not start
 * fails the test. The schema and the logins are made the way a region
 * makes them, with return-coordinator --add-user. Then a coordinator
 * adds trainees of two councils, and each partner's login is asked,
 * through libpq and through psql, what it sees and what it may change.
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <libpq-fe.h>
#include <sqlite3.h>
#include <string.h>

#include "rc-test-pg.h"
#include "rc-test-util.h"
#include "store/rc-constraint-messages.h"
#include "store/rc-pg-schema.h"
#include "store/rc-store.h"

/* Somerset hosts trainee S1; Bath and North East Somerset hosts B1. */
#define SOMERSET "E06000066"
#define BATH "E06000022"


static char *
run_program (const char * const *argv,
             int                *status,
             char              **err)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int wait_status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                     &out, err, &wait_status, &error))
    g_error ("%s: %s", argv[0], error->message);
  *status = WIFEXITED (wait_status) ? WEXITSTATUS (wait_status) : 255;

  return out;
}

static char *
uri_for (const char *user)
{
  return rc_test_pg_uri_for (user);
}

static PGconn *
connect_as (const char *user)
{
  g_autofree char *uri = uri_for (user);
  PGconn *conn = PQconnectdb (uri);

  if (PQstatus (conn) != CONNECTION_OK)
    g_error ("connecting as %s: %s", user, PQerrorMessage (conn));

  return conn;
}

/* The first cell of @sql's result ("" for NULL, as psql -At shows it), or
 * NULL when the server refused it, with its SQLSTATE in @state. */
static char *
query (PGconn     *conn,
       const char *sql,
       char      **state)
{
  PGresult *result = PQexec (conn, sql);
  ExecStatusType status = PQresultStatus (result);
  char *value = NULL;

  if (status == PGRES_TUPLES_OK)
    value = g_strdup (PQntuples (result) > 0 ? PQgetvalue (result, 0, 0) : "");
  else if (status == PGRES_COMMAND_OK)
    value = g_strdup (PQcmdTuples (result));
  if (state != NULL)
    *state = g_strdup (PQresultErrorField (result, PG_DIAG_SQLSTATE));
  PQclear (result);

  return value;
}

static void
exec_ok (PGconn     *conn,
         const char *sql)
{
  g_autofree char *state = NULL;
  g_autofree char *value = query (conn, sql, &state);

  if (value == NULL)
    g_error ("%s: %s", sql, PQerrorMessage (conn));
}

static void
expect (PGconn     *conn,
        const char *sql,
        const char *wanted)
{
  g_autofree char *value = query (conn, sql, NULL);

  if (value == NULL)
    g_test_message ("%s: %s", sql, PQerrorMessage (conn));
  g_assert_cmpstr (value, ==, wanted);
}

/* What psql -At -c @sql prints, as the login @user; NULL when it failed,
 * with what it said in @err. */
static char *
psql (const char  *user,
      const char  *sql,
      char       **err)
{
  g_autofree char *uri = uri_for (user);
  const char *argv[] = { "psql", uri, "--no-psqlrc", "-At", "-v", "ON_ERROR_STOP=1", "-c", sql, NULL };
  g_autofree char *out = NULL;
  int status;

  out = run_program (argv, &status, err);
  if (status != 0)
    return NULL;

  return g_strdup (g_strchomp (out));
}

static int
add_user (const char *name,
          const char *kind,
          const char *council,
          char      **err)
{
  g_autofree char *admin = uri_for ("postgres");
  const char *argv[] = { g_getenv ("RC_EXECUTABLE"), "--database", admin, "--add-user", name,
                         kind, council, NULL };
  g_autofree char *out = NULL;
  int status;

  out = run_program (argv, &status, err);

  return status;
}

/* One trainee of each council, each with its "applied" event, added by
 * the coordinator through the tables its search_path names. */
static void
add_trainees (void)
{
  PGconn *coordinator = connect_as ("lead_coordinator");

  exec_ok (coordinator,
           "INSERT INTO consortium (name, lead_council_id) "
           "  SELECT 'Step Up south-west', id FROM council WHERE gss_code = '" SOMERSET "'");
  exec_ok (coordinator,
           "INSERT INTO cohort (programme_id, consortium_id, name, starts_on, ends_on, places_funded) "
           "  SELECT p.id, k.id, 'Cohort 7', '2024-01-08', '2025-03-31', 20 "
           "    FROM programme p, consortium k WHERE p.code = 'step_up'");
  exec_ok (coordinator,
           "INSERT INTO trainee (cohort_id, reference, given_name, family_name, email, phone, "
           "                     host_council_id, registration_number, withdrawal_note) "
           "  SELECT 1, 'S1', 'Sam', 'Somer', 'sam@example.org', '01823 000000', id, 'SW111', NULL "
           "    FROM council WHERE gss_code = '" SOMERSET "'");
  exec_ok (coordinator,
           "INSERT INTO trainee (cohort_id, reference, given_name, family_name, email, phone, "
           "                     host_council_id, registration_number) "
           "  SELECT 1, 'B1', 'Bea', 'Bath', 'bea@example.org', '01225 000000', id, 'SW222' "
           "    FROM council WHERE gss_code = '" BATH "'");
  exec_ok (coordinator,
           "INSERT INTO trainee_event (trainee_id, stage, occurred_on, note) "
           "  SELECT id, 'applied', '2024-01-02', 'note on ' || reference FROM trainee ORDER BY id");
  exec_ok (coordinator,
           "INSERT INTO audit_log (entity, entity_id, action, summary) "
           "  SELECT 'trainee', id, 'create', 'Added ' || given_name FROM trainee ORDER BY id");
  PQfinish (coordinator);
}

/* The first run makes the schema; every login is made by the CLI. */
static void
test_add_users (void)
{
  g_autofree char *err = NULL;
  g_autofree char *value = NULL;

  g_assert_cmpint (add_user ("lead_coordinator", "--coordinator", NULL, NULL), ==, 0);
  g_assert_cmpint (add_user ("somerset_staff", "--council", SOMERSET, NULL), ==, 0);
  g_assert_cmpint (add_user ("bath_staff", "--council", BATH, NULL), ==, 0);

  /* No such council: refused, and no login is left behind. */
  g_assert_cmpint (add_user ("nowhere_staff", "--council", "E06999999", &err), ==, 1);
  g_assert_nonnull (strstr (err, "No council has the code “E06999999”"));
  g_clear_pointer (&err, g_free);
  value = psql ("postgres", "SELECT count(*) FROM pg_roles WHERE rolname = 'nowhere_staff'", NULL);
  g_assert_cmpstr (value, ==, "0");
  g_clear_pointer (&value, g_free);

  /* A name that would need quoting, and a login made twice. */
  g_assert_cmpint (add_user ("Bath Staff", "--council", BATH, &err), ==, 1);
  g_assert_nonnull (strstr (err, "cannot be a login"));
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (add_user ("bath_staff", "--council", BATH, &err), ==, 1);
  g_assert_nonnull (strstr (err, "already exists"));
  g_clear_pointer (&err, g_free);

  /* Each login's search_path names its tables or its views. */
  value = psql ("lead_coordinator", "SHOW search_path", NULL);
  g_assert_cmpstr (value, ==, "rc_data, rc_lib");
  g_clear_pointer (&value, g_free);
  value = psql ("somerset_staff", "SHOW search_path", NULL);
  g_assert_cmpstr (value, ==, "rc_partner_view, rc_lib");

  add_trainees ();
}

/* The same schema as SQLite's: version, constraint keys. */
static void
test_schema (void)
{
  PGconn *partner = connect_as ("bath_staff");
  PGconn *coordinator = connect_as ("lead_coordinator");
  g_autoptr(GError) error = NULL;
  g_autofree const char **keys = NULL;
  guint n_keys;
  int version = 0;

  g_assert_true (rc_pg_schema_get_version (partner, &version, &error));
  g_assert_no_error (error);
  g_assert_cmpint (version, ==, rc_store_get_latest_version ());
  g_assert_true (rc_pg_schema_get_version (coordinator, &version, &error));
  g_assert_cmpint (version, ==, rc_pg_schema_get_latest_version ());

  /* Every key of rc-constraint-messages.c names a constraint or a unique
   * index, so that the server's refusals find their words. */
  keys = rc_constraint_list_keys (&n_keys);
  g_assert_cmpuint (n_keys, >, 80);
  for (guint i = 0; i < n_keys; i++)
    {
      const char *params[] = { keys[i] };
      PGresult *result = PQexecParams (coordinator,
                                       "SELECT (SELECT count(*) FROM pg_constraint c "
                                       "          JOIN pg_namespace n ON n.oid = c.connamespace "
                                       "         WHERE n.nspname = 'rc_data' AND c.conname = $1) "
                                       "     + (SELECT count(*) FROM pg_indexes "
                                       "         WHERE schemaname = 'rc_data' AND indexname = $1)",
                                       1, NULL, params, NULL, NULL, 0);

      g_assert_cmpint (PQresultStatus (result), ==, PGRES_TUPLES_OK);
      if (g_strcmp0 (PQgetvalue (result, 0, 0), "0") == 0)
        g_test_message ("no constraint %s", keys[i]);
      g_assert_cmpstr (PQgetvalue (result, 0, 0), !=, "0");
      PQclear (result);
    }

  PQfinish (partner);
  PQfinish (coordinator);
}

/* A value refused by the server names the same key as SQLite, so the user
 * reads the same words. */
static void
test_refused_value (void)
{
  PGconn *coordinator = connect_as ("lead_coordinator");
  PGresult *result;

  result = PQexec (coordinator,
                   "INSERT INTO trainee (cohort_id, reference, email) VALUES (1, 'E1', 'no-at-sign')");
  g_assert_cmpint (PQresultStatus (result), ==, PGRES_FATAL_ERROR);
  g_assert_cmpstr (PQresultErrorField (result, PG_DIAG_SQLSTATE), ==, "23514");
  g_assert_cmpstr (PQresultErrorField (result, PG_DIAG_CONSTRAINT_NAME), ==, "trainee_email_format");
  g_assert_cmpstr (rc_constraint_message (PQresultErrorField (result, PG_DIAG_CONSTRAINT_NAME)), ==,
                   "An e-mail address needs an @");
  PQclear (result);

  /* A unique index is a key too. */
  result = PQexec (coordinator,
                   "INSERT INTO workforce_return (scope, council_id, year) VALUES ('council', 1, 2020), "
                   "                                                              ('council', 1, 2020)");
  g_assert_cmpstr (PQresultErrorField (result, PG_DIAG_CONSTRAINT_NAME), ==, "workforce_return_council_year");
  PQclear (result);

  /* A date SQLite would refuse. */
  result = PQexec (coordinator,
                   "UPDATE cohort SET starts_on = '2024-1-8' WHERE id = 1");
  g_assert_cmpstr (PQresultErrorField (result, PG_DIAG_CONSTRAINT_NAME), ==, "cohort_starts_on_date");
  PQclear (result);

  PQfinish (coordinator);
}

/* SQLite's date functions, which the store's SQL calls, give SQLite's
 * answers on the server. */
static void
test_sqlite_functions (void)
{
  static const char *sql =
    "WITH v (x, m) AS (VALUES ('2023-02-31', '+0 days'), ('2023-02-32', '+1 day'), ('2023-13-01', '-1 day'), "
    "  ('2023-02-28 23:00:00', '+1 month'), (' 2023-02-28', '+1 year'), ('2023-02-28 ', 'start of month'), "
    "  ('2023-02-28T10:00:00+01:00', '+72 months'), ('2023-02-28 23:30:00-01:00', '-1 month'), "
    "  ('2017-03-31', '+72 months'), ('2023-01-31', '+1 month'), ('2024-02-29', '+1 years'), ('abc', '+1 day'), "
    "  ('2026-01-01T12:00:00Z', 'nonsense'), ('2023-02-28T10:00', 'start of year')) "
    "SELECT x || '|' || coalesce (date (x), '-') || '|' || coalesce (date (x, m), '-') || '|' "
    "       || coalesce (strftime ('%Y-%m-%dT%H:%M:%SZ', x, m), '-') || '|' "
    "       || coalesce (CAST (round (julianday (x) * 86400) AS BIGINT), -1) || '|' "
    "       || coalesce (CAST (round (julianday (x, m) * 86400) AS BIGINT), -1) FROM v";
  PGconn *partner = connect_as ("somerset_staff");
  PGresult *result = PQexec (partner, sql);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int row = 0;

  g_assert_cmpint (PQresultStatus (result), ==, PGRES_TUPLES_OK);
  g_assert_cmpint (sqlite3_open (":memory:", &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_assert_cmpint (row, <, PQntuples (result));
      g_assert_cmpstr (PQgetvalue (result, row, 0), ==, (const char *) sqlite3_column_text (stmt, 0));
      row++;
    }
  g_assert_cmpint (row, ==, PQntuples (result));
  g_assert_cmpint (row, ==, 14);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  PQclear (result);
  PQfinish (partner);
}

/* Somerset's login sees its own trainee in full, Bath's with no name, no
 * e-mail, no phone, no registration number and no notes; but both
 * trainees' stages, and every council. */
static void
test_libpq_partner_sees (void)
{
  PGconn *partner = connect_as ("somerset_staff");
  PGresult *result;

  result = PQexec (partner,
                   "SELECT reference, given_name, family_name, email, phone, registration_number, stage "
                   "FROM trainee ORDER BY reference");
  g_assert_cmpint (PQresultStatus (result), ==, PGRES_TUPLES_OK);
  g_assert_cmpint (PQntuples (result), ==, 2);
  g_assert_cmpstr (PQgetvalue (result, 0, 0), ==, "B1");
  for (int column = 1; column <= 5; column++)
    g_assert_true (PQgetisnull (result, 0, column));
  g_assert_cmpstr (PQgetvalue (result, 0, 6), ==, "applied");
  g_assert_cmpstr (PQgetvalue (result, 1, 0), ==, "S1");
  g_assert_cmpstr (PQgetvalue (result, 1, 1), ==, "Sam");
  g_assert_cmpstr (PQgetvalue (result, 1, 3), ==, "sam@example.org");
  g_assert_cmpstr (PQgetvalue (result, 1, 5), ==, "SW111");
  PQclear (result);

  /* A name cannot be found by asking about it, either. */
  expect (partner, "SELECT count(*) FROM trainee WHERE given_name = 'Bea'", "0");
  expect (partner, "SELECT count(*) FROM trainee WHERE given_name = 'Sam'", "1");
  /* Notes of another council's trainee's events are NULL too, and so
   * are the audit lines about that trainee. */
  expect (partner, "SELECT string_agg (coalesce (note, '-'), ',' ORDER BY id) FROM trainee_event",
          "note on S1,-");
  expect (partner, "SELECT count(*) FROM audit_log WHERE summary LIKE '%Bea%'", "0");
  expect (partner, "SELECT count(*) FROM audit_log WHERE summary LIKE '%Sam%'", "1");
  /* Everything else in full. */
  expect (partner, "SELECT count(*) > 150 FROM council", "t");
  expect (partner, "SELECT name FROM cohort", "Cohort 7");

  PQfinish (partner);
}

static void
test_libpq_partner_changes (void)
{
  PGconn *partner = connect_as ("bath_staff");
  g_autofree char *state = NULL;
  g_autofree char *value = NULL;

  /* Its own trainee moves on; the audit line names the login. */
  value = query (partner,
                 "INSERT INTO trainee_event (trainee_id, stage, occurred_on) "
                 "  SELECT id, 'offered', '2024-02-01' FROM trainee WHERE reference = 'B1'", &state);
  g_assert_cmpstr (value, ==, "1");
  g_clear_pointer (&value, g_free);
  expect (partner, "SELECT lastval () = max (id) FROM trainee_event", "t");
  expect (partner, "SELECT stage || ' ' || stage_on FROM trainee WHERE reference = 'B1'", "offered 2024-02-01");
  expect (partner,
          "INSERT INTO audit_log (entity, entity_id, action, summary) "
          "  SELECT 'trainee', id, 'update', 'Moved B1 to offered' FROM trainee WHERE reference = 'B1'",
          "1");
  expect (partner, "SELECT db_role FROM audit_log WHERE summary = 'Moved B1 to offered'", "bath_staff");
  expect (partner, "SELECT changed_by FROM trainee WHERE reference = 'B1'", "bath_staff");
  value = query (partner, "UPDATE trainee SET withdrawal_reason = 'moved_away' WHERE reference = 'B1'", &state);
  g_assert_cmpstr (value, ==, "1");
  g_clear_pointer (&value, g_free);

  /* Somerset's trainee does not. */
  value = query (partner,
                 "INSERT INTO trainee_event (trainee_id, stage, occurred_on) "
                 "  SELECT id, 'offered', '2024-02-01' FROM trainee WHERE reference = 'S1'", &state);
  g_assert_null (value);
  g_assert_cmpstr (state, ==, "42501");
  g_clear_pointer (&state, g_free);
  value = query (partner, "UPDATE trainee SET withdrawal_reason = 'moved_away' WHERE reference = 'S1'", &state);
  g_assert_null (value);
  g_assert_cmpstr (state, ==, "42501");
  g_clear_pointer (&state, g_free);

  /* Nor anything but the stage of its own. */
  value = query (partner, "UPDATE trainee SET given_name = 'B' WHERE reference = 'B1'", &state);
  g_assert_null (value);
  g_assert_cmpstr (state, ==, "42501");
  g_clear_pointer (&state, g_free);
  value = query (partner, "DELETE FROM trainee WHERE reference = 'B1'", &state);
  g_assert_null (value);
  g_clear_pointer (&state, g_free);
  value = query (partner, "UPDATE council SET name = 'Bath' WHERE gss_code = '" BATH "'", &state);
  g_assert_null (value);
  g_clear_pointer (&state, g_free);

  PQfinish (partner);
  partner = connect_as ("lead_coordinator");
  expect (partner, "SELECT stage FROM trainee WHERE reference = 'S1'", "applied");
  expect (partner, "SELECT given_name FROM trainee WHERE reference = 'B1'", "Bea");
  PQfinish (partner);
}

/* The tables themselves, and the map of logins, are closed to partners,
 * whatever search_path they set. */
static void
test_libpq_tables_closed (void)
{
  static const char *tries[] = {
    "SELECT given_name FROM rc_data.trainee",
    "SELECT * FROM rc_data.council_login",
    "SET search_path = rc_data; SELECT given_name FROM trainee",
    "SELECT rc_data.login_council ()",
  };
  PGconn *partner = connect_as ("somerset_staff");

  for (guint i = 0; i < G_N_ELEMENTS (tries); i++)
    {
      g_autofree char *state = NULL;
      g_autofree char *value = query (partner, tries[i], &state);

      g_assert_null (value);
      /* Not allowed, or not found: a schema it may not use has nothing. */
      g_assert_true (g_strcmp0 (state, "42501") == 0 || g_strcmp0 (state, "42P01") == 0);
    }

  PQfinish (partner);
}

/* psql shows a partner no more than the app does. */
static void
test_psql_partner (void)
{
  g_autofree char *err = NULL;
  g_autofree char *out = NULL;

  out = psql ("somerset_staff",
              "SELECT reference, given_name, email, phone, registration_number, stage FROM trainee "
              "ORDER BY reference", NULL);
  g_assert_cmpstr (out, ==, "B1|||||offered\nS1|Sam|sam@example.org|01823 000000|SW111|applied");
  g_clear_pointer (&out, g_free);

  out = psql ("somerset_staff", "SELECT given_name FROM rc_data.trainee", &err);
  g_assert_null (out);
  g_assert_nonnull (strstr (err, "permission denied for schema rc_data"));
  g_clear_pointer (&err, g_free);

  /* \dt lists no table: there are only views. */
  out = psql ("somerset_staff", "\\dt", &err);
  g_assert_cmpstr (out, ==, "");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* Its own trainee moves; Bath's does not. */
  out = psql ("somerset_staff",
              "INSERT INTO trainee_event (trainee_id, stage, occurred_on) "
              "  SELECT id, 'offered', '2024-02-03' FROM trainee WHERE reference = 'S1'", NULL);
  g_assert_cmpstr (out, ==, "INSERT 0 1");
  g_clear_pointer (&out, g_free);
  out = psql ("somerset_staff",
              "INSERT INTO trainee_event (trainee_id, stage, occurred_on) "
              "  SELECT id, 'enrolled', '2024-02-03' FROM trainee WHERE reference = 'B1'", &err);
  g_assert_null (out);
  g_assert_nonnull (strstr (err, "is not hosted by the council of login somerset_staff"));
  g_clear_pointer (&err, g_free);

  out = psql ("lead_coordinator", "SELECT reference || ' ' || stage FROM trainee ORDER BY reference", NULL);
  g_assert_cmpstr (out, ==, "B1 offered\nS1 offered");
}

int
main (int   argc,
      char *argv[])
{
  int status;

  rc_test_init_environment (&argc, &argv);
  /* A failed check goes on to the next, so the server is always stopped. */
  g_test_set_nonfatal_assertions ();

  g_test_add_func ("/postgres/rls/add-users", test_add_users);
  g_test_add_func ("/postgres/rls/schema", test_schema);
  g_test_add_func ("/postgres/rls/refused-value", test_refused_value);
  g_test_add_func ("/postgres/rls/sqlite-functions", test_sqlite_functions);
  g_test_add_func ("/postgres/rls/libpq/partner-sees", test_libpq_partner_sees);
  g_test_add_func ("/postgres/rls/libpq/partner-changes", test_libpq_partner_changes);
  g_test_add_func ("/postgres/rls/libpq/tables-closed", test_libpq_tables_closed);
  g_test_add_func ("/postgres/rls/psql/partner", test_psql_partner);

  rc_test_pg_start ("region");
  status = g_test_run ();
  rc_test_pg_stop ();

  return status;
}
