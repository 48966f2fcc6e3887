--liquibase formatted sql

--changeset cases-0005:1
-- Reminders with legal effect (NL 14-day letter, BE first reminder): receipt starts the term after which statutory
-- collection costs may be charged (issue #4 step 2). Read per case, newest first.
CREATE TABLE case_reminders (
    id          uuid PRIMARY KEY,
    case_id     uuid         NOT NULL REFERENCES cases (id),
    kind        varchar(30)  NOT NULL,
    sent_on     date         NOT NULL,
    received_on date,
    channel     varchar(10)  NOT NULL,
    recorded_by varchar(254) NOT NULL,
    recorded_at timestamptz  NOT NULL,
    CONSTRAINT case_reminders_received_after_sent CHECK (received_on IS NULL OR received_on >= sent_on)
);
CREATE INDEX case_reminders_case_idx ON case_reminders (case_id, sent_on DESC);
