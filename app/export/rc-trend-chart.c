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

/* "South West Step Up to Social Work Partnership (pooled)" when @chosen
 * are exactly the members of a consortium today (leads and partners, as
 * the Trends page chooses them), else "Chosen councils (pooled)": the line
 * is named for what it pools. */
static char *
pooled_label (RcStore     *store,
              GHashTable  *chosen,
              GError     **error)
{
  g_autoptr(GListModel) consortia = rc_store_list_consortia (store, error);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

  if (consortia == NULL)
    return NULL;

  for (guint i = 0; i < g_list_model_get_n_items (consortia); i++)
    {
      g_autoptr(RcConsortium) consortium = g_list_model_get_item (consortia, i);
      g_autoptr(GListModel) members = rc_store_list_members (store, consortium->id, error);
      g_autoptr(GHashTable) current = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
      gboolean same = TRUE;

      if (members == NULL)
        return NULL;
      for (guint j = 0; j < g_list_model_get_n_items (members); j++)
        {
          g_autoptr(RcConsortiumMember) member = g_list_model_get_item (members, j);

          if (rc_consortium_member_is_member_on (member, today))
            g_hash_table_add (current, g_memdup2 (&member->council_id, sizeof (gint64)));
        }
      if (g_hash_table_size (current) != g_hash_table_size (chosen))
        same = FALSE;
      else
        {
          GHashTableIter iter;
          gpointer key;

          g_hash_table_iter_init (&iter, chosen);
          while (same && g_hash_table_iter_next (&iter, &key, NULL))
            same = g_hash_table_contains (current, key);
        }
      if (same)
        /* Translators: a consortium's name: its councils' rate pooled */
        return g_strdup_printf (_("%s (pooled)"), consortium->name);
    }

  return g_strdup (_("Chosen councils (pooled)"));
}

static void
add_pooled (RcLineChart *chart,
            GPtrArray   *councils,
            RcMeasure    measure,
            gint64       first,
            guint        n,
            const char  *label)
{
  g_autofree RcRate *rates = g_new0 (RcRate, n);
  g_autofree guint *unpooled = g_new0 (guint, n);
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
      unpooled[y] = pool.n_unpooled;
    }

  index = rc_line_chart_add_rates (chart, label, rates, n);
  rc_line_chart_set_highlighted (chart, index);
  /* A published rate carries no weight to pool with: say who is left out. */
  for (guint y = 0; y < n; y++)
    if (unpooled[y] > 0 && rates[y].present)
      {
        g_autofree char *note = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                              "without %u council that has only a published rate",
                                                              "without %u councils that have only a published rate",
                                                              unpooled[y]),
                                                 unpooled[y]);
        rc_line_chart_set_note (chart, index, y, note);
      }
}

/* Adds a series of @measure from one return a year, each point noted
 * when its rate is the DfE's published one. */
static guint
add_returns_series (RcLineChart        *chart,
                    const char         *label,
                    RcMeasure           measure,
                    RcWorkforceReturn **by_year,
                    guint               n)
{
  g_autofree RcRate *rates = g_new0 (RcRate, MAX (n, 1u));
  g_autofree RcRateSource *sources = g_new0 (RcRateSource, MAX (n, 1u));
  guint index;

  for (guint y = 0; y < n; y++)
    rates[y] = by_year[y] != NULL ? rc_measure_compute_sourced (measure, by_year[y], &sources[y])
                                  : RC_RATE_NONE;
  index = rc_line_chart_add_rates (chart, label, rates, n);
  for (guint y = 0; y < n; y++)
    if (sources[y] == RC_RATE_SOURCE_PUBLISHED)
      rc_line_chart_set_note (chart, index, y, rc_rate_source_get_note (sources[y]));

  return index;
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
  g_autofree RcWorkforceReturn **by_year = NULL;
  gboolean any = FALSE;

  if (returns == NULL)
    return FALSE;

  /* The list keeps its references while the series is built. */
  by_year = g_new0 (RcWorkforceReturn *, n);
  for (guint i = 0; i < g_list_model_get_n_items (returns); i++)
    {
      g_autoptr(RcWorkforceReturn) ret = g_list_model_get_item (returns, i);

      if (ret->year < first || ret->year >= first + (gint64) n)
        continue;
      by_year[ret->year - first] = ret;
      any = any || rc_measure_compute (measure, ret).present;
    }

  if (any)
    rc_line_chart_set_benchmark (chart, add_returns_series (chart, _("England"), measure, by_year, n), TRUE);

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
    {
      g_autofree char *label = pooled_label (store, chosen, error);

      if (label == NULL)
        return NULL;
      add_pooled (chart, councils, measure, first, n, label);
    }

  for (guint i = 0; i < councils->len; i++)
    {
      CouncilReturns *c = g_ptr_array_index (councils, i);
      g_autofree RcWorkforceReturn **by_year = g_new0 (RcWorkforceReturn *, MAX (n, 1u));

      for (guint y = 0; y < n; y++)
        by_year[y] = lookup_year (c->by_year, first + y);
      add_returns_series (chart, c->name, measure, by_year, n);
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

static char *
describe_trend (const RcLineChart *chart,
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

/* "Where the figures are missing the chart shows the DfE’s published rate:
 * England 2017–2023." NULL when no point is a published rate. */
static char *
describe_published (const RcLineChart *chart)
{
  const char *published = rc_rate_source_get_note (RC_RATE_SOURCE_PUBLISHED);
  g_autoptr(GString) list = g_string_new (NULL);
  guint n = rc_line_chart_get_n_periods (chart);

  for (guint i = 0; i < rc_line_chart_get_n_series (chart); i++)
    {
      const RcChartSeries *s = rc_line_chart_get_series (chart, i);
      gboolean named = FALSE;

      for (guint y = 0; y < n; y++)
        {
          guint end = y;

          if (g_strcmp0 (rc_line_chart_get_note (chart, i, y), published) != 0)
            continue;
          while (end + 1 < n && g_strcmp0 (rc_line_chart_get_note (chart, i, end + 1), published) == 0)
            end++;
          g_string_append (list, named ? ", " : list->len > 0 ? "; " : "");
          if (!named)
            g_string_append_printf (list, "%s ", s->label);
          named = TRUE;
          if (end > y)
            g_string_append_printf (list, "%s–%s", rc_line_chart_get_period (chart, y),
                                    rc_line_chart_get_period (chart, end));
          else
            g_string_append (list, rc_line_chart_get_period (chart, y));
          y = end;
        }
    }

  if (list->len == 0)
    return NULL;

  /* Translators: the series and years whose points are the DfE's published
   * rates: "England 2017–2023; South West 2019" */
  return g_strdup_printf (_("Where the figures are missing the chart shows the DfE’s published rate: %s."),
                          list->str);
}

char *
rc_trend_chart_describe (const RcLineChart *chart,
                         RcMeasure          measure)
{
  g_autofree char *trend = NULL;
  g_autofree char *published = NULL;

  g_return_val_if_fail (chart != NULL, NULL);

  trend = describe_trend (chart, measure);
  published = describe_published (chart);
  if (trend == NULL || published == NULL)
    return trend != NULL ? g_steal_pointer (&trend) : g_steal_pointer (&published);

  return g_strconcat (trend, " ", published, NULL);
}
