-- PartyNameWords#lookUp, one statement: the typed words against the word list (party_name_words), ADR 0008.
-- Read by the app from the classpath and by `make bench` (docker/bench/name-search.sql), so both run this text.
-- The one parameter (?) is the typed text, lower-cased.
--
-- For each typed word the listed words close to it: similar as a whole (%, pg_trgm's similarity of at
-- least 0.3: typos), containing it (<%: a word typed in part) — both through the word list's trigram
-- index; a word of two letters also by its start ("jo" – "Johan") — or, for the short words a typo leaves with
-- few trigrams in common, one edit away (words of three letters or more: "b" of "B.V." is one edit from many
-- short words and on every Dutch company), two for typed words of five letters or more, or two neighbouring
-- letters swapped ("jnog" – "jong"). Two edits on a word of
-- four letters or fewer reached half the list ("lag" – "van", "dam", "bas"), ADR 0008.
--
-- Then the splits: a typed word that is not listed, or two neighbouring typed words not both listed, read as two
-- listed words with the space dropped, replaced by another letter or typed one letter off ("willemvink",
-- "camillezlemaire", "mar kbos" for "Mark Bos"). Two typed words split as one of them plus a letter of the other
-- are a typo in that other word ("lucs sanders" for "Lucas Sanders", not "Luc Sanders"), not a split. Two
-- neighbouring typed words that together are a listed word are that word with a space typed into it ("bo s" for
-- "Bos"): a split with no second word (an empty second). Two listed words are left as typed unless one of
-- them is a lone letter: "van den" is not "Vanden", nor "b v" "BV". A split row has no closeness and names its
-- second word.
-- Every row says where its typed word stands in the text (at, from 1; a pair: its first word).
WITH tokens AS (SELECT t.typed, t.i, EXISTS (SELECT 1 FROM party_name_words w WHERE w.word = t.typed) AS listed
                  FROM unnest(party_name_tokens(?)) WITH ORDINALITY AS t(typed, i)),
     close AS (SELECT t.typed, t.at, w.word, w.parties, similarity(w.word, t.typed) AS closeness
                 FROM (SELECT typed, min(i) AS at FROM tokens GROUP BY typed) t
                 LEFT JOIN LATERAL (SELECT word, parties FROM (
                       SELECT word, parties FROM party_name_words
                        WHERE word % t.typed OR t.typed <% word OR (length(t.typed) = 2 AND word LIKE t.typed || '%')
                       UNION
                       SELECT word, parties FROM party_name_words
                        WHERE length(word) >= 3 AND length(word) BETWEEN length(t.typed) - 2 AND length(t.typed) + 2
                          AND levenshtein(word, t.typed) <= CASE WHEN length(t.typed) >= 5 THEN 2 ELSE 1 END
                       UNION
                       SELECT word, parties FROM party_name_words
                        WHERE word IN (SELECT overlay(t.typed PLACING substr(t.typed, k + 1, 1) || substr(t.typed, k, 1) FROM k FOR 2)
                                         FROM generate_series(1, length(t.typed) - 1) AS k)) close
                      ORDER BY similarity(word, t.typed) DESC, word LIMIT 50) w ON true),
     sources AS (SELECT typed AS source, i AS at, 1 AS words, NULL AS left_word, NULL AS right_word
                   FROM tokens WHERE NOT listed AND length(typed) >= 6
                 UNION
                 SELECT a.typed || b.typed, a.i, 2, a.typed, b.typed
                   FROM tokens a JOIN tokens b ON b.i = a.i + 1
                  WHERE NOT (a.listed AND b.listed) OR (length(a.typed) = 1) <> (length(b.typed) = 1))
SELECT typed, at, word, parties, closeness, NULL AS second, NULL::integer AS second_parties, 0 AS words, 0 AS skipped
  FROM close
UNION ALL
SELECT s.source, s.at, f.word, f.parties, NULL, l.word, l.parties, s.words, x.skipped
  FROM sources s CROSS JOIN generate_series(3, length(s.source) - 3) AS k CROSS JOIN (VALUES (0), (1)) AS x(skipped)
  JOIN party_name_words f ON f.word = left(s.source, k)
  JOIN party_name_words l ON l.word = substr(s.source, k + 1 + x.skipped) AND length(l.word) >= 3
 WHERE f.word IS DISTINCT FROM s.left_word AND l.word IS DISTINCT FROM s.right_word
UNION ALL
SELECT s.source, s.at, j.word, j.parties, NULL, '', NULL, s.words, 0
  FROM sources s JOIN party_name_words j ON j.word = s.source WHERE s.words = 2
