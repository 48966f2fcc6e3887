-- Fills a Vorda database with :n synthetic collection cases for `make bench`, set-based, inside PostgreSQL.
--
--   psql -v n=1000000 -f docker/bench/generate-cases.sql <database>
--
-- Run it after the backend has migrated the schema and loaded the demo data (its clients, teams and users) and
-- after generate-parties.sql (the debtors are drawn from the generated parties; without them from all parties).
-- Idempotent: the cases of an earlier run (created_by = 'generator') and everything hanging off them are deleted
-- first; the bench teams and users it adds are kept and reused. Seeded (setseed), so two runs of the same :n
-- and the same parties give the same cases (ids and party picks aside).
--
-- What it makes (fractions are probabilities per case):
--   teams, users   12 bench teams ("Bench team 01" …) with 5 bench caseworkers each (bench-cw-NN@vorda.example;
--                  they cannot sign in). Beside them the demo teams keep a realistic share, so the demo caseworker
--                  (Collections North) sees about 11 % of the cases and the demo supervisor sees all.
--   cases          over every client (the demo has one per jurisdiction: NL, BE, DE, PL), opened over the last
--                  five years, more of them recently; team Collections North 10 %, Collections South 10 %, Field
--                  Team 3 %, a bench team 72 %, none 5 % (then always a user); assignee the demo caseworker 1 %,
--                  a bench caseworker 44 %, none 55 %. Status by age: the older, the likelier CLOSED (5 % → 65 %);
--                  NEW mostly in the last 30 days; else ACTIVE, ON_HOLD, PROMISE, PAYMENT_PLAN, HANDED_OVER. Hold
--                  and close reasons set, closed_on after opened_on.
--                  reference "YYYY-NNNNNN": the opening year and a sequence that continues after the year's
--                  existing (demo) cases; case_sequences is moved past them, so cases opened later do not collide.
--                  payment_reference with VALID check digits, exactly as PaymentReference.generate makes them
--                  from the reference without its hyphen: NL betalingskenmerk (weighted mod 11), BE OGM (mod 97),
--                  DE/PL RF creditor reference (ISO 7064 mod 97-10). Needs < 1 000 000 cases per year (ten-digit
--                  OGM base), which holds for :n up to about 4.5 million.
--                  principal_total (the sum of the claims) when the column exists — checked at run time.
--   claims         1 (50 %), 2 (30 %) or 3 (20 %) per case: invoice numbers "NL24-0001234" (unique), client
--                  references "ORD-00001234" on 60 % of the cases, 25.00 – 2 500.00 skewed low, due 30 days
--                  after an invoice date 30 – 230 days before the opening.
--   case_parties   a debtor from the generated parties; a second debtor 12 %; a guarantor 3 %. Parties are
--                  drawn at random, so some have several cases (as in life) and about half have none.
--   case_notes     10 % of the cases have one note.
--   case_events    OPENED for every case; NEW → ACTIVE for every case past NEW; ACTIVE → its status (with the
--                  reason) for those past ACTIVE; NOTE_ADDED beside each note. (No CLAIM_ADDED or ASSIGNED rows:
--                  the timeline's size matters, not every kind.)
--   ledger         per claim its PRINCIPAL posting as the ledger's ClaimAddedListener books it (component PRINCIPAL,
--                  value date the invoice date, booked when the claim was added, "Principal of invoice …"), in
--                  the order the claims were added; per case a balance snapshot (case_balances) of the principal.
--                  Unlike the app, the snapshot is dated the opening day with no interest (as the ledger's backfill
--                  changeset ledger-0001:4 writes them): the app's interest to that day is not recomputed in SQL,
--                  and the accrual run that make bench measures recomputes every snapshot older than today anyway.
--                  No payments, costs or plans.
--
-- For speed the non-constraint indexes of the case tables are dropped and recreated from their own definitions
-- in the same transaction, and foreign-key triggers are skipped (session_replication_role = replica) when the
-- user is a superuser, as the bench cluster's is. On failure everything rolls back.
\set ON_ERROR_STOP on
\if :{?n}
\else
  \set n 1000000
\endif

\ir generator-session.sql
-- principal_total arrives with a later changeset; fill it when it is there
SELECT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema()
                  AND table_name = 'cases' AND column_name = 'principal_total') AS has_total \gset
\if :has_total
  \set total_column ', principal_total'
  \set total_value ', principal_total'
\else
  \set total_column ''
  \set total_value ''
\endif

BEGIN;
\if :superuser
SET LOCAL session_replication_role = replica;
\endif

