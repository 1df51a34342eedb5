/* rc-funnel.h: a cohort's recruitment funnel, from applying to a social
 * work job
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A real campaign has hundreds of applicants, and only the starters
 * become trainees. So each step is a figure typed in when there is one
 * (the stages before anyone was added, or published figures), and else
 * counted from the trainees' stages as rc-retention.h defines them: every
 * trainee who reached the step, withdrawn later or not. The app has one
 * stage for the assessment centre: a trainee who reached it counts as
 * shortlisted and as assessed.
 */

#pragma once

#include <glib-object.h>

#include "rc-retention.h"

G_BEGIN_DECLS

typedef enum
{
  RC_FUNNEL_APPLIED,
  RC_FUNNEL_SHORTLISTED,
  RC_FUNNEL_ASSESSED,
  RC_FUNNEL_OFFERED,
  RC_FUNNEL_STARTED,
  RC_FUNNEL_COMPLETED,
  RC_FUNNEL_REGISTERED,
  RC_FUNNEL_IN_JOB,      /* in a social work job at 6 months */
  RC_N_FUNNEL_STEPS
} RcFunnelStep;

/* Stable keys: "applied", "shortlisted", "assessed", "offered", "started",
 * "completed", "registered", "in_job". */
const char *rc_funnel_step_to_key    (RcFunnelStep  step);
gboolean    rc_funnel_step_from_key  (const char   *key,
                                      RcFunnelStep *out);
/* Translated, such as "In a social work job at 6 months". */
const char *rc_funnel_step_get_label (RcFunnelStep  step);

#define RC_FUNNEL_MAX_COUNT 1000000

#define RC_TYPE_FUNNEL_FIGURES (rc_funnel_figures_get_type ())

G_DECLARE_FINAL_TYPE (RcFunnelFigures, rc_funnel_figures, RC, FUNNEL_FIGURES, GObject)

/* The figures typed in for one cohort's funnel: a plain record that the
 * store fills and saves whole. */
struct _RcFunnelFigures
{
  GObject   parent_instance;

  gint64    cohort_id;
  gboolean  set[RC_N_FUNNEL_STEPS];
  gint64    count[RC_N_FUNNEL_STEPS];
  gboolean  at_least[RC_N_FUNNEL_STEPS];  /* published as "at least" */
  char     *source[RC_N_FUNNEL_STEPS];    /* where the figure comes from, or NULL */
};

RcFunnelFigures *rc_funnel_figures_new  (void);
RcFunnelFigures *rc_funnel_figures_copy (RcFunnelFigures *self);

typedef enum
{
  RC_FUNNEL_SOURCE_NONE,      /* neither typed in nor any trainee to count */
  RC_FUNNEL_SOURCE_TRAINEES,  /* counted from the trainees' stages */
  RC_FUNNEL_SOURCE_TYPED,     /* typed in */
} RcFunnelSource;

typedef struct
{
  RcFunnelSource source;
  guint64        count;      /* 0 unless there is a figure */
  gboolean       at_least;
  guint          counted;    /* what the trainees' stages count, whatever is shown */
} RcFunnelValue;

typedef struct
{
  RcFunnelValue steps[RC_N_FUNNEL_STEPS];
} RcFunnel;

/* What the trainees' stages count at @step (rc-retention.h's counts). */
guint     rc_funnel_count_from_retention (const RcRetention *retention,
                                          RcFunnelStep       step);
/* Each step: the figure typed in (@typed may be NULL), else, when the
 * cohort has trainees, their count. */
void      rc_funnel_compute              (const RcRetention *retention,
                                          RcFunnelFigures   *typed,
                                          RcFunnel          *out);
/* Whether any step has a figure. */
gboolean  rc_funnel_has_figures          (const RcFunnel    *funnel);
/* "61", "at least 79", or "—" for none. */
char     *rc_funnel_format_value         (const RcFunnelValue *value);
/* The figures typed in and where from, one line: "Applied to offered are
 * typed in (LGA, 2017–18); the rest are counted from the trainees’
 * stages." or NULL when every figure is counted. */
char     *rc_funnel_describe_sources     (const RcFunnel    *funnel,
                                          RcFunnelFigures   *typed);

/* The rules of figures typed in, as findings (rc-field-rules.h) for the
 * fields "count:KEY" (KEY a step's key), for the funnel's dialog and the
 * store: errors for a count outside 0 to 1,000,000 or a source too long;
 * warnings for a step above the one before it, and for a figure below
 * what the trainees already count (@retention may be NULL). */
GPtrArray *rc_funnel_check               (RcFunnelFigures   *typed,
                                          const RcRetention *retention);

G_END_DECLS
