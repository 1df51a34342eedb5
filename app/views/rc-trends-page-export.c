/* rc-trends-page-export.c: the trends chart as a file
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-views"

#include "config.h"

#include <glib/gi18n.h>

#include "charts/rc-chart-export-async.h"
#include "export/rc-trend-chart.h"
#include "rc-trends-page-private.h"
#include "rc-view-util.h"

static const char * const file_stems[RC_N_MEASURES] = {
  "vacancy-rate", "agency-rate", "turnover-rate", "caseload",
};
static const char * const file_types[] = { "png", "svg", "pdf" };

/* Sizes a report, a printed page and a slide want. */
static const struct {
  const char *id;
  const char *label;
  int         width;
  int         height;
} sizes[] = {
  { "report", N_("For a report, 1200 × 800"), 1200, 800 },
  { "print", N_("For print, 1800 × 1200"), 1800, 1200 },
  { "slide", N_("For a slide, 1600 × 900"), 1600, 900 },
  { "small", N_("Small, 800 × 500"), 800, 500 },
};

/* The chart as the page shows it, read from the store here. */
static RcLineChart *
build_chart (RcTrendsPage  *self,
             GError       **error)
{
  g_autoptr(GArray) ids = rc_trends_page_get_chosen (self);
  RcStore *store = rc_list_page_get_store (RC_LIST_PAGE (self));

  if (store == NULL || ids->len == 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("Choose a council to chart first"));
      return NULL;
    }

  /* A file read away from the app keeps its title. */
  return rc_trend_chart_build (store, self->measure, ids,
                               gtk_switch_get_active (self->average_switch),
                               gtk_switch_get_active (self->national_switch), error);
}

/* The chart as the page shows it, in @type, with the source line on a PDF. */
static gboolean
export_as (RcTrendsPage     *self,
           const char       *path,
           RcChartFileType   type,
           int               width,
           int               height,
           gboolean          keep_existing,
           GError          **error)
{
  g_autoptr(RcLineChart) chart = build_chart (self, error);
  RcChartExportOptions options = { type, width, height, FALSE, rc_trend_chart_get_source (), keep_existing };

  return chart != NULL
         && rc_chart_export_with_options (RC_CHART_DRAW_FUNC (rc_line_chart_draw), chart, path, &options, error);
}

/* While a chart is drawn and written in a worker, the export buttons say
 * so, and no second export starts. */
static void
show_exporting (RcTrendsPage *self,
                gboolean      exporting)
{
  GtkWidget *content;

  if (exporting)
    {
      GtkWidget *spinner = gtk_spinner_new ();
      GtkWidget *label = gtk_label_new (_("Exporting…"));

      gtk_spinner_start (GTK_SPINNER (spinner));
      content = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      gtk_box_append (GTK_BOX (content), spinner);
      gtk_box_append (GTK_BOX (content), label);
      spinner = gtk_spinner_new ();
      gtk_spinner_start (GTK_SPINNER (spinner));
      gtk_button_set_child (GTK_BUTTON (self->export_icon_button), spinner);
    }
  else
    {
      content = adw_button_content_new ();
      adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), "document-save-symbolic");
      adw_button_content_set_label (ADW_BUTTON_CONTENT (content), _("_Export Chart…"));
      adw_button_content_set_use_underline (ADW_BUTTON_CONTENT (content), TRUE);
      gtk_button_set_icon_name (GTK_BUTTON (self->export_icon_button), "document-save-symbolic");
    }
  gtk_button_set_child (GTK_BUTTON (self->export_button), content);
  {
    g_autoptr(GArray) ids = rc_trends_page_get_chosen (self);

    gtk_widget_action_set_enabled (GTK_WIDGET (self), "trends.export", !exporting && ids->len > 0);
  }
}

/* The work holds the name of the file it writes, for the toast. */
#define EXPORT_NAME "rc-export-name"

static void
export_done (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(RcTrendsPage) self = rc_view_weak_take (user_data);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  gboolean written = rc_chart_export_finish (result, &error);

  /* A page gone meanwhile cancelled the work, and is told nothing. */
  if (self != NULL && self->export_work != NULL && !g_cancellable_is_cancelled (self->export_work))
    {
      if (written)
        message = g_strdup_printf (_("Chart exported as “%s”"),
                                   (const char *) g_object_get_data (G_OBJECT (self->export_work), EXPORT_NAME));
      else
        message = g_strdup_printf (_("Could not export the chart: %s"), error->message);
      g_clear_object (&self->export_work);
      show_exporting (self, FALSE);
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
    }
}

/* Builds the chart here, from the store, then draws and writes it in a
 * worker: a large PNG or PDF takes a while to draw. */
