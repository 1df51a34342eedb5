/* rc-constraint-messages.c: the words a user reads when the database
 * refuses a value, keyed by the constraint's name
 *
 * Until schema version 4 the constraint names in the SQL were these very
 * sentences: translators never saw them, and rewording one took a
 * migration. Since version 5 (sql/0005-constraint-keys.sql) the schema
 * names every CHECK and UNIQUE constraint by a stable key, and this table
 * holds the words, so that SQLite and a server backend, which reports the
 * same names, say the same translatable thing. A key is never reused for
 * another meaning; its words may be changed here freely.
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-store"

#include "config.h"

#include <glib/gi18n.h>

#include "rc-constraint-messages.h"

static const struct {
  const char *key;
  const char *message;
} constraint_messages[] = {
  /* region */
  { "region_gss_code_format", N_("A region code is E12 followed by six digits") },
  { "region_name_required", N_("A region needs a name") },

  /* council */
  { "council_gss_code_format", N_("A council code is E06, E08, E09 or E10 followed by six digits") },
  { "council_la_number_format", N_("A DfE LA number has three digits") },
  { "council_name_required", N_("A council needs a name") },
  { "council_kind_known", N_("A council is unitary, county, metropolitan or london") },
  { "council_active_from_on_date", N_("Active from must be a date like 2023-04-01") },
  { "council_active_to_on_date", N_("Active to must be a date like 2023-03-31") },
  { "council_successor_not_self", N_("A council cannot succeed itself") },
  { "council_active_order", N_("A council cannot stop before it starts") },

  /* consortium */
  { "consortium_name_required", N_("A consortium needs a name") },

  /* programme */
  { "programme_code_format", N_("A programme code is lower-case letters, digits and underscores") },
  { "programme_name_required", N_("A programme needs a name") },
  { "programme_kind_known", N_("A programme is for trainees, returners, early career or development") },
  { "programme_builtin_flag", N_("A programme is built in or not") },

  /* consortium_member */
  { "consortium_member_role_known", N_("A member is the lead, a partner or proposed") },
  { "consortium_member_joined_on_date", N_("Joined must be a date like 2016-09-01") },
  { "consortium_member_left_on_date", N_("Left must be a date like 2019-03-31") },
  { "consortium_member_dates_order", N_("A council cannot leave a consortium before it joins") },

  /* cohort */
  { "cohort_name_required", N_("A cohort needs a name") },
  { "cohort_starts_on_date", N_("Start must be a date like 2016-01-04") },
  { "cohort_ends_on_date", N_("End must be a date like 2017-03-31") },
  { "cohort_places_funded_not_negative", N_("Places funded cannot be negative") },
  { "cohort_training_weeks_range", N_("Training weeks must be between 1 and 104") },
  { "cohort_dates_order", N_("A cohort cannot end before it starts") },
  { "cohort_years_out_range", N_("Years out of practice must be between 0 and 50, the least first") },

  /* cohort_place */
  { "cohort_place_places_not_negative", N_("Places cannot be negative") },

  /* trainee */
  { "trainee_reference_required", N_("A trainee needs a reference") },
  { "trainee_email_format", N_("An e-mail address needs an @") },
  { "trainee_registration_number_format", N_("A registration number is SW followed by digits") },
  { "trainee_registered_with_known", N_("Registration is with the HCPC or Social Work England") },
  { "trainee_left_practice_on_date", N_("Left practice must be a date like 2012-07-31") },
  { "trainee_applied_on_date", N_("Applied must be a date like 2015-10-01") },
  { "trainee_erased_keeps_no_contact", N_("An erased trainee keeps no name or contact details") },
  { "trainee_withdrawal_reason_required", N_("A withdrawn trainee needs a reason") },

  /* trainee_event */
  { "trainee_event_stage_known", N_("Unknown stage") },
  { "trainee_event_occurred_on_date", N_("A stage needs a date like 2017-03-31") },

  /* workforce_return */
  { "workforce_return_year_range", N_("The reporting year must be between 2000 and 2100") },
  { "workforce_return_in_post_not_negative", N_("FTE in post cannot be negative") },
  { "workforce_return_starters_not_negative", N_("Starters cannot be negative") },
  { "workforce_return_leavers_not_negative", N_("Leavers cannot be negative") },
  { "workforce_return_agency_not_negative", N_("Agency FTE cannot be negative") },
  { "workforce_return_vacancies_not_negative", N_("Vacancies cannot be negative") },
  { "workforce_return_case_holders_not_negative", N_("Case holders cannot be negative") },
  { "workforce_return_cases_not_negative", N_("Cases cannot be negative") },
  { "workforce_return_sickness_not_negative", N_("Days lost to sickness cannot be negative") },
  { "workforce_return_published_vacancy_rate_range", N_("A published vacancy rate must be between 0 and 100 %") },
  { "workforce_return_published_agency_rate_range", N_("A published agency rate must be between 0 and 100 %") },
  { "workforce_return_published_turnover_rate_range", N_("A published turnover rate must be between 0 and 1,000 %") },
  { "workforce_return_published_caseload_range", N_("A published caseload must be between 0 and 1,000 cases per FTE") },
  { "workforce_return_scope_owner", N_("A return belongs to a council, a region or the whole country") },
  { "workforce_return_scope_known", N_("A return is for a council, a region or the whole country") },

  /* bid */
  { "bid_title_required", N_("A bid needs a title") },
  { "bid_funder_required", N_("A bid needs a funder") },
  { "bid_deadline_on_date", N_("The deadline must be a date like 2016-10-31") },
  { "bid_decision_due_on_date", N_("The decision date must be a date like 2017-01-31") },
  { "bid_awarded_not_negative", N_("The amount awarded cannot be negative") },
  { "bid_trainees_planned_not_negative", N_("Trainees planned cannot be negative") },

  /* bid_status_event */
  { "bid_status_event_status_known", N_("Unknown bid status") },
  { "bid_status_event_occurred_on_date", N_("A status change needs a date like 2016-10-31") },

  /* bid_line */
  { "bid_line_category_known", N_("Unknown cost category") },
  { "bid_line_quantity_range", N_("A quantity must be between 0 and 1,000,000") },
  { "bid_line_unit_cost_range", N_("A unit cost must be between £0 and £10,000,000") },

  /* audit_log */
  { "audit_log_action_known", N_("Unknown action in the audit log") },

  /* updating_activity */
  { "updating_activity_kind_known", N_("An updating activity is private study, supervised practice, shadowing or a course") },
  { "updating_activity_started_on_date", N_("An activity needs a date like 2026-03-02") },
  { "updating_activity_ended_on_date", N_("An activity ends on a date like 2026-03-06, not before it starts") },
  { "updating_activity_hours_range", N_("An activity takes at most 24 hours a day") },
  { "updating_activity_days_range", N_("Days recorded must be between 0 and 365") },
  { "updating_activity_supervisor_required", N_("Supervised practice records the supervisor’s name, regulator and registration number") },
  { "updating_activity_days_or_hours", N_("Only days recorded as a total are kept in days; an activity is kept in hours") },

  /* restoration_application */
  { "restoration_application_applied_on_date", N_("The restoration application needs a date like 2026-11-30") },

  /* cohort_funnel_figure */
  { "cohort_funnel_figure_step_known", N_("Unknown step of the recruitment funnel") },
  { "cohort_funnel_figure_count_range", N_("A figure of the funnel must be between 0 and 1,000,000") },
  { "cohort_funnel_figure_at_least_flag", N_("A figure of the funnel is exact or “at least”") },

  /* bid_reminder */
  { "bid_reminder_kind_known", N_("A reminder is about a deadline or a decision date") },
  { "bid_reminder_due_on_date", N_("A reminder needs a date like 2026-12-01") },
  { "bid_reminder_days_before_known", N_("A reminder is sent 14, 7 or 1 days before") },

  /* UNIQUE constraints and unique indexes */
  { "region_gss_code_unique", N_("Another region already has this code") },
  { "council_gss_code_unique", N_("Another council already has this code") },
  { "consortium_name_unique", N_("Another consortium already has this name") },
  { "programme_code_unique", N_("Another programme already has this code") },
  { "programme_name_unique", N_("Another programme already has this name") },
  { "cohort_name_unique", N_("This consortium already has a cohort with this name") },
  { "cohort_place_council_unique", N_("This council already has places in this cohort") },
  { "trainee_reference_unique", N_("Another trainee in this cohort already has this reference") },
  { "workforce_return_council_year", N_("This council already has a return for this year") },
  { "workforce_return_region_year", N_("This region already has figures for this year") },
  { "workforce_return_national_year", N_("There are already national figures for this year") },
  { "cohort_funnel_figure_step_unique", N_("This cohort already has a figure for this step of the funnel") },
  { "bid_reminder_unique", N_("This reminder has already been sent") },
};

const char *
rc_constraint_message (const char *key)
{
  g_return_val_if_fail (key != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (constraint_messages); i++)
    if (g_str_equal (key, constraint_messages[i].key))
      return _(constraint_messages[i].message);

  return NULL;
}

const char **
rc_constraint_list_keys (guint *n_keys)
{
  const char **keys = g_new0 (const char *, G_N_ELEMENTS (constraint_messages) + 1);

  for (guint i = 0; i < G_N_ELEMENTS (constraint_messages); i++)
    keys[i] = constraint_messages[i].key;
  if (n_keys != NULL)
    *n_keys = G_N_ELEMENTS (constraint_messages);

  return keys;
}
