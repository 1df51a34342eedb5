/* rc-cohort-funnel-view.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-views"

#include "config.h"

#include <glib/gi18n.h>

#include "charts/rc-chart-export.h"
#include "export/rc-cohort-funnel-chart.h"
#include "charts/rc-chart-export-async.h"
#include "export/rc-file-name.h"
#include "rc-cohort-funnel-view.h"
#include "rc-file-chooser.h"
#include "rc-funnel-dialog.h"
#include "rc-loader.h"
#include "rc-view-util.h"
#include "rc-window.h"
#include "rc-write-actions.h"

struct _RcCohortFunnelView
{
  AdwBin                parent_instance;

  RcStore              *store;
  RcCohort             *cohort;
  RcFunnelChart        *chart;
  char                 *sources;
  RcLoader             *loader;
  guint                 reload_source;
  RcFileChooser        *chooser;
  GCancellable         *export_work;   /* while a chart is written */

  /* template children */
  GtkDrawingArea       *area;
  GtkLabel             *sources_label;
};

G_DEFINE_FINAL_TYPE (RcCohortFunnelView, rc_cohort_funnel_view, ADW_TYPE_BIN)

GtkWidget *
rc_cohort_funnel_view_new (void)
{
  return g_object_new (RC_TYPE_COHORT_FUNNEL_VIEW, NULL);
}

static void
draw (GtkDrawingArea *area,
      cairo_t        *cr,
      int             width,
      int             height,
      gpointer        user_data)
{
  RcCohortFunnelView *self = user_data;
  RcChartStyle style;

  if (self->chart == NULL)
    return;

  rc_chart_style_init (&style, adw_style_manager_get_dark (adw_style_manager_get_default ()));
  style.fill_background = FALSE;
  rc_funnel_chart_draw (self->chart, cr, width, height, &style);
}

/* What a screen reader says of the chart: every step and its figure. */
static void
describe (RcCohortFunnelView *self)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; self->chart != NULL && i < rc_funnel_chart_get_n_stages (self->chart); i++)
    {
      g_autofree char *figure = rc_funnel_chart_format_stage (self->chart, i);

      g_string_append_printf (text, "%s%s: %s", i > 0 ? "; " : "", rc_funnel_step_get_label (i), figure);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->area), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text->str, -1);
}

/* What a worker read of the funnel: the chart and what it says of its
 * figures' sources (or why they could not be read). */
typedef struct
{
  RcFunnelChart *chart;
  char          *sources;
} Read;

static void
read_free (gpointer data)
{
  Read *read = data;

  g_clear_pointer (&read->chart, rc_funnel_chart_free);
  g_free (read->sources);
  g_free (read);
}

static gpointer
read_funnel (RcStore       *reader,
             gpointer       data,
             GCancellable  *cancellable,
             GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(RcFunnelFigures) typed = NULL;
  Read *read = g_new0 (Read, 1);
  RcFunnel funnel;

  /* A funnel that cannot be read says why in place of its sources. */
  if (!rc_store_get_cohort_funnel (reader, *(gint64 *) data, &funnel, &typed, &local_error))
    {
      read->sources = g_strdup (local_error->message);
      return read;
    }

  read->chart = rc_cohort_funnel_chart_new (&funnel, NULL);
  read->sources = rc_funnel_describe_sources (&funnel, typed);
  if (read->sources == NULL && rc_funnel_has_figures (&funnel))
    read->sources = g_strdup (_("Counted from the trainees’ stages: a trainee who reached the "
                                "assessment centre counts as shortlisted and assessed."));
  else if (read->sources == NULL)
    read->sources = g_strdup (_("No trainees and no figures yet: Edit Figures types them in."));

  return read;
}

/* Shows @read (NULL: no funnel). */
static void
show (RcCohortFunnelView *self,
      Read               *read)
{
  g_clear_pointer (&self->chart, rc_funnel_chart_free);
  g_clear_pointer (&self->sources, g_free);
  if (read != NULL)
    {
      self->chart = g_steal_pointer (&read->chart);
      self->sources = g_steal_pointer (&read->sources);
    }

  gtk_label_set_text (self->sources_label, self->sources != NULL ? self->sources : "");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "funnel.save-chart",
                                 self->chart != NULL && self->export_work == NULL);
  describe (self);
  gtk_widget_queue_draw (GTK_WIDGET (self->area));
}

static void
on_read (gpointer      owner,
         gpointer      result,
         const GError *error)
{
  show (owner, result);
}

/* The funnel is read in a worker, as the cohort's other figures are: a
 * national cohort's 100,000 trainees took its count 100–200 ms of the
 * main loop. */
