-- access.sql: who may see and change what, enforced by the server
--
-- Two group roles: rc_coordinator (the lead council's coordinators: every
-- table, every column, every change) and rc_partner (a partner council's
-- staff). Each login is a member of one of them, and a partner's login is
-- mapped to its council in rc_data.council_login (return-coordinator
-- --add-user does both).
--
-- A partner sees every council, workforce return, bid and cohort, and
-- every trainee's cohort, host, stage and dates, so that counts and
-- stages add up; but the name, e-mail, phone, registration number and
-- notes of a trainee whom another council hosts are NULL to it. It may
-- change only its own trainees' stages (add an event, set the withdrawal
-- reason), write audit lines, and record the reminders it was shown.
--
-- How: the tables are in schema rc_data, which partners may not use at
-- all; schema rc_partner_view has a view of the same name and columns for
-- each table, and a partner's search_path names it, so the store's SQL
-- runs unchanged for both roles. Not row-level security with column
-- privileges, because the store reads every column of a trainee: a
-- column privilege makes that SELECT fail, where the app needs the value
-- to be NULL, and row-level security hides whole rows, where a partner
-- must count other councils' trainees. The views are security barriers,
-- so that a function in a partner's WHERE clause never sees a row or a
-- value before the view's own condition has removed it. What a partner
-- may change goes through INSTEAD OF triggers that check the trainee's
-- host council. The server enforces all of it: psql shows a partner what
-- the app shows, and no more (tests/check-postgres-rls.py proves it).
--
-- Run again after every migration: the views are made anew.

DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'rc_coordinator') THEN
    CREATE ROLE rc_coordinator NOLOGIN;
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'rc_partner') THEN
    CREATE ROLE rc_partner NOLOGIN;
  END IF;
END;
$$;

SET LOCAL search_path = rc_data, rc_lib;

-- Which council each partner's login works for.
CREATE TABLE IF NOT EXISTS council_login (
  role_name   text PRIMARY KEY,
  council_id  bigint NOT NULL REFERENCES council (id)
);

-- The council of the login connected, when it is a partner's.
CREATE OR REPLACE FUNCTION login_council () RETURNS bigint
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = rc_data, rc_lib
RETURN (SELECT l.council_id FROM council_login l WHERE l.role_name = session_user);

-- Only members of the two roles connect.
DO $$
BEGIN
  EXECUTE format ('REVOKE CONNECT, TEMPORARY ON DATABASE %I FROM PUBLIC', current_database ());
  EXECUTE format ('GRANT CONNECT ON DATABASE %I TO rc_coordinator, rc_partner', current_database ());
END;
$$;

REVOKE ALL ON SCHEMA rc_data FROM PUBLIC;
GRANT USAGE ON SCHEMA rc_data TO rc_coordinator;
GRANT USAGE ON SCHEMA rc_lib TO rc_coordinator, rc_partner;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA rc_data TO rc_coordinator;
REVOKE INSERT, UPDATE, DELETE ON schema_version FROM rc_coordinator;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA rc_data TO rc_coordinator;

DROP SCHEMA IF EXISTS rc_partner_view CASCADE;
CREATE SCHEMA rc_partner_view;
GRANT USAGE ON SCHEMA rc_partner_view TO rc_partner;

-- What a partner sees in full.
DO $$
DECLARE
  name text;
BEGIN
  FOREACH name IN ARRAY ARRAY['schema_version', 'region', 'council', 'consortium', 'programme',
                              'consortium_member', 'cohort', 'cohort_place', 'workforce_return', 'bid',
                              'bid_status_event', 'bid_line', 'cohort_funnel_figure', 'bid_reminder'] LOOP
    EXECUTE format ('CREATE VIEW rc_partner_view.%I WITH (security_barrier) AS SELECT * FROM rc_data.%I',
                    name, name);
    EXECUTE format ('GRANT SELECT ON rc_partner_view.%I TO rc_partner', name);
  END LOOP;
END;
$$;
-- The app notes the deadline reminders it showed, whoever runs it.
GRANT INSERT ON rc_partner_view.bid_reminder TO rc_partner;

-- Trainees: personal data only of those the partner's council hosts.
CREATE VIEW rc_partner_view.trainee WITH (security_barrier) AS
SELECT t.id, t.cohort_id, t.reference,
       CASE WHEN t.host_council_id = login_council () THEN t.given_name END AS given_name,
       CASE WHEN t.host_council_id = login_council () THEN t.family_name END AS family_name,
       CASE WHEN t.host_council_id = login_council () THEN t.email END AS email,
       CASE WHEN t.host_council_id = login_council () THEN t.phone END AS phone,
       t.host_council_id, t.stage, t.stage_on,
       CASE WHEN t.host_council_id = login_council () THEN t.registration_number END AS registration_number,
       t.registered_with, t.left_practice_on, t.applied_on, t.withdrawal_reason,
       CASE WHEN t.host_council_id = login_council () THEN t.withdrawal_note END AS withdrawal_note,
       t.employer_council_id, t.erased_at, t.version, t.changed_by, t.changed_at
  FROM rc_data.trainee t;
GRANT SELECT ON rc_partner_view.trainee TO rc_partner;
GRANT UPDATE (withdrawal_reason, withdrawal_note) ON rc_partner_view.trainee TO rc_partner;

CREATE VIEW rc_partner_view.trainee_event WITH (security_barrier) AS
SELECT e.id, e.trainee_id, e.stage, e.occurred_on, e.council_id,
       CASE WHEN t.host_council_id = login_council () THEN e.note END AS note,
       e.version, e.changed_by, e.changed_at
  FROM rc_data.trainee_event e JOIN rc_data.trainee t ON t.id = e.trainee_id;
