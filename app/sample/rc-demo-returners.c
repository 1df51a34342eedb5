/* rc-demo-returners.c: the demo's updating logs, by Social Work England's
 * rules, with invented supervisors
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-sample"

#include "config.h"

#include "rc-demo-private.h"

gboolean
rc_demo_add_recorded_days (RcStore     *store,
                           gint64       trainee_id,
                           gint64       days,
                           const char  *on,
                           GError     **error)
{
  g_autoptr(RcUpdatingActivity) activity = rc_updating_activity_new ();

  activity->trainee_id = trainee_id;
  activity->kind = RC_UPDATING_RECORDED_DAYS;
  activity->started_on = g_strdup (on);
  activity->days100 = days * 100;
  activity->note = g_strdup ("Days of updating done, as the 2017 round recorded them");

  return rc_store_save_updating_activity (store, activity, error);
}

typedef struct
{
  RcUpdatingKind  kind;
  const char     *started_on;
  const char     *ended_on;
  int             hours;
  const char     *note;
} Entry;

/* Invented people and numbers: any likeness to a real one is chance. */
static const char *supervisors[][3] = {
  { "Morgan Exford", "Social Work England", "SW100231" },
  { "Alex Porlock", "Social Work England", "SW100457" },
};

/* Registered: 60 days asked (5.9 years out), all of them done in the 12
 * months before the restoration application of 27 November. */
static const Entry complete[] = {
  { RC_UPDATING_COURSE, "2026-07-06", "2026-07-10", 35, "Returning to practice: law and policy since 2020" },
  { RC_UPDATING_SHADOWING, "2026-08-17", "2026-08-21", 35, "Shadowed the duty and assessment team" },
  { RC_UPDATING_SUPERVISED_PRACTICE, "2026-09-07", "2026-10-16", 210,
    "Assessments and child in need visits with the locality team" },
  { RC_UPDATING_COURSE, "2026-10-19", "2026-10-23", 35, "Safeguarding and the Working Together guidance" },
  { RC_UPDATING_PRIVATE_STUDY, "2026-06-22", "2026-06-26", 35, "Reading: research in practice" },
  { RC_UPDATING_PRIVATE_STUDY, "2026-07-13", "2026-07-17", 35, "Case law and serious case reviews" },
  { RC_UPDATING_PRIVATE_STUDY, "2026-08-03", "2026-08-07", 35, "Professional standards and reflective logs" },
};

/* Qualified, no restoration application yet: 60 days asked, private
 * study beyond its half, and a course before the 12 months. */
static const Entry beyond_half[] = {
  { RC_UPDATING_COURSE, "2025-09-15", "2025-09-19", 35, "An earlier return to practice course" },
  { RC_UPDATING_SUPERVISED_PRACTICE, "2026-09-07", "2026-10-02", 140,
    "Reviews and care planning with the children in care team" },
  { RC_UPDATING_PRIVATE_STUDY, "2026-06-15", "2026-07-31", 245, "Reading and online modules" },
};

/* On placement, 30 days asked (4.1 years out): 18 days count so far,
 * private study 9 of at most 15, and 3 days of a course a year and more
 * ago fall outside the 12 months. */
static const Entry under_way[] = {
  { RC_UPDATING_COURSE, "2025-10-06", "2025-10-08", 21, "Return to practice course, first part" },
  { RC_UPDATING_PRIVATE_STUDY, "2026-07-06", "2026-07-14", 63, "Reading: assessment frameworks" },
  { RC_UPDATING_COURSE, "2026-09-14", "2026-09-16", 21, "Return to practice course, second part" },
  { RC_UPDATING_SUPERVISED_PRACTICE, "2026-10-05", "2026-10-12", 42,
    "Joint visits and recording with the adults’ team" },
};

static gboolean
add_log (RcStore      *store,
         gint64        cohort_id,
         const char   *reference,
         const Entry  *entries,
         guint         n_entries,
         guint         supervisor,
         const char   *restoration_applied_on,
         GError      **error)
{
  gint64 trainee_id;

  if (!rc_store_find_trainee_reference (store, cohort_id, reference, &trainee_id, error))
    return FALSE;
  if (trainee_id == 0)
    {
      g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_NOT_FOUND, "No trainee %s", reference);
      return FALSE;
    }

  for (guint i = 0; i < n_entries; i++)
    {
      g_autoptr(RcUpdatingActivity) activity = rc_updating_activity_new ();

      activity->trainee_id = trainee_id;
      activity->kind = entries[i].kind;
      activity->started_on = g_strdup (entries[i].started_on);
      activity->ended_on = g_strdup (entries[i].ended_on);
      activity->hours100 = entries[i].hours * 100;
      activity->note = g_strdup (entries[i].note);
      if (activity->kind == RC_UPDATING_SUPERVISED_PRACTICE)
        {
          activity->supervisor_name = g_strdup (supervisors[supervisor][0]);
          activity->supervisor_regulator = g_strdup (supervisors[supervisor][1]);
          activity->supervisor_registration = g_strdup (supervisors[supervisor][2]);
        }
      if (!rc_store_save_updating_activity (store, activity, error))
        return FALSE;
    }

  return restoration_applied_on == NULL
         || rc_store_set_restoration_applied_on (store, trainee_id, restoration_applied_on, error);
}

