/* rc-data-retention-prompt.h: asking the coordinator to erase personal details
 * that are past the retention period
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "store/rc-store.h"

G_BEGIN_DECLS

/* The cohorts that ended more than @months months before @today (an ISO
 * date, or NULL for today) and still hold personal details, as
 * rc_store_list_cohorts_past_retention() finds them. */
GListModel *rc_data_retention_prompt_find  (RcStore     *store,
                                            int          months,
                                            const char  *today,
                                            GError     **error);

/* A message dialog, transient for @parent, that lists @cohorts (of
 * RcCohort) and offers "later" and "erase" (destructive). "erase" erases
 * the personal details of every trainee of those cohorts in one
 * transaction, and tells the result in a toast when @parent is an
 * RcWindow. The dialog is not presented. */
GtkWidget  *rc_data_retention_prompt_new   (GtkWindow   *parent,
                                            RcStore     *store,
                                            GListModel  *cohorts,
                                            int          months);

/* Presents the prompt when some cohort is past the period the
 * "personal-data-retention-months" setting gives; does nothing otherwise.
 * Called when a database opens. */
void        rc_data_retention_prompt_check (GtkWindow   *parent,
                                            RcStore     *store);

G_END_DECLS
