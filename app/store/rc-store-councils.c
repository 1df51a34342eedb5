/* rc-store-councils.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-store"

#include "config.h"

#include <glib/gi18n.h>

#include "rc-store-private.h"

/* Regions --------------------------------------------------------------- */

static gpointer
read_region (RcStatement  *stmt)
{
  RcRegion *region = rc_region_new ();

  region->id = rc_column_int (stmt, 0);
  region->gss_code = rc_column_text (stmt, 1);
  region->name = rc_column_text (stmt, 2);

  return region;
}

GListModel *
rc_store_list_regions (RcStore  *self,
                       GError  **error)
{
  g_return_val_if_fail (RC_IS_STORE (self), NULL);

  return rc_store_collect (self,
                           rc_store_prepare (self, "SELECT id, gss_code, name FROM region ORDER BY gss_code", error),
                           RC_TYPE_REGION, read_region, error);
}

/* Councils -------------------------------------------------------------- */

#define COUNCIL_SELECT \
  "SELECT c.id, c.gss_code, c.la_number, c.name, c.region_id, r.name, c.kind, " \
  "       c.active_from_on, c.active_to_on, c.successor_id, " \
  "       (SELECT p.id FROM council p WHERE p.successor_id = c.id ORDER BY p.active_to_on DESC NULLS LAST LIMIT 1) " \
  "FROM council c JOIN region r ON r.id = c.region_id "

static gpointer
read_council (RcStatement  *stmt)
{
  RcCouncil *council = rc_council_new ();

  council->id = rc_column_int (stmt, 0);
  council->gss_code = rc_column_text (stmt, 1);
  council->la_number = rc_column_int (stmt, 2);
  council->name = rc_column_text (stmt, 3);
  council->region_id = rc_column_int (stmt, 4);
  council->region_name = rc_column_text (stmt, 5);
  council->kind = rc_column_text (stmt, 6);
  council->active_from_on = rc_column_text (stmt, 7);
  council->active_to_on = rc_column_text (stmt, 8);
  council->successor_id = rc_column_int (stmt, 9);
  council->predecessor_id = rc_column_int (stmt, 10);

  return council;
}

GListModel *
rc_store_list_councils (RcStore  *self,
                        GError  **error)
{
  g_return_val_if_fail (RC_IS_STORE (self), NULL);

  return rc_store_collect (self,
                           rc_store_prepare (self, COUNCIL_SELECT "ORDER BY c.name, c.active_to_on IS NOT NULL", error),
                           RC_TYPE_COUNCIL, read_council, error);
}

RcCouncil *
rc_store_get_council (RcStore  *self,
                      gint64    id,
                      GError  **error)
{
  g_return_val_if_fail (RC_IS_STORE (self), NULL);

  return rc_store_collect_one_for_id (self,
                                      COUNCIL_SELECT "WHERE c.id = ?1",
                                      id, read_council, _("council"), error);
}

RcCouncil *
rc_store_find_council_by_code (RcStore     *self,
                               const char  *gss_code,
                               GError     **error)
{
  RcStatement *stmt;

  g_return_val_if_fail (RC_IS_STORE (self), NULL);
  g_return_val_if_fail (gss_code != NULL, NULL);

  stmt = rc_store_prepare (self, COUNCIL_SELECT "WHERE c.gss_code = ?1", error);
  if (stmt == NULL)
    return NULL;
  rc_bind_text (stmt, 1, gss_code);

  return rc_store_collect_one (self, stmt, read_council, NULL, error);
}

gboolean
rc_store_save_council (RcStore    *self,
                       RcCouncil  *council,
                       GError    **error)
{
  g_autofree char *summary = NULL;
  RcStatement *stmt;

  g_return_val_if_fail (RC_IS_STORE (self), FALSE);
  g_return_val_if_fail (RC_IS_COUNCIL (council), FALSE);

  stmt = rc_store_prepare_save (self, council->id,
                                "INSERT INTO council (gss_code, la_number, name, region_id, kind, "
                                "  active_from_on, active_to_on, successor_id) "
                                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                                "UPDATE council SET gss_code = ?1, la_number = ?2, name = ?3, region_id = ?4, "
                                "  kind = ?5, active_from_on = ?6, active_to_on = ?7, successor_id = ?8 "
                                "WHERE id = ?9",
                                error);
  if (stmt == NULL)
    return FALSE;

  rc_bind_text (stmt, 1, council->gss_code);
  rc_bind_id (stmt, 2, council->la_number);
  rc_bind_text (stmt, 3, council->name);
  rc_bind_id (stmt, 4, council->region_id);
  rc_bind_text (stmt, 5, council->kind);
  rc_bind_text (stmt, 6, council->active_from_on);
  rc_bind_text (stmt, 7, council->active_to_on);
  rc_bind_id (stmt, 8, council->successor_id);

  summary = g_strdup_printf ("%s council %s (%s)", council->id == 0 ? "Added" : "Changed",
                             council->name, council->gss_code);

  return rc_store_finish_write (self, stmt, "council", &council->id, summary, error);
}

