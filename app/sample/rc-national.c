/* rc-national.c: every English council, 15 years of returns, 100,000
 * trainees and 500 bids, all invented, to prove the program stays fast
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-sample"

#include "config.h"

#include <math.h>

#include "model/rc-stage.h"
#include "rc-national.h"
#include "rc-sample-file.h"

#define FIRST_YEAR (2025 - RC_NATIONAL_YEARS + 1)
#define CONSORTIUM_SIZE 5

typedef struct {
  RcStore   *store;
  GRand     *rand;
  GPtrArray *councils;     /* current RcCouncil, by region then name */
  GArray    *consortia;    /* gint64 consortium ids */
  GPtrArray *members;      /* per consortium: GArray of gint64 council ids */
  gint64     programmes[2];
} National;

static void
national_clear (National *national)
{
  g_clear_pointer (&national->rand, g_rand_free);
  g_clear_pointer (&national->councils, g_ptr_array_unref);
  g_clear_pointer (&national->consortia, g_array_unref);
  g_clear_pointer (&national->members, g_ptr_array_unref);
}

static int
compare_by_region (gconstpointer a,
                   gconstpointer b)
{
  RcCouncil *x = *(RcCouncil **) a;
  RcCouncil *y = *(RcCouncil **) b;

  if (x->region_id != y->region_id)
    return x->region_id < y->region_id ? -1 : 1;

  return g_strcmp0 (x->name, y->name);
}

static gboolean
load_councils (National  *national,
               GError   **error)
{
  g_autoptr(GListModel) all = rc_store_list_councils (national->store, error);
  g_autoptr(GListModel) programmes = NULL;

  if (all == NULL)
    return FALSE;

  national->councils = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      RcCouncil *council = g_list_model_get_item (all, i);

      if (council->active_to_on == NULL)
        g_ptr_array_add (national->councils, council);
      else
        g_object_unref (council);
    }
  g_ptr_array_sort (national->councils, compare_by_region);

  programmes = rc_store_list_programmes (national->store, error);
  if (programmes == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (programmes); i++)
    {
      g_autoptr(RcProgramme) programme = g_list_model_get_item (programmes, i);

      if (g_str_equal (programme->code, "step_up"))
        national->programmes[0] = programme->id;
      else if (g_str_equal (programme->code, "return"))
        national->programmes[1] = programme->id;
    }

  return TRUE;
}

/* A council created recently reported under its predecessor before. */
static gint64
council_of_year (National  *national,
                 RcCouncil *council,
                 int        year)
{
  if (council->predecessor_id != 0 && council->active_from_on != NULL
      && year < g_ascii_strtoll (council->active_from_on, NULL, 10))
    return council->predecessor_id;

  return council->id;
}

