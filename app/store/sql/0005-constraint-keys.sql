-- 0005-constraint-keys.sql: constraints are named by stable keys, not by the words users see
--
-- Until version 4 a constraint's name was the sentence shown to the user
-- when a value was refused: translators never saw it, and rewording it
-- took a migration. Every constraint now has a key (region_gss_code_format),
-- and app/store/rc-constraint-messages.c maps each key to its words, an N_()
-- string translated when shown, so that any backend says the same thing.
-- The unnamed CHECK and UNIQUE constraints get keys too.
--
-- SQLite cannot rename a constraint, so every table is rebuilt as
-- https://www.sqlite.org/lang_altertable.html ("Making Other Kinds Of Table
-- Schema Changes") describes: a new table, the rows copied with their ids,
-- the old table dropped, the new one renamed, its indexes made again. The
-- columns, their order, types, defaults and references are those of
-- version 4. The migration runner (rc-store-migrations.c) turns foreign
-- keys off around it, since dropping a table would otherwise cascade, and
-- runs PRAGMA foreign_key_check before it commits. The triggers are
-- dropped first and made again last, word for word as 0001 and 0004 left
-- them, so that no rename meets a trigger naming a table that is gone.
-- There are no views.

DROP TRIGGER bid_status_event_sets_status;
DROP TRIGGER trainee_event_sets_stage;

-- region
CREATE TABLE new_region (
  id        INTEGER PRIMARY KEY,
  gss_code  TEXT NOT NULL CONSTRAINT region_gss_code_unique UNIQUE
            CONSTRAINT region_gss_code_format
            CHECK (gss_code GLOB 'E12[0-9][0-9][0-9][0-9][0-9][0-9]'),
  name      TEXT NOT NULL
            CONSTRAINT region_name_required CHECK (length(trim(name)) > 0)
);
INSERT INTO new_region (id, gss_code, name)
  SELECT id, gss_code, name FROM region;
DROP TABLE region;
ALTER TABLE new_region RENAME TO region;

-- council
CREATE TABLE new_council (
  id              INTEGER PRIMARY KEY,
  gss_code        TEXT NOT NULL CONSTRAINT council_gss_code_unique UNIQUE
                  CONSTRAINT council_gss_code_format
                  CHECK (gss_code GLOB 'E0[689][0-9][0-9][0-9][0-9][0-9][0-9]'
                         OR gss_code GLOB 'E10[0-9][0-9][0-9][0-9][0-9][0-9]'),
  la_number       INTEGER
                  CONSTRAINT council_la_number_format
                  CHECK (la_number IS NULL OR la_number BETWEEN 100 AND 999),
  name            TEXT NOT NULL
                  CONSTRAINT council_name_required CHECK (length(trim(name)) > 0),
  region_id       INTEGER NOT NULL REFERENCES region (id),
  kind            TEXT NOT NULL
                  CONSTRAINT council_kind_known
                  CHECK (kind IN ('unitary', 'county', 'metropolitan', 'london')),
  active_from_on  TEXT
                  CONSTRAINT council_active_from_on_date
                  CHECK (active_from_on IS NULL OR date(active_from_on) IS active_from_on),
  active_to_on    TEXT
                  CONSTRAINT council_active_to_on_date
                  CHECK (active_to_on IS NULL OR date(active_to_on) IS active_to_on),
  successor_id    INTEGER REFERENCES council (id) ON DELETE SET NULL
                  CONSTRAINT council_successor_not_self CHECK (successor_id IS NOT id),
  CONSTRAINT council_active_order
    CHECK (active_to_on IS NULL OR active_from_on IS NULL OR active_to_on >= active_from_on)
);
INSERT INTO new_council (
    id, gss_code, la_number, name, region_id, kind, active_from_on, active_to_on, successor_id)
  SELECT
    id, gss_code, la_number, name, region_id, kind, active_from_on, active_to_on, successor_id
  FROM council;
DROP TABLE council;
ALTER TABLE new_council RENAME TO council;
CREATE INDEX council_region ON council (region_id);
CREATE INDEX council_successor ON council (successor_id);
CREATE INDEX council_la_number ON council (la_number);

