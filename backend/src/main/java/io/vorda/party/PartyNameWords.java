package io.vorda.party;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.vorda.shared.SqlRows;
import jakarta.inject.Singleton;
import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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

    /** The statement behind {@link #lookUp}, with what it matches and why (party/name-lookup.sql, ADR 0008). */
    private static final String LOOK_UP = statement("/party/name-lookup.sql");
    /** The statement behind {@link #filterWords} (party/name-filter-words.sql, ADR 0008). */
    private static final String FILTER_WORDS = statement("/party/name-filter-words.sql");

    private final JdbcOperations jdbc;

    PartyNameWords(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    private static String statement(String resource) {
        try (InputStream in = PartyNameWords.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
     * A typed word ({@code typedWords} 1), or two neighbouring ones joined ({@code typedWords} 2), read as two listed
     * words, with {@code skipped} letters (0 or 1) between them; or two neighbouring typed words read as one listed
     * word ({@code second} null: a space typed into it).
     */
    record Split(String source, int at, int typedWords, Close first, @Nullable Close second, int skipped) {

        /** The listed words it reads, in order. */
        List<Close> words() {
            return second == null ? List.of(first) : List.of(first, second);
        }
    }

    /**
     * The typed words (as {@code party_words} cuts them) in the order typed, each with its close listed words,
     * closest first, and the splits.
     */
    record Lookup(Map<String, List<Close>> close, List<Split> splits) {
    }

    /** Looks the typed words up in the word list, in one statement; a typed word like no listed word maps to an empty list. */
    Lookup lookUp(String text) {
        Map<String, Integer> at = new java.util.HashMap<>();
        Map<String, List<Close>> found = new java.util.HashMap<>();
        List<Split> splits = new ArrayList<>();
        jdbc.prepareStatement(LOOK_UP, statement -> SqlRows.list(statement, List.of(text), rs -> {
            String typed = rs.getString("typed");
            String word = rs.getString("word");
            String second = rs.getString("second");
            if (second != null) {
                splits.add(new Split(typed, rs.getInt("at"), rs.getInt("words"), new Close(word, rs.getInt("parties"), 1),
                        second.isEmpty() ? null : new Close(second, rs.getInt("second_parties"), 1), rs.getInt("skipped")));
                return null;
            }
            at.put(typed, rs.getInt("at"));
            List<Close> close = found.computeIfAbsent(typed, k -> new ArrayList<>());
            if (word != null) {
                close.add(new Close(word, rs.getInt("parties"), rs.getDouble("closeness")));
            }
            return null;
        }));
        Map<String, List<Close>> inOrder = new LinkedHashMap<>();
        found.keySet().stream().sorted(java.util.Comparator.comparing(at::get)).forEach(typed -> inOrder.put(typed, found.get(typed)));
        return new Lookup(inOrder, splits);
    }

    /** Listed words a typed word may stand for in the advanced search, and how many parties carry them. */
    record FilterWords(List<String> words, long parties) {
    }

    /**
     * For the advanced search's name criterion: each typed word of two letters or more with the listed words it may
     * stand for (none when no listed word is like it). Lone letters are left out: they narrow nothing.
     */
    List<FilterWords> filterWords(String text) {
        return jdbc.prepareStatement(FILTER_WORDS, statement -> SqlRows.list(statement, List.of(text),
                rs -> new FilterWords(List.of((String[]) rs.getArray("words").getArray()), rs.getLong("parties"))));
    }
}
