package io.vorda.client;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vorda.access.Caller;
import io.vorda.access.Role;
import io.vorda.access.Teams;
import io.vorda.api.GlobalId;
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

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class ClientGraphQLIntegrationTest implements DatabaseTest {

    private static final String CREATE = """
            mutation($input: ClientCreateInput!) {
              clientCreate(input: $input) {
                client { id name jurisdiction currency remittanceIban party { id clientProfile { id } }
                  terms { interestBasis transactionType contractualAnnualRatePercent penaltyClausePercent
                          penaltyClauseMinimum { amount currency } allocationOrder commissionPercent
                          adminCosts { action amount { amount currency } } } }
                userErrors { code field message }
              }
            }""";

    @Inject TestHttp http;
    @Inject AccessFixtures fixtures;
    @Inject Teams teams;

    private String caseworker;

    @BeforeAll
    void token() {
        caseworker = http.signIn(fixtures.aUser(Role.CASEWORKER).email(), AccessFixtures.PASSWORD);
    }

    private String aCompany() {
        Reply reply = http.graphql(caseworker, "mutation($n: String!) { partyCreate(input: {kind: ORGANISATION, organisation: {legalName: $n}, allowDuplicates: true}) { party { id } } }",
                Map.of("n", "Creditor " + System.nanoTime()));
        return reply.at("data.partyCreate.party.id");
    }

    private static Map<String, Object> input(String partyId, String jurisdiction, Map<String, Object> terms, Map<String, Object> extra) {
        Map<String, Object> input = new HashMap<>(Map.of("partyId", partyId, "jurisdiction", jurisdiction, "terms", terms));
        input.putAll(extra);
        return Map.of("input", input);
    }

    private static Map<String, Object> terms(Map<String, Object> extra) {
        Map<String, Object> terms = new HashMap<>(Map.of("interestBasis", "STATUTORY", "transactionType", "CONSUMER"));
        terms.putAll(extra);
        return terms;
    }

    @Test
    void a_caseworker_makes_a_company_an_nl_client_with_its_collection_terms() {
        String party = aCompany();
        Map<String, Object> terms = terms(Map.of("interestBasis", "CONTRACTUAL", "transactionType", "COMMERCIAL",
                "contractualAnnualRatePercent", "8.5", "penaltyClausePercent", "15", "penaltyClauseMinimumAmount", "40.00",
                "allocationOrder", "COSTS_INTEREST_PRINCIPAL", "commissionPercent", "12.5",
                "adminCosts", List.of(Map.of("action", "FIRST_REMINDER", "amount", "7.50"), Map.of("action", "HOUSE_VISIT", "amount", "45"))));

        Reply reply = http.graphql(caseworker, CREATE, input(party, "NL", terms, Map.of("remittanceIban", "NL91 ABNA 0417 1643 00")));

        assertThat((List<?>) reply.at("data.clientCreate.userErrors")).as(reply.body()).isEmpty();
        assertThat((String) reply.at("data.clientCreate.client.currency")).isEqualTo("EUR");
        assertThat((String) reply.at("data.clientCreate.client.remittanceIban")).isEqualTo("NL91ABNA0417164300");
        assertThat((String) reply.at("data.clientCreate.client.terms.contractualAnnualRatePercent")).isEqualTo("8.5000");
        assertThat((String) reply.at("data.clientCreate.client.terms.penaltyClauseMinimum.amount")).isEqualTo("40.00");
        assertThat((String) reply.at("data.clientCreate.client.terms.adminCosts.1.amount.amount")).isEqualTo("45.00");
        assertThat((String) reply.at("data.clientCreate.client.party.clientProfile.id")).isEqualTo(reply.at("data.clientCreate.client.id"));
    }

    @Test
    void a_party_is_a_client_only_once() {
        String party = aCompany();
        http.graphql(caseworker, CREATE, input(party, "BE", terms(Map.of()), Map.of()));

        Reply again = http.graphql(caseworker, CREATE, input(party, "BE", terms(Map.of()), Map.of()));

        assertThat((String) again.at("data.clientCreate.userErrors.0.code")).isEqualTo("CLIENT_ALREADY_EXISTS");
    }

    @Test
    void terms_that_do_not_add_up_are_refused_by_field_and_nothing_is_saved() {
        String party = aCompany();
        Map<String, List<String>> cases = new java.util.LinkedHashMap<>();
        Map<String, Map<String, Object>> inputs = new java.util.LinkedHashMap<>();
        inputs.put("contractual without rate", input(party, "NL", terms(Map.of("interestBasis", "CONTRACTUAL")), Map.of()));
        cases.put("contractual without rate", List.of("input", "terms", "contractualAnnualRatePercent"));
        inputs.put("rate over 100", input(party, "NL", terms(Map.of("interestBasis", "CONTRACTUAL", "contractualAnnualRatePercent", "120")), Map.of()));
        cases.put("rate over 100", List.of("input", "terms", "contractualAnnualRatePercent"));
        inputs.put("fee with 3 decimals", input(party, "NL", terms(Map.of("adminCosts", List.of(Map.of("action", "PHONE_CALL", "amount", "1.005")))), Map.of()));
        cases.put("fee with 3 decimals", List.of("input", "terms", "adminCosts"));
        inputs.put("złoty in Germany", input(party, "DE", terms(Map.of()), Map.of("currency", "PLN")));
        cases.put("złoty in Germany", List.of("input", "currency"));
        inputs.put("bad IBAN", input(party, "NL", terms(Map.of()), Map.of("remittanceIban", "NL00ABNA0417164300")));
        cases.put("bad IBAN", List.of("input", "remittanceIban"));
        inputs.forEach((what, in) -> {
            Reply reply = http.graphql(caseworker, CREATE, in);
            assertThat((List<String>) reply.at("data.clientCreate.userErrors.0.field")).as(what + ": " + reply.body()).isEqualTo(cases.get(what));
        });
        Reply profile = http.graphql(caseworker, "query($id: ID!) { node(id: $id) { ... on Party { clientProfile { id } } } }", Map.of("id", party));
        assertThat((Object) profile.at("data.node.clientProfile")).as(profile.body()).isNull();
    }

    @Test
    void polish_clients_may_keep_claims_in_zloty_and_terms_can_be_changed() {
        String party = aCompany();
        String id = http.graphql(caseworker, CREATE, input(party, "PL", terms(Map.of()), Map.of())).at("data.clientCreate.client.id");

        Reply updated = http.graphql(caseworker, """
                mutation($id: ID!) { clientUpdate(input: {clientId: $id, terms: {interestBasis: NONE, transactionType: COMMERCIAL,
                  adminCosts: [{action: FIRST_REMINDER, amount: "30"}]}}) { client { currency terms { interestBasis adminCosts { amount { amount currency } } } } userErrors { code } } }""",
                Map.of("id", id));

        assertThat((String) updated.at("data.clientUpdate.client.currency")).as(updated.body()).isEqualTo("PLN");
        assertThat((String) updated.at("data.clientUpdate.client.terms.interestBasis")).isEqualTo("NONE");
        assertThat((String) updated.at("data.clientUpdate.client.terms.adminCosts.0.amount.currency")).isEqualTo("PLN");
    }

    @Test
    void the_default_team_stays_when_left_out_and_goes_with_an_explicit_null() {
        String team = GlobalId.encode("Team", teams.create(Caller.system(), "Clients " + System.nanoTime(), null).id().value());
        String id = http.graphql(caseworker, CREATE, input(aCompany(), "NL", terms(Map.of()), Map.of("defaultTeamId", team)))
                .at("data.clientCreate.client.id");
        String update = "mutation($input: ClientUpdateInput!) { clientUpdate(input: $input) { client { defaultTeam { id } } userErrors { code } } }";

        Reply kept = http.graphql(caseworker, update, Map.of("input", Map.of("clientId", id, "remittanceIban", "")));
        // Map.of cannot hold a null, so the input goes as written JSON, exactly as the web app sends it
        Reply removed = http.post("/graphql", """
                {"query": "%s", "variables": {"input": {"clientId": "%s", "defaultTeamId": null}}}""".formatted(update, id),
                "Authorization", "Bearer " + caseworker);

        assertThat((String) kept.at("data.clientUpdate.client.defaultTeam.id")).as(kept.body()).isEqualTo(team);
        assertThat((List<?>) removed.at("data.clientUpdate.userErrors")).as(removed.body()).isEmpty();
        assertThat((Object) removed.at("data.clientUpdate.client.defaultTeam")).isNull();
    }

    @Test
    void client_users_and_field_agents_cannot_create_clients_and_client_users_cannot_list_them() {
        String party = aCompany();
        for (Role role : List.of(Role.CLIENT_USER, Role.FIELD_AGENT)) {
            String token = http.signIn(fixtures.aUser(role).email(), AccessFixtures.PASSWORD);
            Reply reply = http.graphql(token, CREATE, input(party, "NL", terms(Map.of()), Map.of()));
            assertThat((String) reply.at("data.clientCreate.userErrors.0.code")).as(role + " " + reply.body()).isEqualTo("PERMISSION_DENIED");
        }
        String clientUser = http.signIn(fixtures.aUser(Role.CLIENT_USER).email(), AccessFixtures.PASSWORD);
        assertThat((String) http.graphql(clientUser, "{ clients { totalCount } }", Map.of()).at("errors.0.extensions.code")).isEqualTo("PERMISSION_DENIED");
    }

    @Test
    void clients_are_listed_and_found_by_name_and_jurisdiction() {
        String name = "Findable Creditor " + System.nanoTime();
        String party = http.graphql(caseworker, "mutation($n: String!) { partyCreate(input: {kind: ORGANISATION, organisation: {legalName: $n}, allowDuplicates: true}) { party { id } } }",
                Map.of("n", name)).at("data.partyCreate.party.id");
        http.graphql(caseworker, CREATE, input(party, "DE", terms(Map.of()), Map.of()));

        Reply found = http.graphql(caseworker, "query($s: String) { clients(filter: {search: $s, jurisdiction: DE}) { totalCount nodes { name jurisdiction } } }",
                Map.of("s", name));
        Reply otherJurisdiction = http.graphql(caseworker, "query($s: String) { clients(filter: {search: $s, jurisdiction: NL}) { totalCount } }",
                Map.of("s", name));

        assertThat((Integer) found.at("data.clients.totalCount")).as(found.body()).isEqualTo(1);
        assertThat((String) found.at("data.clients.nodes.0.name")).isEqualTo(name);
        assertThat((Integer) otherJurisdiction.at("data.clients.totalCount")).isZero();
    }
}
