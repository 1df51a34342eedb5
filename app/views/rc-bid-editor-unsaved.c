/* rc-bid-editor-unsaved.c: what the bid editor holds that is not saved
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-views"

#include "config.h"

#include <glib/gi18n.h>

#include "rc-bid-editor-private.h"

void
rc_bid_editor_update_unsaved (RcBidEditor *self)
{
  gboolean unsaved = rc_bid_details_is_dirty (self->details) || rc_bid_budget_is_dirty (self->budget);

  if (unsaved == self->unsaved)
    return;

  self->unsaved = unsaved;
  g_object_notify (G_OBJECT (self), "has-unsaved-changes");
  /* Edits of a bid deleted elsewhere reverted: nothing is left of it. */
  if (!unsaved && self->deleted_elsewhere)
    {
      rc_bid_editor_set_deleted_elsewhere (self, FALSE);
      rc_bid_editor_show_bid (self, 0);
    }
}

gboolean
rc_bid_editor_has_unsaved_changes (RcBidEditor *self)
{
  g_return_val_if_fail (RC_IS_BID_EDITOR (self), FALSE);

  return self->unsaved;
}

char *
rc_bid_editor_describe_unsaved (RcBidEditor *self)
{
  g_return_val_if_fail (RC_IS_BID_EDITOR (self), NULL);

  if (!self->unsaved || self->bid == NULL)
    return NULL;
  if (self->bid->id == 0)
    return g_strdup (_("The new bid has not been saved."));
  if (self->deleted_elsewhere)
    /* Translators: the title of a bid */
    return g_strdup_printf (_("“%s” was deleted elsewhere, and the changes made to it here are not saved: "
                              "saving them makes a new bid."), self->bid->title);
  if (rc_bid_details_is_dirty (self->details) && rc_bid_budget_is_dirty (self->budget))
    /* Translators: the title of a bid */
    return g_strdup_printf (_("The details and budget of “%s” have changes that are not saved."), self->bid->title);
  if (rc_bid_budget_is_dirty (self->budget))
    return g_strdup_printf (_("The budget of “%s” has changes that are not saved."), self->bid->title);

  return g_strdup_printf (_("The details of “%s” have changes that are not saved."), self->bid->title);
}

gboolean
rc_bid_editor_can_save (RcBidEditor *self)
{
  g_return_val_if_fail (RC_IS_BID_EDITOR (self), FALSE);

  return !rc_bid_details_is_dirty (self->details) || rc_bid_details_can_save (self->details);
}

gboolean
rc_bid_editor_save (RcBidEditor  *self,
                    GError      **error)
{
  g_return_val_if_fail (RC_IS_BID_EDITOR (self), FALSE);

  if (self->deleted_elsewhere)
    return rc_bid_editor_save_as_new (self, error);
  /* The details first: a new bid needs its id before it has a budget. */
  if (rc_bid_details_is_dirty (self->details) && !rc_bid_details_save (self->details, error))
    return FALSE;
  if (rc_bid_budget_is_dirty (self->budget) && !rc_bid_budget_save (self->budget, error))
    return FALSE;

  return TRUE;
}

void
rc_bid_editor_discard (RcBidEditor *self)
{
  g_return_if_fail (RC_IS_BID_EDITOR (self));

  rc_bid_details_revert (self->details);
  rc_bid_budget_revert (self->budget);
}
