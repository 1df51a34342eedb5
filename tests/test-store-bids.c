/* test-store-bids.c: funding bids, their status history, budget lines,
 * totals and duplicates
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sqlite3.h>

#include "model/rc-bid-status.h"
#include "model/rc-bid-totals.h"
#include "model/rc-model-error.h"
#include "model/rc-money.h"
#include "rc-test-util.h"
#include "store/rc-store.h"

#define SOMERSET "E06000066"
#define PLYMOUTH "E06000026"
#define TORBAY   "E06000027"
#define BRISTOL  "E06000023"
#define DEVON    "E10000008"
#define CORNWALL "E06000052"

typedef struct
{
  RcStore *store;
  char    *path;
  gint64   consortium_id;
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

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  static guint counter;
  g_autoptr(RcConsortium) consortium = rc_consortium_new ();
  g_autoptr(GError) error = NULL;

  fixture->path = g_strdup_printf ("%s/bids-%u.db", rc_test_get_tmpdir (), ++counter);
  fixture->store = rc_store_open (fixture->path, &error);
  g_assert_no_error (error);

  consortium->name = g_strdup ("South West Step Up Partnership");
  consortium->lead_council_id = council_id (fixture->store, SOMERSET);
  g_assert_true (rc_store_save_consortium (fixture->store, consortium, &error));
  g_assert_no_error (error);
  fixture->consortium_id = consortium->id;
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->store);
  g_free (fixture->path);
}

static RcBid *
make_bid (Fixture    *fixture,
          const char *title,
          const char *deadline_on)
{
  RcBid *bid = rc_bid_new ();

  bid->consortium_id = fixture->consortium_id;
  bid->title = g_strdup (title);
  bid->funder = g_strdup ("Department for Education");
  bid->scheme = g_strdup ("Step Up to Social Work, cohort 5");
  bid->deadline_on = g_strdup (deadline_on);
  bid->decision_due_on = g_strdup ("2017-01-31");
  bid->trainees_planned = 66;
  bid->notes = g_strdup ("Adds Plymouth, Torbay, Bristol, Devon and Cornwall");

  return bid;
}

static gint64
save_new_bid (Fixture    *fixture,
              const char *title,
              const char *deadline_on)
{
  g_autoptr(RcBid) bid = make_bid (fixture, title, deadline_on);
  g_autoptr(GError) error = NULL;

  g_assert_true (rc_store_save_bid (fixture->store, bid, &error));
  g_assert_no_error (error);
  g_assert_cmpint (bid->id, >, 0);

  return bid->id;
}

static RcBidLine *
make_line (gint64      council,
           const char *category,
           gint64      quantity100,
           gint64      unit_cost_pence)
{
  RcBidLine *line = rc_bid_line_new ();

  line->council_id = council;
  line->category = g_strdup (category);
  line->quantity100 = quantity100;
  line->unit_cost_pence = unit_cost_pence;

  return line;
}

static void
add_line (Fixture    *fixture,
          gint64      bid_id,
          const char *code,
          const char *category,
          gint64      quantity100,
          gint64      unit_cost_pence)
{
  g_autoptr(RcBidLine) line = make_line (code ? council_id (fixture->store, code) : 0,
                                         category, quantity100, unit_cost_pence);
  g_autoptr(GError) error = NULL;

  line->bid_id = bid_id;
  g_assert_true (rc_store_save_bid_line (fixture->store, line, &error));
  g_assert_no_error (error);
  g_assert_cmpint (line->id, >, 0);
}

static gboolean
audit_has (RcStore    *store,
           const char *entity,
           gint64      entity_id,
           const char *summary)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) entries = rc_store_list_audit (store, entity, entity_id, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(RcAuditEntry) entry = g_list_model_get_item (entries, i);

      if (g_str_equal (entry->summary, summary))
        return TRUE;
    }

  return FALSE;
}

/* Stands in for a bid entered back then: its first event, the draft that
 * rc_store_save_bid() dates today, is moved to @on by another connection. */
static void
backdate_draft (Fixture    *fixture,
                gint64      bid_id,
                const char *on)
{
  sqlite3 *db = NULL;
  char *sql;

  g_assert_cmpint (sqlite3_open (fixture->path, &db), ==, SQLITE_OK);
  sql = sqlite3_mprintf ("UPDATE bid_status_event SET occurred_on = %Q "
                         "WHERE bid_id = %lld AND status = 'draft'", on, (long long) bid_id);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_changes (db), ==, 1);
  sqlite3_free (sql);
  sqlite3_close (db);
}

static char *
today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

/* Model ----------------------------------------------------------------- */

