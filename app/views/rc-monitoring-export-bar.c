/* rc-monitoring-export-bar.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-views"

#include "config.h"

#include <glib/gi18n.h>

#include "export/rc-monitoring-workbook.h"
#include "rc-monitoring-export-bar.h"

struct _RcMonitoringExportBar
{
  AdwBin          parent_instance;

  GCancellable   *cancellable;   /* while a workbook is written */
  char           *path;

  /* template children */
  GtkRevealer    *revealer;
  GtkProgressBar *progress;
};

G_DEFINE_FINAL_TYPE (RcMonitoringExportBar, rc_monitoring_export_bar, ADW_TYPE_BIN)

enum { FINISHED, N_SIGNALS };
static guint signals [N_SIGNALS];

static void
on_progress (double   fraction,
             gpointer user_data)
{
  RcMonitoringExportBar *self = user_data;

  gtk_progress_bar_set_fraction (self->progress, fraction);
}

static void
on_done (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(RcMonitoringExportBar) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_path_get_basename (self->path);
  g_autofree char *message = NULL;

  if (rc_monitoring_workbook_write_finish (result, &error))
    /* Translators: a file name */
    message = g_strdup_printf (_("Monitoring workbook saved as %s"), name);
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    message = g_strdup (_("Export cancelled: no file was written"));
  else
    message = g_strdup_printf (_("Could not export the monitoring workbook: %s"), error->message);

  g_clear_object (&self->cancellable);
  gtk_revealer_set_reveal_child (self->revealer, FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "monitoring-export.cancel", FALSE);
  g_signal_emit (self, signals [FINISHED], 0, message);
}

void
rc_monitoring_export_bar_start (RcMonitoringExportBar *self,
                                RcStore               *store,
                                gint64                 cohort_id,
                                const char            *path)
{
  g_return_if_fail (RC_IS_MONITORING_EXPORT_BAR (self));
  g_return_if_fail (RC_IS_STORE (store));
  g_return_if_fail (path != NULL);

  if (self->cancellable != NULL)
    return;

  g_free (self->path);
  self->path = g_strdup (path);
  self->cancellable = g_cancellable_new ();
  gtk_progress_bar_set_fraction (self->progress, 0);
  gtk_revealer_set_reveal_child (self->revealer, TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "monitoring-export.cancel", TRUE);
  /* Read in the worker, on a connection of its own, at the hours a day
   * the window counts with. The bar outlives the work: the callback holds
   * a reference, and the progress reports come before it. */
  rc_monitoring_workbook_write_async (rc_store_get_path (store), rc_store_get_updating_hours_per_day (store),
                                      cohort_id, path, self->cancellable, on_progress, self, on_done,
                                      g_object_ref (self));
}

gboolean
rc_monitoring_export_bar_is_running (RcMonitoringExportBar *self)
{
  g_return_val_if_fail (RC_IS_MONITORING_EXPORT_BAR (self), FALSE);

  return self->cancellable != NULL;
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RcMonitoringExportBar *self = RC_MONITORING_EXPORT_BAR (widget);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
}

static void
rc_monitoring_export_bar_dispose (GObject *object)
{
  RcMonitoringExportBar *self = RC_MONITORING_EXPORT_BAR (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), RC_TYPE_MONITORING_EXPORT_BAR);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (rc_monitoring_export_bar_parent_class)->dispose (object);
}

static void
rc_monitoring_export_bar_class_init (RcMonitoringExportBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rc_monitoring_export_bar_dispose;

  /**
   * RcMonitoringExportBar::finished:
   * @message: what became of the export, for a toast
   */
  signals [FINISHED] =
    g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/rc-monitoring-export-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, RcMonitoringExportBar, revealer);
  gtk_widget_class_bind_template_child (widget_class, RcMonitoringExportBar, progress);

  gtk_widget_class_install_action (widget_class, "monitoring-export.cancel", NULL, cancel_action);
}

static void
rc_monitoring_export_bar_init (RcMonitoringExportBar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "monitoring-export.cancel", FALSE);
}
