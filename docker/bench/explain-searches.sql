-- EXPLAIN (ANALYZE, BUFFERS) of every statement the app runs for one sampled term of a kind (bench.terms,
-- purpose 'sql', n = 1): the same SQL as the pgbench scripts, with the term as a literal (a custom plan).
-- The app sends these as prepared statements with bound parameters (pgjdbc prepares on the server after five
-- uses; PostgreSQL then switches to a generic plan when that looks cheaper than the custom ones so far), so the
-- name statement is shown a second time as such: PREPAREd with the app's parameter types, executed
-- five times with the term, then EXPLAIN ANALYZE EXECUTE (capped by statement_timeout; pg_prepared_statements
-- says whether the plan was generic).
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
\echo '-- parties(filter: {name}): the matches up to the cap, counted, and the first page (first + 1 rows) sorted from them'
EXPLAIN (ANALYZE, BUFFERS) WITH matching AS MATERIALIZED (SELECT p.* FROM parties p WHERE p.merged_into_id IS NULL AND (:'lt' <% lower(p.display_name) OR lower(p.display_name) LIKE :'pat') LIMIT 10001) SELECT m.*, counted.n AS counted FROM (SELECT count(*) AS n FROM matching) counted LEFT JOIN LATERAL (SELECT * FROM matching p WHERE true ORDER BY lower(p.display_name), p.id LIMIT 51) m ON true;
\echo '-- when more than the cap match: the first page along the name index'
EXPLAIN (ANALYZE, BUFFERS) SELECT p.* FROM parties p WHERE p.merged_into_id IS NULL AND (:'lt' <% lower(p.display_name) OR lower(p.display_name) LIKE :'pat') ORDER BY lower(p.display_name), p.id LIMIT 51;
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
\echo '-- partySearch: name, 1) the typed words against the word list (trigram index on party_name_words)'
EXPLAIN (ANALYZE, BUFFERS) SELECT t.typed, w.word, w.parties, similarity(w.word, t.typed) AS closeness FROM unnest(party_words(:'lt')) AS t(typed) LEFT JOIN LATERAL (SELECT word, parties FROM (SELECT word, parties FROM party_name_words WHERE word % t.typed OR t.typed <% word UNION SELECT word, parties FROM party_name_words WHERE length(word) >= 3 AND length(word) BETWEEN length(t.typed) - 2 AND length(t.typed) + 2 AND levenshtein(word, t.typed) <= 2) close ORDER BY similarity(word, t.typed) DESC, word LIMIT 50) w ON true;
WITH close AS (SELECT t.typed, w.word, w.parties, similarity(w.word, t.typed) AS closeness FROM unnest(party_words(:'lt')) AS t(typed) LEFT JOIN LATERAL (SELECT word, parties FROM (SELECT word, parties FROM party_name_words WHERE word % t.typed OR t.typed <% word UNION SELECT word, parties FROM party_name_words WHERE length(word) >= 3 AND length(word) BETWEEN length(t.typed) - 2 AND length(t.typed) + 2 AND levenshtein(word, t.typed) <= 2) close ORDER BY similarity(word, t.typed) DESC, word LIMIT 50) w ON true), t AS (SELECT typed, bool_or(word = typed) AS listed, count(*) FILTER (WHERE length(word) >= 3 AND position(word in typed) > 0) AS parts FROM close WHERE length(typed) >= 3 AND word IS NOT NULL GROUP BY typed), n AS (SELECT t.typed, t.listed, array_agg(c.word)::text AS words, sum(c.parties) AS parties FROM t JOIN close c USING (typed) WHERE (t.listed AND c.closeness >= 0.4) OR (NOT t.listed AND t.parts < 2) GROUP BY t.typed, t.listed UNION ALL SELECT t.typed, true, ARRAY[c.word]::text, c.parties FROM t JOIN close c USING (typed) WHERE NOT t.listed AND t.parts >= 2 AND length(c.word) >= 3 AND position(c.word in t.typed) > 0), l AS (SELECT words, parties, row_number() OVER (ORDER BY parties) AS k FROM n WHERE listed), u AS (SELECT words, parties, row_number() OVER (ORDER BY parties) AS k FROM n WHERE NOT listed), numbered AS (SELECT words, row_number() OVER (ORDER BY o) AS i FROM (SELECT words, k AS o FROM l WHERE k <= 2 UNION ALL SELECT words, 2 + k FROM u WHERE k <= 2 AND NOT EXISTS (SELECT 1 FROM l) UNION ALL SELECT words, 3 FROM u WHERE k = 1 AND (SELECT parties FROM l WHERE k = 1) > 1000) chosen) SELECT coalesce((SELECT words FROM numbered WHERE i = 1), '{}') AS w1, coalesce((SELECT words FROM numbered WHERE i = 2), '{}') AS w2, coalesce((SELECT words FROM numbered WHERE i = 3), '{}') AS w3, (SELECT count(*) FROM numbered) = 3 AS c3, (SELECT count(*) FROM numbered) = 2 AS c2, (SELECT count(*) FROM numbered) = 1 AS c1, (SELECT count(*) FROM close WHERE length(typed) >= 3) = 0 AS trigram \gset
\echo '-- 2) the parties having a word of each narrowing word set (GIN on party_words(display_name)), ranked; as PartyDirectory#searchNames chooses'
\if :c3
EXPLAIN (ANALYZE, BUFFERS) SELECT p.*, word_similarity(:'lt', lower(p.display_name)) AS score FROM parties p WHERE party_words(p.display_name) && :'w1'::text[] AND party_words(p.display_name) && :'w2'::text[] AND party_words(p.display_name) && :'w3'::text[] AND p.merged_into_id IS NULL AND word_similarity(:'lt', lower(p.display_name)) >= 0.6 ORDER BY word_similarity(:'lt', lower(p.display_name)) DESC, similarity(:'lt', lower(p.display_name)) DESC, lower(p.display_name) LIMIT 10;
\elif :c2
EXPLAIN (ANALYZE, BUFFERS) SELECT p.*, word_similarity(:'lt', lower(p.display_name)) AS score FROM parties p WHERE party_words(p.display_name) && :'w1'::text[] AND party_words(p.display_name) && :'w2'::text[] AND p.merged_into_id IS NULL AND word_similarity(:'lt', lower(p.display_name)) >= 0.6 ORDER BY word_similarity(:'lt', lower(p.display_name)) DESC, similarity(:'lt', lower(p.display_name)) DESC, lower(p.display_name) LIMIT 10;
\elif :c1
EXPLAIN (ANALYZE, BUFFERS) SELECT p.*, word_similarity(:'lt', lower(p.display_name)) AS score FROM parties p WHERE party_words(p.display_name) && :'w1'::text[] AND p.merged_into_id IS NULL AND word_similarity(:'lt', lower(p.display_name)) >= 0.6 ORDER BY word_similarity(:'lt', lower(p.display_name)) DESC, similarity(:'lt', lower(p.display_name)) DESC, lower(p.display_name) LIMIT 10;
\elif :trigram
EXPLAIN (ANALYZE, BUFFERS) SELECT p.*, word_similarity(:'lt', lower(p.display_name)) AS score FROM parties p WHERE :'lt' <% lower(p.display_name) AND p.merged_into_id IS NULL AND word_similarity(:'lt', lower(p.display_name)) >= 0.6 ORDER BY word_similarity(:'lt', lower(p.display_name)) DESC, similarity(:'lt', lower(p.display_name)) DESC, lower(p.display_name) LIMIT 10;
\else
\echo '-- no listed word is like a typed word: no party statement'
\endif
\if :c2
PREPARE name_search(varchar, varchar[], varchar[], int) AS SELECT p.*, word_similarity($1, lower(p.display_name)) AS score FROM parties p WHERE party_words(p.display_name) && $2::text[] AND party_words(p.display_name) && $3::text[] AND p.merged_into_id IS NULL AND word_similarity($1, lower(p.display_name)) >= 0.6 ORDER BY word_similarity($1, lower(p.display_name)) DESC, similarity($1, lower(p.display_name)) DESC, lower(p.display_name) LIMIT $4;
EXECUTE name_search(:'lt', :'w1', :'w2', 10) \g /dev/null
EXECUTE name_search(:'lt', :'w1', :'w2', 10) \g /dev/null
EXECUTE name_search(:'lt', :'w1', :'w2', 10) \g /dev/null
EXECUTE name_search(:'lt', :'w1', :'w2', 10) \g /dev/null
EXECUTE name_search(:'lt', :'w1', :'w2', 10) \g /dev/null
\echo '-- the two-word statement as a prepared statement, 6th execution (as the app runs it)'
EXPLAIN (ANALYZE, BUFFERS) EXECUTE name_search(:'lt', :'w1', :'w2', 10);
\endif
\else
\echo '-- partySearch: no name query (the text has an identifier shape)'
\endif
SELECT name, generic_plans, custom_plans FROM pg_prepared_statements ORDER BY name;
\endif
