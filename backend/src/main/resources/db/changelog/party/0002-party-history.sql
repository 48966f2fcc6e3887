--liquibase formatted sql

--changeset party-0002-history:1
-- What changed on a party's details and when: corrected or ended addresses, removed contact channels and bank
-- accounts (their values are kept here, so the live tables, and with them search and the duplicate check, hold
-- only what is current), changed or cleared parents and preferred channels. Appended, never edited.
CREATE TABLE party_history (
    id          uuid PRIMARY KEY,
    -- orders entries written in the same instant (one action can write two)
    position    bigint        GENERATED ALWAYS AS IDENTITY,
    party_id    uuid          NOT NULL REFERENCES parties (id),
    occurred_at timestamptz   NOT NULL,
    actor       varchar(254)  NOT NULL,
    kind        varchar(40)   NOT NULL,
    before      varchar(1000),
    after       varchar(1000)
);
CREATE INDEX party_history_party_idx ON party_history (party_id, occurred_at DESC, position DESC);