-- an earlier run's cases (idempotence)
CREATE TEMP TABLE old_cases ON COMMIT DROP AS SELECT id FROM cases WHERE created_by = 'generator';
-- ledger rows first (ledger_postings refuses DELETE through a trigger, which replica mode skips: superusers only)
DELETE FROM case_balances WHERE case_id IN (SELECT id FROM old_cases);
DELETE FROM ledger_postings WHERE case_id IN (SELECT id FROM old_cases);
DELETE FROM case_events WHERE case_id IN (SELECT id FROM old_cases);
DELETE FROM case_notes WHERE case_id IN (SELECT id FROM old_cases);
DELETE FROM claims WHERE case_id IN (SELECT id FROM old_cases);
DELETE FROM case_parties WHERE case_id IN (SELECT id FROM old_cases);
DELETE FROM cases WHERE id IN (SELECT id FROM old_cases);

DROP SCHEMA IF EXISTS bench_cgen CASCADE;
CREATE SCHEMA bench_cgen;

-- bench teams and caseworkers (kept between runs)
INSERT INTO teams (id, name, description, active, created_at, created_by, updated_at, updated_by, version)
SELECT gen_random_uuid(), 'Bench team ' || lpad(t::text, 2, '0'), 'Generated for make bench', true,
       now(), 'generator', now(), 'generator', 0
  FROM generate_series(1, 12) t
 WHERE NOT EXISTS (SELECT 1 FROM teams WHERE lower(name) = lower('Bench team ' || lpad(t::text, 2, '0')));
INSERT INTO users (id, email, name, phone, language, active, password_hash, must_change_password, failed_sign_in_count,
                   created_at, created_by, updated_at, updated_by, version)
SELECT gen_random_uuid(), 'bench-cw-' || lpad(u::text, 2, '0') || '@vorda.example', 'Bench Caseworker ' || lpad(u::text, 2, '0'),
       NULL, 'NL', true, '!generated: no sign-in', false, 0, now(), 'generator', now(), 'generator', 0
  FROM generate_series(1, 60) u
 WHERE NOT EXISTS (SELECT 1 FROM users WHERE lower(email) = 'bench-cw-' || lpad(u::text, 2, '0') || '@vorda.example');
INSERT INTO user_roles (user_id, role)
SELECT id, 'CASEWORKER' FROM users WHERE email LIKE 'bench-cw-%@vorda.example' ON CONFLICT DO NOTHING;
INSERT INTO team_members (team_id, user_id)
SELECT t.id, u.id
  FROM (SELECT id, row_number() OVER (ORDER BY email) AS k FROM users WHERE email LIKE 'bench-cw-%@vorda.example') u
  JOIN (SELECT id, row_number() OVER (ORDER BY name) AS k FROM teams WHERE name LIKE 'Bench team %') t
    ON t.k = (u.k - 1) / 5 + 1
ON CONFLICT DO NOTHING;

-- what the cases are drawn from
CREATE UNLOGGED TABLE bench_cgen.clients AS
SELECT row_number() OVER (ORDER BY c.jurisdiction, c.id) AS k, c.id, c.jurisdiction, c.currency, p.display_name AS name
  FROM clients c JOIN parties p ON p.id = c.party_id;
SELECT count(*) AS client_count, count(*) > 0 AS have_clients FROM bench_cgen.clients \gset
\if :have_clients
\else
  \echo 'generate-cases.sql: no clients: start the backend with demo data (VORDA_DEMO_DATA=true) first'
  SELECT 1 / 0;
\endif
SELECT array_agg(id ORDER BY name)::text AS bench_teams, count(*) AS bench_team_count
  FROM teams WHERE name LIKE 'Bench team %' \gset
SELECT array_agg(id ORDER BY email)::text AS bench_users, count(*) AS bench_user_count
  FROM users WHERE email LIKE 'bench-cw-%@vorda.example' \gset
SELECT (SELECT id FROM teams WHERE name = 'Collections North') AS north,
       (SELECT id FROM teams WHERE name = 'Collections South') AS south,
       (SELECT id FROM teams WHERE name = 'Field Team') AS field,
       (SELECT id FROM users WHERE email = 'caseworker@vorda.example') AS caseworker \gset
CREATE UNLOGGED TABLE bench_cgen.pool AS
SELECT row_number() OVER () AS k, id FROM parties WHERE created_by = 'generator' AND merged_into_id IS NULL;
SELECT count(*) AS pool_size, count(*) > 0 AS have_generated FROM bench_cgen.pool \gset
\if :have_generated
\else
  INSERT INTO bench_cgen.pool SELECT row_number() OVER (), id FROM parties WHERE merged_into_id IS NULL;
  SELECT count(*) AS pool_size FROM bench_cgen.pool \gset
