/* rc-measure.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-model"

#include "config.h"

#include <glib/gi18n.h>

#include "rc-key-label.h"
#include "rc-measure.h"
#include "rc-rates.h"

static const RcKeyLabel measures[RC_N_MEASURES] = {
  [RC_MEASURE_VACANCY] = { "vacancy", N_("Vacancy rate") },
  [RC_MEASURE_AGENCY] = { "agency", N_("Agency rate") },
  [RC_MEASURE_TURNOVER] = { "turnover", N_("Turnover rate") },
  [RC_MEASURE_CASELOAD] = { "caseload", N_("Caseload") },
};

/* Translators: as in "the vacancy rate fell from 17.1 % to 15.0 %" */
static const char * const nouns[RC_N_MEASURES] = {
  [RC_MEASURE_VACANCY] = NC_("measure in a sentence", "vacancy rate"),
  [RC_MEASURE_AGENCY] = NC_("measure in a sentence", "agency rate"),
  [RC_MEASURE_TURNOVER] = NC_("measure in a sentence", "turnover rate"),
  [RC_MEASURE_CASELOAD] = NC_("measure in a sentence", "caseload"),
};

const char *
rc_measure_get_key (RcMeasure measure)
{
  return rc_key_label_get_key (measures, RC_N_MEASURES, measure);
}

gboolean
rc_measure_from_key (const char *key,
                     RcMeasure  *measure)
{
  g_return_val_if_fail (measure != NULL, FALSE);

  for (guint i = 0; key != NULL && i < RC_N_MEASURES; i++)
    if (g_ascii_strcasecmp (key, measures[i].key) == 0)
      {
        *measure = i;
        return TRUE;
      }

  return FALSE;
}

char *
rc_measure_list_keys (void)
{
  GString *keys = g_string_new (NULL);

  for (guint i = 0; i < RC_N_MEASURES; i++)
    g_string_append_printf (keys, "%s%s", i > 0 ? ", " : "", measures[i].key);

  return g_string_free (keys, FALSE);
}

const char *
rc_measure_get_label (RcMeasure measure)
{
  return rc_key_label_get_label (measures, RC_N_MEASURES, measure, NULL);
}

const char *
rc_measure_get_noun (RcMeasure measure)
{
  g_return_val_if_fail ((guint) measure < RC_N_MEASURES, NULL);

  return g_dpgettext2 (NULL, "measure in a sentence", nouns[measure]);
}

gboolean
rc_measure_is_percent (RcMeasure measure)
{
  return measure != RC_MEASURE_CASELOAD;
}

/* The rate from the figures alone. */
static RcRate
compute_from_figures (RcMeasure          measure,
                      RcWorkforceReturn *ret)
{
  switch (measure)
    {
    case RC_MEASURE_VACANCY:
      return rc_rate_vacancy (ret->vacancies_fte100, ret->in_post_fte100);
    case RC_MEASURE_AGENCY:
      return rc_rate_agency (ret->agency_fte100, ret->in_post_fte100);
    case RC_MEASURE_TURNOVER:
      return rc_rate_turnover (ret->leavers_fte100, ret->in_post_fte100);
    case RC_MEASURE_CASELOAD:
      return rc_rate_caseload (ret->cases, ret->case_holders_fte100);
    default:
      g_return_val_if_reached (RC_RATE_NONE);
    }
}

RcFigure
rc_measure_get_published (RcMeasure          measure,
                          RcWorkforceReturn *ret)
{
  g_return_val_if_fail (RC_IS_WORKFORCE_RETURN (ret), RC_FIGURE_MISSING);

  switch (measure)
    {
    case RC_MEASURE_VACANCY:
      return ret->published_vacancy_rate_pct100;
    case RC_MEASURE_AGENCY:
      return ret->published_agency_rate_pct100;
    case RC_MEASURE_TURNOVER:
      return ret->published_turnover_rate_pct100;
    case RC_MEASURE_CASELOAD:
      return ret->published_caseload100;
    default:
      g_return_val_if_reached (RC_FIGURE_MISSING);
    }
}