GRANT SELECT ON rc_partner_view.trainee_event TO rc_partner;
GRANT INSERT (trainee_id, stage, occurred_on, council_id, note) ON rc_partner_view.trainee_event TO rc_partner;

-- A returner's updating: the days count for everyone, who supervised
-- and what was noted only for the host.
CREATE VIEW rc_partner_view.updating_activity WITH (security_barrier) AS
SELECT a.id, a.trainee_id, a.kind, a.started_on, a.ended_on, a.hours100, a.days100,
       CASE WHEN t.host_council_id = login_council () THEN a.note END AS note,
       CASE WHEN t.host_council_id = login_council () THEN a.supervisor_name END AS supervisor_name,
       CASE WHEN t.host_council_id = login_council () THEN a.supervisor_regulator END AS supervisor_regulator,
       CASE WHEN t.host_council_id = login_council () THEN a.supervisor_registration END AS supervisor_registration,
       a.version, a.changed_by, a.changed_at
  FROM rc_data.updating_activity a JOIN rc_data.trainee t ON t.id = a.trainee_id;
GRANT SELECT ON rc_partner_view.updating_activity TO rc_partner;

CREATE VIEW rc_partner_view.restoration_application WITH (security_barrier) AS
SELECT r.*
  FROM rc_data.restoration_application r
 WHERE r.trainee_id IN (SELECT t.id FROM rc_data.trainee t WHERE t.host_council_id = login_council ());
GRANT SELECT ON rc_partner_view.restoration_application TO rc_partner;

-- Audit lines: all but those about another council's trainees. A
-- partner writes its own (the store writes one for every change).
CREATE VIEW rc_partner_view.audit_log WITH (security_barrier) AS
SELECT a.*
  FROM rc_data.audit_log a
 WHERE a.entity NOT IN ('trainee', 'trainee_event')
    OR a.entity_id IN (SELECT t.id FROM rc_data.trainee t WHERE t.host_council_id = login_council ())
    OR a.db_role = session_user;
GRANT SELECT ON rc_partner_view.audit_log TO rc_partner;
GRANT INSERT (at, entity, entity_id, action, summary) ON rc_partner_view.audit_log TO rc_partner;

-- lastval () after an insert, as RcPgBackend's last_insert_id asks.
DO $$
DECLARE
  name text;
BEGIN
  FOREACH name IN ARRAY ARRAY['trainee_event', 'audit_log', 'bid_reminder'] LOOP
    EXECUTE format ('GRANT USAGE, SELECT ON SEQUENCE %s TO rc_partner',
                    pg_get_serial_sequence ('rc_data.' || name, 'id'));
  END LOOP;
END;
$$;

-- A partner refused: SQLSTATE 42501, as any missing privilege.
CREATE OR REPLACE FUNCTION partner_refuse (trainee_id bigint) RETURNS void
LANGUAGE plpgsql SET search_path = rc_data, rc_lib AS $$
BEGIN
  RAISE EXCEPTION 'trainee % is not hosted by the council of login %', trainee_id, session_user
    USING ERRCODE = 'insufficient_privilege',
          HINT = 'A partner council changes the stages of its own trainees only.';
END;
$$;

CREATE OR REPLACE FUNCTION partner_update_trainee () RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = rc_data, rc_lib AS $$
BEGIN
  IF OLD.host_council_id IS DISTINCT FROM login_council () OR login_council () IS NULL THEN
    PERFORM partner_refuse (OLD.id);
  END IF;
  IF (NEW.id, NEW.cohort_id, NEW.reference, NEW.given_name, NEW.family_name, NEW.email, NEW.phone,
      NEW.host_council_id, NEW.stage, NEW.stage_on, NEW.registration_number, NEW.registered_with,
      NEW.left_practice_on, NEW.applied_on, NEW.employer_council_id, NEW.erased_at)
     IS DISTINCT FROM
     (OLD.id, OLD.cohort_id, OLD.reference, OLD.given_name, OLD.family_name, OLD.email, OLD.phone,
      OLD.host_council_id, OLD.stage, OLD.stage_on, OLD.registration_number, OLD.registered_with,
      OLD.left_practice_on, OLD.applied_on, OLD.employer_council_id, OLD.erased_at) THEN
    PERFORM partner_refuse (OLD.id);
  END IF;
  UPDATE trainee SET withdrawal_reason = NEW.withdrawal_reason, withdrawal_note = NEW.withdrawal_note
   WHERE id = OLD.id;
  RETURN NEW;
END;
$$;
CREATE TRIGGER partner_update_trainee INSTEAD OF UPDATE ON rc_partner_view.trainee
  FOR EACH ROW EXECUTE FUNCTION partner_update_trainee ();

CREATE OR REPLACE FUNCTION partner_insert_trainee_event () RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = rc_data, rc_lib AS $$
BEGIN
  IF (SELECT t.host_council_id FROM trainee t WHERE t.id = NEW.trainee_id) IS DISTINCT FROM login_council ()
     OR login_council () IS NULL THEN
    PERFORM partner_refuse (NEW.trainee_id);
  END IF;
  INSERT INTO trainee_event (trainee_id, stage, occurred_on, council_id, note)
    VALUES (NEW.trainee_id, NEW.stage, NEW.occurred_on, NEW.council_id, NEW.note)
    RETURNING id, version, changed_by, changed_at
    INTO NEW.id, NEW.version, NEW.changed_by, NEW.changed_at;
  RETURN NEW;
END;
$$;
CREATE TRIGGER partner_insert_trainee_event INSTEAD OF INSERT ON rc_partner_view.trainee_event
  FOR EACH ROW EXECUTE FUNCTION partner_insert_trainee_event ();
