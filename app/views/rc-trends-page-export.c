/* rc-trends-page-export.c: the trends chart as a file
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-views"

#include "config.h"

#include <glib/gi18n.h>

#include "charts/rc-chart-export.h"
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

gboolean
rc_trends_page_export (RcTrendsPage  *self,
                       const char    *path,
                       int            width,
                       int            height,
                       GError       **error)
{
  g_autoptr(GArray) ids = NULL;
  g_autoptr(RcLineChart) chart = NULL;
  RcChartFileType type;

  g_return_val_if_fail (RC_IS_TRENDS_PAGE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (width > 0 && height > 0, FALSE);

  if (!rc_chart_file_type_for_path (path, &type, error))
    return FALSE;

  ids = rc_trends_page_get_chosen (self);
  if (self->store == NULL || ids->len == 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("Choose a council to chart first"));
      return FALSE;
    }

  /* A file read away from the app keeps its title. */
  chart = rc_trend_chart_build (self->store, self->measure, ids,
                                gtk_switch_get_active (self->average_switch),
                                gtk_switch_get_active (self->national_switch), error);

  return chart != NULL
         && rc_chart_export (RC_CHART_DRAW_FUNC (rc_line_chart_draw), chart, path, width, height, FALSE, error);
}

static void
on_chooser_response (GtkNativeDialog *dialog,
                     int              response,
                     RcTrendsPage    *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *message = NULL;
  g_autoptr(GError) error = NULL;
  GtkFileFilter *filter;
  RcChartFileType type;
  const char *size = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (dialog), "size");
  int width = sizes[0].width;
  int height = sizes[0].height;

  for (guint i = 0; size != NULL && i < G_N_ELEMENTS (sizes); i++)
    if (g_str_equal (size, sizes[i].id))
      {
        width = sizes[i].width;
        height = sizes[i].height;
      }

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  filter = gtk_file_chooser_get_filter (GTK_FILE_CHOOSER (dialog));
  if (file != NULL)
    path = g_file_get_path (file);
  if (path != NULL && !rc_chart_file_type_for_path (path, &type, NULL) && filter != NULL)
    {
      /* "chart" with the SVG filter chosen is "chart.svg". */
      const char *ext = g_object_get_data (G_OBJECT (filter), "extension");
      char *with_ext = g_strconcat (path, ".", ext, NULL);

      g_free (path);
      path = with_ext;
    }
  g_clear_object (&self->chooser);

  if (path == NULL)
    return;

  basename = g_filename_display_basename (path);
  if (rc_trends_page_export (self, path, width, height, &error))
    message = g_strdup_printf (_("Chart exported as “%s”"), basename);
  else
    message = g_strdup_printf (_("Could not export the chart: %s"), error->message);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

void
rc_trends_page_export_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  RcTrendsPage *self = RC_TRENDS_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autofree char *name = g_strdup_printf ("%s.png", file_stems[self->measure]);
  const char *filter_names[] = { N_("PNG Image"), N_("SVG Drawing"), N_("PDF Document") };

  if (self->chooser != NULL)
    return;

  self->chooser = gtk_file_chooser_native_new (_("Export Chart"),
                                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               GTK_FILE_CHOOSER_ACTION_SAVE,
                                               _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (file_types); i++)
    {
      g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

      gtk_file_filter_set_name (filter, _(filter_names[i]));
      gtk_file_filter_add_suffix (filter, file_types[i]);
      g_object_set_data (G_OBJECT (filter), "extension", (gpointer) file_types[i]);
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
    }
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  {
    const char *ids[G_N_ELEMENTS (sizes) + 1] = { NULL };
    const char *labels[G_N_ELEMENTS (sizes) + 1] = { NULL };

    for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
      {
        ids[i] = sizes[i].id;
        labels[i] = _(sizes[i].label);
      }
    gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (self->chooser), "size", _("Size"), ids, labels);
    gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (self->chooser), "size", sizes[0].id);
  }
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_chooser_response), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}
