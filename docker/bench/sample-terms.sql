-- Samples real search terms from the generated parties into bench.terms, for `make bench`:
--
--   psql -v wrk_n=20000 -v warm_n=5000 -v sql_n=20000 -f docker/bench/sample-terms.sql <database>
--
-- Per kind three disjoint slices: 'wrk' (the measured wrk run), 'warm' (the wrk warm-up) and 'sql' (pgbench and
-- EXPLAIN), so neither the warm-up nor the SQL run has already touched the measured terms. Drawn without
-- replacement while the data is large enough, then cycled.
--
-- Kinds and what a caseworker would type:
--   name         a party's display name with one typo (letter swapped, dropped or replaced, not the first one)
--   iban         an IBAN as stored (compact)
--   postcode     postcode + house number as people type them: NL "1234 AB 12" or "1234AB 12", BE "1000 12",
--                DE "10115 12", PL "00-950 12"
--   email        an e-mail address as stored (some capitalised)
--   phone        a phone number in E.164
--   kvk          an 8-digit KVK number (NL organisations)
--   list_name    advanced search name: a full display name
--   list_family  advanced search name: a person's family name with its prefix ("van der Linden")
--   detail       a party id (term = the GraphQL global id, base64url of "Party:<uuid>")
-- and, when generate-cases.sql has run:
--   case_list_sup  statuses to filter the case list by, as a JSON array (["ACTIVE"], all open ones, …), weighted
--                  as people filter; statuses = the same as a PostgreSQL array literal (the list is run as the
--                  demo supervisor, who sees every case)
--   case_list_cw   the same, run as the demo caseworker: viewer = the caseworker's user id, teams = their teams
--   case_detail    a generated case (term = base64url of "Case:<uuid>"; case_id)
--   case_ref       what people paste into quick search to find a case: its reference (50 %), its payment
--                  reference as printed on the letter (30 %: "+++202/6145/23823+++", "1000 0020 2514 0310",
--                  "RF29 2023 1075 01") or an invoice number (20 %)
--   case_name      a debtor's name as shown (the display name of a generated case's debtor)
--
-- Beside each term, what PartyDirectory.search / list would do with it (same regular expressions and
-- normalisation), so the pgbench scripts run exactly the statements the app runs:
--   compact = upper case without spaces and dots; q_iban, q_email, q_phone, q_reg, q_pc = which identifier
--   lookups run (1/0); pc_key / pc_number = the postcode lookup's arguments; lt = lower-cased term (the name
--   query's argument); pat = the advanced search LIKE pattern; q_name = whether the name query runs (PartyDirectory
--   runs it for text of ≥ 2 characters that has no identifier shape: IBAN, e-mail, phone, registration/VAT number,
--   postcode, case or payment reference).
--   q_phone is 1 only for the phone kind. Of the other terms that pass the app's phone pattern (postcodes, KVK
--   numbers), libphonenumber accepts ~0.3 % as Dutch numbers (checked once against the jar at 1.5 M parties:
--   189 of 65 342), for which the app also runs one phone index probe that the SQL script leaves out.
\set ON_ERROR_STOP on
\if :{?wrk_n}
\else
  \set wrk_n 20000
\endif
\if :{?warm_n}
\else
  \set warm_n 5000
\endif
\if :{?sql_n}
\else
  \set sql_n 20000
\endif

SET client_min_messages = warning;
SET jit = off;
SET work_mem = '256MB';
DROP SCHEMA IF EXISTS bench CASCADE;
CREATE SCHEMA bench;
SELECT setseed(0.2424) \g /dev/null

CREATE TABLE bench.pool (kind text NOT NULL, rn int NOT NULL, term text NOT NULL, party_id uuid, case_id uuid,
                         statuses text, PRIMARY KEY (kind, rn));

-- one typo in a name: position 2..len, one of transpose / drop / replace
-- the name path of quick search as the app runs it (bench.name_search and its parts), for the pgbench scripts
\ir name-search.sql

CREATE FUNCTION bench.typo(s text, r1 float8, r2 float8, r3 float8) RETURNS text LANGUAGE sql AS $$
    SELECT CASE WHEN length(s) < 4 THEN s || 'e'
                WHEN r2 < 0.34 THEN left(s, p - 1) || substr(s, p + 1, 1) || substr(s, p, 1) || substr(s, p + 2)
                WHEN r2 < 0.67 THEN left(s, p - 1) || substr(s, p + 1)
                ELSE left(s, p - 1) || chr(97 + floor(r3 * 26)::int) || substr(s, p + 1) END
      FROM (SELECT 2 + floor(r1 * (length(s) - 2))::int AS p) x $$;

