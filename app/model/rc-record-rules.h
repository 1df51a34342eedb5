/* rc-record-rules.h: the rules of whole records, and what is plausible
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each check returns the findings (rc-field-rules.h) of one record as it
 * would be saved: errors, which every way in refuses; warnings about
 * figures that are allowed but unlikely; and what a window confirms
 * before it saves. @today is passed in, so that the rules are the same
 * in a test on any day.
 */

#pragma once

#include "rc-bid-line.h"
#include "rc-cohort.h"
#include "rc-field-rules.h"
#include "rc-stage.h"
#include "rc-trainee.h"
#include "rc-workforce-return.h"

G_BEGIN_DECLS

/* The years a workforce return may be for (the table refuses others). */
#define RC_FIRST_RETURN_YEAR 2000
#define RC_LAST_RETURN_YEAR  2100

/* Errors: no reference; a text too long (rc-field-rules.h's limits); an
 * e-mail address, phone or registration number that is not one; a date
 * that is not ISO; an application in the future; leaving practice after
 * applying; updating days outside 0 to 365.
 * Warnings: an application before 2000; for a returner cohort
 * (@returner, @cohort's bounds), years out of practice outside them.
 * Confirmation: a returner qualified (the trainee's stage is qualified or
 * later) with fewer days of updating than Social Work England asks, as
 * the updating log counts them (updating_days_done: rc-updating-log.h).
 * @cohort may be NULL: then no bounds are checked. */
GPtrArray *rc_rules_check_trainee         (RcTrainee          *trainee,
                                           RcCohort           *cohort,
                                           gboolean            returner,
                                           const GDate        *today);

/* Errors: a year outside 2000 to 2100; a negative figure.
 * Warnings: vacancies above FTE in post; turnover (leavers / FTE in post)
 * or agency FTE above 100 % of FTE in post; a reporting year whose
 * 30 September is more than a year after @today. */
GPtrArray *rc_rules_check_workforce_return (RcWorkforceReturn *ret,
                                            const GDate       *today);

/* Errors: no name, or one too long; dates that are not ISO; an end before
 * the start; places funded below 0; for a returner cohort, years out of
 * practice outside 0 to 50 or the most below the least, training weeks
 * outside 1 to 104; notes too long.
 * Warnings: a start or end before 2000; a start more than a year after
 * @today (the end of a 14-month Step Up cohort is rightly that far ahead,
 * so it is not warned about). */
GPtrArray *rc_rules_check_cohort          (RcCohort           *cohort,
                                           gboolean            returner,
                                           const GDate        *today);

/* Errors: a description too long; a quantity outside 0 to 1,000,000, a
 * unit cost outside £0 to £10,000,000, an unknown category. */
GPtrArray *rc_rules_check_bid_line        (RcBidLine          *line);

/* A move of @trainee (as stored: its stage, the date of its last move,
 * its dates and days of updating) to @stage on @occurred_on.
 * Errors: a date that is not ISO, in the future, or before the last move;
 * a note too long.
 * Warnings: a date before 2000.
 * Confirmations: an enrolment before @cohort starts; qualifying a returner
 * with fewer days of updating than Social Work England asks (30 for 2 to
 * 5 years out, 60 beyond), as the updating log counts them. Fields are "occurred_on" and "note". */
GPtrArray *rc_rules_check_move            (RcTrainee          *trainee,
                                           RcCohort           *cohort,
                                           gboolean            returner,
                                           RcStage             stage,
                                           const char         *occurred_on,
                                           const char         *note,
                                           const GDate        *today);

G_END_DECLS
