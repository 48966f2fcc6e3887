--liquibase formatted sql

--changeset client-0001:1
CREATE TABLE clients (
    id                               uuid PRIMARY KEY,
    party_id                         uuid         NOT NULL,
    jurisdiction                     char(2)      NOT NULL,
    currency                         char(3)      NOT NULL,
    interest_basis                   varchar(12)  NOT NULL,
    transaction_type                 varchar(12)  NOT NULL,
    contractual_annual_rate_percent  numeric(7,4),
    penalty_clause_percent           numeric(7,4),
    penalty_clause_minimum_amount    numeric(19,2),
    allocation_order                 varchar(30)  NOT NULL,
    commission_percent               numeric(7,4),
    remittance_iban                  varchar(34),
    default_team_id                  uuid,
    created_at                       timestamptz  NOT NULL,
    created_by                       varchar(254) NOT NULL,
    updated_at                       timestamptz  NOT NULL,
    updated_by                       varchar(254) NOT NULL,
    version                          bigint       NOT NULL DEFAULT 0
);
-- one client profile per party; party_id refers to the party module's table by id only (module ownership)
CREATE UNIQUE INDEX clients_party_uq ON clients (party_id);
CREATE INDEX clients_jurisdiction_idx ON clients (jurisdiction);

CREATE TABLE client_action_costs (
    client_id uuid          NOT NULL REFERENCES clients (id),
    action    varchar(30)   NOT NULL,
    amount    numeric(19,2) NOT NULL,
    PRIMARY KEY (client_id, action)
);

CREATE TABLE client_contacts (
    client_id uuid NOT NULL REFERENCES clients (id),
    party_id  uuid NOT NULL,
    position  integer NOT NULL,
    PRIMARY KEY (client_id, party_id)
);