static void
test_status_model (void)
{
  /* [from][to]: the moves the programme allows. */
  static const gboolean allowed[RC_N_BID_STATUSES][RC_N_BID_STATUSES] = {
    [RC_BID_STATUS_DRAFT] = { [RC_BID_STATUS_SUBMITTED] = TRUE, [RC_BID_STATUS_WITHDRAWN] = TRUE },
    [RC_BID_STATUS_SUBMITTED] = { [RC_BID_STATUS_AWARDED] = TRUE, [RC_BID_STATUS_PART_AWARDED] = TRUE,
                                  [RC_BID_STATUS_REJECTED] = TRUE, [RC_BID_STATUS_WITHDRAWN] = TRUE },
  };
  static const char *keys[] = { "draft", "submitted", "awarded", "part_awarded", "rejected", "withdrawn" };
  g_autoptr(GError) error = NULL;

  for (guint from = 0; from < RC_N_BID_STATUSES; from++)
    {
      RcBidStatus parsed;

      g_assert_cmpstr (rc_bid_status_to_key (from), ==, keys[from]);
      g_assert_true (rc_bid_status_from_key (keys[from], &parsed));
      g_assert_cmpint (parsed, ==, from);
      g_assert_cmpint (rc_bid_status_is_final (from), ==, from >= RC_BID_STATUS_AWARDED);

      for (guint to = 0; to < RC_N_BID_STATUSES; to++)
        {
          gboolean ok = rc_bid_status_check_move (from, to, &error);

          g_assert_cmpint (ok, ==, allowed[from][to]);
          if (ok)
            g_assert_no_error (error);
          else
            {
              g_assert_error (error, RC_MODEL_ERROR, RC_MODEL_ERROR_INVALID);
              g_assert_cmpuint (strlen (error->message), >, 10);
            }
          g_clear_error (&error);
        }
    }

  g_assert_cmpstr (rc_bid_status_get_label (RC_BID_STATUS_PART_AWARDED), ==, "Part-awarded");
  g_assert_cmpstr (rc_bid_status_get_label (RC_BID_STATUS_DRAFT), ==, "Draft");
  g_assert_false (rc_bid_status_from_key ("pending", &(RcBidStatus) { 0 }));
  g_assert_false (rc_bid_status_from_key (NULL, &(RcBidStatus) { 0 }));

  g_assert_false (rc_bid_status_check_move (RC_BID_STATUS_REJECTED, RC_BID_STATUS_SUBMITTED, &error));
  g_assert_cmpstr (error->message, ==, "A rejected bid cannot change status; duplicate it for the next round");
  g_clear_error (&error);
  g_assert_false (rc_bid_status_check_move (RC_BID_STATUS_DRAFT, RC_BID_STATUS_PART_AWARDED, &error));
  g_assert_cmpstr (error->message, ==, "A draft bid must be submitted before it can be part-awarded");
  g_clear_error (&error);
  g_assert_false (rc_bid_status_check_move (RC_BID_STATUS_SUBMITTED, RC_BID_STATUS_SUBMITTED, &error));
  g_assert_cmpstr (error->message, ==, "The bid is already “Submitted”");
  g_clear_error (&error);
  g_assert_false (rc_bid_status_check_move (RC_BID_STATUS_SUBMITTED, RC_BID_STATUS_DRAFT, &error));
  g_assert_cmpstr (error->message, ==,
                   "A submitted bid cannot go back to draft; withdraw it and duplicate it to start again");
}

/* Bids ------------------------------------------------------------------ */

static void
test_bid_round_trip (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(RcBid) bid = make_bid (fixture, "Step Up expansion", "2016-10-31");
  g_autoptr(RcBid) again = NULL;
  g_autoptr(RcBid) changed = NULL;
  g_autoptr(GListModel) events = NULL;
  g_autoptr(GListModel) bids = NULL;
  g_autoptr(RcBidStatusEvent) first = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *now = today ();

  g_assert_true (rc_store_save_bid (fixture->store, bid, &error));
  g_assert_no_error (error);

  again = rc_store_get_bid (fixture->store, bid->id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (again->title, ==, "Step Up expansion");
  g_assert_cmpstr (again->consortium_name, ==, "South West Step Up Partnership");
  g_assert_cmpstr (again->funder, ==, "Department for Education");
  g_assert_cmpstr (again->scheme, ==, "Step Up to Social Work, cohort 5");
  g_assert_cmpstr (again->deadline_on, ==, "2016-10-31");
  g_assert_cmpstr (again->decision_due_on, ==, "2017-01-31");
  g_assert_cmpint (again->trainees_planned, ==, 66);
  g_assert_cmpstr (again->notes, ==, "Adds Plymouth, Torbay, Bristol, Devon and Cornwall");
  g_assert_cmpint (again->programme_id, ==, 0);
  g_assert_cmpstr (again->status, ==, "draft");
  g_assert_null (again->submitted_on);
  g_assert_null (again->decided_on);
  g_assert_false (again->awarded_pence.present);
  g_assert_cmpint (again->requested_pence, ==, 0);
  g_assert_true (audit_has (fixture->store, "bid", bid->id, "Added bid Step Up expansion (Department for Education)"));

  /* A new bid is a draft from today, in the same transaction. */
  events = rc_store_list_bid_status_events (fixture->store, bid->id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (events), ==, 1);
  first = g_list_model_get_item (events, 0);
  g_assert_cmpstr (first->status, ==, "draft");
  g_assert_cmpstr (first->occurred_on, ==, now);

  /* Updating keeps the status. */
  again->scheme = (g_free (again->scheme), g_strdup ("Step Up to Social Work, cohort 6"));
  g_assert_true (rc_store_save_bid (fixture->store, again, &error));
  g_assert_no_error (error);
  changed = rc_store_get_bid (fixture->store, bid->id, &error);
  g_assert_cmpstr (changed->scheme, ==, "Step Up to Social Work, cohort 6");
  g_assert_cmpstr (changed->status, ==, "draft");
  g_assert_true (audit_has (fixture->store, "bid", bid->id, "Changed bid Step Up expansion (Department for Education)"));

  /* By deadline; one without a deadline last. */
  save_new_bid (fixture, "Return to Social Work 2017", NULL);
  save_new_bid (fixture, "Return to Social Work pilot", "2016-03-15");
  bids = rc_store_list_bids (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (bids), ==, 3);
  {
    g_autoptr(RcBid) b0 = g_list_model_get_item (bids, 0);
    g_autoptr(RcBid) b1 = g_list_model_get_item (bids, 1);
    g_autoptr(RcBid) b2 = g_list_model_get_item (bids, 2);

    g_assert_cmpstr (b0->title, ==, "Return to Social Work pilot");
    g_assert_cmpstr (b1->title, ==, "Step Up expansion");
    g_assert_cmpstr (b2->title, ==, "Return to Social Work 2017");
  }
}

static void
test_bid_refuses_bad_values (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(RcBid) bid = make_bid (fixture, "  ", "2016-10-31");
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) bids = NULL;

  g_assert_false (rc_store_save_bid (fixture->store, bid, &error));
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_CONSTRAINT);
  g_assert_cmpstr (error->message, ==, "A bid needs a title");
  g_assert_cmpint (bid->id, ==, 0);
  g_clear_error (&error);

  bid->title = (g_free (bid->title), g_strdup ("Step Up expansion"));
  bid->deadline_on = (g_free (bid->deadline_on), g_strdup ("31/10/2016"));
  g_assert_false (rc_store_save_bid (fixture->store, bid, &error));
  g_assert_cmpstr (error->message, ==, "The deadline must be a date like 2016-10-31");
  g_clear_error (&error);

  /* Nothing was left behind: no bid, no orphaned draft event. */
  bids = rc_store_list_bids (fixture->store, &error);
  g_assert_cmpuint (g_list_model_get_n_items (bids), ==, 0);

  g_assert_null (rc_store_get_bid (fixture->store, 9999, &error));
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_NOT_FOUND);
}

