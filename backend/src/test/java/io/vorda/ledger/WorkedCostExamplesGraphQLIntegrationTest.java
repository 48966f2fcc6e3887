package io.vorda.ledger;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vorda.access.Role;
import io.vorda.access.TeamView;
import io.vorda.testing.DatabaseTest;
import io.vorda.testing.MoneyWorld;
import io.vorda.testing.MoneyWorld.Claim;
import io.vorda.testing.MoneyWorld.OpenCase;
import io.vorda.testing.TestHttp;
import io.vorda.testing.TestHttp.Reply;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * money-rules §6 examples 3–7 (the BIK scale, with and without VAT for a creditor that cannot deduct it) and the
 * €40 Pauschale of example 9, through the public GraphQL API: clients and cases as a user makes them, the costs as
 * caseStatutoryCosts assesses them.
 */
@MicronautTest(transactional = false)
class WorkedCostExamplesGraphQLIntegrationTest implements DatabaseTest {

    private static final String COSTS = """
            query($id: ID!) { caseStatutoryCosts(caseId: $id) { total { amount currency }
              costs { rule cappedBy lines { rule amount { amount } } } } }""";
    private static final String TERMS = "query($id: ID!) { node(id: $id) { ... on Client { terms { creditorCannotDeductVat } } } }";

    @Inject TestHttp http;
    @Inject MoneyWorld world;

    private TeamView team;
    private String caseworker;
    private String debtor;
    private String deductsVat;
    private String cannotDeductVat;

    @BeforeAll
    void world() {
        team = world.aTeam("Worked costs");
        caseworker = world.signIn(Role.CASEWORKER, team);
        debtor = world.aDebtor(caseworker);
        deductsVat = world.aClient(caseworker, "NL", Map.of("interestBasis", "STATUTORY", "transactionType", "CONSUMER"));
        cannotDeductVat = world.aClient(caseworker, "NL", Map.of("interestBasis", "STATUTORY", "transactionType", "CONSUMER",
                "creditorCannotDeductVat", true));
    }

    private String total(String client, String principal) {
        OpenCase kase = world.aCase(caseworker, client, debtor, team, new Claim("W-" + principal, "2026-01-01", "2026-01-31", principal));
        Reply reply = http.graphql(caseworker, COSTS, Map.of("id", kase.id()));
        assertThat((Object) reply.at("errors")).as(reply.body()).isNull();
        assertThat((String) reply.at("data.caseStatutoryCosts.total.currency")).isEqualTo("EUR");
        return reply.at("data.caseStatutoryCosts.total.amount");
    }

    @ParameterizedTest(name = "example {0}: BIK on {1} is {2}, with 21 % VAT {3}")
    @CsvSource({
            "3, 250.00, 40.00, 48.40",
            "4, 2500.00, 375.00, 453.75",
            "5, 5000.00, 625.00, 756.25",
            "6, 12345.67, 898.46, 1087.14",
            "7, 300000.00, 3275.00, 3962.75",
            "cap, 1500000.00, 6775.00, 8197.75"})
    void the_bik_scale_of_the_worked_examples_with_and_without_vat(String example, String principal, String bik, String withVat) {
        assertThat(total(deductsVat, principal)).as("example " + example).isEqualTo(bik);
        assertThat(total(cannotDeductVat, principal)).as("example " + example + " with VAT").isEqualTo(withVat);
    }

    @Test
    void the_client_shows_its_vat_setting_and_only_a_dutch_client_may_add_vat() {
        Reply terms = http.graphql(caseworker, TERMS, Map.of("id", cannotDeductVat));
        assertThat((Boolean) terms.at("data.node.terms.creditorCannotDeductVat")).as(terms.body()).isTrue();
        assertThat((Boolean) http.graphql(caseworker, TERMS, Map.of("id", deductsVat)).at("data.node.terms.creditorCannotDeductVat")).isFalse();

        Reply german = http.graphql(caseworker, """
                mutation($input: ClientCreateInput!) { clientCreate(input: $input) { client { id } userErrors { code field } } }""",
                Map.of("input", Map.of("partyId", world.anOrganisation(caseworker), "jurisdiction", "DE",
                        "terms", Map.of("interestBasis", "STATUTORY", "transactionType", "COMMERCIAL", "creditorCannotDeductVat", true))));
        assertThat((String) german.at("data.clientCreate.userErrors.0.code")).as(german.body()).isEqualTo("INVALID_FORMAT");
        assertThat((List<?>) german.at("data.clientCreate.userErrors.0.field")).isEqualTo(List.of("input", "terms", "creditorCannotDeductVat"));
        assertThat((Object) german.at("data.clientCreate.client")).isNull();
    }

    @Test
    void example_9_a_german_business_in_default_owes_the_40_euro_pauschale() {
        String germanBusinesses = world.aClient(caseworker, "DE", "COMMERCIAL", "JURISDICTION_DEFAULT");
        OpenCase kase = world.aCase(caseworker, germanBusinesses, debtor, team, new Claim("W-DE", "2026-01-01", "2026-01-31", "50000.00"));

        Reply reply = http.graphql(caseworker, COSTS, Map.of("id", kase.id()));

        assertThat((String) reply.at("data.caseStatutoryCosts.total.amount")).as(reply.body()).isEqualTo("40.00");
        assertThat((String) reply.at("data.caseStatutoryCosts.costs.0.rule")).startsWith("DE_");
    }
}
