-- pgbench script: the bare SQL behind GraphQL parties(first: 50, filter: {name: …}) { totalCount nodes { … } },
-- copied from backend/src/main/java/io/vorda/party/PartyDirectory.java#list: the total count, then the first
-- page (first + 1 rows, keyset order). One sampled name per transaction (bench.terms ids lo..hi; see
-- sql-quick-search.sql for how bench.sh runs it). LIMIT is a bound parameter (:lim = first + 1), as in the app:
-- with it, the prepared statement's generic plan is the one the app gets (see sql-quick-search.sql).
\set r random(:lo, :hi)
\set lim 51
SELECT lt, pat FROM bench.terms WHERE id = :r \gset
SELECT count(*) FROM parties p WHERE p.merged_into_id IS NULL AND (:lt <% lower(p.display_name) OR lower(p.display_name) LIKE :pat);
SELECT p.* FROM parties p WHERE p.merged_into_id IS NULL AND (:lt <% lower(p.display_name) OR lower(p.display_name) LIKE :pat) ORDER BY lower(p.display_name), p.id LIMIT :lim;
