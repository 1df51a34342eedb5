/* rc-workforce-return.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rc-workforce-return.h"

G_DEFINE_FINAL_TYPE (RcWorkforceReturn, rc_workforce_return, RC_TYPE_RECORD)

RcWorkforceReturn *
rc_workforce_return_new (void)
{
  return g_object_new (RC_TYPE_WORKFORCE_RETURN, NULL);
}

RcWorkforceReturn *
rc_workforce_return_copy (RcWorkforceReturn *self)
{
  g_return_val_if_fail (RC_IS_WORKFORCE_RETURN (self), NULL);

  return rc_record_copy (self);
}

static void
rc_workforce_return_class_init (RcWorkforceReturnClass *klass)
{
  static const glong strings[] = {
    G_STRUCT_OFFSET (RcWorkforceReturn, area_name),
    G_STRUCT_OFFSET (RcWorkforceReturn, source),
  };

  rc_record_class_set_strings (RC_RECORD_CLASS (klass), strings, G_N_ELEMENTS (strings));
}

static void
rc_workforce_return_init (RcWorkforceReturn *self)
{
  self->in_post_fte100 = RC_FIGURE_MISSING;
  self->starters_fte100 = RC_FIGURE_MISSING;
  self->leavers_fte100 = RC_FIGURE_MISSING;
  self->agency_fte100 = RC_FIGURE_MISSING;
  self->vacancies_fte100 = RC_FIGURE_MISSING;
  self->case_holders_fte100 = RC_FIGURE_MISSING;
  self->cases = RC_FIGURE_MISSING;
  self->sickness_days100 = RC_FIGURE_MISSING;
  self->published_vacancy_rate_pct100 = RC_FIGURE_MISSING;
  self->published_agency_rate_pct100 = RC_FIGURE_MISSING;
  self->published_turnover_rate_pct100 = RC_FIGURE_MISSING;
  self->published_caseload100 = RC_FIGURE_MISSING;
}
