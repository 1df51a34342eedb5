/* rc-chart-legend.c: the key of a chart, below it or on its right
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-charts"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "rc-chart-private.h"

#define SWATCH_LINE   28.0
#define SWATCH_BOX    12.0
#define SWATCH_GAP    6.0
#define ENTRY_GAP     18.0
#define ROW_GAP       4.0

/* A key of more series than this cannot be read; past it the legend names
 * only the important series (highlighted, benchmarks) and counts the rest. */
#define MAX_FULL_ENTRIES 24

static void
entry_clear (gpointer data)
{
  RcChartLegendEntry *entry = data;

  g_clear_pointer (&entry->label, g_free);
}

void
rc_chart_legend_init (RcChartLegend         *legend,
                      RcChartLegendPosition  position)
{
  legend->position = position;
  legend->entries = g_array_new (FALSE, TRUE, sizeof (RcChartLegendEntry));
  g_array_set_clear_func (legend->entries, entry_clear);
  legend->more = NULL;
  legend->width = legend->height = 0;
}

void
rc_chart_legend_clear (RcChartLegend *legend)
{
  g_clear_pointer (&legend->entries, g_array_unref);
  g_clear_pointer (&legend->more, g_free);
}

RcChartLegendEntry *
rc_chart_legend_add (RcChartLegend *legend,
                     const char    *label,
                     RcChartSwatch  swatch)
{
  RcChartLegendEntry entry = { 0 };

  entry.label = g_strdup (label != NULL ? label : "");
  entry.swatch = swatch;
  entry.line_width = 2.0;
  g_array_append_val (legend->entries, entry);

  return &g_array_index (legend->entries, RcChartLegendEntry, legend->entries->len - 1);
}

static double
swatch_width (RcChartSwatch swatch)
{
  switch (swatch)
    {
    case RC_CHART_SWATCH_LINE:
      return SWATCH_LINE + SWATCH_GAP;
    case RC_CHART_SWATCH_BOX:
      return SWATCH_BOX + SWATCH_GAP;
    case RC_CHART_SWATCH_NONE:
    default:
      return 0;
    }
}

static double
row_height (RcChartText *text)
{
  return MAX (text->line_height, SWATCH_BOX + 2) + ROW_GAP;
}

typedef struct
{
  double x;
  double y;
  double width;
} Cursor;

/* Places one item of @item_width; returns its top-left corner. */
static void
place (RcChartLegend *legend,
       RcChartText   *text,
       Cursor        *cursor,
       double         item_width,
       double         max_width,
       double        *x,
       double        *y)
{
  if (legend->position == RC_CHART_LEGEND_RIGHT
      || (cursor->x > 0 && cursor->x + item_width > max_width))
    {
      if (cursor->x > 0)
        {
          cursor->x = 0;
          cursor->y += row_height (text);
        }
    }
  *x = cursor->x;
  *y = cursor->y;
  cursor->width = MAX (cursor->width, cursor->x + item_width);
  cursor->x += item_width + ENTRY_GAP;
}

/* Lays out the important entries up to @n_important of them, or all entries
 * when @n_important is G_MAXUINT; returns FALSE once past @max_height. */
static gboolean
flow (RcChartLegend *legend,
      RcChartText   *text,
      guint          n_important,
      double         max_width,
      double         max_height)
{
  Cursor cursor = { 0, 0, 0 };
  guint placed = 0, kept = 0;

  g_clear_pointer (&legend->more, g_free);
  for (guint i = 0; i < legend->entries->len; i++)
    {
      RcChartLegendEntry *entry = &g_array_index (legend->entries, RcChartLegendEntry, i);
      double sw = swatch_width (entry->swatch);
      double cap = MAX (max_width - sw, 1);
      double lw;

      entry->placed = FALSE;
      if (n_important != G_MAXUINT && (!entry->important || kept >= n_important))
        continue;
      kept++;

      rc_chart_text_size (text, entry->bold ? RC_CHART_TEXT_BOLD : RC_CHART_TEXT_NORMAL,
                          entry->label, cap, &lw, NULL);
      entry->label_width = cap;
      place (legend, text, &cursor, sw + lw, max_width, &entry->x, &entry->y);
      entry->placed = TRUE;
      placed++;
      if (cursor.y + row_height (text) - ROW_GAP > max_height)
        return FALSE;
    }

  if (placed < legend->entries->len)
    {
      guint hidden = legend->entries->len - placed;
      double mw;

      if (placed > 0)
        legend->more = g_strdup_printf (ngettext ("and %u other", "and %u others", hidden),
                                        hidden);
      else
        legend->more = g_strdup_printf (ngettext ("%u series", "%u series", hidden), hidden);
      rc_chart_text_size (text, RC_CHART_TEXT_NORMAL, legend->more, max_width, &mw, NULL);
      place (legend, text, &cursor, mw, max_width, &legend->more_x, &legend->more_y);
    }

  legend->width = cursor.width;
  legend->height = placed > 0 || legend->more != NULL ? cursor.y + row_height (text) - ROW_GAP : 0;
  return legend->height <= max_height;
}

