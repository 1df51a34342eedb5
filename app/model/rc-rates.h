/* rc-rates.h: workforce rates with the DfE definitions
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "rc-figure.h"

G_BEGIN_DECLS

/* FTE figures are in hundredths of an FTE (fte100). Each rate has no value
 * when a figure is missing or negative, or when its denominator is 0. */

/* vacancies / (vacancies + FTE in post) */
RcRate rc_rate_vacancy          (RcFigure vacancies_fte100,
                                 RcFigure in_post_fte100);
/* agency FTE / (agency FTE + FTE in post) */
RcRate rc_rate_agency           (RcFigure agency_fte100,
                                 RcFigure in_post_fte100);
/* FTE leavers / FTE in post */
RcRate rc_rate_turnover         (RcFigure leavers_fte100,
                                 RcFigure in_post_fte100);
/* cases held / FTE case holders: cases per FTE, not a fraction */
RcRate rc_rate_caseload         (RcFigure cases,
                                 RcFigure case_holders_fte100);

/* A rate the DfE published in hundredths of a percent (1550 for 15.5 %),
 * as a fraction; no value when missing or negative. */
RcRate rc_rate_from_pct100      (RcFigure pct100);
/* A caseload published in hundredths (1670 for 16.7 cases per FTE). */
RcRate rc_rate_from_hundredths  (RcFigure value100);

/* "14.9 %" (one decimal, always a '.', whatever the locale), "—" with no value. */
char  *rc_rate_format_percent   (RcRate   rate);
/* "16.2" (one decimal, always a '.'), "—" with no value. */
char  *rc_rate_format_caseload  (RcRate   rate);

G_END_DECLS
