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

  if (self->store == NULL || ids->len == 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("Choose a council to chart first"));
      return NULL;
    }

  /* A file read away from the app keeps its title. */
  return rc_trend_chart_build (self->store, self->measure, ids,
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

typedef struct
{
  GWeakRef  page;
  char     *basename;
} Export;

static void
export_done (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  Export *export = user_data;
  g_autoptr(RcTrendsPage) self = g_weak_ref_get (&export->page);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  gboolean written = rc_chart_export_finish (result, &error);

  g_weak_ref_clear (&export->page);
  /* A page gone meanwhile cancelled the work, and is told nothing. */
  if (self != NULL && self->export_work != NULL && !g_cancellable_is_cancelled (self->export_work))
    {
      g_clear_object (&self->export_work);
      show_exporting (self, FALSE);
      if (written)
        message = g_strdup_printf (_("Chart exported as “%s”"), export->basename);
      else
        message = g_strdup_printf (_("Could not export the chart: %s"), error->message);
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
    }
  g_free (export->basename);
  g_free (export);
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
  Export *export;

  if (chart == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Could not export the chart: %s"), error->message);

      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
      return;
    }

  export = g_new0 (Export, 1);
  g_weak_ref_init (&export->page, self);
  export->basename = g_filename_display_basename (path);
  self->export_work = g_cancellable_new ();
  show_exporting (self, TRUE);
  rc_chart_export_async (RC_CHART_DRAW_FUNC (rc_line_chart_draw), chart, (GDestroyNotify) rc_line_chart_free,
                         path, &options, self->export_work, export_done, export);
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

/* The chart type of one of our filters, or -1. */
static int
filter_type (GtkFileFilter *filter)
{
  return filter != NULL ? GPOINTER_TO_INT (g_object_get_data (G_OBJECT (filter), "rc-chart-type")) - 1 : -1;
}

void
rc_trends_page_close_chooser (RcTrendsPage *self)
{
  if (self->chooser == NULL)
    return;

  g_signal_handlers_disconnect_by_data (self->chooser, self);
  if (GTK_IS_NATIVE_DIALOG (self->chooser))
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  else
    gtk_window_destroy (GTK_WINDOW (self->chooser));
  g_clear_object (&self->chooser);
}

/* GTK's own dialog tells us when a filter is picked: the name follows at
 * once, so that the user confirms the name that will be written. */
static void
on_filter_changed (GtkFileChooser *chooser,
                   GParamSpec     *pspec,
                   RcTrendsPage   *self)
{
  int type = filter_type (gtk_file_chooser_get_filter (chooser));
  g_autofree char *name = gtk_file_chooser_get_current_name (chooser);
  g_autofree char *renamed = NULL;

  if (type < 0 || name == NULL || name[0] == '\0')
    return;

  renamed = rc_chart_file_name_for_type (name, type);
  if (!g_str_equal (renamed, name))
    gtk_file_chooser_set_current_name (chooser, renamed);
}

static void
on_chooser_response (GObject      *dialog,
                     int           response,
                     RcTrendsPage *self)
{
  GtkFileChooser *chooser = GTK_FILE_CHOOSER (dialog);
  g_autoptr(GFile) file = NULL;
  g_autofree char *chosen = NULL;
  g_autofree char *path = NULL;
  GtkFileFilter *filter;
  RcChartFileType type;
  const char *size = gtk_file_chooser_get_choice (chooser, "size");
  int width = sizes[0].width;
  int height = sizes[0].height;

  for (guint i = 0; size != NULL && i < G_N_ELEMENTS (sizes); i++)
    if (g_str_equal (size, sizes[i].id))
      {
        width = sizes[i].width;
        height = sizes[i].height;
      }

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (chooser);
  if (file != NULL)
    chosen = g_file_get_path (file);
  /* The format is the chosen filter's, and the name follows it: a portal
   * dialog cannot tell us of the filter until now. */
  filter = gtk_file_chooser_get_filter (chooser);
  if (chosen != NULL)
    path = rc_chart_file_resolve (chosen, filter_type (filter),
                                  filter != g_object_get_data (dialog, "rc-initial-filter"), &type);
  rc_trends_page_close_chooser (self);

  if (path == NULL || self->export_work != NULL)
    return;

  /* A name changed here was not the one the dialog asked about replacing. */
  export_in_worker (self, path, type, width, height, !g_str_equal (path, chosen));
}

/* In a sandbox only the portal reaches the user's folders, through a
 * GtkFileChooserNative; elsewhere GTK's own dialog, which says when the
 * user picks a filter. */
static gboolean
use_portal (void)
{
  return g_file_test ("/.flatpak-info", G_FILE_TEST_EXISTS);
}

void
rc_trends_page_export_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  RcTrendsPage *self = RC_TRENDS_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWindow *parent = GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
  g_autofree char *name = g_strdup_printf ("%s.png", file_stems[self->measure]);
  const char *filter_names[] = { N_("PNG Image"), N_("SVG Drawing"), N_("PDF Document") };
  GtkFileChooser *chooser;

  if (self->chooser != NULL || self->export_work != NULL)
    return;

  if (use_portal ())
    {
      GtkFileChooserNative *native = gtk_file_chooser_native_new (_("Export Chart"), parent,
                                                                  GTK_FILE_CHOOSER_ACTION_SAVE,
                                                                  _("_Export"), _("_Cancel"));

      gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
      self->chooser = G_OBJECT (native);
    }
  else
    {
      GtkWidget *dialog = gtk_file_chooser_dialog_new (_("Export Chart"), parent, GTK_FILE_CHOOSER_ACTION_SAVE,
                                                       _("_Cancel"), GTK_RESPONSE_CANCEL,
                                                       _("_Export"), GTK_RESPONSE_ACCEPT,
                                                       NULL);

      gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
      gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
      self->chooser = g_object_ref (G_OBJECT (dialog));
      g_signal_connect (dialog, "notify::filter", G_CALLBACK (on_filter_changed), self);
    }
  chooser = GTK_FILE_CHOOSER (self->chooser);

  for (guint i = 0; i < G_N_ELEMENTS (file_types); i++)
    {
      g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

      gtk_file_filter_set_name (filter, _(filter_names[i]));
      gtk_file_filter_add_suffix (filter, file_types[i]);
      g_object_set_data (G_OBJECT (filter), "rc-chart-type", GINT_TO_POINTER (i + 1));
      gtk_file_chooser_add_filter (chooser, filter);
      if (i == RC_CHART_FILE_PNG)
        {
          gtk_file_chooser_set_filter (chooser, filter);
          g_object_set_data (self->chooser, "rc-initial-filter", filter);
        }
    }
  gtk_file_chooser_set_current_name (chooser, name);
  {
    const char *ids[G_N_ELEMENTS (sizes) + 1] = { NULL };
    const char *labels[G_N_ELEMENTS (sizes) + 1] = { NULL };

    for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
      {
        ids[i] = sizes[i].id;
        labels[i] = _(sizes[i].label);
      }
    gtk_file_chooser_add_choice (chooser, "size", _("Size"), ids, labels);
    gtk_file_chooser_set_choice (chooser, "size", sizes[0].id);
  }
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_chooser_response), self);
  if (GTK_IS_NATIVE_DIALOG (self->chooser))
    gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
  else
    gtk_window_present (GTK_WINDOW (self->chooser));
}
