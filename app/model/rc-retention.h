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
  guint32  qualified_day;        /* Julian day of qualifying (g_date_get_julian());
                                  * 0 when unknown: its milestones count as due */
} RcTraineeProgress;

/* The milestones after qualifying, each measured against those qualified
 * trainees for whom it is due. */
typedef enum
{
  RC_MILESTONE_REGISTERED,   /* due on qualifying */
  RC_MILESTONE_EMPLOYED,     /* due on qualifying; by a partner council */
  RC_MILESTONE_RETAINED_12,  /* due 12 months after qualifying */
  RC_MILESTONE_RETAINED_24,  /* due 24 months after qualifying */
  RC_N_MILESTONES
} RcMilestone;

/* This is the one place where a cohort's counts are defined; the cohort
 * list, the cohort's page, the bid workbook and the Trends page all show
 * these.
 *
 * Counts of trainees who reached each milestone, withdrawn or not: one who
 * qualified and then withdrew still counts as qualified, so that retention
 * is measured against everyone who qualified. Employment and retention
 * count only trainees whose employer is a partner council. */
typedef struct
{
  guint trainees;
  guint withdrawn;
  guint recruiting;          /* applied, at assessment or offered a place; not withdrawn */
  guint in_training;         /* enrolled or on placement; not withdrawn */
  guint filled;              /* places filled: enrolled or further, not withdrawn */
  /* Reached, withdrawn or not, for the recruitment funnel (rc-funnel.h). */
  guint assessed;            /* at the assessment centre or further */
  guint offered;             /* offered a place or further */
  guint started;             /* enrolled or further */
  guint employed;            /* employed, by any council */
  guint qualified;
  guint registered;
  guint employed_by_partner;
  guint retained_12;
  guint retained_24;
  /* Of those who qualified, per milestone: for whom it is due (they
   * reached it, or its date has passed), and of those, whose outcome is
   * recorded (they reached it, or withdrew). */
  guint due[RC_N_MILESTONES];
  guint recorded[RC_N_MILESTONES];
} RcRetention;

/* @items may be NULL when @n is 0. An item whose reached stage is
 * RC_STAGE_WITHDRAWN (or out of range) is counted as withdrawn having
 * reached no milestone. A milestone is due on @today (a Julian day; 0:
 * every milestone of a qualified trainee is due). */
void   rc_retention_compute_on (const RcTraineeProgress *items,
                                gsize                    n,
                                guint32                  today,
                                RcRetention             *out);
/* The same on the local date today. */
void   rc_retention_compute (const RcTraineeProgress *items,
                             gsize                    n,
                             RcRetention             *out);
/* Adds @retention's counts to @sum: the retention of the trainees of
 * both, as if they were one cohort. Shares of the sum are its counts
 * divided, never an average of the cohorts' shares. */
void   rc_retention_add     (RcRetention             *sum,
                             const RcRetention       *retention);
/* @count / @qualified, with no value when @qualified is 0. */
RcRate rc_retention_rate    (guint                    count,
                             guint                    qualified);
/* Each trainee counted once, at its current stage: withdrawn trainees
 * under RC_STAGE_WITHDRAWN, the others under the stage they reached. */
void   rc_stage_counts      (const RcTraineeProgress *items,
                             gsize                    n,
                             guint                    counts[RC_N_STAGES]);

typedef enum
{
  RC_OUTCOME_SHARE,        /* a count of those due, and its share */
  RC_OUTCOME_NOT_YET_DUE,  /* nobody qualified long enough ago (or at all) */
  RC_OUTCOME_NOT_RECORDED, /* due, but nobody recorded as reaching it while some
                            * outcomes are not recorded at all */
} RcOutcomeKind;

/* A milestone of a cohort as it is shown: never 0 % for a milestone not
 * yet due or not recorded. */
typedef struct
{
  RcOutcomeKind kind;
  guint         count;  /* reached it */
  guint         due;
  guint         of;     /* qualified */
  RcRate        share;  /* count / due; no value unless RC_OUTCOME_SHARE */
} RcOutcome;

RcOutcome   rc_retention_get_outcome  (const RcRetention *retention,
                                       RcMilestone        milestone);

/* One trainee's milestone, as the counts above see it. */
typedef enum
{
  RC_MILESTONE_STATE_NONE,          /* not qualified: no milestone applies */
  RC_MILESTONE_STATE_REACHED,       /* reached, whoever the employer */
  RC_MILESTONE_STATE_NOT_REACHED,   /* due, and withdrawn without reaching it */
  RC_MILESTONE_STATE_NOT_YET_DUE,
  RC_MILESTONE_STATE_NOT_RECORDED,  /* due, and nothing recorded */
} RcMilestoneState;

RcMilestoneState rc_retention_milestone_state (const RcTraineeProgress *item,
                                               RcMilestone              milestone,
                                               guint32                  today);
/* Translated: "Registered", "Employed by a partner", "12 months on",
 * "24 months on". */
const char *rc_milestone_get_label    (RcMilestone        milestone);
/* "not yet due" or "not recorded", translated; NULL for a share. */
const char *rc_outcome_get_state_label (const RcOutcome  *outcome);
/* "25 (96.2 %)", or "6 of 8 due (75.0 %)" when fewer are due than
 * qualified, or "not yet due", "not recorded". */
char       *rc_outcome_format         (const RcOutcome   *outcome);
/* "96.2 %", or "not yet due", "not recorded". */
char       *rc_outcome_format_share   (const RcOutcome   *outcome);

G_END_DECLS
