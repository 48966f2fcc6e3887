package io.vorda.party;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.vorda.shared.SqlRows;
import jakarta.inject.Singleton;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The word list behind name quick search ({@code party_name_words}, ADR 0008): every distinct word of the names of
 * active parties, with how many parties carry it. Words are cut by the database's {@code party_words(text)}, the
 * same function the parties' word index uses. Kept in step by {@link Parties} in the transaction of every create,
 * rename and merge (a trigger would hide that write from the code that causes it).
 */
@Singleton
class PartyNameWords {

    /**
     * Counts words the name lost down (the word goes at zero) and words it gained up. A lost word whose count a
     * concurrent transaction raised meanwhile keeps its count, so a count may end up too high (a word nobody
     * carries lingers and matches nothing), never too low.
     */
    private static final String CHANGE = """
            WITH before AS (SELECT unnest(party_words(?)) AS word), after AS (SELECT unnest(party_words(?)) AS word),
                 lost AS (SELECT word FROM before EXCEPT SELECT word FROM after),
                 gained AS (SELECT word FROM after EXCEPT SELECT word FROM before),
                 gone AS (DELETE FROM party_name_words w USING lost l WHERE w.word = l.word AND w.parties = 1),
                 fewer AS (UPDATE party_name_words w SET parties = w.parties - 1 FROM lost l WHERE w.word = l.word AND w.parties > 1)
            INSERT INTO party_name_words (word, parties) SELECT word, 1 FROM gained
            ON CONFLICT (word) DO UPDATE SET parties = party_name_words.parties + 1""";

    /**
     * For each typed word the listed words close to it: similar as a whole ({@code %}, pg_trgm's similarity of at
     * least 0.3: typos), containing it ({@code <%}: a word typed in part) — both through the word list's trigram
     * index — or, for the short words a typo leaves with few trigrams in common, at most two edits away (words of
     * three letters or more: "b" of "B.V." is two edits from many short words and on every Dutch company).
     */
    private static final String CLOSE = """
            SELECT t.typed, w.word, w.parties, similarity(w.word, t.typed) AS closeness
              FROM unnest(party_words(?)) AS t(typed)
              LEFT JOIN LATERAL (SELECT word, parties FROM (
                                   SELECT word, parties FROM party_name_words WHERE word % t.typed OR t.typed <% word
                                   UNION
                                   SELECT word, parties FROM party_name_words
                                    WHERE length(word) >= 3 AND length(word) BETWEEN length(t.typed) - 2 AND length(t.typed) + 2
                                      AND levenshtein(word, t.typed) <= 2) close
                                  ORDER BY similarity(word, t.typed) DESC, word LIMIT 50) w ON true""";

    private final JdbcOperations jdbc;

    PartyNameWords(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** A party's name changed from {@code before} to {@code after}; null for a party that is new or merged away. */
    void changed(@Nullable String before, @Nullable String after) {
        if (Objects.equals(before, after)) {
            return;
        }
        jdbc.prepareStatement(CHANGE, statement -> {
            statement.setString(1, before);
            statement.setString(2, after);
            return statement.executeUpdate();
        });
    }

    /** A listed word close to a typed one. */
    record Close(String word, int parties, double closeness) {
    }

    /**
     * The typed words (as {@code party_words} cuts them), each with its close listed words, closest first; a typed
     * word like no listed word maps to an empty list.
     */
    Map<String, List<Close>> closeTo(String text) {
        Map<String, List<Close>> found = new LinkedHashMap<>();
        jdbc.prepareStatement(CLOSE, statement -> SqlRows.list(statement, List.of(text), rs -> {
            List<Close> close = found.computeIfAbsent(rs.getString("typed"), k -> new ArrayList<>());
            String word = rs.getString("word");
            if (word != null) {
                close.add(new Close(word, rs.getInt("parties"), rs.getDouble("closeness")));
            }
            return null;
        }));
        return found;
    }
}