-- consortium
CREATE TABLE new_consortium (
  id               INTEGER PRIMARY KEY,
  name             TEXT NOT NULL CONSTRAINT consortium_name_unique UNIQUE
                   CONSTRAINT consortium_name_required CHECK (length(trim(name)) > 0),
  lead_council_id  INTEGER NOT NULL REFERENCES council (id),
  notes            TEXT
);
INSERT INTO new_consortium (id, name, lead_council_id, notes)
  SELECT id, name, lead_council_id, notes FROM consortium;
DROP TABLE consortium;
ALTER TABLE new_consortium RENAME TO consortium;

-- programme
CREATE TABLE new_programme (
  id       INTEGER PRIMARY KEY,
  code     TEXT NOT NULL CONSTRAINT programme_code_unique UNIQUE
           CONSTRAINT programme_code_format
           CHECK (length(code) > 0 AND code NOT GLOB '*[^a-z0-9_]*'),
  name     TEXT NOT NULL CONSTRAINT programme_name_unique UNIQUE
           CONSTRAINT programme_name_required CHECK (length(trim(name)) > 0),
  kind     TEXT NOT NULL
           CONSTRAINT programme_kind_known
           CHECK (kind IN ('trainee', 'returner', 'early_career', 'development')),
  builtin  INTEGER NOT NULL DEFAULT 0
           CONSTRAINT programme_builtin_flag CHECK (builtin IN (0, 1))
);
INSERT INTO new_programme (id, code, name, kind, builtin)
  SELECT id, code, name, kind, builtin FROM programme;
DROP TABLE programme;
ALTER TABLE new_programme RENAME TO programme;

-- consortium_member
CREATE TABLE new_consortium_member (
  id             INTEGER PRIMARY KEY,
  consortium_id  INTEGER NOT NULL REFERENCES consortium (id) ON DELETE CASCADE,
  council_id     INTEGER NOT NULL REFERENCES council (id),
  programme_id   INTEGER REFERENCES programme (id),
  role           TEXT NOT NULL DEFAULT 'partner'
                 CONSTRAINT consortium_member_role_known
                 CHECK (role IN ('lead', 'partner', 'proposed')),
  joined_on      TEXT NOT NULL
                 CONSTRAINT consortium_member_joined_on_date
                 CHECK (date(joined_on) IS joined_on),
  left_on        TEXT
                 CONSTRAINT consortium_member_left_on_date
                 CHECK (left_on IS NULL OR date(left_on) IS left_on),
  CONSTRAINT consortium_member_dates_order
    CHECK (left_on IS NULL OR left_on >= joined_on)
);
INSERT INTO new_consortium_member (
    id, consortium_id, council_id, programme_id, role, joined_on, left_on)
  SELECT
    id, consortium_id, council_id, programme_id, role, joined_on, left_on
  FROM consortium_member;
DROP TABLE consortium_member;
ALTER TABLE new_consortium_member RENAME TO consortium_member;
CREATE INDEX consortium_member_consortium ON consortium_member (consortium_id);
CREATE INDEX consortium_member_council ON consortium_member (council_id);

-- cohort
CREATE TABLE new_cohort (
  id              INTEGER PRIMARY KEY,
  programme_id    INTEGER NOT NULL REFERENCES programme (id),
  consortium_id   INTEGER NOT NULL REFERENCES consortium (id),
  name            TEXT NOT NULL
                  CONSTRAINT cohort_name_required CHECK (length(trim(name)) > 0),
  starts_on       TEXT NOT NULL
                  CONSTRAINT cohort_starts_on_date
                  CHECK (date(starts_on) IS starts_on),
  ends_on         TEXT NOT NULL
                  CONSTRAINT cohort_ends_on_date
                  CHECK (date(ends_on) IS ends_on),
  places_funded   INTEGER NOT NULL
                  CONSTRAINT cohort_places_funded_not_negative CHECK (places_funded >= 0),
  min_years_out   INTEGER NOT NULL DEFAULT 2,
  max_years_out   INTEGER NOT NULL DEFAULT 5,
  training_weeks  INTEGER
                  CONSTRAINT cohort_training_weeks_range
                  CHECK (training_weeks IS NULL OR training_weeks BETWEEN 1 AND 104),
  notes           TEXT,
  CONSTRAINT cohort_dates_order CHECK (ends_on >= starts_on),
  CONSTRAINT cohort_years_out_range
    CHECK (min_years_out >= 0 AND max_years_out <= 50 AND min_years_out <= max_years_out),
  CONSTRAINT cohort_name_unique UNIQUE (consortium_id, name)
);
INSERT INTO new_cohort (
    id, programme_id, consortium_id, name, starts_on, ends_on, places_funded, min_years_out,
    max_years_out, training_weeks, notes)
  SELECT
    id, programme_id, consortium_id, name, starts_on, ends_on, places_funded, min_years_out,
    max_years_out, training_weeks, notes
  FROM cohort;
