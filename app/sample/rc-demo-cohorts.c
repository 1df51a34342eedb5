/* rc-demo-cohorts.c: the first Step Up cohort, the 2017 Return to Social
 * Work cohort and the current one, ending in 2027, with invented people
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-sample"

#include "config.h"

#include "rc-demo-private.h"

/* Invented names: any likeness to a real person is chance. */
static const char *given_names[] = {
  "Amara", "Ben", "Chloe", "Dev", "Ella", "Finn", "Grace", "Harry", "Isla", "Jack",
  "Kiran", "Lily", "Mo", "Nia", "Owen", "Priya", "Quinn", "Rosa", "Sam", "Tara",
  "Umar", "Vicky", "Will", "Yasmin", "Zoe", "Alfie", "Bea", "Cal", "Dina", "Eli",
  "Fay", "Gus", "Hana", "Ivo",
};
static const char *family_names[] = {
  "Ashford", "Brook", "Carew", "Dunster", "Exford", "Frome", "Glaston", "Hinton", "Ilchester",
  "Jarvis", "Keynsham", "Lydeard", "Minehead", "Nailsea", "Otterford", "Porlock", "Quantock",
  "Radstock", "Selworthy", "Taunton", "Uphill", "Watchet", "Yatton", "Wiveliscombe", "Axbridge",
  "Bruton", "Cheddar", "Dulverton", "Evercreech", "Farrington", "Glastonbury", "Hatch", "Ilminster",
  "Kilve",
};

gint64
rc_demo_programme_id (RcStore     *store,
                      const char  *code,
                      GError     **error)
{
  g_autoptr(GListModel) programmes = rc_store_list_programmes (store, error);

  for (guint i = 0; programmes != NULL && i < g_list_model_get_n_items (programmes); i++)
    {
      g_autoptr(RcProgramme) programme = g_list_model_get_item (programmes, i);

      if (g_str_equal (programme->code, code))
        return programme->id;
    }

  if (error != NULL && *error == NULL)
    g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_NOT_FOUND, "No programme %s", code);

  return 0;
}

static gint64
add_cohort (RcStore        *store,
            RcDemoContext  *demo,
            const char     *programme,
            const char     *name,
            const char     *starts_on,
            const char     *ends_on,
            const int       places[RC_DEMO_N_FOUNDING],
            int             training_weeks,
            int             max_years_out,
            gint64          lead_id,
            const char     *notes,
            GError        **error)
{
  g_autoptr(RcCohort) cohort = rc_cohort_new ();
  g_autoptr(GListStore) allocation = g_list_store_new (RC_TYPE_COHORT_PLACE);

  cohort->programme_id = rc_demo_programme_id (store, programme, error);
  if (cohort->programme_id == 0)
    return 0;
  cohort->consortium_id = demo->consortium_id;
  cohort->name = g_strdup (name);
  cohort->starts_on = g_strdup (starts_on);
  cohort->ends_on = g_strdup (ends_on);
  cohort->min_years_out = 2;
  cohort->max_years_out = max_years_out;
  cohort->training_weeks = training_weeks;
  cohort->notes = g_strdup (notes);
  for (guint i = 0; i < RC_DEMO_N_FOUNDING; i++)
    cohort->places_funded += places[i];

  if (!rc_store_save_cohort (store, cohort, error))
    return 0;

  for (guint i = 0; i < RC_DEMO_N_FOUNDING; i++)
    {
      g_autoptr(RcCohortPlace) place = rc_cohort_place_new ();

      /* The lead's places go to the lead of the cohort's time. */
      place->council_id = i == 0 && lead_id != 0 ? lead_id : demo->partner_ids[i];
      place->places = places[i];
      g_list_store_append (allocation, place);
    }

  if (!rc_store_set_cohort_places (store, cohort->id, G_LIST_MODEL (allocation), error))
    return 0;

  return cohort->id;
}

