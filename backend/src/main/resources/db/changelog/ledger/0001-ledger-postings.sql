--liquibase formatted sql

--changeset ledger-0001:1
-- The per-case account (ARCHITECTURE §9). Append-only: a correction is a REVERSAL row that negates the row it
-- reverses (same case, claim, component, payment and value date); rows are never updated or deleted, so the table
-- has no updated_at/version. Amounts are signed by their effect on what is owed (charges +, allocations and
-- write-offs −); PAYMENT and CREDIT rows hold the positive sum received or held for the debtor.
CREATE TABLE ledger_postings (
    id                   uuid PRIMARY KEY,
    -- booking order: ties on the value date are replayed in the order they were booked
    sequence             bigint        GENERATED ALWAYS AS IDENTITY,
    case_id              uuid          NOT NULL,
    claim_id             uuid,
    kind                 varchar(20)   NOT NULL,
    component            varchar(10),
    amount               numeric(19,2) NOT NULL,
    currency             char(3)       NOT NULL,
    value_date           date          NOT NULL,
    booked_at            timestamptz   NOT NULL,
    payment_id           uuid,
    -- on PAYMENT rows: the claims the debtor designated, in order
    designated_claim_ids uuid[],
    reverses_posting_id  uuid REFERENCES ledger_postings (id),
    explanation          varchar(500),
    created_by           varchar(254)  NOT NULL,
    CONSTRAINT ledger_postings_kind_ck CHECK (kind IN ('PRINCIPAL', 'COST', 'INTEREST_ACCRUAL', 'PAYMENT', 'ALLOCATION',
                                                       'WRITE_OFF', 'REVERSAL', 'CREDIT')),
    CONSTRAINT ledger_postings_component_ck CHECK (component IN ('PRINCIPAL', 'INTEREST', 'COST')),
    CONSTRAINT ledger_postings_reversal_ck CHECK ((kind = 'REVERSAL') = (reverses_posting_id IS NOT NULL))
);
CREATE UNIQUE INDEX ledger_postings_sequence_uq ON ledger_postings (sequence);
-- a case's account is always read whole, in booking order
CREATE INDEX ledger_postings_case_idx ON ledger_postings (case_id, sequence);
CREATE INDEX ledger_postings_payment_idx ON ledger_postings (payment_id) WHERE payment_id IS NOT NULL;
-- a posting is reversed at most once
CREATE UNIQUE INDEX ledger_postings_reversed_uq ON ledger_postings (reverses_posting_id) WHERE reverses_posting_id IS NOT NULL;

--changeset ledger-0001:2 splitStatements:false
-- financial facts are appended, never changed: the database refuses an UPDATE or DELETE even from a bug or a console
CREATE FUNCTION ledger_postings_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'ledger_postings is append-only: book a REVERSAL instead of %', TG_OP;
END;
$$;
CREATE TRIGGER ledger_postings_append_only BEFORE UPDATE OR DELETE ON ledger_postings
    FOR EACH ROW EXECUTE FUNCTION ledger_postings_append_only();

--changeset ledger-0001:3
-- The balance snapshot per case, rewritten in the transaction of every money event and by the nightly accrual run,
-- so case lists can show, filter and sort by open balance without computing interest per row. One currency for all
-- amounts of a row: a case has one currency.
CREATE TABLE case_balances (
    case_id          uuid PRIMARY KEY,
    currency         char(3)       NOT NULL,
    principal_amount numeric(19,2) NOT NULL,
    interest_amount  numeric(19,2) NOT NULL,
    costs_amount     numeric(19,2) NOT NULL,
    paid_amount      numeric(19,2) NOT NULL,
    credit_amount    numeric(19,2) NOT NULL,
    -- principal + interest + costs still owed
    open_amount      numeric(19,2) NOT NULL,
    -- the business date the amounts are computed for (interest included up to and including it)
    as_of            date          NOT NULL,
    updated_at       timestamptz   NOT NULL,
    version          bigint        NOT NULL DEFAULT 0
);
CREATE INDEX case_balances_open_idx ON case_balances (open_amount, case_id);

-- The nightly accrual runs: one row per business date; restartable from last_case_id; a failure stays visible.
CREATE TABLE ledger_accrual_runs (
    id            uuid PRIMARY KEY,
    run_date      date         NOT NULL,
    status        varchar(10)  NOT NULL,
    owner         varchar(100),
    started_at    timestamptz,
    heartbeat_at  timestamptz,
    finished_at   timestamptz,
    last_case_id  uuid,
    cases_done    bigint       NOT NULL DEFAULT 0,
    cases_skipped bigint       NOT NULL DEFAULT 0,
    attempts      integer      NOT NULL DEFAULT 0,
    error         varchar(2000),
    created_at    timestamptz  NOT NULL,
    created_by    varchar(254) NOT NULL,
    updated_at    timestamptz  NOT NULL,
    updated_by    varchar(254) NOT NULL,
    version       bigint       NOT NULL DEFAULT 0,
    CONSTRAINT ledger_accrual_runs_status_ck CHECK (status IN ('PENDING', 'RUNNING', 'SUCCEEDED', 'FAILED'))
);
CREATE UNIQUE INDEX ledger_accrual_runs_date_uq ON ledger_accrual_runs (run_date);

--changeset ledger-0001:4
-- Backfill: claims recorded before the ledger existed get their principal posting (value date: the invoice date) and a
-- snapshot without interest dated long ago, so the first accrual run computes them. This one-off read of the cases
-- module's claims table is the only place the ledger touches another module's table (ADR 0011).
INSERT INTO ledger_postings (id, case_id, claim_id, kind, component, amount, currency, value_date, booked_at, explanation, created_by)
SELECT gen_random_uuid(), c.case_id, c.id, 'PRINCIPAL', 'PRINCIPAL', c.principal_amount, c.principal_currency, c.invoice_date,
       c.created_at, 'Principal of invoice ' || c.invoice_number, c.created_by
FROM claims c ORDER BY c.created_at, c.id;
INSERT INTO case_balances (case_id, currency, principal_amount, interest_amount, costs_amount, paid_amount, credit_amount,
                           open_amount, as_of, updated_at)
SELECT c.case_id, min(c.principal_currency), sum(c.principal_amount), 0, 0, 0, 0, sum(c.principal_amount), DATE '1900-01-01', now()
FROM claims c GROUP BY c.case_id;
