--liquibase formatted sql

--changeset ledger-0003:1
-- Interest rate changes made by administrators (ADR 0011, addendum): a balance snapshot written before effective_at
-- whose day (as_of) is on or after affects_from may be wrong; the accrual run recomputes it in its chunks, and the API
-- says such a snapshot is not current meanwhile. Only ever inserted into; a handful of rows a year.
CREATE TABLE ledger_rate_changes (
    id           uuid         PRIMARY KEY,
    rate_table   varchar(60)  NOT NULL,
    affects_from date         NOT NULL,
    -- when every instance computes with the new rate (the change plus the rate cache's recheck interval)
    effective_at timestamptz  NOT NULL,
    created_at   timestamptz  NOT NULL,
    created_by   varchar(200) NOT NULL,
    updated_at   timestamptz  NOT NULL,
    updated_by   varchar(200) NOT NULL,
    version      bigint       NOT NULL DEFAULT 0
);
CREATE INDEX ledger_rate_changes_effective_idx ON ledger_rate_changes (effective_at, affects_from);
