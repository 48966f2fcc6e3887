--liquibase formatted sql

--changeset payment-0001:1
-- Money received. A payment is a financial fact: never updated; a reversal is a row of its own (payment_reversals),
-- so these tables have no updated_at/version.
CREATE TABLE payments (
    id             uuid PRIMARY KEY,
    amount         numeric(19,2) NOT NULL,
    currency       char(3)       NOT NULL,
    value_date     date          NOT NULL,
    method         varchar(20)   NOT NULL,
    payer_party_id uuid,
    note           varchar(1000),
    -- how the payment was split over several cases; null when it was registered on one case
    split_scheme   varchar(20),
    created_at     timestamptz   NOT NULL,
    created_by     varchar(254)  NOT NULL,
    CONSTRAINT payments_amount_ck CHECK (amount > 0),
    CONSTRAINT payments_method_ck CHECK (method IN ('BANK_TRANSFER', 'CASH', 'CARD', 'BAILIFF', 'PAID_TO_CLIENT'))
);
-- payment lists: keyset by value date (newest first) or by amount
CREATE INDEX payments_value_date_idx ON payments (value_date DESC, id DESC);
CREATE INDEX payments_amount_idx ON payments (amount, id);
CREATE INDEX payments_payer_idx ON payments (payer_party_id, value_date DESC, id DESC) WHERE payer_party_id IS NOT NULL;

-- the part of a payment each case received
CREATE TABLE payment_parts (
    payment_id           uuid          NOT NULL REFERENCES payments (id),
    case_id              uuid          NOT NULL,
    amount               numeric(19,2) NOT NULL,
    currency             char(3)       NOT NULL,
    designated_claim_ids uuid[],
    position             integer       NOT NULL,
    PRIMARY KEY (payment_id, case_id),
    CONSTRAINT payment_parts_amount_ck CHECK (amount > 0)
);
CREATE INDEX payment_parts_case_idx ON payment_parts (case_id, payment_id);

CREATE TABLE payment_reversals (
    payment_id uuid PRIMARY KEY REFERENCES payments (id),
    reason     varchar(1000) NOT NULL,
    created_at timestamptz   NOT NULL,
    created_by varchar(254)  NOT NULL
);
