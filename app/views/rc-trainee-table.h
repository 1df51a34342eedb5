/* rc-trainee-table.h: a cohort's trainees in a table, with search, stage
 * and council filters
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "store/rc-store.h"

G_BEGIN_DECLS

/* The columns; the last three show for returner cohorts only. */
typedef enum {
  RC_TRAINEE_COLUMN_REFERENCE,
  RC_TRAINEE_COLUMN_NAME,
  RC_TRAINEE_COLUMN_HOST,
  RC_TRAINEE_COLUMN_STAGE,
  RC_TRAINEE_COLUMN_SINCE,
  RC_TRAINEE_COLUMN_REGISTRATION,
  RC_TRAINEE_COLUMN_YEARS_OUT,
  RC_TRAINEE_COLUMN_ELIGIBILITY,
  RC_TRAINEE_COLUMN_UPDATING,
  RC_TRAINEE_N_COLUMNS,
} RcTraineeColumn;

#define RC_TYPE_TRAINEE_TABLE (rc_trainee_table_get_type ())

G_DECLARE_FINAL_TYPE (RcTraineeTable, rc_trainee_table, RC, TRAINEE_TABLE, AdwBin)

GtkWidget  *rc_trainee_table_new                (void);
/* Shows @trainees (RcTrainee items, may be NULL) of @cohort (NULL: none),
 * with the returners' columns when @returners; @councils (RcCohortPlace
 * items; council 0 is skipped) fill the council filter. The filters and
 * the selected trainee stay, so long as they still exist. The table keeps
 * @trainees and shows what it holds: the caller changes it no more. */
void        rc_trainee_table_set_trainees       (RcTraineeTable  *self,
                                                 RcCohort        *cohort,
                                                 gboolean         returners,
                                                 GListModel      *trainees,
                                                 GListModel      *councils);
/* rc_trainee_table_set_trainees() with each trainee's search text folded
 * already (@search_texts, from rc_trainee_search_fold_all() of
 * @trainees); without them a search folds each text when it first needs
 * it. */
void        rc_trainee_table_set_trainees_folded (RcTraineeTable *self,
                                                 RcCohort        *cohort,
                                                 gboolean         returners,
                                                 GListModel      *trainees,
                                                 GListModel      *councils,
                                                 GHashTable      *search_texts);
/* Whether the view is still given the rows shown a few a frame. */
gboolean    rc_trainee_table_get_revealing      (RcTraineeTable  *self);
/* Clears the search and the filters. */
void        rc_trainee_table_reset              (RcTraineeTable  *self);

/* The trainees shown after search, filters and sorting. */
GListModel *rc_trainee_table_get_shown          (RcTraineeTable  *self);
void        rc_trainee_table_set_search         (RcTraineeTable  *self,
                                                 const char      *text);
/* @stage -1 for every stage. */
void        rc_trainee_table_set_stage_filter   (RcTraineeTable  *self,
                                                 int              stage);
/* @council_id 0 for every host council; FALSE when it is not offered. */
gboolean    rc_trainee_table_set_council_filter (RcTraineeTable  *self,
                                                 gint64           council_id);
/* The text the table shows in a cell of the shown row @position. */
char       *rc_trainee_table_dup_cell_text      (RcTraineeTable  *self,
                                                 guint            position,
                                                 RcTraineeColumn  column);
gboolean    rc_trainee_table_get_column_visible (RcTraineeTable  *self,
                                                 RcTraineeColumn  column);

/* Selects trainee @id (0: none); emits "trainee-selected". */
void        rc_trainee_table_select_trainee     (RcTraineeTable  *self,
                                                 gint64           id);
gint64      rc_trainee_table_get_selected_id    (RcTraineeTable  *self);
void        rc_trainee_table_focus_search       (RcTraineeTable  *self);

G_END_DECLS
