-- 0004-stage-trigger.sql: the trainee's stage is written only when an event changes it
--
-- The trigger of 0001 updated the trainee row, and its (cohort_id, stage)
-- index, for every event, even when the trainee already had that stage on
-- that date: as every trainee an import adds has, since it is inserted as
-- "applied" on the day of its "applied" event. Each update is now made
-- only when it changes something. For every event that changes a stage,
-- a date or an employer the result is what it was.

DROP TRIGGER trainee_event_sets_stage;

-- The trainee's current stage follows its latest event.
CREATE TRIGGER trainee_event_sets_stage AFTER INSERT ON trainee_event
BEGIN
  UPDATE trainee SET stage = NEW.stage, stage_on = NEW.occurred_on
   WHERE id = NEW.trainee_id
     AND (stage IS NOT NEW.stage OR stage_on IS NOT NEW.occurred_on);
  UPDATE trainee SET employer_council_id = NEW.council_id
   WHERE id = NEW.trainee_id AND NEW.stage = 'employed' AND NEW.council_id IS NOT NULL
     AND employer_council_id IS NOT NEW.council_id;
END;
