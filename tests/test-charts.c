/* test-charts.c: line, bar and funnel charts drawn into images, and exported
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "charts/rc-bar-chart.h"
#include "charts/rc-chart-axis.h"
#include "charts/rc-chart-export.h"
#include "charts/rc-chart-export-async.h"
#include "charts/rc-chart-private.h"
#include "charts/rc-funnel-chart.h"
#include "charts/rc-line-chart.h"
#include "export/rc-output-file.h"
#include "rc-test-util.h"

#define W 480
#define H 320

/* ---- Helpers ---------------------------------------------------------------- */

static cairo_surface_t *
render (RcChartDrawFunc     draw,
        gconstpointer       chart,
        const RcChartStyle *style)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, W, H);
  cairo_t *cr = cairo_create (surface);

  draw (chart, cr, W, H, style);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  return surface;
}

static void
pixel_rgb (cairo_surface_t *surface,
           double           x,
           double           y,
           int              rgb[3])
{
  const guchar *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  int px = (int) floor (x), py = (int) floor (y);
  guint32 pixel;

  g_assert_cmpint (px, >=, 0);
  g_assert_cmpint (py, >=, 0);
  g_assert_cmpint (px, <, cairo_image_surface_get_width (surface));
  g_assert_cmpint (py, <, cairo_image_surface_get_height (surface));
  memcpy (&pixel, data + py * stride + px * 4, sizeof pixel);
  rgb[0] = (pixel >> 16) & 0xff;
  rgb[1] = (pixel >> 8) & 0xff;
  rgb[2] = pixel & 0xff;
}

static gboolean
pixel_is (cairo_surface_t    *surface,
          double              x,
          double              y,
          const RcChartColor *color)
{
  int rgb[3];

  pixel_rgb (surface, x, y, rgb);
  return abs (rgb[0] - (int) lround (color->red * 255)) <= 2
         && abs (rgb[1] - (int) lround (color->green * 255)) <= 2
         && abs (rgb[2] - (int) lround (color->blue * 255)) <= 2;
}

#define assert_pixel(surface, x, y, color) G_STMT_START {                          \
    if (!pixel_is ((surface), (x), (y), (color)))                                   \
      {                                                                             \
        int _rgb[3];                                                                \
        pixel_rgb ((surface), (x), (y), _rgb);                                      \
        g_error ("pixel (%.1f, %.1f) is #%02x%02x%02x, expected #%02x%02x%02x",      \
                 (double) (x), (double) (y), _rgb[0], _rgb[1], _rgb[2],             \
                 (int) lround ((color)->red * 255), (int) lround ((color)->green * 255), \
                 (int) lround ((color)->blue * 255));                               \
      }                                                                             \
  } G_STMT_END

/* How many pixels of @color there are in @rect. */
static guint
count_pixels (cairo_surface_t    *surface,
              const RcChartRect  *rect,
              const RcChartColor *color)
{
  guint n = 0;

  for (double y = ceil (rect->y); y < rect->y + rect->height; y++)
    for (double x = ceil (rect->x); x < rect->x + rect->width; x++)
      if (pixel_is (surface, x, y, color))
        n++;
  return n;
}

/* Whether a pixel of @color lies within @r of (@x, @y): lines are
 * antialiased, so only their middle has the exact colour. */
static gboolean
pixel_near (cairo_surface_t    *surface,
            double              x,
            double              y,
            int                 r,
            const RcChartColor *color)
{
  for (int dy = -r; dy <= r; dy++)
    for (int dx = -r; dx <= r; dx++)
      if (pixel_is (surface, x + dx, y + dy, color))
        return TRUE;
  return FALSE;
}

static RcLineChart *
line_chart_new (guint n_periods)
{
  static const char *years[] = { "2011", "2012", "2013", "2014", "2015", "2016", "2017", "2018",
                                 "2019", "2020", "2021", "2022", "2023", "2024", "2025" };
  RcLineChart *chart = rc_line_chart_new ();

  g_assert_cmpuint (n_periods, <=, G_N_ELEMENTS (years));
  rc_line_chart_set_format (chart, RC_CHART_FORMAT_PERCENT);
  rc_line_chart_set_periods (chart, years + G_N_ELEMENTS (years) - n_periods, n_periods);
  return chart;
}

static char *
output_path (const char *name)
{
  return g_build_filename (rc_test_get_tmpdir (), name, NULL);
}

/* ---- Axis --------------------------------------------------------------------- */

static void
test_axis_ticks (void)
{
  RcChartTicks ticks;

  /* 0–14.9 % in about 5 steps: 0.149 / 5 = 0.0298, nearer 2 % than 5 %. */
  rc_chart_ticks_compute (0, 0.149, RC_CHART_FORMAT_PERCENT, 5, &ticks);
  g_assert_cmpfloat (ticks.step, ==, 0.02);
  g_assert_cmpfloat (ticks.min, ==, 0.0);
  g_assert_cmpfloat (ticks.max, ==, 0.16);
  g_assert_cmpuint (ticks.n_ticks, ==, 9);
  /* In 3 steps, 0.0497 is nearer 5 %. */
  rc_chart_ticks_compute (0, 0.149, RC_CHART_FORMAT_PERCENT, 3, &ticks);
  g_assert_cmpfloat (ticks.step, ==, 0.05);
  g_assert_cmpfloat (ticks.max, ==, 0.15);
  g_assert_cmpuint (ticks.n_ticks, ==, 4);

  /* A value on a tick is the top of the axis, with no empty step above. */
  rc_chart_ticks_compute (0, 0.5, RC_CHART_FORMAT_PERCENT, 5, &ticks);
  g_assert_cmpfloat_with_epsilon (ticks.step, 0.1, 1e-12);
  g_assert_cmpfloat_with_epsilon (ticks.max, 0.5, 1e-12);
  g_assert_cmpuint (ticks.n_ticks, ==, 6);
  /* Ticks are the decimals people read, not sums of a float step. */
  g_assert_cmpfloat (rc_chart_ticks_value (&ticks, 3), ==, 0.3);
  g_assert_cmpfloat (ticks.max, ==, 0.5);

  /* Steps are 1, 2 or 5 times a power of ten; the axis starts at 0. */
  rc_chart_ticks_compute (12, 87, RC_CHART_FORMAT_NUMBER, 4, &ticks);
  g_assert_cmpfloat (ticks.step, ==, 20);
  g_assert_cmpfloat (ticks.min, ==, 0);
  g_assert_cmpfloat (ticks.max, ==, 100);

  /* Negative values take the axis below 0. */
  rc_chart_ticks_compute (-3, 7, RC_CHART_FORMAT_NUMBER, 5, &ticks);
  g_assert_cmpfloat (ticks.step, ==, 2);
  g_assert_cmpfloat (ticks.min, ==, -4);
  g_assert_cmpfloat (ticks.max, ==, 8);

  /* No range: still a scale, never a division by zero. */
  rc_chart_ticks_compute (0, 0, RC_CHART_FORMAT_PERCENT, 5, &ticks);
  g_assert_cmpfloat (ticks.min, ==, 0);
  g_assert_cmpfloat_with_epsilon (ticks.max, 0.1, 1e-12);
  rc_chart_ticks_compute (NAN, INFINITY, RC_CHART_FORMAT_NUMBER, 5, &ticks);
  g_assert_cmpfloat (ticks.max, ==, 1);

  /* Money is in pence and never steps by less than a penny. */
  rc_chart_ticks_compute (0, 3, RC_CHART_FORMAT_MONEY, 10, &ticks);
  g_assert_cmpfloat (ticks.step, ==, 1);
}

static void
assert_tick (RcChartFormat format,
             double        value,
             double        step,
             const char   *expected)
{
  g_autofree char *text = rc_chart_format_tick (format, value, step);

  g_assert_cmpstr (text, ==, expected);
}

static void
assert_value (RcChartFormat format,
              double        value,
              const char   *expected)
{
  g_autofree char *text = rc_chart_format_value (format, value);

  g_assert_cmpstr (text, ==, expected);
}

