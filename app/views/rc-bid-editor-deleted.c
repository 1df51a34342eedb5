/* rc-bid-editor-deleted.c: a bid deleted elsewhere while edits here were
 * not saved
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Another window or program may delete the bid being edited. Edits not
 * saved are not dropped with it: a banner says what happened, and the
 * user saves them as a new bid or discards them.
 */

#define G_LOG_DOMAIN "rc-views"

#include "config.h"

#include <glib/gi18n.h>

#include "rc-bid-editor-private.h"

void
rc_bid_editor_set_deleted_elsewhere (RcBidEditor *self,
                                     gboolean     deleted)
{
  g_autofree char *text = NULL;

  self->deleted_elsewhere = deleted;
  if (deleted && self->bid != NULL)
    /* Translators: the title of a bid */
    text = g_strdup_printf (_("“%s” was deleted elsewhere, in another window or program. Your changes here "
                              "are not saved: save them as a new bid, or discard them."),
                            self->bid->title != NULL ? self->bid->title : "");
  gtk_label_set_text (self->deleted_label, text != NULL ? text : "");
  gtk_widget_set_visible (self->deleted_banner, deleted);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "bid.save-as-new", deleted);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "bid.discard-deleted", deleted);
}

gboolean
rc_bid_editor_is_deleted_elsewhere (RcBidEditor *self)
{
  g_return_val_if_fail (RC_IS_BID_EDITOR (self), FALSE);

  return self->deleted_elsewhere;
}

gboolean
rc_bid_editor_save_as_new (RcBidEditor  *self,
                           GError      **error)
{
  GListModel *shown;
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (RC_IS_BID_EDITOR (self), FALSE);

  if (!self->deleted_elsewhere)
    return TRUE;

  /* The budget as shown goes with the new bid: its lines were deleted
   * with the old one. */
  shown = rc_bid_budget_get_lines (self->budget);
  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(RcBidLine) line = g_list_model_get_item (shown, i);
      RcBidLine *copy = rc_bid_line_copy (line);

      copy->id = 0;
      g_ptr_array_add (lines, copy);
    }

  /* Shows the new bid once it is stored (on_details_saved). */
  if (!rc_bid_details_save_as_new (self->details, error))
    return FALSE;
  if (lines->len == 0)
    return TRUE;
  rc_bid_budget_set_lines (self->budget, lines);

  return rc_bid_budget_save (self->budget, error);
}

static void
discard (RcBidEditor *self)
{
  rc_bid_editor_set_deleted_elsewhere (self, FALSE);
  rc_bid_editor_show_bid (self, 0);
}

static void
save_as_new_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  /* A refusal is shown beside the fields or the budget. */
  rc_bid_editor_save_as_new (RC_BID_EDITOR (widget), NULL);
}

static void
discard_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  discard (RC_BID_EDITOR (widget));
}

void
rc_bid_editor_install_deleted_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "bid.save-as-new", NULL, save_as_new_action);
  gtk_widget_class_install_action (widget_class, "bid.discard-deleted", NULL, discard_action);
}
