/* rc-entity-kind.h: what a change was made to, as the store's "changed"
 * signal says it
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The kinds of record the store changes. Each has a name ("trainee"),
 * which is the detail of the "changed" signal ("changed::trainee") and,
 * in SQLite, the table that holds it; a view asks for kinds, never for
 * tables, so that any backend can say what changed. */
typedef enum
{
  RC_ENTITY_REGION,
  RC_ENTITY_COUNCIL,
  RC_ENTITY_CONSORTIUM,
  RC_ENTITY_CONSORTIUM_MEMBER,
  RC_ENTITY_PROGRAMME,
  RC_ENTITY_COHORT,
  RC_ENTITY_COHORT_PLACE,
  RC_ENTITY_COHORT_FUNNEL_FIGURE,
  RC_ENTITY_TRAINEE,
  RC_ENTITY_TRAINEE_EVENT,
  RC_ENTITY_UPDATING_ACTIVITY,
  RC_ENTITY_RESTORATION_APPLICATION,
  RC_ENTITY_WORKFORCE_RETURN,
  RC_ENTITY_BID,
  RC_ENTITY_BID_STATUS_EVENT,
  RC_ENTITY_BID_LINE,
  RC_ENTITY_BID_REMINDER,
  RC_ENTITY_AUDIT_LOG,
  /* The file as a whole: created, upgraded or restored. */
  RC_ENTITY_DATABASE,
  RC_N_ENTITIES
} RcEntityKind;

/* A set of kinds, as a bit mask: RC_ENTITY_BIT (RC_ENTITY_BID) | …. */
#define RC_ENTITY_BIT(kind) (1u << (kind))
#define RC_ENTITY_ALL ((1u << RC_N_ENTITIES) - 1)

G_STATIC_ASSERT (RC_N_ENTITIES <= 32);

#define RC_TYPE_ENTITY_KIND (rc_entity_kind_get_type ())
GType        rc_entity_kind_get_type  (void) G_GNUC_CONST;

/* "trainee" for RC_ENTITY_TRAINEE. */
const char  *rc_entity_kind_get_name  (RcEntityKind  kind);
/* The kind named @name; FALSE when none is. */
gboolean     rc_entity_kind_from_name (const char   *name,
                                       RcEntityKind *kind);

G_END_DECLS
