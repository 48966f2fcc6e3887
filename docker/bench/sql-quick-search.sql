-- pgbench script: the bare SQL behind one GraphQL partySearch(text, first: 10), copied from
-- backend/src/main/java/io/vorda/party/PartyDirectory.java#search, for one sampled term per transaction.
-- Run by docker/local/bench.sh as  pgbench -n -M prepared -D lo=… -D hi=… -f sql-quick-search.sql
-- (-M prepared: server-side prepared statements, as pgjdbc uses after its prepareThreshold; also needed because
-- the term variables are bound as parameters, not pasted into the text). lo..hi are bench.terms ids of one kind
-- (purpose 'sql'); the flags beside each term (sample-terms.sql) say which lookups the app runs for it, in the
-- app's order. The term lookup itself (one primary-key read) is part of each transaction: ~0.05 ms.
-- The name query is bench.name_search (name-search.sql): the two statements of PartyDirectory#searchNames, the
-- word-list lookup (PartyNameWords.LOOK_UP verbatim) and the parties statement built from the same choice of
-- narrowing words, planned for its words each time as the app's is; it runs inside the database, so the bare SQL
-- saves one round trip the app makes.
-- LIMIT is a bound parameter (:lim), as in the app (LIMIT ?): it changes which plan a prepared statement settles
-- on (PostgreSQL switches to a generic plan after five executions when that looks cheaper), so keep it so.
\set r random(:lo, :hi)
\set lim 10
SELECT term AS t, lt, compact, q_iban, q_email, q_phone, q_reg, q_pc, q_name, coalesce(pc_key, '') AS pc_key,
       coalesce(pc_number, '') AS pc_number, (pc_number IS NOT NULL)::int AS q_pcn
  FROM bench.terms WHERE id = :r \gset
\if :q_iban
SELECT p.* FROM parties p JOIN party_bank_accounts b ON b.party_id = p.id WHERE b.iban = :compact AND p.merged_into_id IS NULL LIMIT :lim;
\endif
\if :q_email
SELECT p.* FROM parties p JOIN party_contact_channels c ON c.party_id = p.id WHERE c.kind = 'EMAIL' AND c.value_key = :lt AND p.merged_into_id IS NULL LIMIT :lim;
\endif
\if :q_phone
SELECT p.* FROM parties p JOIN party_contact_channels c ON c.party_id = p.id WHERE c.kind = 'PHONE' AND c.value_key = :t AND p.merged_into_id IS NULL LIMIT :lim;
\endif
\if :q_reg
SELECT * FROM parties WHERE (registration_number = :compact OR vat_number = :compact) AND merged_into_id IS NULL LIMIT :lim;
\endif
\if :q_pc
\if :q_pcn
SELECT DISTINCT p.* FROM parties p JOIN party_addresses a ON a.party_id = p.id WHERE a.postcode_key = :pc_key AND a.house_number = :pc_number AND p.merged_into_id IS NULL LIMIT :lim;
\else
SELECT DISTINCT p.* FROM parties p JOIN party_addresses a ON a.party_id = p.id WHERE a.postcode_key = :pc_key AND p.merged_into_id IS NULL LIMIT :lim;
\endif
\endif
\if :q_name
SELECT p.*, s.score FROM bench.name_search(:lt, :lim) s JOIN parties p USING (id);
\endif