void
rc_chart_legend_layout (RcChartLegend *legend,
                        RcChartText   *text,
                        double         max_width,
                        double         max_height)
{
  guint n_important = 0;

  legend->width = legend->height = 0;
  if (legend->position == RC_CHART_LEGEND_NONE || legend->entries->len == 0)
    return;

  if (legend->entries->len <= MAX_FULL_ENTRIES
      && flow (legend, text, G_MAXUINT, max_width, max_height))
    return;

  for (guint i = 0; i < legend->entries->len; i++)
    if (g_array_index (legend->entries, RcChartLegendEntry, i).important)
      n_important++;
  n_important = MIN (n_important, (guint) MAX_FULL_ENTRIES);

  for (guint n = n_important + 1; n-- > 0;)
    if (flow (legend, text, n, max_width, max_height))
      return;

  /* Not even "and N others" fits: no legend at all. */
  for (guint i = 0; i < legend->entries->len; i++)
    g_array_index (legend->entries, RcChartLegendEntry, i).placed = FALSE;
  g_clear_pointer (&legend->more, g_free);
  legend->width = legend->height = 0;
}

static void
draw_swatch (const RcChartLegendEntry *entry,
             cairo_t                  *cr,
             const RcChartStyle       *style,
             double                    x,
             double                    cy)
{
  switch (entry->swatch)
    {
    case RC_CHART_SWATCH_LINE:
      cairo_save (cr);
      cairo_set_line_width (cr, entry->line_width);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
      if (entry->benchmark)
        rc_chart_style_set_benchmark_dash (cr, entry->slot, entry->line_width);
      else if (!entry->solid)
        rc_chart_style_set_series_dash (cr, entry->slot, entry->line_width);
      cairo_move_to (cr, x, cy);
      cairo_line_to (cr, x + SWATCH_LINE, cy);
      rc_chart_set_source_color (cr, &entry->color);
      cairo_stroke (cr);
      cairo_restore (cr);
      if (entry->show_marker)
        rc_chart_draw_marker (cr, rc_chart_style_series_marker (entry->slot),
                              x + SWATCH_LINE / 2, cy, style->marker_radius,
                              &entry->color, &style->background);
      break;

    case RC_CHART_SWATCH_BOX:
      {
        RcChartRect box = { x, cy - SWATCH_BOX / 2, SWATCH_BOX, SWATCH_BOX };
        RcChartColor hatch = rc_chart_color_mix (&entry->color, &style->background, 0.7);

        rc_chart_fill_hatched (cr, &box, entry->slot, &entry->color, &hatch);
      }
      break;

    case RC_CHART_SWATCH_NONE:
    default:
      break;
    }
}

void
rc_chart_legend_draw (const RcChartLegend *legend,
                      RcChartText         *text,
                      cairo_t             *cr,
                      const RcChartStyle  *style,
                      double               x,
                      double               y)
{
  double half_row = (row_height (text) - ROW_GAP) / 2;

  for (guint i = 0; i < legend->entries->len; i++)
    {
      const RcChartLegendEntry *entry = &g_array_index (legend->entries, RcChartLegendEntry, i);
      double ex = x + entry->x, cy = y + entry->y + half_row;

      if (!entry->placed)
        continue;
      draw_swatch (entry, cr, style, ex, cy);
      rc_chart_text_draw (text, cr, entry->bold ? RC_CHART_TEXT_BOLD : RC_CHART_TEXT_NORMAL,
                          entry->label, ex + swatch_width (entry->swatch), cy, 0, 0.5,
                          entry->label_width, &style->foreground);
    }

  if (legend->more != NULL)
    rc_chart_text_draw (text, cr, RC_CHART_TEXT_NORMAL, legend->more,
                        x + legend->more_x, y + legend->more_y + half_row, 0, 0.5, 0,
                        &style->secondary);
}