static void
export_in_worker (RcTrendsPage     *self,
                  const char       *path,
                  RcChartFileType   type,
                  int               width,
                  int               height,
                  gboolean          keep_existing)
{
  RcChartExportOptions options = { type, width, height, FALSE, rc_trend_chart_get_source (), keep_existing };
  g_autoptr(GError) error = NULL;
  RcLineChart *chart = build_chart (self, &error);

  if (chart == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Could not export the chart: %s"), error->message);

      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
      return;
    }

  self->export_work = g_cancellable_new ();
  g_object_set_data_full (G_OBJECT (self->export_work), EXPORT_NAME, g_filename_display_basename (path), g_free);
  show_exporting (self, TRUE);
  rc_chart_export_async (RC_CHART_DRAW_FUNC (rc_line_chart_draw), chart, (GDestroyNotify) rc_line_chart_free,
                         path, &options, self->export_work, export_done, rc_view_weak_new (self));
}

gboolean
rc_trends_page_is_exporting (RcTrendsPage *self)
{
  g_return_val_if_fail (RC_IS_TRENDS_PAGE (self), FALSE);

  return self->export_work != NULL;
}

void
rc_trends_page_cancel_export (RcTrendsPage *self)
{
  if (self->export_work != NULL)
    g_cancellable_cancel (self->export_work);
  g_clear_object (&self->export_work);
}

gboolean
rc_trends_page_export (RcTrendsPage  *self,
                       const char    *path,
                       int            width,
                       int            height,
                       GError       **error)
{
  RcChartFileType type;

  g_return_val_if_fail (RC_IS_TRENDS_PAGE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (width > 0 && height > 0, FALSE);

  if (!rc_chart_file_type_for_path (path, &type, error))
    return FALSE;

  return export_as (self, path, type, width, height, FALSE, error);
}

void
rc_trends_page_close_chooser (RcTrendsPage *self)
{
  if (self->chooser == NULL)
    return;

  rc_file_chooser_close (self->chooser);
  g_clear_object (&self->chooser);
}

/* Where the dialog says at once that a filter is picked, the name follows,
 * so that the user confirms the name that will be written. */
static void
on_filter_changed (GtkWidget     *owner,
                   int            type,
                   RcFileChooser *chooser)
{
  g_autofree char *name = rc_file_chooser_dup_name (chooser);
  g_autofree char *renamed = NULL;

  if (name == NULL || name[0] == '\0')
    return;

  renamed = rc_chart_file_name_for_type (name, type);
  if (!g_str_equal (renamed, name))
    rc_file_chooser_set_name (chooser, renamed);
}

static void
on_chooser_response (GtkWidget     *owner,
                     GFile         *file,
                     RcFileChooser *chooser)
{
  RcTrendsPage *self = RC_TRENDS_PAGE (owner);
  g_autofree char *chosen = NULL;
  g_autofree char *path = NULL;
  RcChartFileType type;
  const char *size = rc_file_chooser_get_choice (chooser, "size");
  int width = sizes[0].width;
  int height = sizes[0].height;

  for (guint i = 0; size != NULL && i < G_N_ELEMENTS (sizes); i++)
    if (g_str_equal (size, sizes[i].id))
      {
        width = sizes[i].width;
        height = sizes[i].height;
      }

  if (file != NULL)
    chosen = g_file_get_path (file);
  /* The format is the chosen filter's, and the name follows it: a portal
   * dialog cannot tell us of the filter until now. */
  if (chosen != NULL)
    path = rc_chart_file_resolve (chosen, rc_file_chooser_get_filter_id (chooser),
                                  rc_file_chooser_get_filter_changed (chooser), &type);
  g_clear_object (&self->chooser);

  if (path == NULL || self->export_work != NULL)
    return;

  /* A name changed here was not the one the dialog asked about replacing. */
  export_in_worker (self, path, type, width, height, !g_str_equal (path, chosen));
}

void
rc_trends_page_export_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  RcTrendsPage *self = RC_TRENDS_PAGE (widget);
  g_autofree char *name = g_strdup_printf ("%s.png", file_stems[self->measure]);
  const char *filter_names[] = { N_("PNG Image"), N_("SVG Drawing"), N_("PDF Document") };
  const char *ids[G_N_ELEMENTS (sizes) + 1] = { NULL };
  const char *labels[G_N_ELEMENTS (sizes) + 1] = { NULL };

  if (self->chooser != NULL || self->export_work != NULL)
    return;

  self->chooser = rc_file_chooser_new_save (_("Export Chart"), _("_Export"), name);
  for (guint i = 0; i < G_N_ELEMENTS (file_types); i++)
    rc_file_chooser_add_filter (self->chooser, _(filter_names[i]), file_types[i], NULL, i,
                                i == RC_CHART_FILE_PNG);
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      ids[i] = sizes[i].id;
      labels[i] = _(sizes[i].label);
    }
  rc_file_chooser_add_choice (self->chooser, "size", _("Size"), ids, labels, sizes[0].id);
  rc_file_chooser_follow_filter (self->chooser, on_filter_changed);
  rc_file_chooser_show (self->chooser, widget, on_chooser_response);
}