static void
test_axis_format (void)
{
  assert_tick (RC_CHART_FORMAT_PERCENT, 0.15, 0.05, "15 %");
  assert_tick (RC_CHART_FORMAT_PERCENT, 0.025, 0.005, "2.5 %");
  assert_tick (RC_CHART_FORMAT_PERCENT, 0, 0.05, "0 %");
  assert_tick (RC_CHART_FORMAT_MONEY, 120000000, 20000000, "£1.2m");
  assert_tick (RC_CHART_FORMAT_MONEY, 100000000, 20000000, "£1m");
  assert_tick (RC_CHART_FORMAT_MONEY, 80000000, 20000000, "£800k");
  assert_tick (RC_CHART_FORMAT_MONEY, 1200000, 200000, "£12k");
  assert_tick (RC_CHART_FORMAT_MONEY, 50000, 10000, "£500");
  assert_tick (RC_CHART_FORMAT_MONEY, 0, 10000, "£0");
  assert_tick (RC_CHART_FORMAT_MONEY, -500000, 500000, "\xe2\x88\x92£5k");
  assert_tick (RC_CHART_FORMAT_NUMBER, 1200, 200, "1,200");
  assert_tick (RC_CHART_FORMAT_NUMBER, 2.5, 0.5, "2.5");
  assert_tick (RC_CHART_FORMAT_NUMBER, -4, 2, "\xe2\x88\x92" "4");

  assert_value (RC_CHART_FORMAT_PERCENT, 4900.0 / 32830.0, "14.9 %");
  assert_value (RC_CHART_FORMAT_MONEY, 1234567, "£12,345.67");
  assert_value (RC_CHART_FORMAT_NUMBER, 16.25, "16.25");
  assert_value (RC_CHART_FORMAT_NUMBER, 1250, "1,250");
  assert_value (RC_CHART_FORMAT_NUMBER, NAN, "\xe2\x80\x94");
}

/* ---- Line chart --------------------------------------------------------------- */

/* One series, 0 % then 50 %: the axis runs 0–50 %, so the first point sits
 * on the bottom edge of the plot and the second on its top edge, each at
 * the middle of its half of the width. */
static void
test_line_point_position (void)
{
  g_autoptr(RcLineChart) chart = line_chart_new (2);
  const double values[] = { 0.0, 0.5 };
  cairo_surface_t *surface;
  RcChartStyle style;
  RcChartRect plot;
  double x, y, min, max;

  rc_line_chart_add_series (chart, "Somerset", values, NULL, 2);
  g_assert_true (rc_line_chart_plot_area (chart, W, H, &plot));
  g_assert_true (rc_line_chart_value_range (chart, W, H, &min, &max));
  g_assert_cmpfloat (min, ==, 0.0);
  g_assert_cmpfloat_with_epsilon (max, 0.5, 1e-12);
  g_assert_cmpfloat (plot.width, >, W / 2);
  g_assert_cmpfloat (plot.height, >, H / 2);

  g_assert_true (rc_line_chart_point_position (chart, W, H, 0, 0, &x, &y));
  g_assert_cmpfloat_with_epsilon (x, plot.x + plot.width * 0.25, 1e-9);
  g_assert_cmpfloat_with_epsilon (y, plot.y + plot.height, 1e-9);
  g_assert_true (rc_line_chart_point_position (chart, W, H, 0, 1, &x, &y));
  g_assert_cmpfloat_with_epsilon (x, plot.x + plot.width * 0.75, 1e-9);
  g_assert_cmpfloat_with_epsilon (y, plot.y, 1e-9);
  g_assert_false (rc_line_chart_point_position (chart, W, H, 0, 2, &x, &y));
  g_assert_false (rc_line_chart_point_position (chart, W, H, 1, 0, &x, &y));

  rc_chart_style_init (&style, FALSE);
  surface = render (RC_CHART_DRAW_FUNC (rc_line_chart_draw), chart, &style);
  for (guint i = 0; i < 2; i++)
    {
      g_assert_true (rc_line_chart_point_position (chart, W, H, 0, i, &x, &y));
      assert_pixel (surface, x, y, &style.palette[0]);
    }
  /* Half way along, the line is at 25 %. */
  g_assert_true (pixel_near (surface, plot.x + plot.width / 2, plot.y + plot.height * 0.5, 1,
                             &style.palette[0]));
  /* Above the line at that x there is only background. */
  assert_pixel (surface, plot.x + plot.width / 2, plot.y + plot.height * 0.3, &style.background);
  cairo_surface_destroy (surface);
}

static void
test_line_gap (void)
{
  g_autoptr(RcLineChart) chart = line_chart_new (3);
  g_autoptr(RcLineChart) whole = line_chart_new (3);
  const double values[] = { 0.10, 0.0, 0.25 };
  const gboolean present[] = { TRUE, FALSE, TRUE };
  const double joined[] = { 0.10, 0.175, 0.25 };
  cairo_surface_t *surface;
  RcChartStyle style;
  double x0, y0, x2, y2, xm, ym;
  g_autofree char *text = NULL;

  rc_chart_style_init (&style, FALSE);
  rc_line_chart_add_series (chart, "Swindon", values, present, 3);
  rc_line_chart_add_series (whole, "Swindon", joined, NULL, 3);

  g_assert_false (rc_line_chart_point_position (chart, W, H, 0, 1, NULL, NULL));
  g_assert_null (rc_line_chart_describe_point (chart, 0, 1));
  text = rc_line_chart_describe_point (chart, 0, 2);
  g_assert_cmpstr (text, ==, "Swindon, 2025: 25.0 %");

  g_assert_true (rc_line_chart_point_position (chart, W, H, 0, 0, &x0, &y0));
  g_assert_true (rc_line_chart_point_position (chart, W, H, 0, 2, &x2, &y2));
  xm = (x0 + x2) / 2;
  ym = (y0 + y2) / 2;

  /* Where the line would cross the missing year there is background… */
  surface = render (RC_CHART_DRAW_FUNC (rc_line_chart_draw), chart, &style);
  for (int dy = -3; dy <= 3; dy++)
    assert_pixel (surface, xm, ym + dy, &style.background);
  assert_pixel (surface, x0, y0, &style.palette[0]);
  assert_pixel (surface, x2, y2, &style.palette[0]);
  cairo_surface_destroy (surface);

  /* …where a series with that year has its line and marker. */
  surface = render (RC_CHART_DRAW_FUNC (rc_line_chart_draw), whole, &style);
  assert_pixel (surface, xm, ym, &style.palette[0]);
  cairo_surface_destroy (surface);
}

/* A retention chart names every milestone, however narrow: labels of
 * several words wrap onto more lines instead of being left out. Years,
 * one word each, are still thinned when they do not fit. */
static void
test_line_labels_every_milestone (void)
{
  g_autoptr(RcLineChart) chart = rc_line_chart_new ();
  g_autoptr(RcLineChart) years = line_chart_new (15);
  const char *milestones[] = { "Qualified", "Registered", "Employed by a partner", "12 months on", "24 months on" };
  const double values[] = { 1.0, 0.96, 0.88, 0.75, 0.57 };
  const double fifteen[15] = { 0.1 };
  RcChartRect wide_plot, narrow_plot;

  rc_line_chart_set_format (chart, RC_CHART_FORMAT_PERCENT);
  rc_line_chart_set_periods (chart, milestones, G_N_ELEMENTS (milestones));
  rc_line_chart_add_series (chart, "Step Up", values, NULL, G_N_ELEMENTS (values));

  for (int width = 300; width <= 1200; width += 100)
    g_assert_cmpuint (rc_line_chart_n_period_labels (chart, width, 300), ==, 5);
  /* The plot gives up height to the wrapped labels, no more. */
  g_assert_true (rc_line_chart_plot_area (chart, 1200, 300, &wide_plot));
  g_assert_true (rc_line_chart_plot_area (chart, 320, 300, &narrow_plot));
  g_assert_cmpfloat (narrow_plot.height, <, wide_plot.height);
  g_assert_cmpfloat (narrow_plot.height, >, wide_plot.height - 60);

  rc_line_chart_add_series (years, "Swindon", fifteen, NULL, 15);
  g_assert_cmpuint (rc_line_chart_n_period_labels (years, 1200, 300), ==, 15);
  g_assert_cmpuint (rc_line_chart_n_period_labels (years, 320, 300), <, 15);
}

