/* rc-store-trainees.h: trainees and returners, their pipeline, erasure and
 * subject access
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rc-progress.h"
#include "rc-store.h"

G_BEGIN_DECLS

/* A cohort's trainees with their host council's name, by reference. */
GListModel         *rc_store_list_trainees           (RcStore             *self,
                                                      gint64               cohort_id,
                                                      GError             **error);
RcTrainee          *rc_store_get_trainee             (RcStore             *self,
                                                      gint64               id,
                                                      GError             **error);
/* Inserts when trainee->id is 0 (and sets it), updates otherwise. Only the
 * trainee's own fields are written: the stage, withdrawal, employer and
 * erasure change through rc_store_move_trainee() and
 * rc_store_erase_trainee(). A new trainee starts with an "applied" event
 * dated applied_on, or today. Personal details cannot be given back to an
 * erased trainee. */
gboolean            rc_store_save_trainee            (RcStore             *self,
                                                      RcTrainee           *trainee,
                                                      GError             **error);
/* Adds new trainees (each with id 0) to cohort @cohort_id in one
 * transaction: all of them or none. Each is written as
 * rc_store_save_trainee() writes a new trainee, with its "applied" event
 * (dated applied_on, or today) and its own "create" audit line; @summary,
 * when not NULL, is one more audit line, an "import" of the cohort. The
 * trainees are left as they are (their ids stay 0): read them back with
 * rc_store_list_trainees(). "changed" is emitted once per table at the
 * commit. On failure, @failed_index (may be NULL) is set to the index in
 * @trainees of the trainee that was refused, or G_MAXUINT when the
 * failure was not one trainee's. */
gboolean            rc_store_add_trainees            (RcStore             *self,
                                                      gint64               cohort_id,
                                                      GPtrArray           *trainees,
                                                      const char          *summary,
                                                      guint               *failed_index,
                                                      GError             **error);
/* The same, reporting @progress between batches of rows and rolling back
 * when it says the work was cancelled (G_IO_ERROR_CANCELLED), as a worker
 * does (rc-store-worker.h). @progress may be NULL. */
gboolean            rc_store_add_trainees_full       (RcStore             *self,
                                                      gint64               cohort_id,
                                                      GPtrArray           *trainees,
                                                      const char          *summary,
                                                      RcProgress          *progress,
                                                      guint               *failed_index,
                                                      GError             **error);
/* Deletes the trainee and its stage history. */
gboolean            rc_store_delete_trainee          (RcStore             *self,
                                                      gint64               id,
                                                      GError             **error);

/* Oldest first: by date, then in the order they were recorded. */
GListModel         *rc_store_list_trainee_events     (RcStore             *self,
                                                      gint64               trainee_id,
                                                      GError             **error);
/* Records a move allowed by rc_stage_check_move() (a refusal is its
 * RC_MODEL_ERROR) on @occurred_on (today when NULL), which must not be
 * before the trainee's last move. RC_STAGE_WITHDRAWN needs a
 * @withdrawal_reason key (see rc_withdrawal_reason_to_key()), stored on the
 * trainee with @note; RC_STAGE_EMPLOYED needs the employer in @council_id
 * (0 otherwise). Erased trainees keep their pipeline and can still move. */
gboolean            rc_store_move_trainee            (RcStore             *self,
                                                      gint64               trainee_id,
                                                      RcStage              stage,
                                                      const char          *occurred_on,
                                                      gint64               council_id,
                                                      const char          *withdrawal_reason,
                                                      const char          *note,
                                                      GError             **error);
/* Removes the name, contact details, registration number and date of
 * leaving practice for good; the reference, stage history and counts stay,
 * and an "erase" line is written to the audit log. Refused when already
 * erased. */
gboolean            rc_store_erase_trainee           (RcStore             *self,
                                                      gint64               trainee_id,
                                                      GError             **error);
/* Erases, as rc_store_erase_trainee() does, every trainee of the cohort
 * whose details are not erased yet, in one transaction: all of them or
 * none. Each gets its "erase" audit line, and the cohort one more with
 * the count. @n_erased (may be NULL) is set to how many were erased; a
 * cohort with nobody left to erase is not an error (0). */
gboolean            rc_store_erase_cohort_personal_data (RcStore          *self,
                                                      gint64               cohort_id,
                                                      guint               *n_erased,
                                                      GError             **error);
/* Everything held about one trainee, as plain UTF-8 text: every field,
 * the stage history and the audit lines about the trainee. Written in
 * export/rc-subject-access-report.c from the functions above; declared
 * here, where its callers look for it. */
char               *rc_store_subject_access_report   (RcStore             *self,
                                                      gint64               trainee_id,
                                                      GError             **error);

G_END_DECLS