DROP TABLE cohort;
ALTER TABLE new_cohort RENAME TO cohort;
CREATE INDEX cohort_programme ON cohort (programme_id);

-- cohort_place
CREATE TABLE new_cohort_place (
  id          INTEGER PRIMARY KEY,
  cohort_id   INTEGER NOT NULL REFERENCES cohort (id) ON DELETE CASCADE,
  council_id  INTEGER NOT NULL REFERENCES council (id),
  places      INTEGER NOT NULL
              CONSTRAINT cohort_place_places_not_negative CHECK (places >= 0),
  CONSTRAINT cohort_place_council_unique UNIQUE (cohort_id, council_id)
);
INSERT INTO new_cohort_place (id, cohort_id, council_id, places)
  SELECT id, cohort_id, council_id, places FROM cohort_place;
DROP TABLE cohort_place;
ALTER TABLE new_cohort_place RENAME TO cohort_place;

-- trainee
CREATE TABLE new_trainee (
  id                   INTEGER PRIMARY KEY,
  cohort_id            INTEGER NOT NULL REFERENCES cohort (id),
  reference            TEXT NOT NULL
                       CONSTRAINT trainee_reference_required CHECK (length(trim(reference)) > 0),
  given_name           TEXT,
  family_name          TEXT,
  email                TEXT
                       CONSTRAINT trainee_email_format CHECK (email IS NULL OR email LIKE '_%@_%'),
  phone                TEXT,
  host_council_id      INTEGER REFERENCES council (id),
  stage                TEXT NOT NULL DEFAULT 'applied',
  stage_on             TEXT,
  registration_number  TEXT
                       CONSTRAINT trainee_registration_number_format
                       CHECK (registration_number IS NULL
                              OR (registration_number GLOB 'SW[0-9]*' AND registration_number NOT GLOB 'SW*[^0-9]*')),
  registered_with      TEXT
                       CONSTRAINT trainee_registered_with_known
                       CHECK (registered_with IS NULL OR registered_with IN ('hcpc', 'swe')),
  left_practice_on     TEXT
                       CONSTRAINT trainee_left_practice_on_date
                       CHECK (left_practice_on IS NULL OR date(left_practice_on) IS left_practice_on),
  applied_on           TEXT
                       CONSTRAINT trainee_applied_on_date
                       CHECK (applied_on IS NULL OR date(applied_on) IS applied_on),
  withdrawal_reason    TEXT,
  withdrawal_note      TEXT,
  employer_council_id  INTEGER REFERENCES council (id),
  erased_at            TEXT,
  CONSTRAINT trainee_erased_keeps_no_contact
    CHECK (erased_at IS NULL
           OR (given_name IS NULL AND family_name IS NULL AND email IS NULL AND phone IS NULL)),
  CONSTRAINT trainee_withdrawal_reason_required
    CHECK (stage <> 'withdrawn' OR withdrawal_reason IS NOT NULL),
  CONSTRAINT trainee_reference_unique UNIQUE (cohort_id, reference)
);
INSERT INTO new_trainee (
    id, cohort_id, reference, given_name, family_name, email, phone, host_council_id, stage,
    stage_on, registration_number, registered_with, left_practice_on, applied_on,
    withdrawal_reason, withdrawal_note, employer_council_id, erased_at)
  SELECT
    id, cohort_id, reference, given_name, family_name, email, phone, host_council_id, stage,
    stage_on, registration_number, registered_with, left_practice_on, applied_on,
    withdrawal_reason, withdrawal_note, employer_council_id, erased_at
  FROM trainee;
