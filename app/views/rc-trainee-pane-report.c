/* rc-trainee-pane-report.c: the trainee pane's subject access report,
 * written in a worker while the row shows it is busy
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-views"

#include "config.h"

#include <glib/gi18n.h>

#include "export/rc-subject-access-report.h"
#include "rc-file-chooser.h"
#include "rc-trainee-pane-private.h"
#include "rc-view-util.h"

char *
rc_trainee_pane_dup_report_name (RcTraineePane *self)
{
  g_autofree char *reference = NULL;

  g_return_val_if_fail (RC_IS_TRAINEE_PANE (self), NULL);

  if (self->trainee == NULL)
    return NULL;

  /* A reference is typed by people: keep it to a safe file name. */
  reference = g_strdup (self->trainee->reference);
  g_strcanon (reference, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.", '-');

  return g_strdup_printf ("subject-access-%s.txt", reference);
}

static void
show_busy (RcTraineePane *self,
           gboolean       busy)
{
  gtk_widget_set_visible (self->report_icon, !busy);
  gtk_widget_set_visible (GTK_WIDGET (self->report_spinner), busy);
  gtk_spinner_set_spinning (self->report_spinner, busy);
  rc_trainee_pane_update_actions (self);
}

/* The answer finds the pane through a weak reference: a pane that went
 * meanwhile cancelled the work, and is told nothing. */
static void
report_done (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(RcTraineePane) self = rc_view_weak_take (user_data);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  gboolean written = rc_subject_access_write_finish (RC_STORE (source), result, &error);
  g_autofree char *name = NULL;

  if (self == NULL || self->report_work == NULL || g_cancellable_is_cancelled (self->report_work))
    return;

  name = g_object_steal_data (G_OBJECT (self->report_work), "rc-report-name");
  g_clear_object (&self->report_work);
  show_busy (self, FALSE);
  if (written)
    /* Translators: the name of the file written */
    title = g_strdup_printf (_("Subject access report saved as %s"), name);
  else
    /* Translators: why a report could not be written */
    title = g_strdup_printf (_("The report was not saved: %s"), error->message);
  rc_trainee_pane_add_toast (self, title);
}

gboolean
rc_trainee_pane_save_report (RcTraineePane  *self,
                             GFile          *file,
                             GError        **error)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (RC_IS_TRAINEE_PANE (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_autofree char *uri = g_file_get_parse_name (file);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("“%s” is not a folder on this computer; save the report to a local folder"), uri);
      return FALSE;
    }
  if (self->trainee == NULL || self->store == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("No trainee is shown"));
      return FALSE;
    }
  if (self->report_work != NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_BUSY, _("A report is being saved"));
      return FALSE;
    }

  self->report_work = g_cancellable_new ();
  show_busy (self, TRUE);
  rc_subject_access_write_async (self->store, self->trainee->id, path, self->report_work, report_done,
                                 rc_view_weak_new (self));
  /* The toast names the file as it was chosen, whoever the pane shows by then. */
  g_object_set_data_full (G_OBJECT (self->report_work), "rc-report-name", g_file_get_basename (file), g_free);

  return TRUE;
}

gboolean
rc_trainee_pane_is_saving_report (RcTraineePane *self)
{
  g_return_val_if_fail (RC_IS_TRAINEE_PANE (self), FALSE);

  return self->report_work != NULL;
}

static void
on_report_chosen (GtkWidget     *owner,
                  GFile         *file,
                  RcFileChooser *chooser)
{
  RcTraineePane *self = RC_TRAINEE_PANE (owner);
  g_autoptr(GError) error = NULL;

  g_clear_object (&self->chooser);
  if (file == NULL)
    return;

  if (!rc_trainee_pane_save_report (self, file, &error))
    {
      /* Translators: why a report could not be written */
      g_autofree char *title = g_strdup_printf (_("The report was not saved: %s"), error->message);

      rc_trainee_pane_add_toast (self, title);
    }
}

void
rc_trainee_pane_report_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  RcTraineePane *self = RC_TRAINEE_PANE (widget);
  g_autofree char *name = rc_trainee_pane_dup_report_name (self);

  if (name == NULL || self->report_work != NULL)
    return;

  if (self->chooser != NULL)
    rc_file_chooser_close (self->chooser);
  g_clear_object (&self->chooser);
  self->chooser = rc_file_chooser_new_save (_("Save Subject Access Report"), _("_Save"), name);
  rc_file_chooser_show (self->chooser, widget, on_report_chosen);
}

void
rc_trainee_pane_dispose_report (RcTraineePane *self)
{
  if (self->chooser != NULL)
    rc_file_chooser_close (self->chooser);
  g_clear_object (&self->chooser);
  if (self->report_work != NULL)
    g_cancellable_cancel (self->report_work);
  g_clear_object (&self->report_work);
}