\endif
ALTER TABLE bench_cgen.pool ADD PRIMARY KEY (k);
-- the next free sequence per year: after the cases that are not ours
CREATE UNLOGGED TABLE bench_cgen.seq_base AS
SELECT split_part(reference, '-', 1)::int AS year, max(split_part(reference, '-', 2)::bigint) AS last
  FROM cases GROUP BY 1;

SELECT setseed(0.5151) \g /dev/null

-- One row per case with every random pick; the inserts below are projections of it.
CREATE UNLOGGED TABLE bench_cgen.c AS
WITH r AS (
    SELECT i, gen_random_uuid() AS id,
           random() AS r_client, random() AS r_open, random() AS r_status, random() AS r_kind, random() AS r_team,
           random() AS r_bteam, random() AS r_assign, random() AS r_user, random() AS r_reason, random() AS r_claims,
           random() AS a1, random() AS a2, random() AS a3, random() AS r_inv, random() AS r_ref, random() AS r_d1,
           random() AS r_d2, random() AS r_d3, random() AS r_note, random() AS r_step, random() AS r_minute, random() AS r_new
      FROM generate_series(1, :n) AS i
), dated AS (
    -- opened over five years before today, skewed to recent: age = r^1.4 of the span
    SELECT r.*, power(r_open, 1.4) AS age, current_date - floor(power(r_open, 1.4) * 1825)::int AS opened_on
      FROM r
), statused AS (
    SELECT d.*,
           CASE WHEN r_status < 0.05 + 0.6 * age THEN 'CLOSED'
                WHEN opened_on > current_date - 30 AND r_new < 0.7 THEN 'NEW'
                WHEN r_kind < 0.55 THEN 'ACTIVE'
                WHEN r_kind < 0.63 THEN 'ON_HOLD'
                WHEN r_kind < 0.73 THEN 'PROMISE'
                WHEN r_kind < 0.88 THEN 'PAYMENT_PLAN'
                ELSE 'HANDED_OVER' END AS status
      FROM dated d
)
SELECT s.*, cl.id AS client_id, cl.jurisdiction, cl.currency, cl.name AS client_name,
       CASE WHEN r_team < 0.10 THEN :'north'::uuid WHEN r_team < 0.20 THEN :'south'::uuid
            WHEN r_team < 0.23 THEN :'field'::uuid
            WHEN r_team < 0.95 THEN (:'bench_teams'::uuid[])[1 + floor(r_bteam * :bench_team_count)::int]
       END AS team_id,
       CASE WHEN r_assign < 0.01 THEN :'caseworker'::uuid
            WHEN r_assign < 0.45 OR r_team >= 0.95 THEN (:'bench_users'::uuid[])[1 + floor(r_user * :bench_user_count)::int]
       END AS assignee_user_id,
       CASE status WHEN 'ON_HOLD' THEN (ARRAY['DISPUTE','RESPITE','CLIENT_INSTRUCTION','DECEASED','INSOLVENCY'])[1 + floor(r_reason * 5)::int]
                   WHEN 'CLOSED' THEN (ARRAY['PAID','PAID','PAID','WITHDRAWN','WRITTEN_OFF','UNCOLLECTABLE','DUPLICATE'])[1 + floor(r_reason * 7)::int]
       END AS status_reason,
       -- the last step (past ACTIVE, or closing) 1 to 300 days after opening, never in the future
       least(now(), (opened_on + time '08:00') AT TIME ZONE 'Europe/Amsterdam' + (1 + floor(r_step * 300)) * interval '1 day'
                    + floor(r_minute * 600) * interval '1 minute') AS step_at,
       1 + (r_claims >= 0.5)::int + (r_claims >= 0.8)::int AS claim_count,
       round((25 + 2475 * a1 * a1)::numeric, 2) AS amount1,
       round((25 + 2475 * a2 * a2)::numeric, 2) AS amount2,
       round((25 + 2475 * a3 * a3)::numeric, 2) AS amount3,
       round((25 + 2475 * a1 * a1)::numeric, 2) + CASE WHEN r_claims >= 0.5 THEN round((25 + 2475 * a2 * a2)::numeric, 2) ELSE 0 END
           + CASE WHEN r_claims >= 0.8 THEN round((25 + 2475 * a3 * a3)::numeric, 2) ELSE 0 END AS principal_total,
       opened_on - 30 - floor(r_inv * 200)::int AS invoice_date,
       (opened_on + time '08:00' + floor(r_minute * 600) * interval '1 minute') AT TIME ZONE 'Europe/Amsterdam' AS created_at,
       1 + floor(r_d1 * :pool_size)::bigint AS debtor_k,
       CASE WHEN r_d2 < 0.12 THEN 1 + (floor(r_d1 * :pool_size)::bigint + 1 + floor(r_d3 * (:pool_size - 1))::bigint) % :pool_size END AS debtor2_k,
       CASE WHEN r_d2 > 0.97 THEN 1 + floor(r_d3 * :pool_size)::bigint END AS guarantor_k
  FROM statused s
  JOIN bench_cgen.clients cl ON cl.k = 1 + floor(s.r_client * :client_count)::int;

