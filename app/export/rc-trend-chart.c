/* rc-trend-chart.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-export"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "charts/rc-chart-export.h"
#include "model/rc-rates.h"
#include "rc-trend-chart.h"

/* One council's returns, one per year. */
typedef struct
{
  char       *name;
  GHashTable *by_year;  /* year (gint64 *) -> RcWorkforceReturn (owned) */
} CouncilReturns;

static void
council_returns_free (gpointer data)
{
  CouncilReturns *c = data;

  g_free (c->name);
  g_hash_table_unref (c->by_year);
  g_free (c);
}

static CouncilReturns *
load_council (RcStore  *store,
              gint64    council_id,
              GError  **error)
{
  g_autoptr(RcCouncil) council = rc_store_get_council (store, council_id, error);
  g_autoptr(GListModel) returns = NULL;
  CouncilReturns *c;

  if (council == NULL)
    return NULL;
  returns = rc_store_list_council_returns (store, council_id, error);
  if (returns == NULL)
    return NULL;

  c = g_new0 (CouncilReturns, 1);
  /* A former council often shares its name with its successor. */
  if (council->active_to_on != NULL && strlen (council->active_to_on) >= 4)
    /* Translators: a former council and the year it ended: "Somerset (until 2023)" */
    c->name = g_strdup_printf (_("%s (until %.4s)"), council->name, council->active_to_on);
  else
    c->name = g_strdup (council->name);
  c->by_year = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (returns); i++)
    {
      RcWorkforceReturn *ret = g_list_model_get_item (returns, i);
      RcWorkforceReturn *other = g_hash_table_lookup (c->by_year, &ret->year);

      /* Where a council and its predecessor both returned a year, the
       * council's own figures win. */
      if (other != NULL && other->council_id == council_id)
        g_object_unref (ret);
      else
        g_hash_table_replace (c->by_year, &ret->year, ret);
    }

  return c;
}

static RcWorkforceReturn *
lookup_year (GHashTable *by_year,
             gint64      year)
{
  return g_hash_table_lookup (by_year, &year);
}

/* The first and last years in which one of @councils has a value. */
static gboolean
year_range (GPtrArray *councils,
            RcMeasure  measure,
            gint64    *first,
            gint64    *last)
{
  gboolean found = FALSE;

  for (guint i = 0; i < councils->len; i++)
    {
      CouncilReturns *c = g_ptr_array_index (councils, i);
      GHashTableIter iter;
      gpointer value;

      g_hash_table_iter_init (&iter, c->by_year);
      while (g_hash_table_iter_next (&iter, NULL, &value))
        {
          RcWorkforceReturn *ret = value;

          if (!rc_measure_compute (measure, ret).present)
            continue;
          *first = found ? MIN (*first, ret->year) : ret->year;
          *last = found ? MAX (*last, ret->year) : ret->year;
          found = TRUE;
        }
    }

  return found;
}

static void
set_periods (RcLineChart *chart,
             gint64       first,
             gint64       last)
{
  guint n = last - first + 1;
  g_auto(GStrv) periods = g_new0 (char *, n + 1);

  for (guint i = 0; i < n; i++)
    periods[i] = g_strdup_printf ("%" G_GINT64_FORMAT, first + i);
  rc_line_chart_set_periods (chart, (const char * const *) periods, n);
}

static void
add_pooled (RcLineChart *chart,
            GPtrArray   *councils,
            RcMeasure    measure,
            gint64       first,
            guint        n)
{
  g_autofree RcRate *rates = g_new0 (RcRate, n);
  guint index;

  for (guint y = 0; y < n; y++)
    {
      RcMeasurePool pool = { 0 };
      g_autoptr(GHashTable) seen = g_hash_table_new (g_int64_hash, g_int64_equal);

      for (guint i = 0; i < councils->len; i++)
        {
          CouncilReturns *c = g_ptr_array_index (councils, i);
          RcWorkforceReturn *ret = lookup_year (c->by_year, first + y);

          /* A council and its predecessor, both chosen, share returns:
           * count each return once. */
          if (ret == NULL || g_hash_table_contains (seen, &ret->id))
            continue;
          g_hash_table_add (seen, &ret->id);
          rc_measure_pool_add (&pool, measure, ret);
        }
      rates[y] = rc_measure_pool_rate (&pool);
    }

  index = rc_line_chart_add_rates (chart, _("Consortium (pooled)"), rates, n);
  rc_line_chart_set_highlighted (chart, index);
}

