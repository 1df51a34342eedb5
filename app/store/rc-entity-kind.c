/* rc-entity-kind.c: what a change was made to, as the store's "changed"
 * signal says it
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-store"

#include "config.h"

#include "rc-entity-kind.h"

/* The nicks are the names: the signal's details, and SQLite's tables. */
G_DEFINE_ENUM_TYPE (RcEntityKind, rc_entity_kind,
  G_DEFINE_ENUM_VALUE (RC_ENTITY_REGION, "region"),
  G_DEFINE_ENUM_VALUE (RC_ENTITY_COUNCIL, "council"),
  G_DEFINE_ENUM_VALUE (RC_ENTITY_CONSORTIUM, "consortium"),
  G_DEFINE_ENUM_VALUE (RC_ENTITY_CONSORTIUM_MEMBER, "consortium_member"),
  G_DEFINE_ENUM_VALUE (RC_ENTITY_PROGRAMME, "programme"),
  G_DEFINE_ENUM_VALUE (RC_ENTITY_COHORT, "cohort"),
  G_DEFINE_ENUM_VALUE (RC_ENTITY_COHORT_PLACE, "cohort_place"),
  G_DEFINE_ENUM_VALUE (RC_ENTITY_COHORT_FUNNEL_FIGURE, "cohort_funnel_figure"),
  G_DEFINE_ENUM_VALUE (RC_ENTITY_TRAINEE, "trainee"),
  G_DEFINE_ENUM_VALUE (RC_ENTITY_TRAINEE_EVENT, "trainee_event"),
  G_DEFINE_ENUM_VALUE (RC_ENTITY_UPDATING_ACTIVITY, "updating_activity"),
  G_DEFINE_ENUM_VALUE (RC_ENTITY_RESTORATION_APPLICATION, "restoration_application"),
  G_DEFINE_ENUM_VALUE (RC_ENTITY_WORKFORCE_RETURN, "workforce_return"),
  G_DEFINE_ENUM_VALUE (RC_ENTITY_BID, "bid"),
  G_DEFINE_ENUM_VALUE (RC_ENTITY_BID_STATUS_EVENT, "bid_status_event"),
  G_DEFINE_ENUM_VALUE (RC_ENTITY_BID_LINE, "bid_line"),
  G_DEFINE_ENUM_VALUE (RC_ENTITY_BID_REMINDER, "bid_reminder"),
  G_DEFINE_ENUM_VALUE (RC_ENTITY_AUDIT_LOG, "audit_log"),
  G_DEFINE_ENUM_VALUE (RC_ENTITY_DATABASE, "database"))

const char *
rc_entity_kind_get_name (RcEntityKind kind)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (RC_TYPE_ENTITY_KIND);
  GEnumValue *value = g_enum_get_value (klass, kind);

  g_return_val_if_fail (value != NULL, NULL);

  /* The class stays alive with its type: the nick is static. */
  return value->value_nick;
}

gboolean
rc_entity_kind_from_name (const char   *name,
                          RcEntityKind *kind)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (RC_TYPE_ENTITY_KIND);
  GEnumValue *value = g_enum_get_value_by_nick (klass, name);

  if (value == NULL)
    return FALSE;
  *kind = value->value;

  return TRUE;
}
