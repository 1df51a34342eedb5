/* rc-trainee-search.h: what the trainee search looks in
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "model/rc-trainee.h"

G_BEGIN_DECLS

/* @trainee's search text, folded: its reference, and its names unless
 * they were erased. */
char       *rc_trainee_search_fold     (RcTrainee  *trainee);
/* What the search looks in for each of @trainees, folded: a table from
 * each RcTrainee of @trainees to its text, for
 * rc_trainee_table_set_trainees_folded(). Touches no widget: a worker
 * folds 100,000 names while the cohort is read, rather than the first
 * letter typed waiting for it. */
GHashTable *rc_trainee_search_fold_all (GListModel *trainees);

G_END_DECLS