static gboolean
add_returns (National  *national,
             GError   **error)
{
  g_autoptr(GPtrArray) returns = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GListModel) regions = rc_store_list_regions (national->store, error);

  if (regions == NULL)
    return FALSE;

  for (guint i = 0; i < national->councils->len; i++)
    {
      RcCouncil *council = g_ptr_array_index (national->councils, i);
      double size = 6000 + g_rand_double (national->rand) * 40000;
      double rate = 0.08 + g_rand_double (national->rand) * 0.16;

      for (int year = FIRST_YEAR; year <= 2025; year++)
        {
          RcWorkforceReturn *ret = rc_workforce_return_new ();
          gint64 in_post = (gint64) round (size * (0.95 + g_rand_double (national->rand) * 0.1));

          rate = CLAMP (rate + (g_rand_double (national->rand) - 0.5) * 0.03, 0.02, 0.35);
          ret->scope = RC_WORKFORCE_SCOPE_COUNCIL;
          ret->council_id = council_of_year (national, council, year);
          ret->year = year;
          ret->source = g_strdup ("generated");
          ret->in_post_fte100 = rc_figure (in_post);
          ret->vacancies_fte100 = rc_figure ((gint64) round (in_post * rate / (1 - rate)));
          ret->agency_fte100 = rc_figure ((gint64) round (in_post * rate * 0.6));
          ret->leavers_fte100 = rc_figure ((gint64) round (in_post * 0.15));
          ret->starters_fte100 = rc_figure ((gint64) round (in_post * 0.16));
          ret->case_holders_fte100 = rc_figure ((gint64) round (in_post * 0.6));
          ret->cases = rc_figure ((gint64) round (in_post * 0.6 / 100 * 16.5));
          ret->sickness_days100 = rc_figure ((gint64) round (in_post * 9.5));
          g_ptr_array_add (returns, ret);
        }
    }

  /* England and the regions as the DfE's file gives them: published rates
   * every year, and for England the figures behind them only from 2018;
   * the regions' rows have rates alone. So the charts' benchmark lines
   * rest on published rates where figures are missing. */
  for (int year = FIRST_YEAR; year <= 2025; year++)
    {
      RcWorkforceReturn *ret = rc_workforce_return_new ();
      gint64 in_post = 2800000 + (year - FIRST_YEAR) * 50000;
      gint64 vacancies = 560000 + (year - FIRST_YEAR) * 8000;

      ret->scope = RC_WORKFORCE_SCOPE_NATIONAL;
      ret->year = year;
      ret->source = g_strdup ("generated");
      if (year >= 2018)
        {
          ret->in_post_fte100 = rc_figure (in_post);
          ret->vacancies_fte100 = rc_figure (vacancies);
          ret->agency_fte100 = rc_figure (480000);
          ret->leavers_fte100 = rc_figure (450000);
        }
      ret->published_vacancy_rate_pct100 = rc_figure ((gint64) round (10000.0 * vacancies / (vacancies + in_post)));
      ret->published_agency_rate_pct100 = rc_figure ((gint64) round (10000.0 * 480000 / (480000 + in_post)));
      ret->published_turnover_rate_pct100 = rc_figure ((gint64) round (10000.0 * 450000 / in_post));
      ret->published_caseload100 = rc_figure (1650);
      g_ptr_array_add (returns, ret);
    }

  for (guint r = 0; r < g_list_model_get_n_items (regions); r++)
    {
      g_autoptr(RcRegion) region = g_list_model_get_item (regions, r);

      for (int year = FIRST_YEAR; year <= 2025; year++)
        {
          RcWorkforceReturn *ret = rc_workforce_return_new ();

          ret->scope = RC_WORKFORCE_SCOPE_REGION;
          ret->region_id = region->id;
          ret->year = year;
          ret->source = g_strdup ("generated");
          ret->published_vacancy_rate_pct100 = rc_figure (1300 + (gint64) r * 70 + (year % 4) * 40);
          ret->published_agency_rate_pct100 = rc_figure (1100 + (gint64) r * 60 + (year % 3) * 30);
          ret->published_turnover_rate_pct100 = rc_figure (1450 + (gint64) r * 25);
          ret->published_caseload100 = rc_figure (1550 + (gint64) r * 20);
          g_ptr_array_add (returns, ret);
        }
    }

  return rc_store_put_workforce_returns (national->store, returns, "Generated national returns", error);
}

