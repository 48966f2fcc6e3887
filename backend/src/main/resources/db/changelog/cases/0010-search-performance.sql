--liquibase formatted sql

--changeset cases-0010:1 runInTransaction:false
-- The case list's count, for a caller who sees their teams' cases and their own, counts the two apart (CaseDirectory,
-- ADR 0008): the teams' cases with a status from (team_id, status, …), their own from (assignee_user_id, status, …)
-- with team_id included to leave out those already counted — both index-only, without reading the table. They also
-- serve a team's or a user's list filtered by status, newest first. CONCURRENTLY: large tables keep taking writes.
CREATE INDEX CONCURRENTLY cases_team_status_opened_idx ON cases (team_id, status, opened_on DESC, id DESC);
CREATE INDEX CONCURRENTLY cases_assignee_status_opened_idx ON cases (assignee_user_id, status, opened_on DESC, id DESC) INCLUDE (team_id);
