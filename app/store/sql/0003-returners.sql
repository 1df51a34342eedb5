-- Return Coordinator schema, version 3: a returner's updating by Social Work
-- England's rules, a cohort's recruitment funnel, and the deadline reminders
-- already sent.
-- Constraint names are the messages the user sees when a value is refused.

-- What a returner did to update their skills and knowledge, for
-- restoration to the register. Hours are in hundredths (750 is 7.5
-- hours); an entry may run over several days (@started_on to @ended_on).
-- "recorded_days" is a number of days recorded as a total, without the
-- activities behind it: what the app held before this log, or a column of
-- an imported file. Days are counted from hours by the hours in a day that
-- the preferences set (app/model/rc-updating-log.h).
CREATE TABLE updating_activity (
  id                       INTEGER PRIMARY KEY,
  trainee_id               INTEGER NOT NULL REFERENCES trainee (id) ON DELETE CASCADE,
  kind                     TEXT NOT NULL
                           CONSTRAINT "An updating activity is private study, supervised practice, shadowing or a course"
                           CHECK (kind IN ('private_study', 'supervised_practice', 'shadowing', 'course',
                                           'recorded_days')),
  started_on               TEXT NOT NULL
                           CONSTRAINT "An activity needs a date like 2026-03-02"
                           CHECK (date(started_on) IS started_on),
  ended_on                 TEXT
                           CONSTRAINT "An activity ends on a date like 2026-03-06, not before it starts"
                           CHECK (ended_on IS NULL OR (date(ended_on) IS ended_on AND ended_on >= started_on)),
  hours100                 INTEGER NOT NULL DEFAULT 0
                           CONSTRAINT "An activity takes at most 24 hours a day"
                           CHECK (hours100 >= 0
                                  AND hours100 <= 2400 * (julianday(coalesce(ended_on, started_on))
                                                          - julianday(started_on) + 1)),
  days100                  INTEGER
                           CONSTRAINT "Days recorded must be between 0 and 365"
                           CHECK (days100 IS NULL OR days100 BETWEEN 0 AND 36500),
  note                     TEXT,
  supervisor_name          TEXT,
  supervisor_regulator     TEXT,
  supervisor_registration  TEXT,
  CONSTRAINT "Supervised practice records the supervisor’s name, regulator and registration number"
    CHECK (kind <> 'supervised_practice'
           OR (coalesce(length(trim(supervisor_name)), 0) > 0
               AND coalesce(length(trim(supervisor_regulator)), 0) > 0
               AND coalesce(length(trim(supervisor_registration)), 0) > 0)),
  CONSTRAINT "Only days recorded as a total are kept in days; an activity is kept in hours"
    CHECK ((kind = 'recorded_days') = (days100 IS NOT NULL)
           AND (kind <> 'recorded_days' OR hours100 = 0))
);
CREATE INDEX updating_activity_trainee ON updating_activity (trainee_id, started_on);

-- The day a returner applied to Social Work England for restoration: the
-- days counted must fall within the 12 months before it.
CREATE TABLE restoration_application (
  trainee_id  INTEGER PRIMARY KEY REFERENCES trainee (id) ON DELETE CASCADE,
  applied_on  TEXT NOT NULL
              CONSTRAINT "The restoration application needs a date like 2026-11-30"
              CHECK (date(applied_on) IS applied_on)
);

-- The days of updating recorded so far become one entry of each
-- returner's log, dated the day the returner qualified, or their latest
-- move, application or today; then the number goes from the trainee.
INSERT INTO updating_activity (trainee_id, kind, started_on, days100, note)
  SELECT t.id, 'recorded_days',
         coalesce((SELECT min(e.occurred_on) FROM trainee_event e
                    WHERE e.trainee_id = t.id AND e.stage = 'qualified'),
                  t.stage_on, t.applied_on, date('now')),
         t.updating_days_done * 100,
         'Days of updating done, as recorded before the updating log'
    FROM trainee t
   WHERE t.updating_days_done > 0
   ORDER BY t.id;
ALTER TABLE trainee DROP COLUMN updating_days_done;

-- Figures of a cohort's recruitment funnel typed in: the stages before
-- anyone was added as a trainee (a campaign has hundreds of applicants,
-- and only the starters become trainees), or published figures. A stage
-- without one is counted from the trainees' stages.
CREATE TABLE cohort_funnel_figure (
  id         INTEGER PRIMARY KEY,
  cohort_id  INTEGER NOT NULL REFERENCES cohort (id) ON DELETE CASCADE,
  step       TEXT NOT NULL
             CONSTRAINT "Unknown step of the recruitment funnel"
             CHECK (step IN ('applied', 'shortlisted', 'assessed', 'offered', 'started', 'completed',
                             'registered', 'in_job')),
  count      INTEGER NOT NULL
             CONSTRAINT "A figure of the funnel must be between 0 and 1,000,000"
             CHECK (count BETWEEN 0 AND 1000000),
  at_least   INTEGER NOT NULL DEFAULT 0 CHECK (at_least IN (0, 1)),
  source     TEXT,
  UNIQUE (cohort_id, step)
);

-- Desktop notifications sent about a bid's deadline or decision date, so
-- that none is sent twice. A date that moves is reminded about again.
CREATE TABLE bid_reminder (
  id           INTEGER PRIMARY KEY,
  bid_id       INTEGER NOT NULL REFERENCES bid (id) ON DELETE CASCADE,
  kind         TEXT NOT NULL CHECK (kind IN ('deadline', 'decision')),
  due_on       TEXT NOT NULL CHECK (date(due_on) IS due_on),
  days_before  INTEGER NOT NULL CHECK (days_before IN (14, 7, 1)),
  sent_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  UNIQUE (bid_id, kind, due_on, days_before)
);
