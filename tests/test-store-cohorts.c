/* test-store-cohorts.c: programmes, cohorts and their places, trainees and
 * their pipeline, erasure, subject access and retention
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "model/rc-model-error.h"
#include "model/rc-retention.h"
#include "rc-test-util.h"
#include "store/rc-store.h"

#define SOMERSET            "E06000066"
#define SOMERSET_COUNTY     "E10000027"  /* until 2023-03-31; Somerset succeeds it */
#define NORTH_SOMERSET      "E06000024"
#define BATH_NE_SOMERSET    "E06000022"
#define SWINDON             "E06000030"
#define SOUTH_GLOUCESTER    "E06000025"
#define GLOUCESTERSHIRE     "E10000013"
#define DEVON               "E10000008"

#define GIVEN_NAME   "Morwenna"
#define FAMILY_NAME  "Trelawny"
#define EMAIL        "m.trelawny@example.org"
#define PHONE        "07700 900123"

typedef struct
{
  RcStore *store;
  gint64   consortium_id;
  gint64   step_up_id;
  gint64   cohort_id;
  gint64   swindon_member_id;
} Fixture;

static gint64
council_id (RcStore    *store,
            const char *code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RcCouncil) council = rc_store_find_council_by_code (store, code, &error);

  g_assert_no_error (error);
  g_assert_nonnull (council);

  return council->id;
}

static gint64
add_member (Fixture    *fixture,
            const char *code,
            const char *role,
            const char *joined_on)
{
  g_autoptr(RcConsortiumMember) member = rc_consortium_member_new ();
  g_autoptr(GError) error = NULL;

  member->consortium_id = fixture->consortium_id;
  member->council_id = council_id (fixture->store, code);
  member->role = g_strdup (role);
  member->joined_on = g_strdup (joined_on);
  g_assert_true (rc_store_save_member (fixture->store, member, &error));
  g_assert_no_error (error);

  return member->id;
}

static gint64
find_programme (RcStore    *store,
                const char *code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) programmes = rc_store_list_programmes (store, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (programmes); i++)
    {
      g_autoptr(RcProgramme) programme = g_list_model_get_item (programmes, i);
      if (g_str_equal (programme->code, code))
        return programme->id;
    }
  g_assert_not_reached ();
}

static RcCohort *
make_cohort (Fixture    *fixture,
             const char *name,
             const char *starts_on,
             gint64      places_funded)
{
  RcCohort *cohort = rc_cohort_new ();

  cohort->programme_id = fixture->step_up_id;
  cohort->consortium_id = fixture->consortium_id;
  cohort->name = g_strdup (name);
  cohort->starts_on = g_strdup (starts_on);
  cohort->ends_on = g_strdup ("2023-03-31");
  cohort->places_funded = places_funded;
  cohort->min_years_out = 2;
  cohort->max_years_out = 5;
  cohort->training_weeks = 60;

  return cohort;
}

/* The Step Up south-west partnership: Somerset leads (its county council
 * before April 2023); Devon was only ever proposed. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  static guint counter;
  g_autofree char *path = g_strdup_printf ("%s/cohorts-%u.db", rc_test_get_tmpdir (), ++counter);
  g_autoptr(RcConsortium) consortium = rc_consortium_new ();
  g_autoptr(RcCohort) cohort = NULL;
  g_autoptr(GError) error = NULL;

  fixture->store = rc_store_open (path, &error);
  g_assert_no_error (error);

  consortium->name = g_strdup ("South West Step Up Partnership");
  consortium->lead_council_id = council_id (fixture->store, SOMERSET);
  g_assert_true (rc_store_save_consortium (fixture->store, consortium, &error));
  g_assert_no_error (error);
  fixture->consortium_id = consortium->id;

  add_member (fixture, SOMERSET, "lead", "2023-04-01");
  add_member (fixture, NORTH_SOMERSET, "partner", "2016-01-01");
  add_member (fixture, BATH_NE_SOMERSET, "partner", "2016-01-01");
  add_member (fixture, SOUTH_GLOUCESTER, "partner", "2016-01-01");
  add_member (fixture, GLOUCESTERSHIRE, "partner", "2016-01-01");
  fixture->swindon_member_id = add_member (fixture, SWINDON, "partner", "2016-01-01");
  add_member (fixture, DEVON, "proposed", "2016-01-01");

  fixture->step_up_id = find_programme (fixture->store, "step_up");
  cohort = make_cohort (fixture, "Step Up cohort 7", "2022-01-04", 28);
  g_assert_true (rc_store_save_cohort (fixture->store, cohort, &error));
  g_assert_no_error (error);
  fixture->cohort_id = cohort->id;
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->store);
}

static gint64
add_trainee_applied (Fixture    *fixture,
                     const char *reference,
                     const char *host_code,
                     const char *applied_on)
{
  g_autoptr(RcTrainee) trainee = rc_trainee_new ();
  g_autoptr(GError) error = NULL;

  trainee->cohort_id = fixture->cohort_id;
  trainee->reference = g_strdup (reference);
  trainee->host_council_id = host_code ? council_id (fixture->store, host_code) : 0;
  trainee->applied_on = g_strdup (applied_on);
  g_assert_true (rc_store_save_trainee (fixture->store, trainee, &error));
  g_assert_no_error (error);

  return trainee->id;
}

static gint64
add_trainee (Fixture    *fixture,
             const char *reference,
             const char *host_code)
{
  return add_trainee_applied (fixture, reference, host_code, "2021-09-01");
}

static void
move (Fixture    *fixture,
      gint64      trainee_id,
      RcStage     stage,
      const char *on,
      const char *council_code)
{
  g_autoptr(GError) error = NULL;

  rc_store_move_trainee (fixture->store, trainee_id, stage, on,
                         council_code ? council_id (fixture->store, council_code) : 0,
                         NULL, NULL, &error);
  g_assert_no_error (error);
}

/* Moves a trainee along the pipeline as far as @last, employed by
 * @employer_code. */
