package io.vorda.party.graphql;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vorda.access.Role;
import io.vorda.testing.AccessFixtures;
import io.vorda.testing.DatabaseTest;
import io.vorda.testing.PartyFixtures;
import io.vorda.testing.TestHttp;
import io.vorda.testing.TestHttp.Reply;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Edits beyond adding: correcting and ending addresses, removing channels and accounts, clearing links. */
@MicronautTest(transactional = false)
class PartyCorrectionsGraphQLIntegrationTest implements DatabaseTest {

    private static final String CREATE = """
            mutation($input: PartyCreateInput!) { partyCreate(input: $input) {
              party { id addresses { id } contactChannels { id kind value } bankAccounts { id iban } } userErrors { code } } }""";
    private static final String PARTY = """
            query($id: ID!) { node(id: $id) { ... on Party { parent { id } preferredChannel
              addresses { id street postcode city validFrom validUntil } contactChannels { id kind value } bankAccounts { id iban }
              history { kind actor before after } } } }""";

    @Inject TestHttp http;
    @Inject AccessFixtures fixtures;

    private String caseworker;

    @BeforeAll
    void tokens() {
        caseworker = http.signIn(fixtures.aUser(Role.CASEWORKER).email(), AccessFixtures.PASSWORD);
    }

    /** A person living at Dorpsstraat 12, Utrecht since 2020, with a mobile, an e-mail address and an IBAN. */
    private Reply aDebtor(String iban, String mobile, String email) {
        return http.graphql(caseworker, CREATE, Map.of("input", Map.of("kind", "PERSON",
                "person", Map.of("familyName", "Correctie-" + System.nanoTime()),
                "address", Map.of("street", "Dorpstraat", "houseNumber", "12", "postcode", "3511AA", "city", "Utrecht",
                        "country", "NL", "validFrom", "2020-01-01"),
                "phone", mobile, "email", email, "iban", iban, "allowDuplicates", true)));
    }

    private Reply party(String id) {
        return http.graphql(caseworker, PARTY, Map.of("id", id));
    }

    private static String email() {
        return "debtor." + System.nanoTime() + "@example.nl";
    }

    @Test
    void a_misspelt_street_is_corrected_in_place_and_both_versions_stay_in_the_history() {
        Reply created = aDebtor(PartyFixtures.uniqueIban(), PartyFixtures.uniqueMobile(), email());
        String id = created.at("data.partyCreate.party.id");
        String addressId = created.at("data.partyCreate.party.addresses.0.id");

        Reply corrected = http.graphql(caseworker, """
                mutation($id: ID!, $a: ID!) { partyAddressCorrect(input: {partyId: $id, addressId: $a, address: {street: "Dorpsstraat",
                  houseNumber: "12", postcode: "3511 AA", city: "Utrecht", country: "NL"}}) { userErrors { code field } } }""",
                Map.of("id", id, "a", addressId));
        Reply after = party(id);

        assertThat((List<?>) corrected.at("data.partyAddressCorrect.userErrors")).as(corrected.body()).isEmpty();
        assertThat((List<?>) after.at("data.node.addresses")).hasSize(1);
        assertThat((String) after.at("data.node.addresses.0.id")).isEqualTo(addressId);
        assertThat((String) after.at("data.node.addresses.0.street")).isEqualTo("Dorpsstraat");
        assertThat((String) after.at("data.node.addresses.0.validFrom")).as("no validFrom keeps the first day").isEqualTo("2020-01-01");
        assertThat((String) after.at("data.node.history.0.kind")).isEqualTo("ADDRESS_CORRECTED");
        assertThat((String) after.at("data.node.history.0.before")).startsWith("Dorpstraat 12, 3511 AA Utrecht");
        assertThat((String) after.at("data.node.history.0.after")).startsWith("Dorpsstraat 12, 3511 AA Utrecht");
        assertThat((String) after.at("data.node.history.0.actor")).contains("@test.example");
    }

