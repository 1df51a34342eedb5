/* rc-csv-import-dialog-work.c: what the import dialog hands to workers, the
 * file read and saved, with a progress bar, and what it shows when they
 * are done
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-views"

#include "config.h"

#include <glib/gi18n.h>

#include "rc-csv-import-dialog-private.h"
#include "rc-view-util.h"
#include "rc-window.h"

/* The dialog as a worker's callback finds it: NULL once it is gone or
 * disposed, as closing it cancels the work. */
static RcCsvImportDialog *
take_dialog (GWeakRef *weak)
{
  RcCsvImportDialog *self = rc_view_weak_take (weak);

  if (self != NULL && self->disposed)
    g_clear_object (&self);

  return self;
}

static void
on_progress (double   fraction,
             gpointer user_data)
{
  RcCsvImportDialog *self = user_data;

  /* The bar says the percentage itself. */
  gtk_progress_bar_set_fraction (self->progress_bar, fraction);
}

/* Starts a worker's step: a fresh cancellable and a progress bar at 0. */
static RcProgress *
start_work (RcCsvImportDialog *self,
            const char        *what,
            const char        *detail,
            gboolean           saving)
{
  g_clear_object (&self->work);
  self->work = g_cancellable_new ();
  self->saving = saving;
  rc_csv_import_dialog_set_can_import (self, FALSE);
  gtk_label_set_text (self->working_label, what);
  gtk_label_set_text (self->working_detail, detail);
  on_progress (0, self);
  rc_csv_import_dialog_show_step (self, "working");

  return rc_progress_new (self->work, on_progress, self);
}

static void
parse_done (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(RcCsvImportDialog) self = take_dialog (user_data);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gboolean parsed = rc_import_plan_parse_finish (RC_IMPORT_PLAN (source), result, &error);

  if (self == NULL)
    return;

  g_clear_object (&self->work);
  if (parsed)
    {
      rc_csv_import_dialog_show_preview (self);
      return;
    }

  /* Stopped, or refused: back to the columns when there are any, which
   * may be why (a full name and its parts both chosen). */
  if (self->header != NULL)
    {
      rc_csv_import_dialog_check_columns (self);
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          rc_csv_import_dialog_columns_error (self, error->message);
          g_free (self->message);
          self->message = g_strdup (error->message);
        }
      rc_csv_import_dialog_show_step (self, "mapping");
      return;
    }

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      gtk_window_close (GTK_WINDOW (self));
      return;
    }
  text = g_strdup_printf (_("“%s”: %s"), self->display_name, error->message);
  rc_csv_import_dialog_show_problem (self, _("This File Cannot Be Imported"), text);
}

void
rc_csv_import_dialog_start_parse (RcCsvImportDialog *self)
{
  g_autoptr(RcProgress) progress = NULL;
  g_autofree char *what = g_strdup_printf (_("Reading “%s”…"), self->display_name);

  /* The lists let go of the plan before a worker fills it again. */
  rc_csv_import_dialog_clear_preview (self);
  progress = start_work (self, what, _("Nothing is saved while the file is read."), FALSE);
  rc_import_plan_parse_async (self->plan, self->contents, progress, parse_done, rc_view_weak_new (self));
}

static void
apply_done (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(RcCsvImportDialog) self = take_dialog (user_data);
  g_autoptr(GError) error = NULL;
  gboolean applied = rc_import_plan_apply_finish (RC_IMPORT_PLAN (source), result, &error);
  GtkWindow *parent;
  g_autofree char *toast_text = NULL;
  g_autofree char *text = NULL;

  if (self == NULL)
    return;

  g_clear_object (&self->work);
  self->saving = FALSE;
  if (!applied)
    {
      rc_csv_import_dialog_show_step (self, "preview");
      rc_csv_import_dialog_set_can_import (self, TRUE);
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        rc_csv_import_dialog_set_message (self, _("Import cancelled: nothing was imported."), FALSE);
      else
        {
          /* Translators: what could not be saved, then why */
          text = g_strdup_printf (_("%s: %s"), rc_import_plan_get_text (self->plan, RC_IMPORT_TEXT_NOT_SAVED),
                                  error->message);
          rc_csv_import_dialog_set_message (self, text, TRUE);
        }
      return;
    }

  parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  toast_text = rc_import_plan_describe_done (self->plan);
  if (RC_IS_WINDOW (parent))
    rc_window_add_toast (RC_WINDOW (parent), adw_toast_new (toast_text));

  g_signal_emit_by_name (self, "imported");
  gtk_window_close (GTK_WINDOW (self));
}

void
rc_csv_import_dialog_start_apply (RcCsvImportDialog *self)
{
  g_autoptr(RcProgress) progress = NULL;

  rc_import_plan_set_file_name (self->plan, self->display_name);
  progress = start_work (self, _("Importing…"),
                         _("Nothing is saved until the whole file is: Cancel leaves the database as it was."),
                         TRUE);
  rc_import_plan_apply_async (self->plan, progress, apply_done, rc_view_weak_new (self));
}
