package io.vorda.cases.graphql;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import io.vorda.access.Caller;
import io.vorda.access.Language;
import io.vorda.access.NewUser;
import io.vorda.access.Role;
import io.vorda.access.TeamView;
import io.vorda.access.Teams;
import io.vorda.access.UserView;
import io.vorda.access.Users;
import io.vorda.api.GlobalId;
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
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The case list's counted total and the case quick search over every identifier, within what the caller may see (ADR 0008). */
@MicronautTest(transactional = false)
class CaseListAndSearchIntegrationTest implements DatabaseTest {

    private static final String LIST = "query($team: ID, $first: Int) { cases(first: $first, filter: {teamId: $team}) "
            + "{ totalCount totalCountCapped pageInfo { hasNextPage } nodes { reference } } }";
    private static final String SEARCH = "query($t: String!) { caseSearch(text: $t) { id } }";

    @Inject TestHttp http;
    @Inject AccessFixtures fixtures;
    @Inject Users users;
    @Inject Teams teams;
    @Inject JdbcOperations jdbc;
    @Inject TransactionOperations<Connection> transactions;

    private String supervisor;
    private String clientId;

    @BeforeAll
    void world() {
        supervisor = http.signIn(fixtures.aUser(Role.SUPERVISOR).email(), AccessFixtures.PASSWORD);
        String creditor = http.graphql(supervisor, "mutation($n: String!) { partyCreate(input: {kind: ORGANISATION, organisation: {legalName: $n}, allowDuplicates: true}) { party { id } } }",
                Map.of("n", "Listed Creditor " + System.nanoTime())).at("data.partyCreate.party.id");
        clientId = http.graphql(supervisor, "mutation($p: ID!) { clientCreate(input: {partyId: $p, jurisdiction: NL, terms: {interestBasis: STATUTORY, transactionType: CONSUMER}}) { client { id } } }",
                Map.of("p", creditor)).at("data.clientCreate.client.id");
    }

    private TeamView team(String name) {
        return teams.create(Caller.system(), name + " " + System.nanoTime(), null);
    }

    private String workerOf(TeamView team) {
        UserView user = users.create(Caller.system(), new NewUser("Worker " + System.nanoTime(), "w" + System.nanoTime() + "@test.example",
                null, Language.EN, Set.of(Role.CASEWORKER), List.of(team.id()), AccessFixtures.PASSWORD));
        users.markPasswordChosen(Caller.system(), user.id());
        return http.signIn(user.email(), AccessFixtures.PASSWORD);
    }

    private Reply open(TeamView team, String debtorName, String invoiceNumber, String clientReference) {
        String debtor = http.graphql(supervisor, "mutation($n: String!) { partyCreate(input: {kind: PERSON, person: {givenNames: \"Ilse\", familyName: $n}, allowDuplicates: true}) { party { id } } }",
                Map.of("n", debtorName)).at("data.partyCreate.party.id");
        Reply reply = http.graphql(supervisor, "mutation($input: CaseOpenInput!) { caseOpen(input: $input) { case { id reference } userErrors { code field } } }",
                Map.of("input", Map.of("clientId", clientId, "debtorIds", List.of(debtor), "teamId", GlobalId.encode("Team", team.id().value()),
                        "claims", List.of(Map.of("invoiceNumber", invoiceNumber, "invoiceDate", "2026-01-05", "dueDate", "2026-02-04",
                                "principalAmount", "99.95", "clientReference", clientReference)))));
        assertThat((List<?>) reply.at("data.caseOpen.userErrors")).as(reply.body()).isEmpty();
        return reply;
    }