/* Status ---------------------------------------------------------------- */

static void
assert_status (Fixture    *fixture,
               gint64      bid_id,
               const char *status)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RcBid) bid = rc_store_get_bid (fixture->store, bid_id, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (bid->status, ==, status);
}

static void
assert_move_refused (Fixture     *fixture,
                     gint64       bid_id,
                     RcBidStatus  status,
                     const char  *on,
                     const char  *message)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) before = rc_store_list_bid_status_events (fixture->store, bid_id, NULL);
  g_autoptr(GListModel) after = NULL;

  g_assert_false (rc_store_set_bid_status (fixture->store, bid_id, status, on, NULL, &error));
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, message);

  after = rc_store_list_bid_status_events (fixture->store, bid_id, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (after), ==, g_list_model_get_n_items (before));
}

static void
test_status_moves (Fixture       *fixture,
                   gconstpointer  data)
{
  gint64 id = save_new_bid (fixture, "Step Up expansion", "2016-10-31");
  gint64 pilot = save_new_bid (fixture, "Return to Social Work pilot", "2016-03-15");
  gint64 spare = save_new_bid (fixture, "Practice educators", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) events = NULL;
  g_autoptr(RcBid) bid = NULL;

  backdate_draft (fixture, id, "2016-09-01");
  backdate_draft (fixture, pilot, "2016-01-04");

  assert_move_refused (fixture, id, RC_BID_STATUS_AWARDED, "2016-11-01",
                       "A draft bid must be submitted before it can be awarded");
  assert_move_refused (fixture, id, RC_BID_STATUS_REJECTED, "2016-11-01",
                       "A draft bid must be submitted before it can be rejected");
  assert_move_refused (fixture, id, RC_BID_STATUS_DRAFT, "2016-11-01", "The bid is already “Draft”");
  assert_status (fixture, id, "draft");

  g_assert_true (rc_store_set_bid_status (fixture->store, id, RC_BID_STATUS_SUBMITTED, "2016-10-31",
                                          "DfE reference SU5-SW", &error));
  g_assert_no_error (error);
  g_assert_true (audit_has (fixture->store, "bid", id, "Changed bid Step Up expansion: status submitted on 2016-10-31"));
  assert_move_refused (fixture, id, RC_BID_STATUS_DRAFT, "2016-11-01",
                       "A submitted bid cannot go back to draft; withdraw it and duplicate it to start again");

  g_assert_true (rc_store_set_bid_status (fixture->store, id, RC_BID_STATUS_PART_AWARDED, "2017-01-31", NULL, &error));
  g_assert_no_error (error);

  bid = rc_store_get_bid (fixture->store, id, &error);
  g_assert_cmpstr (bid->status, ==, "part_awarded");
  g_assert_cmpstr (bid->submitted_on, ==, "2016-10-31");
  g_assert_cmpstr (bid->decided_on, ==, "2017-01-31");

  events = rc_store_list_bid_status_events (fixture->store, id, &error);
  g_assert_cmpuint (g_list_model_get_n_items (events), ==, 3);
  {
    g_autoptr(RcBidStatusEvent) submitted = g_list_model_get_item (events, 1);
    g_autoptr(RcBidStatusEvent) decided = g_list_model_get_item (events, 2);

    g_assert_cmpstr (submitted->status, ==, "submitted");
    g_assert_cmpstr (submitted->note, ==, "DfE reference SU5-SW");
    g_assert_cmpstr (decided->status, ==, "part_awarded");
    g_assert_cmpstr (decided->occurred_on, ==, "2017-01-31");
  }

  assert_move_refused (fixture, id, RC_BID_STATUS_WITHDRAWN, "2017-02-01",
                       "A part-awarded bid cannot change status; duplicate it for the next round");
  assert_status (fixture, id, "part_awarded");

  /* Rejected and withdrawn are final too. */
  g_assert_true (rc_store_set_bid_status (fixture->store, pilot, RC_BID_STATUS_SUBMITTED, "2016-03-15", NULL, &error));
  g_assert_true (rc_store_set_bid_status (fixture->store, pilot, RC_BID_STATUS_REJECTED, "2016-05-02", NULL, &error));
  g_assert_no_error (error);
  assert_move_refused (fixture, pilot, RC_BID_STATUS_SUBMITTED, "2016-06-01",
                       "A rejected bid cannot change status; duplicate it for the next round");

  g_assert_true (rc_store_set_bid_status (fixture->store, spare, RC_BID_STATUS_WITHDRAWN, NULL, NULL, &error));
  g_assert_no_error (error);
  assert_status (fixture, spare, "withdrawn");
  assert_move_refused (fixture, spare, RC_BID_STATUS_SUBMITTED, NULL,
                       "A withdrawn bid cannot change status; duplicate it to bid again");

  g_assert_false (rc_store_set_bid_status (fixture->store, 9999, RC_BID_STATUS_SUBMITTED, "2016-10-31", NULL, &error));
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_NOT_FOUND);
}

