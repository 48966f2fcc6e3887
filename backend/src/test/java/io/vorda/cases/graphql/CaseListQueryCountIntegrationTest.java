package io.vorda.cases.graphql;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vorda.access.Caller;
import io.vorda.access.Role;
import io.vorda.access.TeamView;
import io.vorda.access.Teams;
import io.vorda.cases.Cases;
import io.vorda.cases.NewCase;
import io.vorda.cases.NewClaim;
import io.vorda.client.ClientView;
import io.vorda.client.Clients;
import io.vorda.client.InterestBasis;
import io.vorda.client.Jurisdiction;
import io.vorda.client.NewClient;
import io.vorda.client.TermsInput;
import io.vorda.client.TransactionType;
import io.vorda.party.NewParty;
import io.vorda.party.OrganisationDetails;
import io.vorda.party.Parties;
import io.vorda.party.PartyCreation;
import io.vorda.party.PartyId;
import io.vorda.party.PartyKind;
import io.vorda.party.PersonName;
import io.vorda.testing.AccessFixtures;
import io.vorda.testing.DatabaseTest;
import io.vorda.testing.SqlStatementCounter;
import io.vorda.testing.TestHttp;
import io.vorda.testing.TestHttp.Reply;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A case list page costs a fixed number of SQL statements, however many rows it shows (GraphQL style rule 9). */
@MicronautTest(transactional = false)
class CaseListQueryCountIntegrationTest implements DatabaseTest {

    // the list's new criteria and the principal-total sort run in the same statements as the plain list
    private static final String LIST = """
            query($n: Int, $team: ID) { cases(first: $n, filter: {teamId: $team, principalMin: "1.00", ageMaxDays: 365, withoutPlan: true},
              orderBy: {field: PRINCIPAL_TOTAL, direction: DESC}) { totalCount nodes {
              reference status paymentReference { printed } principalTotal { amount currency } openBalance { amount currency }
              client { name terms { interestBasis } } debtors { displayName addresses { city } contactChannels { value } }
              parties { role party { displayName } } claims { invoiceNumber principal { amount } }
              team { name } assignee { name } notes { text } timeline { kind } } } }""";

    /** A row of the staff app's case list (frontend cases.ts; the same document `make bench` measures). */
    private static final String ROW = """
            query($n: Int, $team: ID) { cases(first: $n, filter: {teamId: $team}) { totalCount pageInfo { hasNextPage endCursor } nodes {
              id reference status statusReason client { id name } debtors { id displayName } principalTotal { amount currency }
              team { id name } assignee { id name } openedOn } } }""";

    // The statements a 50-row page takes (ADR 0008, "after the word list" and "third pass"; the bound was 40 for every page, and the
    // client user's took 21): lower them when a change saves one.
    private static final int ADMIN_PAGE = 17;
    private static final int CASEWORKER_PAGE = 19;
    private static final int CLIENT_USER_PAGE = 13;
    private static final int ROW_PAGE = 10;

    @Inject TestHttp http;
    @Inject AccessFixtures fixtures;
    @Inject SqlStatementCounter statements;
    @Inject Teams teams;
    @Inject Parties parties;
    @Inject Clients clients;
    @Inject Cases cases;

    private String admin;
    private String caseworker;
    private String clientUser;
    private String teamId;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new java.util.HashMap<>(io.vorda.testing.TestDatabase.properties());
        properties.put(SqlStatementCounter.ENABLED, "true");
        return properties;
    }

    @BeforeAll
    void fiftyCases() {
        Caller system = Caller.system();
        admin = http.signIn(fixtures.aUser(Role.ADMIN).email(), AccessFixtures.PASSWORD);
        TeamView team = teams.create(system, "Counted " + System.nanoTime(), null);
        teamId = io.vorda.api.GlobalId.encode("Team", team.id().value());
        PartyId creditor = created(parties.create(system, new NewParty(PartyKind.ORGANISATION, null,
                new OrganisationDetails("Counted Creditor " + System.nanoTime(), null, null, null, null),
                io.vorda.access.Language.NL, null, null, null, null, null, true)));
        ClientView client = clients.create(system, new NewClient(creditor, Jurisdiction.NL, null,
                new TermsInput(InterestBasis.STATUTORY, TransactionType.CONSUMER, null, null, null, Map.of(),
                        io.vorda.client.AllocationOrder.JURISDICTION_DEFAULT, null), null, team.id(), List.of()));
        for (int i = 0; i < 50; i++) {
            PartyId debtor = created(parties.create(system, new NewParty(PartyKind.PERSON,
                    new PersonName("Anna", null, "Counted " + i + " " + System.nanoTime(), null), null,
                    io.vorda.access.Language.NL, null, null, null, null, null, true)));
            var opened = cases.open(system, new NewCase(client.id(), List.of(debtor), List.of(),
                    List.of(new NewClaim("I-" + i, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), new BigDecimal("10.00"), null, null),
                            new NewClaim("J-" + i, LocalDate.of(2026, 1, 2), LocalDate.of(2026, 2, 1), new BigDecimal("5.50"), null, null)),
                    team.id(), null));
            cases.addNote(system, opened.id(), "note " + i);
        }
        caseworker = http.signIn(fixtures.aMember(Role.CASEWORKER, team.id()).email(), AccessFixtures.PASSWORD);
        var user = fixtures.aUser(Role.CLIENT_USER);
        clients.linkUser(system, user.id(), List.of(client.id()));
        clientUser = http.signIn(user.email(), AccessFixtures.PASSWORD);
    }

    private static PartyId created(PartyCreation creation) {
        return ((PartyCreation.Created) creation).party().id();
    }

    private long statementsFor(String token, int rows) {
        return statementsFor(token, LIST, rows);
    }

    private long statementsFor(String token, String document, int rows) {
        statements.reset();
        Reply reply = http.graphql(token, document, Map.of("n", rows, "team", teamId));
        assertThat((List<?>) reply.at("errors")).as(reply.body()).isNull();
        assertThat((List<?>) reply.at("data.cases.nodes")).hasSize(rows);
        assertThat(statements.count()).as("a page takes statements (else the counter sees none)").isPositive();
        return statements.count();
    }

    private void assertFiftyRowsCostAsFiveAndAtMost(String token, int bound) {
        long five = statementsFor(token, 5);
        long fifty = statementsFor(token, 50);

        assertThat(fifty).as("statements for 50 rows vs 5 rows").isEqualTo(five);
        assertThat(fifty).as("statements for a 50-row page:%n%s", statements.statements()).isLessThanOrEqualTo(bound);
    }

    @Test
    void fifty_cases_with_every_association_cost_the_same_statements_as_five() {
        assertFiftyRowsCostAsFiveAndAtMost(admin, ADMIN_PAGE);
    }

    @Test
    void a_caseworker_checks_visibility_once_per_page_not_once_per_association() {
        assertFiftyRowsCostAsFiveAndAtMost(caseworker, CASEWORKER_PAGE);
    }

    @Test
    void the_case_list_row_of_the_staff_app_reads_the_client_without_its_terms_and_contacts() {
        long fifty = statementsFor(caseworker, ROW, 50);

        assertThat(statements.statements()).doesNotContain("client_action_costs", "client_contacts");
        assertThat(fifty).as("statements for a 50-row page:%n%s", statements.statements()).isLessThanOrEqualTo(ROW_PAGE);
    }

    @Test
    void a_client_user_page_is_bounded_the_same_way() {
        assertFiftyRowsCostAsFiveAndAtMost(clientUser, CLIENT_USER_PAGE);
    }
}
