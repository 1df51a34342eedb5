/* rc-retention.h: what became of a cohort's trainees
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "rc-figure.h"
#include "rc-stage.h"

G_BEGIN_DECLS

typedef struct
{
  RcStage  reached;              /* furthest stage before any withdrawal, never
                                  * RC_STAGE_WITHDRAWN */
  gboolean withdrawn;
  gboolean employer_is_partner;  /* employed by a council of the consortium */
} RcTraineeProgress;

/* Counts of trainees who reached each milestone, withdrawn or not: one who
 * qualified and then withdrew still counts as qualified, so that retention
 * is measured against everyone who qualified. Employment and retention
 * count only trainees whose employer is a partner council. */
typedef struct
{
  guint trainees;
  guint withdrawn;
  guint qualified;
  guint registered;
  guint employed_by_partner;
  guint retained_12;
  guint retained_24;
} RcRetention;

/* @items may be NULL when @n is 0. An item whose reached stage is
 * RC_STAGE_WITHDRAWN (or out of range) is counted as withdrawn having
 * reached no milestone. */
void   rc_retention_compute (const RcTraineeProgress *items,
                             gsize                    n,
                             RcRetention             *out);
/* @count / @qualified, with no value when @qualified is 0. */
RcRate rc_retention_rate    (guint                    count,
                             guint                    qualified);
/* Each trainee counted once, at its current stage: withdrawn trainees
 * under RC_STAGE_WITHDRAWN, the others under the stage they reached. */
void   rc_stage_counts      (const RcTraineeProgress *items,
                             gsize                    n,
                             guint                    counts[RC_N_STAGES]);

G_END_DECLS