static void
progress (Fixture    *fixture,
          gint64      trainee_id,
          RcStage     last,
          const char *employer_code)
{
  static const struct {
    RcStage     stage;
    const char *on;
  } path[] = {
    { RC_STAGE_OFFERED, "2021-10-01" },
    { RC_STAGE_ENROLLED, "2022-01-04" },
    { RC_STAGE_ON_PLACEMENT, "2022-03-01" },
    { RC_STAGE_QUALIFIED, "2023-03-31" },
    { RC_STAGE_REGISTERED, "2023-05-01" },
    { RC_STAGE_EMPLOYED, "2023-06-01" },
    { RC_STAGE_RETAINED_12, "2024-06-01" },
    { RC_STAGE_RETAINED_24, "2025-06-01" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (path) && path[i].stage <= last; i++)
    move (fixture, trainee_id, path[i].stage, path[i].on,
          path[i].stage == RC_STAGE_EMPLOYED ? employer_code : NULL);
}

static RcTrainee *
get_trainee (Fixture *fixture,
             gint64   id)
{
  g_autoptr(GError) error = NULL;
  RcTrainee *trainee = rc_store_get_trainee (fixture->store, id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (trainee);

  return trainee;
}

static guint
count_audit (RcStore *store)
{
  g_autoptr(GListModel) entries = rc_store_list_audit (store, NULL, 0, NULL);

  return g_list_model_get_n_items (entries);
}

/* Programmes ------------------------------------------------------------ */

static void
test_programmes (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) programmes = rc_store_list_programmes (fixture->store, &error);
  g_autoptr(RcProgramme) step_up = NULL;
  g_autoptr(RcProgramme) epd = rc_programme_new ();
  g_autoptr(RcProgramme) again = NULL;
  g_autoptr(RcCohort) cohort = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (programmes), ==, 4);

  /* Built-in programmes are neither renamed nor deleted. */
  step_up = rc_store_get_programme (fixture->store, fixture->step_up_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (step_up->name, ==, "Step Up to Social Work");
  g_assert_true (step_up->builtin);
  g_free (step_up->name);
  step_up->name = g_strdup ("Step Down");
  g_assert_false (rc_store_save_programme (fixture->store, step_up, &error));
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "Built-in programmes cannot be changed");
  g_clear_error (&error);
  g_assert_false (rc_store_delete_programme (fixture->store, fixture->step_up_id, &error));
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "Built-in programmes cannot be changed");
  g_clear_error (&error);
  g_clear_object (&step_up);
  step_up = rc_store_get_programme (fixture->store, fixture->step_up_id, &error);
  g_assert_cmpstr (step_up->name, ==, "Step Up to Social Work");

  /* A programme of one's own: added (never built in), changed, deleted. */
  epd->code = g_strdup ("frontline_pathway");
  epd->name = g_strdup ("Regional practice pathway");
  epd->kind = g_strdup ("development");
  epd->builtin = TRUE;
  g_assert_true (rc_store_save_programme (fixture->store, epd, &error));
  g_assert_no_error (error);
  g_assert_false (epd->builtin);
  g_free (epd->name);
  epd->name = g_strdup ("South West practice pathway");
  g_assert_true (rc_store_save_programme (fixture->store, epd, &error));
  g_assert_no_error (error);
  again = rc_store_get_programme (fixture->store, epd->id, &error);
  g_assert_cmpstr (again->code, ==, "frontline_pathway");
  g_assert_cmpstr (again->name, ==, "South West practice pathway");
  g_assert_cmpstr (again->kind, ==, "development");
  g_assert_false (again->builtin);

  /* Not while a cohort belongs to it. */
  cohort = make_cohort (fixture, "Pathway 2022", "2022-09-01", 10);
  cohort->programme_id = epd->id;
  g_assert_true (rc_store_save_cohort (fixture->store, cohort, &error));
  g_assert_false (rc_store_delete_programme (fixture->store, epd->id, &error));
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "has 1 cohort"));
  g_clear_error (&error);
  g_assert_true (rc_store_delete_cohort (fixture->store, cohort->id, &error));
  g_assert_true (rc_store_delete_programme (fixture->store, epd->id, &error));
  g_assert_no_error (error);
  g_clear_object (&again);
  again = rc_store_get_programme (fixture->store, epd->id, &error);
  g_assert_null (again);
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_NOT_FOUND);
}

/* Cohorts and places ---------------------------------------------------- */

static void
test_cohort_round_trip (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RcCohort) cohort = NULL;
  g_autoptr(RcCohort) earlier = make_cohort (fixture, "Step Up cohort 6", "2020-01-06", 24);
  g_autoptr(RcCohort) returners = make_cohort (fixture, "Return 2017", "2017-01-09", 30);
  g_autoptr(GListModel) all = NULL;
  g_autoptr(GListModel) mine = NULL;
  const char *expected[] = { "Return 2017", "Step Up cohort 6", "Step Up cohort 7" };

  cohort = rc_store_get_cohort (fixture->store, fixture->cohort_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cohort->name, ==, "Step Up cohort 7");
  g_assert_cmpstr (cohort->programme_name, ==, "Step Up to Social Work");
  g_assert_cmpstr (cohort->consortium_name, ==, "South West Step Up Partnership");
  g_assert_cmpstr (cohort->starts_on, ==, "2022-01-04");
  g_assert_cmpstr (cohort->ends_on, ==, "2023-03-31");
  g_assert_cmpint (cohort->places_funded, ==, 28);
  g_assert_cmpint (cohort->training_weeks, ==, 60);

  returners->programme_id = find_programme (fixture->store, "return");
  returners->min_years_out = 2;
  returners->max_years_out = 10;
  returners->training_weeks = 13;
  g_assert_true (rc_store_save_cohort (fixture->store, earlier, &error));
  g_assert_true (rc_store_save_cohort (fixture->store, returners, &error));
  g_assert_no_error (error);

  /* By programme name ("Return…" before "Step Up…"), then start. */
  all = rc_store_list_cohorts (fixture->store, &error);
  g_assert_cmpuint (g_list_model_get_n_items (all), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(RcCohort) item = g_list_model_get_item (all, i);
      g_assert_cmpstr (item->name, ==, expected[i]);
      g_assert_cmpstr (item->consortium_name, ==, "South West Step Up Partnership");
    }

  mine = rc_store_list_consortium_cohorts (fixture->store, fixture->consortium_id, &error);
  g_assert_cmpuint (g_list_model_get_n_items (mine), ==, 3);

  returners->training_weeks = 0;
  returners->places_funded = 100;
  g_free (returners->notes);
  returners->notes = g_strdup ("Second round: 100 placements in three regions");
  g_assert_true (rc_store_save_cohort (fixture->store, returners, &error));
  g_clear_object (&cohort);
  cohort = rc_store_get_cohort (fixture->store, returners->id, &error);
  g_assert_cmpstr (cohort->programme_name, ==, "Return to Social Work");
  g_assert_cmpint (cohort->places_funded, ==, 100);
  g_assert_cmpint (cohort->max_years_out, ==, 10);
  g_assert_cmpint (cohort->training_weeks, ==, 0);
  g_assert_cmpstr (cohort->notes, ==, "Second round: 100 placements in three regions");

  /* The domain's rules come back as sentences. */
  g_free (returners->ends_on);
  returners->ends_on = g_strdup ("2016-12-31");
  g_assert_false (rc_store_save_cohort (fixture->store, returners, &error));
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "A cohort cannot end before it starts");
  g_clear_error (&error);

  /* A cohort with trainees stays. */
  add_trainee (fixture, "RTSW-001", NULL);
  g_assert_false (rc_store_delete_cohort (fixture->store, fixture->cohort_id, &error));
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "The cohort “Step Up cohort 7” still has 1 trainee; delete the trainee before deleting the cohort");
  g_clear_error (&error);

  g_assert_true (rc_store_delete_cohort (fixture->store, earlier->id, &error));
  g_assert_no_error (error);
  g_clear_object (&all);
  all = rc_store_list_cohorts (fixture->store, &error);
  g_assert_cmpuint (g_list_model_get_n_items (all), ==, 2);
}