static void
test_line_legend (void)
{
  g_autoptr(RcLineChart) chart = line_chart_new (5);
  const double a[] = { 0.10, 0.12, 0.15, 0.14, 0.13 };
  const double b[] = { 0.08, 0.09, 0.07, 0.11, 0.12 };
  cairo_surface_t *surface;
  RcChartStyle style;
  RcChartRect legend, plot;

  rc_chart_style_init (&style, FALSE);
  rc_line_chart_add_series (chart, "Somerset", a, NULL, 5);
  rc_line_chart_add_series (chart, "North Somerset", b, NULL, 5);

  g_assert_true (rc_line_chart_legend_area (chart, W, H, &legend));
  g_assert_true (rc_line_chart_plot_area (chart, W, H, &plot));
  g_assert_cmpfloat (legend.y, >, plot.y + plot.height);

  surface = render (RC_CHART_DRAW_FUNC (rc_line_chart_draw), chart, &style);
  g_assert_cmpuint (count_pixels (surface, &legend, &style.palette[0]), >, 20);
  g_assert_cmpuint (count_pixels (surface, &legend, &style.palette[1]), >, 20);
  cairo_surface_destroy (surface);

  /* On the right, the legend takes width from the plot instead. */
  rc_line_chart_set_legend (chart, RC_CHART_LEGEND_RIGHT);
  g_assert_true (rc_line_chart_legend_area (chart, W, H, &legend));
  g_assert_true (rc_line_chart_plot_area (chart, W, H, &plot));
  g_assert_cmpfloat (legend.x, >, plot.x + plot.width);
  surface = render (RC_CHART_DRAW_FUNC (rc_line_chart_draw), chart, &style);
  g_assert_cmpuint (count_pixels (surface, &legend, &style.palette[1]), >, 20);
  cairo_surface_destroy (surface);

  rc_line_chart_set_legend (chart, RC_CHART_LEGEND_NONE);
  g_assert_false (rc_line_chart_legend_area (chart, W, H, &legend));
}

/* 153 councils cannot all be named: the key keeps the highlighted one and
 * the benchmark, and counts the others, in a line or two. */
static void
test_line_legend_many (void)
{
  g_autoptr(RcLineChart) chart = line_chart_new (15);
  RcChartRect legend;
  double values[15];
  guint benchmark;

  for (guint i = 0; i < 153; i++)
    {
      g_autofree char *label = g_strdup_printf ("Council %u", i);

      for (guint j = 0; j < 15; j++)
        values[j] = 0.05 + 0.001 * ((i * 7 + j * 3) % 100);
      rc_line_chart_add_series (chart, label, values, NULL, 15);
    }
  benchmark = rc_line_chart_add_series (chart, "England", values, NULL, 15);
  rc_line_chart_set_benchmark (chart, benchmark, TRUE);
  rc_line_chart_set_highlighted (chart, 42);
  g_assert_cmpuint (rc_line_chart_get_highlighted (chart), ==, 42);

  g_assert_true (rc_line_chart_legend_area (chart, 1200, 800, &legend));
  g_assert_cmpfloat (legend.height, <, 50);
}

/* Behind a highlight, a crowd of lines is drawn with the style's
 * crowd_antialias: on screen none, so that every pixel of a crowd line is
 * its muted colour and it redraws quickly; in an exported file antialiased,
 * so that some pixels blend into the background. */
static guint
count_blended_pixels (cairo_surface_t    *surface,
                      const RcChartStyle *style,
                      const RcChartRect  *rect)
{
  guint blended = 0;

  for (double y = ceil (rect->y); y < rect->y + rect->height; y++)
    {
      double x = rect->x + rect->width / 2;
      gboolean known = pixel_is (surface, x, y, &style->background)
                       || pixel_is (surface, x, y, &style->grid);

      for (guint k = 0; k < RC_CHART_N_COLORS && !known; k++)
        {
          RcChartColor muted = rc_chart_color_mix (&style->palette[k], &style->background,
                                                   style->muted_mix);

          known = pixel_is (surface, x, y, &muted);
        }
      blended += !known;
    }

  return blended;
}

static void
test_line_crowd (void)
{
  g_autoptr(RcLineChart) chart = line_chart_new (15);
  double values[15];
  RcChartStyle style;
  RcChartRect plot, crowd;
  cairo_surface_t *surface;
  guint coloured = 0;

  /* Flat lines at values that fall between pixel rows. */
  for (guint i = 0; i < 40; i++)
    {
      g_autofree char *label = g_strdup_printf ("Council %u", i);

      for (guint j = 0; j < 15; j++)
        values[j] = 0.0137 * i;
      rc_line_chart_add_series (chart, label, values, NULL, 15);
    }
  rc_line_chart_set_highlighted (chart, 39);
  g_assert_true (rc_line_chart_plot_area (chart, W, H, &plot));
  /* The lower half of the plot holds crowd lines only. */
  crowd = (RcChartRect) { plot.x, plot.y + plot.height / 2, plot.width, plot.height / 2 - 2 };

  rc_chart_style_init (&style, FALSE);
  g_assert_cmpint (style.crowd_antialias, ==, CAIRO_ANTIALIAS_NONE);
  surface = render (RC_CHART_DRAW_FUNC (rc_line_chart_draw), chart, &style);
  g_assert_cmpuint (count_blended_pixels (surface, &style, &crowd), ==, 0);
  for (double y = ceil (crowd.y); y < crowd.y + crowd.height; y++)
    coloured += !pixel_is (surface, crowd.x + crowd.width / 2, y, &style.background)
                && !pixel_is (surface, crowd.x + crowd.width / 2, y, &style.grid);
  /* About 18 lines cross the lower half: each one is there. */
  g_assert_cmpuint (coloured, >=, 15);
  cairo_surface_destroy (surface);

  style.crowd_antialias = CAIRO_ANTIALIAS_FAST;
  surface = render (RC_CHART_DRAW_FUNC (rc_line_chart_draw), chart, &style);
  g_assert_cmpuint (count_blended_pixels (surface, &style, &crowd), >, 0);
  cairo_surface_destroy (surface);
}

static void
test_line_dark (void)
{
  g_autoptr(RcLineChart) chart = line_chart_new (3);
  const double values[] = { 0.1, 0.2, 0.15 };
  cairo_surface_t *surface;
  RcChartStyle style;
  int rgb[3];

  rc_chart_style_init (&style, TRUE);
  g_assert_true (style.dark);
  rc_line_chart_add_series (chart, "Bath and North East Somerset", values, NULL, 3);
  surface = render (RC_CHART_DRAW_FUNC (rc_line_chart_draw), chart, &style);
  pixel_rgb (surface, 1, 1, rgb);
  g_assert_cmpint (rgb[0] + rgb[1] + rgb[2], <, 3 * 64);
  assert_pixel (surface, W - 2, H - 2, &style.background);
  cairo_surface_destroy (surface);

  /* The light style is light. */
  rc_chart_style_init (&style, FALSE);
  surface = render (RC_CHART_DRAW_FUNC (rc_line_chart_draw), chart, &style);
  pixel_rgb (surface, 1, 1, rgb);
  g_assert_cmpint (rgb[0] + rgb[1] + rgb[2], >, 3 * 200);
  cairo_surface_destroy (surface);
}

