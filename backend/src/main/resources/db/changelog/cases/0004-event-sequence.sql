--liquibase formatted sql

--changeset cases-0004:1
-- One action can record several events in the same instant (opening a case with its claims; a hold with its
-- note): a sequence keeps the timeline in the order things were recorded, where a random id cannot.
ALTER TABLE case_events ADD COLUMN seq bigserial;
DROP INDEX case_events_case_idx;
CREATE INDEX case_events_case_idx ON case_events (case_id, occurred_at DESC, seq DESC);
