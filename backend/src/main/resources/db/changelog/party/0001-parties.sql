--liquibase formatted sql

--changeset party-0001:1
CREATE TABLE parties (
    id                   uuid PRIMARY KEY,
    kind                 varchar(12)  NOT NULL,
    display_name         varchar(300) NOT NULL,
    given_names          varchar(200),
    family_name_prefix   varchar(50),
    family_name          varchar(200),
    date_of_birth        date,
    legal_name           varchar(300),
    trade_name           varchar(300),
    registration_scheme  varchar(10),
    registration_number  varchar(50),
    vat_number           varchar(20),
    language             varchar(2)   NOT NULL,
    vulnerability_reason varchar(500),
    vulnerability_from   date,
    vulnerability_until  date,
    parent_id            uuid REFERENCES parties (id),
    preferred_channel    varchar(10),
    merged_into_id       uuid REFERENCES parties (id),
    created_at           timestamptz  NOT NULL,
    created_by           varchar(254) NOT NULL,
    updated_at           timestamptz  NOT NULL,
    updated_by           varchar(254) NOT NULL,
    version              bigint       NOT NULL DEFAULT 0
);
-- quick search: typo-tolerant name matching; advanced search and lists: keyset by name
CREATE INDEX parties_name_trgm_idx ON parties USING gin (lower(display_name) gin_trgm_ops);
CREATE INDEX parties_name_id_idx ON parties (lower(display_name), id);
CREATE INDEX parties_family_birth_idx ON parties (lower(family_name), date_of_birth);
CREATE INDEX parties_registration_idx ON parties (registration_number) WHERE registration_number IS NOT NULL;
CREATE INDEX parties_vat_idx ON parties (vat_number) WHERE vat_number IS NOT NULL;
CREATE INDEX parties_parent_idx ON parties (parent_id, lower(display_name), id) WHERE parent_id IS NOT NULL;

CREATE TABLE party_addresses (
    id                    uuid PRIMARY KEY,
    party_id              uuid         NOT NULL REFERENCES parties (id),
    kind                  varchar(12)  NOT NULL,
    street                varchar(200) NOT NULL,
    house_number          varchar(20)  NOT NULL,
    house_number_addition varchar(20),
    postcode              varchar(12)  NOT NULL,
    postcode_key          varchar(12)  NOT NULL,
    city                  varchar(100) NOT NULL,
    country               char(2)      NOT NULL,
    valid_from            date         NOT NULL,
    valid_until           date,
    created_at            timestamptz  NOT NULL,
    created_by            varchar(254) NOT NULL,
    updated_at            timestamptz  NOT NULL,
    updated_by            varchar(254) NOT NULL,
    version               bigint       NOT NULL DEFAULT 0
);
CREATE INDEX party_addresses_party_idx ON party_addresses (party_id, valid_from DESC);
-- "postcode + house number" quick search; postcode_key is the postcode without spaces or dashes, upper case
CREATE INDEX party_addresses_postcode_idx ON party_addresses (postcode_key, house_number);

CREATE TABLE party_contact_channels (
    id          uuid PRIMARY KEY,
    party_id    uuid         NOT NULL REFERENCES parties (id),
    kind        varchar(10)  NOT NULL,
    value       varchar(254) NOT NULL,
    value_key   varchar(254) NOT NULL,
    label       varchar(50),
    opted_out   boolean      NOT NULL DEFAULT false,
    created_at  timestamptz  NOT NULL,
    created_by  varchar(254) NOT NULL,
    updated_at  timestamptz  NOT NULL,
    updated_by  varchar(254) NOT NULL,
    version     bigint       NOT NULL DEFAULT 0
);
CREATE INDEX party_contact_channels_party_idx ON party_contact_channels (party_id);
CREATE INDEX party_contact_channels_value_idx ON party_contact_channels (kind, value_key);

CREATE TABLE party_bank_accounts (
    id          uuid PRIMARY KEY,
    party_id    uuid         NOT NULL REFERENCES parties (id),
    iban        varchar(34)  NOT NULL,
    bic         varchar(11),
    holder_name varchar(200),
    created_at  timestamptz  NOT NULL,
    created_by  varchar(254) NOT NULL,
    updated_at  timestamptz  NOT NULL,
    updated_by  varchar(254) NOT NULL,
    version     bigint       NOT NULL DEFAULT 0
);
CREATE INDEX party_bank_accounts_party_idx ON party_bank_accounts (party_id);
CREATE INDEX party_bank_accounts_iban_idx ON party_bank_accounts (iban);

CREATE TABLE party_stays (
    id          uuid PRIMARY KEY,
    party_id    uuid         NOT NULL REFERENCES parties (id),
    kind        varchar(12)  NOT NULL,
    institution varchar(200),
    from_date   date         NOT NULL,
    until_date  date,
    created_at  timestamptz  NOT NULL,
    created_by  varchar(254) NOT NULL,
    updated_at  timestamptz  NOT NULL,
    updated_by  varchar(254) NOT NULL,
    version     bigint       NOT NULL DEFAULT 0
);
CREATE INDEX party_stays_party_idx ON party_stays (party_id);

-- notes are facts: appended, never edited
CREATE TABLE party_notes (
    id          uuid PRIMARY KEY,
    party_id    uuid          NOT NULL REFERENCES parties (id),
    text        varchar(4000) NOT NULL,
    author      varchar(254)  NOT NULL,
    created_at  timestamptz   NOT NULL
);
CREATE INDEX party_notes_party_idx ON party_notes (party_id, created_at DESC);
