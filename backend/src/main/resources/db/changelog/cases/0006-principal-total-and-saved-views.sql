--liquibase formatted sql

--changeset cases-0006:1
-- The case list filters and sorts by the total principal of a case's claims. Summing claims per row would make a
-- page of a million cases scan every claim, so the total is kept on the case, in the same transaction as the claims
-- (Cases.open and Cases.addClaim); claims are never changed or removed, so the total only ever grows.
ALTER TABLE cases ADD COLUMN principal_total numeric(19,2) NOT NULL DEFAULT 0;
UPDATE cases c SET principal_total = s.total
FROM (SELECT case_id, sum(principal_amount) AS total FROM claims GROUP BY case_id) s
WHERE s.case_id = c.id;
ALTER TABLE cases ALTER COLUMN principal_total DROP DEFAULT;
-- keyset by principal total within the same filters as the opening-day indexes of cases-0001
CREATE INDEX cases_principal_idx ON cases (principal_total DESC, id DESC);
CREATE INDEX cases_status_principal_idx ON cases (status, principal_total DESC, id DESC);
CREATE INDEX cases_team_principal_idx ON cases (team_id, principal_total DESC, id DESC);
CREATE INDEX cases_assignee_principal_idx ON cases (assignee_user_id, principal_total DESC, id DESC);
CREATE INDEX cases_client_principal_idx ON cases (client_id, principal_total DESC, id DESC);

--changeset cases-0006:2
-- a user's saved case list filters and sort; only the owner ever reads or changes them
CREATE TABLE case_list_views (
    id            uuid PRIMARY KEY,
    owner_user_id uuid         NOT NULL,
    name          varchar(80)  NOT NULL,
    filter        jsonb        NOT NULL,
    created_at    timestamptz  NOT NULL,
    updated_at    timestamptz  NOT NULL,
    version       bigint       NOT NULL DEFAULT 0
);
-- names are unique per owner regardless of case, so "Big cases" and "big cases" cannot both exist
CREATE UNIQUE INDEX case_list_views_owner_name_uq ON case_list_views (owner_user_id, lower(name));
