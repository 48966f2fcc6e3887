-- pgbench script: the bare SQL behind one GraphQL partySearch(text, first: 10), copied from
-- backend/src/main/java/io/vorda/party/PartyDirectory.java#search, for one sampled term per transaction.
-- Run by docker/local/bench.sh as  pgbench -n -M prepared -D lo=… -D hi=… -f sql-quick-search.sql
-- (-M prepared: server-side prepared statements, as pgjdbc uses after its prepareThreshold; also needed because
-- the term variables are bound as parameters, not pasted into the text). lo..hi are bench.terms ids of one kind
-- (purpose 'sql'); the flags beside each term (sample-terms.sql) say which lookups the app runs for it, in the
-- app's order. The term lookup itself (one primary-key read) is part of each transaction: ~0.05 ms.
-- The name query is the two statements of PartyDirectory#searchNames: the word list lookup (PartyNameWords.CLOSE,
-- with the choice of conditions the Java makes done in SQL around it and \gset), then the parties; the \if branches
-- are the choices searchNames makes.
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
WITH close AS (SELECT t.typed, w.word, w.parties, similarity(w.word, t.typed) AS closeness FROM unnest(party_words(:lt)) AS t(typed) LEFT JOIN LATERAL (SELECT word, parties FROM (SELECT word, parties FROM party_name_words WHERE word % t.typed OR t.typed <% word UNION SELECT word, parties FROM party_name_words WHERE length(word) >= 3 AND length(word) BETWEEN length(t.typed) - 2 AND length(t.typed) + 2 AND levenshtein(word, t.typed) <= 2) close ORDER BY similarity(word, t.typed) DESC, word LIMIT 50) w ON true), t AS (SELECT typed, bool_or(word = typed) AS listed, count(*) FILTER (WHERE length(word) >= 3 AND position(word in typed) > 0) AS parts FROM close WHERE length(typed) >= 3 AND word IS NOT NULL GROUP BY typed), n AS (SELECT t.typed, t.listed, array_agg(c.word)::text AS words, sum(c.parties) AS parties FROM t JOIN close c USING (typed) WHERE (t.listed AND c.closeness >= 0.4) OR (NOT t.listed AND t.parts < 2) GROUP BY t.typed, t.listed UNION ALL SELECT t.typed, true, ARRAY[c.word]::text, c.parties FROM t JOIN close c USING (typed) WHERE NOT t.listed AND t.parts >= 2 AND length(c.word) >= 3 AND position(c.word in t.typed) > 0), l AS (SELECT words, parties, row_number() OVER (ORDER BY parties) AS k FROM n WHERE listed), u AS (SELECT words, parties, row_number() OVER (ORDER BY parties) AS k FROM n WHERE NOT listed), numbered AS (SELECT words, row_number() OVER (ORDER BY o) AS i FROM (SELECT words, k AS o FROM l WHERE k <= 2 UNION ALL SELECT words, 2 + k FROM u WHERE k <= 2 AND NOT EXISTS (SELECT 1 FROM l) UNION ALL SELECT words, 3 FROM u WHERE k = 1 AND (SELECT parties FROM l WHERE k = 1) > 1000) chosen) SELECT coalesce((SELECT words FROM numbered WHERE i = 1), '{}') AS w1, coalesce((SELECT words FROM numbered WHERE i = 2), '{}') AS w2, coalesce((SELECT words FROM numbered WHERE i = 3), '{}') AS w3, (SELECT count(*) FROM numbered)::int AS nc, (SELECT count(*) FROM close WHERE length(typed) >= 3)::int AS nlong \gset
\if :nc >= 3
SELECT p.*, word_similarity(:lt, lower(p.display_name)) AS score FROM parties p WHERE party_words(p.display_name) && :w1::text[] AND party_words(p.display_name) && :w2::text[] AND party_words(p.display_name) && :w3::text[] AND p.merged_into_id IS NULL AND word_similarity(:lt, lower(p.display_name)) >= 0.6 ORDER BY word_similarity(:lt, lower(p.display_name)) DESC, similarity(:lt, lower(p.display_name)) DESC, lower(p.display_name) LIMIT :lim;
\elif :nc = 2
SELECT p.*, word_similarity(:lt, lower(p.display_name)) AS score FROM parties p WHERE party_words(p.display_name) && :w1::text[] AND party_words(p.display_name) && :w2::text[] AND p.merged_into_id IS NULL AND word_similarity(:lt, lower(p.display_name)) >= 0.6 ORDER BY word_similarity(:lt, lower(p.display_name)) DESC, similarity(:lt, lower(p.display_name)) DESC, lower(p.display_name) LIMIT :lim;
\elif :nc = 1
SELECT p.*, word_similarity(:lt, lower(p.display_name)) AS score FROM parties p WHERE party_words(p.display_name) && :w1::text[] AND p.merged_into_id IS NULL AND word_similarity(:lt, lower(p.display_name)) >= 0.6 ORDER BY word_similarity(:lt, lower(p.display_name)) DESC, similarity(:lt, lower(p.display_name)) DESC, lower(p.display_name) LIMIT :lim;
\elif :nlong
-- no listed word is like any typed word: no name query
\else
SELECT p.*, word_similarity(:lt, lower(p.display_name)) AS score FROM parties p WHERE :lt <% lower(p.display_name) AND p.merged_into_id IS NULL AND word_similarity(:lt, lower(p.display_name)) >= 0.6 ORDER BY word_similarity(:lt, lower(p.display_name)) DESC, similarity(:lt, lower(p.display_name)) DESC, lower(p.display_name) LIMIT :lim;
\endif
\endif
