/* rc-measure.h: the workforce measures a trend chart can show
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "rc-figure.h"
#include "rc-workforce-return.h"

G_BEGIN_DECLS

typedef enum
{
  RC_MEASURE_VACANCY,
  RC_MEASURE_AGENCY,
  RC_MEASURE_TURNOVER,
  RC_MEASURE_CASELOAD,
} RcMeasure;

#define RC_N_MEASURES 4

/* Where a return's rate comes from. */
typedef enum
{
  RC_RATE_SOURCE_NONE,       /* no value */
  RC_RATE_SOURCE_FIGURES,    /* computed from the stored figures */
  RC_RATE_SOURCE_PUBLISHED,  /* the DfE's published rate: the figures were missing */
} RcRateSource;

/* "vacancy", "agency", "turnover", "caseload": for the command line. */
const char *rc_measure_get_key      (RcMeasure           measure);
/* FALSE when @key names no measure. */
gboolean    rc_measure_from_key     (const char         *key,
                                     RcMeasure          *measure);
/* "vacancy, agency, turnover, caseload", for an error message. */
char       *rc_measure_list_keys    (void);
/* "Vacancy rate", translated. */
const char *rc_measure_get_label    (RcMeasure           measure);
/* "vacancy rate", translated, for the middle of a sentence. */
const char *rc_measure_get_noun     (RcMeasure           measure);
/* A fraction shown as a percentage (every measure but the caseload). */
gboolean    rc_measure_is_percent   (RcMeasure           measure);

/* The measure of one return. This is the one place that decides which
 * rate a return has: the rate computed from its figures with the DfE
 * definitions of rc-rates.h when they give one, otherwise the rate the
 * DfE published for it (the national and regional rows of its file often
 * have rates without figures), otherwise none. */
RcRate      rc_measure_compute      (RcMeasure           measure,
                                     RcWorkforceReturn  *ret);
/* The same, saying where the rate came from; @source may be NULL. */
RcRate      rc_measure_compute_sourced (RcMeasure           measure,
                                        RcWorkforceReturn  *ret,
                                        RcRateSource       *source);
/* The published rate of @ret for @measure, as stored. */
RcFigure    rc_measure_get_published (RcMeasure          measure,
                                      RcWorkforceReturn *ret);
/* "published rate", translated, for a rate that is not computed from
 * the figures; NULL for the others. */
const char *rc_rate_source_get_note (RcRateSource        source);

/* The rate of @ret as the app shows it: "14.9 %", "16.2" for a caseload,
 * "15.5 % (published rate)" for the DfE's, "—" with no value. */
char       *rc_measure_format       (RcMeasure           measure,
                                     RcWorkforceReturn  *ret);

/* The two sides of the measure's fraction, in the units the rate from the
 * figures divides, so that returns can be pooled: the pooled rate of
 * several is the sum of numerators over the sum of denominators. FALSE
 * when the figures give no rate; a published rate has no weight to pool
 * with, so a return that has only that is left out of a pool. */
gboolean    rc_measure_parts        (RcMeasure           measure,
                                     RcWorkforceReturn  *ret,
                                     double             *numerator,
                                     double             *denominator);

/* Sums numerators and denominators of the returns added. */
typedef struct
{
  double numerator;
  double denominator;
  guint  n;            /* returns that had a value */
  guint  n_unpooled;   /* returns with only a published rate, left out */
} RcMeasurePool;

void        rc_measure_pool_add     (RcMeasurePool      *pool,
                                     RcMeasure           measure,
                                     RcWorkforceReturn  *ret);
/* No value when no return added had one. */
RcRate      rc_measure_pool_rate    (const RcMeasurePool *pool);

G_END_DECLS
