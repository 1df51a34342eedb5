-- Return Coordinator schema, version 1.
-- Constraint names are the messages the user sees when a value is refused.

CREATE TABLE region (
  id        INTEGER PRIMARY KEY,
  gss_code  TEXT NOT NULL UNIQUE
            CONSTRAINT "A region code is E12 followed by six digits"
            CHECK (gss_code GLOB 'E12[0-9][0-9][0-9][0-9][0-9][0-9]'),
  name      TEXT NOT NULL
            CONSTRAINT "A region needs a name" CHECK (length(trim(name)) > 0)
);

CREATE TABLE council (
  id              INTEGER PRIMARY KEY,
  gss_code        TEXT NOT NULL UNIQUE
                  CONSTRAINT "A council code is E06, E08, E09 or E10 followed by six digits"
                  CHECK (gss_code GLOB 'E0[689][0-9][0-9][0-9][0-9][0-9][0-9]'
                         OR gss_code GLOB 'E10[0-9][0-9][0-9][0-9][0-9][0-9]'),
  la_number       INTEGER
                  CONSTRAINT "A DfE LA number has three digits"
                  CHECK (la_number IS NULL OR la_number BETWEEN 100 AND 999),
  name            TEXT NOT NULL
                  CONSTRAINT "A council needs a name" CHECK (length(trim(name)) > 0),
  region_id       INTEGER NOT NULL REFERENCES region (id),
  kind            TEXT NOT NULL
                  CONSTRAINT "A council is unitary, county, metropolitan or london"
                  CHECK (kind IN ('unitary', 'county', 'metropolitan', 'london')),
  active_from_on  TEXT
                  CONSTRAINT "Active from must be a date like 2023-04-01"
                  CHECK (active_from_on IS NULL OR date(active_from_on) IS active_from_on),
  active_to_on    TEXT
                  CONSTRAINT "Active to must be a date like 2023-03-31"
                  CHECK (active_to_on IS NULL OR date(active_to_on) IS active_to_on),
  successor_id    INTEGER REFERENCES council (id) ON DELETE SET NULL
                  CONSTRAINT "A council cannot succeed itself" CHECK (successor_id IS NOT id),
  CONSTRAINT "A council cannot stop before it starts"
    CHECK (active_to_on IS NULL OR active_from_on IS NULL OR active_to_on >= active_from_on)
);
CREATE INDEX council_region ON council (region_id);
CREATE INDEX council_successor ON council (successor_id);
CREATE INDEX council_la_number ON council (la_number);

CREATE TABLE consortium (
  id               INTEGER PRIMARY KEY,
  name             TEXT NOT NULL UNIQUE
                   CONSTRAINT "A consortium needs a name" CHECK (length(trim(name)) > 0),
  lead_council_id  INTEGER NOT NULL REFERENCES council (id),
  notes            TEXT
);

CREATE TABLE programme (
  id       INTEGER PRIMARY KEY,
  code     TEXT NOT NULL UNIQUE
           CONSTRAINT "A programme code is lower-case letters, digits and underscores"
           CHECK (length(code) > 0 AND code NOT GLOB '*[^a-z0-9_]*'),
  name     TEXT NOT NULL UNIQUE
           CONSTRAINT "A programme needs a name" CHECK (length(trim(name)) > 0),
  kind     TEXT NOT NULL
           CONSTRAINT "A programme is for trainees, returners, early career or development"
           CHECK (kind IN ('trainee', 'returner', 'early_career', 'development')),
  builtin  INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1))
);

CREATE TABLE consortium_member (
  id             INTEGER PRIMARY KEY,
  consortium_id  INTEGER NOT NULL REFERENCES consortium (id) ON DELETE CASCADE,
  council_id     INTEGER NOT NULL REFERENCES council (id),
  programme_id   INTEGER REFERENCES programme (id),
  role           TEXT NOT NULL DEFAULT 'partner'
                 CONSTRAINT "A member is the lead, a partner or proposed"
                 CHECK (role IN ('lead', 'partner', 'proposed')),
  joined_on      TEXT NOT NULL
                 CONSTRAINT "Joined must be a date like 2016-09-01"
                 CHECK (date(joined_on) IS joined_on),
  left_on        TEXT
                 CONSTRAINT "Left must be a date like 2019-03-31"
                 CHECK (left_on IS NULL OR date(left_on) IS left_on),
  CONSTRAINT "A council cannot leave a consortium before it joins"
    CHECK (left_on IS NULL OR left_on >= joined_on)
);
CREATE INDEX consortium_member_consortium ON consortium_member (consortium_id);
CREATE INDEX consortium_member_council ON consortium_member (council_id);