-- references: the year's sequence after what exists; the payment reference from "YYYYNNNNNN", as
-- PaymentReference.generate makes it from the case reference without its hyphen
CREATE UNLOGGED TABLE bench_cgen.cases AS
SELECT b.*, year || '-' || lpad(seq::text, 6, '0') AS reference,
       CASE jurisdiction WHEN 'NL' THEN 'NL_BETALINGSKENMERK' WHEN 'BE' THEN 'BE_OGM' ELSE 'RF' END AS scheme,
       CASE jurisdiction
           -- betalingskenmerk: check digit C = 11 − (Σ digit × weight) mod 11 over the 15 digits after it, weights
           -- 2, 4, 8, 5, 10, 9, 7, 3, 6, 1 from the right (the five leading zeros add nothing); 10 → 1, 11 → 0
           WHEN 'NL' THEN (SELECT CASE x WHEN 10 THEN 1 WHEN 11 THEN 0 ELSE x END
                             FROM (SELECT 11 - ((base % 10) * 2 + (base / 10 % 10) * 4 + (base / 100 % 10) * 8
                                                + (base / 1000 % 10) * 5 + (base / 10000 % 10) * 10 + (base / 100000 % 10) * 9
                                                + (base / 1000000 % 10) * 7 + (base / 10000000 % 10) * 3
                                                + (base / 100000000 % 10) * 6 + (base / 1000000000 % 10)) % 11 AS x) k)::text
                          || lpad(base::text, 15, '0')
           -- OGM: the ten digits and their remainder mod 97, 97 for 0
           WHEN 'BE' THEN lpad(base::text, 10, '0') || lpad(coalesce(nullif(base % 97, 0), 97)::text, 2, '0')
           -- RF: 98 − (the base followed by "RF00" as digits: R = 27, F = 15) mod 97
           ELSE 'RF' || lpad((98 - (base::numeric * 1000000 + 271500) % 97)::text, 2, '0') || base
       END AS payment_reference
  FROM (SELECT s.*, year::bigint * 1000000 + seq AS base
          FROM (SELECT c.*, extract(year FROM c.opened_on)::int AS year,
                       coalesce(q.last, 0) + row_number() OVER (PARTITION BY extract(year FROM c.opened_on) ORDER BY c.opened_on, c.i) AS seq
                  FROM bench_cgen.c c LEFT JOIN bench_cgen.seq_base q ON q.year = extract(year FROM c.opened_on)::int) s) b;

-- the indexes, recreated after the load from their own definitions
CREATE TEMP TABLE gen_indexes ON COMMIT DROP AS
SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def
  FROM pg_index i
  JOIN pg_class t ON t.oid = i.indrelid
 WHERE t.relnamespace = 'public'::regnamespace
   AND t.relname IN ('cases', 'case_parties', 'claims', 'case_notes', 'case_events', 'ledger_postings', 'case_balances')
   AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid);
SELECT format('DROP INDEX %s', name) FROM gen_indexes \gexec

INSERT INTO cases (id, reference, payment_reference, payment_reference_scheme, client_id, jurisdiction, currency, status,
                   status_reason, team_id, assignee_user_id, opened_on, closed_on, created_at, created_by, updated_at,
                   updated_by, version :total_column)
SELECT id, reference, payment_reference, scheme, client_id, jurisdiction, currency, status, status_reason, team_id,
       assignee_user_id, opened_on, CASE WHEN status = 'CLOSED' THEN step_at::date END, created_at, 'generator',
       CASE WHEN status = 'NEW' THEN created_at ELSE step_at END, 'generator', 0 :total_value
  FROM bench_cgen.cases;