INSERT INTO bench.pool
SELECT 'name', row_number() OVER (), bench.typo(display_name, random(), random(), random()), id
  FROM (SELECT display_name, id FROM parties WHERE created_by = 'generator' ORDER BY random()
         LIMIT (:wrk_n + :warm_n + :sql_n)) s;

INSERT INTO bench.pool
SELECT 'iban', row_number() OVER (), iban, party_id
  FROM (SELECT iban, party_id FROM party_bank_accounts WHERE created_by = 'generator' ORDER BY random()
         LIMIT (:wrk_n + :warm_n + :sql_n)) s;

INSERT INTO bench.pool
SELECT 'postcode', row_number() OVER (),
       CASE WHEN country = 'NL' AND random() < 0.5 THEN postcode_key ELSE postcode END || ' ' || house_number, party_id
  FROM (SELECT postcode, postcode_key, house_number, country, party_id FROM party_addresses
         WHERE created_by = 'generator' ORDER BY random() LIMIT (:wrk_n + :warm_n + :sql_n)) s;

INSERT INTO bench.pool
SELECT 'email', row_number() OVER (), value, party_id
  FROM (SELECT value, party_id FROM party_contact_channels WHERE created_by = 'generator' AND kind = 'EMAIL'
         ORDER BY random() LIMIT (:wrk_n + :warm_n + :sql_n)) s;

INSERT INTO bench.pool
SELECT 'phone', row_number() OVER (), value, party_id
  FROM (SELECT value, party_id FROM party_contact_channels WHERE created_by = 'generator' AND kind = 'PHONE'
         ORDER BY random() LIMIT (:wrk_n + :warm_n + :sql_n)) s;

INSERT INTO bench.pool
SELECT 'kvk', row_number() OVER (), registration_number, id
  FROM (SELECT registration_number, id FROM parties WHERE created_by = 'generator' AND registration_scheme = 'KVK'
         ORDER BY random() LIMIT (:wrk_n + :warm_n + :sql_n)) s;

INSERT INTO bench.pool
SELECT 'list_name', row_number() OVER (), display_name, id
  FROM (SELECT display_name, id FROM parties WHERE created_by = 'generator' ORDER BY random()
         LIMIT (:wrk_n + :warm_n + :sql_n)) s;

INSERT INTO bench.pool
SELECT 'list_family', row_number() OVER (), concat_ws(' ', family_name_prefix, family_name), id
  FROM (SELECT family_name_prefix, family_name, id FROM parties WHERE created_by = 'generator' AND kind = 'PERSON'
         ORDER BY random() LIMIT (:wrk_n + :warm_n + :sql_n)) s;

INSERT INTO bench.pool
SELECT 'detail', row_number() OVER (),
       translate(encode(convert_to('Party:' || id::text, 'UTF8'), 'base64'), E'+/=\n', '-_'), id
  FROM (SELECT id FROM parties WHERE created_by = 'generator' ORDER BY random()
         LIMIT (:wrk_n + :warm_n + :sql_n)) s;

-- case kinds (empty pools, so no terms, when there are no generated cases)
INSERT INTO bench.pool (kind, rn, term, statuses)
SELECT k.kind, g, to_json(x.set::text[])::text, x.set
  FROM (VALUES ('case_list_sup'), ('case_list_cw')) AS k(kind)
 CROSS JOIN generate_series(1, 1000) AS g
 CROSS JOIN LATERAL (SELECT ('{"{ACTIVE}","{ACTIVE}","{ACTIVE}","{NEW}","{ON_HOLD}","{PROMISE,PAYMENT_PLAN}",'
                             '"{NEW,ACTIVE,ON_HOLD,PROMISE,PAYMENT_PLAN}","{NEW,ACTIVE,ON_HOLD,PROMISE,PAYMENT_PLAN}",'
                             '"{HANDED_OVER}","{CLOSED}"}'::text[])[1 + floor(random() * 10)::int + 0 * g] AS set) x
 WHERE EXISTS (SELECT 1 FROM cases WHERE created_by = 'generator');

INSERT INTO bench.pool (kind, rn, term, case_id)
SELECT 'case_detail', row_number() OVER (), translate(encode(convert_to('Case:' || id::text, 'UTF8'), 'base64'), E'+/=\n', '-_'), id
  FROM (SELECT id FROM cases WHERE created_by = 'generator' ORDER BY random() LIMIT (:wrk_n + :warm_n + :sql_n)) s;

