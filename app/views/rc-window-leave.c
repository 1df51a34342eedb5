/* rc-window-leave.c: leaving the window, or its database, with changes
 * not saved: the question, and saving or discarding everything
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-views"

#include "config.h"

#include <glib/gi18n.h>

#include "rc-bids-page.h"
#include "rc-unsaved.h"
#include "rc-window-private.h"

static RcBidsPage *
get_bids_page (RcWindow *self)
{
  GtkWidget *page = rc_window_get_page (self, "bids");

  return RC_IS_BIDS_PAGE (page) ? RC_BIDS_PAGE (page) : NULL;
}

gboolean
rc_window_has_unsaved_changes (RcWindow *self)
{
  RcBidsPage *bids = NULL;
  g_autoptr(GPtrArray) dialogs = NULL;

  g_return_val_if_fail (RC_IS_WINDOW (self), FALSE);

  bids = get_bids_page (self);
  if (bids != NULL && rc_bids_page_has_unsaved_changes (bids))
    return TRUE;

  dialogs = rc_unsaved_list_changed_dialogs (GTK_WINDOW (self));

  return dialogs->len > 0;
}

typedef struct {
  GWeakRef           owner;
  RcWindowLeaveFunc  then;
} Leave;

static void
leave_free (gpointer data)
{
  Leave *leave = data;

  g_weak_ref_clear (&leave->owner);
  g_free (leave);
}

#define LEAVE_KEY "rc-window-leave"

static void
go_on_leaving (RcWindow *self)
{
  Leave *leave = g_object_steal_data (G_OBJECT (self), LEAVE_KEY);
  g_autoptr(GObject) owner = NULL;

  if (leave == NULL)
    return;

  owner = g_weak_ref_get (&leave->owner);
  if (owner != NULL)
    leave->then (owner, self);
  leave_free (leave);
}

static gboolean
save_everything (RcWindow  *self,
                 GError   **error)
{
  RcBidsPage *bids = get_bids_page (self);
  g_autoptr(GPtrArray) dialogs = rc_unsaved_list_changed_dialogs (GTK_WINDOW (self));

  if (bids != NULL && rc_bids_page_has_unsaved_changes (bids)
      && !rc_bid_editor_save (rc_bids_page_get_editor (bids), error))
    return FALSE;

  for (guint i = 0; i < dialogs->len; i++)
    {
      GtkWindow *dialog = g_ptr_array_index (dialogs, i);

      g_object_ref (dialog);
      /* A dialog that saves closes; one that cannot stays, saying why. */
      if (!rc_unsaved_guard_save (dialog) || rc_unsaved_guard_is_changed (dialog))
        {
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                               _("a dialog could not be saved; it says why"));
          gtk_window_present (dialog);
          g_object_unref (dialog);
          return FALSE;
        }
      g_object_unref (dialog);
    }

  return TRUE;
}

static void
discard_everything (RcWindow *self)
{
  RcBidsPage *bids = get_bids_page (self);
  g_autoptr(GPtrArray) dialogs = rc_unsaved_list_changed_dialogs (GTK_WINDOW (self));

  if (bids != NULL)
    rc_bid_editor_discard (rc_bids_page_get_editor (bids));
  for (guint i = 0; i < dialogs->len; i++)
    rc_unsaved_guard_discard (g_ptr_array_index (dialogs, i));
}

static void
on_leave_answer (GObject         *owner,
                 RcUnsavedAnswer  answer)
{
  RcWindow *self = RC_WINDOW (owner);
  g_autoptr(GError) error = NULL;

  switch (answer)
    {
    case RC_UNSAVED_SAVE:
      if (!save_everything (self, &error))
        {
          g_autofree char *text = g_strdup_printf (_("Not closed: %s"), error->message);

          rc_window_add_toast (self, adw_toast_new (text));
          g_object_set_data (G_OBJECT (self), LEAVE_KEY, NULL);
          return;
        }
      break;

    case RC_UNSAVED_DISCARD:
      discard_everything (self);
      break;

    case RC_UNSAVED_STAY:
    default:
      g_object_set_data (G_OBJECT (self), LEAVE_KEY, NULL);
      return;
    }

  go_on_leaving (self);
}

void
rc_window_ask_to_leave (RcWindow          *self,
                        GObject           *owner,
                        RcWindowLeaveFunc  then)
{
  g_autoptr(GString) body = NULL;
  g_autoptr(GPtrArray) dialogs = NULL;
  RcBidsPage *bids;
  gboolean can_save = TRUE;
  Leave *leave;

  g_return_if_fail (RC_IS_WINDOW (self));
  g_return_if_fail (G_IS_OBJECT (owner));
  g_return_if_fail (then != NULL);

  if (!rc_window_has_unsaved_changes (self))
    {
      then (owner, self);
      return;
    }

  /* One question, however many things are unsaved: each is a sentence. */
  body = g_string_new (NULL);
  bids = get_bids_page (self);
  if (bids != NULL && rc_bids_page_has_unsaved_changes (bids))
    {
      RcBidEditor *editor = rc_bids_page_get_editor (bids);
      g_autofree char *sentence = rc_bid_editor_describe_unsaved (editor);

      g_string_append (body, sentence);
      can_save &= rc_bid_editor_can_save (editor);
    }
  dialogs = rc_unsaved_list_changed_dialogs (GTK_WINDOW (self));
  for (guint i = 0; i < dialogs->len; i++)
    {
      GtkWindow *dialog = g_ptr_array_index (dialogs, i);
      g_autofree char *sentence = rc_unsaved_guard_describe (dialog);

      if (body->len > 0)
        g_string_append_c (body, '\n');
      g_string_append (body, sentence);
      can_save &= rc_unsaved_guard_can_save (dialog);
    }
  g_string_append_c (body, '\n');
  g_string_append (body, _("Discarded changes cannot be brought back."));

  leave = g_new0 (Leave, 1);
  g_weak_ref_init (&leave->owner, owner);
  leave->then = then;
  /* The latest request wins while the question is open. */
  g_object_set_data_full (G_OBJECT (self), LEAVE_KEY, leave, leave_free);
  rc_unsaved_ask (GTK_WINDOW (self), body->str, can_save, G_OBJECT (self), on_leave_answer);
}

void
rc_window_close_after_asking (GObject  *owner,
                              RcWindow *self)
{
  self->leaving = TRUE;
  gtk_window_close (GTK_WINDOW (self));
}