DROP TABLE trainee;
ALTER TABLE new_trainee RENAME TO trainee;
CREATE INDEX trainee_cohort ON trainee (cohort_id, stage);
CREATE INDEX trainee_host ON trainee (host_council_id);

-- trainee_event
CREATE TABLE new_trainee_event (
  id           INTEGER PRIMARY KEY,
  trainee_id   INTEGER NOT NULL REFERENCES trainee (id) ON DELETE CASCADE,
  stage        TEXT NOT NULL
               CONSTRAINT trainee_event_stage_known
               CHECK (stage IN ('applied', 'assessment', 'offered', 'enrolled', 'on_placement',
                                'qualified', 'registered', 'employed', 'asye_completed',
                                'retained_12', 'retained_24', 'withdrawn')),
  occurred_on  TEXT NOT NULL
               CONSTRAINT trainee_event_occurred_on_date
               CHECK (date(occurred_on) IS occurred_on),
  council_id   INTEGER REFERENCES council (id),
  note         TEXT
);
INSERT INTO new_trainee_event (id, trainee_id, stage, occurred_on, council_id, note)
  SELECT id, trainee_id, stage, occurred_on, council_id, note FROM trainee_event;
DROP TABLE trainee_event;
ALTER TABLE new_trainee_event RENAME TO trainee_event;
CREATE INDEX trainee_event_trainee ON trainee_event (trainee_id, occurred_on);

-- workforce_return
CREATE TABLE new_workforce_return (
  id                   INTEGER PRIMARY KEY,
  scope                TEXT NOT NULL
                       CONSTRAINT workforce_return_scope_known
                       CHECK (scope IN ('council', 'region', 'national')),
  council_id           INTEGER REFERENCES council (id) ON DELETE CASCADE,
  region_id            INTEGER REFERENCES region (id) ON DELETE CASCADE,
  year                 INTEGER NOT NULL
                       CONSTRAINT workforce_return_year_range
                       CHECK (year BETWEEN 2000 AND 2100),
  in_post_fte100       INTEGER CONSTRAINT workforce_return_in_post_not_negative CHECK (in_post_fte100 >= 0),
  starters_fte100      INTEGER CONSTRAINT workforce_return_starters_not_negative CHECK (starters_fte100 >= 0),
  leavers_fte100       INTEGER CONSTRAINT workforce_return_leavers_not_negative CHECK (leavers_fte100 >= 0),
  agency_fte100        INTEGER CONSTRAINT workforce_return_agency_not_negative CHECK (agency_fte100 >= 0),
  vacancies_fte100     INTEGER CONSTRAINT workforce_return_vacancies_not_negative CHECK (vacancies_fte100 >= 0),
  case_holders_fte100  INTEGER CONSTRAINT workforce_return_case_holders_not_negative CHECK (case_holders_fte100 >= 0),
  cases                INTEGER CONSTRAINT workforce_return_cases_not_negative CHECK (cases >= 0),
  sickness_days100     INTEGER CONSTRAINT workforce_return_sickness_not_negative CHECK (sickness_days100 >= 0),
  source               TEXT NOT NULL DEFAULT 'manual',
  updated_at           TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  published_vacancy_rate_pct100   INTEGER
                       CONSTRAINT workforce_return_published_vacancy_rate_range
                       CHECK (published_vacancy_rate_pct100 BETWEEN 0 AND 10000),
  published_agency_rate_pct100    INTEGER
                       CONSTRAINT workforce_return_published_agency_rate_range
                       CHECK (published_agency_rate_pct100 BETWEEN 0 AND 10000),
  published_turnover_rate_pct100  INTEGER
                       CONSTRAINT workforce_return_published_turnover_rate_range
                       CHECK (published_turnover_rate_pct100 BETWEEN 0 AND 100000),
  published_caseload100           INTEGER
                       CONSTRAINT workforce_return_published_caseload_range
                       CHECK (published_caseload100 BETWEEN 0 AND 100000),
  CONSTRAINT workforce_return_scope_owner
    CHECK ((scope = 'council' AND council_id IS NOT NULL AND region_id IS NULL)
        OR (scope = 'region' AND region_id IS NOT NULL AND council_id IS NULL)
        OR (scope = 'national' AND council_id IS NULL AND region_id IS NULL))
);
INSERT INTO new_workforce_return (
    id, scope, council_id, region_id, year, in_post_fte100, starters_fte100, leavers_fte100,
    agency_fte100, vacancies_fte100, case_holders_fte100, cases, sickness_days100, source,
    updated_at, published_vacancy_rate_pct100, published_agency_rate_pct100,
    published_turnover_rate_pct100, published_caseload100)
  SELECT
    id, scope, council_id, region_id, year, in_post_fte100, starters_fte100, leavers_fte100,
    agency_fte100, vacancies_fte100, case_holders_fte100, cases, sickness_days100, source,
    updated_at, published_vacancy_rate_pct100, published_agency_rate_pct100,
    published_turnover_rate_pct100, published_caseload100
  FROM workforce_return;
