-- pgbench script: the bare SQL behind GraphQL parties(first: 50, filter: {name: …}) { totalCount nodes { … } },
-- copied from backend/src/main/java/io/vorda/party/PartyDirectory.java#list: the matches read once (up to the cap of
-- 10 000 + 1) in a materialized CTE, counted and the first page (first + 1 rows) sorted from them; when more than the
-- cap match, the page again by walking the name index (keyset order). One sampled name per transaction (bench.terms
-- ids lo..hi; see sql-quick-search.sql for how bench.sh runs it). The page rows are read inside max(…) only so that
-- pgbench can keep the count. LIMIT is a bound parameter (:lim = first + 1), as in the app.
\set r random(:lo, :hi)
\set lim 51
SELECT lt, pat FROM bench.terms WHERE id = :r \gset
SELECT max(counted) AS counted FROM (WITH matching AS MATERIALIZED (SELECT p.* FROM parties p WHERE p.merged_into_id IS NULL AND (:lt <% lower(p.display_name) OR lower(p.display_name) LIKE :pat) LIMIT 10001) SELECT m.*, counted.n AS counted FROM (SELECT count(*) AS n FROM matching) counted LEFT JOIN LATERAL (SELECT * FROM matching p WHERE true ORDER BY lower(p.display_name), p.id LIMIT :lim) m ON true) page \gset
\if :counted > 10000
SELECT p.* FROM parties p WHERE p.merged_into_id IS NULL AND (:lt <% lower(p.display_name) OR lower(p.display_name) LIKE :pat) ORDER BY lower(p.display_name), p.id LIMIT :lim;
\endif
