/* rc-pg-errors.c: what the PostgreSQL server reports, in the words SQLite's
 * refusals get
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The server names the constraint that refused a value
 * (PG_DIAG_CONSTRAINT_NAME), and the schema names every CHECK and UNIQUE
 * constraint, and every unique index, by the key of
 * rc-constraint-messages.c (pg/0005-schema.sql), so the user reads the
 * same translated words as on SQLite. The other messages are SQLite's
 * (rc-sqlite-errors.c), word for word, so translators see them once.
 */

#define G_LOG_DOMAIN "rc-store"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rc-constraint-messages.h"
#include "rc-pg-backend.h"
#include "rc-store.h"

void
rc_pg_set_error (GError         **error,
                 PGconn          *conn,
                 const PGresult  *result,
                 const char      *where)
{
  const char *state = result != NULL ? PQresultErrorField (result, PG_DIAG_SQLSTATE) : NULL;
  const char *primary = result != NULL ? PQresultErrorField (result, PG_DIAG_MESSAGE_PRIMARY) : NULL;
  g_autofree char *message = NULL;

  if (primary != NULL)
    message = g_strdup (primary);
  else
    message = g_strchomp (g_strdup (conn != NULL ? PQerrorMessage (conn) : ""));

  if (conn != NULL && PQstatus (conn) != CONNECTION_OK)
    {
      g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_OPEN,
                   _("“%s” cannot be opened (%s)"), where, message);
      return;
    }

  if (state == NULL)
    {
      g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_FAILED,
                   _("The database “%s” reported an error: %s"), where, message);
      return;
    }

  if (g_str_equal (state, "23514") || g_str_equal (state, "23505"))
    {
      const char *key = PQresultErrorField (result, PG_DIAG_CONSTRAINT_NAME);
      const char *words = key != NULL ? rc_constraint_message (key) : NULL;

      if (words != NULL)
        g_set_error_literal (error, RC_STORE_ERROR, RC_STORE_ERROR_CONSTRAINT, words);
      else
        g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_CONSTRAINT,
                     _("The value was refused: %s"), message);
      return;
    }

  if (g_str_equal (state, "23503"))
    {
      g_set_error_literal (error, RC_STORE_ERROR, RC_STORE_ERROR_CONSTRAINT,
                           _("This is still used by other records, or refers to one that does not exist"));
      return;
    }

  if (g_str_equal (state, "23502"))
    {
      g_autofree char *column = g_strdup_printf ("%s.%s",
                                                 PQresultErrorField (result, PG_DIAG_TABLE_NAME),
                                                 PQresultErrorField (result, PG_DIAG_COLUMN_NAME));

      g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_CONSTRAINT,
                   _("A required value is missing (%s)"), column);
      return;
    }

  if (g_str_has_prefix (state, "23"))
    {
      g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_CONSTRAINT,
                   _("The value was refused: %s"), message);
      return;
    }

  /* A partner's login, refused by access.sql or by a privilege. */
  if (g_str_equal (state, "42501"))
    {
      g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_READ_ONLY,
                   _("Your login to “%s” may not make this change; nothing was saved (%s)"), where, message);
      return;
    }

  if (g_str_equal (state, "54000") || g_str_equal (state, "22001"))
    {
      g_set_error_literal (error, RC_STORE_ERROR, RC_STORE_ERROR_CONSTRAINT,
                           _("A value is too long to be stored; the change was not saved"));
      return;
    }

  if (g_str_equal (state, "53100"))
    {
      g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_FULL,
                   _("The disk holding “%s” is full; the change was not saved"), where);
      return;
    }

  /* Serialization failure, deadlock, lock not available. */
  if (g_str_equal (state, "40001") || g_str_equal (state, "40P01") || g_str_equal (state, "55P03"))
    {
      g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_BUSY,
                   _("“%s” is busy in another program; try again in a moment"), where);
      return;
    }

  if (g_str_has_prefix (state, "08") || g_str_has_prefix (state, "28") || g_str_equal (state, "3D000"))
    {
      g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_OPEN,
                   _("“%s” cannot be opened (%s)"), where, message);
      return;
    }

  g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_FAILED,
               _("The database “%s” reported an error: %s"), where, message);
}
