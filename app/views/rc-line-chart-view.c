/* rc-line-chart-view.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-views"

#include "config.h"

#include <adwaita.h>

#include "rc-line-chart-view.h"

struct _RcLineChartView
{
  GtkWidget    parent_instance;

  RcLineChart *chart;
  guint        focus_series;   /* RC_LINE_CHART_NONE when no point has focus */
  guint        focus_index;
};

G_DEFINE_FINAL_TYPE (RcLineChartView, rc_line_chart_view, GTK_TYPE_WIDGET)

GtkWidget *
rc_line_chart_view_new (void)
{
  return g_object_new (RC_TYPE_LINE_CHART_VIEW, NULL);
}

void
rc_line_chart_view_set_chart (RcLineChartView *self,
                              RcLineChart     *chart)
{
  g_return_if_fail (RC_IS_LINE_CHART_VIEW (self));

  g_clear_pointer (&self->chart, rc_line_chart_free);
  self->chart = chart;
  self->focus_series = RC_LINE_CHART_NONE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

const RcLineChart *
rc_line_chart_view_get_chart (RcLineChartView *self)
{
  g_return_val_if_fail (RC_IS_LINE_CHART_VIEW (self), NULL);

  return self->chart;
}

char *
rc_line_chart_view_describe_focus (RcLineChartView *self)
{
  g_return_val_if_fail (RC_IS_LINE_CHART_VIEW (self), NULL);

  if (self->chart == NULL || self->focus_series == RC_LINE_CHART_NONE)
    return NULL;

  return rc_line_chart_describe_point (self->chart, self->focus_series, self->focus_index);
}

static void
rc_line_chart_view_snapshot (GtkWidget   *widget,
                             GtkSnapshot *snapshot)
{
  RcLineChartView *self = RC_LINE_CHART_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  RcChartStyle style;
  cairo_t *cr;

  if (self->chart == NULL || width <= 0 || height <= 0)
    return;

  rc_chart_style_init (&style, adw_style_manager_get_dark (adw_style_manager_get_default ()));
  style.fill_background = FALSE;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  rc_line_chart_draw (self->chart, cr, width, height, &style);

  if (self->focus_series != RC_LINE_CHART_NONE && gtk_widget_has_focus (widget))
    {
      double x, y;

      if (rc_line_chart_point_position (self->chart, width, height,
                                        self->focus_series, self->focus_index, &x, &y))
        {
          GdkRGBA accent;

          gtk_style_context_get_color (gtk_widget_get_style_context (widget), &accent);
          cairo_set_source_rgba (cr, accent.red, accent.green, accent.blue, 0.8);
          cairo_set_line_width (cr, 2);
          cairo_arc (cr, x, y, 7, 0, 2 * G_PI);
          cairo_stroke (cr);
        }
    }

  cairo_destroy (cr);
}

static gboolean
rc_line_chart_view_query_tooltip (GtkWidget  *widget,
                                  int         x,
                                  int         y,
                                  gboolean    keyboard,
                                  GtkTooltip *tooltip)
{
  RcLineChartView *self = RC_LINE_CHART_VIEW (widget);
  g_autofree char *text = NULL;
  guint series, index;

  if (self->chart == NULL)
    return FALSE;

  if (keyboard)
    text = rc_line_chart_view_describe_focus (self);
  else if (rc_line_chart_hit_test (self->chart, gtk_widget_get_width (widget), gtk_widget_get_height (widget),
                                   x, y, &series, &index))
    text = rc_line_chart_describe_point (self->chart, series, index);

  if (text == NULL)
    return FALSE;

  gtk_tooltip_set_text (tooltip, text);

  return TRUE;
}

/* Left and right move along the series, up and down between series. */
static void
move_focus (RcLineChartView *self,
            int              dx,
            int              dy)
{
  guint n_series, n_periods;

  if (self->chart == NULL)
    return;

  n_series = rc_line_chart_get_n_series (self->chart);
  n_periods = rc_line_chart_get_n_periods (self->chart);
  if (n_series == 0 || n_periods == 0)
    return;

  if (self->focus_series == RC_LINE_CHART_NONE)
    {
      self->focus_series = 0;
      self->focus_index = n_periods - 1;
    }
  else
    {
      self->focus_series = (self->focus_series + n_series + dy) % n_series;
      self->focus_index = CLAMP ((int) self->focus_index + dx, 0, (int) n_periods - 1);
    }

  gtk_widget_trigger_tooltip_query (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
  {
    g_autofree char *text = rc_line_chart_view_describe_focus (self);
    gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
  }
}

static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                RcLineChartView       *self)
{
  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      move_focus (self, -1, 0);
      return TRUE;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      move_focus (self, 1, 0);
      return TRUE;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      move_focus (self, 0, -1);
      return TRUE;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      move_focus (self, 0, 1);
      return TRUE;
    default:
      return FALSE;
    }
}

static void
on_dark_changed (RcLineChartView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
rc_line_chart_view_finalize (GObject *object)
{
  RcLineChartView *self = RC_LINE_CHART_VIEW (object);

  g_clear_pointer (&self->chart, rc_line_chart_free);

  G_OBJECT_CLASS (rc_line_chart_view_parent_class)->finalize (object);
}

static void
rc_line_chart_view_class_init (RcLineChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = rc_line_chart_view_finalize;
  widget_class->snapshot = rc_line_chart_view_snapshot;
  widget_class->query_tooltip = rc_line_chart_view_query_tooltip;

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
  gtk_widget_class_set_css_name (widget_class, "rc-line-chart");
}

static void
rc_line_chart_view_init (RcLineChartView *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  self->focus_series = RC_LINE_CHART_NONE;
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);

  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);

  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (on_dark_changed), self, G_CONNECT_SWAPPED);
}
