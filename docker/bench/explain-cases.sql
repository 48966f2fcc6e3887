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
EXPLAIN (ANALYZE, BUFFERS) SELECT t.typed, w.word, w.parties, similarity(w.word, t.typed) AS closeness FROM unnest(party_words(:'lt')) AS t(typed) LEFT JOIN LATERAL (SELECT word, parties FROM party_name_words WHERE word % t.typed OR t.typed <% word ORDER BY similarity(word, t.typed) DESC, word LIMIT 50) w ON true;
WITH close AS (SELECT t.typed, w.word, w.parties, similarity(w.word, t.typed) AS closeness FROM unnest(party_words(:'lt')) AS t(typed) LEFT JOIN LATERAL (SELECT word, parties FROM party_name_words WHERE word % t.typed OR t.typed <% word ORDER BY similarity(word, t.typed) DESC, word LIMIT 50) w ON true), req AS (SELECT array_agg(word) FILTER (WHERE closeness >= 0.4)::text AS variants, row_number() OVER (ORDER BY sum(parties) FILTER (WHERE closeness >= 0.4)) AS k FROM close WHERE length(typed) >= 3 GROUP BY typed HAVING bool_or(word = typed)), f AS (SELECT (SELECT count(*) FROM req) AS nreq, (SELECT count(*) FROM close WHERE length(typed) >= 3 AND word IS NOT NULL) AS nany, (SELECT count(*) FROM close WHERE length(typed) >= 3) AS nlong) SELECT coalesce((SELECT variants FROM req WHERE k = 1), '{}') AS w1, coalesce((SELECT variants FROM req WHERE k = 2), '{}') AS w2, coalesce((SELECT array_agg(DISTINCT word)::text FROM close WHERE length(typed) >= 3 AND word IS NOT NULL), '{}') AS wany, nreq >= 2 AS two, nreq = 1 AS one, nreq = 0 AND nany > 0 AS anyw, nlong = 0 AS trigram FROM f \gset
\if :two
EXPLAIN (ANALYZE, BUFFERS) SELECT p.*, word_similarity(:'lt', lower(p.display_name)) AS score FROM parties p WHERE party_words(p.display_name) && :'w1'::text[] AND party_words(p.display_name) && :'w2'::text[] AND p.merged_into_id IS NULL AND word_similarity(:'lt', lower(p.display_name)) >= 0.6 ORDER BY word_similarity(:'lt', lower(p.display_name)) DESC, similarity(:'lt', lower(p.display_name)) DESC, lower(p.display_name) LIMIT 20;
SELECT coalesce(array_agg(id)::text, '{}') AS pids FROM (SELECT p.id FROM parties p WHERE party_words(p.display_name) && :'w1'::text[] AND party_words(p.display_name) && :'w2'::text[] AND p.merged_into_id IS NULL AND word_similarity(:'lt', lower(p.display_name)) >= 0.6 ORDER BY word_similarity(:'lt', lower(p.display_name)) DESC, similarity(:'lt', lower(p.display_name)) DESC, lower(p.display_name) LIMIT 20) x \gset
\elif :one
EXPLAIN (ANALYZE, BUFFERS) SELECT p.*, word_similarity(:'lt', lower(p.display_name)) AS score FROM parties p WHERE party_words(p.display_name) && :'w1'::text[] AND p.merged_into_id IS NULL AND word_similarity(:'lt', lower(p.display_name)) >= 0.6 ORDER BY word_similarity(:'lt', lower(p.display_name)) DESC, similarity(:'lt', lower(p.display_name)) DESC, lower(p.display_name) LIMIT 20;
SELECT coalesce(array_agg(id)::text, '{}') AS pids FROM (SELECT p.id FROM parties p WHERE party_words(p.display_name) && :'w1'::text[] AND p.merged_into_id IS NULL AND word_similarity(:'lt', lower(p.display_name)) >= 0.6 ORDER BY word_similarity(:'lt', lower(p.display_name)) DESC, similarity(:'lt', lower(p.display_name)) DESC, lower(p.display_name) LIMIT 20) x \gset
\elif :anyw
EXPLAIN (ANALYZE, BUFFERS) SELECT p.*, word_similarity(:'lt', lower(p.display_name)) AS score FROM parties p WHERE party_words(p.display_name) && :'wany'::text[] AND p.merged_into_id IS NULL AND word_similarity(:'lt', lower(p.display_name)) >= 0.6 ORDER BY word_similarity(:'lt', lower(p.display_name)) DESC, similarity(:'lt', lower(p.display_name)) DESC, lower(p.display_name) LIMIT 20;
SELECT coalesce(array_agg(id)::text, '{}') AS pids FROM (SELECT p.id FROM parties p WHERE party_words(p.display_name) && :'wany'::text[] AND p.merged_into_id IS NULL AND word_similarity(:'lt', lower(p.display_name)) >= 0.6 ORDER BY word_similarity(:'lt', lower(p.display_name)) DESC, similarity(:'lt', lower(p.display_name)) DESC, lower(p.display_name) LIMIT 20) x \gset
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
