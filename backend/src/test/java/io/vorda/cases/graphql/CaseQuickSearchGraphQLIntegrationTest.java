package io.vorda.cases.graphql;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vorda.access.Caller;
import io.vorda.access.Role;
import io.vorda.access.TeamView;
import io.vorda.access.Teams;
import io.vorda.api.GlobalId;
import io.vorda.testing.AccessFixtures;
import io.vorda.testing.DatabaseTest;
import io.vorda.testing.PartyFixtures;
import io.vorda.testing.TestHttp;
import io.vorda.testing.TestHttp.Reply;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Everything the staff header's quick search promises to find a case by, asked the way that box asks: caseSearch
 * and partySearch in one request.
 */
@MicronautTest(transactional = false)
class CaseQuickSearchGraphQLIntegrationTest implements DatabaseTest {

    private static final String QUICK_SEARCH = """
            query($t: String!) { caseSearch(text: $t, first: 5) { id reference } partySearch(text: $t, first: 5) { party { id } matchedOn } }""";

    @Inject TestHttp http;
    @Inject AccessFixtures fixtures;
    @Inject Teams teams;

    private String member(TeamView team) {
        return http.signIn(fixtures.aMember("Searcher " + System.nanoTime(), Role.CASEWORKER, team.id()).email(), AccessFixtures.PASSWORD);
    }

    @Test
    void the_quick_search_finds_a_case_by_each_reference_and_each_detail_of_its_debtor_but_never_for_another_team() {
        TeamView own = teams.create(Caller.system(), "Own " + System.nanoTime(), null);
        TeamView other = teams.create(Caller.system(), "Other " + System.nanoTime(), null);
        String worker = member(own);
        String outsider = member(other);
        String run = Long.toString(System.nanoTime(), 36);
        String family = "Zoekvanaf" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        String iban = PartyFixtures.uniqueIban();
        String mobile = PartyFixtures.uniqueMobile();
        String email = "q." + run + "@example.nl";
        String postcode = "%04d XY".formatted(ThreadLocalRandom.current().nextInt(1000, 9999));
        String creditor = http.graphql(worker, "mutation($n: String!) { partyCreate(input: {kind: ORGANISATION, organisation: {legalName: $n}, allowDuplicates: true}) { party { id } } }",
                Map.of("n", "Quick Creditor " + run)).at("data.partyCreate.party.id");
        String client = http.graphql(worker, "mutation($p: ID!) { clientCreate(input: {partyId: $p, jurisdiction: NL, terms: {interestBasis: STATUTORY, transactionType: CONSUMER}}) { client { id } } }",
                Map.of("p", creditor)).at("data.clientCreate.client.id");
        Reply debtor = http.graphql(worker, "mutation($input: PartyCreateInput!) { partyCreate(input: $input) { party { id } userErrors { code } } }",
                Map.of("input", Map.of("kind", "PERSON", "person", Map.of("givenNames", "Quinty", "familyName", family),
                        "address", Map.of("street", "Zoekstraat", "houseNumber", "41", "postcode", postcode, "city", "Zwolle", "country", "NL"),
                        "phone", mobile, "email", email, "iban", iban, "allowDuplicates", true)));
        Reply opened = http.graphql(worker, "mutation($input: CaseOpenInput!) { caseOpen(input: $input) { case { id reference } userErrors { code } } }",
                Map.of("input", Map.of("clientId", client, "debtorIds", List.of((String) debtor.at("data.partyCreate.party.id")),
                        "teamId", GlobalId.encode("Team", own.id().value()),
                        "claims", List.of(Map.of("invoiceNumber", "INV-" + run, "invoiceDate", "2026-01-05", "dueDate", "2026-02-04",
                                "principalAmount", "120.50", "clientReference", "KLANT-" + run)))));
        String caseId = opened.at("data.caseOpen.case.id");

        Map<String, String> texts = Map.of(
                "case reference", opened.at("data.caseOpen.case.reference"),
                "client reference", "KLANT-" + run,
                "invoice number", "INV-" + run,
                "debtor's name", "Quinty " + family,
                "debtor's IBAN, spaced", iban.replaceAll("(.{4})(?!$)", "$1 "),
                "debtor's e-mail", email.toUpperCase(),
                "debtor's phone", "+31" + mobile.replace(" ", "").substring(1),
                "debtor's postcode and house number", postcode.replace(" ", "").toLowerCase() + " 41");
        texts.forEach((what, text) -> {
            Reply own_ = http.graphql(worker, QUICK_SEARCH, Map.of("t", text));
            Reply theirs = http.graphql(outsider, QUICK_SEARCH, Map.of("t", text));
            assertThat((Object) own_.at("errors")).as(what + ": " + own_.body()).isNull();
            assertThat((List<Map<String, String>>) own_.at("data.caseSearch")).as(what + " → " + text + ": " + own_.body())
                    .extracting(c -> c.get("id")).contains(caseId);
            assertThat((List<Map<String, String>>) theirs.at("data.caseSearch")).as(what + " for another team")
                    .extracting(c -> c.get("id")).doesNotContain(caseId);
        });
    }
}