    @Test
    void a_correction_that_would_overlap_another_address_or_has_a_bad_postcode_is_refused_by_field() {
        Reply created = aDebtor(PartyFixtures.uniqueIban(), PartyFixtures.uniqueMobile(), email());
        String id = created.at("data.partyCreate.party.id");
        String first = created.at("data.partyCreate.party.addresses.0.id");
        http.graphql(caseworker, """
                mutation($id: ID!) { partyAddressAdd(input: {partyId: $id, address: {street: "Nieuwe Weg", houseNumber: "3",
                  postcode: "1234 AB", city: "Amsterdam", country: "NL", validFrom: "2025-03-01"}}) { userErrors { code } } }""", Map.of("id", id));
        String correct = """
                mutation($id: ID!, $a: ID!, $from: Date, $postcode: String!) { partyAddressCorrect(input: {partyId: $id, addressId: $a,
                  address: {street: "Dorpsstraat", houseNumber: "12", postcode: $postcode, city: "Utrecht", country: "NL", validFrom: $from}}) {
                  userErrors { code field } } }""";

        // the first address now ends on 2025-02-28; moving its start past that end, or a wrong postcode, is refused
        Reply pastItsEnd = http.graphql(caseworker, correct, Map.of("id", id, "a", first, "from", "2025-06-01", "postcode", "3511 AA"));
        Reply badPostcode = http.graphql(caseworker, correct, Map.of("id", id, "a", first, "postcode", "0123"));
        String newest = party(id).at("data.node.addresses.0.id");
        Reply overlapping = http.graphql(caseworker, correct, Map.of("id", id, "a", newest, "from", "2024-01-01", "postcode", "3511 AA"));

        assertThat((String) pastItsEnd.at("data.partyAddressCorrect.userErrors.0.code")).as(pastItsEnd.body()).isEqualTo("INVALID_PERIOD");
        assertThat((List<String>) pastItsEnd.at("data.partyAddressCorrect.userErrors.0.field")).containsExactly("input", "address", "validFrom");
        assertThat((String) badPostcode.at("data.partyAddressCorrect.userErrors.0.code")).isEqualTo("INVALID_FORMAT");
        assertThat((List<String>) badPostcode.at("data.partyAddressCorrect.userErrors.0.field")).containsExactly("input", "address", "postcode");
        assertThat((String) overlapping.at("data.partyAddressCorrect.userErrors.0.code")).as(overlapping.body()).isEqualTo("INVALID_PERIOD");
        assertThat((List<?>) party(id).at("data.node.history")).as("nothing refused is recorded").isEmpty();
    }

    @Test
    void an_ended_address_keeps_its_period_and_cannot_end_twice_or_before_it_started() {
        Reply created = aDebtor(PartyFixtures.uniqueIban(), PartyFixtures.uniqueMobile(), email());
        String id = created.at("data.partyCreate.party.id");
        String addressId = created.at("data.partyCreate.party.addresses.0.id");
        String end = "mutation($id: ID!, $a: ID!, $d: Date!) { partyAddressEnd(input: {partyId: $id, addressId: $a, validUntil: $d}) { userErrors { code field } } }";

        Reply tooEarly = http.graphql(caseworker, end, Map.of("id", id, "a", addressId, "d", "2019-12-31"));
        Reply ended = http.graphql(caseworker, end, Map.of("id", id, "a", addressId, "d", "2026-02-28"));
        Reply again = http.graphql(caseworker, end, Map.of("id", id, "a", addressId, "d", "2026-03-31"));
        Reply after = http.graphql(caseworker, """
                query($id: ID!) { node(id: $id) { ... on Party { addresses { validUntil }
                  feb: addressOn(date: "2026-02-28") { city } mar: addressOn(date: "2026-03-01") { city } history { kind after } } } }""",
                Map.of("id", id));

        assertThat((List<String>) tooEarly.at("data.partyAddressEnd.userErrors.0.field")).as(tooEarly.body()).containsExactly("input", "validUntil");
        assertThat((List<?>) ended.at("data.partyAddressEnd.userErrors")).as(ended.body()).isEmpty();
        assertThat((String) again.at("data.partyAddressEnd.userErrors.0.code")).isEqualTo("INVALID_PERIOD");
        assertThat((String) after.at("data.node.addresses.0.validUntil")).isEqualTo("2026-02-28");
        assertThat((String) after.at("data.node.feb.city")).isEqualTo("Utrecht");
        assertThat((Object) after.at("data.node.mar")).isNull();
        assertThat((List<Map<String, String>>) after.at("data.node.history")).extracting(h -> h.get("kind")).containsExactly("ADDRESS_ENDED");
    }

