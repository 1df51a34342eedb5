/* rc-window-banner.c: what the banners over the pages say
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two banners: one says why nothing can be saved yet (the check for
 * damage, or the damage it found) with what can be done about it; the
 * other says that something the window shows could not be read, so that
 * a busy or damaged database never looks merely empty.
 */

#define G_LOG_DOMAIN "rc-views"

#include "config.h"

#include <glib/gi18n.h>

#include "rc-list-page.h"
#include "rc-window-private.h"

/* The banner over the pages says why nothing can be changed yet. */
void
rc_window_update_check_banner (RcWindow *self)
{
  /* Said once the check has started: before the first frame, there is
   * no one to tell. */
  gboolean checking = self->store != NULL && !rc_store_get_writable (self->store)
                      && !rc_store_get_damaged (self->store)
                      && (self->check_cancellable != NULL || self->check_problem != NULL);
  gboolean damaged = self->store != NULL && rc_store_get_damaged (self->store);
  g_autofree char *backup = NULL;
  g_autofree char *text = NULL;

  if (damaged)
    {
      backup = rc_store_find_newest_backup (rc_store_get_path (self->store));
      text = g_strdup (backup != NULL
                       ? _("This database is damaged. You can still read and export from it, "
                           "but nothing can be saved to it.")
                       : _("This database is damaged. You can still read and export from it, "
                           "but nothing can be saved to it, and there is no backup of it."));
    }
  else if (checking && self->check_problem != NULL)
    text = g_strdup_printf (_("%s. Nothing can be saved to it until it has been checked."),
                            self->check_problem);
  else if (checking)
    text = g_strdup (_("Checking the database for damage. You can look around and export meanwhile; "
                       "changes can be saved when the check is done."));

  gtk_label_set_text (self->check_label, text != NULL ? text : "");
  /* Not a spinner: drawn sixty times a second by a software renderer, it
   * made the national database's check take twice as long. */
  gtk_image_set_from_icon_name (self->check_icon, checking && self->check_problem == NULL
                                                  ? "content-loading-symbolic" : "dialog-warning-symbolic");
  gtk_widget_set_visible (self->damage_buttons, damaged);
  gtk_widget_set_visible (self->restore_button, backup != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-damage-details", damaged);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.restore-backup", backup != NULL);
  gtk_revealer_set_reveal_child (self->check_revealer, text != NULL);
}

static void
on_check_done (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  RcWindow *self;

  /* Cancelled: the window has let this store go, or is gone itself. */
  if (rc_store_check_finish (RC_STORE (source), result, &error)
      || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  /* Damage is shown through the store's "damaged"; anything else that
   * stopped the check is said here. */
  self = RC_WINDOW (user_data);
  if (!g_error_matches (error, RC_STORE_ERROR, RC_STORE_ERROR_CORRUPT))
    {
      g_free (self->check_problem);
      self->check_problem = g_strdup (error->message);
      rc_window_update_check_banner (self);
    }
}

static gboolean
needs_check (RcWindow *self)
{
  return self->store != NULL && !rc_store_get_writable (self->store) && !rc_store_get_damaged (self->store)
         && self->check_cancellable == NULL && self->check_problem == NULL;
}

static void
start_check (RcWindow *self)
{
  if (!needs_check (self))
    return;

  self->check_cancellable = g_cancellable_new ();
  rc_store_check_async (self->store, self->check_cancellable, on_check_done, self);
  rc_window_update_check_banner (self);
}

void
rc_window_stop_waiting_for_paint (RcWindow *self)
{
  if (self->paint_handler != 0)
    g_clear_signal_handler (&self->paint_handler, gtk_widget_get_frame_clock (GTK_WIDGET (self)));
}

static void
on_after_paint (GdkFrameClock *clock,
                RcWindow      *self)
{
  rc_window_stop_waiting_for_paint (self);
  start_check (self);
}

/* The check reads the whole file on a core of its own: on two cores it
 * slowed the national database's first frame from 0.6 s to 1.5 s, so it
 * starts once the window has been drawn with the pages. */
void
rc_window_wait_for_paint (RcWindow *self)
{
  if (!needs_check (self) || self->paint_handler != 0 || !gtk_widget_get_realized (GTK_WIDGET (self)))
    return;

  self->paint_handler = g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (self)), "after-paint",
                                          G_CALLBACK (on_after_paint), self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
rc_window_show_damage_details_action (GtkWidget  *widget,
                                      const char *action_name,
                                      GVariant   *parameter)
{
  RcWindow *self = RC_WINDOW (widget);
  const char *details;
  GtkWidget *dialog, *label, *scrolled;

  if (self->store == NULL || (details = rc_store_get_damage_details (self->store)) == NULL)
    return;

  /* SQLite's own words, which a support desk can act on, kept here
   * rather than in the line that tells the user what happened. */
  label = g_object_new (GTK_TYPE_LABEL,
                        "label", details,
                        "selectable", TRUE,
                        "wrap", TRUE,
                        "wrap-mode", PANGO_WRAP_WORD_CHAR,
                        "xalign", 0.0f,
                        "yalign", 0.0f,
                        NULL);
  gtk_widget_add_css_class (label, "monospace");
  scrolled = g_object_new (GTK_TYPE_SCROLLED_WINDOW,
                           "child", label,
                           "hscrollbar-policy", GTK_POLICY_NEVER,
                           "propagate-natural-height", TRUE,
                           "max-content-height", 240,
                           NULL);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("What the Check Found"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("SQLite’s integrity check reported this about “%s”."),
                                  rc_store_get_path (self->store));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), scrolled);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_restore_response (AdwMessageDialog *dialog,
                     const char       *response,
                     gpointer          user_data)
{
  GtkWidget *window = GTK_WIDGET (user_data);

  if (g_str_equal (response, "restore"))
    gtk_widget_activate_action (window, "app.recover", NULL);
}

