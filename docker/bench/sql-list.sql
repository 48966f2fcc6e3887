-- pgbench script: the bare SQL behind GraphQL parties(first: 50, filter: {name: …}) { totalCount nodes { … } },
-- as backend/src/main/java/io/vorda/party/PartyDirectory.java#list runs them, through bench.name_list (name-search.sql):
-- the listed words each typed word may stand for, the matches read once (up to the cap of 10 000 + 1) in a
-- materialized CTE, counted and the first page (first + 1 rows) sorted from them; when more than the cap match, the
-- page again by walking the name index (keyset order). One sampled name per transaction (bench.terms ids lo..hi;
-- see sql-quick-search.sql for how bench.sh runs it). LIMIT is a bound parameter (:lim = first + 1), as in the app.
\set r random(:lo, :hi)
\set lim 51
SELECT lt, pat FROM bench.terms WHERE id = :r \gset
SELECT * FROM bench.name_list(:lt, :lim);