static void
test_status_date_order (Fixture       *fixture,
                        gconstpointer  data)
{
  gint64 id = save_new_bid (fixture, "Step Up expansion", "2016-10-31");
  g_autoptr(GError) error = NULL;
  g_autoptr(RcBid) bid = NULL;

  /* (A bid entered today moves its draft back to its first real change:
   * see test_status_entered_after_the_fact.) */
  backdate_draft (fixture, id, "2016-09-01");
  g_assert_true (rc_store_set_bid_status (fixture->store, id, RC_BID_STATUS_SUBMITTED, "2016-10-31", NULL, &error));
  g_assert_no_error (error);

  assert_move_refused (fixture, id, RC_BID_STATUS_REJECTED, "2016-10-30",
                       "The bid’s status last changed on 2016-10-31, so a new change cannot be dated 2016-10-30");
  assert_move_refused (fixture, id, RC_BID_STATUS_REJECTED, "31/10/2016",
                       "A status change needs a date like 2016-10-31");
  assert_move_refused (fixture, id, RC_BID_STATUS_REJECTED, "2017-02-30",
                       "A status change needs a date like 2016-10-31");
  assert_status (fixture, id, "submitted");

  /* The same day is fine. */
  g_assert_true (rc_store_set_bid_status (fixture->store, id, RC_BID_STATUS_REJECTED, "2016-10-31", NULL, &error));
  g_assert_no_error (error);
  bid = rc_store_get_bid (fixture->store, id, &error);
  g_assert_cmpstr (bid->decided_on, ==, "2016-10-31");
}

static void
test_awarded_amount (Fixture       *fixture,
                     gconstpointer  data)
{
  gint64 id = save_new_bid (fixture, "Step Up expansion", "2016-10-31");
  g_autoptr(GError) error = NULL;
  g_autoptr(RcBid) bid = NULL;
  g_autoptr(RcBid) after_save = NULL;

  g_assert_false (rc_store_set_bid_awarded (fixture->store, id, 25000000, &error));
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "Only an awarded or part-awarded bid has an amount awarded, "
                   "and “Step Up expansion” is “Draft”");
  g_clear_error (&error);

  backdate_draft (fixture, id, "2016-09-01");
  g_assert_true (rc_store_set_bid_status (fixture->store, id, RC_BID_STATUS_SUBMITTED, "2016-10-31", NULL, &error));

  /* The decision and its amount as one action. */
  g_assert_true (rc_store_begin (fixture->store, &error));
  g_assert_true (rc_store_set_bid_status (fixture->store, id, RC_BID_STATUS_AWARDED, "2017-01-31", NULL, &error));
  g_assert_true (rc_store_set_bid_awarded (fixture->store, id, 25000000, &error));
  g_assert_true (rc_store_commit (fixture->store, &error));
  g_assert_no_error (error);
  g_assert_true (audit_has (fixture->store, "bid", id, "Changed bid Step Up expansion: awarded £250,000.00"));

  g_assert_false (rc_store_set_bid_awarded (fixture->store, id, -1, &error));
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_CONSTRAINT);
  g_assert_cmpstr (error->message, ==, "The amount awarded cannot be negative");
  g_clear_error (&error);

  bid = rc_store_get_bid (fixture->store, id, &error);
  g_assert_true (bid->awarded_pence.present);
  g_assert_cmpint (bid->awarded_pence.value, ==, 25000000);

  /* Saving the details does not touch the award. */
  bid->awarded_pence = RC_FIGURE_MISSING;
  g_assert_true (rc_store_save_bid (fixture->store, bid, &error));
  after_save = rc_store_get_bid (fixture->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (after_save->awarded_pence.value, ==, 25000000);
  g_assert_cmpstr (after_save->status, ==, "awarded");
}

/* Lines and totals ------------------------------------------------------ */

/* The proposed south-west expansion, worked by hand:
 *   Plymouth  bursaries          66    × £2,500.00  = £165,000.00
 *   Plymouth  salary backfill     0.5  × £30,000.00 =  £15,000.00
 *   Torbay    practice educators  4    × £1,500.00  =   £6,000.00
 *   Torbay    travel              1.5  × £12.33     =      £18.50 (18.495, half up)
 *   Bristol   university fees    12    × £9,250.00  = £111,000.00
 *   Devon     bursaries          10    × £2,500.00  =  £25,000.00
 *   Cornwall  salary backfill     0.25 × £31,234.57 =   £7,808.64 (7,808.6425)
 *   Somerset  coordination        0.2  × £40,000.00 =   £8,000.00
 *   (whole)   coordination        1    × £45,000.00 =  £45,000.00
 *                                            total  = £382,827.14 */
static gint64
add_expansion_lines (Fixture *fixture)
{
  gint64 id = save_new_bid (fixture, "Step Up expansion", "2016-10-31");

  /* Deliberately out of order. */
  add_line (fixture, id, TORBAY, "travel", 150, 1233);
  add_line (fixture, id, NULL, "coordination", 100, 4500000);
  add_line (fixture, id, PLYMOUTH, "salary_backfill", 50, 3000000);
  add_line (fixture, id, CORNWALL, "salary_backfill", 25, 3123457);
  add_line (fixture, id, BRISTOL, "university_fees", 1200, 925000);
  add_line (fixture, id, SOMERSET, "coordination", 20, 4000000);
  add_line (fixture, id, PLYMOUTH, "bursaries", 6600, 250000);
  add_line (fixture, id, TORBAY, "practice_educators", 400, 150000);
  add_line (fixture, id, DEVON, "bursaries", 1000, 250000);

  return id;
}

