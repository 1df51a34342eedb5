/* rc-store-cohorts.h: programmes, cohorts, their places and their outcomes
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rc-store.h"
#include "model/rc-retention.h"

G_BEGIN_DECLS

/* Built-in programmes first, then by name. */
GListModel         *rc_store_list_programmes         (RcStore             *self,
                                                      GError             **error);
RcProgramme        *rc_store_get_programme           (RcStore             *self,
                                                      gint64               id,
                                                      GError             **error);
/* Inserts when programme->id is 0 (and sets it), updates otherwise. A new
 * programme is never built in; a built-in one cannot be changed
 * (RC_STORE_ERROR_INVALID). */
gboolean            rc_store_save_programme          (RcStore             *self,
                                                      RcProgramme         *programme,
                                                      GError             **error);
/* Refused for a built-in programme and for one that has cohorts. */
gboolean            rc_store_delete_programme        (RcStore             *self,
                                                      gint64               id,
                                                      GError             **error);

/* Every cohort with its programme's and consortium's names, by programme,
 * consortium and start. */
GListModel         *rc_store_list_cohorts            (RcStore             *self,
                                                      GError             **error);
/* One consortium's cohorts, by start. */
GListModel         *rc_store_list_consortium_cohorts (RcStore             *self,
                                                      gint64               consortium_id,
                                                      GError             **error);
RcCohort           *rc_store_get_cohort              (RcStore             *self,
                                                      gint64               id,
                                                      GError             **error);
/* Inserts when cohort->id is 0 (and sets it), updates otherwise. The
 * years-out bounds and training weeks are stored as given (0 weeks: not
 * set). Places already allocated are not rechecked against places_funded
 * here; rc_store_set_cohort_places() does that. */
gboolean            rc_store_save_cohort             (RcStore             *self,
                                                      RcCohort            *cohort,
                                                      GError             **error);
/* Deletes the cohort with its places; refused while it has trainees. */
gboolean            rc_store_delete_cohort           (RcStore             *self,
                                                      gint64               id,
                                                      GError             **error);

/* The places of a cohort per council, by council name. */
GListModel         *rc_store_list_cohort_places      (RcStore             *self,
                                                      gint64               cohort_id,
                                                      GError             **error);
/* Replaces the cohort's places with @places (of RcCohortPlace; their
 * cohort_id is ignored, their ids are set) in one transaction. Refused
 * (RC_STORE_ERROR_INVALID) unless they add up to the cohort's places
 * funded; an empty list removes every allocation. */
gboolean            rc_store_set_cohort_places       (RcStore             *self,
                                                      gint64               cohort_id,
                                                      GListModel          *places,
                                                      GError             **error);

/* The outcomes of a cohort's trainees, or of those hosted by @council_id
 * when it is not 0, as rc_retention_compute() and rc_stage_counts() give
 * them. A trainee's employer counts as a partner when, on the day of
 * employment, it (or its predecessor or successor) was a lead or partner
 * member of the cohort's consortium for every programme or the cohort's.
 * Milestones fall due as of the local date today. @out and @counts may
 * each be NULL. */
gboolean            rc_store_get_cohort_retention    (RcStore             *self,
                                                      gint64               cohort_id,
                                                      gint64               council_id,
                                                      RcRetention         *out,
                                                      guint                counts[RC_N_STAGES],
                                                      GError             **error);

/* The outcomes of a group of trainees: a cohort's, or those of a cohort
 * that one council hosts. */
typedef struct
{
  gint64       id;                 /* the cohort, or the host council */
  RcRetention  retention;
  guint        counts[RC_N_STAGES];
} RcCohortOutcome;

/* Every cohort's outcomes in one read, as rc_store_get_cohort_retention()
 * gives them one by one: a hash table from the cohort's id (gint64 *) to
 * its RcCohortOutcome. A cohort with no trainees is not in it. */
GHashTable         *rc_store_list_cohort_outcomes    (RcStore             *self,
                                                      GError             **error);
/* One cohort's outcomes per host council, in one read, from the council's
 * id to its RcCohortOutcome; trainees with no host council are left out. */
GHashTable         *rc_store_list_cohort_council_outcomes (RcStore        *self,
                                                      gint64               cohort_id,
                                                      GError             **error);

/* Cohorts whose personal data is past the retention period: they ended
 * (ends_on) more than @months months before @today (an ISO date; NULL for
 * the local date today) and still hold a trainee whose personal details
 * were not erased. Oldest end first. */
GListModel         *rc_store_list_cohorts_past_retention (RcStore         *self,
                                                      const char          *today,
                                                      int                  months,
                                                      GError             **error);

G_END_DECLS
