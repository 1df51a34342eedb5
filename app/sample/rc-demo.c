/* rc-demo.c: councils, the consortium and its workforce figures
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-sample"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "rc-demo.h"
#include "rc-demo-private.h"
#include "rc-sample-file.h"

/* The partnership as it stood for the first cohort, and the councils the
 * expansion bid proposed to add. FTE in post is an invented size. */
const RcDemoPartner rc_demo_partners[] = {
  { "E10000027", "lead",     "2015-01-01", 30000 }, /* Somerset County Council */
  { "E06000022", "partner",  "2015-01-01",  9000 }, /* Bath and North East Somerset */
  { "E06000024", "partner",  "2015-01-01", 11000 }, /* North Somerset */
  { "E06000025", "partner",  "2015-01-01", 15000 }, /* South Gloucestershire */
  { "E06000030", "partner",  "2015-01-01", 13000 }, /* Swindon */
  { "E10000013", "partner",  "2015-01-01", 33000 }, /* Gloucestershire */
  { "E06000026", "proposed", "2016-10-31", 17000 }, /* Plymouth */
  { "E06000027", "proposed", "2016-10-31",  8000 }, /* Torbay */
  { "E06000023", "proposed", "2016-10-31", 28000 }, /* Bristol, City of */
  { "E10000008", "proposed", "2016-10-31", 33000 }, /* Devon */
  { "E06000052", "proposed", "2016-10-31", 28000 }, /* Cornwall */
};
const guint rc_demo_n_partners = G_N_ELEMENTS (rc_demo_partners);

gint64
rc_demo_council_id (RcStore     *store,
                    const char  *code,
                    GError     **error)
{
  g_autoptr(RcCouncil) council = rc_store_find_council_by_code (store, code, error);

  if (council == NULL)
    {
      if (error != NULL && *error == NULL)
        g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_NOT_FOUND,
                     "The reference data has no council %s", code);
      return 0;
    }

  return council->id;
}

static gboolean
add_member (RcStore     *store,
            gint64       consortium_id,
            gint64       council_id,
            const char  *role,
            const char  *joined_on,
            const char  *left_on,
            GError     **error)
{
  g_autoptr(RcConsortiumMember) member = rc_consortium_member_new ();

  member->consortium_id = consortium_id;
  member->council_id = council_id;
  member->role = g_strdup (role);
  member->joined_on = g_strdup (joined_on);
  member->left_on = g_strdup (left_on);

  return rc_store_save_member (store, member, error);
}

static gboolean
add_consortium (RcStore       *store,
                RcDemoContext *demo,
                GError       **error)
{
  g_autoptr(RcConsortium) consortium = rc_consortium_new ();
  gint64 new_somerset = rc_demo_council_id (store, "E06000066", error);

  if (new_somerset == 0)
    return FALSE;

  consortium->name = g_strdup ("South West Step Up to Social Work Partnership");
  consortium->lead_council_id = new_somerset;
  consortium->notes = g_strdup ("Led by Somerset since the first Step Up cohorts. Somerset County Council "
                                "became the unitary Somerset Council on 1 April 2023; the membership "
                                "passed to the new council on that day.");
  if (!rc_store_save_consortium (store, consortium, error))
    return FALSE;
  demo->consortium_id = consortium->id;

  for (guint i = 0; i < rc_demo_n_partners; i++)
    {
      const RcDemoPartner *partner = &rc_demo_partners[i];
      gint64 council_id = rc_demo_council_id (store, partner->code, error);
      const char *left_on = NULL;

      if (council_id == 0)
        return FALSE;
      demo->partner_ids[i] = council_id;

      /* Somerset County Council's membership ends with the council. */
      if (g_str_equal (partner->code, "E10000027"))
        left_on = "2023-03-31";
      if (!add_member (store, demo->consortium_id, council_id, partner->role, partner->joined_on, left_on, error))
        return FALSE;
    }

  return add_member (store, demo->consortium_id, new_somerset, "lead", "2023-04-01", NULL, error);
}

/* A gentle, repeatable wobble: the same figures every time. */
static double
wobble (GRand *rand,
        double spread)
{
  return (g_rand_double (rand) * 2.0 - 1.0) * spread;
}