static void
test_lines_and_totals (Fixture       *fixture,
                       gconstpointer  data)
{
  gint64 id = add_expansion_lines (fixture);
  static const struct {
    const char *council;
    const char *category;
  } order[] = {
    { "Bristol, City of", "university_fees" },
    { "Cornwall", "salary_backfill" },
    { "Devon", "bursaries" },
    { "Plymouth", "bursaries" },
    { "Plymouth", "salary_backfill" },
    { "Somerset", "coordination" },
    { "Torbay", "practice_educators" },
    { "Torbay", "travel" },
    { NULL, "coordination" },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) lines = NULL;
  g_autoptr(RcBidTotals) totals = NULL;
  g_autoptr(RcBidTotals) expected = NULL;
  g_autofree RcBidLineValue *values = NULL;
  g_autofree char *total_text = NULL;
  g_autoptr(RcBid) bid = NULL;
  g_autoptr(GListModel) bids = NULL;
  g_autoptr(RcBid) listed = NULL;
  guint n;

  lines = rc_store_list_bid_lines (fixture->store, id, &error);
  g_assert_no_error (error);
  n = g_list_model_get_n_items (lines);
  g_assert_cmpuint (n, ==, G_N_ELEMENTS (order));
  values = g_new0 (RcBidLineValue, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RcBidLine) line = g_list_model_get_item (lines, i);
      RcCostCategory category;

      g_assert_cmpstr (line->council_name, ==, order[i].council);
      g_assert_cmpstr (line->category, ==, order[i].category);
      g_assert_cmpint (line->bid_id, ==, id);

      g_assert_true (rc_cost_category_from_key (line->category, &category));
      values[i] = (RcBidLineValue) { line->council_id, category, line->quantity100, line->unit_cost_pence };
    }

  totals = rc_store_get_bid_totals (fixture->store, id, &error);
  g_assert_no_error (error);
  expected = rc_bid_totals_compute (values, n, &error);
  g_assert_no_error (error);

  /* By hand. */
  total_text = rc_money_format (totals->total_pence);
  g_assert_cmpstr (total_text, ==, "£382,827.14");
  g_assert_cmpint (totals->total_pence, ==, 38282714);
  g_assert_cmpint (totals->category_pence[RC_COST_BURSARIES], ==, 19000000);
  g_assert_cmpint (totals->category_pence[RC_COST_SALARY_BACKFILL], ==, 2280864);
  g_assert_cmpint (totals->category_pence[RC_COST_PRACTICE_EDUCATORS], ==, 600000);
  g_assert_cmpint (totals->category_pence[RC_COST_UNIVERSITY_FEES], ==, 11100000);
  g_assert_cmpint (totals->category_pence[RC_COST_COORDINATION], ==, 5300000);
  g_assert_cmpint (totals->category_pence[RC_COST_TRAVEL], ==, 1850);
  g_assert_cmpint (totals->category_pence[RC_COST_OTHER], ==, 0);
  g_assert_cmpint (rc_bid_totals_get_council (totals, council_id (fixture->store, PLYMOUTH)), ==, 18000000);
  g_assert_cmpint (rc_bid_totals_get_council (totals, council_id (fixture->store, TORBAY)), ==, 601850);
  g_assert_cmpint (rc_bid_totals_get_council (totals, council_id (fixture->store, BRISTOL)), ==, 11100000);
  g_assert_cmpint (rc_bid_totals_get_council (totals, council_id (fixture->store, DEVON)), ==, 2500000);
  g_assert_cmpint (rc_bid_totals_get_council (totals, council_id (fixture->store, CORNWALL)), ==, 780864);
  g_assert_cmpint (rc_bid_totals_get_council (totals, council_id (fixture->store, SOMERSET)), ==, 800000);
  g_assert_cmpint (rc_bid_totals_get_council (totals, 0), ==, 4500000);
  g_assert_cmpuint (totals->councils->len, ==, 7);

  /* As the model computes them. */
  g_assert_cmpint (totals->total_pence, ==, expected->total_pence);
  g_assert_cmpmem (totals->category_pence, sizeof totals->category_pence,
                   expected->category_pence, sizeof expected->category_pence);
  g_assert_cmpmem (totals->councils->data, totals->councils->len * sizeof (RcBidCouncilTotal),
                   expected->councils->data, expected->councils->len * sizeof (RcBidCouncilTotal));

  /* The amount requested, summed in SQL, is the same. */
  bid = rc_store_get_bid (fixture->store, id, &error);
  g_assert_cmpint (bid->requested_pence, ==, 38282714);
  bids = rc_store_list_bids (fixture->store, &error);
  listed = g_list_model_get_item (bids, 0);
  g_assert_cmpint (listed->requested_pence, ==, 38282714);

  g_assert_true (audit_has (fixture->store, "bid_line", 0,
                            "Added budget line bursaries for Plymouth: 66 × £2,500.00, in bid Step Up expansion"));
  g_assert_true (audit_has (fixture->store, "bid_line", 0,
                            "Added budget line coordination for the whole consortium: 1 × £45,000.00, "
                            "in bid Step Up expansion"));

  /* An empty bid totals nothing; a missing one is an error. */
  {
    gint64 empty = save_new_bid (fixture, "Empty", NULL);
    g_autoptr(RcBidTotals) none = rc_store_get_bid_totals (fixture->store, empty, &error);

    g_assert_no_error (error);
    g_assert_cmpint (none->total_pence, ==, 0);
    g_assert_cmpuint (none->councils->len, ==, 0);
    g_assert_null (rc_store_get_bid_totals (fixture->store, 9999, &error));
    g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_NOT_FOUND);
  }
}

static void
test_line_update_and_delete (Fixture       *fixture,
                             gconstpointer  data)
{
  gint64 id = add_expansion_lines (fixture);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) lines = rc_store_list_bid_lines (fixture->store, id, &error);
  g_autoptr(RcBidLine) devon = g_list_model_get_item (lines, 2);
  g_autoptr(RcBidLine) bristol = g_list_model_get_item (lines, 0);
  g_autoptr(RcBid) bid = NULL;
  g_autoptr(GListModel) after = NULL;

  g_assert_cmpstr (devon->council_name, ==, "Devon");
  /* Devon takes 12 bursaries rather than 10: +£5,000.00. */
  devon->quantity100 = 1200;
  g_assert_true (rc_store_save_bid_line (fixture->store, devon, &error));
  g_assert_no_error (error);
  /* Bristol drops out: −£111,000.00. */
  g_assert_true (rc_store_delete_bid_line (fixture->store, bristol->id, &error));
  g_assert_no_error (error);
  g_assert_true (audit_has (fixture->store, "bid_line", bristol->id,
                            "Deleted budget line university_fees for Bristol, City of: 12 × £9,250.00, "
                            "in bid Step Up expansion"));

  bid = rc_store_get_bid (fixture->store, id, &error);
  g_assert_cmpint (bid->requested_pence, ==, 38282714 + 500000 - 11100000);
  after = rc_store_list_bid_lines (fixture->store, id, &error);
  g_assert_cmpuint (g_list_model_get_n_items (after), ==, 8);

  g_assert_false (rc_store_delete_bid_line (fixture->store, bristol->id, &error));
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_NOT_FOUND);
}

