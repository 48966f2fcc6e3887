-- EXPLAIN (ANALYZE, BUFFERS) of the case statements the app runs for one sampled term of a case kind (bench.terms,
-- purpose 'sql', n = 1), with the term as a literal: the same SQL as sql-case-*.sql.
--   psql -v kind=case_list_cw -f docker/bench/explain-cases.sql <database>   (docker/local/bench.sh runs every kind)
\set ON_ERROR_STOP on
\pset pager off
SELECT term AS t, lt, case_compact, coalesce(statuses, '{}') AS statuses, coalesce(viewer::text, '') AS viewer,
       coalesce(teams, '{}') AS teams, viewer IS NOT NULL AS restricted, case_id AS cid, q_name::boolean AS q_name,
       kind LIKE 'case_list%' AS is_list, kind = 'case_detail' AS is_detail
  FROM bench.terms WHERE kind = :'kind' AND purpose = 'sql' AND n = 1 \gset
\echo
\echo '################' :kind 'term:' :'t'
\if :is_list
\if :restricted
\echo '-- cases(filter: {statuses}) as a caseworker: totalCount up to the cap, their teams and their own counted apart'
EXPLAIN (ANALYZE, BUFFERS) SELECT count(*) FROM ((SELECT 1 FROM cases c WHERE true AND c.status = ANY(:'statuses'::varchar[]) AND c.team_id = ANY(:'teams'::uuid[]) LIMIT 10001) UNION ALL (SELECT 1 FROM cases c WHERE true AND c.status = ANY(:'statuses'::varchar[]) AND c.assignee_user_id = :'viewer'::uuid AND (c.team_id IS NULL OR c.team_id <> ALL(:'teams'::uuid[])) LIMIT 10001)) matching;
\echo '-- the first page (first + 1 rows)'
EXPLAIN (ANALYZE, BUFFERS) SELECT c.*, c.opened_on AS sort_value FROM cases c WHERE true AND c.status = ANY(:'statuses'::varchar[]) AND (c.team_id = ANY(:'teams'::uuid[]) OR c.assignee_user_id = :'viewer'::uuid) ORDER BY c.opened_on DESC, c.id DESC LIMIT 51;
\else
\echo '-- cases(filter: {statuses}) as a supervisor: totalCount up to the cap'
EXPLAIN (ANALYZE, BUFFERS) SELECT count(*) FROM (SELECT 1 FROM cases c WHERE true AND c.status = ANY(:'statuses'::varchar[]) LIMIT 10001) matching;
\echo '-- the first page (first + 1 rows)'
EXPLAIN (ANALYZE, BUFFERS) SELECT c.*, c.opened_on AS sort_value FROM cases c WHERE true AND c.status = ANY(:'statuses'::varchar[]) ORDER BY c.opened_on DESC, c.id DESC LIMIT 51;
\endif
\elif :is_detail
\echo '-- node(id:) on a case: the case, parties in role, claims, notes, timeline'
EXPLAIN (ANALYZE, BUFFERS) SELECT * FROM cases WHERE id = :'cid';
EXPLAIN (ANALYZE, BUFFERS) SELECT case_id, party_id, role FROM case_parties WHERE case_id = ANY(ARRAY[:'cid']::uuid[]) ORDER BY case_id, position;
EXPLAIN (ANALYZE, BUFFERS) SELECT * FROM claims WHERE case_id IN (:'cid') ORDER BY due_date, invoice_number;
EXPLAIN (ANALYZE, BUFFERS) SELECT * FROM case_notes WHERE case_id IN (:'cid') ORDER BY created_at DESC;
EXPLAIN (ANALYZE, BUFFERS) SELECT * FROM case_events WHERE case_id IN (:'cid') ORDER BY occurred_at DESC, id DESC;
\else
\if :q_name
\echo '-- caseSearch: the party quick search by name (first 20) behind it: the word list, then the parties'
EXPLAIN (ANALYZE, BUFFERS) SELECT t.typed, w.word, w.parties, similarity(w.word, t.typed) AS closeness FROM unnest(party_words(:'lt')) AS t(typed) LEFT JOIN LATERAL (SELECT word, parties FROM (SELECT word, parties FROM party_name_words WHERE word % t.typed OR t.typed <% word UNION SELECT word, parties FROM party_name_words WHERE length(word) >= 3 AND length(word) BETWEEN length(t.typed) - 2 AND length(t.typed) + 2 AND levenshtein(word, t.typed) <= 2) close ORDER BY similarity(word, t.typed) DESC, word LIMIT 50) w ON true;
WITH close AS (SELECT t.typed, w.word, w.parties, similarity(w.word, t.typed) AS closeness FROM unnest(party_words(:'lt')) AS t(typed) LEFT JOIN LATERAL (SELECT word, parties FROM (SELECT word, parties FROM party_name_words WHERE word % t.typed OR t.typed <% word UNION SELECT word, parties FROM party_name_words WHERE length(word) >= 3 AND length(word) BETWEEN length(t.typed) - 2 AND length(t.typed) + 2 AND levenshtein(word, t.typed) <= 2) close ORDER BY similarity(word, t.typed) DESC, word LIMIT 50) w ON true), t AS (SELECT typed, bool_or(word = typed) AS listed, count(*) FILTER (WHERE length(word) >= 3 AND position(word in typed) > 0) AS parts FROM close WHERE length(typed) >= 3 AND word IS NOT NULL GROUP BY typed), n AS (SELECT t.typed, t.listed, array_agg(c.word)::text AS words, sum(c.parties) AS parties FROM t JOIN close c USING (typed) WHERE (t.listed AND c.closeness >= 0.4) OR (NOT t.listed AND t.parts < 2) GROUP BY t.typed, t.listed UNION ALL SELECT t.typed, true, ARRAY[c.word]::text, c.parties FROM t JOIN close c USING (typed) WHERE NOT t.listed AND t.parts >= 2 AND length(c.word) >= 3 AND position(c.word in t.typed) > 0), l AS (SELECT words, parties, row_number() OVER (ORDER BY parties) AS k FROM n WHERE listed), u AS (SELECT words, parties, row_number() OVER (ORDER BY parties) AS k FROM n WHERE NOT listed), numbered AS (SELECT words, row_number() OVER (ORDER BY o) AS i FROM (SELECT words, k AS o FROM l WHERE k <= 2 UNION ALL SELECT words, 2 + k FROM u WHERE k <= 2 AND NOT EXISTS (SELECT 1 FROM l) UNION ALL SELECT words, 3 FROM u WHERE k = 1 AND (SELECT parties FROM l WHERE k = 1) > 1000) chosen) SELECT coalesce((SELECT words FROM numbered WHERE i = 1), '{}') AS w1, coalesce((SELECT words FROM numbered WHERE i = 2), '{}') AS w2, coalesce((SELECT words FROM numbered WHERE i = 3), '{}') AS w3, (SELECT count(*) FROM numbered) = 3 AS c3, (SELECT count(*) FROM numbered) = 2 AS c2, (SELECT count(*) FROM numbered) = 1 AS c1, (SELECT count(*) FROM close WHERE length(typed) >= 3) = 0 AS trigram \gset
\if :c3
EXPLAIN (ANALYZE, BUFFERS) SELECT p.*, word_similarity(:'lt', lower(p.display_name)) AS score FROM parties p WHERE party_words(p.display_name) && :'w1'::text[] AND party_words(p.display_name) && :'w2'::text[] AND party_words(p.display_name) && :'w3'::text[] AND p.merged_into_id IS NULL AND word_similarity(:'lt', lower(p.display_name)) >= 0.6 ORDER BY word_similarity(:'lt', lower(p.display_name)) DESC, similarity(:'lt', lower(p.display_name)) DESC, lower(p.display_name) LIMIT 20;
SELECT coalesce(array_agg(id)::text, '{}') AS pids FROM (SELECT p.id FROM parties p WHERE party_words(p.display_name) && :'w1'::text[] AND party_words(p.display_name) && :'w2'::text[] AND party_words(p.display_name) && :'w3'::text[] AND p.merged_into_id IS NULL AND word_similarity(:'lt', lower(p.display_name)) >= 0.6 ORDER BY word_similarity(:'lt', lower(p.display_name)) DESC, similarity(:'lt', lower(p.display_name)) DESC, lower(p.display_name) LIMIT 20) x \gset
\elif :c2
EXPLAIN (ANALYZE, BUFFERS) SELECT p.*, word_similarity(:'lt', lower(p.display_name)) AS score FROM parties p WHERE party_words(p.display_name) && :'w1'::text[] AND party_words(p.display_name) && :'w2'::text[] AND p.merged_into_id IS NULL AND word_similarity(:'lt', lower(p.display_name)) >= 0.6 ORDER BY word_similarity(:'lt', lower(p.display_name)) DESC, similarity(:'lt', lower(p.display_name)) DESC, lower(p.display_name) LIMIT 20;
SELECT coalesce(array_agg(id)::text, '{}') AS pids FROM (SELECT p.id FROM parties p WHERE party_words(p.display_name) && :'w1'::text[] AND party_words(p.display_name) && :'w2'::text[] AND p.merged_into_id IS NULL AND word_similarity(:'lt', lower(p.display_name)) >= 0.6 ORDER BY word_similarity(:'lt', lower(p.display_name)) DESC, similarity(:'lt', lower(p.display_name)) DESC, lower(p.display_name) LIMIT 20) x \gset
\elif :c1
EXPLAIN (ANALYZE, BUFFERS) SELECT p.*, word_similarity(:'lt', lower(p.display_name)) AS score FROM parties p WHERE party_words(p.display_name) && :'w1'::text[] AND p.merged_into_id IS NULL AND word_similarity(:'lt', lower(p.display_name)) >= 0.6 ORDER BY word_similarity(:'lt', lower(p.display_name)) DESC, similarity(:'lt', lower(p.display_name)) DESC, lower(p.display_name) LIMIT 20;
SELECT coalesce(array_agg(id)::text, '{}') AS pids FROM (SELECT p.id FROM parties p WHERE party_words(p.display_name) && :'w1'::text[] AND p.merged_into_id IS NULL AND word_similarity(:'lt', lower(p.display_name)) >= 0.6 ORDER BY word_similarity(:'lt', lower(p.display_name)) DESC, similarity(:'lt', lower(p.display_name)) DESC, lower(p.display_name) LIMIT 20) x \gset
\elif :trigram
EXPLAIN (ANALYZE, BUFFERS) SELECT p.*, word_similarity(:'lt', lower(p.display_name)) AS score FROM parties p WHERE :'lt' <% lower(p.display_name) AND p.merged_into_id IS NULL AND word_similarity(:'lt', lower(p.display_name)) >= 0.6 ORDER BY word_similarity(:'lt', lower(p.display_name)) DESC, similarity(:'lt', lower(p.display_name)) DESC, lower(p.display_name) LIMIT 20;
SELECT coalesce(array_agg(id)::text, '{}') AS pids FROM (SELECT p.id FROM parties p WHERE :'lt' <% lower(p.display_name) AND p.merged_into_id IS NULL AND word_similarity(:'lt', lower(p.display_name)) >= 0.6 ORDER BY word_similarity(:'lt', lower(p.display_name)) DESC, similarity(:'lt', lower(p.display_name)) DESC, lower(p.display_name) LIMIT 20) x \gset
\else
SELECT '{}' AS pids \gset
\endif
\else
SELECT '{}' AS pids \gset
\endif
\echo '-- caseSearch: the cases, one index lookup per identifier and the parties found, united'
EXPLAIN (ANALYZE, BUFFERS) SELECT c.* FROM cases c WHERE c.id IN (SELECT id FROM cases WHERE reference = :'t' UNION SELECT id FROM cases WHERE payment_reference = :'case_compact' UNION SELECT case_id FROM claims WHERE invoice_number = :'t' UNION SELECT case_id FROM claims WHERE client_reference = :'t' UNION SELECT case_id FROM case_parties WHERE party_id = ANY(:'pids'::uuid[])) ORDER BY (c.reference = :'t') DESC, c.opened_on DESC, c.id DESC LIMIT 10;
\endif
