-- PartyNameWords#filterWords, one statement: for the name criterion of the advanced party search ("words of the
-- name, any order, typo-tolerant"), the listed words (party_name_words) each typed word may stand for. A party
-- matches when its name has one of them for every typed word (ADR 0008). Read by the app from the classpath and by
-- `make bench` (docker/bench/name-search.sql). The one parameter (?) is the typed text.
--
-- A word of three letters or more stands for the listed words that contain it ("berg" – "Bergman", "Vandenberg"),
-- and, when it is not listed itself, for those a typo away: similar as a whole (pg_trgm's %), one edit, two for
-- words of five letters or more, or two neighbouring letters swapped — as in quick search (name-lookup.sql). A word
-- of two letters stands for the listed words that start with it ("jo" – "Johan"). A lone letter stands for nothing
-- and narrows nothing: an initial, or the "b" of "B.V.". With each typed word: how many parties carry its words
-- (a party may count twice), so the search knows how many can match at most.
SELECT t.typed, coalesce(array_agg(w.word ORDER BY w.word) FILTER (WHERE w.word IS NOT NULL), '{}') AS words,
       coalesce(sum(w.parties), 0) AS parties
  FROM (SELECT DISTINCT typed FROM unnest(party_name_tokens(?)) AS t(typed) WHERE length(typed) >= 2) t
  LEFT JOIN LATERAL (
       SELECT word, parties FROM party_name_words WHERE length(t.typed) >= 3 AND word LIKE '%' || t.typed || '%'
       UNION
       SELECT word, parties FROM party_name_words WHERE length(t.typed) = 2 AND word LIKE t.typed || '%'
       UNION
       SELECT word, parties FROM party_name_words
        WHERE length(t.typed) >= 3 AND NOT EXISTS (SELECT 1 FROM party_name_words x WHERE x.word = t.typed)
          AND (word % t.typed
               OR (length(word) >= 3 AND length(word) BETWEEN length(t.typed) - 2 AND length(t.typed) + 2
                   AND levenshtein(word, t.typed) <= CASE WHEN length(t.typed) >= 5 THEN 2 ELSE 1 END)
               OR word IN (SELECT overlay(t.typed PLACING substr(t.typed, k + 1, 1) || substr(t.typed, k, 1) FROM k FOR 2)
                             FROM generate_series(1, length(t.typed) - 1) AS k))) w ON true
 GROUP BY t.typed