    @Test
    void a_removed_iban_and_e_mail_are_no_longer_found_but_stay_in_the_history_and_the_preference_goes_with_the_last_e_mail() {
        String iban = PartyFixtures.uniqueIban();
        String mail = email();
        Reply created = aDebtor(iban, PartyFixtures.uniqueMobile(), mail);
        String id = created.at("data.partyCreate.party.id");
        String accountId = created.at("data.partyCreate.party.bankAccounts.0.id");
        String emailId = ((List<Map<String, String>>) created.at("data.partyCreate.party.contactChannels")).stream()
                .filter(c -> c.get("kind").equals("EMAIL")).findFirst().orElseThrow().get("id");
        http.graphql(caseworker, "mutation($id: ID!) { partyUpdate(input: {partyId: $id, preferredChannel: EMAIL}) { userErrors { code } } }", Map.of("id", id));
        String search = "query($t: String!) { partySearch(text: $t) { party { id } } }";
        assertThat((List<?>) http.graphql(caseworker, search, Map.of("t", iban)).at("data.partySearch")).hasSize(1);

        Reply account = http.graphql(caseworker, "mutation($id: ID!, $b: ID!) { partyBankAccountRemove(input: {partyId: $id, bankAccountId: $b}) { party { bankAccounts { id } } userErrors { code } } }",
                Map.of("id", id, "b", accountId));
        Reply channel = http.graphql(caseworker, "mutation($id: ID!, $c: ID!) { partyContactChannelRemove(input: {partyId: $id, channelId: $c}) { party { preferredChannel contactChannels { kind } } userErrors { code } } }",
                Map.of("id", id, "c", emailId));
        Reply twice = http.graphql(caseworker, "mutation($id: ID!, $b: ID!) { partyBankAccountRemove(input: {partyId: $id, bankAccountId: $b}) { userErrors { code field } } }",
                Map.of("id", id, "b", accountId));
        Reply after = party(id);

        assertThat((List<?>) account.at("data.partyBankAccountRemove.userErrors")).as(account.body()).isEmpty();
        assertThat((List<?>) account.at("data.partyBankAccountRemove.party.bankAccounts")).isEmpty();
        assertThat((Object) channel.at("data.partyContactChannelRemove.party.preferredChannel")).as(channel.body()).isNull();
        assertThat((List<Map<String, String>>) channel.at("data.partyContactChannelRemove.party.contactChannels")).extracting(c -> c.get("kind"))
                .containsExactly("PHONE");
        assertThat((List<String>) twice.at("data.partyBankAccountRemove.userErrors.0.field")).containsExactly("input", "bankAccountId");
        assertThat((List<?>) http.graphql(caseworker, search, Map.of("t", iban)).at("data.partySearch")).isEmpty();
        assertThat((List<?>) http.graphql(caseworker, search, Map.of("t", mail)).at("data.partySearch")).isEmpty();
        assertThat((List<Map<String, String>>) after.at("data.node.history")).extracting(h -> h.get("kind"))
                .containsExactly("PREFERRED_CHANNEL_CHANGED", "CONTACT_CHANNEL_REMOVED", "BANK_ACCOUNT_REMOVED", "PREFERRED_CHANNEL_CHANGED");
        assertThat((String) after.at("data.node.history.1.before")).isEqualTo(mail);
        assertThat((String) after.at("data.node.history.2.before")).isEqualTo(iban);
        Reply again = http.graphql(caseworker, CREATE, Map.of("input", Map.of("kind", "PERSON",
                "person", Map.of("familyName", "Nieuw-" + System.nanoTime()), "iban", iban, "email", mail)));
        assertThat((List<?>) again.at("data.partyCreate.userErrors")).as("a removed IBAN no longer counts as a duplicate: " + again.body()).isEmpty();
    }