static gboolean
add_consortia (National  *national,
               GError   **error)
{
  national->consortia = g_array_new (FALSE, FALSE, sizeof (gint64));
  national->members = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);

  for (guint start = 0; start < national->councils->len; start += CONSORTIUM_SIZE)
    {
      g_autoptr(RcConsortium) consortium = rc_consortium_new ();
      RcCouncil *lead = g_ptr_array_index (national->councils, start);
      GArray *members = g_array_new (FALSE, FALSE, sizeof (gint64));

      consortium->name = g_strdup_printf ("%s partnership %u", lead->name, start / CONSORTIUM_SIZE + 1);
      consortium->lead_council_id = lead->id;
      if (!rc_store_save_consortium (national->store, consortium, error))
        return FALSE;
      g_array_append_val (national->consortia, consortium->id);
      g_ptr_array_add (national->members, members);

      for (guint i = start; i < MIN (start + CONSORTIUM_SIZE, national->councils->len); i++)
        {
          g_autoptr(RcConsortiumMember) member = rc_consortium_member_new ();
          RcCouncil *council = g_ptr_array_index (national->councils, i);

          member->consortium_id = consortium->id;
          member->council_id = council->id;
          member->role = g_strdup (i == start ? "lead" : "partner");
          member->joined_on = g_strdup ("2010-04-01");
          if (!rc_store_save_member (national->store, member, error))
            return FALSE;
          g_array_append_val (members, council->id);
        }
    }

  return TRUE;
}

static const RcStage pipeline[] = {
  RC_STAGE_ASSESSMENT, RC_STAGE_OFFERED, RC_STAGE_ENROLLED, RC_STAGE_ON_PLACEMENT,
  RC_STAGE_QUALIFIED, RC_STAGE_REGISTERED, RC_STAGE_EMPLOYED, RC_STAGE_RETAINED_12,
  RC_STAGE_RETAINED_24,
};

static gboolean
add_trainees (National  *national,
              guint      n_trainees,
              GError   **error)
{
  static const char *given[] = { "Alex", "Bailey", "Casey", "Drew", "Emery", "Frankie", "Jordan", "Morgan",
                                 "Robin", "Sasha", "Taylor", "Charlie", "Jamie", "Kit", "Riley", "Sam" };
  static const char *family[] = { "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson",
                                  "Davies", "Patel", "Khan", "Evans", "Thomas", "Roberts", "Walker" };
  guint n_consortia = national->consortia->len;
  guint cohorts_per_consortium = 2 * (RC_NATIONAL_YEARS - 1);
  guint per_cohort = MAX (1, n_trainees / (n_consortia * cohorts_per_consortium) + 1);
  guint made = 0;

  for (guint c = 0; c < n_consortia && made < n_trainees; c++)
    for (guint k = 0; k < cohorts_per_consortium && made < n_trainees; k++)
      {
        g_autoptr(RcCohort) cohort = rc_cohort_new ();
        GArray *members = g_ptr_array_index (national->members, c);
        int year = FIRST_YEAR + (int) k / 2;
        guint in_cohort = MIN (per_cohort, n_trainees - made);

        cohort->programme_id = national->programmes[k % 2];
        cohort->consortium_id = g_array_index (national->consortia, gint64, c);
        cohort->name = g_strdup_printf ("%s %d", k % 2 ? "Return to Social Work" : "Step Up", year);
        cohort->starts_on = g_strdup_printf ("%d-01-04", year);
        cohort->ends_on = g_strdup_printf ("%d-03-31", year + 1);
        cohort->places_funded = in_cohort;
        cohort->min_years_out = 2;
        cohort->max_years_out = k % 4 == 1 ? 5 : 10;
        if (!rc_store_save_cohort (national->store, cohort, error))
          return FALSE;

        for (guint t = 0; t < in_cohort; t++, made++)
          {
            g_autoptr(RcTrainee) trainee = rc_trainee_new ();
            gint64 host = g_array_index (members, gint64, t % members->len);
            guint reached = g_rand_int_range (national->rand, 0, G_N_ELEMENTS (pipeline) + 1);

            trainee->cohort_id = cohort->id;
            trainee->reference = g_strdup_printf ("N%06u", made + 1);
            trainee->given_name = g_strdup (given[g_rand_int_range (national->rand, 0, G_N_ELEMENTS (given))]);
            trainee->family_name = g_strdup (family[g_rand_int_range (national->rand, 0, G_N_ELEMENTS (family))]);
            trainee->host_council_id = host;
            trainee->applied_on = g_strdup_printf ("%d-03-01", year - 1);
            if (k % 2 == 1)
              trainee->left_practice_on = g_strdup_printf ("%d-07-31", year - 1 - g_rand_int_range (national->rand, 1, 9));
            if (!rc_store_save_trainee (national->store, trainee, error))
              return FALSE;

            for (guint s = 0; s < reached; s++)
              {
                g_autofree char *on = g_strdup_printf ("%d-%02u-15", year - 1 + (int) (s + 3) / 4,
                                                       (s + 3) % 4 * 3 + 1);
                if (!rc_store_move_trainee (national->store, trainee->id, pipeline[s], on,
                                            pipeline[s] == RC_STAGE_EMPLOYED ? host : 0,
                                            NULL, NULL, error))
                  return FALSE;
              }
          }
      }

  return TRUE;
}