CREATE TABLE cohort (
  id              INTEGER PRIMARY KEY,
  programme_id    INTEGER NOT NULL REFERENCES programme (id),
  consortium_id   INTEGER NOT NULL REFERENCES consortium (id),
  name            TEXT NOT NULL
                  CONSTRAINT "A cohort needs a name" CHECK (length(trim(name)) > 0),
  starts_on       TEXT NOT NULL
                  CONSTRAINT "Start must be a date like 2016-01-04"
                  CHECK (date(starts_on) IS starts_on),
  ends_on         TEXT NOT NULL
                  CONSTRAINT "End must be a date like 2017-03-31"
                  CHECK (date(ends_on) IS ends_on),
  places_funded   INTEGER NOT NULL
                  CONSTRAINT "Places funded cannot be negative" CHECK (places_funded >= 0),
  min_years_out   INTEGER NOT NULL DEFAULT 2,
  max_years_out   INTEGER NOT NULL DEFAULT 5,
  training_weeks  INTEGER
                  CONSTRAINT "Training weeks must be between 1 and 104"
                  CHECK (training_weeks IS NULL OR training_weeks BETWEEN 1 AND 104),
  notes           TEXT,
  CONSTRAINT "A cohort cannot end before it starts" CHECK (ends_on >= starts_on),
  CONSTRAINT "Years out of practice must be between 0 and 50, the least first"
    CHECK (min_years_out >= 0 AND max_years_out <= 50 AND min_years_out <= max_years_out),
  UNIQUE (consortium_id, name)
);
CREATE INDEX cohort_programme ON cohort (programme_id);

CREATE TABLE cohort_place (
  id          INTEGER PRIMARY KEY,
  cohort_id   INTEGER NOT NULL REFERENCES cohort (id) ON DELETE CASCADE,
  council_id  INTEGER NOT NULL REFERENCES council (id),
  places      INTEGER NOT NULL
              CONSTRAINT "Places cannot be negative" CHECK (places >= 0),
  UNIQUE (cohort_id, council_id)
);

CREATE TABLE trainee (
  id                   INTEGER PRIMARY KEY,
  cohort_id            INTEGER NOT NULL REFERENCES cohort (id),
  reference            TEXT NOT NULL
                       CONSTRAINT "A trainee needs a reference" CHECK (length(trim(reference)) > 0),
  given_name           TEXT,
  family_name          TEXT,
  email                TEXT
                       CONSTRAINT "An e-mail address needs an @" CHECK (email IS NULL OR email LIKE '_%@_%'),
  phone                TEXT,
  host_council_id      INTEGER REFERENCES council (id),
  stage                TEXT NOT NULL DEFAULT 'applied',
  stage_on             TEXT,
  registration_number  TEXT
                       CONSTRAINT "A registration number is SW followed by digits"
                       CHECK (registration_number IS NULL
                              OR (registration_number GLOB 'SW[0-9]*' AND registration_number NOT GLOB 'SW*[^0-9]*')),
  registered_with      TEXT
                       CONSTRAINT "Registration is with the HCPC or Social Work England"
                       CHECK (registered_with IS NULL OR registered_with IN ('hcpc', 'swe')),
  left_practice_on     TEXT
                       CONSTRAINT "Left practice must be a date like 2012-07-31"
                       CHECK (left_practice_on IS NULL OR date(left_practice_on) IS left_practice_on),
  applied_on           TEXT
                       CONSTRAINT "Applied must be a date like 2015-10-01"
                       CHECK (applied_on IS NULL OR date(applied_on) IS applied_on),
  updating_days_done   INTEGER NOT NULL DEFAULT 0
                       CONSTRAINT "Updating days done must be between 0 and 365"
                       CHECK (updating_days_done BETWEEN 0 AND 365),
  withdrawal_reason    TEXT,
  withdrawal_note      TEXT,
  employer_council_id  INTEGER REFERENCES council (id),
  erased_at            TEXT,
  CONSTRAINT "An erased trainee keeps no name or contact details"
    CHECK (erased_at IS NULL
           OR (given_name IS NULL AND family_name IS NULL AND email IS NULL AND phone IS NULL)),
  CONSTRAINT "A withdrawn trainee needs a reason"
    CHECK (stage <> 'withdrawn' OR withdrawal_reason IS NOT NULL),
  UNIQUE (cohort_id, reference)
);
CREATE INDEX trainee_cohort ON trainee (cohort_id, stage);
CREATE INDEX trainee_host ON trainee (host_council_id);