    @Test
    void an_explicit_null_clears_the_parent_and_the_preferred_channel_and_leaving_them_out_keeps_them() {
        String company = http.graphql(caseworker, "mutation($n: String!) { partyCreate(input: {kind: ORGANISATION, organisation: {legalName: $n}, allowDuplicates: true}) { party { id } } }",
                Map.of("n", "Werkgever " + System.nanoTime())).at("data.partyCreate.party.id");
        String id = aDebtor(PartyFixtures.uniqueIban(), PartyFixtures.uniqueMobile(), email()).at("data.partyCreate.party.id");
        http.graphql(caseworker, "mutation($id: ID!, $p: ID!) { partyUpdate(input: {partyId: $id, parentId: $p, preferredChannel: PHONE}) { userErrors { code } } }",
                Map.of("id", id, "p", company));

        Reply kept = http.graphql(caseworker, "mutation($id: ID!) { partyUpdate(input: {partyId: $id, language: EN}) { party { parent { id } preferredChannel } userErrors { code } } }",
                Map.of("id", id));
        Reply parentCleared = http.graphql(caseworker, "mutation($id: ID!) { partyUpdate(input: {partyId: $id, parentId: null}) { party { parent { id } preferredChannel } userErrors { code } } }",
                Map.of("id", id));
        // the web app sends variables: an input object whose field is JSON null clears too
        Reply preferenceCleared = http.post("/graphql", """
                {"query": "mutation($input: PartyUpdateInput!) { partyUpdate(input: $input) { party { preferredChannel } userErrors { code } } }",
                 "variables": {"input": {"partyId": "%s", "preferredChannel": null}}}""".formatted(id), "Authorization", "Bearer " + caseworker);
        Reply after = party(id);

        assertThat((String) kept.at("data.partyUpdate.party.parent.id")).as(kept.body()).isEqualTo(company);
        assertThat((String) kept.at("data.partyUpdate.party.preferredChannel")).isEqualTo("PHONE");
        assertThat((Object) parentCleared.at("data.partyUpdate.party.parent")).as(parentCleared.body()).isNull();
        assertThat((String) parentCleared.at("data.partyUpdate.party.preferredChannel")).isEqualTo("PHONE");
        assertThat((List<?>) preferenceCleared.at("data.partyUpdate.userErrors")).as(preferenceCleared.body()).isEmpty();
        assertThat((Object) preferenceCleared.at("data.partyUpdate.party.preferredChannel")).isNull();
        List<Map<String, String>> history = after.at("data.node.history");
        assertThat(history).extracting(h -> h.get("kind"))
                .containsExactly("PREFERRED_CHANNEL_CHANGED", "PARENT_CHANGED", "PREFERRED_CHANNEL_CHANGED", "PARENT_CHANGED");
        assertThat(history.get(0)).containsEntry("before", "PHONE").containsEntry("after", null);
        assertThat(history.get(1).get("before")).startsWith("Werkgever ");
        assertThat(history.get(1).get("after")).isNull();
    }