static void
test_line_constraints (Fixture       *fixture,
                       gconstpointer  data)
{
  gint64 id = save_new_bid (fixture, "Step Up expansion", "2016-10-31");
  static const struct {
    const char *category;
    gint64      quantity100;
    gint64      unit_cost_pence;
    const char *message;
  } bad[] = {
    { "bursaries", -100, 250000, "A quantity must be between 0 and 1,000,000" },
    { "bursaries", 6600, -1, "A unit cost must be between £0 and £10,000,000" },
    { "catering", 100, 5000, "Unknown cost category" },
    { "bursaries", 100000001, 1, "A quantity must be between 0 and 1,000,000" },
  };
  g_autoptr(GListModel) lines = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(RcBidLine) line = make_line (council_id (fixture->store, PLYMOUTH), bad[i].category,
                                             bad[i].quantity100, bad[i].unit_cost_pence);
      g_autoptr(GError) error = NULL;

      line->bid_id = id;
      g_assert_false (rc_store_save_bid_line (fixture->store, line, &error));
      g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_INVALID);
      g_assert_cmpstr (error->message, ==, bad[i].message);
      g_assert_cmpint (line->id, ==, 0);
    }

  /* A line for a bid that does not exist. */
  {
    g_autoptr(RcBidLine) line = make_line (0, "travel", 100, 100);
    g_autoptr(GError) error = NULL;

    line->bid_id = 9999;
    g_assert_false (rc_store_save_bid_line (fixture->store, line, &error));
    g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_NOT_FOUND);
  }

  lines = rc_store_list_bid_lines (fixture->store, id, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (lines), ==, 0);
}

static void
test_replace_lines_all_or_nothing (Fixture       *fixture,
                                   gconstpointer  data)
{
  gint64 id = save_new_bid (fixture, "Step Up expansion", "2016-10-31");
  g_autoptr(GListStore) replacement = g_list_store_new (RC_TYPE_BID_LINE);
  g_autoptr(RcBidLine) good = make_line (council_id (fixture->store, DEVON), "bursaries", 1000, 250000);
  g_autoptr(RcBidLine) bad = make_line (council_id (fixture->store, TORBAY), "catering", 100, 5000);
  g_autoptr(RcBidLine) last = make_line (0, "coordination", 100, 4500000);
  g_autoptr(GListModel) before = NULL;
  g_autoptr(GListModel) after = NULL;
  g_autoptr(GListModel) replaced = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RcBid) bid = NULL;

  add_line (fixture, id, PLYMOUTH, "bursaries", 6600, 250000);
  add_line (fixture, id, PLYMOUTH, "salary_backfill", 50, 3000000);
  before = rc_store_list_bid_lines (fixture->store, id, &error);

  g_list_store_append (replacement, good);
  g_list_store_append (replacement, bad);
  g_list_store_append (replacement, last);

  g_assert_false (rc_store_replace_bid_lines (fixture->store, id, G_LIST_MODEL (replacement), &error));
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "Budget line 2: Unknown cost category. The bid’s budget was left as it was.");
  g_clear_error (&error);
  g_assert_cmpint (good->id, ==, 0);

  /* The old lines, untouched. */
  after = rc_store_list_bid_lines (fixture->store, id, &error);
  g_assert_cmpuint (g_list_model_get_n_items (after), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(RcBidLine) a = g_list_model_get_item (before, i);
      g_autoptr(RcBidLine) b = g_list_model_get_item (after, i);

      g_assert_cmpint (a->id, ==, b->id);
      g_assert_cmpstr (a->category, ==, b->category);
      g_assert_cmpint (a->quantity100, ==, b->quantity100);
      g_assert_cmpint (a->unit_cost_pence, ==, b->unit_cost_pence);
    }
  bid = rc_store_get_bid (fixture->store, id, &error);
  g_assert_cmpint (bid->requested_pence, ==, 16500000 + 1500000);

  /* Fixed, it replaces them all. */
  bad->category = (g_free (bad->category), g_strdup ("travel"));
  g_assert_true (rc_store_replace_bid_lines (fixture->store, id, G_LIST_MODEL (replacement), &error));
  g_assert_no_error (error);
  g_assert_cmpint (good->id, >, 0);
  g_assert_cmpint (bad->bid_id, ==, id);
  g_assert_true (audit_has (fixture->store, "bid", id, "Changed bid Step Up expansion: replaced its budget with 3 lines"));

  replaced = rc_store_list_bid_lines (fixture->store, id, &error);
  g_assert_cmpuint (g_list_model_get_n_items (replaced), ==, 3);
  g_clear_object (&bid);
  bid = rc_store_get_bid (fixture->store, id, &error);
  g_assert_cmpint (bid->requested_pence, ==, 2500000 + 5000 + 4500000);

  /* Emptying a budget is a replacement too. */
  g_list_store_remove_all (replacement);
  g_assert_true (rc_store_replace_bid_lines (fixture->store, id, G_LIST_MODEL (replacement), &error));
  g_clear_object (&replaced);
  replaced = rc_store_list_bid_lines (fixture->store, id, &error);
  g_assert_cmpuint (g_list_model_get_n_items (replaced), ==, 0);

  g_assert_false (rc_store_replace_bid_lines (fixture->store, 9999, G_LIST_MODEL (replacement), &error));
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_NOT_FOUND);
}