static GListModel *
make_places (RcStore *store,
             ...)
{
  GListStore *places = g_list_store_new (RC_TYPE_COHORT_PLACE);
  const char *code;
  va_list args;

  va_start (args, store);
  while ((code = va_arg (args, const char *)) != NULL)
    {
      g_autoptr(RcCohortPlace) place = rc_cohort_place_new ();

      place->council_id = council_id (store, code);
      place->places = va_arg (args, int);
      g_list_store_append (places, place);
    }
  va_end (args);

  return G_LIST_MODEL (places);
}

static void
assert_places (Fixture    *fixture,
               const char *expected)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) places = rc_store_list_cohort_places (fixture->store, fixture->cohort_id, &error);
  g_autoptr(GString) text = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (places); i++)
    {
      g_autoptr(RcCohortPlace) place = g_list_model_get_item (places, i);
      g_assert_cmpint (place->cohort_id, ==, fixture->cohort_id);
      g_string_append_printf (text, "%s%s %d", i ? ", " : "", place->council_name, (int) place->places);
    }
  g_assert_cmpstr (text->str, ==, expected);
}

static void
test_places (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) places = NULL;
  g_autoptr(GListModel) short_places = NULL;
  g_autoptr(RcCohortPlace) first = NULL;
  guint audit_before;

  places = make_places (fixture->store, SOMERSET, 8, BATH_NE_SOMERSET, 4, NORTH_SOMERSET, 4,
                        SOUTH_GLOUCESTER, 4, SWINDON, 4, GLOUCESTERSHIRE, 4, NULL);
  g_assert_true (rc_store_set_cohort_places (fixture->store, fixture->cohort_id, places, &error));
  g_assert_no_error (error);
  first = g_list_model_get_item (places, 0);
  g_assert_cmpint (first->id, >, 0);
  assert_places (fixture, "Bath and North East Somerset 4, Gloucestershire 4, North Somerset 4, "
                          "Somerset 8, South Gloucestershire 4, Swindon 4");

  /* Two short: refused, and nothing of it saved. */
  audit_before = count_audit (fixture->store);
  short_places = make_places (fixture->store, SOMERSET, 10, BATH_NE_SOMERSET, 16, NULL);
  g_assert_false (rc_store_set_cohort_places (fixture->store, fixture->cohort_id, short_places, &error));
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "The places add up to 26, but the cohort has 28 places funded");
  g_clear_error (&error);
  assert_places (fixture, "Bath and North East Somerset 4, Gloucestershire 4, North Somerset 4, "
                          "Somerset 8, South Gloucestershire 4, Swindon 4");
  g_assert_cmpuint (count_audit (fixture->store), ==, audit_before);

  /* Replaced as a whole. */
  g_clear_object (&short_places);
  short_places = make_places (fixture->store, SOMERSET, 12, BATH_NE_SOMERSET, 16, NULL);
  g_assert_true (rc_store_set_cohort_places (fixture->store, fixture->cohort_id, short_places, &error));
  g_assert_no_error (error);
  assert_places (fixture, "Bath and North East Somerset 16, Somerset 12");
}

/* A replacement that fails half-way (after the old places were deleted and
 * the first new one written) leaves the cohort as it was. */
