--liquibase formatted sql

--changeset ledger-0002:1
-- The ledger's published read view for case lists (ARCHITECTURE §13: a documented exception to table ownership,
-- ADR 0011): the cases module sorts and filters by open balance through it, never through case_balances itself.
CREATE VIEW case_open_balances AS
SELECT case_id, open_amount, currency, as_of FROM case_balances;
