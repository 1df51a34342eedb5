/* rc-board-report-dialog.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-views"

#include "config.h"

#include <glib/gi18n.h>

#include "export/rc-board-report.h"
#include "export/rc-file-name.h"
#include "rc-board-report-dialog.h"
#include "rc-combo-ids.h"
#include "rc-file-chooser.h"
#include "rc-window.h"

struct _RcBoardReportDialog
{
  AdwWindow       parent_instance;

  RcStore        *store;
  GCancellable   *cancellable;   /* while the report is written */
  char           *path;

  /* template children */
  AdwComboRow    *consortium_row;
  GtkRevealer    *progress_revealer;
  GtkProgressBar *progress;
  GtkLabel       *message_label;
};

G_DEFINE_FINAL_TYPE (RcBoardReportDialog, rc_board_report_dialog, ADW_TYPE_WINDOW)

static gint64
chosen_consortium (RcBoardReportDialog *self)
{
  return rc_combo_ids_get_chosen (self->consortium_row, 0);
}

static void
update_actions (RcBoardReportDialog *self)
{
  gboolean writing = self->cancellable != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "report.save", !writing && chosen_consortium (self) != 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->consortium_row), !writing);
}

static void
show_message (RcBoardReportDialog *self,
              const char          *message)
{
  gtk_label_set_text (self->message_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), message != NULL);
}

static void
on_progress (double   fraction,
             gpointer user_data)
{
  RcBoardReportDialog *self = user_data;

  /* Reports still queued when the dialog was closed. */
  if (self->progress != NULL)
    gtk_progress_bar_set_fraction (self->progress, fraction);
}

static void
on_written (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(RcBoardReportDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_path_get_basename (self->path);
  g_autofree char *message = NULL;
  GtkWindow *parent;
  guint pages;

  pages = rc_board_report_write_finish (result, &error);
  g_clear_object (&self->cancellable);
  if (self->progress == NULL)
    return;

  gtk_revealer_set_reveal_child (self->progress_revealer, FALSE);
  update_actions (self);

  if (pages > 0)
    {
      parent = gtk_window_get_transient_for (GTK_WINDOW (self));
      /* Translators: the report's file name and how many pages it has */
      message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Board report saved as %s (%u page)",
                                              "Board report saved as %s (%u pages)", pages),
                                 name, pages);
      if (parent != NULL && RC_IS_WINDOW (parent))
        rc_window_add_toast (RC_WINDOW (parent), adw_toast_new (message));
      gtk_window_close (GTK_WINDOW (self));
    }
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    show_message (self, _("Cancelled: no file was written."));
  else
    {
      message = g_strdup_printf (_("Could not write the board report: %s"), error->message);
      show_message (self, message);
    }
}

void
rc_board_report_dialog_write (RcBoardReportDialog *self,
                              const char          *path)
{
  g_return_if_fail (RC_IS_BOARD_REPORT_DIALOG (self));
  g_return_if_fail (path != NULL);

  if (self->cancellable != NULL || chosen_consortium (self) == 0)
    return;

  g_free (self->path);
  self->path = g_strdup (path);
  self->cancellable = g_cancellable_new ();
  show_message (self, NULL);
  gtk_progress_bar_set_fraction (self->progress, 0);
  gtk_revealer_set_reveal_child (self->progress_revealer, TRUE);
  update_actions (self);
  /* The callback holds a reference; the progress reports come before it. */
  rc_board_report_write_async (self->store, rc_export_job_new (path, chosen_consortium (self), on_progress, self),
                               self->cancellable, on_written, g_object_ref (self));
}

gboolean
rc_board_report_dialog_is_writing (RcBoardReportDialog *self)
{
  g_return_val_if_fail (RC_IS_BOARD_REPORT_DIALOG (self), FALSE);

  return self->cancellable != NULL;
}

static void
on_file_chosen (GtkWidget     *owner,
                GFile         *file,
                RcFileChooser *chooser)
{
  g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;

  if (path != NULL)
    rc_board_report_dialog_write (RC_BOARD_REPORT_DIALOG (owner), path);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RcBoardReportDialog *self = RC_BOARD_REPORT_DIALOG (widget);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *title = NULL;
  g_autofree char *name = NULL;
  g_autoptr(RcFileChooser) chooser = NULL;
  GtkStringObject *item = adw_combo_row_get_selected_item (self->consortium_row);

  if (item == NULL || self->cancellable != NULL)
    return;

  /* Translators: the file name offered: a consortium and the day */
  title = g_strdup_printf (_("Board report, %s, %s.pdf"), gtk_string_object_get_string (item), date);
  name = rc_file_name_make_safe (title);
  chooser = rc_file_chooser_new_save (_("Save Board Report"), _("_Save"), name);
  rc_file_chooser_add_filter (chooser, _("PDF documents"), "pdf", "application/pdf", 0, TRUE);
  /* Closing the dialog closes the chooser. */
  rc_file_chooser_show (chooser, widget, on_file_chosen);
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RcBoardReportDialog *self = RC_BOARD_REPORT_DIALOG (widget);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  else
    gtk_window_close (GTK_WINDOW (self));
}

GtkWidget *
rc_board_report_dialog_new (GtkWindow *parent,
                            RcStore   *store,
                            gint64     consortium_id)
{
  RcBoardReportDialog *self;
  g_autoptr(GListModel) consortia = NULL;
  g_autoptr(RcComboIds) ids = rc_combo_ids_new ();
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (RC_IS_STORE (store), NULL);

  self = g_object_new (RC_TYPE_BOARD_REPORT_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);

  consortia = rc_store_list_consortia (store, &error);
  rc_combo_ids_add_all (ids, consortia);
  rc_combo_ids_apply (g_steal_pointer (&ids), self->consortium_row, consortium_id);
  if (error != NULL)
    show_message (self, error->message);
  else if (g_list_model_get_n_items (consortia) == 0)
    show_message (self, _("There is no consortium yet: add one on the Councils page first."));
  update_actions (self);

  return GTK_WIDGET (self);
}

static void
rc_board_report_dialog_dispose (GObject *object)
{
  RcBoardReportDialog *self = RC_BOARD_REPORT_DIALOG (object);

  /* Closing the dialog stops the writing: nothing is left behind. */
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), RC_TYPE_BOARD_REPORT_DIALOG);
  self->progress = NULL;
  g_clear_object (&self->store);

  G_OBJECT_CLASS (rc_board_report_dialog_parent_class)->dispose (object);
}

static void
rc_board_report_dialog_finalize (GObject *object)
{
  RcBoardReportDialog *self = RC_BOARD_REPORT_DIALOG (object);

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (rc_board_report_dialog_parent_class)->finalize (object);
}

static void
rc_board_report_dialog_class_init (RcBoardReportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rc_board_report_dialog_dispose;
  object_class->finalize = rc_board_report_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/rc-board-report-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, RcBoardReportDialog, consortium_row);
  gtk_widget_class_bind_template_child (widget_class, RcBoardReportDialog, progress_revealer);
  gtk_widget_class_bind_template_child (widget_class, RcBoardReportDialog, progress);
  gtk_widget_class_bind_template_child (widget_class, RcBoardReportDialog, message_label);

  gtk_widget_class_install_action (widget_class, "report.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "report.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "report.cancel", NULL);
}

static void
rc_board_report_dialog_init (RcBoardReportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_swapped (self->consortium_row, "notify::selected", G_CALLBACK (update_actions), self);
}
