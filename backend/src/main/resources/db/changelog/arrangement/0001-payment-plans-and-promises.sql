--liquibase formatted sql

--changeset arrangement-0001:1
-- a client's terms for plans and promises; clients without a row get ArrangementTerms.STANDARD
CREATE TABLE arrangement_terms (
    client_id                   uuid PRIMARY KEY,
    interest_during_plan        varchar(10)  NOT NULL,
    grace_days                  integer      NOT NULL CHECK (grace_days BETWEEN 0 AND 60),
    missed_instalments_to_break integer      NOT NULL CHECK (missed_instalments_to_break BETWEEN 1 AND 12),
    created_at                  timestamptz  NOT NULL,
    created_by                  varchar(254) NOT NULL,
    updated_at                  timestamptz  NOT NULL,
    updated_by                  varchar(254) NOT NULL,
    version                     bigint       NOT NULL DEFAULT 0
);

-- a plan copies the client's terms when agreed, so later changes to the terms do not rewrite running plans
CREATE TABLE payment_plans (
    id                          uuid PRIMARY KEY,
    case_id                     uuid          NOT NULL,
    status                      varchar(10)   NOT NULL,
    jurisdiction                char(2)       NOT NULL,
    frequency                   varchar(20)   NOT NULL,
    interest_during_plan        varchar(10)   NOT NULL,
    covered_amount              numeric(19,2) NOT NULL,
    covered_currency            char(3)       NOT NULL,
    down_payment_amount         numeric(19,2),
    grace_days                  integer       NOT NULL,
    missed_instalments_to_break integer       NOT NULL,
    starts_on                   date          NOT NULL,
    ended_on                    date,
    end_reason                  varchar(500),
    judged_on                   date,
    created_at                  timestamptz   NOT NULL,
    created_by                  varchar(254)  NOT NULL,
    updated_at                  timestamptz   NOT NULL,
    updated_by                  varchar(254)  NOT NULL,
    version                     bigint        NOT NULL DEFAULT 0
);
-- at most one running plan per case, also with two requests at the same moment
CREATE UNIQUE INDEX payment_plans_one_active_per_case_uq ON payment_plans (case_id) WHERE status = 'ACTIVE';
CREATE INDEX payment_plans_case_idx ON payment_plans (case_id, created_at DESC);
-- the daily run walks the running plans in id order
CREATE INDEX payment_plans_active_idx ON payment_plans (id) WHERE status = 'ACTIVE';

CREATE TABLE plan_instalments (
    id             uuid PRIMARY KEY,
    plan_id        uuid          NOT NULL REFERENCES payment_plans (id),
    number         integer       NOT NULL,
    kind           varchar(20)   NOT NULL,
    scheduled_on   date          NOT NULL,
    due_on         date          NOT NULL,
    grace_ends_on  date          NOT NULL,
    amount         numeric(19,2) NOT NULL CHECK (amount > 0),
    paid_amount    numeric(19,2) NOT NULL DEFAULT 0,
    currency       char(3)       NOT NULL,
    paid_on        date,
    status         varchar(10)   NOT NULL,
    created_at     timestamptz   NOT NULL,
    updated_at     timestamptz   NOT NULL,
    version        bigint        NOT NULL DEFAULT 0,
    UNIQUE (plan_id, number)
);

CREATE TABLE payment_promises (
    id            uuid PRIMARY KEY,
    case_id       uuid          NOT NULL,
    jurisdiction  char(2)       NOT NULL,
    promised_on   date          NOT NULL,
    amount        numeric(19,2) NOT NULL CHECK (amount > 0),
    paid_amount   numeric(19,2) NOT NULL DEFAULT 0,
    currency      char(3)       NOT NULL,
    grace_days    integer       NOT NULL,
    grace_ends_on date          NOT NULL,
    status        varchar(10)   NOT NULL,
    settled_on    date,
    note          varchar(500),
    judged_on     date,
    created_at    timestamptz   NOT NULL,
    created_by    varchar(254)  NOT NULL,
    updated_at    timestamptz   NOT NULL,
    updated_by    varchar(254)  NOT NULL,
    version       bigint        NOT NULL DEFAULT 0
);
CREATE INDEX payment_promises_case_idx ON payment_promises (case_id, created_at DESC);
CREATE INDEX payment_promises_pending_idx ON payment_promises (id) WHERE status = 'PENDING';

-- what each daily run did: the outcome is visible in the staff app, not only in a log
CREATE TABLE arrangement_monitor_runs (
    id                 uuid PRIMARY KEY,
    run_on             date        NOT NULL,
    started_at         timestamptz NOT NULL,
    finished_at        timestamptz,
    plans_judged       integer     NOT NULL DEFAULT 0,
    promises_judged    integer     NOT NULL DEFAULT 0,
    instalments_missed integer     NOT NULL DEFAULT 0,
    plans_broken       integer     NOT NULL DEFAULT 0,
    plans_completed    integer     NOT NULL DEFAULT 0,
    promises_kept      integer     NOT NULL DEFAULT 0,
    promises_broken    integer     NOT NULL DEFAULT 0,
    failures           integer     NOT NULL DEFAULT 0,
    note               varchar(1000),
    version            bigint      NOT NULL DEFAULT 0
);
CREATE INDEX arrangement_monitor_runs_started_idx ON arrangement_monitor_runs (started_at DESC);
