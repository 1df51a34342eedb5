/* rc-retention.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-model"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "rc-rates.h"
#include "rc-retention.h"

/* The stage that marks each milestone, and when it falls due. */
static const struct {
  RcStage     stage;
  guint       months_after_qualifying;
  gboolean    partner_only;
  const char *label;
} milestones[RC_N_MILESTONES] = {
  [RC_MILESTONE_REGISTERED] = { RC_STAGE_REGISTERED, 0, FALSE, NC_("milestone", "Registered") },
  [RC_MILESTONE_EMPLOYED] = { RC_STAGE_EMPLOYED, 0, TRUE, NC_("milestone", "Employed by a partner") },
  [RC_MILESTONE_RETAINED_12] = { RC_STAGE_RETAINED_12, 12, TRUE, NC_("milestone", "12 months on") },
  [RC_MILESTONE_RETAINED_24] = { RC_STAGE_RETAINED_24, 24, TRUE, NC_("milestone", "24 months on") },
};

/* A stage a trainee can have reached, or -1 for a record that names none. */
static int
reached_stage (const RcTraineeProgress *item)
{
  if ((guint) item->reached >= RC_STAGE_WITHDRAWN)
    return -1;

  return (int) item->reached;
}

/* Whether @months after qualifying has come by @today. */
static gboolean
due_by_date (const RcTraineeProgress *item,
             guint                    months,
             guint32                  today)
{
  GDate date;

  if (months == 0 || today == 0 || item->qualified_day == 0 || !g_date_valid_julian (item->qualified_day))
    return TRUE;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, item->qualified_day);
  g_date_add_months (&date, months);

  return g_date_get_julian (&date) <= today;
}

void
rc_retention_compute_on (const RcTraineeProgress *items,
                         gsize                    n,
                         guint32                  today,
                         RcRetention             *out)
{
  g_return_if_fail (out != NULL);
  g_return_if_fail (items != NULL || n == 0);

  memset (out, 0, sizeof *out);

  for (gsize i = 0; i < n; i++)
    {
      int reached = reached_stage (&items[i]);
      gboolean partner = items[i].employer_is_partner;
      gboolean withdrawn = items[i].withdrawn || reached < 0;

      out->trainees++;
      if (withdrawn)
        out->withdrawn++;
      /* Someone still applying, or offered a place not yet taken, is
       * neither in training nor filling a place. */
      else if (reached < RC_STAGE_ENROLLED)
        out->recruiting++;
      else if (reached < RC_STAGE_QUALIFIED)
        out->in_training++;
      if (!withdrawn && reached >= RC_STAGE_ENROLLED)
        out->filled++;
      if (reached >= RC_STAGE_ASSESSMENT)
        out->assessed++;
      if (reached >= RC_STAGE_OFFERED)
        out->offered++;
      if (reached >= RC_STAGE_ENROLLED)
        out->started++;
      if (reached >= RC_STAGE_EMPLOYED)
        out->employed++;

      if (reached < RC_STAGE_QUALIFIED)
        continue;
      out->qualified++;
      if (reached >= RC_STAGE_REGISTERED)
        out->registered++;
      if (reached >= RC_STAGE_EMPLOYED && partner)
        out->employed_by_partner++;
      if (reached >= RC_STAGE_RETAINED_12 && partner)
        out->retained_12++;
      if (reached >= RC_STAGE_RETAINED_24 && partner)
        out->retained_24++;

      for (guint m = 0; m < RC_N_MILESTONES; m++)
        {
          gboolean got_there = reached >= (int) milestones[m].stage;

          if (!got_there && !due_by_date (&items[i], milestones[m].months_after_qualifying, today))
            continue;
          out->due[m]++;
          if (got_there || items[i].withdrawn)
            out->recorded[m]++;
        }
    }
}

void
rc_retention_compute (const RcTraineeProgress *items,
                      gsize                    n,
                      RcRetention             *out)
{
  GDate today;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));

  rc_retention_compute_on (items, n, g_date_get_julian (&today), out);
}

void
rc_retention_add (RcRetention       *sum,
                  const RcRetention *retention)
{
  g_return_if_fail (sum != NULL);
  g_return_if_fail (retention != NULL);

  sum->trainees += retention->trainees;
  sum->withdrawn += retention->withdrawn;
  sum->recruiting += retention->recruiting;
  sum->in_training += retention->in_training;
  sum->filled += retention->filled;
  sum->assessed += retention->assessed;
  sum->offered += retention->offered;
  sum->started += retention->started;
  sum->employed += retention->employed;
  sum->qualified += retention->qualified;
  sum->registered += retention->registered;
  sum->employed_by_partner += retention->employed_by_partner;
  sum->retained_12 += retention->retained_12;
  sum->retained_24 += retention->retained_24;
  for (guint m = 0; m < RC_N_MILESTONES; m++)
    {
      sum->due[m] += retention->due[m];
      sum->recorded[m] += retention->recorded[m];
    }
}

RcRate
rc_retention_rate (guint count,
                   guint qualified)
{
  if (qualified == 0)
    return RC_RATE_NONE;

  return rc_rate ((double) count / (double) qualified);
}