RcRate
rc_measure_compute_sourced (RcMeasure          measure,
                            RcWorkforceReturn *ret,
                            RcRateSource      *source)
{
  RcRate rate;
  RcFigure published;

  if (source != NULL)
    *source = RC_RATE_SOURCE_NONE;
  g_return_val_if_fail (RC_IS_WORKFORCE_RETURN (ret), RC_RATE_NONE);
  g_return_val_if_fail ((guint) measure < RC_N_MEASURES, RC_RATE_NONE);

  /* The figures win: they are what the rate is made of, and the published
   * rate was rounded to one decimal. */
  rate = compute_from_figures (measure, ret);
  if (rate.present)
    {
      if (source != NULL)
        *source = RC_RATE_SOURCE_FIGURES;
      return rate;
    }

  published = rc_measure_get_published (measure, ret);
  rate = measure == RC_MEASURE_CASELOAD ? rc_rate_from_hundredths (published)
                                        : rc_rate_from_pct100 (published);
  if (rate.present && source != NULL)
    *source = RC_RATE_SOURCE_PUBLISHED;

  return rate;
}

RcRate
rc_measure_compute (RcMeasure          measure,
                    RcWorkforceReturn *ret)
{
  return rc_measure_compute_sourced (measure, ret, NULL);
}

const char *
rc_rate_source_get_note (RcRateSource source)
{
  if (source == RC_RATE_SOURCE_PUBLISHED)
    /* Translators: said of a rate the DfE published, where the figures to
     * compute it from are missing: "England, 2019: 15.4 % (published rate)" */
    return _("published rate");

  return NULL;
}

char *
rc_measure_format (RcMeasure          measure,
                   RcWorkforceReturn *ret)
{
  RcRateSource source;
  RcRate rate = rc_measure_compute_sourced (measure, ret, &source);
  g_autofree char *text = rc_measure_is_percent (measure) ? rc_rate_format_percent (rate)
                                                          : rc_rate_format_caseload (rate);

  if (source == RC_RATE_SOURCE_PUBLISHED)
    /* Translators: a rate and where it comes from: "15.5 % (published rate)" */
    return g_strdup_printf (_("%s (%s)"), text, rc_rate_source_get_note (source));

  return g_steal_pointer (&text);
}

gboolean
rc_measure_parts (RcMeasure          measure,
                  RcWorkforceReturn *ret,
                  double            *numerator,
                  double            *denominator)
{
  double num, den;

  g_return_val_if_fail (numerator != NULL && denominator != NULL, FALSE);

  /* The rate decides whether the figures are usable, so pooled and single
   * rates never disagree about what has a value. */
  if (!compute_from_figures (measure, ret).present)
    return FALSE;

  switch (measure)
    {
    case RC_MEASURE_VACANCY:
      num = ret->vacancies_fte100.value;
      den = (double) ret->vacancies_fte100.value + (double) ret->in_post_fte100.value;
      break;
    case RC_MEASURE_AGENCY:
      num = ret->agency_fte100.value;
      den = (double) ret->agency_fte100.value + (double) ret->in_post_fte100.value;
      break;
    case RC_MEASURE_TURNOVER:
      num = ret->leavers_fte100.value;
      den = ret->in_post_fte100.value;
      break;
    case RC_MEASURE_CASELOAD:
      /* Case holders are in hundredths of an FTE. */
      num = ret->cases.value * 100.0;
      den = ret->case_holders_fte100.value;
      break;
    default:
      g_return_val_if_reached (FALSE);
    }

  *numerator = num;
  *denominator = den;

  return TRUE;
}

void
rc_measure_pool_add (RcMeasurePool     *pool,
                     RcMeasure          measure,
                     RcWorkforceReturn *ret)
{
  double num, den;

  g_return_if_fail (pool != NULL);

  if (!rc_measure_parts (measure, ret, &num, &den))
    {
      if (rc_measure_compute (measure, ret).present)
        pool->n_unpooled++;
      return;
    }

  pool->numerator += num;
  pool->denominator += den;
  pool->n++;
}

RcRate
rc_measure_pool_rate (const RcMeasurePool *pool)
{
  g_return_val_if_fail (pool != NULL, RC_RATE_NONE);

  if (pool->n == 0 || pool->denominator <= 0)
    return RC_RATE_NONE;

  return rc_rate (pool->numerator / pool->denominator);
}