/* The SQL sum and the model round each line the same way, across the
 * whole range the schema allows. */
static void
test_rounding_matches_model (Fixture       *fixture,
                             gconstpointer  data)
{
  gint64 id = save_new_bid (fixture, "Rounding", NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (2016);
  g_autoptr(GListStore) lines = g_list_store_new (RC_TYPE_BID_LINE);
  g_autoptr(GError) error = NULL;
  g_autoptr(RcBidTotals) totals = NULL;
  g_autoptr(RcBid) bid = NULL;
  RcBidLineValue values[200];
  gint64 by_hand = 0;

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      gint64 q = i < 4 ? (gint64[]) { 0, 1, 100000000, 50 }[i] : g_rand_int_range (rand, 0, 100000);
      gint64 u = i < 4 ? (gint64[]) { 1000000000, 50, 1000000000, 1 }[i] : g_rand_int_range (rand, 0, 10000000);
      g_autoptr(RcBidLine) line = make_line (0, "other", q, u);
      gint64 pence;

      g_list_store_append (lines, line);
      values[i] = (RcBidLineValue) { 0, RC_COST_OTHER, q, u };
      g_assert_true (rc_bid_line_total (q, u, &pence, NULL));
      by_hand += pence;
    }
  g_assert_true (rc_store_replace_bid_lines (fixture->store, id, G_LIST_MODEL (lines), &error));
  g_assert_no_error (error);

  totals = rc_store_get_bid_totals (fixture->store, id, &error);
  g_assert_no_error (error);
  bid = rc_store_get_bid (fixture->store, id, &error);
  g_assert_cmpint (totals->total_pence, ==, by_hand);
  g_assert_cmpint (bid->requested_pence, ==, by_hand);
}

/* Duplicating and deleting ---------------------------------------------- */

static void
test_duplicate (Fixture       *fixture,
                gconstpointer  data)
{
  gint64 id = add_expansion_lines (fixture);
  g_autoptr(GError) error = NULL;
  g_autoptr(RcBid) original = NULL;
  g_autoptr(RcBid) copy = NULL;
  g_autoptr(RcBid) unnamed = NULL;
  g_autoptr(GListModel) events = NULL;
  g_autoptr(GListModel) old_lines = NULL;
  g_autoptr(GListModel) new_lines = NULL;
  g_autoptr(RcBidTotals) totals = NULL;
  gint64 copy_id, unnamed_id;

  backdate_draft (fixture, id, "2016-09-01");
  g_assert_true (rc_store_set_bid_status (fixture->store, id, RC_BID_STATUS_SUBMITTED, "2016-10-31", NULL, &error));
  g_assert_true (rc_store_set_bid_status (fixture->store, id, RC_BID_STATUS_PART_AWARDED, "2017-01-31", NULL, &error));
  g_assert_true (rc_store_set_bid_awarded (fixture->store, id, 30000000, &error));
  g_assert_no_error (error);

  copy_id = rc_store_duplicate_bid (fixture->store, id, "Step Up expansion, next round", &error);
  g_assert_no_error (error);
  g_assert_cmpint (copy_id, >, id);
  g_assert_true (audit_has (fixture->store, "bid", copy_id,
                            "Added bid Step Up expansion, next round as a copy of bid Step Up expansion"));

  copy = rc_store_get_bid (fixture->store, copy_id, &error);
  original = rc_store_get_bid (fixture->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (copy->title, ==, "Step Up expansion, next round");
  g_assert_cmpint (copy->consortium_id, ==, original->consortium_id);
  g_assert_cmpstr (copy->funder, ==, original->funder);
  g_assert_cmpstr (copy->scheme, ==, original->scheme);
  g_assert_cmpstr (copy->deadline_on, ==, original->deadline_on);
  g_assert_cmpint (copy->trainees_planned, ==, 66);
  g_assert_cmpstr (copy->notes, ==, original->notes);
  /* A new draft: no history, no award. */
  g_assert_cmpstr (copy->status, ==, "draft");
  g_assert_null (copy->submitted_on);
  g_assert_null (copy->decided_on);
  g_assert_false (copy->awarded_pence.present);
  events = rc_store_list_bid_status_events (fixture->store, copy_id, &error);
  g_assert_cmpuint (g_list_model_get_n_items (events), ==, 1);

  /* The same budget, in new lines. */
  g_assert_cmpint (copy->requested_pence, ==, 38282714);
  totals = rc_store_get_bid_totals (fixture->store, copy_id, &error);
  g_assert_cmpint (totals->total_pence, ==, 38282714);
  old_lines = rc_store_list_bid_lines (fixture->store, id, &error);
  new_lines = rc_store_list_bid_lines (fixture->store, copy_id, &error);
  g_assert_cmpuint (g_list_model_get_n_items (new_lines), ==, g_list_model_get_n_items (old_lines));
  for (guint i = 0; i < g_list_model_get_n_items (old_lines); i++)
    {
      g_autoptr(RcBidLine) a = g_list_model_get_item (old_lines, i);
      g_autoptr(RcBidLine) b = g_list_model_get_item (new_lines, i);

      g_assert_cmpint (b->bid_id, ==, copy_id);
      g_assert_cmpint (a->id, !=, b->id);
      g_assert_cmpint (a->council_id, ==, b->council_id);
      g_assert_cmpstr (a->category, ==, b->category);
      g_assert_cmpint (a->quantity100, ==, b->quantity100);
      g_assert_cmpint (a->unit_cost_pence, ==, b->unit_cost_pence);
    }

  /* The original is as it was. */
  g_assert_cmpstr (original->status, ==, "part_awarded");
  g_assert_cmpint (original->awarded_pence.value, ==, 30000000);

  unnamed_id = rc_store_duplicate_bid (fixture->store, id, NULL, &error);
  g_assert_no_error (error);
  unnamed = rc_store_get_bid (fixture->store, unnamed_id, &error);
  g_assert_cmpstr (unnamed->title, ==, "Step Up expansion (copy)");

  g_assert_cmpint (rc_store_duplicate_bid (fixture->store, id, " ", &error), ==, 0);
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_CONSTRAINT);
  g_assert_cmpstr (error->message, ==, "A bid needs a title");
  g_clear_error (&error);

  g_assert_cmpint (rc_store_duplicate_bid (fixture->store, 9999, "Nothing", &error), ==, 0);
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Neither refusal left a bid behind. */
  {
    g_autoptr(GListModel) bids = rc_store_list_bids (fixture->store, &error);
    g_assert_cmpuint (g_list_model_get_n_items (bids), ==, 3);
  }
}

