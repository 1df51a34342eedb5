/* rc-bid-consortium.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-export"

#include "config.h"

#include <glib/gi18n.h>

#include "rc-bid-consortium.h"

static void
member_free (gpointer data)
{
  RcBidMember *member = data;

  g_free (member->council);
  g_free (member->role);
  g_free (member->joined_on);
  g_free (member->left_on);
  g_free (member);
}

const char *
rc_bid_consortium_date (RcBid      *bid,
                        const char *today)
{
  g_return_val_if_fail (RC_IS_BID (bid), today);

  if (bid->deadline_on != NULL && bid->deadline_on[0] != '\0')
    return bid->deadline_on;
  if (bid->submitted_on != NULL && bid->submitted_on[0] != '\0')
    return bid->submitted_on;

  return today;
}

static int
role_rank (const char *role)
{
  if (g_strcmp0 (role, "lead") == 0)
    return 0;
  if (g_strcmp0 (role, "partner") == 0)
    return 1;

  return 2;
}

GPtrArray *
rc_bid_consortium_members (RcStore     *store,
                           RcBid       *bid,
                           const char  *today,
                           GError     **error)
{
  g_autoptr(GListModel) members = NULL;
  g_autoptr(GPtrArray) result = g_ptr_array_new_with_free_func (member_free);
  const char *date;

  g_return_val_if_fail (RC_IS_STORE (store), NULL);
  g_return_val_if_fail (RC_IS_BID (bid), NULL);
  g_return_val_if_fail (today != NULL, NULL);

  date = rc_bid_consortium_date (bid, today);
  members = rc_store_list_members (store, bid->consortium_id, error);
  if (members == NULL)
    return NULL;

  /* The store gives them by name: a pass per role keeps that order. */
  for (int rank = 0; rank < 3; rank++)
    for (guint i = 0; i < g_list_model_get_n_items (members); i++)
      {
        g_autoptr(RcConsortiumMember) member = g_list_model_get_item (members, i);
        g_autoptr(RcCouncil) council = NULL;
        RcBidMember *row;

        if (role_rank (member->role) != rank
            || !rc_consortium_member_is_active_on (member, date)
            || (member->programme_id != 0 && member->programme_id != bid->programme_id))
          continue;

        council = rc_store_get_council (store, member->council_id, error);
        if (council == NULL)
          return NULL;

        row = g_new0 (RcBidMember, 1);
        row->council_id = member->council_id;
        row->council = rc_council_dup_formal_name (council);
        row->role = g_strdup (member->role);
        row->joined_on = g_strdup (member->joined_on);
        row->left_on = g_strdup (member->left_on);
        g_ptr_array_add (result, row);
      }

  return g_steal_pointer (&result);
}

static void
append_group (GString    *text,
              GPtrArray  *members,
              const char *role,
              const char *heading)
{
  gboolean first = TRUE;

  for (guint i = 0; i < members->len; i++)
    {
      RcBidMember *member = g_ptr_array_index (members, i);

      if (g_strcmp0 (member->role, role) != 0)
        continue;
      if (first)
        g_string_append_printf (text, "%s%s ", text->len > 0 ? " " : "", heading);
      else
        g_string_append (text, ", ");
      g_string_append (text, member->council);
      first = FALSE;
    }
  if (!first)
    g_string_append_c (text, '.');
}

char *
rc_bid_consortium_describe (GPtrArray  *members,
                            const char *date)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (members != NULL, NULL);

  /* Translators: the headings of a bid's consortium on its date:
   * "Lead: Somerset County Council (E10000027). Partners: Swindon (E06000030)." */
  append_group (text, members, "lead", _("Lead:"));
  append_group (text, members, "partner", _("Partners:"));
  append_group (text, members, "proposed", _("Proposed:"));

  if (text->len == 0)
    /* Translators: a consortium with nobody in it on a bid's date */
    return g_strdup_printf (_("No member on %s"), date);

  return g_strdup (text->str);
}
