-- import-floor.sql: the floor of --import-trainees, run by the sqlite3
-- shell on a copy of the same database (tests/bench/run-bench.py):
-- the same rows, with the schema's indexes, constraints, foreign keys and
-- stage trigger, each trainee's "applied" event and "create" audit line
-- and the import's own audit line, in one transaction, with the pragmas
-- the app opens the database with. It reads the same CSV file, set-based
-- from a temporary table, checking nothing a rule of the app checks.
-- Each trainee is inserted as "applied" on its applied date, as the app
-- inserts it since migration 0004, so the stage trigger (that migration's)
-- finds nothing to write; inserted without them, the trigger writes every
-- trainee again and the floor is about 0.3 s of CPU higher.
-- The CSV is attached as the shell's .import source by the runner, which
-- substitutes @CSV@.
PRAGMA journal_mode = WAL;
PRAGMA synchronous = FULL;
PRAGMA foreign_keys = ON;
PRAGMA temp_store = MEMORY;

CREATE TEMP TABLE csv (reference TEXT, given_name TEXT, family_name TEXT, email TEXT,
                       council TEXT, applied_on TEXT);
.import --csv --skip 1 @CSV@ csv
CREATE TEMP TABLE base AS SELECT coalesce(max(id), 0) AS id FROM trainee;

BEGIN IMMEDIATE;
INSERT INTO trainee (cohort_id, reference, given_name, family_name, email, host_council_id,
                     applied_on, stage, stage_on)
SELECT 1, reference, given_name, family_name, email,
       (SELECT id FROM council WHERE gss_code = csv.council), applied_on, 'applied', applied_on
FROM csv ORDER BY rowid;
INSERT INTO trainee_event (trainee_id, stage, occurred_on)
SELECT id, 'applied', applied_on FROM trainee WHERE id > (SELECT id FROM base) ORDER BY id;
INSERT INTO audit_log (at, entity, entity_id, action, summary)
SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), 'trainee', id, 'create',
       'Added trainee ' || reference || ' to cohort ' || cohort_id
FROM trainee WHERE id > (SELECT id FROM base) ORDER BY id;
INSERT INTO audit_log (entity, entity_id, action, summary)
VALUES ('cohort', 1, 'import', 'Imported trainees into cohort 1 from a file');
COMMIT;
