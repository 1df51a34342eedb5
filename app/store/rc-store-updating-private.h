/* rc-store-updating-private.h: what the trainee files of the store ask of
 * the updating log
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rc-store-private.h"

G_BEGIN_DECLS

/* Sets updating_days_done of every RcTrainee in @trainees (a GListModel)
 * or of @trainee to the whole days its log counts. */
gboolean rc_store_fill_updating_days      (RcStore     *self,
                                           GListModel  *trainees,
                                           RcTrainee   *trainee,
                                           GError     **error);
/* Erasure: the log and the restoration date go, in the caller's
 * transaction. */
gboolean rc_store_clear_updating_log      (RcStore     *self,
                                           gint64       trainee_id,
                                           GError     **error);
/* A new trainee's days recorded as a total (an import's column), dated
 * @on, in the caller's transaction. */
gboolean rc_store_add_recorded_days       (RcStore     *self,
                                           gint64       trainee_id,
                                           gint64       days,
                                           const char  *on,
                                           const char  *note,
                                           GError     **error);

G_END_DECLS