static void
test_line_highlight (void)
{
  g_autoptr(RcLineChart) chart = line_chart_new (3);
  const double values[] = { 0.1, 0.2, 0.15 };
  const double other[] = { 0.3, 0.35, 0.4 };
  cairo_surface_t *surface;
  RcChartStyle style;
  RcChartColor muted;
  double x, y, ox, oy;
  guint series, index;

  rc_chart_style_init (&style, FALSE);
  rc_line_chart_add_series (chart, "Somerset", values, NULL, 3);
  rc_line_chart_add_series (chart, "Swindon", values, NULL, 3);
  rc_line_chart_add_series (chart, "Torbay", other, NULL, 3);
  g_assert_true (rc_line_chart_point_position (chart, W, H, 2, 1, &ox, &oy));
  g_assert_true (rc_line_chart_point_position (chart, W, H, 0, 1, &x, &y));

  /* Unhighlighted, the later series is drawn over the earlier one, and
   * every series has its full colour. */
  surface = render (RC_CHART_DRAW_FUNC (rc_line_chart_draw), chart, &style);
  assert_pixel (surface, x, y, &style.palette[1]);
  assert_pixel (surface, ox, oy, &style.palette[2]);
  cairo_surface_destroy (surface);

  /* Highlighted, the first is on top and the other muted. */
  rc_line_chart_set_highlighted (chart, 0);
  surface = render (RC_CHART_DRAW_FUNC (rc_line_chart_draw), chart, &style);
  assert_pixel (surface, x, y, &style.palette[0]);
  cairo_surface_destroy (surface);

  rc_line_chart_set_highlighted (chart, 1);
  surface = render (RC_CHART_DRAW_FUNC (rc_line_chart_draw), chart, &style);
  assert_pixel (surface, x, y, &style.palette[1]);
  muted = rc_chart_color_mix (&style.palette[2], &style.background, style.muted_mix);
  assert_pixel (surface, ox, oy, &muted);
  cairo_surface_destroy (surface);
  g_assert_true (rc_line_chart_point_position (chart, W, H, 0, 0, &x, &y));

  /* A tie in hit-testing goes to the series on top. */
  g_assert_true (rc_line_chart_hit_test (chart, W, H, x, y, &series, &index));
  g_assert_cmpuint (series, ==, 1);
  g_assert_cmpuint (index, ==, 0);
  rc_line_chart_set_highlighted (chart, RC_LINE_CHART_NONE);
  g_assert_cmpuint (rc_line_chart_get_highlighted (chart), ==, RC_LINE_CHART_NONE);
}

static void
test_line_hit_test (void)
{
  g_autoptr(RcLineChart) chart = line_chart_new (4);
  const double a[] = { 0.10, 0.20, 0.30, 0.40 };
  const double b[] = { 0.40, 0.0, 0.20, 0.10 };
  const gboolean b_present[] = { TRUE, FALSE, TRUE, TRUE };
  double x, y, bx, by;
  guint series = 99, index = 99;

  rc_line_chart_add_series (chart, "A", a, NULL, 4);
  rc_line_chart_add_series (chart, "B", b, b_present, 4);

  g_assert_true (rc_line_chart_point_position (chart, W, H, 1, 2, &x, &y));
  g_assert_true (rc_line_chart_hit_test (chart, W, H, x + 5, y - 4, &series, &index));
  g_assert_cmpuint (series, ==, 1);
  g_assert_cmpuint (index, ==, 2);
  /* 9 units away is too far. */
  g_assert_false (rc_line_chart_hit_test (chart, W, H, x + 9, y, &series, &index));

  /* Between two points, the nearer wins. */
  g_assert_true (rc_line_chart_point_position (chart, W, H, 0, 1, &x, &y));
  g_assert_true (rc_line_chart_hit_test (chart, W, H, x - 2, y + 6, &series, &index));
  g_assert_cmpuint (series, ==, 0);
  g_assert_cmpuint (index, ==, 1);

  /* A missing value cannot be pointed at: at 0 for period 1 there is nothing. */
  g_assert_true (rc_line_chart_point_position (chart, W, H, 0, 1, &bx, NULL));
  g_assert_true (rc_line_chart_point_position (chart, W, H, 0, 0, NULL, &by));
  {
    RcChartRect plot;

    rc_line_chart_plot_area (chart, W, H, &plot);
    g_assert_false (rc_line_chart_hit_test (chart, W, H, bx, plot.y + plot.height,
                                            &series, &index));
  }
}

static void
test_line_labels_thinned (void)
{
  RcChartData data;
  RcChartText text;
  RcChartFrame frame;
  char *labels[40];

  for (guint i = 0; i < 40; i++)
    labels[i] = g_strdup_printf ("%u", 1990 + i);
  rc_chart_data_init (&data);
  rc_chart_data_set_title (&data, "Vacancy rate");
  rc_chart_data_set_categories (&data, (const char * const *) labels, G_N_ELEMENTS (labels));
  data.format = RC_CHART_FORMAT_PERCENT;
  for (guint i = 0; i < 40; i++)
    g_free (labels[i]);

  rc_chart_text_init (&text, NULL);
  rc_chart_frame_compute (&frame, &text, &data, NULL, 0, 0.2, 2400, 400);
  g_assert_cmpuint (frame.label_step, ==, 1);
  rc_chart_frame_compute (&frame, &text, &data, NULL, 0, 0.2, 400, 400);
  g_assert_cmpuint (frame.label_step, >, 1);
  /* The labels drawn, one band apart times the step, no longer overlap. */
  {
    double w;

    rc_chart_text_size (&text, RC_CHART_TEXT_NORMAL, "2000", 0, &w, NULL);
    g_assert_cmpfloat (frame.plot.width / 40 * frame.label_step, >, w);
  }
  rc_chart_text_clear (&text);
  rc_chart_data_clear (&data);
}

static void
test_line_no_data (void)
{
  g_autoptr(RcLineChart) chart = line_chart_new (3);
  const double values[] = { 0, 0, 0 };
  const gboolean none[] = { FALSE, FALSE, FALSE };
  cairo_surface_t *surface;
  RcChartRect plot;
  guint s, i;

  /* No series, then a series with no values: a message, not an axis. */
  surface = render (RC_CHART_DRAW_FUNC (rc_line_chart_draw), chart, NULL);
  cairo_surface_destroy (surface);
  rc_line_chart_add_series (chart, "Torbay", values, none, 3);
  g_assert_false (rc_line_chart_plot_area (chart, W, H, &plot));
  g_assert_false (rc_line_chart_hit_test (chart, W, H, W / 2, H / 2, &s, &i));
  surface = render (RC_CHART_DRAW_FUNC (rc_line_chart_draw), chart, NULL);
  cairo_surface_destroy (surface);

  /* Periods set after a series cut or pad its values. */
  rc_line_chart_set_periods (chart, (const char *[]) { "2024", "2025", "2026", "2027" }, 4);
  g_assert_cmpuint (rc_line_chart_get_series (chart, 0)->n, ==, 4);
  g_assert_false (rc_line_chart_get_series (chart, 0)->present[3]);
}

static void
test_line_rates (void)
{
  g_autoptr(RcLineChart) chart = line_chart_new (3);
  const RcRate rates[] = { { 0.149, TRUE }, RC_RATE_NONE, { NAN, TRUE } };
  const RcChartSeries *series;

  rc_line_chart_add_rates (chart, "Somerset", rates, 3);
  series = rc_line_chart_get_series (chart, 0);
  g_assert_true (series->present[0]);
  g_assert_false (series->present[1]);
  g_assert_false (series->present[2]);  /* not finite: a gap, not a point */
}

/* ---- Bar chart ---------------------------------------------------------------- */