    private static String teamId(TeamView team) {
        return GlobalId.encode("Team", team.id().value());
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_short_list_is_counted_exactly() {
        TeamView small = team("Small");
        open(small, "Kort " + System.nanoTime(), "S-1", "ORD-S1");
        open(small, "Kort " + System.nanoTime(), "S-2", "ORD-S2");

        Reply reply = http.graphql(workerOf(small), LIST, Map.of("team", teamId(small), "first", 25));

        assertThat((Integer) reply.at("data.cases.totalCount")).as(reply.body()).isEqualTo(2);
        assertThat((Boolean) reply.at("data.cases.totalCountCapped")).isFalse();
        assertThat((List<?>) reply.at("data.cases.nodes")).hasSize(2);
    }

    @Test
    @SuppressWarnings("unchecked")
    void more_cases_than_the_cap_count_as_the_cap_flagged_newest_first_and_only_for_who_may_see_them() {
        TeamView crowded = team("Crowded");
        long base = System.nanoTime() % 1_000_000_000L * 100_000L; // references 1999-<base + i>, unique to this run
        insertCases(crowded, base, Page.COUNT_CAP + 1);
        try {
            Reply asSupervisor = http.graphql(supervisor, LIST, Map.of("team", teamId(crowded), "first", 2));
            Reply asMember = http.graphql(workerOf(crowded), LIST, Map.of("team", teamId(crowded), "first", 2));
            Reply asOutsider = http.graphql(workerOf(team("Elsewhere")), LIST, Map.of("team", teamId(crowded), "first", 2));

            for (Reply reply : List.of(asSupervisor, asMember)) {
                assertThat((Integer) reply.at("data.cases.totalCount")).as(reply.body()).isEqualTo(Page.COUNT_CAP);
                assertThat((Boolean) reply.at("data.cases.totalCountCapped")).isTrue();
                assertThat((List<Map<String, String>>) reply.at("data.cases.nodes")).extracting(n -> n.get("reference"))
                        .containsExactly("1999-" + (base + 1), "1999-" + (base + 2));
                assertThat((Boolean) reply.at("data.cases.pageInfo.hasNextPage")).isTrue();
            }
            assertThat((Integer) asOutsider.at("data.cases.totalCount")).as(asOutsider.body()).isZero();
            assertThat((Boolean) asOutsider.at("data.cases.totalCountCapped")).isFalse();
        } finally {
            transactions.executeWrite(status -> jdbc.prepareStatement("DELETE FROM cases WHERE team_id = ?", statement -> {
                statement.setObject(1, crowded.id().value());
                return statement.executeUpdate();
            }));
        }
    }

    /** Cases 1999-(base + 1) (the newest) … with valid RF payment references, in one statement: through the API it would take minutes. */
    private void insertCases(TeamView team, long base, int count) {
        transactions.executeWrite(status -> jdbc.prepareStatement("""
                INSERT INTO cases (id, reference, payment_reference, payment_reference_scheme, client_id, jurisdiction, currency,
                                   status, team_id, opened_on, principal_total, created_at, created_by, updated_at, updated_by, version)
                SELECT gen_random_uuid(), '1999-' || n, 'RF' || lpad((98 - (('1999' || n)::numeric * 1000000 + 271500) % 97)::text, 2, '0') || '1999' || n,
                       'RF', gen_random_uuid(), 'DE', 'EUR', 'ACTIVE', ?, date '2026-01-01' - i, 10.00, now(), 'test', now(), 'test', 0
                  FROM (SELECT i, ?::bigint + i AS n FROM generate_series(1, ?) AS i) numbered""", statement -> {
            statement.setObject(1, team.id().value());
            statement.setLong(2, base);
            statement.setInt(3, count);
            return statement.executeUpdate();
        }));
    }

    @Test
    @SuppressWarnings("unchecked")
    void quick_search_finds_a_case_by_invoice_number_client_reference_and_debtor_name_for_its_team_only() {
        TeamView own = team("Own");
        String unique = Long.toString(System.nanoTime(), 36).toUpperCase();
        String debtor = "Zoekmans" + unique.replaceAll("[0-9]", "").toLowerCase();
        String id = open(own, debtor, "INV-" + unique, "ORD-" + unique).at("data.caseOpen.case.id");
        String member = workerOf(own);
        String outsider = workerOf(team("Other"));

        for (String text : List.of("INV-" + unique, "ORD-" + unique, "Ilse " + debtor)) {
            Reply found = http.graphql(member, SEARCH, Map.of("t", text));
            Reply hidden = http.graphql(outsider, SEARCH, Map.of("t", text));
            assertThat((List<Map<String, String>>) found.at("data.caseSearch")).as(text + ": " + found.body())
                    .extracting(c -> c.get("id")).contains(id);
            assertThat((List<Map<String, String>>) hidden.at("data.caseSearch")).as(text).extracting(c -> c.get("id")).doesNotContain(id);
        }
        assertThat((List<?>) http.graphql(member, SEARCH, Map.of("t", "INV-" + unique + "X")).at("data.caseSearch")).isEmpty();
    }
}
