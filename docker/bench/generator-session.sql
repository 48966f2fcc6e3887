-- The session settings both bench generators (generate-parties.sql, generate-cases.sql) start with: a bulk load
-- that may use memory, need not wait for the disk, and skips foreign-key triggers when the user may (sets
-- :superuser for their `SET LOCAL session_replication_role = replica`). Included with \ir; not run on its own.
SET client_min_messages = warning;
SET synchronous_commit = off;
SET maintenance_work_mem = '1GB';
SET work_mem = '256MB';
SET jit = off;
SELECT rolsuper AS superuser FROM pg_roles WHERE rolname = current_user \gset