INSERT INTO bench.pool (kind, rn, term, case_id)
SELECT 'case_ref', row_number() OVER (),
       CASE WHEN r < 0.5 THEN reference
            WHEN r < 0.8 THEN CASE payment_reference_scheme
                WHEN 'BE_OGM' THEN '+++' || substr(payment_reference, 1, 3) || '/' || substr(payment_reference, 4, 4) || '/'
                                   || substr(payment_reference, 8) || '+++'
                ELSE rtrim(regexp_replace(payment_reference, '(.{4})', '\1 ', 'g')) END
            ELSE (SELECT invoice_number FROM claims cl WHERE cl.case_id = s.id ORDER BY invoice_number LIMIT 1) END,
       id
  FROM (SELECT id, reference, payment_reference, payment_reference_scheme, random() AS r FROM cases
         WHERE created_by = 'generator' ORDER BY random() LIMIT (:wrk_n + :warm_n + :sql_n)) s;

INSERT INTO bench.pool (kind, rn, term, case_id, party_id)
SELECT 'case_name', row_number() OVER (), p.display_name, s.id, p.id
  FROM (SELECT id FROM cases WHERE created_by = 'generator' ORDER BY random() LIMIT (:wrk_n + :warm_n + :sql_n)) s
  JOIN case_parties cp ON cp.case_id = s.id AND cp.role = 'DEBTOR' AND cp.position = 0
  JOIN parties p ON p.id = cp.party_id;

-- The slices, cycling through the pool when it is smaller than the slices together, with what the app derives
-- from each term (PartyDirectory.search and list).
CREATE TABLE bench.terms (
    id        serial PRIMARY KEY,
    kind      text NOT NULL,
    purpose   text NOT NULL,
    n         int  NOT NULL,
    term      text NOT NULL,
    party_id  uuid,
    lt        text,
    pat       text,
    compact   text,
    q_iban    int,
    q_email   int,
    q_phone   int,
    q_reg     int,
    q_pc      int,
    pc_key    text,
    pc_number text,
    q_name    int,
    case_id   uuid,
    statuses  text,
    viewer    uuid,
    teams     text,
    case_compact text
);

INSERT INTO bench.terms (kind, purpose, n, term, party_id, lt, pat, compact, q_iban, q_email, q_phone, q_reg, q_pc,
                         pc_key, pc_number, q_name, case_id, statuses, viewer, teams, case_compact)
SELECT kind, purpose, n, term, party_id,
       lower(btrim(term)),
       '%' || replace(replace(lower(btrim(term)), '%', '\%'), '_', '\_') || '%',
       compact,
       (compact ~ '^[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}$')::int,
       (btrim(term) LIKE '%@%')::int,
       (kind = 'phone')::int,
       (compact ~ '^[0-9]{6,}$' OR compact ~ '^[A-Z]{2}[0-9A-Z]{8,13}$')::int,
       (m IS NOT NULL)::int,
       regexp_replace(m[1], '[\s-]', '', 'g'),
       m[2],
       (length(btrim(term)) >= 2 AND kind <> 'phone' AND m IS NULL AND btrim(term) NOT LIKE '%@%'
        AND compact !~ '^[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}$' AND compact !~ '^[A-Z]{2}[0-9]{6,}[0-9A-Z]*$'
        AND btrim(term) ~ '[[:alpha:]]')::int,
       case_id, statuses,
       CASE WHEN kind = 'case_list_cw' THEN (SELECT id FROM users WHERE email = 'caseworker@vorda.example') END,
       CASE WHEN kind = 'case_list_cw' THEN (SELECT coalesce(array_agg(tm.team_id), '{}')::text FROM team_members tm
                                               JOIN users u ON u.id = tm.user_id WHERE u.email = 'caseworker@vorda.example') END,
       upper(regexp_replace(btrim(term), '[\s+*/]', '', 'g'))
  FROM (SELECT s.*, upper(regexp_replace(btrim(term), '[\s.]', '', 'g')) AS compact,
               regexp_match(upper(btrim(term)), '^([0-9]{4}\s?[A-Z]{2}|[0-9]{4,5}|[0-9]{2}-?[0-9]{3})\s*([0-9]+)?\s*[A-Z]?$') AS m
          FROM (SELECT k.kind,
                       CASE WHEN g <= :wrk_n THEN 'wrk' WHEN g <= :wrk_n + :warm_n THEN 'warm' ELSE 'sql' END AS purpose,
                       CASE WHEN g <= :wrk_n THEN g WHEN g <= :wrk_n + :warm_n THEN g - :wrk_n ELSE g - :wrk_n - :warm_n END AS n,
                       p.term, p.party_id, p.case_id, p.statuses, g
                  FROM (SELECT kind, count(*) AS size FROM bench.pool GROUP BY kind) k
                 CROSS JOIN generate_series(1, :wrk_n + :warm_n + :sql_n) AS g
                  JOIN bench.pool p ON p.kind = k.kind AND p.rn = (g - 1) % k.size + 1) s) x
 ORDER BY kind, g;

CREATE INDEX ON bench.terms (kind, purpose, n);
ANALYZE bench.terms;
DROP TABLE bench.pool;