static gboolean
add_national (RcLineChart  *chart,
              RcStore      *store,
              RcMeasure     measure,
              gint64        first,
              guint         n,
              GError      **error)
{
  g_autoptr(GListModel) returns = rc_store_list_benchmark_returns (store, RC_WORKFORCE_SCOPE_NATIONAL, 0, error);
  g_autofree RcRate *rates = NULL;
  gboolean any = FALSE;

  if (returns == NULL)
    return FALSE;

  rates = g_new0 (RcRate, n);
  for (guint i = 0; i < g_list_model_get_n_items (returns); i++)
    {
      g_autoptr(RcWorkforceReturn) ret = g_list_model_get_item (returns, i);

      if (ret->year < first || ret->year >= first + (gint64) n)
        continue;
      rates[ret->year - first] = rc_measure_compute (measure, ret);
      any = any || rates[ret->year - first].present;
    }

  if (any)
    rc_line_chart_set_benchmark (chart, rc_line_chart_add_rates (chart, _("England"), rates, n), TRUE);

  return TRUE;
}

RcLineChart *
rc_trend_chart_build (RcStore    *store,
                      RcMeasure   measure,
                      GArray     *council_ids,
                      gboolean    with_average,
                      gboolean    with_national,
                      GError    **error)
{
  g_autoptr(RcLineChart) chart = NULL;
  g_autoptr(GPtrArray) councils = g_ptr_array_new_with_free_func (council_returns_free);
  g_autoptr(GHashTable) chosen = g_hash_table_new (g_int64_hash, g_int64_equal);
  gint64 first = 0, last = -1;
  guint n = 0;

  g_return_val_if_fail (RC_IS_STORE (store), NULL);
  g_return_val_if_fail ((guint) measure < RC_N_MEASURES, NULL);
  g_return_val_if_fail (council_ids != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  for (guint i = 0; i < council_ids->len; i++)
    {
      gint64 *id = &g_array_index (council_ids, gint64, i);
      CouncilReturns *c;

      if (!g_hash_table_add (chosen, id))
        continue;
      if ((c = load_council (store, *id, error)) == NULL)
        return NULL;
      g_ptr_array_add (councils, c);
    }

  chart = rc_line_chart_new ();
  rc_line_chart_set_format (chart, rc_measure_is_percent (measure)
                                   ? RC_CHART_FORMAT_PERCENT : RC_CHART_FORMAT_NUMBER);
  rc_line_chart_set_legend (chart, RC_CHART_LEGEND_BELOW);

  if (year_range (councils, measure, &first, &last))
    {
      g_autofree char *title = NULL;

      n = last - first + 1;
      set_periods (chart, first, last);
      if (first == last)
        /* Translators: a measure and a year: "Vacancy rate, 2025" */
        title = g_strdup_printf (_("%s, %" G_GINT64_FORMAT), rc_measure_get_label (measure), first);
      else
        /* Translators: a measure and a span of years: "Vacancy rate, 2017–2025" */
        title = g_strdup_printf (_("%s, %" G_GINT64_FORMAT "–%" G_GINT64_FORMAT),
                                 rc_measure_get_label (measure), first, last);
      rc_line_chart_set_title (chart, title);
    }
  else
    rc_line_chart_set_title (chart, rc_measure_get_label (measure));

  /* The pooled line first: it takes the first, strongest colour of the
   * palette and heads the key. */
  if (with_average && councils->len >= 2 && n > 0)
    add_pooled (chart, councils, measure, first, n);

  for (guint i = 0; i < councils->len; i++)
    {
      CouncilReturns *c = g_ptr_array_index (councils, i);
      g_autofree RcRate *rates = g_new0 (RcRate, MAX (n, 1u));

      for (guint y = 0; y < n; y++)
        {
          RcWorkforceReturn *ret = lookup_year (c->by_year, first + y);

          rates[y] = ret != NULL ? rc_measure_compute (measure, ret) : RC_RATE_NONE;
        }
      rc_line_chart_add_rates (chart, c->name, rates, n);
    }

  if (with_national && n > 0 && !add_national (chart, store, measure, first, n, error))
    return NULL;

  return g_steal_pointer (&chart);
}

gboolean
rc_trend_chart_export (RcStore     *store,
                       RcMeasure    measure,
                       GArray      *council_ids,
                       const char  *path,
                       int          width,
                       int          height,
                       GError     **error)
{
  g_autoptr(RcLineChart) chart = NULL;
  RcChartExportOptions options = { RC_CHART_FILE_PNG, width, height, FALSE, rc_trend_chart_get_source (), FALSE };

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (width > 0 && height > 0, FALSE);

  /* Refuse a file name before reading anything. */
  if (!rc_chart_file_type_for_path (path, &options.type, error))
    return FALSE;

  chart = rc_trend_chart_build (store, measure, council_ids, TRUE, TRUE, error);
  if (chart == NULL)
    return FALSE;

  return rc_chart_export_with_options (RC_CHART_DRAW_FUNC (rc_line_chart_draw), chart, path, &options, error);
}

const char *
rc_trend_chart_get_source (void)
{
  return _("Source: DfE children’s social work workforce, as at 30 September");
}

typedef enum { FELL, ROSE, SAME } Direction;

/* As the rest of the app shows a rate: "14.9 %", or a caseload "16.2". */
static char *
format_measure (RcMeasure measure,
                double    value)
{
  return rc_measure_is_percent (measure) ? rc_rate_format_percent (rc_rate (value))
                                         : rc_rate_format_caseload (rc_rate (value));
}

static Direction
direction (RcMeasure measure,
           double    from,
           double    to)
{
  g_autofree char *a = format_measure (measure, from);
  g_autofree char *b = format_measure (measure, to);

  /* What the reader sees decides: 15.04 % and 14.96 % both read 15.0 %. */
  if (g_str_equal (a, b))
    return SAME;

  return to < from ? FELL : ROSE;
}

char *
rc_trend_chart_describe (const RcLineChart *chart,
                         RcMeasure          measure)
{
  const RcChartSeries *subject = NULL;
  const RcChartSeries *england = NULL;
  guint n_councils = 0;
  guint n, last;
  const char *first_period, *last_period;
  const char *noun = rc_measure_get_noun (measure);
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *clause = NULL;
  g_autofree char *in_council = NULL;
  const char *who;

  g_return_val_if_fail (chart != NULL, NULL);

  n = rc_line_chart_get_n_periods (chart);
  if (n < 2)
    return NULL;
  last = n - 1;

  for (guint i = 0; i < rc_line_chart_get_n_series (chart); i++)
    {
      const RcChartSeries *s = rc_line_chart_get_series (chart, i);

      if (s->dashed_benchmark)
        england = s;
      else if (s->highlighted)
        subject = s;
      else
        n_councils++;
    }
  if (subject == NULL && n_councils == 1)
    for (guint i = 0; subject == NULL && i < rc_line_chart_get_n_series (chart); i++)
      if (!rc_line_chart_get_series (chart, i)->dashed_benchmark)
        subject = rc_line_chart_get_series (chart, i);

  if (subject == NULL || !subject->present[0] || !subject->present[last])
    return NULL;

  first_period = rc_line_chart_get_period (chart, 0);
  last_period = rc_line_chart_get_period (chart, last);
  from = format_measure (measure, subject->values[0]);
  to = format_measure (measure, subject->values[last]);

  if (subject->highlighted)
    who = _("Across the chosen councils");
  else
    /* Translators: "In Somerset", the start of a sentence */
    who = in_council = g_strdup_printf (_("In %s"), subject->label);

  switch (direction (measure, subject->values[0], subject->values[last]))
    {
    case FELL:
      /* Translators: "Across the chosen councils", "vacancy rate", "17.1 %", "2017", "15.0 %", "2025" */
      clause = g_strdup_printf (_("%s the %s fell from %s in %s to %s in %s"),
                                who, noun, from, first_period, to, last_period);
      break;
    case ROSE:
      clause = g_strdup_printf (_("%s the %s rose from %s in %s to %s in %s"),
                                who, noun, from, first_period, to, last_period);
      break;
    case SAME:
    default:
      /* Translators: "Across the chosen councils", "vacancy rate", "15.0 %", "2017", "2025" */
      clause = g_strdup_printf (_("%s the %s was %s in both %s and %s"),
                                who, noun, from, first_period, last_period);
      break;
    }

  if (england == NULL || !england->present[0] || !england->present[last])
    /* Translators: a sentence that ends there */
    return g_strdup_printf (_("%s."), clause);

  g_free (from);
  g_free (to);
  from = format_measure (measure, england->values[0]);
  to = format_measure (measure, england->values[last]);
  switch (direction (measure, england->values[0], england->values[last]))
    {
    case FELL:
      /* Translators: the first half of the sentence, then England's first and last values */
      return g_strdup_printf (_("%s; England’s fell from %s to %s."), clause, from, to);
    case ROSE:
      return g_strdup_printf (_("%s; England’s rose from %s to %s."), clause, from, to);
    case SAME:
    default:
      return g_strdup_printf (_("%s; England’s stayed at %s."), clause, from);
    }
}
