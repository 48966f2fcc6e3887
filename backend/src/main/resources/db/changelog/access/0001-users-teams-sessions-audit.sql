--liquibase formatted sql

--changeset access-0001:1
CREATE EXTENSION IF NOT EXISTS pg_trgm;

--changeset access-0001:2
CREATE TABLE users (
    id                     uuid PRIMARY KEY,
    email                  varchar(254) NOT NULL,
    name                   varchar(200) NOT NULL,
    phone                  varchar(20),
    language               varchar(2)   NOT NULL,
    active                 boolean      NOT NULL DEFAULT true,
    password_hash          varchar(255) NOT NULL,
    must_change_password   boolean      NOT NULL DEFAULT false,
    failed_sign_in_count   integer      NOT NULL DEFAULT 0,
    locked_until           timestamptz,
    last_sign_in_at        timestamptz,
    created_at             timestamptz  NOT NULL,
    created_by             varchar(100) NOT NULL,
    updated_at             timestamptz  NOT NULL,
    updated_by             varchar(100) NOT NULL,
    version                bigint       NOT NULL DEFAULT 0
);
-- e-mail is the sign-in name: unique without regard to case
CREATE UNIQUE INDEX users_email_lower_uq ON users (lower(email));
-- keyset paging by name and by creation, and substring search on name/e-mail
CREATE INDEX users_name_id_idx ON users (lower(name), id);
CREATE INDEX users_created_id_idx ON users (created_at, id);
CREATE INDEX users_search_trgm_idx ON users USING gin ((lower(name) || ' ' || lower(email)) gin_trgm_ops);

CREATE TABLE user_roles (
    user_id uuid        NOT NULL REFERENCES users (id),
    role    varchar(20) NOT NULL,
    PRIMARY KEY (user_id, role)
);
CREATE INDEX user_roles_role_idx ON user_roles (role, user_id);

CREATE TABLE teams (
    id          uuid PRIMARY KEY,
    name        varchar(100) NOT NULL,
    description varchar(500),
    active      boolean      NOT NULL DEFAULT true,
    created_at  timestamptz  NOT NULL,
    created_by  varchar(100) NOT NULL,
    updated_at  timestamptz  NOT NULL,
    updated_by  varchar(100) NOT NULL,
    version     bigint       NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX teams_name_lower_uq ON teams (lower(name));

CREATE TABLE team_members (
    team_id uuid NOT NULL REFERENCES teams (id),
    user_id uuid NOT NULL REFERENCES users (id),
    PRIMARY KEY (team_id, user_id)
);
CREATE INDEX team_members_user_idx ON team_members (user_id, team_id);

-- Refresh tokens rotate on every use; a family is one sign-in. Only a SHA-256 of the token is kept.
CREATE TABLE refresh_tokens (
    id          uuid PRIMARY KEY,
    user_id     uuid        NOT NULL REFERENCES users (id),
    family_id   uuid        NOT NULL,
    token_hash  char(64)    NOT NULL,
    expires_at  timestamptz NOT NULL,
    used_at     timestamptz,
    revoked_at  timestamptz,
    created_at  timestamptz NOT NULL,
    created_by  varchar(100) NOT NULL,
    updated_at  timestamptz NOT NULL,
    updated_by  varchar(100) NOT NULL,
    version     bigint      NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX refresh_tokens_hash_uq ON refresh_tokens (token_hash);
CREATE INDEX refresh_tokens_family_idx ON refresh_tokens (family_id);
CREATE INDEX refresh_tokens_user_idx ON refresh_tokens (user_id) WHERE revoked_at IS NULL;

CREATE TABLE api_clients (
    id           uuid PRIMARY KEY,
    name         varchar(100) NOT NULL,
    client_id    varchar(64)  NOT NULL,
    secret_hash  varchar(255) NOT NULL,
    active       boolean      NOT NULL DEFAULT true,
    last_used_at timestamptz,
    created_at   timestamptz  NOT NULL,
    created_by   varchar(100) NOT NULL,
    updated_at   timestamptz  NOT NULL,
    updated_by   varchar(100) NOT NULL,
    version      bigint       NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX api_clients_client_id_uq ON api_clients (client_id);
CREATE UNIQUE INDEX api_clients_name_lower_uq ON api_clients (lower(name));
CREATE INDEX api_clients_created_idx ON api_clients (created_at DESC, id DESC);

-- Append-only audit log of sign-ins and administrative changes.
CREATE TABLE audit_events (
    id            uuid PRIMARY KEY,
    occurred_at   timestamptz  NOT NULL,
    action        varchar(40)  NOT NULL,
    actor_user_id uuid,
    actor         varchar(254) NOT NULL,
    subject_id    uuid,
    subject       varchar(254),
    detail        varchar(2000),
    ip_address    varchar(64)
);
CREATE INDEX audit_events_time_idx ON audit_events (occurred_at DESC, id DESC);
CREATE INDEX audit_events_action_time_idx ON audit_events (action, occurred_at DESC, id DESC);
CREATE INDEX audit_events_actor_idx ON audit_events (actor_user_id, occurred_at DESC);
CREATE INDEX audit_events_subject_idx ON audit_events (subject_id, occurred_at DESC);