static void
test_delete_bid (Fixture       *fixture,
                 gconstpointer  data)
{
  gint64 id = add_expansion_lines (fixture);
  gint64 other = save_new_bid (fixture, "Return to Social Work 2017", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) lines = NULL;
  g_autoptr(GListModel) events = NULL;
  g_autoptr(GListModel) bids = NULL;

  add_line (fixture, other, SOMERSET, "coordination", 100, 100000);

  g_assert_true (rc_store_delete_bid (fixture->store, id, &error));
  g_assert_no_error (error);
  g_assert_true (audit_has (fixture->store, "bid", id,
                            "Deleted bid Step Up expansion with its budget and status history"));

  g_assert_null (rc_store_get_bid (fixture->store, id, &error));
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  lines = rc_store_list_bid_lines (fixture->store, id, &error);
  g_assert_cmpuint (g_list_model_get_n_items (lines), ==, 0);
  events = rc_store_list_bid_status_events (fixture->store, id, &error);
  g_assert_cmpuint (g_list_model_get_n_items (events), ==, 0);

  bids = rc_store_list_bids (fixture->store, &error);
  g_assert_cmpuint (g_list_model_get_n_items (bids), ==, 1);
  {
    g_autoptr(RcBid) left = g_list_model_get_item (bids, 0);
    g_assert_cmpint (left->requested_pence, ==, 100000);
  }

  g_assert_false (rc_store_delete_bid (fixture->store, id, &error));
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_NOT_FOUND);
}

static void
count_changed (RcStore      *store,
               RcEntityKind  kind,
               guint        *count)
{
  (*count)++;
}

/* A failed action says nothing changed; a successful one says so once. */
static void
test_changed_signal (Fixture       *fixture,
                     gconstpointer  data)
{
  gint64 id = save_new_bid (fixture, "Step Up expansion", "2016-10-31");
  g_autoptr(GError) error = NULL;
  guint bids = 0, events = 0;

  g_signal_connect (fixture->store, "changed::bid", G_CALLBACK (count_changed), &bids);
  g_signal_connect (fixture->store, "changed::bid_status_event", G_CALLBACK (count_changed), &events);

  g_assert_false (rc_store_set_bid_status (fixture->store, id, RC_BID_STATUS_AWARDED, NULL, NULL, &error));
  g_clear_error (&error);
  g_assert_cmpuint (bids + events, ==, 0);

  g_assert_true (rc_store_set_bid_status (fixture->store, id, RC_BID_STATUS_SUBMITTED, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (bids, ==, 1);
  g_assert_cmpuint (events, ==, 1);

  add_line (fixture, id, PLYMOUTH, "bursaries", 100, 250000);
  g_assert_cmpuint (bids, ==, 2);

  g_signal_handlers_disconnect_by_data (fixture->store, &bids);
  g_signal_handlers_disconnect_by_data (fixture->store, &events);
}

/* A bid typed in years later: its first real move dates the history. */
static void
test_status_entered_after_the_fact (Fixture       *fixture,
                                    gconstpointer  data)
{
  gint64 id = save_new_bid (fixture, "Step Up expansion", "2016-10-31");
  g_autoptr(GListModel) events = NULL;
  g_autoptr(RcBidStatusEvent) draft = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (rc_store_set_bid_status (fixture->store, id, RC_BID_STATUS_SUBMITTED, "2016-10-31", NULL, &error));
  g_assert_no_error (error);

  events = rc_store_list_bid_status_events (fixture->store, id, &error);
  g_assert_cmpuint (g_list_model_get_n_items (events), ==, 2);
  draft = g_list_model_get_item (events, 0);
  g_assert_cmpstr (draft->status, ==, "draft");
  g_assert_cmpstr (draft->occurred_on, ==, "2016-10-31");

  /* Once there is a real history, it is kept in order. */
  g_assert_false (rc_store_set_bid_status (fixture->store, id, RC_BID_STATUS_AWARDED, "2016-10-01", NULL, &error));
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_INVALID);
}

int
main (int   argc,
      char *argv[])
{
  rc_test_init_environment (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/store/bids/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  g_test_add_func ("/store/bids/status-model", test_status_model);
  ADD ("round-trip", test_bid_round_trip);
  ADD ("refuses-bad-values", test_bid_refuses_bad_values);
  ADD ("status-moves", test_status_moves);
  ADD ("status-date-order", test_status_date_order);
  ADD ("status-entered-after-the-fact", test_status_entered_after_the_fact);
  ADD ("awarded-amount", test_awarded_amount);
  ADD ("lines-and-totals", test_lines_and_totals);
  ADD ("line-update-and-delete", test_line_update_and_delete);
  ADD ("line-constraints", test_line_constraints);
  ADD ("replace-lines-all-or-nothing", test_replace_lines_all_or_nothing);
  ADD ("rounding-matches-model", test_rounding_matches_model);
  ADD ("duplicate", test_duplicate);
  ADD ("delete", test_delete_bid);
  ADD ("changed-signal", test_changed_signal);

#undef ADD

  return g_test_run ();
}