static void
test_bar_grouped (void)
{
  g_autoptr(RcBarChart) chart = rc_bar_chart_new (RC_BAR_CHART_GROUPED);
  const char *councils[] = { "Somerset", "Swindon" };
  const double a[] = { 100, 40 };
  const double b[] = { 50, 0 };
  const gboolean b_present[] = { TRUE, FALSE };
  cairo_surface_t *surface;
  RcChartStyle style;
  RcChartRect ra, rb, plot;
  guint s, c;

  rc_chart_style_init (&style, FALSE);
  rc_bar_chart_set_categories (chart, councils, 2);
  rc_bar_chart_add_series (chart, "2024", a, NULL, 2);
  rc_bar_chart_add_series (chart, "2025", b, b_present, 2);

  g_assert_true (rc_bar_chart_plot_area (chart, W, H, &plot));
  g_assert_true (rc_bar_chart_bar_rect (chart, W, H, 0, 0, &ra));
  g_assert_true (rc_bar_chart_bar_rect (chart, W, H, 1, 0, &rb));
  /* 100 on an axis of 0–100 fills the plot's height; 50 half of it. */
  g_assert_cmpfloat_with_epsilon (ra.height, plot.height, 1e-9);
  g_assert_cmpfloat_with_epsilon (rb.height * 2, ra.height, 1e-9);
  g_assert_cmpfloat_with_epsilon (ra.y + ra.height, rb.y + rb.height, 1e-9);
  g_assert_cmpfloat (ra.x + ra.width, <=, rb.x);
  g_assert_false (rc_bar_chart_bar_rect (chart, W, H, 1, 1, &rb));

  surface = render (RC_CHART_DRAW_FUNC (rc_bar_chart_draw), chart, &style);
  assert_pixel (surface, ra.x + ra.width / 2, ra.y + ra.height / 2, &style.palette[0]);
  assert_pixel (surface, ra.x + ra.width / 2, ra.y - 3, &style.background);
  g_assert_cmpuint (count_pixels (surface, &rb, &style.palette[1]), >, rb.width * rb.height / 3);
  cairo_surface_destroy (surface);

  g_assert_true (rc_bar_chart_hit_test (chart, W, H, rb.x + 1, rb.y + 1, &s, &c));
  g_assert_cmpuint (s, ==, 1);
  g_assert_cmpuint (c, ==, 0);
  g_assert_false (rc_bar_chart_hit_test (chart, W, H, 1, 1, &s, &c));
}

static void
test_bar_stacked (void)
{
  g_autoptr(RcBarChart) chart = rc_bar_chart_new (RC_BAR_CHART_STACKED);
  const char *councils[] = { "Somerset", "Swindon", "Torbay" };
  const double bursaries[] = { 3000000, 1000000, 2500000 };
  const double fees[] = { 2000000, 4000000, 0 };
  RcChartRect a, b, plot;
  g_autofree char *text = NULL;

  rc_bar_chart_set_format (chart, RC_CHART_FORMAT_MONEY);
  rc_bar_chart_set_categories (chart, councils, 3);
  rc_bar_chart_add_series (chart, "Bursaries", bursaries, NULL, 3);
  rc_bar_chart_add_series (chart, "University fees", fees, NULL, 3);
  g_assert_true (rc_bar_chart_plot_area (chart, W, H, &plot));

  /* £50k in both of the first two councils: the stacks are equally tall
   * and reach the top of a 0–£50k axis. */
  for (guint c = 0; c < 2; c++)
    {
      g_assert_true (rc_bar_chart_bar_rect (chart, W, H, 0, c, &a));
      g_assert_true (rc_bar_chart_bar_rect (chart, W, H, 1, c, &b));
      g_assert_cmpfloat_with_epsilon (a.y + a.height, plot.y + plot.height, 1e-9);
      g_assert_cmpfloat_with_epsilon (b.y + b.height, a.y, 1e-9);
      g_assert_cmpfloat_with_epsilon (b.y, plot.y, 1e-9);
      g_assert_cmpfloat_with_epsilon (a.x, b.x, 1e-9);
    }
  g_assert_true (rc_bar_chart_bar_rect (chart, W, H, 0, 0, &a));
  g_assert_cmpfloat_with_epsilon (a.height / plot.height, 30.0 / 50.0, 1e-9);
  /* A 0 is a segment of no height. */
  g_assert_true (rc_bar_chart_bar_rect (chart, W, H, 1, 2, &b));
  g_assert_cmpfloat (b.height, ==, 0);

  text = rc_bar_chart_describe_bar (chart, 1, 1);
  g_assert_cmpstr (text, ==, "University fees, Swindon: £40,000.00");
}

/* ---- Funnel ------------------------------------------------------------------- */

static void
test_funnel (void)
{
  g_autoptr(RcFunnelChart) chart = rc_funnel_chart_new ();
  const guint64 counts[] = { 120, 60, 30, 0 };
  const char *stages[] = { "Applied", "Offered", "Qualified", "Employed" };
  cairo_surface_t *surface;
  RcChartStyle style;
  RcChartRect first, rect;
  guint stage;

  rc_chart_style_init (&style, FALSE);
  rc_funnel_chart_set_title (chart, "Step Up 2023");
  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    rc_funnel_chart_add_stage (chart, stages[i], counts[i]);

  g_assert_true (rc_funnel_chart_stage_rect (chart, W, H, 0, &first));
  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    {
      g_autofree char *text = rc_funnel_chart_format_stage (chart, i);

      g_assert_true (rc_funnel_chart_stage_rect (chart, W, H, i, &rect));
      g_assert_cmpfloat_with_epsilon (rect.width, first.width * counts[i] / 120.0, 1e-9);
      /* Centred on one axis. */
      g_assert_cmpfloat_with_epsilon (rect.x + rect.width / 2, first.x + first.width / 2, 1e-9);
      if (i > 0)
        g_assert_cmpfloat (rect.y, >, first.y);

      g_assert_true (rc_funnel_chart_hit_test (chart, W, H, rect.x + rect.width / 2,
                                               rect.y + rect.height / 2, &stage));
      g_assert_cmpuint (stage, ==, i);
      if (i == 1)
        g_assert_cmpstr (text, ==, "60 (50.0 %)");
      if (i == 3)
        g_assert_cmpstr (text, ==, "0 (0.0 %)");
    }
  g_assert_false (rc_funnel_chart_stage_rect (chart, W, H, 4, &rect));

  surface = render (RC_CHART_DRAW_FUNC (rc_funnel_chart_draw), chart, &style);
  g_assert_true (rc_funnel_chart_stage_rect (chart, W, H, 1, &rect));
  assert_pixel (surface, rect.x + 2, rect.y + 2, &style.palette[0]);
  assert_pixel (surface, rect.x - 4, rect.y + 2, &style.background);
  cairo_surface_destroy (surface);
}

static void
test_funnel_empty_first (void)
{
  g_autoptr(RcFunnelChart) chart = rc_funnel_chart_new ();
  g_autofree char *text = NULL;
  cairo_surface_t *surface;

  surface = render (RC_CHART_DRAW_FUNC (rc_funnel_chart_draw), chart, NULL);
  cairo_surface_destroy (surface);
  rc_funnel_chart_add_stage (chart, "Applied", 0);
  rc_funnel_chart_add_stage (chart, "Offered", 0);
  text = rc_funnel_chart_format_stage (chart, 1);
  g_assert_cmpstr (text, ==, "0 (\xe2\x80\x94)");
  surface = render (RC_CHART_DRAW_FUNC (rc_funnel_chart_draw), chart, NULL);
  cairo_surface_destroy (surface);
}

/* ---- Export ------------------------------------------------------------------- */

static RcLineChart *
sample_line_chart (void)
{
  RcLineChart *chart = line_chart_new (9);
  const double somerset[] = { 0.171, 0.189, 0.16, 0.152, 0.139, 0.131, 0.145, 0.149, 0.149 };
  const double swindon[] = { 0.12, 0.135, 0, 0.11, 0.098, 0.104, 0.131, 0.12, 0.114 };
  const gboolean swindon_present[] = { TRUE, TRUE, FALSE, TRUE, TRUE, TRUE, TRUE, TRUE, TRUE };
  const double bath[] = { 0.09, 0.07, 0.081, 0.088, 0.092, 0.11, 0.12, 0.101, 0.097 };
  const double south_west[] = { 0.146, 0.15, 0.141, 0.139, 0.133, 0.14, 0.152, 0.147, 0.143 };
  const double england[] = { 0.161, 0.165, 0.162, 0.168, 0.169, 0.166, 0.175, 0.17, 0.168 };
  guint i;

  rc_line_chart_set_title (chart, "Vacancy rate, social workers (FTE)");
  i = rc_line_chart_add_series (chart, "Somerset", somerset, NULL, 9);
  rc_line_chart_set_highlighted (chart, i);
  rc_line_chart_add_series (chart, "Swindon", swindon, swindon_present, 9);
  rc_line_chart_add_series (chart, "Bath and North East Somerset", bath, NULL, 9);
  i = rc_line_chart_add_series (chart, "South West", south_west, NULL, 9);
  rc_line_chart_set_benchmark (chart, i, TRUE);
  i = rc_line_chart_add_series (chart, "England", england, NULL, 9);
  rc_line_chart_set_benchmark (chart, i, TRUE);
  return chart;
}