/* The LGA's published funnels of its national Return to Social Work
 * programme, for comparison: cohorts with no trainees, whose figures are
 * typed in with their source, and named as the LGA's. */
typedef struct
{
  const char *name;
  const char *starts_on;
  const char *ends_on;
  int         max_years_out;
  const char *notes;
  const char *source;
  gint64      counts[RC_N_FUNNEL_STEPS];  /* -1: not published */
  gboolean    at_least[RC_N_FUNNEL_STEPS];
} LgaFunnel;

static const LgaFunnel lga_funnels[] = {
  { "LGA national figures: Return to Social Work 2017–18", "2017-09-01", "2018-08-31", 5,
    "Published figures of the LGA’s national Return to Social Work programme, for comparison: "
    "not this consortium’s, and with no trainees.",
    "LGA, Return to Social Work 2017–18 (published figures)",
    { 225, 133, 89, 61, -1, -1, -1, -1 }, { FALSE } },
  { "LGA national figures: Return to Social Work 2020–21", "2020-09-01", "2021-08-31", 10,
    "Published figures of the LGA’s national Return to Social Work programme, for comparison: "
    "not this consortium’s, and with no trainees. The last step is job offers, as published.",
    "LGA, Return to Social Work 2020–21 (published figures: job offers, not jobs at 6 months)",
    { -1, -1, -1, -1, 199, 184, 133, 79 }, { FALSE, FALSE, FALSE, FALSE, FALSE, FALSE, FALSE, TRUE } },
};

static gboolean
add_lga_funnel (RcStore         *store,
                RcDemoContext   *demo,
                const LgaFunnel *lga,
                GError         **error)
{
  g_autoptr(RcCohort) cohort = rc_cohort_new ();
  g_autoptr(RcFunnelFigures) figures = rc_funnel_figures_new ();

  cohort->programme_id = rc_demo_programme_id (store, "return", error);
  if (cohort->programme_id == 0)
    return FALSE;
  cohort->consortium_id = demo->consortium_id;
  cohort->name = g_strdup (lga->name);
  cohort->starts_on = g_strdup (lga->starts_on);
  cohort->ends_on = g_strdup (lga->ends_on);
  cohort->min_years_out = 2;
  cohort->max_years_out = lga->max_years_out;
  cohort->notes = g_strdup (lga->notes);
  if (!rc_store_save_cohort (store, cohort, error))
    return FALSE;

  figures->cohort_id = cohort->id;
  for (guint i = 0; i < RC_N_FUNNEL_STEPS; i++)
    if (lga->counts[i] >= 0)
      {
        figures->set[i] = TRUE;
        figures->count[i] = lga->counts[i];
        figures->at_least[i] = lga->at_least[i];
        figures->source[i] = g_strdup (lga->source);
      }

  return rc_store_save_funnel_figures (store, figures, error);
}

gboolean
rc_demo_populate_returners (RcStore        *store,
                            RcDemoContext  *demo,
                            GError        **error)
{
  g_autoptr(GListModel) cohorts = rc_store_list_consortium_cohorts (store, demo->consortium_id, error);
  gint64 current = 0;

  for (guint i = 0; cohorts != NULL && i < g_list_model_get_n_items (cohorts); i++)
    {
      g_autoptr(RcCohort) cohort = g_list_model_get_item (cohorts, i);

      if (g_str_equal (cohort->name, RC_DEMO_CURRENT_RETURN_COHORT))
        current = cohort->id;
    }
  if (current == 0)
    {
      if (error != NULL && *error == NULL)
        g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_NOT_FOUND, "No cohort %s",
                     RC_DEMO_CURRENT_RETURN_COHORT);
      return FALSE;
    }

  return add_log (store, current, "RTSW26-01", complete, G_N_ELEMENTS (complete), 0, "2026-11-27", error)
         && add_log (store, current, "RTSW26-03", beyond_half, G_N_ELEMENTS (beyond_half), 1, NULL, error)
         && add_log (store, current, "RTSW26-05", under_way, G_N_ELEMENTS (under_way), 0, NULL, error)
         && add_lga_funnel (store, demo, &lga_funnels[0], error)
         && add_lga_funnel (store, demo, &lga_funnels[1], error);
}