gboolean
rc_store_delete_council (RcStore  *self,
                         gint64    id,
                         GError  **error)
{
  g_autoptr(RcCouncil) council = NULL;
  g_autofree char *summary = NULL;

  g_return_val_if_fail (RC_IS_STORE (self), FALSE);

  council = rc_store_get_council (self, id, error);
  if (council == NULL)
    return FALSE;

  summary = g_strdup_printf ("Deleted council %s (%s)", council->name, council->gss_code);

  return rc_store_delete_row (self,
                              rc_store_prepare (self, "DELETE FROM council WHERE id = ?1", error),
                              "council", id, summary, error);
}

/* Consortia ------------------------------------------------------------- */

#define CONSORTIUM_SELECT \
  "SELECT k.id, k.name, k.lead_council_id, c.name, k.notes " \
  "FROM consortium k JOIN council c ON c.id = k.lead_council_id "

static gpointer
read_consortium (RcStatement  *stmt)
{
  RcConsortium *consortium = rc_consortium_new ();

  consortium->id = rc_column_int (stmt, 0);
  consortium->name = rc_column_text (stmt, 1);
  consortium->lead_council_id = rc_column_int (stmt, 2);
  consortium->lead_council_name = rc_column_text (stmt, 3);
  consortium->notes = rc_column_text (stmt, 4);

  return consortium;
}

GListModel *
rc_store_list_consortia (RcStore  *self,
                         GError  **error)
{
  g_return_val_if_fail (RC_IS_STORE (self), NULL);

  return rc_store_collect (self,
                           rc_store_prepare (self, CONSORTIUM_SELECT "ORDER BY k.name", error),
                           RC_TYPE_CONSORTIUM, read_consortium, error);
}

RcConsortium *
rc_store_get_consortium (RcStore  *self,
                         gint64    id,
                         GError  **error)
{
  g_return_val_if_fail (RC_IS_STORE (self), NULL);

  return rc_store_collect_one_for_id (self,
                                      CONSORTIUM_SELECT "WHERE k.id = ?1",
                                      id, read_consortium, _("consortium"), error);
}

gboolean
rc_store_save_consortium (RcStore       *self,
                          RcConsortium  *consortium,
                          GError       **error)
{
  g_autofree char *summary = NULL;
  RcStatement *stmt;

  g_return_val_if_fail (RC_IS_STORE (self), FALSE);
  g_return_val_if_fail (RC_IS_CONSORTIUM (consortium), FALSE);

  stmt = rc_store_prepare_save (self, consortium->id,
                                "INSERT INTO consortium (name, lead_council_id, notes) VALUES (?1, ?2, ?3)",
                                "UPDATE consortium SET name = ?1, lead_council_id = ?2, notes = ?3 WHERE id = ?4",
                                error);
  if (stmt == NULL)
    return FALSE;

  rc_bind_text (stmt, 1, consortium->name);
  rc_bind_id (stmt, 2, consortium->lead_council_id);
  rc_bind_text (stmt, 3, consortium->notes);

  summary = g_strdup_printf ("%s consortium %s", consortium->id == 0 ? "Added" : "Changed", consortium->name);

  return rc_store_finish_write (self, stmt, "consortium", &consortium->id, summary, error);
}

gboolean
rc_store_delete_consortium (RcStore  *self,
                            gint64    id,
                            GError  **error)
{
  g_autoptr(RcConsortium) consortium = NULL;
  g_autofree char *summary = NULL;

  g_return_val_if_fail (RC_IS_STORE (self), FALSE);

  consortium = rc_store_get_consortium (self, id, error);
  if (consortium == NULL)
    return FALSE;

  summary = g_strdup_printf ("Deleted consortium %s", consortium->name);

  return rc_store_delete_row (self,
                              rc_store_prepare (self, "DELETE FROM consortium WHERE id = ?1", error),
                              "consortium", id, summary, error);
}

