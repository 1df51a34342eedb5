/* rc-trainee-pane-report.c: a trainee's subject access report, saved
 * from the pane
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-views"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "export/rc-output-file.h"
#include "rc-trainee-pane-private.h"

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

gboolean
rc_trainee_pane_write_report (RcTraineePane  *self,
                              GFile          *file,
                              GError        **error)
{
  g_autofree char *report = NULL;
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

  report = rc_store_subject_access_report (self->store, self->trainee->id, error);
  if (report == NULL)
    return FALSE;

  /* Written beside the target and renamed over it, so a reader never sees
   * half a report; private, as it is personal data. */
  return rc_output_file_set_contents (path, report, strlen (report), RC_OUTPUT_FILE_PRIVATE, error);
}

static void
on_report_chosen (GtkWidget     *owner,
                  GFile         *file,
                  RcFileChooser *chooser)
{
  RcTraineePane *self = RC_TRAINEE_PANE (owner);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;

  g_clear_object (&self->chooser);
  if (file == NULL)
    return;

  if (rc_trainee_pane_write_report (self, file, &error))
    {
      g_autofree char *name = g_file_get_basename (file);
      /* Translators: the name of the file written */
      title = g_strdup_printf (_("Subject access report saved as %s"), name);
    }
  else
    /* Translators: why a report could not be written */
    title = g_strdup_printf (_("The report was not saved: %s"), error->message);
  rc_trainee_pane_add_toast (self, title);
}

void
rc_trainee_pane_report_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  RcTraineePane *self = RC_TRAINEE_PANE (widget);
  g_autofree char *name = rc_trainee_pane_dup_report_name (self);

  if (name == NULL)
    return;

  if (self->chooser != NULL)
    rc_file_chooser_close (self->chooser);
  g_clear_object (&self->chooser);
  self->chooser = rc_file_chooser_new_save (_("Save Subject Access Report"), _("_Save"), name);
  rc_file_chooser_show (self->chooser, widget, on_report_chosen);
}
