--liquibase formatted sql

--changeset party-0004:1 splitStatements:false
-- The words of a typed text in the order typed, repeats kept: quick search looks at neighbouring words to mend a
-- space typed in the wrong place ("mar kbos" for "Mark Bos", ADR 0008). The same split as party_words(text),
-- which stays as it is: the parties' word index is built on it.
CREATE FUNCTION party_name_tokens(name text) RETURNS text[]
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT coalesce(array_agg(w ORDER BY i), '{}')
      FROM regexp_split_to_table(lower(name), '[[:space:][:punct:]’‘“”–—]+') WITH ORDINALITY AS s(w, i)
     WHERE w <> '' $$;
