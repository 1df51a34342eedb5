/* rc-export-bar.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-views"

#include "config.h"

#include <glib/gi18n.h>

#include "rc-export-bar.h"

struct _RcExportBar
{
  AdwBin          parent_instance;

  GCancellable   *cancellable;   /* while a workbook is written */
  char           *path;
  gboolean        disposed;

  /* template children */
  GtkRevealer    *revealer;
  GtkProgressBar *progress;
};

G_DEFINE_FINAL_TYPE (RcExportBar, rc_export_bar, ADW_TYPE_BIN)

enum { PROP_0, PROP_TEXT, N_PROPS };
static GParamSpec *properties [N_PROPS];

enum { FINISHED, N_SIGNALS };
static guint signals [N_SIGNALS];

/* What the worker's reports and its answer reach the bar through: the
 * work does not keep the bar alive, so that a bar whose page goes is
 * disposed, which cancels the work. The reports come before the answer,
 * in the order they were sent, and the answer frees the relay. */
typedef struct
{
  GWeakRef             bar;
  RcExportWriteFinish  write_finish;
} Relay;

/* The bar, if it is still there and not disposed. */
static RcExportBar *
relay_get_bar (Relay *relay)
{
  RcExportBar *self = g_weak_ref_get (&relay->bar);

  if (self != NULL && self->disposed)
    g_clear_object (&self);

  return self;
}

static void
on_progress (double   fraction,
             gpointer user_data)
{
  g_autoptr(RcExportBar) self = relay_get_bar (user_data);

  if (self != NULL && self->cancellable != NULL && !g_cancellable_is_cancelled (self->cancellable))
    gtk_progress_bar_set_fraction (self->progress, fraction);
}

static void
on_done (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  Relay *relay = user_data;
  g_autoptr(RcExportBar) self = relay_get_bar (relay);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;
  gboolean written = relay->write_finish (result, &error);

  g_weak_ref_clear (&relay->bar);
  g_free (relay);

  /* Gone meanwhile, which cancelled the work: nobody is left to tell. */
  if (self == NULL)
    return;

  name = g_path_get_basename (self->path);
  if (written)
    /* Translators: a file name */
    message = g_strdup_printf (_("Workbook saved as %s"), name);
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    message = g_strdup (_("Export cancelled: no file was written"));
  else
    message = g_strdup_printf (_("Could not export the workbook: %s"), error->message);

  g_clear_object (&self->cancellable);
  gtk_revealer_set_reveal_child (self->revealer, FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "export.cancel", FALSE);
  g_signal_emit (self, signals [FINISHED], 0, message);
}

void
rc_export_bar_start (RcExportBar         *self,
                     RcExportWriteAsync   write_async,
                     RcExportWriteFinish  write_finish,
                     RcStore             *store,
                     gint64               id,
                     const char          *path)
{
  Relay *relay;

  g_return_if_fail (RC_IS_EXPORT_BAR (self));
  g_return_if_fail (write_async != NULL && write_finish != NULL);
  g_return_if_fail (RC_IS_STORE (store));
  g_return_if_fail (path != NULL);

  if (self->cancellable != NULL)
    return;

  g_free (self->path);
  self->path = g_strdup (path);
  self->cancellable = g_cancellable_new ();
  gtk_progress_bar_set_fraction (self->progress, 0);
  gtk_revealer_set_reveal_child (self->revealer, TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "export.cancel", TRUE);
  relay = g_new0 (Relay, 1);
  g_weak_ref_init (&relay->bar, self);
  relay->write_finish = write_finish;
  write_async (store, rc_export_job_new (path, id, on_progress, relay), self->cancellable, on_done, relay);
}

gboolean
rc_export_bar_is_running (RcExportBar *self)
{
  g_return_val_if_fail (RC_IS_EXPORT_BAR (self), FALSE);

  return self->cancellable != NULL;
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RcExportBar *self = RC_EXPORT_BAR (widget);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
}

static void
rc_export_bar_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  RcExportBar *self = RC_EXPORT_BAR (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      g_value_set_string (value, gtk_progress_bar_get_text (self->progress));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_export_bar_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  RcExportBar *self = RC_EXPORT_BAR (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      gtk_progress_bar_set_text (self->progress, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_export_bar_dispose (GObject *object)
{
  RcExportBar *self = RC_EXPORT_BAR (object);

  /* The work stops with the bar; what it still sends finds it gone. */
  self->disposed = TRUE;
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), RC_TYPE_EXPORT_BAR);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (rc_export_bar_parent_class)->dispose (object);
}

static void
rc_export_bar_class_init (RcExportBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rc_export_bar_dispose;
  object_class->get_property = rc_export_bar_get_property;
  object_class->set_property = rc_export_bar_set_property;

  /**
   * RcExportBar:text:
   *
   * What the progress bar says while the workbook is written.
   */
  properties [PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * RcExportBar::finished:
   * @message: what became of the export, for a toast
   */
  signals [FINISHED] =
    g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/rc-export-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, RcExportBar, revealer);
  gtk_widget_class_bind_template_child (widget_class, RcExportBar, progress);

  gtk_widget_class_install_action (widget_class, "export.cancel", NULL, cancel_action);
}

static void
rc_export_bar_init (RcExportBar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "export.cancel", FALSE);
}
