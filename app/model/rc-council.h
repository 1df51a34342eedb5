/* rc-council.h
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "rc-record.h"

G_BEGIN_DECLS

#define RC_TYPE_COUNCIL (rc_council_get_type ())

G_DECLARE_FINAL_TYPE (RcCouncil, rc_council, RC, COUNCIL, RcRecord)

/* A local authority with children's social care.
 * A plain record: the store fills it, views read it, and a view hands a
 * changed copy back to the store to save. An id of 0 means "not saved yet". */
struct _RcCouncil
{
  RcRecord parent_instance;

  gint64  id;
  char   *gss_code;  /* ONS code, E06000066 */
  gint64  la_number;  /* DfE LA number, 0 if none */
  char   *name;
  gint64  region_id;
  char   *region_name;  /* read only */
  char   *kind;  /* "unitary", "county", "metropolitan" or "london" */
  char   *active_from_on;  /* ISO date or NULL */
  char   *active_to_on;  /* ISO date or NULL */
  gint64  successor_id;  /* 0 if none */
  gint64  predecessor_id;  /* read only, 0 if none */
};

RcCouncil *rc_council_new  (void);
RcCouncil *rc_council_copy (RcCouncil *self);
/* The authority as a document for a funder names it, with its code, so
 * that a council and its successor of the same name are told apart:
 * "Somerset County Council (E10000027)", "Somerset (E06000066)". */
char      *rc_council_dup_formal_name (RcCouncil *self);

G_END_DECLS
