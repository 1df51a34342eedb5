/* rc-demo-private.h: what the demo's files share
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rc-demo.h"

G_BEGIN_DECLS

#define RC_DEMO_FIRST_YEAR 2017
#define RC_DEMO_LAST_YEAR  2025

typedef struct {
  const char *code;             /* ONS GSS code */
  const char *role;             /* consortium role */
  const char *joined_on;
  gint64      in_post_fte100;   /* invented size */
} RcDemoPartner;

/* The first six are the partnership; the rest were proposed by the bid. */
extern const RcDemoPartner rc_demo_partners[];
extern const guint rc_demo_n_partners;
#define RC_DEMO_N_FOUNDING 6

typedef struct {
  gint64 consortium_id;
  gint64 partner_ids[16];       /* in the order of rc_demo_partners */
} RcDemoContext;

gint64   rc_demo_council_id        (RcStore        *store,
                                    const char     *code,
                                    GError        **error);
gint64   rc_demo_programme_id      (RcStore        *store,
                                    const char     *code,
                                    GError        **error);
gint64   rc_demo_bid_requested     (RcStore        *store,
                                    gint64          bid_id);
gboolean rc_demo_populate_cohorts  (RcStore        *store,
                                    RcDemoContext  *demo,
                                    GError        **error);
gboolean rc_demo_populate_bids     (RcStore        *store,
                                    RcDemoContext  *demo,
                                    GError        **error);

#define RC_DEMO_CURRENT_RETURN_COHORT "Return to Social Work: south west 2026–27"

/* The updating logs of three returners of the current cohort, and the
 * LGA's two published funnels as cohorts of their own
 * (rc-demo-returners.c). */
gboolean rc_demo_populate_returners (RcStore       *store,
                                     RcDemoContext *demo,
                                     GError       **error);
/* One entry of days recorded as a total, dated @on. */
gboolean rc_demo_add_recorded_days  (RcStore       *store,
                                     gint64         trainee_id,
                                     gint64         days,
                                     const char    *on,
                                     GError       **error);

G_END_DECLS
