/* bench-charts.c: how long a national trend chart takes to draw
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Draws a line chart of 153 series × 15 years (every English council) into
 * a 1200×800 image N times, and, as a baseline measured in the same run on
 * the same machine, the same number of plain cairo line segments with no
 * text. Prints the median of each and their ratio.
 *
 *   bench-charts [RUNS] [--png FILE]
 */

#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>

#include "charts/rc-line-chart.h"

#define N_SERIES   153
#define N_PERIODS  15
#define WIDTH      1200
#define HEIGHT     800
#define TARGET_MS  8.0

static RcLineChart *
national_chart (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (2026);
  RcLineChart *chart = rc_line_chart_new ();
  const char *years[N_PERIODS];
  g_autofree char *labels = g_malloc (N_PERIODS * 8);
  double values[N_PERIODS];
  gboolean present[N_PERIODS];

  for (guint j = 0; j < N_PERIODS; j++)
    {
      g_snprintf (labels + j * 8, 8, "%u", 2011 + j);
      years[j] = labels + j * 8;
    }
  rc_line_chart_set_title (chart, "Vacancy rate, children's social workers, every council");
  rc_line_chart_set_format (chart, RC_CHART_FORMAT_PERCENT);
  rc_line_chart_set_periods (chart, years, N_PERIODS);

  for (guint i = 0; i < N_SERIES; i++)
    {
      g_autofree char *label = i == 0 ? g_strdup ("England")
                                      : g_strdup_printf ("Council %03u", i);
      double v = g_rand_double_range (rand, 0.04, 0.25);

      for (guint j = 0; j < N_PERIODS; j++)
        {
          double step = g_rand_double_range (rand, -0.02, 0.02);

          v = CLAMP (v + step, 0.0, 0.4);
          values[j] = v;
          /* Some councils miss a year or two, as in the DfE's data. */
          present[j] = g_rand_int_range (rand, 0, 100) >= 3;
        }
      rc_line_chart_add_series (chart, label, values, present, N_PERIODS);
    }
  rc_line_chart_set_benchmark (chart, 0, TRUE);
  rc_line_chart_set_highlighted (chart, 97);

  return chart;
}

/* The floor: the same segments, stroked with no text, axes or markers. */
static void
draw_baseline (const RcLineChart *chart,
               cairo_t           *cr)
{
  double band = (WIDTH - 100.0) / N_PERIODS;

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_set_line_width (cr, 1.2);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  for (guint i = 0; i < N_SERIES; i++)
    {
      const RcChartSeries *s = rc_line_chart_get_series (chart, i);

      for (guint j = 0; j < N_PERIODS; j++)
        {
          double x = 80 + (j + 0.5) * band;
          double y = 700 - s->values[j] * 1500;

          if (j == 0)
            cairo_move_to (cr, x, y);
          else
            cairo_line_to (cr, x, y);
        }
      cairo_set_source_rgb (cr, (i % 7) / 7.0, 0.4, 0.6);
      cairo_stroke (cr);
    }
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (double *ms,
        guint   n)
{
  qsort (ms, n, sizeof *ms, compare_doubles);
  return n % 2 ? ms[n / 2] : (ms[n / 2 - 1] + ms[n / 2]) / 2;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(RcLineChart) chart = NULL;
  g_autofree double *chart_ms = NULL;
  g_autofree double *base_ms = NULL;
  const char *png = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  guint runs = 50;
  double chart_median, base_median;

  setlocale (LC_ALL, "");
  for (int i = 1; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--png") && i + 1 < argc)
        png = argv[++i];
      else if (atoi (argv[i]) > 0)
        runs = (guint) atoi (argv[i]);
      else
        {
          fprintf (stderr, "Usage: %s [RUNS] [--png FILE]\n", argv[0]);
          return 2;
        }
    }

  chart = national_chart ();
  chart_ms = g_new (double, runs);
  base_ms = g_new (double, runs);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cr = cairo_create (surface);

  /* Warm up fonts, glyph caches and the allocator before measuring. */
  for (guint i = 0; i < 3; i++)
    {
      rc_line_chart_draw (chart, cr, WIDTH, HEIGHT, NULL);
      draw_baseline (chart, cr);
    }

  /* Interleaved, so that both see the same machine load. */
  for (guint i = 0; i < runs; i++)
    {
      gint64 t0, t1, t2;

      t0 = g_get_monotonic_time ();
      rc_line_chart_draw (chart, cr, WIDTH, HEIGHT, NULL);
      cairo_surface_flush (surface);
      t1 = g_get_monotonic_time ();
      draw_baseline (chart, cr);
      cairo_surface_flush (surface);
      t2 = g_get_monotonic_time ();
      chart_ms[i] = (t1 - t0) / 1000.0;
      base_ms[i] = (t2 - t1) / 1000.0;
    }

  if (png != NULL)
    {
      rc_line_chart_draw (chart, cr, WIDTH, HEIGHT, NULL);
      if (cairo_surface_write_to_png (surface, png) != CAIRO_STATUS_SUCCESS)
        fprintf (stderr, "Could not write %s\n", png);
    }
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  chart_median = median (chart_ms, runs);
  base_median = median (base_ms, runs);

  printf ("Line chart, %u series x %u points, %dx%d image, %u runs\n",
          N_SERIES, N_PERIODS, WIDTH, HEIGHT, runs);
  printf ("%-34s %10s %10s\n", "", "median ms", "min ms");
  printf ("%-34s %10.2f %10.2f\n", "rc_line_chart_draw", chart_median, chart_ms[0]);
  printf ("%-34s %10.2f %10.2f\n", "baseline: same segments, no text", base_median, base_ms[0]);
  printf ("%-34s %10.2f\n", "ratio", base_median > 0 ? chart_median / base_median : 0.0);
  printf ("%-34s %10.2f %10s\n", "target", TARGET_MS,
          chart_median < TARGET_MS ? "met" : "MISSED");

  return 0;
}
