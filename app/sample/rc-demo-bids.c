/* rc-demo-bids.c: the partnership's funding bids
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-sample"

#include "config.h"

#include "rc-demo-private.h"

typedef struct {
  int         partner;          /* index in rc_demo_partners, or -1 for the consortium */
  const char *category;
  const char *description;
  gint64      quantity100;
  gint64      unit_cost_pence;
} DemoLine;

/* Trainees per council in the expansion bid: 38 in the partnership and
 * 28 in the five councils it proposed to add, 66 in all. */
static const int expansion_places[] = { 10, 4, 5, 6, 5, 8, 7, 4, 7, 6, 4 };

/* Illustrative unit costs, not the DfE's rates. */
#define BURSARY_PENCE            1983300
#define UNIVERSITY_FEE_PENCE      900000
#define PRACTICE_EDUCATOR_PENCE   300000
#define BACKFILL_PENCE           3200000

static gboolean
add_line (GListStore  *lines,
          RcDemoContext *demo,
          const DemoLine *line)
{
  g_autoptr(RcBidLine) bid_line = rc_bid_line_new ();

  bid_line->council_id = line->partner >= 0 ? demo->partner_ids[line->partner] : 0;
  bid_line->category = g_strdup (line->category);
  bid_line->description = g_strdup (line->description);
  bid_line->quantity100 = line->quantity100;
  bid_line->unit_cost_pence = line->unit_cost_pence;
  g_list_store_append (lines, bid_line);

  return TRUE;
}

static gint64
save_bid (RcStore        *store,
          RcDemoContext  *demo,
          const char     *programme_code,
          const char     *title,
          const char     *funder,
          const char     *scheme,
          const char     *deadline_on,
          const char     *decision_due_on,
          gint64          trainees_planned,
          const char     *notes,
          GError        **error)
{
  g_autoptr(RcBid) bid = rc_bid_new ();

  bid->consortium_id = demo->consortium_id;
  bid->programme_id = rc_demo_programme_id (store, programme_code, error);
  if (bid->programme_id == 0)
    return 0;
  bid->title = g_strdup (title);
  bid->funder = g_strdup (funder);
  bid->scheme = g_strdup (scheme);
  bid->deadline_on = g_strdup (deadline_on);
  bid->decision_due_on = g_strdup (decision_due_on);
  bid->trainees_planned = trainees_planned;
  bid->notes = g_strdup (notes);

  if (!rc_store_save_bid (store, bid, error))
    return 0;

  return bid->id;
}

static gboolean
add_first_cohort_bid (RcStore        *store,
                      RcDemoContext  *demo,
                      GError        **error)
{
  g_autoptr(GListStore) lines = g_list_store_new (RC_TYPE_BID_LINE);
  static const int places[] = { 8, 4, 4, 4, 4, 4 };
  gint64 id;

  id = save_bid (store, demo, "step_up",
                 "Step Up to Social Work: south-west partnership, first cohort",
                 "Department for Education", "Step Up to Social Work",
                 "2015-03-27", "2015-06-30", 28,
                 "28 trainees placed in the six partner councils, qualifying in spring 2017.",
                 error);
  if (id == 0)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (places); i++)
    {
      add_line (lines, demo, &(DemoLine) { i, "bursaries", "Trainee bursaries", places[i] * 100, BURSARY_PENCE });
      add_line (lines, demo, &(DemoLine) { i, "practice_educators", "Practice educator payments",
                                           places[i] * 100, PRACTICE_EDUCATOR_PENCE });
    }
  add_line (lines, demo, &(DemoLine) { -1, "university_fees", "Postgraduate diploma fees", 2800, UNIVERSITY_FEE_PENCE });
  add_line (lines, demo, &(DemoLine) { -1, "coordination", "Partnership coordinator, 1 FTE for 14 months",
                                       117, 4200000 });
  add_line (lines, demo, &(DemoLine) { -1, "travel", "Trainee travel between placements", 2800, 45000 });

  return rc_store_replace_bid_lines (store, id, G_LIST_MODEL (lines), error)
         && rc_store_set_bid_status (store, id, RC_BID_STATUS_SUBMITTED, "2015-03-26", NULL, error)
         && rc_store_set_bid_status (store, id, RC_BID_STATUS_AWARDED, "2015-07-10",
                                     "Awarded in full", error)
         && rc_store_set_bid_awarded (store, id, rc_demo_bid_requested (store, id), error);
}

