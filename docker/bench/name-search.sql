-- The name path of quick search (PartyDirectory#searchNames, NameNarrowing#choose, PartyNameWords#lookUp) as functions in the
-- bench schema, so the pgbench scripts and explain-searches.sql run the app's statements — the word-list lookup
-- from the app's own resource file, then the party statement built from the same choice of narrowing words —
-- without a copy of that choice in every script. Keep the choice in step with NameNarrowing. Included by
-- sample-terms.sql.
--
--   bench.name_lookup(lt)         the rows of party/name-lookup.sql for the lower-cased text
--   bench.name_narrowing(lt)      the word sets PartyDirectory#searchNames narrows by (w1..w3, nc of them), and
--                                 whether a word of three letters or more was typed (long_word)
--   bench.name_search(lt, lim)    the parties the app returns, best first: the party statement runs through
--                                 EXECUTE, planned for its words each time, as the app's unnamed statement is

CREATE TYPE bench.name_row AS (typed text, at integer, word text, parties integer, closeness real, second text,
                                second_parties integer, words integer, skipped integer);

-- the app's own statement, read from its resource file (the path is from the repository root, where bench.sh runs psql)
\set name_lookup `sed 's/party_name_tokens(?)/party_name_tokens($1)/' backend/src/main/resources/party/name-lookup.sql`
CREATE FUNCTION bench.name_lookup(lt text) RETURNS SETOF bench.name_row LANGUAGE sql STABLE AS :'name_lookup';

CREATE FUNCTION bench.name_narrowing(lt text, OUT w1 text[], OUT w2 text[], OUT w3 text[], OUT nc integer,
                                     OUT long_word boolean, OUT mended text)
    LANGUAGE plpgsql VOLATILE AS $fn$
DECLARE
    s record;
    t record;
    parts text[];
    name_rows bench.name_row[] := ARRAY(SELECT x FROM bench.name_lookup(lt) x);
    explained text[] := '{}';
    replaced jsonb := '{}';   -- first typed word of a chosen split -> its two words; the second typed word -> ''
    entries jsonb := '[]';    -- one per word of a set: {"n": set, "typed", "listed", "short", "word", "parties", "closeness"}
    set_no integer := 0;
    chosen text[];
BEGIN
    long_word := EXISTS (SELECT 1 FROM unnest(name_rows) WHERE second IS NULL AND length(typed) >= 3);
    -- splits, the best first; one whose typed words a better one already reads is passed over
    FOR s IN SELECT * FROM unnest(name_rows) WHERE second IS NOT NULL
              ORDER BY words, skipped, least(length(word), coalesce(nullif(length(second), 0), length(word))) DESC LOOP
        IF s.words = 1 THEN
            parts := ARRAY[s.typed];
        ELSE
            SELECT ARRAY[a.typed, b.typed] INTO parts
              FROM (SELECT DISTINCT typed FROM unnest(name_rows) WHERE second IS NULL) a,
                   (SELECT DISTINCT typed FROM unnest(name_rows) WHERE second IS NULL) b
             WHERE a.typed || b.typed = s.typed LIMIT 1;
        END IF;
        CONTINUE WHEN parts IS NULL OR parts && explained;
        explained := explained || parts;
        replaced := replaced || jsonb_build_object(parts[1], trim(s.word || ' ' || s.second));
        IF s.words = 2 THEN replaced := replaced || jsonb_build_object(parts[2], ''); END IF;
        entries := entries || jsonb_build_array(
            jsonb_build_object('n', set_no + 1, 'typed', s.word, 'listed', true, 'short', false, 'word', s.word, 'parties', s.parties, 'closeness', 1));
        set_no := set_no + 1;
        IF s.second <> '' THEN  -- '' : a space typed into one listed word
            entries := entries || jsonb_build_array(
                jsonb_build_object('n', set_no + 1, 'typed', s.second, 'listed', true, 'short', false, 'word', s.second, 'parties', s.second_parties, 'closeness', 1));
            set_no := set_no + 1;
        END IF;
    END LOOP;
    FOR t IN SELECT c.typed, bool_or(c.word = c.typed) AS is_listed, count(c.word) AS liked
               FROM unnest(name_rows) c WHERE c.second IS NULL GROUP BY c.typed ORDER BY min(c.at) LOOP
        CONTINUE WHEN t.typed = ANY (explained) OR t.liked = 0
                   OR (length(t.typed) < 3 AND NOT (length(t.typed) = 2 AND NOT t.is_listed AND long_word
                                                    AND NOT EXISTS (SELECT 1 FROM unnest(name_rows) WHERE second IS NULL AND length(typed) = 1)));
        set_no := set_no + 1;
        entries := entries || (SELECT jsonb_agg(jsonb_build_object('n', set_no, 'typed', t.typed, 'listed', t.is_listed, 'short', length(t.typed) < 3,
                                                                    'word', c.word, 'parties', c.parties, 'closeness', c.closeness))
                                 FROM unnest(name_rows) c
                                WHERE c.second IS NULL AND c.typed = t.typed AND c.word IS NOT NULL AND (NOT t.is_listed OR c.closeness >= 0.4));
    END LOOP;
    -- each word in one set: the typed word it is, else the closest typo it mends, else the closest word it is a
    -- variant of (NameNarrowing#eachWordInOneSet); then the sets by rarity and the choice of NameNarrowing#choose
    WITH e AS (SELECT * FROM jsonb_to_recordset(entries) AS x(n int, typed text, listed boolean, short boolean, word text, parties bigint, closeness float8)),
         ranked AS (SELECT e.*, row_number() OVER (PARTITION BY word ORDER BY CASE WHEN word = typed THEN 3 ELSE (CASE WHEN listed THEN 1 ELSE 2 END) + closeness / 2 END DESC, n) AS r FROM e),
         sets AS (SELECT n, bool_and(listed) AS listed, bool_and(short) AS short, array_agg(word ORDER BY closeness DESC, word)::text AS words, sum(parties) AS parties
                    FROM ranked WHERE r = 1 GROUP BY n),
         l AS (SELECT words, parties, row_number() OVER (ORDER BY parties, n) AS k FROM sets WHERE listed),
         u AS (SELECT words, parties, short, row_number() OVER (ORDER BY parties, n) AS k FROM sets WHERE NOT listed),
         extra AS (SELECT words FROM (SELECT words, 0 AS o, k FROM u UNION ALL SELECT words, 1, k FROM l WHERE k = 3) x
                    WHERE (SELECT parties FROM l WHERE k = 1) > 1000 ORDER BY o, k LIMIT 1),
         picked AS (SELECT words, k AS o FROM l WHERE k <= 2
                    UNION ALL SELECT words, 2 + k FROM u WHERE k <= 2 AND NOT EXISTS (SELECT 1 FROM l)
                    UNION ALL SELECT words, 3 FROM extra)
    SELECT array_agg(words ORDER BY o) INTO chosen FROM picked;
    nc := coalesce(array_length(chosen, 1), 0);
    -- a split mends the text the parties are ranked by (NameNarrowing#mend)
    mended := CASE WHEN replaced = '{}' THEN lt ELSE
        (SELECT string_agg(coalesce(replaced ->> typed, typed), ' ' ORDER BY at) FILTER (WHERE coalesce(replaced ->> typed, typed) <> '')
           FROM (SELECT typed, min(at) AS at FROM unnest(name_rows) WHERE second IS NULL GROUP BY typed) t) END;
    w1 := CASE WHEN nc >= 1 THEN chosen[1]::text[] ELSE '{}' END;
    w2 := CASE WHEN nc >= 2 THEN chosen[2]::text[] ELSE '{}' END;
    w3 := CASE WHEN nc >= 3 THEN chosen[3]::text[] ELSE '{}' END;
END $fn$;

CREATE FUNCTION bench.name_search(lt text, lim integer) RETURNS TABLE (id uuid, score real)
    LANGUAGE plpgsql VOLATILE AS $fn$
DECLARE
    n record;
    narrowing text := '';
BEGIN
    SELECT * INTO n FROM bench.name_narrowing(lt);
    IF n.nc >= 1 THEN narrowing := narrowing || 'party_words(p.display_name) && $2::text[] AND '; END IF;
    IF n.nc >= 2 THEN narrowing := narrowing || 'party_words(p.display_name) && $3::text[] AND '; END IF;
    IF n.nc >= 3 THEN narrowing := narrowing || 'party_words(p.display_name) && $4::text[] AND '; END IF;
    IF n.nc = 0 AND NOT n.long_word THEN  -- only short words: the trigram index
        narrowing := '$1 <% lower(p.display_name) AND ';
    ELSIF n.nc = 0 THEN
        RETURN;  -- no listed word is like any typed word
    END IF;
    RETURN QUERY EXECUTE 'SELECT p.id, word_similarity($1, lower(p.display_name)) AS score FROM parties p WHERE ' || narrowing
        || 'p.merged_into_id IS NULL AND word_similarity($1, lower(p.display_name)) >= 0.6 '
        || 'ORDER BY word_similarity($1, lower(p.display_name)) DESC, similarity($1, lower(p.display_name)) DESC, lower(p.display_name) LIMIT $5'
        USING n.mended, n.w1, n.w2, n.w3, lim;
END $fn$;

-- parties(filter: {name}) (PartyDirectory#list): the listed words each typed word may stand for, from the app's own
-- resource file, then the matches read once up to the cap of 10 000 + 1, counted, and the first page sorted from
-- them; when more than the cap match, the page sorted from all of them (a word on at most 100 000 parties) or along
-- the name index (a commoner one). Returns the count and the page's ids.
\set name_filter_words `sed 's/party_name_tokens(?)/party_name_tokens($1)/' backend/src/main/resources/party/name-filter-words.sql`
CREATE FUNCTION bench.name_filter_words(lt text) RETURNS TABLE (typed text, words text[], parties bigint)
    LANGUAGE sql STABLE AS :'name_filter_words';

CREATE FUNCTION bench.name_list(lt text, lim integer, OUT counted bigint, OUT ids uuid[])
    LANGUAGE plpgsql VOLATILE AS $fn$
DECLARE
    sets text[] := '{}';  -- one array literal per typed word
    f record;
    criteria text := '';
    i integer;
    at_most bigint := 9223372036854775807;
BEGIN
    FOR f IN SELECT * FROM bench.name_filter_words(lt) LOOP
        IF cardinality(f.words) = 0 THEN counted := 0; ids := '{}'; RETURN; END IF;
        sets := sets || f.words::text;
        at_most := least(at_most, f.parties);
    END LOOP;
    IF cardinality(sets) = 0 THEN
        criteria := ' AND $2 <% lower(p.display_name)';
    END IF;
    FOR i IN 1 .. cardinality(sets) LOOP
        criteria := criteria || format(' AND party_words(p.display_name) && ($1[%s])::text[]', i);
    END LOOP;
    EXECUTE 'WITH matching AS MATERIALIZED (SELECT p.* FROM parties p WHERE p.merged_into_id IS NULL' || criteria
        || ' LIMIT 10001) SELECT counted.n, (SELECT array_agg(id ORDER BY lower(display_name), id) FROM (SELECT p.id, p.display_name FROM matching p'
        || ' ORDER BY lower(p.display_name), p.id LIMIT $3) page) FROM (SELECT count(*) AS n FROM matching) counted'
        INTO counted, ids USING sets, lt, lim;
    IF counted > 10000 AND at_most <= 100000 THEN  -- PartyDirectory.SORT_ALL_MATCHES
        EXECUTE 'WITH matching AS MATERIALIZED (SELECT p.id, lower(p.display_name) AS name_key FROM parties p WHERE p.merged_into_id IS NULL'
            || criteria || ') SELECT array_agg(page.id ORDER BY page.name_key, page.id) FROM parties p JOIN (SELECT m.id, m.name_key FROM matching m'
            || ' ORDER BY m.name_key, m.id LIMIT $3) page ON page.id = p.id' INTO ids USING sets, lt, lim;
    ELSIF counted > 10000 THEN
        EXECUTE 'SELECT array_agg(id) FROM (SELECT p.id FROM parties p WHERE p.merged_into_id IS NULL' || criteria
            || ' ORDER BY lower(p.display_name), p.id LIMIT $3) page' INTO ids USING sets, lt, lim;
    END IF;
END $fn$;
