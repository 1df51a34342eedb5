/* rc-trainee-import.h: importing trainees into a cohort from a CSV file
 * whose columns the user maps to the trainee's fields
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rc-import-plan.h"
#include "store/rc-store.h"

G_BEGIN_DECLS

#define RC_TRAINEE_IMPORT_ERROR (rc_trainee_import_error_quark ())

typedef enum
{
  RC_TRAINEE_IMPORT_ERROR_EMPTY,      /* no header line */
  RC_TRAINEE_IMPORT_ERROR_MAPPING,    /* no column for the reference, or a column the file lacks */
  RC_TRAINEE_IMPORT_ERROR_MALFORMED,  /* the plan has malformed rows: nothing imported */
  RC_TRAINEE_IMPORT_ERROR_APPLIED,    /* the plan was imported already */
} RcTraineeImportError;

/* The fields a file can fill, in the order a mapping step shows them. */
typedef enum
{
  RC_TRAINEE_FIELD_REFERENCE,
  RC_TRAINEE_FIELD_GIVEN_NAME,
  RC_TRAINEE_FIELD_FAMILY_NAME,
  RC_TRAINEE_FIELD_FULL_NAME,            /* split: rc_field_split_full_name() */
  RC_TRAINEE_FIELD_EMAIL,
  RC_TRAINEE_FIELD_PHONE,
  RC_TRAINEE_FIELD_HOST_COUNCIL,         /* GSS code, DfE LA number or exact name */
  RC_TRAINEE_FIELD_APPLIED_ON,           /* 2017-01-31 or 31/01/2017 */
  RC_TRAINEE_FIELD_LEFT_PRACTICE_ON,     /* the same */
  RC_TRAINEE_FIELD_REGISTRATION_NUMBER,  /* SW followed by digits */
  RC_TRAINEE_FIELD_REGISTERED_WITH,      /* HCPC or Social Work England */
  RC_TRAINEE_FIELD_UPDATING_DAYS,        /* days of updating done so far, 0 to 365 */
  RC_TRAINEE_N_FIELDS
} RcTraineeField;

/* Which column of the file (counting from 0) holds each field; -1 for a
 * field the file does not have. Only the reference is required. A full
 * name and a given or family name are not both given a column. */
typedef struct
{
  int column[RC_TRAINEE_N_FIELDS];
} RcTraineeMapping;

typedef enum
{
  RC_TRAINEE_ROW_ADD,        /* a trainee the cohort does not have */
  RC_TRAINEE_ROW_SKIPPED,    /* the reference is in the cohort already; the rest is imported */
  RC_TRAINEE_ROW_MALFORMED,  /* a broken line: the whole file is refused */
  RC_TRAINEE_N_ROW_KINDS
} RcTraineeRowKind;

/* One data line of the file as the import sees it, for a preview.
 * Messages never quote a name, e-mail address, phone or registration
 * number: they may reach a terminal or a log. */
typedef struct
{
  RcTraineeRowKind  kind;
  guint             line;       /* where the record starts, counting the header as 1 */
  char             *reference;  /* as the file has it, or "" */
  char             *message;    /* add: host council and date; skipped, malformed: why */
  RcTrainee        *trainee;    /* add: what will be saved; owned by the plan */
  char             *warning;    /* add: what is allowed but unlikely, or NULL */
} RcTraineeRow;

/* A plan is an RcImportPlan, which the import dialog shows: its fields
 * are the RcTraineeFields, and its rows of kind RC_TRAINEE_ROW_ADD,
 * RC_TRAINEE_ROW_SKIPPED and RC_TRAINEE_ROW_MALFORMED are the dialog's
 * RC_IMPORT_ROW_ADD, RC_IMPORT_ROW_SKIPPED and RC_IMPORT_ROW_MALFORMED. */
#define RC_TYPE_TRAINEE_IMPORT (rc_trainee_import_get_type ())

G_DECLARE_FINAL_TYPE (RcTraineeImport, rc_trainee_import, RC, TRAINEE_IMPORT, GObject)

GQuark            rc_trainee_import_error_quark   (void);

/* An empty plan for a file of trainees for cohort @cohort_id: the import
 * dialog reads its header (rc_import_plan_read_header(), which guesses
 * the columns), lets the user choose them, then parses it. */
RcTraineeImport  *rc_trainee_import_new           (RcStore                 *store,
                                                   gint64                   cohort_id);