void
rc_stage_counts (const RcTraineeProgress *items,
                 gsize                    n,
                 guint                    counts[RC_N_STAGES])
{
  g_return_if_fail (counts != NULL);
  g_return_if_fail (items != NULL || n == 0);

  memset (counts, 0, RC_N_STAGES * sizeof counts[0]);

  for (gsize i = 0; i < n; i++)
    {
      int reached = reached_stage (&items[i]);

      if (items[i].withdrawn || reached < 0)
        counts[RC_STAGE_WITHDRAWN]++;
      else
        counts[reached]++;
    }
}

static guint
milestone_count (const RcRetention *r,
                 RcMilestone        milestone)
{
  switch (milestone)
    {
    case RC_MILESTONE_REGISTERED:
      return r->registered;
    case RC_MILESTONE_EMPLOYED:
      return r->employed_by_partner;
    case RC_MILESTONE_RETAINED_12:
      return r->retained_12;
    case RC_MILESTONE_RETAINED_24:
      return r->retained_24;
    case RC_N_MILESTONES:
    default:
      g_return_val_if_reached (0);
    }
}

RcOutcome
rc_retention_get_outcome (const RcRetention *retention,
                          RcMilestone        milestone)
{
  RcOutcome outcome = { RC_OUTCOME_NOT_YET_DUE, 0, 0, 0, RC_RATE_NONE };

  g_return_val_if_fail (retention != NULL, outcome);
  g_return_val_if_fail ((guint) milestone < RC_N_MILESTONES, outcome);

  outcome.count = milestone_count (retention, milestone);
  outcome.due = retention->due[milestone];
  outcome.of = retention->qualified;
  if (outcome.due == 0)
    outcome.kind = RC_OUTCOME_NOT_YET_DUE;
  /* 0 % only when every outcome due is recorded and nobody made it. */
  else if (retention->recorded[milestone] == 0
           || (outcome.count == 0 && retention->recorded[milestone] < outcome.due))
    outcome.kind = RC_OUTCOME_NOT_RECORDED;
  else
    {
      outcome.kind = RC_OUTCOME_SHARE;
      outcome.share = rc_retention_rate (outcome.count, outcome.due);
    }

  return outcome;
}

RcMilestoneState
rc_retention_milestone_state (const RcTraineeProgress *item,
                              RcMilestone              milestone,
                              guint32                  today)
{
  int reached;

  g_return_val_if_fail (item != NULL, RC_MILESTONE_STATE_NONE);
  g_return_val_if_fail ((guint) milestone < RC_N_MILESTONES, RC_MILESTONE_STATE_NONE);

  reached = reached_stage (item);
  if (reached < RC_STAGE_QUALIFIED)
    return RC_MILESTONE_STATE_NONE;
  if (reached >= (int) milestones[milestone].stage)
    return RC_MILESTONE_STATE_REACHED;
  if (!due_by_date (item, milestones[milestone].months_after_qualifying, today))
    return RC_MILESTONE_STATE_NOT_YET_DUE;
  if (item->withdrawn)
    return RC_MILESTONE_STATE_NOT_REACHED;

  return RC_MILESTONE_STATE_NOT_RECORDED;
}

const char *
rc_milestone_get_label (RcMilestone milestone)
{
  g_return_val_if_fail ((guint) milestone < RC_N_MILESTONES, NULL);

  return g_dpgettext2 (NULL, "milestone", milestones[milestone].label);
}

const char *
rc_outcome_get_state_label (const RcOutcome *outcome)
{
  g_return_val_if_fail (outcome != NULL, NULL);

  switch (outcome->kind)
    {
    case RC_OUTCOME_NOT_YET_DUE:
      /* Translators: a retention milestone whose date has not come */
      return _("not yet due");
    case RC_OUTCOME_NOT_RECORDED:
      /* Translators: a retention milestone that is due, with nothing recorded */
      return _("not recorded");
    case RC_OUTCOME_SHARE:
    default:
      return NULL;
    }
}

char *
rc_outcome_format (const RcOutcome *outcome)
{
  g_autofree char *percent = NULL;

  g_return_val_if_fail (outcome != NULL, NULL);

  if (outcome->kind != RC_OUTCOME_SHARE)
    return g_strdup (rc_outcome_get_state_label (outcome));

  percent = rc_rate_format_percent (outcome->share);
  if (outcome->due < outcome->of)
    /* Translators: trainees who reached a milestone, of those for whom it is
     * due, and the share: "6 of 8 due (75.0 %)" */
    return g_strdup_printf (_("%u of %u due (%s)"), outcome->count, outcome->due, percent);

  return g_strdup_printf ("%u (%s)", outcome->count, percent);
}

char *
rc_outcome_format_share (const RcOutcome *outcome)
{
  g_return_val_if_fail (outcome != NULL, NULL);

  if (outcome->kind != RC_OUTCOME_SHARE)
    return g_strdup (rc_outcome_get_state_label (outcome));

  return rc_rate_format_percent (outcome->share);
}