DROP TABLE workforce_return;
ALTER TABLE new_workforce_return RENAME TO workforce_return;
CREATE UNIQUE INDEX workforce_return_council_year ON workforce_return (council_id, year) WHERE scope = 'council';
CREATE UNIQUE INDEX workforce_return_region_year ON workforce_return (region_id, year) WHERE scope = 'region';
CREATE UNIQUE INDEX workforce_return_national_year ON workforce_return (year) WHERE scope = 'national';

-- bid
CREATE TABLE new_bid (
  id                INTEGER PRIMARY KEY,
  consortium_id     INTEGER NOT NULL REFERENCES consortium (id),
  programme_id      INTEGER REFERENCES programme (id),
  title             TEXT NOT NULL
                    CONSTRAINT bid_title_required CHECK (length(trim(title)) > 0),
  funder            TEXT NOT NULL
                    CONSTRAINT bid_funder_required CHECK (length(trim(funder)) > 0),
  scheme            TEXT,
  status            TEXT NOT NULL DEFAULT 'draft',
  deadline_on       TEXT
                    CONSTRAINT bid_deadline_on_date
                    CHECK (deadline_on IS NULL OR date(deadline_on) IS deadline_on),
  submitted_on      TEXT,
  decision_due_on   TEXT
                    CONSTRAINT bid_decision_due_on_date
                    CHECK (decision_due_on IS NULL OR date(decision_due_on) IS decision_due_on),
  decided_on        TEXT,
  awarded_pence     INTEGER
                    CONSTRAINT bid_awarded_not_negative
                    CHECK (awarded_pence IS NULL OR awarded_pence >= 0),
  trainees_planned  INTEGER
                    CONSTRAINT bid_trainees_planned_not_negative
                    CHECK (trainees_planned IS NULL OR trainees_planned >= 0),
  notes             TEXT
);
INSERT INTO new_bid (
    id, consortium_id, programme_id, title, funder, scheme, status, deadline_on, submitted_on,
    decision_due_on, decided_on, awarded_pence, trainees_planned, notes)
  SELECT
    id, consortium_id, programme_id, title, funder, scheme, status, deadline_on, submitted_on,
    decision_due_on, decided_on, awarded_pence, trainees_planned, notes
  FROM bid;
DROP TABLE bid;
ALTER TABLE new_bid RENAME TO bid;

-- bid_status_event
CREATE TABLE new_bid_status_event (
  id           INTEGER PRIMARY KEY,
  bid_id       INTEGER NOT NULL REFERENCES bid (id) ON DELETE CASCADE,
  status       TEXT NOT NULL
               CONSTRAINT bid_status_event_status_known
               CHECK (status IN ('draft', 'submitted', 'awarded', 'part_awarded', 'rejected', 'withdrawn')),
  occurred_on  TEXT NOT NULL
               CONSTRAINT bid_status_event_occurred_on_date
               CHECK (date(occurred_on) IS occurred_on),
  note         TEXT
);
INSERT INTO new_bid_status_event (id, bid_id, status, occurred_on, note)
  SELECT id, bid_id, status, occurred_on, note FROM bid_status_event;
DROP TABLE bid_status_event;
ALTER TABLE new_bid_status_event RENAME TO bid_status_event;
CREATE INDEX bid_status_event_bid ON bid_status_event (bid_id, occurred_on);

