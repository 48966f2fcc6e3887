--liquibase formatted sql

--changeset client-0003:1
-- art. 2(3) Besluit BIK: a Dutch creditor that cannot deduct VAT may add 21 % VAT to the BIK (money-rules §1.4)
ALTER TABLE clients ADD COLUMN creditor_cannot_deduct_vat boolean NOT NULL DEFAULT false;
