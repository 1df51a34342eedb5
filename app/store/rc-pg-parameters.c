/* rc-pg-parameters.c: the parameters of RcPgBackend's statements
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SQLite's ?N as PostgreSQL's $N, and the types of the values the store
 * binds without saying one (NULL, text), asked of the server.
 */

#define G_LOG_DOMAIN "rc-store"

#include "config.h"

#include <string.h>

#include "rc-pg-backend-private.h"

char *
rc_pg_translate_parameters (const char *sql,
                            int        *n_params)
{
  GString *out = g_string_sized_new (strlen (sql) + 16);
  int next = 0;
  int highest = 0;
  const char *p = sql;

  while (*p != '\0')
    {
      if (*p == '\'' || *p == '"')
        {
          /* A quoted string or name, with its doubled quotes. */
          char quote = *p;
          const char *end = p + 1;

          while (*end != '\0' && !(*end == quote && end[1] != quote))
            end += *end == quote ? 2 : 1;
          if (*end != '\0')
            end++;
          g_string_append_len (out, p, end - p);
          p = end;
        }
      else if (p[0] == '-' && p[1] == '-')
        {
          const char *end = strchr (p, '\n');

          end = end != NULL ? end : p + strlen (p);
          g_string_append_len (out, p, end - p);
          p = end;
        }
      else if (p[0] == '/' && p[1] == '*')
        {
          const char *end = strstr (p + 2, "*/");

          end = end != NULL ? end + 2 : p + strlen (p);
          g_string_append_len (out, p, end - p);
          p = end;
        }
      else if (*p == '?')
        {
          int number;

          p++;
          if (g_ascii_isdigit (*p))
            {
              number = 0;
              while (g_ascii_isdigit (*p))
                number = number * 10 + (*p++ - '0');
            }
          else
            number = highest + 1;
          next = number;
          highest = MAX (highest, next);
          g_string_append_printf (out, "$%d", number);
        }
      else
        g_string_append_c (out, *p++);
    }

  *n_params = highest;

  return g_string_free (out, FALSE);
}

/* Prepares @stmt as the unnamed statement with @types and reads back
 * the types the server gave every parameter; FALSE when it refused. */
static gboolean
describe (PGconn        *conn,
          RcPgStatement *stmt,
          const Oid     *types,
          char         **state)
{
  PGresult *result = PQprepare (conn, "", stmt->sql, stmt->n_params, types);
  gboolean ok = PQresultStatus (result) == PGRES_COMMAND_OK;

  if (!ok)
    *state = g_strdup (PQresultErrorField (result, PG_DIAG_SQLSTATE));
  PQclear (result);
  if (!ok)
    return FALSE;

  result = PQdescribePrepared (conn, "");
  ok = PQresultStatus (result) == PGRES_COMMAND_OK && PQnparams (result) == stmt->n_params;
  for (int i = 0; ok && i < stmt->n_params; i++)
    stmt->learned[i] = PQparamtype (result, i);
  PQclear (result);

  return ok;
}

/* A value bound as NULL, or as text, says nothing of its type, and the
 * server cannot always tell it from where it is used: in
 * "?2 IS NULL OR t.host_council_id = ?2" it stops at the first. So the
 * first time a statement runs with such a value, the server is asked the
 * types it would give, with those of the other values; where it cannot
 * tell, the unknown ones are tried as bigint, then as text. The answer
 * is kept with the statement. A refusal inside a transaction would abort
 * it, so the tries run inside a savepoint. */
void
rc_pg_statement_learn_types (PGconn        *conn,
                             RcPgStatement *stmt)
{
  static const Oid fallbacks[] = { 0, INT8_OID, TEXT_OID };
  g_autofree Oid *types = g_memdup2 (stmt->types, sizeof (Oid) * MAX (stmt->n_params, 1));
  gboolean in_transaction = PQtransactionStatus (conn) == PQTRANS_INTRANS
                            || PQtransactionStatus (conn) == PQTRANS_INERROR;
  gboolean unknown = FALSE;

  for (int i = 0; i < stmt->n_params; i++)
    unknown = unknown || stmt->types[i] == 0;
  if (!unknown)
    return;

  stmt->has_learned = TRUE;
  if (in_transaction)
    PQclear (PQexec (conn, "SAVEPOINT rc_describe"));
  for (guint f = 0; f < G_N_ELEMENTS (fallbacks); f++)
    {
      g_autofree char *state = NULL;

      for (int i = 0; i < stmt->n_params; i++)
        types[i] = stmt->types[i] != 0 ? stmt->types[i] : fallbacks[f];
      if (describe (conn, stmt, types, &state))
        break;
      memset (stmt->learned, 0, sizeof (Oid) * stmt->n_params);
      if (in_transaction)
        PQclear (PQexec (conn, "ROLLBACK TO rc_describe"));
      /* Only an undetermined or mismatched type is worth another try. */
      if (g_strcmp0 (state, "42P18") != 0 && g_strcmp0 (state, "42P08") != 0
          && g_strcmp0 (state, "42883") != 0 && g_strcmp0 (state, "42804") != 0)
        break;
    }
  if (in_transaction)
    PQclear (PQexec (conn, "RELEASE rc_describe"));
}
