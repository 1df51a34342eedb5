/* rc-updating-log.h: a returner's updating, counted by Social Work
 * England's rules
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Social Work England (socialworkengland.org.uk, registration, updating
 * your skills and knowledge) asks a social worker off the register for
 * 2 to 5 years for at least 30 days of updating before restoration, and
 * one off it for more than 5 years for at least 60 (rc-returner.h). Every
 * day counted must fall within the 12 months before the application for
 * restoration, and private study counts for at most half of the days
 * asked. A day is a number of hours the preferences set: the regulator's
 * pages have said both 6 and 7.
 *
 * Everything here counts in hundredths of an hour ("units"): an activity
 * brings its hours, days recorded as a total bring days × hours a day,
 * and a day is hours_per_day × 100 units. Nothing is rounded up: a
 * returner meets the requirement when the units counted reach the days
 * asked × hours a day × 100 exactly.
 */

#pragma once

#include "rc-field-rules.h"
#include "rc-trainee.h"
#include "rc-updating-activity.h"

#include <gio/gio.h>

G_BEGIN_DECLS

#define RC_UPDATING_DEFAULT_HOURS_PER_DAY 7
#define RC_UPDATING_MIN_HOURS_PER_DAY     1
#define RC_UPDATING_MAX_HOURS_PER_DAY     12
#define RC_UPDATING_WINDOW_MONTHS         12

/* Where the 12 months are counted back from. */
typedef enum
{
  RC_UPDATING_WINDOW_APPLICATION,  /* the restoration application, as recorded */
  RC_UPDATING_WINDOW_QUALIFIED,    /* none recorded: the day the returner qualified */
  RC_UPDATING_WINDOW_TODAY,        /* none recorded and not qualified: today */
} RcUpdatingWindowEnd;

typedef struct
{
  guint               hours_per_day;
  double              years_out;        /* -1 when not known */
  int                 required_days;    /* 0, 30 or 60; -1 when not known */
  RcUpdatingWindowEnd window_end_kind;
  GDate               window_start;     /* the first day that counts */
  GDate               window_end;       /* the last day that counts */
  guint               n_activities;
  /* In hundredths of an hour. */
  gint64              total;            /* every entry */
  gint64              in_window;        /* the part of each entry within the window */
  gint64              outside;          /* total - in_window */
  gint64              private_study;    /* private study within the window */
  gint64              private_cap;      /* the most private study that counts; -1: no
                                         * cap, as nothing is asked or it is not known */
  gint64              counted;          /* in_window, private study capped */
} RcUpdatingTally;

/* The last day of the window: the restoration application when recorded,
 * else the day the returner qualified, else @today. The dates are ISO
 * text or NULL; one that is not a date is as good as missing. */
RcUpdatingWindowEnd rc_updating_window_end    (const char          *restoration_applied_on,
                                               const char          *qualified_on,
                                               const GDate         *today,
                                               GDate               *end);

/* Units one entry brings before the window is applied. */
gint64       rc_updating_activity_units       (RcUpdatingActivity  *activity,
                                               guint                hours_per_day);

/* Counts @activities (RcUpdatingActivity; NULL for none) for a returner
 * out of practice @years_out years (rc_returner_years_out(); -1 when not
 * known), within the 12 months up to @window_end, inclusive at both
 * ends: from 2025-06-15 to 2026-06-15, and from 2025-02-28 to 2026-02-29
 * in a leap year. An entry running over several days counts in
 * proportion to its days within the window. Private study beyond half of
 * the days asked is not counted. */
void         rc_updating_tally                (GListModel          *activities,
                                               double               years_out,
                                               RcUpdatingWindowEnd  window_end_kind,
                                               const GDate         *window_end,
                                               guint                hours_per_day,
                                               RcUpdatingTally     *out);

/* Whole days in @units, rounded down: what the trainee's
 * updating_days_done holds. */
gint64       rc_updating_tally_whole_days     (const RcUpdatingTally *tally,
                                               gint64               units);
/* "18", or "18.5": days to a tenth, rounded down, with a '.' whatever the
 * locale as the program shows its figures. */
char        *rc_updating_format_days          (gint64               units,
                                               guint                hours_per_day);
/* Whether the days counted reach the days asked (never, when they are
 * not known; always when none are asked). */
gboolean     rc_updating_tally_is_met         (const RcUpdatingTally *tally);
/* One line: "18 of 30 days · private study 9 of at most 15 · 3 outside
 * the 12-month window"; "18 days" when what is asked is not known. */
char        *rc_updating_tally_describe       (const RcUpdatingTally *tally);
/* What is missing, as warnings for the field "updating": the days still
 * needed, private study beyond its half, days outside the window and
 * where it ends, a missing restoration date, and years out not known. */
GPtrArray   *rc_updating_tally_check          (const RcUpdatingTally *tally);

/* The years out of practice the rules measure: from the day of leaving
 * practice to the application, or to @today when there is none yet; -1
 * when not known. */
double       rc_updating_years_out            (RcTrainee           *trainee,
                                               const GDate         *today);

/* The rules of one entry, for every way in (rc-field-rules.h).
 * Errors: a start or end that is not a date, in the future, an end before
 * the start; no hours, or more than 24 a day; days recorded outside 0.01
 * to 365; a note too long; for supervised practice, no supervisor's name,
 * regulator or registration number, or no word of what was done; texts too
 * long. Warnings: a date before 2000; more than 12 hours a day.
 * Fields: "kind", "started_on", "ended_on", "hours100", "days100", "note",
 * "supervisor_name", "supervisor_regulator", "supervisor_registration". */
GPtrArray   *rc_rules_check_updating_activity (RcUpdatingActivity  *activity,
                                               const GDate         *today);

G_END_DECLS