static gboolean
add_expansion_bid (RcStore        *store,
                   RcDemoContext  *demo,
                   GError        **error)
{
  g_autoptr(GListStore) lines = g_list_store_new (RC_TYPE_BID_LINE);
  gint64 id;

  G_STATIC_ASSERT (G_N_ELEMENTS (expansion_places) == 11);

  id = save_bid (store, demo, "step_up",
                 "Step Up to Social Work: expansion across the south west",
                 "Department for Education", "Step Up to Social Work, next cohort",
                 "2016-10-31", "2017-01-31", 66,
                 "Adds Plymouth, Torbay, Bristol, Devon and Cornwall to the partnership, "
                 "for 66 trainees across eleven councils.",
                 error);
  if (id == 0)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (expansion_places); i++)
    {
      gint64 trainees = expansion_places[i] * 100;

      add_line (lines, demo, &(DemoLine) { i, "bursaries", "Trainee bursaries", trainees, BURSARY_PENCE });
      add_line (lines, demo, &(DemoLine) { i, "university_fees", "Postgraduate diploma fees",
                                           trainees, UNIVERSITY_FEE_PENCE });
      add_line (lines, demo, &(DemoLine) { i, "practice_educators", "Practice educator payments",
                                           trainees, PRACTICE_EDUCATOR_PENCE });
      /* The new councils release a senior practitioner half-time to start. */
      if (i >= RC_DEMO_N_FOUNDING)
        add_line (lines, demo, &(DemoLine) { i, "salary_backfill", "Backfill for a practice lead, 0.5 FTE",
                                             50, BACKFILL_PENCE });
    }
  add_line (lines, demo, &(DemoLine) { -1, "coordination", "Partnership coordinator and administrator",
                                       200, 4200000 });
  add_line (lines, demo, &(DemoLine) { -1, "travel", "Travel across a wider region", 6600, 60000 });

  return rc_store_replace_bid_lines (store, id, G_LIST_MODEL (lines), error)
         && rc_store_set_bid_status (store, id, RC_BID_STATUS_SUBMITTED, "2016-10-28",
                                     "Decision due in January 2017", error);
}

static gboolean
add_return_bid (RcStore        *store,
                RcDemoContext  *demo,
                GError        **error)
{
  g_autoptr(GListStore) lines = g_list_store_new (RC_TYPE_BID_LINE);
  gint64 id;

  id = save_bid (store, demo, "return",
                 "Return to Social Work: south-west returners",
                 "Local Government Association", "Return to Social Work, with the Government Equalities Office",
                 "2017-02-17", "2017-03-31", 12,
                 "13 weeks of training for social workers who left practice two to five years ago.",
                 error);
  if (id == 0)
    return FALSE;

  add_line (lines, demo, &(DemoLine) { -1, "university_fees", "13-week updating course", 1200, 250000 });
  add_line (lines, demo, &(DemoLine) { -1, "practice_educators", "Supervised practice", 1200, 80000 });
  add_line (lines, demo, &(DemoLine) { -1, "coordination", "Recruitment and coordination", 100, 1500000 });
  add_line (lines, demo, &(DemoLine) { -1, "travel", "Returners' travel", 1200, 20000 });

  return rc_store_replace_bid_lines (store, id, G_LIST_MODEL (lines), error)
         && rc_store_set_bid_status (store, id, RC_BID_STATUS_SUBMITTED, "2017-02-15", NULL, error)
         && rc_store_set_bid_status (store, id, RC_BID_STATUS_PART_AWARDED, "2017-03-30",
                                     "Funded for 12 returners; coordination reduced", error)
         && rc_store_set_bid_awarded (store, id, rc_demo_bid_requested (store, id) - 500000, error);
}

gint64
rc_demo_bid_requested (RcStore *store,
                       gint64   bid_id)
{
  g_autoptr(RcBidTotals) totals = rc_store_get_bid_totals (store, bid_id, NULL);

  return totals != NULL ? totals->total_pence : 0;
}

gboolean
rc_demo_populate_bids (RcStore        *store,
                       RcDemoContext  *demo,
                       GError        **error)
{
  return add_first_cohort_bid (store, demo, error)
         && add_expansion_bid (store, demo, error)
         && add_return_bid (store, demo, error);
}