static void
test_places_all_or_nothing (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) places = make_places (fixture->store, SOMERSET, 14, SWINDON, 14, NULL);
  g_autoptr(GListModel) negative = make_places (fixture->store, SOMERSET, 30, SWINDON, -2, NULL);
  g_autoptr(GListModel) twice = make_places (fixture->store, DEVON, 14, DEVON, 14, NULL);
  g_autoptr(GListModel) events = NULL;
  g_autoptr(RcTrainee) trainee = rc_trainee_new ();
  guint audit_before;
  gint64 first;

  g_assert_true (rc_store_set_cohort_places (fixture->store, fixture->cohort_id, places, &error));
  g_assert_no_error (error);
  audit_before = count_audit (fixture->store);

  g_assert_false (rc_store_set_cohort_places (fixture->store, fixture->cohort_id, negative, &error));
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_CONSTRAINT);
  g_assert_cmpstr (error->message, ==, "Places cannot be negative");
  g_clear_error (&error);
  assert_places (fixture, "Somerset 14, Swindon 14");

  g_assert_false (rc_store_set_cohort_places (fixture->store, fixture->cohort_id, twice, &error));
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_CONSTRAINT);
  g_assert_cmpstr (error->message, ==, "This council already has places in this cohort");
  g_clear_error (&error);
  assert_places (fixture, "Somerset 14, Swindon 14");
  g_assert_cmpuint (count_audit (fixture->store), ==, audit_before);

  /* A new trainee and its first event are one action too: a refused
   * trainee leaves no event behind, and the next one saves. */
  first = add_trainee (fixture, "SU7-001", SOMERSET);
  trainee->cohort_id = fixture->cohort_id;
  trainee->reference = g_strdup ("SU7-001");
  g_assert_false (rc_store_save_trainee (fixture->store, trainee, &error));
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_CONSTRAINT);
  g_assert_cmpstr (error->message, ==, "Another trainee in this cohort already has this reference");
  g_clear_error (&error);
  g_assert_cmpint (trainee->id, ==, 0);
  g_free (trainee->reference);
  trainee->reference = g_strdup ("SU7-002");
  g_assert_true (rc_store_save_trainee (fixture->store, trainee, &error));
  g_assert_no_error (error);
  g_assert_cmpint (trainee->id, ==, first + 1);
  events = rc_store_list_trainee_events (fixture->store, trainee->id, &error);
  g_assert_cmpuint (g_list_model_get_n_items (events), ==, 1);
  g_assert_cmpuint (count_audit (fixture->store), ==, audit_before + 2);
}

/* Trainees -------------------------------------------------------------- */

static RcTrainee *
make_person (Fixture *fixture)
{
  RcTrainee *trainee = rc_trainee_new ();

  trainee->cohort_id = fixture->cohort_id;
  trainee->reference = g_strdup ("SU7-001");
  trainee->given_name = g_strdup (GIVEN_NAME);
  trainee->family_name = g_strdup (FAMILY_NAME);
  trainee->email = g_strdup (EMAIL);
  trainee->phone = g_strdup (PHONE);
  trainee->host_council_id = council_id (fixture->store, NORTH_SOMERSET);
  trainee->applied_on = g_strdup ("2021-09-14");

  return trainee;
}

static void
test_trainee_round_trip (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RcTrainee) trainee = make_person (fixture);
  g_autoptr(RcTrainee) again = NULL;
  g_autoptr(RcTrainee) undated = rc_trainee_new ();
  g_autoptr(RcTraineeEvent) event = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GListModel) events = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

  g_assert_true (rc_store_save_trainee (fixture->store, trainee, &error));
  g_assert_no_error (error);
  g_assert_cmpint (trainee->stage, ==, RC_STAGE_APPLIED);
  g_assert_cmpstr (trainee->stage_on, ==, "2021-09-14");

  again = get_trainee (fixture, trainee->id);
  g_assert_cmpstr (again->reference, ==, "SU7-001");
  g_assert_cmpstr (again->given_name, ==, GIVEN_NAME);
  g_assert_cmpstr (again->family_name, ==, FAMILY_NAME);
  g_assert_cmpstr (again->email, ==, EMAIL);
  g_assert_cmpstr (again->phone, ==, PHONE);
  g_assert_cmpstr (again->host_council_name, ==, "North Somerset");
  g_assert_cmpint (again->stage, ==, RC_STAGE_APPLIED);
  g_assert_cmpstr (again->stage_on, ==, "2021-09-14");
  g_assert_null (again->erased_at);

  events = rc_store_list_trainee_events (fixture->store, trainee->id, &error);
  g_assert_cmpuint (g_list_model_get_n_items (events), ==, 1);
  event = g_list_model_get_item (events, 0);
  g_assert_cmpint (event->stage, ==, RC_STAGE_APPLIED);
  g_assert_cmpstr (event->occurred_on, ==, "2021-09-14");

  /* Changing the trainee's own fields leaves the pipeline alone. */
  move (fixture, trainee->id, RC_STAGE_OFFERED, "2021-10-01", NULL);
  trainee->registration_number = g_strdup ("SW123456");
  trainee->registered_with = g_strdup ("swe");
  trainee->updating_days_done = 30;
  g_free (trainee->email);
  trainee->email = g_strdup ("morwenna@example.org");
  g_assert_true (rc_store_save_trainee (fixture->store, trainee, &error));
  g_assert_no_error (error);
  g_clear_object (&again);
  again = get_trainee (fixture, trainee->id);
  g_assert_cmpstr (again->email, ==, "morwenna@example.org");
  g_assert_cmpstr (again->registration_number, ==, "SW123456");
  g_assert_cmpstr (again->registered_with, ==, "swe");
  /* The days are the updating log's to count: a saved trainee's are
   * read only. */
  g_assert_cmpint (again->updating_days_done, ==, 0);
  g_assert_cmpint (again->stage, ==, RC_STAGE_OFFERED);

  g_free (trainee->email);
  trainee->email = g_strdup ("no at sign");
  g_assert_false (rc_store_save_trainee (fixture->store, trainee, &error));
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "An e-mail address looks like name@example.org");
  g_clear_error (&error);

  /* Without an application date, the first event is dated today. */
  undated->cohort_id = fixture->cohort_id;
  undated->reference = g_strdup ("SU7-000");
  g_assert_true (rc_store_save_trainee (fixture->store, undated, &error));
  g_assert_cmpstr (undated->stage_on, ==, today);

  list = rc_store_list_trainees (fixture->store, fixture->cohort_id, &error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  g_clear_object (&again);
  again = g_list_model_get_item (list, 1);
  g_assert_cmpstr (again->reference, ==, "SU7-001");
  g_assert_cmpstr (again->host_council_name, ==, "North Somerset");

  /* Deleted with its history. */
  g_assert_true (rc_store_delete_trainee (fixture->store, trainee->id, &error));
  g_assert_no_error (error);
  g_clear_object (&events);
  events = rc_store_list_trainee_events (fixture->store, trainee->id, &error);
  g_assert_cmpuint (g_list_model_get_n_items (events), ==, 0);
  g_assert_null (rc_store_get_trainee (fixture->store, trainee->id, &error));
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_NOT_FOUND);
}

