--liquibase formatted sql

--changeset party-0003:0
-- levenshtein(): a typed word whose typo leaves few trigrams in common ("blm", "jnog") is still one or two edits
-- from its listed word ("blom", "jong"); the word list is small enough to compare against.
CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;

--changeset party-0003:1 splitStatements:false
-- The words of a name as quick search matches them: lower case, split at spaces and punctuation. Letters of any
-- script stay inside their word whatever the database's locale ("Müller", "Wiśniewska"). The index on parties and
-- the word list below are both built with this one definition, so they cannot disagree (ADR 0008).
CREATE FUNCTION party_words(name text) RETURNS text[]
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT coalesce(array_agg(DISTINCT w ORDER BY w), '{}')
      FROM regexp_split_to_table(lower(name), '[[:space:][:punct:]’‘“”–—]+') AS w
     WHERE w <> '' $$;

--changeset party-0003:2
-- The distinct words of the names of active (not merged-away) parties, with how many parties carry each. Quick
-- search matches a typed word against these few words with the trigram index (the spelling-correction pattern of
-- the pg_trgm documentation) instead of against every name. Derived data, kept in step by the party module in the
-- transaction that creates, renames or merges a party (PartyNameWords); hence no id or audit columns.
CREATE TABLE party_name_words (
    word    text PRIMARY KEY,
    parties integer NOT NULL CHECK (parties > 0)
);
INSERT INTO party_name_words (word, parties)
SELECT w, count(*)
  FROM parties p, unnest(party_words(p.display_name)) AS w
 WHERE p.merged_into_id IS NULL
 GROUP BY w;
CREATE INDEX party_name_words_trgm_idx ON party_name_words USING gin (word gin_trgm_ops);
-- parties by exact word: "which parties have 'vries' or 'vriesen' in their name", a cheap array lookup
CREATE INDEX parties_words_idx ON parties USING gin (party_words(display_name)) WHERE merged_into_id IS NULL;
