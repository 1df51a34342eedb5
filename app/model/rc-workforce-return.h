/* rc-workforce-return.h
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "rc-figure.h"
#include "rc-record.h"

typedef enum {
  RC_WORKFORCE_SCOPE_COUNCIL,
  RC_WORKFORCE_SCOPE_REGION,
  RC_WORKFORCE_SCOPE_NATIONAL,
} RcWorkforceScope;

G_BEGIN_DECLS

#define RC_TYPE_WORKFORCE_RETURN (rc_workforce_return_get_type ())

G_DECLARE_FINAL_TYPE (RcWorkforceReturn, rc_workforce_return, RC, WORKFORCE_RETURN, RcRecord)

/* A council's (or a region's, or England's) workforce figures for one
 * reporting year, as at 30 September. A missing figure is not 0.
 * A plain record: the store fills it, views read it, and a view hands a
 * changed copy back to the store to save. An id of 0 means "not saved yet". */
struct _RcWorkforceReturn
{
  RcRecord parent_instance;

  gint64    id;
  int       scope;  /* RcWorkforceScope */
  gint64    council_id;  /* scope council */
  gint64    region_id;  /* scope region */
  char     *area_name;  /* read only */
  gint64    year;  /* the year of 30 September */
  RcFigure  in_post_fte100;
  RcFigure  starters_fte100;
  RcFigure  leavers_fte100;
  RcFigure  agency_fte100;
  RcFigure  vacancies_fte100;
  RcFigure  case_holders_fte100;
  RcFigure  cases;
  RcFigure  sickness_days100;  /* working days lost, hundredths */
  /* The rates the DfE published, in hundredths of a percent (1550 is
   * 15.5 %), and its caseload in hundredths. They stand in for a rate
   * only when the figures above cannot give it: see rc_measure_compute(). */
  RcFigure  published_vacancy_rate_pct100;
  RcFigure  published_agency_rate_pct100;
  RcFigure  published_turnover_rate_pct100;
  RcFigure  published_caseload100;
  char     *source;  /* "manual", "dfe-csv" or "demo" */
};

RcWorkforceReturn *rc_workforce_return_new  (void);
RcWorkforceReturn *rc_workforce_return_copy (RcWorkforceReturn *self);

G_END_DECLS