static RcWorkforceReturn *
invent_return (GRand  *rand,
               gint64  in_post_fte100,
               double  vacancy_rate,
               int     year)
{
  RcWorkforceReturn *ret = rc_workforce_return_new ();
  double in_post = in_post_fte100;
  double vacancies = in_post * vacancy_rate / (1.0 - vacancy_rate);
  double agency = vacancies * (0.55 + wobble (rand, 0.2));
  double leavers = in_post * (0.14 + wobble (rand, 0.04));
  double starters = leavers * (1.0 + wobble (rand, 0.15));
  double case_holders = in_post * (0.62 + wobble (rand, 0.05));

  ret->year = year;
  ret->source = g_strdup ("demo");
  ret->in_post_fte100 = rc_figure (in_post_fte100);
  ret->vacancies_fte100 = rc_figure ((gint64) round (vacancies / 10.0) * 10);
  ret->agency_fte100 = rc_figure ((gint64) round (agency / 10.0) * 10);
  ret->leavers_fte100 = rc_figure ((gint64) round (leavers / 10.0) * 10);
  ret->starters_fte100 = rc_figure ((gint64) round (starters / 10.0) * 10);
  ret->case_holders_fte100 = rc_figure ((gint64) round (case_holders / 10.0) * 10);
  ret->cases = rc_figure ((gint64) round (case_holders / 100.0 * (16.0 + wobble (rand, 3.0))));
  ret->sickness_days100 = rc_figure ((gint64) round (in_post / 100.0 * (9.0 + wobble (rand, 3.0))) * 100);

  return ret;
}

static gboolean
add_workforce_returns (RcStore       *store,
                       RcDemoContext *demo,
                       GError       **error)
{
  g_autoptr(GPtrArray) returns = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GRand) rand = g_rand_new_with_seed (2016);
  g_autoptr(GListModel) regions = NULL;
  gint64 new_somerset = rc_demo_council_id (store, "E06000066", error);
  gint64 south_west = 0;

  if (new_somerset == 0)
    return FALSE;

  for (guint i = 0; i < rc_demo_n_partners; i++)
    {
      double rate = 0.15 + wobble (rand, 0.05);

      for (int year = RC_DEMO_FIRST_YEAR; year <= RC_DEMO_LAST_YEAR; year++)
        {
          gint64 in_post = rc_demo_partners[i].in_post_fte100 + (gint64) round (wobble (rand, 800));
          gint64 council_id = demo->partner_ids[i];
          RcWorkforceReturn *ret;

          /* Somerset's figures follow the code of their time. */
          if (g_str_equal (rc_demo_partners[i].code, "E10000027") && year >= 2023)
            council_id = new_somerset;

          rate = CLAMP (rate + wobble (rand, 0.025), 0.06, 0.30);
          ret = invent_return (rand, in_post, rate, year);
          ret->scope = RC_WORKFORCE_SCOPE_COUNCIL;
          ret->council_id = council_id;

          /* Somerset's published 2025 row: 49 vacancies, 279.3 FTE in post. */
          if (council_id == new_somerset && year == 2025)
            {
              ret->in_post_fte100 = rc_figure (27930);
              ret->vacancies_fte100 = rc_figure (4900);
            }
          /* Some years a council did not report a figure: missing, not 0. */
          if (i == 4 && year == 2019)
            {
              ret->case_holders_fte100 = RC_FIGURE_MISSING;
              ret->cases = RC_FIGURE_MISSING;
            }

          g_ptr_array_add (returns, ret);
        }
    }

  regions = rc_store_list_regions (store, error);
  if (regions == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (regions); i++)
    {
      g_autoptr(RcRegion) region = g_list_model_get_item (regions, i);
      if (g_str_equal (region->gss_code, "E12000009"))
        south_west = region->id;
    }

  for (int year = RC_DEMO_FIRST_YEAR; year <= RC_DEMO_LAST_YEAR; year++)
    {
      RcWorkforceReturn *england = invent_return (rand, 3100000 + (year - RC_DEMO_FIRST_YEAR) * 40000,
                                                  0.165 + wobble (rand, 0.01), year);
      RcWorkforceReturn *region = invent_return (rand, 320000 + (year - RC_DEMO_FIRST_YEAR) * 3000,
                                                 0.17 + wobble (rand, 0.015), year);

      england->scope = RC_WORKFORCE_SCOPE_NATIONAL;
      region->scope = RC_WORKFORCE_SCOPE_REGION;
      region->region_id = south_west;
      g_ptr_array_add (returns, england);
      g_ptr_array_add (returns, region);
    }

  return rc_store_put_workforce_returns (store, returns, "Demo workforce returns", error);
}

gboolean
rc_demo_populate (RcStore  *store,
                  GError  **error)
{
  RcDemoContext demo = { 0 };

  g_return_val_if_fail (RC_IS_STORE (store), FALSE);

  if (!rc_store_begin (store, error))
    return FALSE;

  if (!add_consortium (store, &demo, error)
      || !add_workforce_returns (store, &demo, error)
      || !rc_demo_populate_cohorts (store, &demo, error)
      || !rc_demo_populate_returners (store, &demo, error)
      || !rc_demo_populate_bids (store, &demo, error)
      || !rc_store_commit (store, error))
    {
      rc_store_rollback (store);
      return FALSE;
    }

  return TRUE;
}

gboolean
rc_demo_write (const char  *path,
               GError     **error)
{
  return rc_sample_file_write (path, rc_demo_populate, error);
}