static void
reload (RcCohortFunnelView *self)
{
  g_clear_handle_id (&self->reload_source, g_source_remove);
  rc_write_action_set_enabled (GTK_WIDGET (self), "funnel.edit", self->cohort != NULL);
  if (self->store == NULL || self->cohort == NULL)
    {
      rc_loader_cancel (self->loader);
      show (self, NULL);
      return;
    }

  rc_loader_start (self->loader, self->store, read_funnel, g_memdup2 (&self->cohort->id, sizeof (gint64)),
                   g_free, read_free, on_read);
}

static gboolean
reload_now (gpointer data)
{
  RcCohortFunnelView *self = data;

  self->reload_source = 0;
  reload (self);

  return G_SOURCE_REMOVE;
}

/* Once for a burst of changes. */
static void
on_store_changed (RcCohortFunnelView *self,
                  RcEntityKind        kind)
{
  if (self->cohort != NULL && self->reload_source == 0
      && (kind == RC_ENTITY_COHORT_FUNNEL_FIGURE || kind == RC_ENTITY_TRAINEE
          || kind == RC_ENTITY_TRAINEE_EVENT))
    self->reload_source = g_idle_add (reload_now, self);
}

static void
on_dark_changed (RcCohortFunnelView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self->area));
}

void
rc_cohort_funnel_view_load (RcCohortFunnelView *self,
                            RcStore            *store,
                            RcCohort           *cohort)
{
  g_return_if_fail (RC_IS_COHORT_FUNNEL_VIEW (self));
  g_return_if_fail (store == NULL || RC_IS_STORE (store));
  g_return_if_fail (cohort == NULL || RC_IS_COHORT (cohort));

  if (self->store != store)
    {
      if (self->store != NULL)
        g_signal_handlers_disconnect_by_data (self->store, self);
      g_set_object (&self->store, store);
      if (store != NULL)
        g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
    }
  else if (self->cohort != NULL && cohort != NULL && self->cohort->id == cohort->id)
    {
      /* The same cohort read again: its funnel follows the store's
       * changes by itself (on_store_changed()). */
      g_set_object (&self->cohort, cohort);
      return;
    }
  g_set_object (&self->cohort, cohort);
  /* Another cohort's funnel is not shown under this one's name while
   * this one's is read. */
  show (self, NULL);
  reload (self);
}

gboolean
rc_cohort_funnel_view_get_loading (RcCohortFunnelView *self)
{
  g_return_val_if_fail (RC_IS_COHORT_FUNNEL_VIEW (self), FALSE);

  return self->reload_source != 0 || rc_loader_get_busy (self->loader);
}

char *
rc_cohort_funnel_view_dup_step (RcCohortFunnelView *self,
                                RcFunnelStep        step)
{
  g_return_val_if_fail (RC_IS_COHORT_FUNNEL_VIEW (self), NULL);

  if (self->chart == NULL || (guint) step >= rc_funnel_chart_get_n_stages (self->chart))
    return NULL;

  return rc_funnel_chart_format_stage (self->chart, step);
}

const char *
rc_cohort_funnel_view_get_sources (RcCohortFunnelView *self)
{
  g_return_val_if_fail (RC_IS_COHORT_FUNNEL_VIEW (self), NULL);

  return self->sources;
}

static GtkWindow *
parent_window (RcCohortFunnelView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

GtkWidget *
rc_cohort_funnel_view_edit (RcCohortFunnelView *self)
{
  GtkWidget *dialog;

  g_return_val_if_fail (RC_IS_COHORT_FUNNEL_VIEW (self), NULL);

  if (self->store == NULL || self->cohort == NULL)
    return NULL;

  dialog = rc_funnel_dialog_new (parent_window (self), self->store, self->cohort);
  gtk_window_present (GTK_WINDOW (dialog));

  return dialog;
}

gboolean
rc_cohort_funnel_view_save_chart (RcCohortFunnelView  *self,
                                  const char          *path,
                                  GError             **error)
{
  g_return_val_if_fail (RC_IS_COHORT_FUNNEL_VIEW (self), FALSE);

  if (self->store == NULL || self->cohort == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("No cohort is shown"));
      return FALSE;
    }

  return rc_cohort_funnel_chart_export (self->store, self->cohort->id, path, error);
}

static void
add_toast (RcCohortFunnelView *self,
           const char         *title)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (RC_IS_WINDOW (root))
    rc_window_add_toast (RC_WINDOW (root), adw_toast_new (title));
}

static const char * const chart_types[] = { "png", "svg", "pdf" };

static void
chart_written (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(RcCohortFunnelView) self = rc_view_weak_take (user_data);
  g_autoptr(GError) error = NULL;
  gboolean written = rc_chart_export_finish (result, &error);
  g_autofree char *title = NULL;

  /* A view gone meanwhile cancelled the work, and is told nothing. */
  if (self == NULL || self->export_work == NULL || g_cancellable_is_cancelled (self->export_work))
    return;

  g_clear_object (&self->export_work);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "funnel.save-chart", self->chart != NULL);
  if (written)
    /* Translators: a chart was written */
    title = g_strdup (_("Funnel chart saved"));
  else
    /* Translators: why a chart could not be written */
    title = g_strdup_printf (_("The chart was not saved: %s"), error->message);
  add_toast (self, title);
}

