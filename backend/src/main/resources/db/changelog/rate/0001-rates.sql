--liquibase formatted sql

--changeset rate-0001:1
-- Administrators' interest rate rows, laid over the rate tables shipped with the release (ADR 0013). Append-only:
-- a correction or withdrawal is a new row that supersedes the previous one, so who changed what stays visible.
CREATE TABLE interest_rate_periods (
    id                  uuid PRIMARY KEY,
    -- keeps the order of entries when several share a created_at (one statement, a fixed test clock)
    entry_number        bigint        GENERATED ALWAYS AS IDENTITY,
    rate_table          varchar(40)   NOT NULL,
    valid_from          date          NOT NULL,
    annual_rate_percent numeric(7,4),
    published_through   date,
    is_confirmed        boolean       NOT NULL,
    source              varchar(500)  NOT NULL,
    kind                varchar(10)   NOT NULL,
    supersedes          uuid          REFERENCES interest_rate_periods (id),
    created_at          timestamptz   NOT NULL,
    created_by          varchar(254)  NOT NULL,
    CONSTRAINT interest_rate_periods_rate_given CHECK (kind = 'WITHDRAWN' OR annual_rate_percent IS NOT NULL)
);
-- one chain of entries per table and day: two administrators adding the same day at once cannot both succeed
CREATE UNIQUE INDEX interest_rate_periods_first_entry_uq ON interest_rate_periods (rate_table, valid_from) WHERE supersedes IS NULL;
-- an entry is superseded at most once: of two concurrent corrections, the second fails
CREATE UNIQUE INDEX interest_rate_periods_supersedes_uq ON interest_rate_periods (supersedes);
CREATE INDEX interest_rate_periods_table_idx ON interest_rate_periods (rate_table, entry_number DESC);

-- Official exchange rates as administrators enter them (e.g. NBP Table A for the Polish recovery compensation).
CREATE TABLE exchange_rates (
    id             uuid PRIMARY KEY,
    entry_number   bigint        GENERATED ALWAYS AS IDENTITY,
    base_currency  char(3)       NOT NULL,
    quote_currency char(3)       NOT NULL,
    rate_date      date          NOT NULL,
    rate           numeric(18,6),
    is_confirmed   boolean       NOT NULL,
    source         varchar(500)  NOT NULL,
    kind           varchar(10)   NOT NULL,
    supersedes     uuid          REFERENCES exchange_rates (id),
    created_at     timestamptz   NOT NULL,
    created_by     varchar(254)  NOT NULL,
    CONSTRAINT exchange_rates_rate_given CHECK (kind = 'WITHDRAWN' OR rate > 0)
);
CREATE UNIQUE INDEX exchange_rates_first_entry_uq ON exchange_rates (base_currency, quote_currency, rate_date) WHERE supersedes IS NULL;
CREATE UNIQUE INDEX exchange_rates_supersedes_uq ON exchange_rates (supersedes);
-- lookups by pair and day, and the list (newest day first) within a pair
CREATE INDEX exchange_rates_pair_date_idx ON exchange_rates (base_currency, quote_currency, rate_date DESC, id DESC);
CREATE INDEX exchange_rates_date_idx ON exchange_rates (rate_date DESC, id DESC);