CREATE TABLE trainee_event (
  id           INTEGER PRIMARY KEY,
  trainee_id   INTEGER NOT NULL REFERENCES trainee (id) ON DELETE CASCADE,
  stage        TEXT NOT NULL
               CONSTRAINT "Unknown stage"
               CHECK (stage IN ('applied', 'assessment', 'offered', 'enrolled', 'on_placement',
                                'qualified', 'registered', 'employed', 'asye_completed',
                                'retained_12', 'retained_24', 'withdrawn')),
  occurred_on  TEXT NOT NULL
               CONSTRAINT "A stage needs a date like 2017-03-31"
               CHECK (date(occurred_on) IS occurred_on),
  council_id   INTEGER REFERENCES council (id),
  note         TEXT
);
CREATE INDEX trainee_event_trainee ON trainee_event (trainee_id, occurred_on);

-- The trainee's current stage follows its latest event.
CREATE TRIGGER trainee_event_sets_stage AFTER INSERT ON trainee_event
BEGIN
  UPDATE trainee SET stage = NEW.stage, stage_on = NEW.occurred_on
   WHERE id = NEW.trainee_id;
  UPDATE trainee SET employer_council_id = NEW.council_id
   WHERE id = NEW.trainee_id AND NEW.stage = 'employed' AND NEW.council_id IS NOT NULL;
END;

CREATE TABLE workforce_return (
  id                   INTEGER PRIMARY KEY,
  scope                TEXT NOT NULL
                       CHECK (scope IN ('council', 'region', 'national')),
  council_id           INTEGER REFERENCES council (id) ON DELETE CASCADE,
  region_id            INTEGER REFERENCES region (id) ON DELETE CASCADE,
  year                 INTEGER NOT NULL
                       CONSTRAINT "The reporting year must be between 2000 and 2100"
                       CHECK (year BETWEEN 2000 AND 2100),
  in_post_fte100       INTEGER CONSTRAINT "FTE in post cannot be negative" CHECK (in_post_fte100 >= 0),
  starters_fte100      INTEGER CONSTRAINT "Starters cannot be negative" CHECK (starters_fte100 >= 0),
  leavers_fte100       INTEGER CONSTRAINT "Leavers cannot be negative" CHECK (leavers_fte100 >= 0),
  agency_fte100        INTEGER CONSTRAINT "Agency FTE cannot be negative" CHECK (agency_fte100 >= 0),
  vacancies_fte100     INTEGER CONSTRAINT "Vacancies cannot be negative" CHECK (vacancies_fte100 >= 0),
  case_holders_fte100  INTEGER CONSTRAINT "Case holders cannot be negative" CHECK (case_holders_fte100 >= 0),
  cases                INTEGER CONSTRAINT "Cases cannot be negative" CHECK (cases >= 0),
  sickness_days100     INTEGER CONSTRAINT "Days lost to sickness cannot be negative" CHECK (sickness_days100 >= 0),
  source               TEXT NOT NULL DEFAULT 'manual',
  updated_at           TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  CONSTRAINT "A return belongs to a council, a region or the whole country"
    CHECK ((scope = 'council' AND council_id IS NOT NULL AND region_id IS NULL)
        OR (scope = 'region' AND region_id IS NOT NULL AND council_id IS NULL)
        OR (scope = 'national' AND council_id IS NULL AND region_id IS NULL))
);
CREATE UNIQUE INDEX workforce_return_council_year ON workforce_return (council_id, year) WHERE scope = 'council';
CREATE UNIQUE INDEX workforce_return_region_year ON workforce_return (region_id, year) WHERE scope = 'region';
CREATE UNIQUE INDEX workforce_return_national_year ON workforce_return (year) WHERE scope = 'national';

