/* rc-trainee-import-private.h: the plan, as its reader fills it
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "model/rc-csv.h"
#include "model/rc-field-rules.h"
#include "rc-trainee-import.h"

G_BEGIN_DECLS

/* Cells that are not personal are quoted in messages up to this many
 * characters; longer column names are cut to it. */
#define RC_TRAINEE_IMPORT_QUOTE_CHARS RC_CSV_MESSAGE_MAX_CHARS

struct _RcTraineeImport
{
  GObject    parent_instance;

  RcStore   *store;
  gint64     cohort_id;
  RcTraineeMapping mapping;                 /* the columns the dialog shows */
  char      *cohort_name;
  GPtrArray *rows[RC_TRAINEE_N_ROW_KINDS];  /* of RcTraineeRow, in file order */
  guint      n_day_first;                   /* dates read as DD/MM/YYYY */
  gboolean   applied;
  char       separator;
  GPtrArray *unused;                        /* names of the columns not mapped */
  guint      n_split;                       /* full names split */
  guint      n_warnings;                    /* added rows with a warning */
};

/* Reads @data into @plan, after emptying it, with the columns of
 * @mapping, matching rows against @reader, the store or a worker's
 * connection to it (rc-trainee-import-parse.c). */
gboolean         rc_trainee_import_read    (RcTraineeImport        *plan,
                                            RcStore                *reader,
                                            const char             *data,
                                            gsize                   length,
                                            const RcTraineeMapping *mapping,
                                            RcProgress             *progress,
                                            GError                **error);
/* Empties the plan's rows and counts, and sets the cohort it reads for. */
void             rc_trainee_import_clear   (RcTraineeImport        *plan,
                                            RcCohort               *cohort);
/* The RcImportPlan interface (rc-trainee-import-plan.c). */
void             rc_trainee_import_plan_init (RcImportPlanInterface *iface);
/* A new row of @kind at the end of its list; takes @message. */
RcTraineeRow    *rc_trainee_import_add_row (RcTraineeImport *plan,
                                            RcTraineeRowKind kind,
                                            guint            line,
                                            const char      *reference,
                                            char            *message);

/* rc-trainee-import-rules.c ---------------------------------------------- */

/* @finding's message after the file's column it is about: "“Email”
 * (column 4): An e-mail address looks like name@example.org"; a reference
 * too long is quoted too, in part. */
char            *rc_trainee_import_finding_message (const RcTraineeMapping *mapping,
                                                    GPtrArray              *header,
                                                    GPtrArray              *record,
                                                    const RcFinding        *finding);
/* The warnings of @findings, and what a window would have confirmed (an
 * import's user confirms the file as a whole), in one line; or NULL. */
char            *rc_trainee_import_warning_text    (GPtrArray              *findings);
/* Splits the record's full name, when the file has a column for it,
 * into @trainee's names (rc_field_split_full_name()), counting it in
 * @plan; FALSE, with @message naming the column, for a name of one word. */
gboolean         rc_trainee_import_split_name      (RcTraineeImport        *plan,
                                                    const RcTraineeMapping *mapping,
                                                    GPtrArray              *header,
                                                    GPtrArray              *record,
                                                    RcTrainee              *trainee,
                                                    char                  **message);
/* The translation of @msgid, looked up once and kept in @slot (a static
 * of the caller's, zero at first), for words said on every row:
 * `g_strdup_printf (rc_trainee_import_translate_once (&slot, N_("%s; applied on %s")), …)`. */
const char      *rc_trainee_import_translate_once  (gsize                  *slot,
                                                    const char             *msgid) G_GNUC_FORMAT (2);
/* Lists in @plan the header's columns no field was given. */
void             rc_trainee_import_find_unused     (RcTraineeImport        *plan,
                                                    const RcTraineeMapping *mapping,
                                                    GPtrArray              *header);

/* rc-trainee-import-dates.c: whether @text is @min to @max digits and
 * nothing else; and "2017-01-31", or "31/01/2017" (and
 * "1/2/2017"), as @iso; sets @day_first when it was the latter. Else
 * FALSE, with @message naming @field (and the cell, unless personal). */
gboolean rc_trainee_import_all_digits (const char      *text,
                                       gsize            min,
                                       gsize            max);
gboolean rc_trainee_import_parse_date (const char      *text,
                                       char           **iso,
                                       gboolean        *day_first,
                                       RcTraineeField   field,
                                       char           **message);

G_END_DECLS
