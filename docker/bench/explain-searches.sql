-- EXPLAIN (ANALYZE, BUFFERS) of every statement the app runs for one sampled term of a kind (bench.terms,
-- purpose 'sql', n = 1): the same SQL as the pgbench scripts, with the term as a literal (a custom plan).
-- The app sends these as prepared statements with bound parameters (pgjdbc prepares on the server after five
-- uses; PostgreSQL may then switch to a generic plan), except the name search's parties statement, which it has
-- planned for its words each time (ADR 0008); the name search is shown as bench.name_search runs it, through
-- auto_explain (name-search.sql).
--   psql -v kind=iban -f docker/bench/explain-searches.sql <database>     (docker/local/bench.sh runs every kind)
\set ON_ERROR_STOP on
\pset pager off
SELECT term AS t, lt, pat, compact, q_iban::boolean AS q_iban, q_email::boolean AS q_email,
       q_phone::boolean AS q_phone, q_reg::boolean AS q_reg, q_pc::boolean AS q_pc, q_name::boolean AS q_name, coalesce(pc_key, '') AS pc_key,
       coalesce(pc_number, '') AS pc_number, pc_number IS NOT NULL AS q_pcn, party_id AS pid,
       kind LIKE 'list%' AS is_list, kind = 'detail' AS is_detail
  FROM bench.terms WHERE kind = :'kind' AND purpose = 'sql' AND n = 1 \gset
\echo
\echo '################' :kind 'term:' :'t'
\if :is_detail
\echo '-- node(id:): the party, then its addresses, channels and accounts (DataLoader batches)'
EXPLAIN (ANALYZE, BUFFERS) SELECT * FROM parties WHERE id = :'pid';
EXPLAIN (ANALYZE, BUFFERS) SELECT * FROM party_addresses WHERE party_id IN (:'pid') ORDER BY valid_from DESC, created_at DESC;
EXPLAIN (ANALYZE, BUFFERS) SELECT * FROM party_contact_channels WHERE party_id IN (:'pid') ORDER BY kind, created_at;
EXPLAIN (ANALYZE, BUFFERS) SELECT * FROM party_bank_accounts WHERE party_id IN (:'pid') ORDER BY created_at;
\elif :is_list
\echo '-- parties(filter: {name}): the listed words per typed word, the matches up to the cap, counted, and the first page'
\echo '-- sorted from them (the page along the name index when more than the cap match); bench.name_list as auto_explain shows it'
SELECT * FROM bench.name_filter_words(:'lt');
\ir auto-explain-on.sql
SELECT counted, cardinality(ids) AS page_rows FROM bench.name_list(:'lt', 51);
SET client_min_messages = warning;
SET auto_explain.log_min_duration = -1;
\else
\if :q_iban
\echo '-- partySearch: IBAN lookup'
EXPLAIN (ANALYZE, BUFFERS) SELECT p.* FROM parties p JOIN party_bank_accounts b ON b.party_id = p.id WHERE b.iban = :'compact' AND p.merged_into_id IS NULL LIMIT 10;
\endif
\if :q_email
\echo '-- partySearch: e-mail lookup'
EXPLAIN (ANALYZE, BUFFERS) SELECT p.* FROM parties p JOIN party_contact_channels c ON c.party_id = p.id WHERE c.kind = 'EMAIL' AND c.value_key = :'lt' AND p.merged_into_id IS NULL LIMIT 10;
\endif
\if :q_phone
\echo '-- partySearch: phone lookup'
EXPLAIN (ANALYZE, BUFFERS) SELECT p.* FROM parties p JOIN party_contact_channels c ON c.party_id = p.id WHERE c.kind = 'PHONE' AND c.value_key = :'t' AND p.merged_into_id IS NULL LIMIT 10;
\endif
\if :q_reg
\echo '-- partySearch: registration / VAT number lookup'
EXPLAIN (ANALYZE, BUFFERS) SELECT * FROM parties WHERE (registration_number = :'compact' OR vat_number = :'compact') AND merged_into_id IS NULL LIMIT 10;
\endif
\if :q_pc
\echo '-- partySearch: postcode (+ house number) lookup'
\if :q_pcn
EXPLAIN (ANALYZE, BUFFERS) SELECT DISTINCT p.* FROM parties p JOIN party_addresses a ON a.party_id = p.id WHERE a.postcode_key = :'pc_key' AND a.house_number = :'pc_number' AND p.merged_into_id IS NULL LIMIT 10;
\else
EXPLAIN (ANALYZE, BUFFERS) SELECT DISTINCT p.* FROM parties p JOIN party_addresses a ON a.party_id = p.id WHERE a.postcode_key = :'pc_key' AND p.merged_into_id IS NULL LIMIT 10;
\endif
\endif
\if :q_name
\echo '-- partySearch: name: the statements bench.name_search runs, as PartyDirectory#searchNames does (1: the typed words against'
\echo '-- the word list, PartyNameWords.LOOK_UP; 2: the parties having a word of each chosen set, ranked, planned for its words);'
\echo '-- shown by auto_explain as they run, with the function''s own small steps between them'
SELECT * FROM bench.name_narrowing(:'lt');
\ir auto-explain-on.sql
SELECT * FROM bench.name_search(:'lt', 10);
SET client_min_messages = warning;
SET auto_explain.log_min_duration = -1;
\else
\echo '-- partySearch: no name query (the text has an identifier shape)'
\endif
\endif