CREATE TABLE bid (
  id                INTEGER PRIMARY KEY,
  consortium_id     INTEGER NOT NULL REFERENCES consortium (id),
  programme_id      INTEGER REFERENCES programme (id),
  title             TEXT NOT NULL
                    CONSTRAINT "A bid needs a title" CHECK (length(trim(title)) > 0),
  funder            TEXT NOT NULL
                    CONSTRAINT "A bid needs a funder" CHECK (length(trim(funder)) > 0),
  scheme            TEXT,
  status            TEXT NOT NULL DEFAULT 'draft',
  deadline_on       TEXT
                    CONSTRAINT "The deadline must be a date like 2016-10-31"
                    CHECK (deadline_on IS NULL OR date(deadline_on) IS deadline_on),
  submitted_on      TEXT,
  decision_due_on   TEXT
                    CONSTRAINT "The decision date must be a date like 2017-01-31"
                    CHECK (decision_due_on IS NULL OR date(decision_due_on) IS decision_due_on),
  decided_on        TEXT,
  awarded_pence     INTEGER
                    CONSTRAINT "The amount awarded cannot be negative"
                    CHECK (awarded_pence IS NULL OR awarded_pence >= 0),
  trainees_planned  INTEGER
                    CONSTRAINT "Trainees planned cannot be negative"
                    CHECK (trainees_planned IS NULL OR trainees_planned >= 0),
  notes             TEXT
);

CREATE TABLE bid_status_event (
  id           INTEGER PRIMARY KEY,
  bid_id       INTEGER NOT NULL REFERENCES bid (id) ON DELETE CASCADE,
  status       TEXT NOT NULL
               CONSTRAINT "Unknown bid status"
               CHECK (status IN ('draft', 'submitted', 'awarded', 'part_awarded', 'rejected', 'withdrawn')),
  occurred_on  TEXT NOT NULL
               CONSTRAINT "A status change needs a date like 2016-10-31"
               CHECK (date(occurred_on) IS occurred_on),
  note         TEXT
);
CREATE INDEX bid_status_event_bid ON bid_status_event (bid_id, occurred_on);

CREATE TRIGGER bid_status_event_sets_status AFTER INSERT ON bid_status_event
BEGIN
  UPDATE bid SET status = NEW.status WHERE id = NEW.bid_id;
  UPDATE bid SET submitted_on = NEW.occurred_on WHERE id = NEW.bid_id AND NEW.status = 'submitted';
  UPDATE bid SET decided_on = NEW.occurred_on
   WHERE id = NEW.bid_id AND NEW.status IN ('awarded', 'part_awarded', 'rejected');
END;

CREATE TABLE bid_line (
  id               INTEGER PRIMARY KEY,
  bid_id           INTEGER NOT NULL REFERENCES bid (id) ON DELETE CASCADE,
  council_id       INTEGER REFERENCES council (id),
  category         TEXT NOT NULL
                   CONSTRAINT "Unknown cost category"
                   CHECK (category IN ('bursaries', 'salary_backfill', 'practice_educators',
                                       'university_fees', 'coordination', 'travel', 'other')),
  description      TEXT,
  quantity100      INTEGER NOT NULL
                   CONSTRAINT "A quantity must be between 0 and 1,000,000"
                   CHECK (quantity100 BETWEEN 0 AND 100000000),
  unit_cost_pence  INTEGER NOT NULL
                   CONSTRAINT "A unit cost must be between £0 and £10,000,000"
                   CHECK (unit_cost_pence BETWEEN 0 AND 1000000000)
);
CREATE INDEX bid_line_bid ON bid_line (bid_id);

CREATE TABLE audit_log (
  id         INTEGER PRIMARY KEY,
  at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  entity     TEXT NOT NULL,
  entity_id  INTEGER,
  action     TEXT NOT NULL
             CHECK (action IN ('create', 'update', 'delete', 'erase', 'import', 'restore', 'migrate', 'backup')),
  summary    TEXT NOT NULL
);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);

INSERT INTO programme (code, name, kind, builtin) VALUES
  ('step_up', 'Step Up to Social Work', 'trainee', 1),
  ('return', 'Return to Social Work', 'returner', 1),
  ('nqsw_asye', 'NQSW / ASYE', 'early_career', 1),
  ('epd', 'Early Professional Development', 'development', 1);