static gint64
add_person (RcStore     *store,
            gint64       cohort_id,
            const char  *prefix,
            guint        n,
            gint64       host_council_id,
            const char  *applied_on,
            const char  *left_practice_on,
            GError     **error)
{
  g_autoptr(RcTrainee) trainee = rc_trainee_new ();
  guint name = (n * 7 + (prefix[0] == 'R' ? 5 : 0)) % G_N_ELEMENTS (given_names);
  g_autofree char *given = NULL;
  g_autofree char *family = NULL;

  trainee->cohort_id = cohort_id;
  trainee->reference = g_strdup_printf ("%s-%02u", prefix, n + 1);
  trainee->given_name = g_strdup (given_names[name]);
  trainee->family_name = g_strdup (family_names[(n * 11 + 3) % G_N_ELEMENTS (family_names)]);
  given = g_ascii_strdown (trainee->given_name, -1);
  family = g_ascii_strdown (trainee->family_name, -1);
  trainee->email = g_strdup_printf ("%s.%s@example.org", given, family);
  trainee->host_council_id = host_council_id;
  trainee->applied_on = g_strdup (applied_on);
  trainee->left_practice_on = g_strdup (left_practice_on);

  if (!rc_store_save_trainee (store, trainee, error))
    return 0;

  return trainee->id;
}

/* Which founding partner hosts the @n-th trainee of a cohort whose
 * places are @places: the first partner's places come first, then the
 * next one's. -1 once every place is taken. */
static int
seat_partner (const int *places,
              guint      n)
{
  for (guint council = 0; council < RC_DEMO_N_FOUNDING; council++)
    {
      if (n < (guint) places[council])
        return council;
      n -= places[council];
    }

  return -1;
}

/* Moves @id through @stages with their dates, stopping at the first NULL. */
typedef struct {
  RcStage     stage;
  const char *on;
} Move;

static gboolean
move_through (RcStore     *store,
              gint64       id,
              const Move  *moves,
              guint        n_moves,
              gint64       employer,
              GError     **error)
{
  for (guint i = 0; i < n_moves; i++)
    if (!rc_store_move_trainee (store, id, moves[i].stage, moves[i].on,
                                moves[i].stage == RC_STAGE_EMPLOYED ? employer : 0,
                                NULL, NULL, error))
      return FALSE;

  return TRUE;
}

static gboolean
set_registration (RcStore     *store,
                  gint64       id,
                  guint        n,
                  GError     **error)
{
  g_autoptr(RcTrainee) trainee = rc_store_get_trainee (store, id, error);

  if (trainee == NULL)
    return FALSE;
  /* HCPC numbers of 2017 carried over to Social Work England in 2019. */
  trainee->registration_number = g_strdup_printf ("SW%u", 118200 + n * 37);
  trainee->registered_with = g_strdup ("hcpc");

  return rc_store_save_trainee (store, trainee, error);
}

