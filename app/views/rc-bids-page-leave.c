/* rc-bids-page-leave.c: asking before the bid being edited is left
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-views"

#include "config.h"

#include <glib/gi18n.h>

#include "rc-bids-page-private.h"
#include "rc-unsaved.h"
#include "rc-window.h"

static void
go_where_asked (RcBidsPage *self)
{
  gint64 id = self->pending_id;
  gboolean new_bid = self->pending_new;

  self->pending_id = 0;
  self->pending_new = FALSE;
  if (new_bid)
    rc_bids_page_start_new_bid (self);
  else if (id != 0)
    {
      rc_bids_page_select_bid (self, id);
      if (adw_leaflet_get_folded (self->leaflet))
        adw_leaflet_set_visible_child_name (self->leaflet, "detail");
    }
}

static void
on_leave_answer (GObject         *owner,
                 RcUnsavedAnswer  answer)
{
  RcBidsPage *self = RC_BIDS_PAGE (owner);
  g_autoptr(GError) error = NULL;
  GtkRoot *root;

  switch (answer)
    {
    case RC_UNSAVED_DISCARD:
      rc_bid_editor_discard (self->editor);
      break;

    case RC_UNSAVED_SAVE:
      if (!rc_bid_editor_save (self->editor, &error))
        {
          g_autofree char *text = g_strdup_printf (_("Still on this bid: %s"), error->message);

          /* Stays on the bid, with what is wrong shown beside its fields. */
          root = gtk_widget_get_root (GTK_WIDGET (self));
          if (RC_IS_WINDOW (root))
            rc_window_add_toast (RC_WINDOW (root), adw_toast_new (text));
          self->pending_id = 0;
          self->pending_new = FALSE;
          adw_leaflet_set_visible_child_name (self->leaflet, "detail");
          return;
        }
      break;

    case RC_UNSAVED_STAY:
    default:
      self->pending_id = 0;
      self->pending_new = FALSE;
      return;
    }

  go_where_asked (self);
}

gboolean
rc_bids_page_ask_before_leaving (RcBidsPage *self,
                                 gint64      id,
                                 gboolean    new_bid)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autofree char *body = NULL;

  if (!rc_bid_editor_has_unsaved_changes (self->editor))
    return FALSE;

  /* Without a window to ask in, the changes are kept. */
  if (!GTK_IS_WINDOW (root))
    return TRUE;

  self->pending_id = id;
  self->pending_new = new_bid;
  body = rc_bid_editor_describe_unsaved (self->editor);
  rc_unsaved_ask (GTK_WINDOW (root), body, rc_bid_editor_can_save (self->editor),
                  G_OBJECT (self), on_leave_answer);

  return TRUE;
}
