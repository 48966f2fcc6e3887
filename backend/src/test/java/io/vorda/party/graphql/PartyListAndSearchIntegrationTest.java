package io.vorda.party.graphql;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import io.vorda.access.Role;
import io.vorda.shared.Page;
import io.vorda.testing.AccessFixtures;
import io.vorda.testing.DatabaseTest;
import io.vorda.testing.TestHttp;
import io.vorda.testing.TestHttp.Reply;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** Quick search as people type it, and the advanced search's counted, name-ordered pages (ADR 0008). */
@MicronautTest(transactional = false)
class PartyListAndSearchIntegrationTest implements DatabaseTest {

    private static final String CREATE = "mutation($input: PartyCreateInput!) { partyCreate(input: $input) { party { id } userErrors { code field } } }";
    private static final String SEARCH = "query($t: String!) { partySearch(text: $t) { party { id displayName } matchedOn } }";
    private static final String LIST = "query($n: String, $first: Int, $after: String) { parties(first: $first, after: $after, filter: {name: $n}) "
            + "{ totalCount totalCountCapped pageInfo { hasNextPage endCursor } nodes { displayName } } }";

    @Inject TestHttp http;
    @Inject AccessFixtures fixtures;
    @Inject JdbcOperations jdbc;
    @Inject TransactionOperations<Connection> transactions;

    private String caseworker;

    @BeforeAll
    void tokens() {
        caseworker = http.signIn(fixtures.aUser(Role.CASEWORKER).email(), AccessFixtures.PASSWORD);
    }

    private String createPerson(String givenNames, String familyName, String postcode, String houseNumber) {
        Reply reply = http.graphql(caseworker, CREATE, Map.of("input", Map.of("kind", "PERSON",
                "person", Map.of("givenNames", givenNames, "familyName", familyName),
                "address", Map.of("street", "Kerkstraat", "houseNumber", houseNumber, "postcode", postcode, "city", "Utrecht",
                        "country", "NL", "validFrom", "2020-01-01"),
                "allowDuplicates", true)));
        assertThat((List<?>) reply.at("data.partyCreate.userErrors")).as(reply.body()).isEmpty();
        return reply.at("data.partyCreate.party.id");
    }