static gboolean
add_bids (National  *national,
          guint      n_bids,
          GError   **error)
{
  static const char *categories[] = { "bursaries", "university_fees", "practice_educators",
                                      "salary_backfill", "coordination", "travel" };

  for (guint b = 0; b < n_bids; b++)
    {
      g_autoptr(RcBid) bid = rc_bid_new ();
      g_autoptr(GListStore) lines = g_list_store_new (RC_TYPE_BID_LINE);
      guint c = b % national->consortia->len;
      GArray *members = g_ptr_array_index (national->members, c);
      int year = FIRST_YEAR + (int) (b / national->consortia->len) % RC_NATIONAL_YEARS;

      bid->consortium_id = g_array_index (national->consortia, gint64, c);
      bid->programme_id = national->programmes[b % 2];
      bid->title = g_strdup_printf ("Bid %u for %d", b + 1, year);
      bid->funder = g_strdup (b % 3 == 0 ? "Local Government Association" : "Department for Education");
      bid->deadline_on = g_strdup_printf ("%d-10-31", year);
      bid->decision_due_on = g_strdup_printf ("%d-01-31", year + 1);
      bid->trainees_planned = g_rand_int_range (national->rand, 10, 80);
      if (!rc_store_save_bid (national->store, bid, error))
        return FALSE;

      for (guint m = 0; m < members->len; m++)
        for (guint k = 0; k < 2; k++)
          {
            g_autoptr(RcBidLine) line = rc_bid_line_new ();

            line->council_id = g_array_index (members, gint64, m);
            line->category = g_strdup (categories[(m + k) % G_N_ELEMENTS (categories)]);
            line->quantity100 = g_rand_int_range (national->rand, 1, 20) * 100;
            line->unit_cost_pence = g_rand_int_range (national->rand, 200, 2500) * 1000;
            g_list_store_append (lines, line);
          }

      if (!rc_store_replace_bid_lines (national->store, bid->id, G_LIST_MODEL (lines), error))
        return FALSE;
    }

  return TRUE;
}

gboolean
rc_national_populate (RcStore  *store,
                      guint     n_trainees,
                      guint     n_bids,
                      GError  **error)
{
  National national = { .store = store, .rand = g_rand_new_with_seed (153) };
  gboolean ok;

  g_return_val_if_fail (RC_IS_STORE (store), FALSE);

  if (!rc_store_begin (store, error))
    {
      national_clear (&national);
      return FALSE;
    }

  ok = load_councils (&national, error)
       && add_returns (&national, error)
       && add_consortia (&national, error)
       && add_trainees (&national, n_trainees, error)
       && add_bids (&national, n_bids, error)
       && rc_store_commit (store, error);
  if (!ok)
    rc_store_rollback (store);

  national_clear (&national);

  return ok;
}

static gboolean
populate_full (RcStore  *store,
               GError  **error)
{
  return rc_national_populate (store, RC_NATIONAL_TRAINEES, RC_NATIONAL_BIDS, error);
}

gboolean
rc_national_write (const char  *path,
                   GError     **error)
{
  return rc_sample_file_write (path, populate_full, error);
}
