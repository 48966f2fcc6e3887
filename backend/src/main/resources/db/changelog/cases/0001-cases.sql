--liquibase formatted sql

--changeset cases-0001:1
-- one counter row per year, incremented under a row lock: safe with many backend instances
CREATE TABLE case_sequences (
    year       integer PRIMARY KEY,
    last_value bigint  NOT NULL
);

CREATE TABLE cases (
    id                       uuid PRIMARY KEY,
    reference                varchar(20)  NOT NULL,
    payment_reference        varchar(25)  NOT NULL,
    payment_reference_scheme varchar(20)  NOT NULL,
    client_id                uuid         NOT NULL,
    jurisdiction             char(2)      NOT NULL,
    currency                 char(3)      NOT NULL,
    status                   varchar(15)  NOT NULL,
    status_reason            varchar(30),
    team_id                  uuid,
    assignee_user_id         uuid,
    opened_on                date         NOT NULL,
    closed_on                date,
    created_at               timestamptz  NOT NULL,
    created_by               varchar(254) NOT NULL,
    updated_at               timestamptz  NOT NULL,
    updated_by               varchar(254) NOT NULL,
    version                  bigint       NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX cases_reference_uq ON cases (reference);
CREATE INDEX cases_payment_reference_idx ON cases (payment_reference);
-- case lists: keyset by opening day (newest first) within the usual filters
CREATE INDEX cases_opened_idx ON cases (opened_on DESC, id DESC);
CREATE INDEX cases_status_opened_idx ON cases (status, opened_on DESC, id DESC);
CREATE INDEX cases_team_opened_idx ON cases (team_id, opened_on DESC, id DESC);
CREATE INDEX cases_assignee_opened_idx ON cases (assignee_user_id, opened_on DESC, id DESC);
CREATE INDEX cases_client_opened_idx ON cases (client_id, opened_on DESC, id DESC);

CREATE TABLE case_parties (
    case_id  uuid        NOT NULL REFERENCES cases (id),
    party_id uuid        NOT NULL,
    role     varchar(15) NOT NULL,
    position integer     NOT NULL,
    PRIMARY KEY (case_id, party_id, role)
);
CREATE INDEX case_parties_party_idx ON case_parties (party_id, case_id);

-- claims are facts once recorded: corrections come with the ledger release as reversing postings
CREATE TABLE claims (
    id                 uuid PRIMARY KEY,
    case_id            uuid          NOT NULL REFERENCES cases (id),
    invoice_number     varchar(50)   NOT NULL,
    invoice_date       date          NOT NULL,
    due_date           date          NOT NULL,
    principal_amount   numeric(19,2) NOT NULL,
    principal_currency char(3)       NOT NULL,
    description        varchar(500),
    client_reference   varchar(100),
    created_at         timestamptz   NOT NULL,
    created_by         varchar(254)  NOT NULL
);
CREATE INDEX claims_case_idx ON claims (case_id);
CREATE INDEX claims_client_reference_idx ON claims (client_reference) WHERE client_reference IS NOT NULL;

CREATE TABLE case_notes (
    id         uuid PRIMARY KEY,
    case_id    uuid          NOT NULL REFERENCES cases (id),
    text       varchar(4000) NOT NULL,
    author     varchar(254)  NOT NULL,
    created_at timestamptz   NOT NULL
);
CREATE INDEX case_notes_case_idx ON case_notes (case_id, created_at DESC);

-- the timeline: append-only, one row per thing that happened
CREATE TABLE case_events (
    id           uuid PRIMARY KEY,
    case_id      uuid          NOT NULL REFERENCES cases (id),
    occurred_at  timestamptz   NOT NULL,
    actor        varchar(254)  NOT NULL,
    kind         varchar(30)   NOT NULL,
    before_value varchar(200),
    after_value  varchar(200),
    detail       varchar(2000)
);
CREATE INDEX case_events_case_idx ON case_events (case_id, occurred_at DESC, id DESC);
