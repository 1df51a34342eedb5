/* rc-trainee-columns-private.h: the cells of RcTraineeTable, for its own use
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rc-trainee-table.h"

G_BEGIN_DECLS

/* The text of a cell of @trainee in @cohort; @style is set to a style
 * class ("dim-label", "warning") when the cell needs one. */
typedef char *(*RcTraineeCellText) (RcCohort    *cohort,
                                    RcTrainee   *trainee,
                                    const char **style);

typedef struct {
  const char        *title;   /* untranslated */
  RcTraineeCellText  text;
  gboolean           expand;
  int                chars;   /* the least a cell shows before it ellipsizes */
} RcTraineeColumnInfo;

const RcTraineeColumnInfo *rc_trainee_column_info  (RcTraineeColumn  column);
/* The whole text of a cell, and what a short one leaves out. */
char                      *rc_trainee_cell_tooltip (RcCohort        *cohort,
                                                    RcTraineeColumn  column,
                                                    RcTrainee       *trainee,
                                                    const char      *text);

/* Adds a column of each kind to @view, cells and sorters included, and
 * keeps them in @added; the cells show the trainees of @table's slots
 * (rc-slot-model.c). */
void                       rc_trainee_columns_add  (RcTraineeTable      *table,
                                                    GtkColumnView       *view,
                                                    GtkColumnViewColumn *added[RC_TRAINEE_N_COLUMNS]);
/* The cohort whose trainees @table shows. */
RcCohort                  *rc_trainee_table_get_cohort (RcTraineeTable *table);

G_END_DECLS