static void
test_trainee_moves (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RcTrainee) trainee = NULL;
  g_autoptr(GListModel) events = NULL;
  g_autoptr(RcTraineeEvent) last = NULL;
  gint64 id = add_trainee_applied (fixture, "SU5-010", SOMERSET, "2016-05-03");
  gint64 somerset = council_id (fixture->store, SOMERSET);
  guint audit_before;

  move (fixture, id, RC_STAGE_ASSESSMENT, "2016-07-12", NULL);
  move (fixture, id, RC_STAGE_OFFERED, "2016-09-01", NULL);

  /* Employment needs qualification first: the pipeline's own sentence. */
  g_assert_false (rc_store_move_trainee (fixture->store, id, RC_STAGE_EMPLOYED, "2016-10-01",
                                         somerset, NULL, NULL, &error));
  g_assert_error (error, RC_MODEL_ERROR, RC_MODEL_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "A trainee must be qualified before being employed");
  g_clear_error (&error);

  /* Nothing is dated before the last move; the same day is fine. */
  g_assert_false (rc_store_move_trainee (fixture->store, id, RC_STAGE_ENROLLED, "2016-08-31",
                                         0, NULL, NULL, &error));
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "The date is before the trainee’s last move, on 2016-09-01");
  g_clear_error (&error);

  /* Nor after today, whoever calls: a move is recorded once it happened. */
  {
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();
    g_autoptr(GDateTime) later = g_date_time_add_days (now, 1);
    g_autofree char *tomorrow = g_date_time_format (later, "%Y-%m-%d");

    g_assert_false (rc_store_move_trainee (fixture->store, id, RC_STAGE_ENROLLED, tomorrow,
                                           0, NULL, NULL, &error));
    g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_INVALID);
    g_assert_cmpstr (error->message, ==, "A move is recorded once it has happened: the date is in the future");
    g_clear_error (&error);
  }
  g_assert_false (rc_store_move_trainee (fixture->store, id, RC_STAGE_ENROLLED, "01/09/2016",
                                         0, NULL, NULL, &error));
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "A stage needs a date like 2017-03-31");
  g_clear_error (&error);
  move (fixture, id, RC_STAGE_ENROLLED, "2016-09-01", NULL);

  /* Skipping ahead to qualified is fine; employment names its employer. */
  move (fixture, id, RC_STAGE_QUALIFIED, "2017-07-31", NULL);
  move (fixture, id, RC_STAGE_REGISTERED, "2017-09-01", NULL);
  g_assert_false (rc_store_move_trainee (fixture->store, id, RC_STAGE_EMPLOYED, "2017-09-04",
                                         0, NULL, NULL, &error));
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "Employment needs the council that employs the trainee");
  g_clear_error (&error);
  g_assert_true (rc_store_move_trainee (fixture->store, id, RC_STAGE_EMPLOYED, "2017-09-04",
                                        somerset, NULL, "Children's services, Taunton", &error));
  g_assert_no_error (error);
  trainee = get_trainee (fixture, id);
  g_assert_cmpint (trainee->stage, ==, RC_STAGE_EMPLOYED);
  g_assert_cmpstr (trainee->stage_on, ==, "2017-09-04");
  g_assert_cmpint (trainee->employer_council_id, ==, somerset);

  /* A withdrawal needs a known reason, kept on the trainee with the note. */
  audit_before = count_audit (fixture->store);
  g_assert_false (rc_store_move_trainee (fixture->store, id, RC_STAGE_WITHDRAWN, "2018-01-15",
                                         0, NULL, "Moved away", &error));
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "A withdrawal needs a reason");
  g_clear_error (&error);
  g_assert_false (rc_store_move_trainee (fixture->store, id, RC_STAGE_WITHDRAWN, "2018-01-15",
                                         0, "bored", "Moved away", &error));
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (count_audit (fixture->store), ==, audit_before);
  g_assert_true (rc_store_move_trainee (fixture->store, id, RC_STAGE_WITHDRAWN, "2018-01-15",
                                        0, "other_employment", "Moved to a hospital team", &error));
  g_assert_no_error (error);
  g_clear_object (&trainee);
  trainee = get_trainee (fixture, id);
  g_assert_cmpint (trainee->stage, ==, RC_STAGE_WITHDRAWN);
  g_assert_cmpstr (trainee->withdrawal_reason, ==, "other_employment");
  g_assert_cmpstr (trainee->withdrawal_note, ==, "Moved to a hospital team");
  g_assert_cmpint (trainee->employer_council_id, ==, somerset);

  /* Nothing follows a withdrawal. */
  g_assert_false (rc_store_move_trainee (fixture->store, id, RC_STAGE_RETAINED_12, "2018-09-04",
                                         0, NULL, NULL, &error));
  g_assert_error (error, RC_MODEL_ERROR, RC_MODEL_ERROR_INVALID);
  g_clear_error (&error);

  /* The history, oldest first, with the audit naming the reference. */
  events = rc_store_list_trainee_events (fixture->store, id, &error);
  g_assert_cmpuint (g_list_model_get_n_items (events), ==, 8);
  last = g_list_model_get_item (events, 7);
  g_assert_cmpint (last->stage, ==, RC_STAGE_WITHDRAWN);
  g_clear_object (&last);
  last = g_list_model_get_item (events, 3);
  g_assert_cmpint (last->stage, ==, RC_STAGE_ENROLLED);
  g_assert_cmpstr (last->occurred_on, ==, "2016-09-01");
  g_clear_object (&last);
  last = g_list_model_get_item (events, 6);
  g_assert_cmpint (last->council_id, ==, somerset);
  g_assert_cmpstr (last->note, ==, "Children's services, Taunton");
  g_assert_cmpuint (count_audit (fixture->store), ==, audit_before + 1);
}

/* Privacy --------------------------------------------------------------- */

static void
assert_no_personal_data_in_audit (RcStore *store)
{
  g_autoptr(GListModel) entries = rc_store_list_audit (store, NULL, 0, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(RcAuditEntry) entry = g_list_model_get_item (entries, i);

      g_assert_null (strstr (entry->summary, GIVEN_NAME));
      g_assert_null (strstr (entry->summary, FAMILY_NAME));
      g_assert_null (strstr (entry->summary, EMAIL));
      g_assert_null (strstr (entry->summary, PHONE));
    }
}

