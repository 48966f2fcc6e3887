--liquibase formatted sql

--changeset client-0002:1
-- which clients a client user represents: they see those clients' cases and no others (ADR 0013).
-- user_id refers to the access module's users by id only (module ownership).
CREATE TABLE client_users (
    user_id   uuid         NOT NULL,
    client_id uuid         NOT NULL REFERENCES clients (id),
    linked_at timestamptz  NOT NULL,
    linked_by varchar(254) NOT NULL,
    PRIMARY KEY (user_id, client_id)
);
CREATE INDEX client_users_client_idx ON client_users (client_id);
