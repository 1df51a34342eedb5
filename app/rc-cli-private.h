/* rc-cli-private.h: what the command line's files share
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "store/rc-store.h"

G_BEGIN_DECLS

/* One line for @error on stderr; RC_CLI_EXIT_REFUSED. */
int      rc_cli_fail                 (const GError *error);
/* The one FILE after a command's own argument; says what is wrong with
 * the rest of the line, counting each problem in @problems. */
char    *rc_cli_take_file_argument   (GVariantDict *options,
                                      const char   *usage,
                                      int          *problems);
/* What a command's ID names. */
typedef enum
{
  RC_CLI_ID_BID,
  RC_CLI_ID_COHORT,
  RC_CLI_ID_CONSORTIUM,
} RcCliId;

/* Reads @text, the ID of a command, into @id: a whole number from 1.
 * Otherwise says on stderr that it is not a @kind's id, and returns
 * FALSE. */
gboolean rc_cli_parse_id             (const char   *text,
                                      RcCliId       kind,
                                      gint64       *id);
/* An existing database, never a new one (rc-cli.c says which). */
RcStore *rc_cli_open_existing_store  (const char   *database_path,
                                      gboolean      only_reads);

/* Cohort @cohort_id (@cohort_text as typed); NULL when there is none or
 * it could not be read, having said why on stderr, with the exit status
 * in @status. */
RcCohort *rc_cli_get_cohort          (RcStore      *store,
                                      gint64        cohort_id,
                                      const char   *cohort_text,
                                      int          *status);

/* rc-cli-import.c: the imports, all or nothing. */
int      rc_cli_import_workforce     (const char   *csv_path,
                                      const char   *database_path);
int      rc_cli_import_trainees      (GVariantDict *options,
                                      const char   *cohort_text,
                                      const char   *database_path);

/* rc-cli-export.c: the commands that write a file from the database. */
int      rc_cli_export_chart         (GVariantDict *options,
                                      const char   *measure_key,
                                      const char   *database_path);
int      rc_cli_export_bid           (GVariantDict *options,
                                      const char   *bid_text,
                                      const char   *database_path);
int      rc_cli_export_monitoring    (GVariantDict *options,
                                      const char   *file,
                                      const char   *database_path);
int      rc_cli_export_report        (GVariantDict *options,
                                      const char   *consortium_text,
                                      const char   *database_path);

/* rc-cli-users.c: the logins of a shared database (PostgreSQL). */
int      rc_cli_add_user             (GVariantDict *options,
                                      const char   *name);

/* rc-cli-copy.c: --copy-database SOURCE TARGET. */
int      rc_cli_copy_database        (GVariantDict *options,
                                      const char   *source,
                                      const char   *database_path);

/* rc-cli-cohort.c: --export-cohort COHORT_ID FILE.csv [--with-names]. */
int      rc_cli_export_cohort        (GVariantDict *options,
                                      const char   *cohort_text,
                                      const char   *database_path);

G_END_DECLS