static void
test_erase (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RcTrainee) trainee = make_person (fixture);
  g_autoptr(RcTrainee) erased = NULL;
  g_autoptr(GListModel) events = NULL;
  g_autoptr(GListModel) audit = NULL;
  g_autoptr(RcAuditEntry) entry = NULL;
  RcRetention before, after;
  guint counts_before[RC_N_STAGES], counts_after[RC_N_STAGES];

  trainee->registration_number = g_strdup ("SW123456");
  trainee->left_practice_on = g_strdup ("2014-07-31");
  g_assert_true (rc_store_save_trainee (fixture->store, trainee, &error));
  progress (fixture, trainee->id, RC_STAGE_EMPLOYED, NORTH_SOMERSET);
  /* A note can name the person's circumstances: it goes with the erasure. */
  g_assert_true (rc_store_move_trainee (fixture->store, trainee->id, RC_STAGE_ASYE_COMPLETED, "2024-05-01",
                                        0, NULL, "Completed after a period of sick leave", &error));
  g_assert_true (rc_store_get_cohort_retention (fixture->store, fixture->cohort_id, 0,
                                                &before, counts_before, &error));
  g_assert_no_error (error);

  g_assert_true (rc_store_erase_trainee (fixture->store, trainee->id, &error));
  g_assert_no_error (error);

  erased = get_trainee (fixture, trainee->id);
  g_assert_null (erased->given_name);
  g_assert_null (erased->family_name);
  g_assert_null (erased->email);
  g_assert_null (erased->phone);
  g_assert_null (erased->registration_number);
  g_assert_null (erased->left_practice_on);
  g_assert_nonnull (erased->erased_at);
  g_assert_cmpstr (erased->reference, ==, "SU7-001");
  g_assert_cmpstr (erased->applied_on, ==, "2021-09-14");
  g_assert_cmpint (erased->stage, ==, RC_STAGE_ASYE_COMPLETED);
  g_assert_cmpstr (erased->host_council_name, ==, "North Somerset");

  events = rc_store_list_trainee_events (fixture->store, trainee->id, &error);
  g_assert_cmpuint (g_list_model_get_n_items (events), ==, 8);
  for (guint i = 0; i < 8; i++)
    {
      g_autoptr(RcTraineeEvent) event = g_list_model_get_item (events, i);
      g_assert_null (event->note);
    }
  g_assert_true (rc_store_get_cohort_retention (fixture->store, fixture->cohort_id, 0,
                                                &after, counts_after, &error));
  g_assert_cmpmem (&before, sizeof before, &after, sizeof after);
  g_assert_cmpmem (counts_before, sizeof counts_before, counts_after, sizeof counts_after);
  g_assert_cmpuint (after.employed_by_partner, ==, 1);

  audit = rc_store_list_audit (fixture->store, "trainee", trainee->id, &error);
  entry = g_list_model_get_item (audit, g_list_model_get_n_items (audit) - 1);
  g_assert_cmpstr (entry->action, ==, "erase");
  g_assert_nonnull (strstr (entry->summary, "SU7-001"));
  assert_no_personal_data_in_audit (fixture->store);

  /* Once only, and the details do not come back. */
  g_assert_false (rc_store_erase_trainee (fixture->store, trainee->id, &error));
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "already erased"));
  g_clear_error (&error);
  g_assert_false (rc_store_save_trainee (fixture->store, trainee, &error));
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "The personal details of trainee SU7-001 were erased and cannot be added again");
  g_clear_error (&error);

  /* The pipeline goes on. */
  move (fixture, trainee->id, RC_STAGE_RETAINED_12, "2024-06-01", NULL);
  g_clear_object (&erased);
  erased = get_trainee (fixture, trainee->id);
  g_assert_cmpint (erased->stage, ==, RC_STAGE_RETAINED_12);
  g_assert_null (erased->given_name);
}