INSERT INTO case_sequences (year, last_value)
SELECT year, max(seq) FROM bench_cgen.cases GROUP BY year
    ON CONFLICT (year) DO UPDATE SET last_value = greatest(case_sequences.last_value, excluded.last_value);

INSERT INTO case_parties (case_id, party_id, role, position)
SELECT c.id, p.id, 'DEBTOR', 0 FROM bench_cgen.cases c JOIN bench_cgen.pool p ON p.k = c.debtor_k
UNION ALL
SELECT c.id, p.id, 'DEBTOR', 1 FROM bench_cgen.cases c JOIN bench_cgen.pool p ON p.k = c.debtor2_k
UNION ALL
SELECT c.id, p.id, 'GUARANTOR', 2 FROM bench_cgen.cases c JOIN bench_cgen.pool p ON p.k = c.guarantor_k;

INSERT INTO claims (id, case_id, invoice_number, invoice_date, due_date, principal_amount, principal_currency, description,
                    client_reference, created_at, created_by)
SELECT gen_random_uuid(), c.id,
       c.jurisdiction || to_char(c.invoice_date, 'YY') || '-' || lpad(((c.i - 1) * 3 + n)::text, 7, '0'),
       c.invoice_date - (n - 1) * 31, c.invoice_date - (n - 1) * 31 + 30,
       CASE n WHEN 1 THEN c.amount1 WHEN 2 THEN c.amount2 ELSE c.amount3 END, c.currency,
       (ARRAY['Invoice for services', 'Energy supply', 'Subscription', 'Delivery of goods', 'Repair work'])[1 + (c.i + n) % 5],
       CASE WHEN c.r_ref < 0.6 THEN 'ORD-' || lpad(c.i::text, 8, '0') END,
       c.created_at, 'generator'
  FROM bench_cgen.cases c CROSS JOIN LATERAL generate_series(1, c.claim_count) AS n;

INSERT INTO case_notes (id, case_id, text, author, created_at)
SELECT gen_random_uuid(), id,
       (ARRAY['Debtor called; promised to send proof of payment.', 'Letter returned: address unknown.',
              'Debtor asks for a payment plan of six months.', 'Client confirms the invoice is correct.',
              'Spoke to the debtor''s administrator; waiting for the budget plan.'])[1 + floor(r_note * 50)::int % 5],
       'generator', created_at + interval '2 days'
  FROM bench_cgen.cases WHERE r_note < 0.1;

INSERT INTO case_events (id, case_id, occurred_at, actor, kind, before_value, after_value, detail)
SELECT gen_random_uuid(), id, created_at, 'generator', 'OPENED', NULL, reference, claim_count || ' claim(s) for ' || client_name
  FROM bench_cgen.cases
UNION ALL
SELECT gen_random_uuid(), id, least(now(), created_at + interval '1 day'), 'generator', 'STATUS_CHANGED', 'NEW', 'ACTIVE', NULL
  FROM bench_cgen.cases WHERE status <> 'NEW'
UNION ALL
SELECT gen_random_uuid(), id, step_at, 'generator', 'STATUS_CHANGED', 'ACTIVE',
       status || coalesce(' (' || status_reason || ')', ''), NULL
  FROM bench_cgen.cases WHERE status NOT IN ('NEW', 'ACTIVE')
UNION ALL
SELECT gen_random_uuid(), id, created_at + interval '2 days', 'generator', 'NOTE_ADDED', NULL, NULL, 'Generated note'
  FROM bench_cgen.cases WHERE r_note < 0.1;

-- the ledger's side of each claim (Ledger.postPrincipal) and the case's snapshot (see the header)
INSERT INTO ledger_postings (id, case_id, claim_id, kind, component, amount, currency, value_date, booked_at, explanation, created_by)
SELECT gen_random_uuid(), cl.case_id, cl.id, 'PRINCIPAL', 'PRINCIPAL', cl.principal_amount, cl.principal_currency, cl.invoice_date,
       cl.created_at, 'Principal of invoice ' || cl.invoice_number, 'generator'
  FROM claims cl JOIN bench_cgen.cases c ON c.id = cl.case_id
 ORDER BY cl.created_at, cl.id;
INSERT INTO case_balances (case_id, currency, principal_amount, interest_amount, costs_amount, paid_amount, credit_amount,
                           open_amount, as_of, updated_at)
SELECT id, currency, principal_total, 0, 0, 0, 0, principal_total, opened_on, created_at FROM bench_cgen.cases;

SELECT def FROM gen_indexes \gexec

DROP SCHEMA bench_cgen CASCADE;
COMMIT;
