package io.vorda.party.graphql;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vorda.access.Role;
import io.vorda.testing.AccessFixtures;
import io.vorda.testing.DatabaseTest;
import io.vorda.testing.TestHttp;
import io.vorda.testing.TestHttp.Reply;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class PartyGraphQLIntegrationTest implements DatabaseTest {

    private static final String CREATE = """
            mutation($input: PartyCreateInput!) {
              partyCreate(input: $input) {
                party { id displayName kind person { familyName dateOfBirth } addresses { postcode city validFrom validUntil }
                        contactChannels { kind value } bankAccounts { iban } }
                duplicates { party { id displayName } reasons }
                userErrors { code field message }
              }
            }""";

    @Inject TestHttp http;
    @Inject AccessFixtures fixtures;

    private String caseworker;
    private String supervisor;

    @BeforeAll
    void tokens() {
        caseworker = http.signIn(fixtures.aUser(Role.CASEWORKER).email(), AccessFixtures.PASSWORD);
        supervisor = http.signIn(fixtures.aUser(Role.SUPERVISOR).email(), AccessFixtures.PASSWORD);
    }

    static String uniqueIban() {
        return io.vorda.testing.PartyFixtures.uniqueIban();
    }

    static String uniqueMobile() {
        return io.vorda.testing.PartyFixtures.uniqueMobile();
    }

    private static Map<String, Object> person(String familyName, String iban, Map<String, Object> extra) {
        Map<String, Object> input = new HashMap<>(Map.of("kind", "PERSON",
                "person", Map.of("givenNames", "Jan", "familyNamePrefix", "de", "familyName", familyName, "dateOfBirth", "1980-05-17"),
                "address", Map.of("street", "Dorpsstraat", "houseNumber", "12", "postcode", "1234ab", "city", "Utrecht",
                        "country", "NL", "validFrom", "2020-01-01"),
                "phone", uniqueMobile(), "iban", iban));
        input.putAll(extra);
        return Map.of("input", input);
    }

    @Test
    void a_caseworker_creates_a_debtor_with_address_phone_and_iban_normalised() {
        String iban = uniqueIban();

        Reply reply = http.graphql(caseworker, CREATE, person("Vries-" + System.nanoTime(), iban.substring(0, 4) + " " + iban.substring(4), Map.of()));

        assertThat((List<?>) reply.at("data.partyCreate.userErrors")).as(reply.body()).isEmpty();
        assertThat((String) reply.at("data.partyCreate.party.displayName")).startsWith("Jan de Vries-");
        assertThat((String) reply.at("data.partyCreate.party.addresses.0.postcode")).isEqualTo("1234 AB");
        assertThat((String) reply.at("data.partyCreate.party.contactChannels.0.value")).startsWith("+3161");
        assertThat((String) reply.at("data.partyCreate.party.bankAccounts.0.iban")).isEqualTo(iban);
    }

    @Test
    void the_same_iban_raises_a_duplicate_warning_and_saves_nothing_until_the_user_creates_anyway() {
        String iban = uniqueIban();
        String firstId = http.graphql(caseworker, CREATE, person("Jansen-" + System.nanoTime(), iban, Map.of())).at("data.partyCreate.party.id");
        String otherName = "Pietersen-" + System.nanoTime();

        Reply warned = http.graphql(caseworker, CREATE, person(otherName, iban, Map.of("phone", uniqueMobile())));

        assertThat((String) warned.at("data.partyCreate.userErrors.0.code")).as(warned.body()).isEqualTo("POSSIBLE_DUPLICATE");
        assertThat((Object) warned.at("data.partyCreate.party")).isNull();
        assertThat((String) warned.at("data.partyCreate.duplicates.0.party.id")).isEqualTo(firstId);
        assertThat((List<String>) warned.at("data.partyCreate.duplicates.0.reasons")).contains("SAME_IBAN");
        assertThat((Integer) http.graphql(caseworker, "query($n: String) { parties(filter: {name: $n}) { totalCount } }",
                Map.of("n", otherName)).at("data.parties.totalCount")).isZero();

        Reply anyway = http.graphql(caseworker, CREATE, person(otherName, iban, Map.of("phone", uniqueMobile(), "allowDuplicates", true)));
        assertThat((String) anyway.at("data.partyCreate.party.id")).as(anyway.body()).isNotBlank().isNotEqualTo(firstId);
    }

    @Test
    void bad_input_is_refused_by_field_and_saves_nothing() {
        String name = "Invalid-" + System.nanoTime();
        Map<String, List<String>> expectations = Map.of(
                "iban", List.of("input", "iban"),
                "postcode", List.of("input", "address", "postcode"),
                "phone", List.of("input", "phone"),
                "email", List.of("input", "email"));
        Map<String, Map<String, Object>> inputs = Map.of(
                "iban", person(name, "NL00ABNA0417164300", Map.of()),
                "postcode", person(name, uniqueIban(), Map.of("address", Map.of("street", "S", "houseNumber", "1",
                        "postcode", "0123 AB", "city", "C", "country", "NL"))),
                "phone", person(name, uniqueIban(), Map.of("phone", "12")),
                "email", person(name, uniqueIban(), Map.of("email", "not-an-email")));
        inputs.forEach((what, input) -> {
            Reply reply = http.graphql(caseworker, CREATE, input);
            assertThat((String) reply.at("data.partyCreate.userErrors.0.code")).as(what + ": " + reply.body()).isEqualTo("INVALID_FORMAT");
            assertThat((List<String>) reply.at("data.partyCreate.userErrors.0.field")).isEqualTo(expectations.get(what));
        });
        assertThat((Integer) http.graphql(caseworker, "query($n: String) { parties(filter: {name: $n}) { totalCount } }",
                Map.of("n", name)).at("data.parties.totalCount")).isZero();
    }

    @Test
    void quick_search_finds_a_party_by_iban_postcode_and_house_number_and_a_misspelt_name() {
        String iban = uniqueIban();
        String family = "Kowalczyk" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        String id = http.graphql(caseworker, CREATE, person(family, iban, Map.of())).at("data.partyCreate.party.id");
        String query = "query($t: String!) { partySearch(text: $t) { party { id } matchedOn score } }";

        Reply byIban = http.graphql(caseworker, query, Map.of("t", iban.toLowerCase()));
        Reply byName = http.graphql(caseworker, query, Map.of("t", family.replace("czyk", "cyk")));
        Reply byPostcode = http.graphql(caseworker, query, Map.of("t", "1234AB 12"));

        assertThat((String) byIban.at("data.partySearch.0.party.id")).as(byIban.body()).isEqualTo(id);
        assertThat((String) byIban.at("data.partySearch.0.matchedOn")).isEqualTo("IBAN");
        assertThat((List<Map<String, Object>>) byName.at("data.partySearch")).as(byName.body())
                .anySatisfy(hit -> assertThat(((Map<?, ?>) hit.get("party")).get("id")).isEqualTo(id));
        assertThat((List<Map<String, Object>>) byPostcode.at("data.partySearch")).as(byPostcode.body())
                .anySatisfy(hit -> assertThat(((Map<?, ?>) hit.get("party")).get("id")).isEqualTo(id));
    }

    @Test
    void a_new_address_ends_the_previous_one_and_the_history_answers_where_they_lived_on_a_date() {
        String id = http.graphql(caseworker, CREATE, person("Verhuisd-" + System.nanoTime(), uniqueIban(), Map.of())).at("data.partyCreate.party.id");

        Reply moved = http.graphql(caseworker, """
                mutation($id: ID!) { partyAddressAdd(input: {partyId: $id, address: {street: "Rue Neuve", houseNumber: "5",
                  postcode: "1000", city: "Brussel", country: "BE", validFrom: "2026-02-01"}}) { userErrors { code field } } }""", Map.of("id", id));
        Reply party = http.graphql(caseworker, """
                query($id: ID!) { node(id: $id) { ... on Party { addresses { city validFrom validUntil }
                  jan: addressOn(date: "2026-01-01") { city } now: addressOn(date: "2026-03-01") { city } } } }""", Map.of("id", id));

        assertThat((List<?>) moved.at("data.partyAddressAdd.userErrors")).as(moved.body()).isEmpty();
        assertThat((String) party.at("data.node.jan.city")).as(party.body()).isEqualTo("Utrecht");
        assertThat((String) party.at("data.node.now.city")).isEqualTo("Brussel");
        assertThat((String) party.at("data.node.addresses.1.validUntil")).isEqualTo("2026-01-31");
    }

    @Test
    void a_respite_that_ends_before_it_starts_is_refused() {
        String id = http.graphql(caseworker, CREATE, person("Respijt-" + System.nanoTime(), uniqueIban(), Map.of())).at("data.partyCreate.party.id");

        Reply reply = http.graphql(caseworker, """
                mutation($id: ID!) { partyVulnerabilitySet(input: {partyId: $id, reason: "debt counselling", from: "2026-03-01", until: "2026-02-01"}) {
                  userErrors { code field } } }""", Map.of("id", id));

        assertThat((String) reply.at("data.partyVulnerabilitySet.userErrors.0.code")).isEqualTo("INVALID_PERIOD");
    }

    @Test
    void a_supervisor_merges_a_duplicate_and_a_caseworker_may_not() {
        String iban = uniqueIban();
        String survivorPhone = uniqueMobile();
        String duplicatePhone = uniqueMobile();
        String survivor = http.graphql(caseworker, CREATE, person("Merge-" + System.nanoTime(), iban, Map.of("phone", survivorPhone))).at("data.partyCreate.party.id");
        String duplicate = http.graphql(caseworker, CREATE, person("Merge-dup-" + System.nanoTime(), uniqueIban(),
                Map.of("phone", duplicatePhone, "allowDuplicates", true))).at("data.partyCreate.party.id");
        String merge = "mutation($s: ID!, $d: ID!) { partyMerge(input: {survivorId: $s, duplicateId: $d}) { party { contactChannels { value } bankAccounts { iban } } userErrors { code } } }";

        Reply denied = http.graphql(caseworker, merge, Map.of("s", survivor, "d", duplicate));
        Reply merged = http.graphql(supervisor, merge, Map.of("s", survivor, "d", duplicate));
        Reply gone = http.graphql(caseworker, "query($id: ID!) { node(id: $id) { ... on Party { mergedInto { id } } } }", Map.of("id", duplicate));

        assertThat((String) denied.at("data.partyMerge.userErrors.0.code")).isEqualTo("PERMISSION_DENIED");
        assertThat((List<?>) merged.at("data.partyMerge.userErrors")).as(merged.body()).isEmpty();
        assertThat((List<Map<String, String>>) merged.at("data.partyMerge.party.contactChannels")).extracting(c -> c.get("value"))
                .contains("+31" + survivorPhone.replace(" ", "").substring(1), "+31" + duplicatePhone.replace(" ", "").substring(1));
        assertThat((String) gone.at("data.node.mergedInto.id")).isEqualTo(survivor);
    }

    @Test
    void client_users_cannot_search_parties_and_field_agents_cannot_create_them() {
        String client = http.signIn(fixtures.aUser(Role.CLIENT_USER).email(), AccessFixtures.PASSWORD);
        String field = http.signIn(fixtures.aUser(Role.FIELD_AGENT).email(), AccessFixtures.PASSWORD);

        Reply search = http.graphql(client, "{ partySearch(text: \"Jansen\") { party { id } } }", Map.of());
        Reply list = http.graphql(client, "{ parties { totalCount } }", Map.of());
        Reply create = http.graphql(field, CREATE, person("Field-" + System.nanoTime(), uniqueIban(), Map.of()));
        Reply fieldSearch = http.graphql(field, "{ partySearch(text: \"Jansen\") { party { id } } }", Map.of());

        assertThat((String) search.at("errors.0.extensions.code")).isEqualTo("PERMISSION_DENIED");
        assertThat((String) list.at("errors.0.extensions.code")).isEqualTo("PERMISSION_DENIED");
        assertThat((String) create.at("data.partyCreate.userErrors.0.code")).isEqualTo("PERMISSION_DENIED");
        assertThat((List<?>) fieldSearch.at("errors")).as(fieldSearch.body()).isNull();
    }

    @Test
    void an_organisation_with_branches_lists_them_and_a_wrong_kvk_number_is_refused() {
        Map<String, Object> company = Map.of("input", Map.of("kind", "ORGANISATION", "organisation",
                Map.of("legalName", "Acme Holding B.V. " + System.nanoTime(), "tradeName", "Acme", "registrationScheme", "KVK",
                        "registrationNumber", "1234 5678")));
        String companyId = http.graphql(caseworker, CREATE, company).at("data.partyCreate.party.id");
        Map<String, Object> branch = Map.of("input", Map.of("kind", "ORGANISATION", "parentId", companyId,
                "organisation", Map.of("legalName", "Acme Utrecht " + System.nanoTime()), "allowDuplicates", true));
        http.graphql(caseworker, CREATE, branch);
        Map<String, Object> wrong = Map.of("input", Map.of("kind", "ORGANISATION", "organisation",
                Map.of("legalName", "Wrong B.V.", "registrationScheme", "KVK", "registrationNumber", "123")));

        Reply tree = http.graphql(caseworker, "query($id: ID!) { node(id: $id) { ... on Party { children { totalCount nodes { displayName parent { id } } } } } }",
                Map.of("id", companyId));
        Reply refused = http.graphql(caseworker, CREATE, wrong);

        assertThat((Integer) tree.at("data.node.children.totalCount")).as(tree.body()).isEqualTo(1);
        assertThat((String) tree.at("data.node.children.nodes.0.parent.id")).isEqualTo(companyId);
        assertThat((List<String>) refused.at("data.partyCreate.userErrors.0.field")).containsExactly("input", "organisation", "registrationNumber");
    }
}