static gboolean
add_step_up_cohort (RcStore        *store,
                    RcDemoContext  *demo,
                    GError        **error)
{
  /* 28 trainees, 8 of them hosted by Somerset. */
  static const int places[RC_DEMO_N_FOUNDING] = { 8, 4, 4, 4, 4, 4 };
  static const Move pipeline[] = {
    { RC_STAGE_ASSESSMENT, "2015-05-12" },
    { RC_STAGE_OFFERED, "2015-06-19" },
    { RC_STAGE_ENROLLED, "2016-01-04" },
    { RC_STAGE_ON_PLACEMENT, "2016-02-29" },
    { RC_STAGE_QUALIFIED, "2017-03-31" },
    { RC_STAGE_REGISTERED, "2017-04-21" },
    { RC_STAGE_EMPLOYED, "2017-05-02" },
    { RC_STAGE_ASYE_COMPLETED, "2018-03-29" },
    { RC_STAGE_RETAINED_12, "2018-03-31" },
    { RC_STAGE_RETAINED_24, "2019-03-31" },
  };
  gint64 wiltshire = rc_demo_council_id (store, "E06000054", error);
  gint64 cohort_id;
  guint n = 0;

  if (wiltshire == 0)
    return FALSE;

  cohort_id = add_cohort (store, demo, "step_up", "Step Up to Social Work: first south-west cohort",
                          "2016-01-04", "2017-03-31", places, 0, 5, 0,
                          "Fast-track postgraduate diploma; trainees qualified in spring 2017.",
                          error);
  if (cohort_id == 0)
    return FALSE;

  for (int council; (council = seat_partner (places, n)) >= 0; n++)
    {
      gint64 host = demo->partner_ids[council];
      gint64 id = add_person (store, cohort_id, "SU1", n, host, "2015-03-02", NULL, error);
      guint steps = G_N_ELEMENTS (pipeline);
      gint64 employer = host;

      if (id == 0)
        return FALSE;

      /* How far each got: two withdrew, one never registered, two
       * went to work outside the partnership, some moved on later. */
      if (n == 5)
        {
          if (!move_through (store, id, pipeline, 3, host, error)
              || !rc_store_move_trainee (store, id, RC_STAGE_WITHDRAWN, "2016-06-17", 0,
                                         "academic", "Left after the first assessed placement", error))
            return FALSE;
          continue;
        }
      if (n == 17)
        {
          if (!move_through (store, id, pipeline, 4, host, error)
              || !rc_store_move_trainee (store, id, RC_STAGE_WITHDRAWN, "2016-11-04", 0,
                                         "personal", NULL, error))
            return FALSE;
          continue;
        }
      if (n == 22)
        steps = 5;                    /* qualified, never registered */
      else if (n == 9 || n == 26)
        employer = wiltshire;         /* employed outside the partnership */
      else if (n % 7 == 3)
        steps = 7;                    /* employed, left before a year */
      else if (n % 5 == 1)
        steps = 9;                    /* still there at 12 months, not 24 */

      if (!move_through (store, id, pipeline, steps, employer, error))
        return FALSE;
      if (steps >= 6 && !set_registration (store, id, n, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
add_return_cohort (RcStore        *store,
                   RcDemoContext  *demo,
                   GError        **error)
{
  static const int places[RC_DEMO_N_FOUNDING] = { 3, 1, 2, 2, 2, 2 };
  /* When each returner left practice; they applied on 2017-02-01. The
   * round took people out of practice two to five years. */
  static const char *left_practice[] = {
    "2014-09-30", "2013-03-31", "2012-08-31", "2014-12-19", "2013-10-31", "2012-04-30",
    "2014-01-31", "2013-07-31", "2012-11-30", "2014-06-30", "2013-01-31", "2012-03-01",
    "2015-08-31", /* out 1.4 years: too recent */
    "2010-01-31", /* out 7 years: too long */
  };
  static const Move pipeline[] = {
    { RC_STAGE_OFFERED, "2017-03-10" },
    { RC_STAGE_ENROLLED, "2017-04-03" },
    { RC_STAGE_ON_PLACEMENT, "2017-05-02" },
    { RC_STAGE_QUALIFIED, "2017-06-30" },
    { RC_STAGE_REGISTERED, "2017-07-28" },
    { RC_STAGE_EMPLOYED, "2017-09-04" },
    { RC_STAGE_RETAINED_12, "2018-06-30" },
  };
  gint64 cohort_id;
  guint n = 0;

  cohort_id = add_cohort (store, demo, "return", "Return to Social Work: south west 2017",
                          "2017-04-03", "2017-06-30", places, 13, 5, 0,
                          "Thirteen weeks of training for registered social workers returning to practice.",
                          error);
  if (cohort_id == 0)
    return FALSE;

  for (int council; (council = seat_partner (places, n)) >= 0; n++)
    {
      gint64 host = demo->partner_ids[council];
      gint64 id = add_person (store, cohort_id, "RTSW", n, host, "2017-02-01", left_practice[n], error);
      guint steps = n % 4 == 2 ? 6 : G_N_ELEMENTS (pipeline);

      if (id == 0 || !move_through (store, id, pipeline, steps, host, error))
        return FALSE;

      /* Social Work England's updating: 30 days for two to five years
       * out, recorded as a total on the day they qualified. */
      if (!rc_demo_add_recorded_days (store, id, n == 3 ? 24 : 30, "2017-06-30", error)
          || !set_registration (store, id, 40 + n, error))
        return FALSE;
    }

  /* Two applicants outside the bounds, declined at application. */
  for (guint i = 0; i < 2; i++, n++)
    {
      gint64 id = add_person (store, cohort_id, "RTSW", n, demo->partner_ids[i], "2017-02-01",
                              left_practice[n], error);

      if (id == 0
          || !rc_store_move_trainee (store, id, RC_STAGE_WITHDRAWN, "2017-02-20", 0, "other",
                                     "Not eligible: outside the round's two to five years out of practice",
                                     error))
        return FALSE;
    }

  return TRUE;
}

/* A cohort under way, ending in 2027: some returners have just completed
 * their updating, others are on placement, a few are still applying or
 * have a place they have not taken up. Its retention milestones are not
 * yet due, and its employment not yet recorded. */
static gboolean
add_current_return_cohort (RcStore        *store,
                           RcDemoContext  *demo,
                           GError        **error)
{
  static const int places[RC_DEMO_N_FOUNDING] = { 4, 2, 2, 2, 2, 2 };
  static const Move pipeline[] = {
    { RC_STAGE_OFFERED, "2026-08-14" },
    { RC_STAGE_ENROLLED, "2026-09-07" },
    { RC_STAGE_ON_PLACEMENT, "2026-10-05" },
    { RC_STAGE_QUALIFIED, "2026-11-27" },
    { RC_STAGE_REGISTERED, "2026-11-30" },
  };
  /* How far each of the 14 has gone: qualified (4, two of them registered
   * already), on placement (6), offered a place not yet taken up (1),
   * still applying (2), withdrawn (1). */
  static const guint steps[] = { 5, 5, 4, 4, 3, 3, 3, 3, 3, 3, 1, 0, 0, 2 };
  static const char *left_practice[] = {
    "2020-07-31", "2019-03-31", "2021-01-31", "2018-09-30", "2022-04-30", "2017-11-30", "2020-02-29",
    "2019-08-31", "2021-10-31", "2018-05-31", "2022-06-30", "2019-12-31", "2020-10-31", "2018-01-31",
  };
  gint64 somerset = rc_demo_council_id (store, "E06000066", error);
  gint64 cohort_id;
  guint n = 0;

  G_STATIC_ASSERT (G_N_ELEMENTS (steps) == G_N_ELEMENTS (left_practice));

  /* Somerset's places are the new council's: the county council had gone
   * by 2026. */
  cohort_id = somerset != 0 ? add_cohort (store, demo, "return", RC_DEMO_CURRENT_RETURN_COHORT,
                                          "2026-09-07", "2027-03-31", places, 13, 10, somerset,
                                          "The current round: two to ten years out of practice.", error)
                            : 0;
  if (cohort_id == 0)
    return FALSE;

  for (int council; n < G_N_ELEMENTS (steps) && (council = seat_partner (places, n)) >= 0; n++)
    {
      gint64 host = council == 0 ? somerset : demo->partner_ids[council];
      gint64 id = add_person (store, cohort_id, "RTSW26", n, host, "2026-06-15", left_practice[n], error);

      if (id == 0 || !move_through (store, id, pipeline, steps[n], host, error))
        return FALSE;
      if (n == 13
          && !rc_store_move_trainee (store, id, RC_STAGE_WITHDRAWN, "2026-09-25", 0, "personal", NULL, error))
        return FALSE;
    }

  return TRUE;
}

gboolean
rc_demo_populate_cohorts (RcStore        *store,
                          RcDemoContext  *demo,
                          GError        **error)
{
  return add_step_up_cohort (store, demo, error)
         && add_return_cohort (store, demo, error)
         && add_current_return_cohort (store, demo, error);
}