    private static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "").toLowerCase();
    }

    @Test
    @SuppressWarnings("unchecked")
    void quick_search_finds_a_dutch_postcode_typed_with_its_space_with_and_without_a_house_number() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String digits = String.valueOf(random.nextInt(1000, 10_000));
        String letters = "" + "KLMNPR".charAt(random.nextInt(6)) + "KLMNPR".charAt(random.nextInt(6));
        String number = String.valueOf(random.nextInt(300, 10_000));
        String id = createPerson("Pim", unique("Postcodé"), digits + " " + letters, number);

        for (String typed : List.of(digits + " " + letters + " " + number, digits + " " + letters.toLowerCase() + " " + number + "a",
                digits + letters + " " + number, digits + " " + letters)) {
            Reply reply = http.graphql(caseworker, SEARCH, Map.of("t", typed));
            assertThat((List<Map<String, Object>>) reply.at("data.partySearch")).as(typed + ": " + reply.body())
                    .anySatisfy(hit -> {
                        assertThat(((Map<?, ?>) hit.get("party")).get("id")).isEqualTo(id);
                        assertThat(hit.get("matchedOn")).isEqualTo("POSTCODE");
                    });
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void among_names_that_contain_every_typed_word_the_closest_whole_name_comes_first() {
        String family = unique("Xylofoon");
        createPerson("Aaron Ada", family, "3511 LX", "1");
        String exact = createPerson("Ada", family, "3511 LX", "2");

        Reply reply = http.graphql(caseworker, SEARCH, Map.of("t", "Ada " + family));

        List<Map<String, Object>> hits = reply.at("data.partySearch");
        assertThat(hits).as(reply.body()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(((Map<?, ?>) hits.get(0).get("party")).get("id")).isEqualTo(exact);
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_rare_name_lists_every_match_counted_exactly_in_name_order_page_by_page() {
        String family = unique("Zeldzaam");
        for (String given : List.of("Carla", "Anna", "Bea")) {
            createPerson(given, family, "3511 LX", "3");
        }

        Reply first = http.graphql(caseworker, LIST, Map.of("n", family, "first", 2));
        Reply second = http.graphql(caseworker, LIST, Map.of("n", family, "first", 2, "after", first.at("data.parties.pageInfo.endCursor")));

        assertThat((Integer) first.at("data.parties.totalCount")).as(first.body()).isEqualTo(3);
        assertThat((Boolean) first.at("data.parties.totalCountCapped")).isFalse();
        assertThat((List<Map<String, String>>) first.at("data.parties.nodes")).extracting(n -> n.get("displayName"))
                .containsExactly("Anna " + family, "Bea " + family);
        assertThat((Boolean) first.at("data.parties.pageInfo.hasNextPage")).isTrue();
        assertThat((List<Map<String, String>>) second.at("data.parties.nodes")).as(second.body()).extracting(n -> n.get("displayName"))
                .containsExactly("Carla " + family);
        assertThat((Integer) second.at("data.parties.totalCount")).isEqualTo(3);
        assertThat((Boolean) second.at("data.parties.pageInfo.hasNextPage")).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_name_criterion_takes_words_in_any_order_part_of_a_word_and_a_typo_but_every_word_must_match() {
        String family = unique("Kortekaas");
        createPerson("Wilhelmina", family, "3511 LX", "20");
        createPerson("Geertruida", family, "3511 LX", "21");

        assertThat(listedNames(family.toUpperCase() + " wilhelmina")).as("any order, any case").containsExactly("Wilhelmina " + family);
        assertThat(listedNames("helmin " + family)).as("part of a word").containsExactly("Wilhelmina " + family);
        assertThat(listedNames("Wilhemlina " + family)).as("two letters swapped").containsExactly("Wilhelmina " + family);
        assertThat(listedNames(family)).hasSize(2);
        assertThat(listedNames("Qxzvbn " + family)).as("a word like no word of any name").isEmpty();
    }

    @SuppressWarnings("unchecked")
    private List<String> listedNames(String name) {
        Reply reply = http.graphql(caseworker, LIST, Map.of("n", name, "first", 10));
        List<Map<String, String>> nodes = reply.at("data.parties.nodes");
        assertThat(nodes).as(reply.body()).isNotNull();
        assertThat((Integer) reply.at("data.parties.totalCount")).isEqualTo(nodes.size());
        return nodes.stream().map(n -> n.get("displayName")).toList();
    }

    @Test
    @SuppressWarnings("unchecked")
    void more_matches_than_the_cap_count_as_the_cap_flagged_and_still_list_in_name_order() {
        String family = unique("Veelvoud");
        insertPersons(family, Page.COUNT_CAP + 1);
        try {
            Reply reply = http.graphql(caseworker, LIST, Map.of("n", family, "first", 3));

            assertThat((Integer) reply.at("data.parties.totalCount")).as(reply.body()).isEqualTo(Page.COUNT_CAP);
            assertThat((Boolean) reply.at("data.parties.totalCountCapped")).isTrue();
            assertThat((List<Map<String, String>>) reply.at("data.parties.nodes")).extracting(n -> n.get("displayName"))
                    .containsExactly("A00001 " + family, "A00002 " + family, "A00003 " + family);
            assertThat((Boolean) reply.at("data.parties.pageInfo.hasNextPage")).isTrue();
            Reply next = http.graphql(caseworker, LIST, Map.of("n", family, "first", 3, "after", reply.at("data.parties.pageInfo.endCursor")));
            assertThat((List<Map<String, String>>) next.at("data.parties.nodes")).as(next.body()).extracting(n -> n.get("displayName"))
                    .containsExactly("A00004 " + family, "A00005 " + family, "A00006 " + family);
        } finally {
            transactions.executeWrite(status -> jdbc.prepareStatement("DELETE FROM parties WHERE family_name = ?", statement -> {
                statement.setString(1, family);
                return statement.executeUpdate();
            }));
            transactions.executeWrite(status -> jdbc.prepareStatement("DELETE FROM party_name_words WHERE word = lower(?)", statement -> {
                statement.setString(1, family);
                return statement.executeUpdate();
            }));
        }
    }

    private List<String> foundIds(String typed) {
        Reply reply = http.graphql(caseworker, SEARCH, Map.of("t", typed));
        List<Map<String, Object>> hits = reply.at("data.partySearch");
        assertThat(hits).as(reply.body()).isNotNull();
        return hits.stream().map(hit -> (String) ((Map<?, ?>) hit.get("party")).get("id")).toList();
    }

    /** How many active parties carry a word, as the word list says (0 when it is not listed). */
    private int listed(String word) {
        return transactions.executeRead(status -> jdbc.prepareStatement(
                "SELECT coalesce(max(parties), 0) FROM party_name_words WHERE word = ?", statement -> {
                    statement.setString(1, word);
                    try (var rs = statement.executeQuery()) {
                        rs.next();
                        return rs.getInt(1);
                    }
                }));
    }

    @Test
    void a_full_name_with_a_typo_in_one_word_finds_the_party_first() {
        String family = unique("Vermeulenx");
        String id = createPerson("Hendrika", family, "3511 LX", "3");
        createPerson("Hendrika", unique("Anders"), "3511 LX", "4");

        List<String> transposed = foundIds("Hendrika " + family.substring(0, 3) + family.charAt(4) + family.charAt(3) + family.substring(5));
        List<String> givenSwapped = foundIds("Hednrika " + family);

        assertThat(transposed).as("family name with two letters swapped").first().isEqualTo(id);
        assertThat(givenSwapped).as("given name with two letters swapped").first().isEqualTo(id);
    }

    @Test
    void a_common_given_name_with_a_misspelt_family_name_finds_the_party_among_many_of_that_given_name() {
        String given = unique("Annelot");
        String family = unique("Bakkerman");
        String id = createPerson(given, family, "3511 LX", "9");
        createPerson(given, unique("Visserman"), "3511 LX", "10");
        makeCommon(given); // the search then also narrows by the misspelt word

        List<String> found = foundIds(given + " " + family.substring(0, 4) + family.substring(5));

        assertThat(found).as("family name with a letter dropped").first().isEqualTo(id);
    }

    @Test
    void a_space_dropped_replaced_or_typed_one_letter_off_still_finds_the_party_first_among_namesakes() {
        String given = unique("Marek");
        String family = unique("Bosman");
        String id = createPerson(given, family, "3511 LX", "11");
        createPerson(given, unique("Visser"), "3511 LX", "12");
        createPerson(unique("Piet"), family, "3511 LX", "13");
        makeCommon(given, family); // as if thousands of parties had each word: only both together narrow

        assertThat(foundIds(given + family)).as("space dropped").first().isEqualTo(id);
        assertThat(foundIds(given + "x" + family)).as("space typed as another letter").first().isEqualTo(id);
        assertThat(foundIds(given.substring(0, given.length() - 1) + " " + given.charAt(given.length() - 1) + family))
                .as("space one letter early").first().isEqualTo(id);
        assertThat(foundIds(given + family.charAt(0) + " " + family.substring(1)))
                .as("space one letter late").first().isEqualTo(id);
    }

    @Test
    void two_typed_letters_that_are_no_word_narrow_a_common_family_name_by_the_words_they_could_be() {
        String given = unique("Johanna");
        String family = unique("Willemse");
        String id = createPerson(given, family, "3511 LX", "14");
        createPerson(unique("Kees"), family, "3511 LX", "15");
        makeCommon(family);

        assertThat(foundIds(given.substring(0, 2) + " " + family)).as("the first two letters of the given name")
                .first().isEqualTo(id);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String shortGiven = "Q" + (char) ('a' + random.nextInt(26)) + (char) ('a' + random.nextInt(26));
        String shortId = createPerson(shortGiven, family, "3511 LX", "16");
        assertThat(foundIds(shortGiven.charAt(0) + shortGiven.substring(2) + " " + family))
                .as("a three-letter given name with its middle letter dropped").first().isEqualTo(shortId);
    }

    /** As if thousands of parties carried each word. */
    private void makeCommon(String... names) {
        for (String name : names) {
            transactions.executeWrite(status -> jdbc.prepareStatement("UPDATE party_name_words SET parties = 50000 WHERE word = ?", statement -> {
                statement.setString(1, name.toLowerCase());
                return statement.executeUpdate();
            }));
        }
    }

    @Test
    void a_listed_word_also_finds_its_close_variants_and_its_exact_spelling_first() {
        String stem = unique("Janssen");
        String exact = createPerson("Mila", stem, "3511 LX", "5");
        String variant = createPerson("Mila", stem.replaceFirst("ss", "s"), "3511 LX", "6");

        List<String> found = foundIds("Mila " + stem);

        assertThat(found).as("the typed spelling first, the variant after it").startsWith(exact).contains(variant);
    }

    @Test
    void the_word_list_follows_creates_renames_and_merges_and_a_renamed_party_is_found_by_its_new_name_only() {
        String old = unique("Oudbakker");
        String renamed = unique("Zilverschoon");
        String first = createPerson("Karel", old, "3511 LX", "7");
        String second = createPerson("Karel", old, "3511 LX", "8");
        assertThat(listed(old.toLowerCase())).as("two parties carry the word").isEqualTo(2);

        Reply update = http.graphql(caseworker, """
                mutation($id: ID!, $f: String!) { partyUpdate(input: {partyId: $id, person: {givenNames: "Karel", familyName: $f}}) {
                  userErrors { code } } }""", Map.of("id", first, "f", renamed));
        assertThat((List<?>) update.at("data.partyUpdate.userErrors")).as(update.body()).isEmpty();

        assertThat(listed(old.toLowerCase())).as("one party still carries the old word").isEqualTo(1);
        assertThat(listed(renamed.toLowerCase())).isEqualTo(1);
        assertThat(foundIds("Karel " + renamed)).startsWith(first);
        assertThat(foundIds("Karel " + old)).contains(second).doesNotContain(first);

        String supervisor = http.signIn(fixtures.aUser(Role.SUPERVISOR).email(), AccessFixtures.PASSWORD);
        Reply merge = http.graphql(supervisor, "mutation($s: ID!, $d: ID!) { partyMerge(input: {survivorId: $s, duplicateId: $d}) { userErrors { code } } }",
                Map.of("s", first, "d", second));
        assertThat((List<?>) merge.at("data.partyMerge.userErrors")).as(merge.body()).isEmpty();

        assertThat(listed(old.toLowerCase())).as("the merged-away party's words leave the list").isZero();
        assertThat(listed("karel")).as("words other parties still carry stay").isPositive();
        assertThat(foundIds("Karel " + old)).doesNotContain(first, second);
    }

    /** Persons "A00001 family" … in one statement: creating ten thousand through the API would take minutes. */
    private void insertPersons(String family, int count) {
        transactions.executeWrite(status -> jdbc.prepareStatement("""
                INSERT INTO parties (id, kind, display_name, given_names, family_name, language, created_at, created_by,
                                     updated_at, updated_by, version)
                SELECT gen_random_uuid(), 'PERSON', 'A' || lpad(i::text, 5, '0') || ' ' || ?, 'A' || lpad(i::text, 5, '0'), ?, 'NL',
                       now(), 'test', now(), 'test', 0
                  FROM generate_series(?, 1, -1) AS i""", statement -> {
            statement.setString(1, family);
            statement.setString(2, family);
            statement.setInt(3, count);
            return statement.executeUpdate();
        }));
        // the word list, as the party module keeps it in step when it creates parties
        transactions.executeWrite(status -> jdbc.prepareStatement(
                "INSERT INTO party_name_words (word, parties) VALUES (lower(?), ?) ON CONFLICT (word) DO UPDATE SET parties = party_name_words.parties + excluded.parties",
                statement -> {
                    statement.setString(1, family);
                    statement.setInt(2, count);
                    return statement.executeUpdate();
                }));
    }
}