typedef struct
{
  gboolean root_svg;
  guint    depth;
  guint    elements;
} SvgCheck;

static void
svg_start (GMarkupParseContext  *context,
           const char           *name,
           const char          **attribute_names,
           const char          **attribute_values,
           gpointer              user_data,
           GError              **error)
{
  SvgCheck *check = user_data;

  if (check->depth == 0)
    check->root_svg = g_str_equal (name, "svg");
  check->depth++;
  check->elements++;
}

static void
svg_end (GMarkupParseContext  *context,
         const char           *name,
         gpointer              user_data,
         GError              **error)
{
  ((SvgCheck *) user_data)->depth--;
}

static void
test_export_svg_pdf_png (void)
{
  g_autoptr(RcLineChart) chart = sample_line_chart ();
  g_autofree char *svg_path = output_path ("chart.svg");
  g_autofree char *pdf_path = output_path ("chart.PDF");
  g_autofree char *png_path = output_path ("chart.png");
  g_autofree char *svg = NULL;
  g_autofree char *pdf = NULL;
  g_autoptr(GError) error = NULL;
  GMarkupParser parser = { svg_start, svg_end, NULL, NULL, NULL };
  GMarkupParseContext *context;
  SvgCheck check = { FALSE, 0, 0 };
  cairo_surface_t *png;
  gsize len;

  g_assert_true (rc_chart_export (RC_CHART_DRAW_FUNC (rc_line_chart_draw), chart, svg_path,
                                  800, 500, FALSE, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (svg_path, &svg, &len, &error));
  context = g_markup_parse_context_new (&parser, 0, &check, NULL);
  g_assert_true (g_markup_parse_context_parse (context, svg, (gssize) len, &error)
                 && g_markup_parse_context_end_parse (context, &error));
  g_assert_no_error (error);
  g_markup_parse_context_free (context);
  g_assert_true (check.root_svg);
  g_assert_cmpuint (check.depth, ==, 0);
  g_assert_cmpuint (check.elements, >, 10);
  g_assert_nonnull (strstr (svg, "width=\"800px\""));

  g_assert_true (rc_chart_export (RC_CHART_DRAW_FUNC (rc_line_chart_draw), chart, pdf_path,
                                  800, 500, TRUE, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (pdf_path, &pdf, &len, &error));
  g_assert_true (g_str_has_prefix (pdf, "%PDF-"));
  while (len > 0 && g_ascii_isspace (pdf[len - 1]))
    len--;
  g_assert_cmpuint (len, >, 5);
  g_assert_cmpmem (pdf + len - 5, 5, "%%EOF", 5);

  g_assert_true (rc_chart_export (RC_CHART_DRAW_FUNC (rc_line_chart_draw), chart, png_path,
                                  640, 400, FALSE, &error));
  g_assert_no_error (error);
  png = cairo_image_surface_create_from_png (png_path);
  g_assert_cmpint (cairo_surface_status (png), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (png), ==, 640);
  g_assert_cmpint (cairo_image_surface_get_height (png), ==, 400);
  cairo_surface_destroy (png);
}

/* Where a chart was drawn on the page, in the page's points. */
typedef struct
{
  double x0, y0, x1, y1;
  double width, height;
} Placed;

static Placed placed;

static void
record_placement (gconstpointer       chart,
                  cairo_t            *cr,
                  double              width,
                  double              height,
                  const RcChartStyle *style)
{
  placed.x0 = 0;
  placed.y0 = 0;
  placed.x1 = width;
  placed.y1 = height;
  cairo_user_to_device (cr, &placed.x0, &placed.y0);
  cairo_user_to_device (cr, &placed.x1, &placed.y1);
  placed.width = width;
  placed.height = height;
}

/* The rows of @surface with anything but white on them: first and last. */
static gboolean
inked_rows (cairo_surface_t *surface,
            int             *first,
            int             *last,
            int             *left)
{
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);

  *first = *last = *left = -1;
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        int rgb[3];

        pixel_rgb (surface, x, y, rgb);
        if (rgb[0] < 200 || rgb[1] < 200 || rgb[2] < 200)
          {
            if (*first < 0)
              *first = y;
            *last = y;
            if (*left < 0 || x < *left)
              *left = x;
          }
      }

  return *first >= 0;
}

/* A PDF chart is an A4 landscape page: the chart keeps its proportions
 * within the margins, and the source line is printed under it. */