static void
test_subject_access_report (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RcTrainee) trainee = make_person (fixture);
  g_autofree char *report = NULL;
  g_autofree char *after_erasure = NULL;
  const char *expected[] = {
    "SU7-001", GIVEN_NAME, FAMILY_NAME, EMAIL, PHONE, "SW123456", "Social Work England",
    "2014-07-31", "2021-09-14", "Step Up cohort 7", "South West Step Up Partnership",
    "North Somerset", "Updating log (Social Work England)", "30 of 60 days (a day is 7 hours)",
    "Applied for restoration: 2023-03-01",
    "2022-10-03 – 2022-11-25  Supervised practice, 210 hours — Assessments with the duty team — "
    "supervised by Ada Supervisor (Social Work England, SW900001)",
    "Stage history", "2021-09-14  Applied", "2023-03-31  Qualified",
    "2023-06-01  Employed by a council — Gloucestershire (E10000013)",
    "Audit log", "Added trainee SU7-001", "Moved trainee SU7-001 to qualified on 2023-03-31",
  };

  trainee->registration_number = g_strdup ("SW123456");
  trainee->registered_with = g_strdup ("swe");
  trainee->left_practice_on = g_strdup ("2014-07-31");
  g_assert_true (rc_store_save_trainee (fixture->store, trainee, &error));
  progress (fixture, trainee->id, RC_STAGE_EMPLOYED, GLOUCESTERSHIRE);
  {
    g_autoptr(RcUpdatingActivity) activity = rc_updating_activity_new ();

    activity->trainee_id = trainee->id;
    activity->kind = RC_UPDATING_SUPERVISED_PRACTICE;
    activity->started_on = g_strdup ("2022-10-03");
    activity->ended_on = g_strdup ("2022-11-25");
    activity->hours100 = 21000;
    activity->note = g_strdup ("Assessments with the duty team");
    activity->supervisor_name = g_strdup ("Ada Supervisor");
    activity->supervisor_regulator = g_strdup ("Social Work England");
    activity->supervisor_registration = g_strdup ("SW900001");
    g_assert_true (rc_store_save_updating_activity (fixture->store, activity, &error));
    g_assert_no_error (error);
    g_assert_true (rc_store_set_restoration_applied_on (fixture->store, trainee->id, "2023-03-01", &error));
    g_assert_no_error (error);
  }

  report = rc_store_subject_access_report (fixture->store, trainee->id, &error);
  g_assert_no_error (error);
  g_assert_true (g_utf8_validate (report, -1, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    if (strstr (report, expected[i]) == NULL)
      g_error ("“%s” is missing from the report:\n%s", expected[i], report);

  g_assert_true (rc_store_erase_trainee (fixture->store, trainee->id, &error));
  after_erasure = rc_store_subject_access_report (fixture->store, trainee->id, &error);
  g_assert_no_error (error);
  g_assert_null (strstr (after_erasure, GIVEN_NAME));
  g_assert_null (strstr (after_erasure, EMAIL));
  /* The updating log goes with the personal details. */
  g_assert_null (strstr (after_erasure, "Ada Supervisor"));
  g_assert_null (strstr (after_erasure, "Assessments with the duty team"));
  g_assert_null (strstr (after_erasure, "Updating log"));
  {
    g_autoptr(GListModel) log = rc_store_list_updating_activities (fixture->store, trainee->id, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (log), ==, 0);
    g_assert_null (rc_store_get_restoration_applied_on (fixture->store, trainee->id, &error));
    g_assert_no_error (error);
  }
  g_assert_nonnull (strstr (after_erasure, "Erased the personal details of trainee SU7-001"));
  g_assert_nonnull (strstr (after_erasure, "2023-03-31  Qualified"));

  g_assert_null (rc_store_subject_access_report (fixture->store, 9999, &error));
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* The newest trainee deleted, the next one added has its id: its report
   * holds its own history only. */
  {
    g_autofree char *next_report = NULL;
    gint64 id = trainee->id;

    g_assert_true (rc_store_delete_trainee (fixture->store, id, &error));
    g_assert_no_error (error);
    g_assert_cmpint (add_trainee (fixture, "SU7-002", NORTH_SOMERSET), ==, id);
    next_report = rc_store_subject_access_report (fixture->store, id, &error);
    g_assert_no_error (error);
    g_assert_nonnull (strstr (next_report, "Added trainee SU7-002"));
    g_assert_null (strstr (next_report, "SU7-001"));
  }
}

/* Retention ------------------------------------------------------------- */

static void
assert_rate (RcRate rate,
             double expected)
{
  g_assert_true (rate.present);
  g_assert_cmpfloat_with_epsilon (rate.value, expected, 1e-9);
}

/* Ten trainees worked by hand: 8 qualify, 7 register and are employed, 6
 * of them by partner councils (one by Somerset County Council, whose
 * successor is the member, one by Somerset who then withdraws) and one by
 * Devon, only ever a proposed member; 5 partner employees stay 12 months
 * and 3 of those 24. */
static void
test_retention (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RcConsortiumMember) swindon = NULL;
  g_autoptr(GListModel) members = NULL;
  gint64 t[10];
  RcRetention r;
  guint counts[RC_N_STAGES];
  guint expected_counts[RC_N_STAGES] = {
    [RC_STAGE_ON_PLACEMENT] = 1, [RC_STAGE_QUALIFIED] = 1, [RC_STAGE_RETAINED_12] = 3,
    [RC_STAGE_RETAINED_24] = 3, [RC_STAGE_WITHDRAWN] = 2,
  };

  for (guint i = 0; i < 10; i++)
    {
      g_autofree char *reference = g_strdup_printf ("SU7-%03u", i + 1);
      t[i] = add_trainee (fixture, reference, i < 3 ? SOMERSET : i < 6 ? NORTH_SOMERSET : BATH_NE_SOMERSET);
    }

  progress (fixture, t[0], RC_STAGE_ENROLLED, NULL);
  g_assert_true (rc_store_move_trainee (fixture->store, t[0], RC_STAGE_WITHDRAWN, "2022-02-01",
                                        0, "personal", NULL, &error));
  progress (fixture, t[1], RC_STAGE_ON_PLACEMENT, NULL);
  progress (fixture, t[2], RC_STAGE_QUALIFIED, NULL);
  progress (fixture, t[3], RC_STAGE_RETAINED_12, DEVON);
  progress (fixture, t[4], RC_STAGE_EMPLOYED, SOMERSET);
  g_assert_true (rc_store_move_trainee (fixture->store, t[4], RC_STAGE_WITHDRAWN, "2023-09-01",
                                        0, "other_employment", NULL, &error));
  progress (fixture, t[5], RC_STAGE_RETAINED_12, NORTH_SOMERSET);
  progress (fixture, t[6], RC_STAGE_RETAINED_12, SOMERSET_COUNTY);
  progress (fixture, t[7], RC_STAGE_RETAINED_24, BATH_NE_SOMERSET);
  progress (fixture, t[8], RC_STAGE_RETAINED_24, SOUTH_GLOUCESTER);
  progress (fixture, t[9], RC_STAGE_RETAINED_24, SWINDON);
  g_assert_no_error (error);

  g_assert_true (rc_store_get_cohort_retention (fixture->store, fixture->cohort_id, 0, &r, counts, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (r.trainees, ==, 10);
  g_assert_cmpuint (r.withdrawn, ==, 2);
  g_assert_cmpuint (r.qualified, ==, 8);
  g_assert_cmpuint (r.registered, ==, 7);
  g_assert_cmpuint (r.employed_by_partner, ==, 6);
  g_assert_cmpuint (r.retained_12, ==, 5);
  g_assert_cmpuint (r.retained_24, ==, 3);
  assert_rate (rc_retention_rate (r.employed_by_partner, r.qualified), 0.75);
  assert_rate (rc_retention_rate (r.retained_12, r.qualified), 0.625);
  assert_rate (rc_retention_rate (r.retained_24, r.qualified), 0.375);
  g_assert_cmpmem (counts, sizeof counts, expected_counts, sizeof expected_counts);

  /* Hosted by North Somerset: trainees 4 (Devon), 5 (withdrew) and 6. */
  g_assert_true (rc_store_get_cohort_retention (fixture->store, fixture->cohort_id,
                                                council_id (fixture->store, NORTH_SOMERSET),
                                                &r, NULL, &error));
  g_assert_cmpuint (r.trainees, ==, 3);
  g_assert_cmpuint (r.withdrawn, ==, 1);
  g_assert_cmpuint (r.qualified, ==, 3);
  g_assert_cmpuint (r.employed_by_partner, ==, 2);
  g_assert_cmpuint (r.retained_12, ==, 1);
  g_assert_cmpuint (r.retained_24, ==, 0);

  /* Had Swindon left before trainee 10 was employed there, that trainee
   * would not count as employed by a partner. */
  members = rc_store_list_members (fixture->store, fixture->consortium_id, &error);
  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(RcConsortiumMember) member = g_list_model_get_item (members, i);
      if (member->id == fixture->swindon_member_id)
        swindon = g_object_ref (member);
    }
  swindon->left_on = g_strdup ("2023-05-31");
  g_assert_true (rc_store_save_member (fixture->store, swindon, &error));
  g_assert_true (rc_store_get_cohort_retention (fixture->store, fixture->cohort_id, 0, &r, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (r.employed_by_partner, ==, 5);
  g_assert_cmpuint (r.retained_24, ==, 2);
  g_assert_cmpuint (r.qualified, ==, 8);

  /* An empty cohort has no rates. */
  {
    g_autoptr(RcCohort) empty = make_cohort (fixture, "Step Up cohort 8", "2023-01-09", 20);
    g_assert_true (rc_store_save_cohort (fixture->store, empty, &error));
    g_assert_true (rc_store_get_cohort_retention (fixture->store, empty->id, 0, &r, counts, &error));
    g_assert_cmpuint (r.trainees, ==, 0);
    g_assert_false (rc_retention_rate (r.retained_12, r.qualified).present);
  }
}

/* Applicants and offers are neither in training nor filled places; a
 * trainee who qualified two months ago has 12 and 24 months not yet due,
 * and a milestone due but unrecorded is not 0 %. Dates relative to
 * today, since the store measures what is due today. */
static void
test_counts_and_due (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) two_months_ago = g_date_time_add_months (now, -2);
  g_autoptr(GDateTime) year_ago = g_date_time_add_months (now, -13);
  g_autoptr(GDateTime) two_years_ago = g_date_time_add_months (now, -25);
  g_autofree char *recent = g_date_time_format (two_months_ago, "%Y-%m-%d");
  g_autofree char *earlier = g_date_time_format (year_ago, "%Y-%m-%d");
  g_autofree char *applied = g_date_time_format (two_years_ago, "%Y-%m-%d");
  g_autoptr(GError) error = NULL;
  RcRetention r;
  RcOutcome outcome;
  gint64 t[6];

  for (guint i = 0; i < G_N_ELEMENTS (t); i++)
    {
      g_autofree char *reference = g_strdup_printf ("RT-%u", i + 1);
      t[i] = add_trainee_applied (fixture, reference, SWINDON, applied);
    }
  /* t[0] applied, t[1] offered a place, t[2] on placement, t[3] and t[4]
   * qualified two months ago (t[4] employed), t[5] withdrew when offered. */
  move (fixture, t[1], RC_STAGE_OFFERED, earlier, NULL);
  move (fixture, t[2], RC_STAGE_ENROLLED, earlier, NULL);
  move (fixture, t[2], RC_STAGE_ON_PLACEMENT, earlier, NULL);
  for (guint i = 3; i <= 4; i++)
    {
      move (fixture, t[i], RC_STAGE_ENROLLED, earlier, NULL);
      move (fixture, t[i], RC_STAGE_QUALIFIED, recent, NULL);
      move (fixture, t[i], RC_STAGE_REGISTERED, recent, NULL);
    }
  move (fixture, t[4], RC_STAGE_EMPLOYED, recent, SWINDON);
  move (fixture, t[5], RC_STAGE_OFFERED, earlier, NULL);
  g_assert_true (rc_store_move_trainee (fixture->store, t[5], RC_STAGE_WITHDRAWN, earlier, 0, "personal", NULL,
                                        &error));
  g_assert_no_error (error);

  g_assert_true (rc_store_get_cohort_retention (fixture->store, fixture->cohort_id, 0, &r, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (r.trainees, ==, 6);
  g_assert_cmpuint (r.recruiting, ==, 2);   /* applied, offered */
  g_assert_cmpuint (r.in_training, ==, 1);  /* on placement */
  g_assert_cmpuint (r.filled, ==, 3);       /* on placement and the two qualified */
  g_assert_cmpuint (r.withdrawn, ==, 1);
  g_assert_cmpuint (r.qualified, ==, 2);

  outcome = rc_retention_get_outcome (&r, RC_MILESTONE_REGISTERED);
  g_assert_cmpint (outcome.kind, ==, RC_OUTCOME_SHARE);
  g_assert_cmpfloat_with_epsilon (outcome.share.value, 1.0, 1e-12);
  outcome = rc_retention_get_outcome (&r, RC_MILESTONE_EMPLOYED);
  g_assert_cmpint (outcome.kind, ==, RC_OUTCOME_SHARE);
  g_assert_cmpfloat_with_epsilon (outcome.share.value, 0.5, 1e-12);
  g_assert_cmpint (rc_retention_get_outcome (&r, RC_MILESTONE_RETAINED_12).kind, ==, RC_OUTCOME_NOT_YET_DUE);
  g_assert_cmpint (rc_retention_get_outcome (&r, RC_MILESTONE_RETAINED_24).kind, ==, RC_OUTCOME_NOT_YET_DUE);
}

int
main (int   argc,
      char *argv[])
{
  rc_test_init_environment (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/store/cohorts/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("programmes", test_programmes);
  ADD ("cohort-round-trip", test_cohort_round_trip);
  ADD ("places", test_places);
  ADD ("places-all-or-nothing", test_places_all_or_nothing);
  ADD ("trainee-round-trip", test_trainee_round_trip);
  ADD ("trainee-moves", test_trainee_moves);
  ADD ("erase", test_erase);
  ADD ("subject-access-report", test_subject_access_report);
  ADD ("retention", test_retention);
  ADD ("counts-and-due", test_counts_and_due);

#undef ADD

  return g_test_run ();
}