static void
on_chart_chosen (GtkWidget     *owner,
                 GFile         *file,
                 RcFileChooser *chooser)
{
  RcCohortFunnelView *self = RC_COHORT_FUNNEL_VIEW (owner);
  g_autoptr(GError) error = NULL;
  g_autofree char *chosen = file != NULL ? g_file_get_path (file) : NULL;
  g_autofree char *path = NULL;
  GWeakRef *weak;

  /* The format is the chosen filter's, and the name follows it: the
   * export reads the format from the name. */
  if (chosen != NULL)
    path = rc_chart_file_resolve (chosen, rc_file_chooser_get_filter_id (chooser),
                                  rc_file_chooser_get_filter_changed (chooser), NULL);
  g_clear_object (&self->chooser);
  if (path == NULL || self->store == NULL || self->cohort == NULL || self->export_work != NULL)
    return;

  self->export_work = g_cancellable_new ();
  weak = rc_view_weak_new (self);
  if (!rc_cohort_funnel_chart_export_async (self->store, self->cohort->id, path,
                                            self->export_work, chart_written, weak, &error))
    {
      /* Translators: why a chart could not be written */
      g_autofree char *title = g_strdup_printf (_("The chart was not saved: %s"), error->message);

      g_object_unref (rc_view_weak_take (weak));  /* no answer comes */
      g_clear_object (&self->export_work);
      add_toast (self, title);
      return;
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "funnel.save-chart", FALSE);
}

static void
view_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RcCohortFunnelView *self = RC_COHORT_FUNNEL_VIEW (widget);
  const char *filter_names[] = { N_("PNG Image"), N_("SVG Drawing"), N_("PDF Document") };
  g_autofree char *name = NULL;
  g_autofree char *safe = NULL;

  if (g_str_equal (action_name, "funnel.edit"))
    {
      rc_cohort_funnel_view_edit (self);
      return;
    }

  if (self->cohort == NULL || self->export_work != NULL)
    return;
  if (self->chooser != NULL)
    rc_file_chooser_close (self->chooser);
  g_clear_object (&self->chooser);
  /* Translators: a file name: the funnel of a cohort, by its name */
  name = g_strdup_printf (_("Funnel - %s.png"), self->cohort->name);
  safe = rc_file_name_make_safe (name);
  self->chooser = rc_file_chooser_new_save (_("Save Funnel Chart"), _("_Save"), safe);
  for (guint i = 0; i < G_N_ELEMENTS (chart_types); i++)
    rc_file_chooser_add_filter (self->chooser, _(filter_names[i]), chart_types[i], NULL, i,
                                i == RC_CHART_FILE_PNG);
  rc_file_chooser_show (self->chooser, widget, on_chart_chosen);
}

static void
rc_cohort_funnel_view_dispose (GObject *object)
{
  RcCohortFunnelView *self = RC_COHORT_FUNNEL_VIEW (object);

  if (self->chooser != NULL)
    rc_file_chooser_close (self->chooser);
  g_clear_object (&self->chooser);
  if (self->export_work != NULL)
    g_cancellable_cancel (self->export_work);
  g_clear_object (&self->export_work);
  g_clear_handle_id (&self->reload_source, g_source_remove);
  if (self->loader != NULL)
    rc_loader_cancel (self->loader);
  g_clear_object (&self->loader);
  g_signal_handlers_disconnect_by_data (adw_style_manager_get_default (), self);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), RC_TYPE_COHORT_FUNNEL_VIEW);
  g_clear_object (&self->store);
  g_clear_object (&self->cohort);
  g_clear_pointer (&self->chart, rc_funnel_chart_free);
  g_clear_pointer (&self->sources, g_free);

  G_OBJECT_CLASS (rc_cohort_funnel_view_parent_class)->dispose (object);
}

static void
rc_cohort_funnel_view_class_init (RcCohortFunnelViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rc_cohort_funnel_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/rc-cohort-funnel-view.ui");
  gtk_widget_class_bind_template_child (widget_class, RcCohortFunnelView, area);
  gtk_widget_class_bind_template_child (widget_class, RcCohortFunnelView, sources_label);

  gtk_widget_class_install_action (widget_class, "funnel.edit", NULL, view_action);
  gtk_widget_class_install_action (widget_class, "funnel.save-chart", NULL, view_action);
}

static void
rc_cohort_funnel_view_init (RcCohortFunnelView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_drawing_area_set_draw_func (self->area, draw, self, NULL);
  self->loader = rc_loader_new (self);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark", G_CALLBACK (on_dark_changed), self,
                           G_CONNECT_SWAPPED);
  reload (self);
}