/* Translated, such as "Host council". */
const char       *rc_trainee_field_get_label      (RcTraineeField           field);
/* Whether the field is personal data (names, contact details,
 * registration number, date of leaving practice). */
gboolean          rc_trainee_field_is_personal    (RcTraineeField           field);

/* Every field unmapped (-1). */
void              rc_trainee_mapping_init         (RcTraineeMapping        *mapping);
/* A mapping from the header's names: "Reference", "ID" or "Ref" for the
 * reference, "First name" or "Forename", "Surname" or "Last name", "Full
 * name" or "Name" (only when there is no column for the given or the
 * family name),
 * "Email" or "E-mail address", "Host council", "LA" or "Local authority",
 * "Applied on" or "Date applied", and so on; case, spaces and punctuation
 * do not matter. A column is given to one field at most. */
RcTraineeMapping *rc_trainee_mapping_guess        (GPtrArray               *header);
RcTraineeMapping *rc_trainee_mapping_copy         (const RcTraineeMapping  *mapping);
void              rc_trainee_mapping_free         (RcTraineeMapping        *mapping);

/* The header line of @data (a UTF-8 byte order mark skipped), its cells
 * trimmed, for the mapping step: a GPtrArray of strings. Its separator,
 * a comma, a semicolon or a tab, is the one the file is read with
 * (rc_csv_detect_separator()). */
GPtrArray        *rc_trainee_import_read_header   (const char              *data,
                                                   gsize                    length,
                                                   GError                 **error);

/* Reads @data (the whole file, header first) into a plan for the cohort,
 * the columns as @mapping says; writes nothing. Fails when the cohort
 * does not exist, the file has no header, or the mapping has no column
 * for the reference, names a column the header lacks, or gives columns
 * to a full name and to a given or family name. Broken lines do not fail
 * it: they are malformed rows with their line and reason (a bad date, an
 * unknown council, a missing reference, a wrong number of fields, a
 * broken quote, a reference twice in the file, a full name of one word,
 * days of updating that are not a whole number from 0 to 365,
 * or what the field rules of rc-record-rules.h refuse: a text too long,
 * a bad e-mail address, phone or registration number, an application in
 * the future), naming the column; and the plan then cannot be applied.
 * What the rules only warn about, or would have a window confirm, is
 * the row's warning. A reference the cohort already has is skipped. */
RcTraineeImport  *rc_trainee_import_parse         (RcStore                 *store,
                                                   gint64                   cohort_id,
                                                   const char              *data,
                                                   gsize                    length,
                                                   const RcTraineeMapping  *mapping,
                                                   GError                 **error);

gint64            rc_trainee_import_get_cohort_id (RcTraineeImport         *plan);
guint             rc_trainee_import_get_n_rows    (RcTraineeImport         *plan,
                                                   RcTraineeRowKind         kind);
const RcTraineeRow *rc_trainee_import_get_row     (RcTraineeImport         *plan,
                                                   RcTraineeRowKind         kind,
                                                   guint                    index);
/* The names of the header's columns no field was given, "Interview
 * panel, Notes" (a column with no name is "column 7"), or NULL. */
char             *rc_trainee_import_list_unused   (RcTraineeImport         *plan);
/* Added rows with a warning. */
guint             rc_trainee_import_get_n_warnings (RcTraineeImport        *plan);
/* TRUE when the plan has malformed rows and so cannot be applied. */
gboolean          rc_trainee_import_is_refused    (RcTraineeImport         *plan);
/* One line: "Added 12 trainees, skipped 2 already in the cohort", and
 * when there are any: the dates read day first, the separator when it is
 * not a comma, the full names split, the rows with warnings, the columns
 * not used, and the number of malformed rows. */
char             *rc_trainee_import_describe      (RcTraineeImport         *plan);

/* Saves every added row in one transaction (rc_store_add_trainees()),
 * each with its "applied" event and audit line (which names the trainee
 * by reference only), and one audit line for the import; all or
 * nothing. Refuses a plan with malformed rows
 * (RC_TRAINEE_IMPORT_ERROR_MALFORMED, the first problem's line in the
 * message) and a plan applied before. When the database refuses a
 * trainee, the message names its line too. */
gboolean          rc_trainee_import_apply         (RcStore                 *store,
                                                   RcTraineeImport         *plan,
                                                   GError                 **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RcTraineeMapping, rc_trainee_mapping_free)

G_END_DECLS