-- bid_line
CREATE TABLE new_bid_line (
  id               INTEGER PRIMARY KEY,
  bid_id           INTEGER NOT NULL REFERENCES bid (id) ON DELETE CASCADE,
  council_id       INTEGER REFERENCES council (id),
  category         TEXT NOT NULL
                   CONSTRAINT bid_line_category_known
                   CHECK (category IN ('bursaries', 'salary_backfill', 'practice_educators',
                                       'university_fees', 'coordination', 'travel', 'other')),
  description      TEXT,
  quantity100      INTEGER NOT NULL
                   CONSTRAINT bid_line_quantity_range
                   CHECK (quantity100 BETWEEN 0 AND 100000000),
  unit_cost_pence  INTEGER NOT NULL
                   CONSTRAINT bid_line_unit_cost_range
                   CHECK (unit_cost_pence BETWEEN 0 AND 1000000000)
);
INSERT INTO new_bid_line (
    id, bid_id, council_id, category, description, quantity100, unit_cost_pence)
  SELECT
    id, bid_id, council_id, category, description, quantity100, unit_cost_pence
  FROM bid_line;
DROP TABLE bid_line;
ALTER TABLE new_bid_line RENAME TO bid_line;
CREATE INDEX bid_line_bid ON bid_line (bid_id);

-- audit_log
CREATE TABLE new_audit_log (
  id         INTEGER PRIMARY KEY,
  at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  entity     TEXT NOT NULL,
  entity_id  INTEGER,
  action     TEXT NOT NULL
             CONSTRAINT audit_log_action_known
             CHECK (action IN ('create', 'update', 'delete', 'erase', 'import', 'restore', 'migrate', 'backup')),
  summary    TEXT NOT NULL
);
INSERT INTO new_audit_log (id, at, entity, entity_id, action, summary)
  SELECT id, at, entity, entity_id, action, summary FROM audit_log;
DROP TABLE audit_log;
ALTER TABLE new_audit_log RENAME TO audit_log;
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);

-- updating_activity
CREATE TABLE new_updating_activity (
  id                       INTEGER PRIMARY KEY,
  trainee_id               INTEGER NOT NULL REFERENCES trainee (id) ON DELETE CASCADE,
  kind                     TEXT NOT NULL
                           CONSTRAINT updating_activity_kind_known
                           CHECK (kind IN ('private_study', 'supervised_practice', 'shadowing', 'course',
                                           'recorded_days')),
  started_on               TEXT NOT NULL
                           CONSTRAINT updating_activity_started_on_date
                           CHECK (date(started_on) IS started_on),
  ended_on                 TEXT
                           CONSTRAINT updating_activity_ended_on_date
                           CHECK (ended_on IS NULL OR (date(ended_on) IS ended_on AND ended_on >= started_on)),
  hours100                 INTEGER NOT NULL DEFAULT 0
                           CONSTRAINT updating_activity_hours_range
                           CHECK (hours100 >= 0
                                  AND hours100 <= 2400 * (julianday(coalesce(ended_on, started_on))
                                                          - julianday(started_on) + 1)),
  days100                  INTEGER
                           CONSTRAINT updating_activity_days_range
                           CHECK (days100 IS NULL OR days100 BETWEEN 0 AND 36500),
  note                     TEXT,
  supervisor_name          TEXT,
  supervisor_regulator     TEXT,
  supervisor_registration  TEXT,
  CONSTRAINT updating_activity_supervisor_required
    CHECK (kind <> 'supervised_practice'
           OR (coalesce(length(trim(supervisor_name)), 0) > 0
               AND coalesce(length(trim(supervisor_regulator)), 0) > 0
               AND coalesce(length(trim(supervisor_registration)), 0) > 0)),
  CONSTRAINT updating_activity_days_or_hours
    CHECK ((kind = 'recorded_days') = (days100 IS NOT NULL)
           AND (kind <> 'recorded_days' OR hours100 = 0))
);
INSERT INTO new_updating_activity (
    id, trainee_id, kind, started_on, ended_on, hours100, days100, note, supervisor_name,
    supervisor_regulator, supervisor_registration)
  SELECT
    id, trainee_id, kind, started_on, ended_on, hours100, days100, note, supervisor_name,
    supervisor_regulator, supervisor_registration
  FROM updating_activity;
