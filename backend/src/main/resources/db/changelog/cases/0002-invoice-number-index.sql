--liquibase formatted sql

--changeset cases-0002:1
-- quick search finds cases by a claim's invoice number
CREATE INDEX claims_invoice_number_idx ON claims (invoice_number);
