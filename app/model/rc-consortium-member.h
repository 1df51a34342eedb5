/* rc-consortium-member.h
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "rc-record.h"

G_BEGIN_DECLS

#define RC_TYPE_CONSORTIUM_MEMBER (rc_consortium_member_get_type ())

G_DECLARE_FINAL_TYPE (RcConsortiumMember, rc_consortium_member, RC, CONSORTIUM_MEMBER, RcRecord)

/* A council's membership of a consortium, with its dates.
 * A plain record: the store fills it, views read it, and a view hands a
 * changed copy back to the store to save. An id of 0 means "not saved yet". */
struct _RcConsortiumMember
{
  RcRecord parent_instance;

  gint64  id;
  gint64  consortium_id;
  gint64  council_id;
  char   *council_name;  /* read only */
  gint64  programme_id;  /* 0: every programme */
  char   *role;  /* "lead", "partner" or "proposed" */
  char   *joined_on;  /* ISO date */
  char   *left_on;  /* ISO date or NULL */
};

RcConsortiumMember *rc_consortium_member_new  (void);
RcConsortiumMember *rc_consortium_member_copy (RcConsortiumMember *self);

/* Whether the membership covers @date (an ISO date): joined on or before
 * it and not left before it. The one rule for "the consortium as it stood
 * on a day", used for a bid's date and for today. */
gboolean            rc_consortium_member_is_active_on (RcConsortiumMember *self,
                                                       const char         *date);
/* The same, for a lead or partner only: a council proposed by a bid is not
 * yet a member. */
gboolean            rc_consortium_member_is_member_on (RcConsortiumMember *self,
                                                       const char         *date);

G_END_DECLS