static void
rc_window_restore_backup_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  RcWindow *self = RC_WINDOW (widget);
  g_autofree char *backup = NULL;
  g_autofree char *name = NULL;
  GtkWidget *dialog;

  if (self->store == NULL
      || (backup = rc_store_find_newest_backup (rc_store_get_path (self->store))) == NULL)
    return;

  name = g_path_get_basename (backup);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Restore the Newest Backup?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("The damaged file is kept under another name, and a copy of the "
                                    "backup “%s” takes its place. What was saved after that backup "
                                    "was taken will not be in the restored database."),
                                  name);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "restore", _("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "restore",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_restore_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}


/* Read errors ----------------------------------------------------------- */

void
rc_window_report_error (GtkWidget    *widget,
                        const GError *error)
{
  GtkRoot *root;
  GtkWindow *window;
  RcWindow *self = NULL;
  g_autofree char *text = NULL;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (error != NULL);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  /* A dialog's window is the one it stands over. */
  root = gtk_widget_get_root (widget);
  for (window = GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
       window != NULL && self == NULL;
       window = gtk_window_get_transient_for (window))
    if (RC_IS_WINDOW (window))
      self = RC_WINDOW (window);

  if (self == NULL)
    {
      g_warning ("Could not read: %s", error->message);
      return;
    }

  g_debug ("A view could not read: %s", error->message);
  /* Translators: %s is the database's own reason, e.g. "“x.db” is busy
   * in another program; try again in a moment" */
  text = g_strdup_printf (_("Some of what this window shows could not be read, so it may look emptier "
                            "than it is: %s"), error->message);
  gtk_label_set_text (self->error_label, text);
  gtk_revealer_set_reveal_child (self->error_revealer, TRUE);
}

const char *
rc_window_get_error (RcWindow *self)
{
  g_return_val_if_fail (RC_IS_WINDOW (self), NULL);

  return gtk_revealer_get_reveal_child (self->error_revealer) ? gtk_label_get_text (self->error_label) : NULL;
}

void
rc_window_clear_error (RcWindow *self)
{
  gtk_revealer_set_reveal_child (self->error_revealer, FALSE);
  gtk_label_set_text (self->error_label, "");
}

static void
rc_window_dismiss_error_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *parameter)
{
  rc_window_clear_error (RC_WINDOW (widget));
}

/* Try again: every page built reads its database afresh. */
static void
rc_window_reload_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  RcWindow *self = RC_WINDOW (widget);
  static const char *pages[] = { "councils", "cohorts", "bids", "trends" };

  rc_window_clear_error (self);
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      GtkWidget *page = rc_window_get_page (self, pages[i]);

      if (RC_IS_LIST_PAGE (page))
        rc_list_page_reload (RC_LIST_PAGE (page));
    }
}

void
rc_window_banner_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, RcWindow, check_revealer);
  gtk_widget_class_bind_template_child (widget_class, RcWindow, check_icon);
  gtk_widget_class_bind_template_child (widget_class, RcWindow, check_label);
  gtk_widget_class_bind_template_child (widget_class, RcWindow, damage_buttons);
  gtk_widget_class_bind_template_child (widget_class, RcWindow, restore_button);
  gtk_widget_class_bind_template_child (widget_class, RcWindow, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, RcWindow, error_label);

  gtk_widget_class_install_action (widget_class, "win.show-damage-details", NULL,
                                   rc_window_show_damage_details_action);
  gtk_widget_class_install_action (widget_class, "win.restore-backup", NULL,
                                   rc_window_restore_backup_action);
  gtk_widget_class_install_action (widget_class, "win.reload", NULL,
                                   rc_window_reload_action);
  gtk_widget_class_install_action (widget_class, "win.dismiss-error", NULL,
                                   rc_window_dismiss_error_action);
}