    @Test
    void a_part_of_another_party_is_not_found() {
        Reply mine = aDebtor(PartyFixtures.uniqueIban(), PartyFixtures.uniqueMobile(), email());
        Reply theirs = aDebtor(PartyFixtures.uniqueIban(), PartyFixtures.uniqueMobile(), email());

        Reply reply = http.graphql(caseworker, "mutation($id: ID!, $b: ID!) { partyBankAccountRemove(input: {partyId: $id, bankAccountId: $b}) { userErrors { code field } } }",
                Map.of("id", (String) mine.at("data.partyCreate.party.id"), "b", (String) theirs.at("data.partyCreate.party.bankAccounts.0.id")));
        Reply wrongType = http.graphql(caseworker, "mutation($id: ID!, $a: ID!) { partyAddressEnd(input: {partyId: $id, addressId: $a, validUntil: \"2026-03-01\"}) { userErrors { code field } } }",
                Map.of("id", (String) mine.at("data.partyCreate.party.id"), "a", (String) mine.at("data.partyCreate.party.bankAccounts.0.id")));

        assertThat((String) reply.at("data.partyBankAccountRemove.userErrors.0.code")).as(reply.body()).isEqualTo("NOT_FOUND");
        assertThat((List<?>) party(theirs.at("data.partyCreate.party.id")).at("data.node.bankAccounts")).hasSize(1);
        assertThat((List<String>) wrongType.at("data.partyAddressEnd.userErrors.0.field")).as(wrongType.body()).containsExactly("input", "addressId");
    }

    @Test
    void field_agents_and_client_users_may_not_correct_end_or_remove_anything() {
        Reply created = aDebtor(PartyFixtures.uniqueIban(), PartyFixtures.uniqueMobile(), email());
        String id = created.at("data.partyCreate.party.id");
        Map<String, Object> ids = Map.of("id", id, "a", (String) created.at("data.partyCreate.party.addresses.0.id"),
                "c", (String) created.at("data.partyCreate.party.contactChannels.0.id"), "b", (String) created.at("data.partyCreate.party.bankAccounts.0.id"));
        Map<String, String> mutations = Map.of(
                "partyAddressCorrect", "mutation($id: ID!, $a: ID!) { partyAddressCorrect(input: {partyId: $id, addressId: $a, address: {street: \"X\", houseNumber: \"1\", postcode: \"3511 AA\", city: \"Utrecht\", country: \"NL\"}}) { userErrors { code } } }",
                "partyAddressEnd", "mutation($id: ID!, $a: ID!) { partyAddressEnd(input: {partyId: $id, addressId: $a, validUntil: \"2026-03-01\"}) { userErrors { code } } }",
                "partyContactChannelRemove", "mutation($id: ID!, $c: ID!) { partyContactChannelRemove(input: {partyId: $id, channelId: $c}) { userErrors { code } } }",
                "partyBankAccountRemove", "mutation($id: ID!, $b: ID!) { partyBankAccountRemove(input: {partyId: $id, bankAccountId: $b}) { userErrors { code } } }",
                "partyUpdate", "mutation($id: ID!) { partyUpdate(input: {partyId: $id, parentId: null, preferredChannel: null}) { userErrors { code } } }");

        for (Role role : List.of(Role.FIELD_AGENT, Role.CLIENT_USER)) {
            String token = http.signIn(fixtures.aUser(role).email(), AccessFixtures.PASSWORD);
            mutations.forEach((name, mutation) -> {
                Reply reply = http.graphql(token, mutation, ids);
                assertThat((String) reply.at("data." + name + ".userErrors.0.code")).as(role + " " + name + ": " + reply.body())
                        .isEqualTo("PERMISSION_DENIED");
            });
        }
        Reply unchanged = party(id);
        assertThat((List<?>) unchanged.at("data.node.contactChannels")).hasSize(2);
        assertThat((List<?>) unchanged.at("data.node.bankAccounts")).hasSize(1);
        assertThat((Object) unchanged.at("data.node.addresses.0.validUntil")).isNull();
        assertThat((List<?>) unchanged.at("data.node.history")).isEmpty();
    }
}