/* Members --------------------------------------------------------------- */

static gpointer
read_member (RcStatement  *stmt)
{
  RcConsortiumMember *member = rc_consortium_member_new ();

  member->id = rc_column_int (stmt, 0);
  member->consortium_id = rc_column_int (stmt, 1);
  member->council_id = rc_column_int (stmt, 2);
  member->council_name = rc_column_text (stmt, 3);
  member->programme_id = rc_column_int (stmt, 4);
  member->role = rc_column_text (stmt, 5);
  member->joined_on = rc_column_text (stmt, 6);
  member->left_on = rc_column_text (stmt, 7);

  return member;
}

GListModel *
rc_store_list_members (RcStore  *self,
                       gint64    consortium_id,
                       GError  **error)
{
  g_return_val_if_fail (RC_IS_STORE (self), NULL);

  return rc_store_collect_for_id (self,
                                  "SELECT m.id, m.consortium_id, m.council_id, c.name, m.programme_id, m.role, "
                                  "       m.joined_on, m.left_on "
                                  "FROM consortium_member m JOIN council c ON c.id = m.council_id "
                                  "WHERE m.consortium_id = ?1 "
                                  "ORDER BY m.left_on IS NOT NULL, m.role <> 'lead', c.name",
                                  consortium_id, RC_TYPE_CONSORTIUM_MEMBER, read_member, error);
}

GListModel *
rc_store_list_memberships (RcStore  *self,
                           gint64    council_id,
                           GError  **error)
{
  g_return_val_if_fail (RC_IS_STORE (self), NULL);

  return rc_store_collect_for_id (self,
                                  "SELECT m.id, m.consortium_id, m.council_id, k.name, m.programme_id, m.role, "
                                  "       m.joined_on, m.left_on "
                                  "FROM consortium_member m JOIN consortium k ON k.id = m.consortium_id "
                                  "WHERE m.council_id = ?1 "
                                  "ORDER BY m.joined_on",
                                  council_id, RC_TYPE_CONSORTIUM_MEMBER, read_member, error);
}

gboolean
rc_store_save_member (RcStore             *self,
                      RcConsortiumMember  *member,
                      GError             **error)
{
  g_autofree char *summary = NULL;
  RcStatement *stmt;

  g_return_val_if_fail (RC_IS_STORE (self), FALSE);
  g_return_val_if_fail (RC_IS_CONSORTIUM_MEMBER (member), FALSE);

  stmt = rc_store_prepare_save (self, member->id,
                                "INSERT INTO consortium_member (consortium_id, council_id, programme_id, role, "
                                "  joined_on, left_on) VALUES (?1, ?2, ?3, coalesce(?4, 'partner'), ?5, ?6)",
                                "UPDATE consortium_member SET consortium_id = ?1, council_id = ?2, programme_id = ?3, "
                                "  role = coalesce(?4, 'partner'), joined_on = ?5, left_on = ?6 WHERE id = ?7",
                                error);
  if (stmt == NULL)
    return FALSE;

  rc_bind_id (stmt, 1, member->consortium_id);
  rc_bind_id (stmt, 2, member->council_id);
  rc_bind_id (stmt, 3, member->programme_id);
  rc_bind_text (stmt, 4, member->role);
  rc_bind_text (stmt, 5, member->joined_on);
  rc_bind_text (stmt, 6, member->left_on);

  summary = g_strdup_printf ("%s membership of council %" G_GINT64_FORMAT " in consortium %" G_GINT64_FORMAT
                             " (%s to %s)",
                             member->id == 0 ? "Added" : "Changed",
                             member->council_id, member->consortium_id,
                             member->joined_on ? member->joined_on : "?",
                             member->left_on ? member->left_on : "now");

  return rc_store_finish_write (self, stmt, "consortium_member", &member->id, summary, error);
}

gboolean
rc_store_delete_member (RcStore  *self,
                        gint64    id,
                        GError  **error)
{
  g_autofree char *summary = g_strdup_printf ("Deleted membership %" G_GINT64_FORMAT, id);

  g_return_val_if_fail (RC_IS_STORE (self), FALSE);

  return rc_store_delete_row (self,
                              rc_store_prepare (self, "DELETE FROM consortium_member WHERE id = ?1", error),
                              "consortium_member", id, summary, error);
}
