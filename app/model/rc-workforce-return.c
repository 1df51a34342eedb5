/* rc-workforce-return.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rc-workforce-return.h"

G_DEFINE_FINAL_TYPE (RcWorkforceReturn, rc_workforce_return, G_TYPE_OBJECT)

RcWorkforceReturn *
rc_workforce_return_new (void)
{
  return g_object_new (RC_TYPE_WORKFORCE_RETURN, NULL);
}

RcWorkforceReturn *
rc_workforce_return_copy (RcWorkforceReturn *self)
{
  RcWorkforceReturn *copy;

  g_return_val_if_fail (RC_IS_WORKFORCE_RETURN (self), NULL);

  copy = rc_workforce_return_new ();
  copy->id = self->id;
  copy->scope = self->scope;
  copy->council_id = self->council_id;
  copy->region_id = self->region_id;
  copy->area_name = g_strdup (self->area_name);
  copy->year = self->year;
  copy->in_post_fte100 = self->in_post_fte100;
  copy->starters_fte100 = self->starters_fte100;
  copy->leavers_fte100 = self->leavers_fte100;
  copy->agency_fte100 = self->agency_fte100;
  copy->vacancies_fte100 = self->vacancies_fte100;
  copy->case_holders_fte100 = self->case_holders_fte100;
  copy->cases = self->cases;
  copy->sickness_days100 = self->sickness_days100;
  copy->published_vacancy_rate_pct100 = self->published_vacancy_rate_pct100;
  copy->published_agency_rate_pct100 = self->published_agency_rate_pct100;
  copy->published_turnover_rate_pct100 = self->published_turnover_rate_pct100;
  copy->published_caseload100 = self->published_caseload100;
  copy->source = g_strdup (self->source);

  return copy;
}

static void
rc_workforce_return_finalize (GObject *object)
{
  RcWorkforceReturn *self = RC_WORKFORCE_RETURN (object);

  g_clear_pointer (&self->area_name, g_free);
  g_clear_pointer (&self->source, g_free);

  G_OBJECT_CLASS (rc_workforce_return_parent_class)->finalize (object);
}

static void
rc_workforce_return_class_init (RcWorkforceReturnClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = rc_workforce_return_finalize;
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