DROP TABLE updating_activity;
ALTER TABLE new_updating_activity RENAME TO updating_activity;
CREATE INDEX updating_activity_trainee ON updating_activity (trainee_id, started_on);

-- restoration_application
CREATE TABLE new_restoration_application (
  trainee_id  INTEGER PRIMARY KEY REFERENCES trainee (id) ON DELETE CASCADE,
  applied_on  TEXT NOT NULL
              CONSTRAINT restoration_application_applied_on_date
              CHECK (date(applied_on) IS applied_on)
);
INSERT INTO new_restoration_application (trainee_id, applied_on)
  SELECT trainee_id, applied_on FROM restoration_application;
DROP TABLE restoration_application;
ALTER TABLE new_restoration_application RENAME TO restoration_application;

-- cohort_funnel_figure
CREATE TABLE new_cohort_funnel_figure (
  id         INTEGER PRIMARY KEY,
  cohort_id  INTEGER NOT NULL REFERENCES cohort (id) ON DELETE CASCADE,
  step       TEXT NOT NULL
             CONSTRAINT cohort_funnel_figure_step_known
             CHECK (step IN ('applied', 'shortlisted', 'assessed', 'offered', 'started', 'completed',
                             'registered', 'in_job')),
  count      INTEGER NOT NULL
             CONSTRAINT cohort_funnel_figure_count_range
             CHECK (count BETWEEN 0 AND 1000000),
  at_least   INTEGER NOT NULL DEFAULT 0
             CONSTRAINT cohort_funnel_figure_at_least_flag CHECK (at_least IN (0, 1)),
  source     TEXT,
  CONSTRAINT cohort_funnel_figure_step_unique UNIQUE (cohort_id, step)
);
INSERT INTO new_cohort_funnel_figure (id, cohort_id, step, count, at_least, source)
  SELECT id, cohort_id, step, count, at_least, source FROM cohort_funnel_figure;
DROP TABLE cohort_funnel_figure;
ALTER TABLE new_cohort_funnel_figure RENAME TO cohort_funnel_figure;

-- bid_reminder
CREATE TABLE new_bid_reminder (
  id           INTEGER PRIMARY KEY,
  bid_id       INTEGER NOT NULL REFERENCES bid (id) ON DELETE CASCADE,
  kind         TEXT NOT NULL
               CONSTRAINT bid_reminder_kind_known CHECK (kind IN ('deadline', 'decision')),
  due_on       TEXT NOT NULL
               CONSTRAINT bid_reminder_due_on_date CHECK (date(due_on) IS due_on),
  days_before  INTEGER NOT NULL
               CONSTRAINT bid_reminder_days_before_known CHECK (days_before IN (14, 7, 1)),
  sent_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  CONSTRAINT bid_reminder_unique UNIQUE (bid_id, kind, due_on, days_before)
);
INSERT INTO new_bid_reminder (id, bid_id, kind, due_on, days_before, sent_at)
  SELECT id, bid_id, kind, due_on, days_before, sent_at FROM bid_reminder;
DROP TABLE bid_reminder;
ALTER TABLE new_bid_reminder RENAME TO bid_reminder;

-- The triggers, as versions 1 (bids) and 4 (trainees) made them.
CREATE TRIGGER bid_status_event_sets_status AFTER INSERT ON bid_status_event
BEGIN
  UPDATE bid SET status = NEW.status WHERE id = NEW.bid_id;
  UPDATE bid SET submitted_on = NEW.occurred_on WHERE id = NEW.bid_id AND NEW.status = 'submitted';
  UPDATE bid SET decided_on = NEW.occurred_on
   WHERE id = NEW.bid_id AND NEW.status IN ('awarded', 'part_awarded', 'rejected');
END;

CREATE TRIGGER trainee_event_sets_stage AFTER INSERT ON trainee_event
BEGIN
  UPDATE trainee SET stage = NEW.stage, stage_on = NEW.occurred_on
   WHERE id = NEW.trainee_id
     AND (stage IS NOT NEW.stage OR stage_on IS NOT NEW.occurred_on);
  UPDATE trainee SET employer_council_id = NEW.council_id
   WHERE id = NEW.trainee_id AND NEW.stage = 'employed' AND NEW.council_id IS NOT NULL
     AND employer_council_id IS NOT NEW.council_id;
END;
