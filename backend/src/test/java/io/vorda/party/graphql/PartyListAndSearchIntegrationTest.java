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
        } finally {
            transactions.executeWrite(status -> jdbc.prepareStatement("DELETE FROM parties WHERE family_name = ?", statement -> {
                statement.setString(1, family);
                return statement.executeUpdate();
            }));
        }
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
    }
}
