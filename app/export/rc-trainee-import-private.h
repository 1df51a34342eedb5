/* rc-trainee-import-private.h: the plan, as its reader fills it
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rc-trainee-import.h"

G_BEGIN_DECLS

struct _RcTraineeImport
{
  RcStore   *store;
  gint64     cohort_id;
  char      *cohort_name;
  GPtrArray *rows[RC_TRAINEE_N_ROW_KINDS];  /* of RcTraineeRow, in file order */
  guint      n_day_first;                   /* dates read as DD/MM/YYYY */
  gboolean   applied;
  char       separator;
  GPtrArray *unused;                        /* names of the columns not mapped */
  guint      n_split;                       /* full names split */
  guint      n_warnings;                    /* added rows with a warning */
};

RcTraineeImport *rc_trainee_import_new     (RcStore         *store,
                                            RcCohort        *cohort);
/* A new row of @kind at the end of its list; takes @message. */
RcTraineeRow    *rc_trainee_import_add_row (RcTraineeImport *plan,
                                            RcTraineeRowKind kind,
                                            guint            line,
                                            const char      *reference,
                                            char            *message);

G_END_DECLS
