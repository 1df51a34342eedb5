/* rc-sqlite-errors.c: what SQLite reports, in words a user can read
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SQLite's result codes become RC_STORE_ERROR codes, and a refused value
 * the words of its constraint key (rc-constraint-messages.c), which the
 * PostgreSQL backend gives for the same key.
 */

#define G_LOG_DOMAIN "rc-store"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rc-constraint-messages.h"
#include "rc-store-sqlite.h"

/* SQLite names the columns of a UNIQUE constraint that failed, not the
 * constraint: these are the keys of the constraints on those columns
 * (sql/0005-constraint-keys.sql), whose words are in rc-constraint-messages.c. */
static const struct {
  const char *columns;
  const char *key;
} unique_keys[] = {
  { "council.gss_code", "council_gss_code_unique" },
  { "region.gss_code", "region_gss_code_unique" },
  { "consortium.name", "consortium_name_unique" },
  { "programme.code", "programme_code_unique" },
  { "programme.name", "programme_name_unique" },
  { "cohort.consortium_id, cohort.name", "cohort_name_unique" },
  { "cohort_place.cohort_id, cohort_place.council_id", "cohort_place_council_unique" },
  { "trainee.cohort_id, trainee.reference", "trainee_reference_unique" },
  { "workforce_return.council_id, workforce_return.year", "workforce_return_council_year" },
  { "workforce_return.region_id, workforce_return.year", "workforce_return_region_year" },
  { "workforce_return.year", "workforce_return_national_year" },
  { "cohort_funnel_figure.cohort_id, cohort_funnel_figure.step", "cohort_funnel_figure_step_unique" },
  { "bid_reminder.bid_id, bid_reminder.kind, bid_reminder.due_on, bid_reminder.days_before", "bid_reminder_unique" },
};

/* The words of the constraint @key, or NULL when it has none: then the
 * user reads SQLite's own account, as for any refusal without words. */
static gboolean
set_constraint_error (GError     **error,
                      const char  *key)
{
  const char *message = rc_constraint_message (key);

  if (message == NULL)
    return FALSE;

  g_set_error_literal (error, RC_STORE_ERROR, RC_STORE_ERROR_CONSTRAINT, message);

  return TRUE;
}

void
rc_sqlite_set_error_from_code (GError     **error,
                               int          code,
                               const char  *message,
                               const char  *path)
{
  const char *prefix;

  switch (code & 0xff)
    {
    case SQLITE_CONSTRAINT:
      if (code == SQLITE_CONSTRAINT_CHECK && g_str_has_prefix (message, (prefix = "CHECK constraint failed: "))
          && set_constraint_error (error, message + strlen (prefix)))
        return;
      if (code == SQLITE_CONSTRAINT_UNIQUE && g_str_has_prefix (message, (prefix = "UNIQUE constraint failed: ")))
        {
          for (guint i = 0; i < G_N_ELEMENTS (unique_keys); i++)
            if (g_str_equal (message + strlen (prefix), unique_keys[i].columns)
                && set_constraint_error (error, unique_keys[i].key))
              return;
        }
      if (code == SQLITE_CONSTRAINT_FOREIGNKEY)
        {
          g_set_error_literal (error, RC_STORE_ERROR, RC_STORE_ERROR_CONSTRAINT,
                               _("This is still used by other records, or refers to one that does not exist"));
          return;
        }
      if (code == SQLITE_CONSTRAINT_NOTNULL && g_str_has_prefix (message, (prefix = "NOT NULL constraint failed: ")))
        {
          g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_CONSTRAINT,
                       _("A required value is missing (%s)"), message + strlen (prefix));
          return;
        }
      g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_CONSTRAINT,
                   _("The value was refused: %s"), message);
      return;

    case SQLITE_TOOBIG:
      g_set_error_literal (error, RC_STORE_ERROR, RC_STORE_ERROR_CONSTRAINT,
                           _("A value is too long to be stored; the change was not saved"));
      return;

    case SQLITE_FULL:
      g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_FULL,
                   _("The disk holding “%s” is full; the change was not saved"), path);
      return;

    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_BUSY,
                   _("“%s” is busy in another program; try again in a moment"), path);
      return;

    case SQLITE_READONLY:
      g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_READ_ONLY,
                   _("“%s” cannot be written to; the change was not saved"), path);
      return;

    case SQLITE_NOTADB:
      g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_NOT_DATABASE,
                   _("“%s” is not a Return Coordinator database"), path);
      return;

    case SQLITE_CORRUPT:
      g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_CORRUPT,
                   _("“%s” is damaged (%s)"), path, message);
      return;

    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_AUTH:
      g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_OPEN,
                   _("“%s” cannot be opened (%s)"), path, message);
      return;

    default:
      g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_FAILED,
                   _("The database “%s” reported an error: %s"), path, message);
      return;
    }
}
