--liquibase formatted sql

--changeset cases-0003-holdings:1
-- the handover screen counts open cases per assignee and status; closed cases, the bulk over the years, stay out
CREATE INDEX cases_open_assignee_status_idx ON cases (assignee_user_id, status)
    WHERE status <> 'CLOSED' AND assignee_user_id IS NOT NULL;