static void
test_export_pdf_page (void)
{
  g_autoptr(RcLineChart) chart = sample_line_chart ();
  g_autofree char *pdf_path = output_path ("page.pdf");
  g_autofree char *pdf = NULL;
  g_autoptr(GError) error = NULL;
  const char *source = "Source: DfE children’s social work workforce, as at 30 September";
  RcChartExportOptions options = { RC_CHART_FILE_PDF, 1200, 800, FALSE, source, FALSE };
  int page_width = (int) ceil (RC_CHART_PDF_PAGE_WIDTH);
  int page_height = (int) ceil (RC_CHART_PDF_PAGE_HEIGHT);
  double margin = 15.0 / 25.4 * 72.0;
  cairo_surface_t *page;
  cairo_t *cr;
  int first, last, left;
  gsize len;

  g_assert_cmpfloat_with_epsilon (RC_CHART_PDF_PAGE_WIDTH, 841.889764, 1e-5);
  g_assert_cmpfloat_with_epsilon (RC_CHART_PDF_PAGE_HEIGHT, 595.275591, 1e-5);

  /* Only the source line inks the page when the chart draws nothing. */
  page = cairo_image_surface_create (CAIRO_FORMAT_RGB24, page_width, page_height);
  cr = cairo_create (page);
  rc_chart_export_draw_page (RC_CHART_DRAW_FUNC (record_placement), NULL, cr, &options);
  cairo_destroy (cr);
  cairo_surface_flush (page);
  g_assert_true (inked_rows (page, &first, &last, &left));
  g_test_message ("chart %.1f,%.1f to %.1f,%.1f; source rows %d to %d from x %d",
                  placed.x0, placed.y0, placed.x1, placed.y1, first, last, left);
  /* The chart: 3:2 as asked, within the margins, above the source. */
  g_assert_cmpfloat_with_epsilon ((placed.x1 - placed.x0) / (placed.y1 - placed.y0), 1.5, 1e-9);
  g_assert_cmpfloat (placed.x0, >=, margin - 1e-9);
  g_assert_cmpfloat (placed.x1, <=, page_width - margin + 1e-9);
  g_assert_cmpfloat (placed.y0, >=, margin - 1e-9);
  g_assert_cmpfloat (placed.y1, <, first);
  g_assert_cmpfloat (placed.y1 - placed.y0, >, 400);
  /* The line: under the chart, from its left edge, within the margin. */
  g_assert_cmpint (last, <=, page_height - (int) margin);
  g_assert_cmpint (last - first, <, 20);
  g_assert_cmpint (left, >=, (int) placed.x0);
  g_assert_cmpint (left, <, (int) placed.x0 + 10);
  cairo_surface_destroy (page);

  /* Without a source, nothing but the chart. */
  options.source = NULL;
  page = cairo_image_surface_create (CAIRO_FORMAT_RGB24, page_width, page_height);
  cr = cairo_create (page);
  rc_chart_export_draw_page (RC_CHART_DRAW_FUNC (record_placement), NULL, cr, &options);
  cairo_destroy (cr);
  cairo_surface_flush (page);
  g_assert_false (inked_rows (page, &first, &last, &left));
  cairo_surface_destroy (page);

  /* The page with the chart, for a person to look at (in the build's
   * tests/ folder, as the other samples). */
  options.source = source;
  page = cairo_image_surface_create (CAIRO_FORMAT_RGB24, page_width, page_height);
  cr = cairo_create (page);
  rc_chart_export_draw_page (RC_CHART_DRAW_FUNC (rc_line_chart_draw), chart, cr, &options);
  cairo_destroy (cr);
  {
    g_autofree char *png = g_build_filename (g_getenv ("RC_TEST_OUTPUT_DIR") ?: rc_test_get_tmpdir (),
                                             "charts-pdf-page.png", NULL);

    g_assert_cmpint (cairo_surface_write_to_png (page, png), ==, CAIRO_STATUS_SUCCESS);
  }
  cairo_surface_destroy (page);

  /* The file: one A4 landscape page, whatever size was asked for. */
  g_assert_true (rc_chart_export_with_options (RC_CHART_DRAW_FUNC (rc_line_chart_draw), chart, pdf_path,
                                               &options, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (pdf_path, &pdf, &len, &error));
  g_assert_true (g_str_has_prefix (pdf, "%PDF-"));
  {
    const char *box = "/MediaBox [ 0 0 841.889764 595.275591 ]";
    gboolean found = FALSE;

    for (gsize i = 0; !found && i + strlen (box) <= len; i++)
      found = memcmp (pdf + i, box, strlen (box)) == 0;
    g_assert_true (found);
  }
}

/* What the save dialog's answer makes, as a portal's answer comes. */
static void
test_export_resolve (void)
{
  static const struct {
    const char *path;
    int         filter;
    gboolean    changed;
    const char *want;
    RcChartFileType type;
  } cases[] = {
    /* The issue: agency-rate.png with PDF chosen wrote a PNG. */
    { "/d/agency-rate.png", RC_CHART_FILE_PDF, TRUE, "/d/agency-rate.pdf", RC_CHART_FILE_PDF },
    { "/d/agency-rate.png", RC_CHART_FILE_SVG, TRUE, "/d/agency-rate.svg", RC_CHART_FILE_SVG },
    { "/d/agency-rate.png", RC_CHART_FILE_PNG, FALSE, "/d/agency-rate.png", RC_CHART_FILE_PNG },
    /* Typed, with the filter left alone: the name decides. */
    { "/d/chart.svg", RC_CHART_FILE_PNG, FALSE, "/d/chart.svg", RC_CHART_FILE_SVG },
    { "/d/chart.PDF", RC_CHART_FILE_PNG, FALSE, "/d/chart.PDF", RC_CHART_FILE_PDF },
    { "/d/chart.PDF", RC_CHART_FILE_PDF, TRUE, "/d/chart.PDF", RC_CHART_FILE_PDF },
    /* No extension, or another one: the filter's is added. */
    { "/d/chart", RC_CHART_FILE_SVG, FALSE, "/d/chart.svg", RC_CHART_FILE_SVG },
    { "/d/report.v2", RC_CHART_FILE_PDF, TRUE, "/d/report.v2.pdf", RC_CHART_FILE_PDF },
    { "/d.x/chart", RC_CHART_FILE_PDF, TRUE, "/d.x/chart.pdf", RC_CHART_FILE_PDF },
    /* No filter of ours. */
    { "/d/chart.pdf", -1, FALSE, "/d/chart.pdf", RC_CHART_FILE_PDF },
    { "/d/chart", -1, TRUE, "/d/chart.png", RC_CHART_FILE_PNG },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      RcChartFileType type = 99;
      g_autofree char *path = rc_chart_file_resolve (cases[i].path, cases[i].filter, cases[i].changed, &type);

      g_assert_cmpstr (path, ==, cases[i].want);
      g_assert_cmpint (type, ==, cases[i].type);
    }
}

static guint
count_entries (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  g_assert_nonnull (d);
  while (g_dir_read_name (d) != NULL)
    n++;
  return n;
}

static void
test_export_unsupported (void)
{
  g_autoptr(RcLineChart) chart = sample_line_chart ();
  g_autofree char *jpg = output_path ("chart.jpg");
  g_autofree char *bare = output_path ("chart");
  g_autoptr(GError) error = NULL;

  g_assert_false (rc_chart_export (RC_CHART_DRAW_FUNC (rc_line_chart_draw), chart, jpg,
                                   400, 300, FALSE, &error));
  g_assert_error (error, RC_CHART_ERROR, RC_CHART_ERROR_UNSUPPORTED);
  g_assert_nonnull (strstr (error->message, ".jpg"));
  g_assert_false (g_file_test (jpg, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  g_assert_false (rc_chart_export (RC_CHART_DRAW_FUNC (rc_line_chart_draw), chart, bare,
                                   400, 300, FALSE, &error));
  g_assert_error (error, RC_CHART_ERROR, RC_CHART_ERROR_UNSUPPORTED);
  g_assert_false (g_file_test (bare, G_FILE_TEST_EXISTS));
}

static void
assert_export_fails (const RcLineChart *chart,
                     const char        *path,
                     const char        *dir_to_check,
                     int                code)
{
  g_autoptr(GError) error = NULL;
  guint before = dir_to_check != NULL ? count_entries (dir_to_check) : 0;

  g_assert_false (rc_chart_export (RC_CHART_DRAW_FUNC (rc_line_chart_draw), chart, path,
                                   400, 300, FALSE, &error));
  g_assert_error (error, RC_OUTPUT_FILE_ERROR, code);
  g_assert_nonnull (strstr (error->message, path));
  if (dir_to_check != NULL)
    g_assert_cmpuint (count_entries (dir_to_check), ==, before);
}

static void
test_export_unwritable (void)
{
  g_autoptr(RcLineChart) chart = sample_line_chart ();
  g_autofree char *dir = output_path ("export-fails");
  g_autofree char *missing = g_build_filename (dir, "no-such-folder", "chart.png", NULL);
  g_autofree char *file = g_build_filename (dir, "file.txt", NULL);
  g_autofree char *under_file = g_build_filename (file, "chart.svg", NULL);
  g_autofree char *as_dir = g_build_filename (dir, "taken.pdf", NULL);
  g_autofree char *locked = g_build_filename (dir, "locked", NULL);
  g_autofree char *in_locked = g_build_filename (locked, "chart.png", NULL);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (file, "x", 1, NULL));
  g_assert_cmpint (g_mkdir (as_dir, 0700), ==, 0);

  assert_export_fails (chart, missing, dir, RC_OUTPUT_FILE_ERROR_FOLDER);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  assert_export_fails (chart, under_file, dir, RC_OUTPUT_FILE_ERROR_FOLDER);

  /* A folder of that name is refused before anything is written. */
  assert_export_fails (chart, as_dir, dir, RC_OUTPUT_FILE_ERROR_NOT_REGULAR);
  g_assert_true (g_file_test (as_dir, G_FILE_TEST_IS_DIR));

  /* A folder without write permission (root may write anywhere; the
   * command-line tests drop to nobody for it). */
  g_assert_cmpint (g_mkdir (locked, 0500), ==, 0);
  if (geteuid () != 0)
    {
      assert_export_fails (chart, in_locked, locked, RC_OUTPUT_FILE_ERROR_FOLDER);
      g_assert_false (g_file_test (in_locked, G_FILE_TEST_EXISTS));
    }
  g_chmod (locked, 0700);
}

typedef struct
{
  gboolean  done;
  gboolean  written;
  GError   *error;
  int       freed;
} AsyncOutcome;

static void
async_exported (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  AsyncOutcome *outcome = user_data;

  outcome->written = rc_chart_export_finish (result, &outcome->error);
  outcome->done = TRUE;
}

static gboolean
async_done (gpointer outcome)
{
  /* The chart is freed with the task, which may end after its callback. */
  return ((AsyncOutcome *) outcome)->done && ((AsyncOutcome *) outcome)->freed > 0;
}

static AsyncOutcome *async_freeing;

/* Called where the task is let go: on either thread. */
static void
free_counted (gpointer chart)
{
  rc_line_chart_free (chart);
  g_atomic_int_inc (&async_freeing->freed);
}

static gboolean
async_freed (gpointer outcome)
{
  return g_atomic_int_get (&((AsyncOutcome *) outcome)->freed) == 1;
}

static gboolean
keep_looking (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/* A chart drawn and written in a worker: the same file as on the
 * caller's thread; cancelled, nothing is written and what was there is
 * kept; the chart is freed either way. */
static void
test_export_async (void)
{
  g_autofree char *dir = output_path ("export-async");
  g_autofree char *path = g_build_filename (dir, "chart.png", NULL);
  g_autofree char *kept = g_build_filename (dir, "kept.png", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  RcChartExportOptions options = { RC_CHART_FILE_PNG, 600, 400, FALSE, NULL, FALSE };
  AsyncOutcome outcome = { 0 };
  guint tick = g_timeout_add (5, keep_looking, NULL);
  gsize length;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  async_freeing = &outcome;
  rc_chart_export_async (RC_CHART_DRAW_FUNC (rc_line_chart_draw), sample_line_chart (), free_counted,
                         path, &options, NULL, async_exported, &outcome);
  g_assert_true (rc_test_wait_for (async_done, &outcome, 10000));
  g_assert_no_error (outcome.error);
  g_assert_true (outcome.written);
  g_assert_true (rc_test_wait_for (async_freed, &outcome, 10000));
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpmem (contents, 8, "\x89PNG\r\n\x1a\n", 8);
  g_clear_pointer (&contents, g_free);

  g_assert_true (g_file_set_contents (kept, "old", -1, NULL));
  memset (&outcome, 0, sizeof outcome);
  g_cancellable_cancel (cancellable);
  rc_chart_export_async (RC_CHART_DRAW_FUNC (rc_line_chart_draw), sample_line_chart (), free_counted,
                         kept, &options, cancellable, async_exported, &outcome);
  g_assert_true (rc_test_wait_for (async_done, &outcome, 10000));
  g_assert_false (outcome.written);
  g_assert_error (outcome.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&outcome.error);
  g_assert_true (rc_test_wait_for (async_freed, &outcome, 10000));
  g_assert_true (g_file_get_contents (kept, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "old");
  async_freeing = NULL;
  g_source_remove (tick);
}

/* Writes each chart type, light and dark, for a person to look at; the
 * files land in the build folder under tests/. */
static void
test_export_samples (void)
{
  g_autoptr(RcLineChart) line = sample_line_chart ();
  g_autoptr(RcBarChart) bars = rc_bar_chart_new (RC_BAR_CHART_GROUPED);
  g_autoptr(RcBarChart) stacked = rc_bar_chart_new (RC_BAR_CHART_STACKED);
  g_autoptr(RcFunnelChart) funnel = rc_funnel_chart_new ();
  const char *out = g_getenv ("RC_TEST_OUTPUT_DIR");
  const char *councils[] = { "Somerset", "B&NES", "North Somerset", "South Glos", "Swindon",
                             "Gloucestershire" };
  const double bursaries[] = { 4200000, 2100000, 1850000, 2400000, 1600000, 3900000 };
  const double fees[] = { 2700000, 1350000, 1350000, 1800000, 900000, 2250000 };
  const double backfill[] = { 1500000, 600000, 0, 900000, 450000, 1200000 };
  const gboolean backfill_present[] = { TRUE, TRUE, FALSE, TRUE, TRUE, TRUE };
  const char *stages[] = { "Applied", "Assessment centre", "Offered", "Enrolled", "Qualified",
                           "Registered", "Employed", "ASYE completed" };
  const guint64 counts[] = { 412, 188, 74, 68, 61, 60, 52, 47 };
  const struct { const char *name; RcChartDrawFunc draw; gconstpointer chart; } charts[] = {
    { "line", RC_CHART_DRAW_FUNC (rc_line_chart_draw), line },
    { "bar", RC_CHART_DRAW_FUNC (rc_bar_chart_draw), bars },
    { "stacked", RC_CHART_DRAW_FUNC (rc_bar_chart_draw), stacked },
    { "funnel", RC_CHART_DRAW_FUNC (rc_funnel_chart_draw), funnel },
  };

  if (out == NULL)
    out = rc_test_get_tmpdir ();

  for (guint i = 0; i < 2; i++)
    {
      RcBarChart *chart = i == 0 ? bars : stacked;

      rc_bar_chart_set_title (chart, "Step Up 2025 bid: budget by partner council");
      rc_bar_chart_set_format (chart, RC_CHART_FORMAT_MONEY);
      rc_bar_chart_set_categories (chart, councils, G_N_ELEMENTS (councils));
      rc_bar_chart_add_series (chart, "Bursaries", bursaries, NULL, G_N_ELEMENTS (councils));
      rc_bar_chart_add_series (chart, "University fees", fees, NULL, G_N_ELEMENTS (councils));
      rc_bar_chart_add_series (chart, "Salary backfill", backfill, backfill_present,
                               G_N_ELEMENTS (councils));
    }
  rc_bar_chart_set_legend (stacked, RC_CHART_LEGEND_RIGHT);
  rc_funnel_chart_set_title (funnel, "Step Up to Social Work, south-west cohort 2023");
  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    rc_funnel_chart_add_stage (funnel, stages[i], counts[i]);

  for (guint i = 0; i < G_N_ELEMENTS (charts); i++)
    for (guint dark = 0; dark < 2; dark++)
      {
        g_autofree char *name = g_strdup_printf ("charts-%s-%s.png", charts[i].name,
                                                 dark ? "dark" : "light");
        g_autofree char *path = g_build_filename (out, name, NULL);
        g_autoptr(GError) error = NULL;

        g_assert_true (rc_chart_export (charts[i].draw, charts[i].chart, path, 800, 480,
                                        dark, &error));
        g_assert_no_error (error);
      }
}

int
main (int   argc,
      char *argv[])
{
  rc_test_init_environment (&argc, &argv);

  g_test_add_func ("/charts/axis/ticks", test_axis_ticks);
  g_test_add_func ("/charts/axis/format", test_axis_format);
  g_test_add_func ("/charts/line/point-position", test_line_point_position);
  g_test_add_func ("/charts/line/gap", test_line_gap);
  g_test_add_func ("/charts/line/labels-every-milestone", test_line_labels_every_milestone);
  g_test_add_func ("/charts/line/legend", test_line_legend);
  g_test_add_func ("/charts/line/legend-many", test_line_legend_many);
  g_test_add_func ("/charts/line/crowd", test_line_crowd);
  g_test_add_func ("/charts/line/dark", test_line_dark);
  g_test_add_func ("/charts/line/highlight", test_line_highlight);
  g_test_add_func ("/charts/line/hit-test", test_line_hit_test);
  g_test_add_func ("/charts/line/labels-thinned", test_line_labels_thinned);
  g_test_add_func ("/charts/line/no-data", test_line_no_data);
  g_test_add_func ("/charts/line/rates", test_line_rates);
  g_test_add_func ("/charts/bar/grouped", test_bar_grouped);
  g_test_add_func ("/charts/bar/stacked", test_bar_stacked);
  g_test_add_func ("/charts/funnel/widths", test_funnel);
  g_test_add_func ("/charts/funnel/empty-first", test_funnel_empty_first);
  g_test_add_func ("/charts/export/svg-pdf-png", test_export_svg_pdf_png);
  g_test_add_func ("/charts/export/pdf-page", test_export_pdf_page);
  g_test_add_func ("/charts/export/resolve", test_export_resolve);
  g_test_add_func ("/charts/export/unsupported", test_export_unsupported);
  g_test_add_func ("/charts/export/unwritable", test_export_unwritable);
  g_test_add_func ("/charts/export/async", test_export_async);
  g_test_add_func ("/charts/export/samples", test_export_samples);

  return g_test_run ();
}
