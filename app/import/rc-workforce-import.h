/* rc-workforce-import.h: importing the DfE's published children's social
 * work workforce CSV (the "Indicators" file of explore-education-statistics)
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rc-import-plan.h"
#include "store/rc-store.h"

G_BEGIN_DECLS

#define RC_WORKFORCE_IMPORT_ERROR (rc_workforce_import_error_quark ())

typedef enum
{
  RC_WORKFORCE_IMPORT_ERROR_EMPTY,            /* no header line */
  RC_WORKFORCE_IMPORT_ERROR_MISSING_COLUMNS,  /* required columns absent: named in the message */
  RC_WORKFORCE_IMPORT_ERROR_MALFORMED,        /* the plan has malformed rows: nothing imported */
  RC_WORKFORCE_IMPORT_ERROR_APPLIED,          /* the plan was imported already */
} RcWorkforceImportError;

/* The rows are of the kinds of rc-import-plan.h: RC_IMPORT_ROW_ADD, a
 * return the database does not have; RC_IMPORT_ROW_UPDATE, replacing the
 * area's return for that year; RC_IMPORT_ROW_SKIPPED and
 * RC_IMPORT_ROW_MALFORMED. */

typedef enum
{
  RC_IMPORT_SKIP_NONE,
  RC_IMPORT_SKIP_JOINT_RETURN,  /* one return for two councils: "940 / 941" */
  RC_IMPORT_SKIP_UNKNOWN_CODE,  /* not a council, region or country of the reference data */
  RC_IMPORT_SKIP_OTHER_PERIOD,  /* time_identifier is not "Reporting year" */
  RC_IMPORT_SKIP_OTHER_LEVEL,   /* neither National, Regional nor Local authority */
  RC_IMPORT_N_SKIPS
} RcImportSkip;

/* One data line of the file as the import sees it, for a preview. */
typedef struct
{
  RcImportRowKind     kind;
  guint               line;        /* where the record starts, counting the header as 1 */
  RcWorkforceScope    scope;
  char               *area_name;   /* the reference data's name, else the file's */
  char               *code;        /* the code the row was matched by, or "" */
  gint64              year;        /* the year of 30 September; 0 if not read */
  RcImportSkip        skip;        /* RC_IMPORT_ROW_SKIPPED */
  char               *message;     /* add, update: what changes; skipped, malformed: why */
  RcFigure            old_in_post_fte100;    /* RC_IMPORT_ROW_UPDATE */
  RcFigure            old_vacancies_fte100;  /* RC_IMPORT_ROW_UPDATE */
  RcFigure            in_post_fte100;
  RcFigure            vacancies_fte100;
  RcWorkforceReturn  *ret;         /* add, update: what will be saved; owned by the plan */
  char               *warning;     /* add, update: figures allowed but unlikely, or NULL */
  /* RC_IMPORT_ROW_UPDATE: stored figures the file marks as not available
   * (z, x, c, u, low…), which the import clears, named ("vacancies, cases");
   * and stored figures whose cell is blank, which it keeps. */
  guint               n_cleared;
  char               *cleared;     /* NULL when none */
  guint               n_kept_blank;
} RcImportRow;

/* A plan is an RcImportPlan, which the import dialog shows. */
#define RC_TYPE_WORKFORCE_IMPORT (rc_workforce_import_get_type ())

G_DECLARE_FINAL_TYPE (RcWorkforceImport, rc_workforce_import, RC, WORKFORCE_IMPORT, GObject)

GQuark              rc_workforce_import_error_quark          (void);

/* An empty plan for a file of the store's, to read with
 * rc_import_plan_parse() or rc_import_plan_parse_async(). */
RcWorkforceImport  *rc_workforce_import_new                  (RcStore                 *store);

/* Reads @data (the whole file) into a plan, matching rows against the
 * store's councils and regions and its existing returns; writes nothing.
 * Fails only when the file cannot be a workforce CSV at all (no header,
 * required columns missing). Broken lines do not fail it: they are listed
 * as malformed rows so that a preview can show every problem, and the plan
 * then cannot be applied. The separator is the header's: a comma (as the
 * DfE publishes it), or a semicolon or tab from a spreadsheet's re-save
 * (rc_csv_detect_separator()). */
RcWorkforceImport  *rc_workforce_import_parse                (RcStore                 *store,
                                                              const char              *data,
                                                              gsize                    length,
                                                              GError                 **error);

/* The file's name for the audit log ("Imported 12 workforce returns from
 * csww_indicators_2017_to_2025.csv"); only its last component is kept. */
void                rc_workforce_import_set_file_name        (RcWorkforceImport       *plan,
                                                              const char              *file_name);

guint               rc_workforce_import_get_n_rows           (RcWorkforceImport       *plan,
                                                              RcImportRowKind          kind);
const RcImportRow  *rc_workforce_import_get_row              (RcWorkforceImport       *plan,
                                                              RcImportRowKind          kind,
                                                              guint                    index);
guint               rc_workforce_import_get_n_skipped        (RcWorkforceImport       *plan,
                                                              RcImportSkip             reason);
/* A stored figure is kept when the file's cell is blank (or the file has
 * no column for it), and cleared when the file marks it as not available
 * (z, x, c, u, "..", ":") or as "low": the DfE then says it has no figure.
 * How many stored figures the import clears, and in how many returns. */
guint               rc_workforce_import_get_n_cleared        (RcWorkforceImport       *plan);
guint               rc_workforce_import_get_n_clearing_rows  (RcWorkforceImport       *plan);
/* How many stored figures it keeps because their cells are blank. */
guint               rc_workforce_import_get_n_kept_blank     (RcWorkforceImport       *plan);
/* What a preview or the command line says first, NULL when nothing stored
 * is cleared: "Importing clears 3 stored figures that the file marks as
 * not available (x, c, z, u or low): England 2019 (FTE in post, vacancies);
 * Somerset 2022 (cases)." At most @max_returns returns are named, then
 * "and 4 more returns". */
char               *rc_workforce_import_describe_cleared     (RcWorkforceImport       *plan,
                                                              guint                    max_returns);
/* Figures published as "low" (below 0.5): stored as missing, never as 0. */
guint               rc_workforce_import_get_n_rounded_to_zero (RcWorkforceImport      *plan);
/* Added and updated rows with a warning of the field rules
 * (rc-record-rules.h): vacancies above FTE in post, turnover or agency
 * above 100 %, a year more than a year ahead. They are imported. */
guint               rc_workforce_import_get_n_warnings       (RcWorkforceImport       *plan);
/* TRUE when the plan has malformed rows and so cannot be applied. */
gboolean            rc_workforce_import_is_refused           (RcWorkforceImport       *plan);
/* One line: "Added 12, updated 3, skipped 2 (joint returns: 1; unknown
 * codes: 1)", and the number of "low" figures when there are any. */
char               *rc_workforce_import_describe             (RcWorkforceImport       *plan);

/* Saves every added and updated row in one transaction, with one audit
 * line; all or nothing. Refuses a plan with malformed rows
 * (RC_WORKFORCE_IMPORT_ERROR_MALFORMED, the first problem's line in the
 * message) and a plan applied before. */
gboolean            rc_workforce_import_apply                (RcStore                 *store,
                                                              RcWorkforceImport       *plan,
                                                              GError                 **error);

G_END_DECLS
