package io.vorda.cases.graphql;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vorda.access.Caller;
import io.vorda.access.Language;
import io.vorda.access.NewUser;
import io.vorda.access.Role;
import io.vorda.access.TeamView;
import io.vorda.access.Teams;
import io.vorda.access.UserView;
import io.vorda.access.Users;
import io.vorda.api.GlobalId;
import io.vorda.testing.AccessFixtures;
import io.vorda.testing.DatabaseTest;
import io.vorda.testing.TestHttp;
import io.vorda.testing.TestHttp.Reply;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class CaseGraphQLIntegrationTest implements DatabaseTest {

    private static final String OPEN = """
            mutation($input: CaseOpenInput!) {
              caseOpen(input: $input) {
                case { id reference status paymentReference { scheme value printed } principalTotal { amount currency }
                       debtors { id } claims { invoiceNumber principal { amount currency } } timeline { kind after } team { name } }
                userErrors { code field message }
              }
            }""";

    @Inject TestHttp http;
    @Inject AccessFixtures fixtures;
    @Inject Users users;
    @Inject Teams teams;

    private TeamView north;
    private TeamView south;
    private String northWorker;
    private String southWorker;
    private String supervisor;
    private String clientId;
    private String debtorId;

    @BeforeAll
    void world() {
        north = teams.create(Caller.system(), "North " + System.nanoTime(), null);
        south = teams.create(Caller.system(), "South " + System.nanoTime(), null);
        northWorker = http.signIn(member(Role.CASEWORKER, north).email(), AccessFixtures.PASSWORD);
        southWorker = http.signIn(member(Role.CASEWORKER, south).email(), AccessFixtures.PASSWORD);
        supervisor = http.signIn(fixtures.aUser(Role.SUPERVISOR).email(), AccessFixtures.PASSWORD);
        String creditor = http.graphql(northWorker, "mutation($n: String!) { partyCreate(input: {kind: ORGANISATION, organisation: {legalName: $n}, allowDuplicates: true}) { party { id } } }",
                Map.of("n", "Energy Co " + System.nanoTime())).at("data.partyCreate.party.id");
        clientId = http.graphql(northWorker, "mutation($p: ID!) { clientCreate(input: {partyId: $p, jurisdiction: NL, terms: {interestBasis: STATUTORY, transactionType: CONSUMER}}) { client { id } userErrors { code } } }",
                Map.of("p", creditor)).at("data.clientCreate.client.id");
        debtorId = http.graphql(northWorker, "mutation($n: String!) { partyCreate(input: {kind: PERSON, person: {familyName: $n}, allowDuplicates: true}) { party { id } } }",
                Map.of("n", "Debtor " + System.nanoTime())).at("data.partyCreate.party.id");
    }

    private UserView member(Role role, TeamView team) {
        UserView user = users.create(Caller.system(), new NewUser("Member " + System.nanoTime(), "m" + System.nanoTime() + "@test.example",
                null, Language.EN, Set.of(role), List.of(team.id()), AccessFixtures.PASSWORD));
        users.markPasswordChosen(Caller.system(), user.id());
        return user;
    }

    private Map<String, Object> openInput(TeamView team, List<Map<String, Object>> claims) {
        return Map.of("input", Map.of("clientId", clientId, "debtorIds", List.of(debtorId), "claims", claims,
                "teamId", GlobalId.encode("Team", team.id().value())));
    }

    private static Map<String, Object> claim(String number, String invoiced, String due, String amount) {
        return Map.of("invoiceNumber", number, "invoiceDate", invoiced, "dueDate", due, "principalAmount", amount);
    }

    private Reply open(String token, TeamView team) {
        return http.graphql(token, OPEN, openInput(team, List.of(claim("INV-1", "2026-01-05", "2026-02-04", "120.50"),
                claim("INV-2", "2026-01-20", "2026-02-19", "79.50"))));
    }

    private Reply act(String token, String mutation, String caseId) {
        return http.graphql(token, "mutation($id: ID!) { %s(input: {caseId: $id}) { case { status statusReason } userErrors { code field } } }"
                .formatted(mutation), Map.of("id", caseId));
    }

    @Test
    void a_case_opens_with_two_claims_a_reference_and_a_dutch_payment_reference() {
        Reply reply = open(northWorker, north);

        assertThat((List<?>) reply.at("data.caseOpen.userErrors")).as(reply.body()).isEmpty();
        assertThat((String) reply.at("data.caseOpen.case.reference")).matches("2026-\\d{6}");
        assertThat((String) reply.at("data.caseOpen.case.status")).isEqualTo("NEW");
        assertThat((String) reply.at("data.caseOpen.case.paymentReference.scheme")).isEqualTo("NL_BETALINGSKENMERK");
        assertThat((String) reply.at("data.caseOpen.case.paymentReference.value")).hasSize(16);
        assertThat((String) reply.at("data.caseOpen.case.principalTotal.amount")).isEqualTo("200.00");
        assertThat((List<Map<String, String>>) reply.at("data.caseOpen.case.timeline")).extracting(e -> e.get("kind"))
                .as("newest first, in the order recorded even within one instant")
                .containsExactly("CLAIM_ADDED", "CLAIM_ADDED", "OPENED");
        assertThat((String) reply.at("data.caseOpen.case.team.name")).isEqualTo(north.name());
    }

    @Test
    void a_claim_due_before_its_invoice_or_with_a_negative_amount_is_refused_by_field_and_nothing_is_opened() {
        long before = ((Integer) http.graphql(supervisor, "{ cases { totalCount } }", Map.of()).at("data.cases.totalCount"));

        Reply early = http.graphql(northWorker, OPEN, openInput(north, List.of(claim("A", "2026-02-01", "2026-01-01", "10"))));
        Reply negative = http.graphql(northWorker, OPEN, openInput(north, List.of(claim("B", "2026-01-01", "2026-02-01", "10"),
                claim("C", "2026-01-01", "2026-02-01", "-5"))));

        assertThat((String) early.at("data.caseOpen.userErrors.0.code")).as(early.body()).isEqualTo("INVALID_CLAIM");
        assertThat((List<String>) early.at("data.caseOpen.userErrors.0.field")).containsExactly("input", "claims", "0", "dueDate");
        assertThat((List<String>) negative.at("data.caseOpen.userErrors.0.field")).containsExactly("input", "claims", "1", "principalAmount");
        assertThat((Integer) http.graphql(supervisor, "{ cases { totalCount } }", Map.of()).at("data.cases.totalCount")).isEqualTo((int) before);
    }

    @Test
    void the_lifecycle_allows_only_valid_transitions_and_records_them() {
        String id = open(northWorker, north).at("data.caseOpen.case.id");

        assertThat((String) act(northWorker, "caseRelease", id).at("data.caseRelease.userErrors.0.code")).isEqualTo("INVALID_STATUS_TRANSITION");
        assertThat((String) act(northWorker, "caseActivate", id).at("data.caseActivate.case.status")).isEqualTo("ACTIVE");
        Reply held = http.graphql(northWorker, "mutation($id: ID!) { caseHold(input: {caseId: $id, reason: DISPUTE, note: \"says the invoice was paid\"}) { case { status statusReason } userErrors { code } } }",
                Map.of("id", id));
        assertThat((String) held.at("data.caseHold.case.statusReason")).as(held.body()).isEqualTo("DISPUTE");
        assertThat((String) act(northWorker, "caseRelease", id).at("data.caseRelease.case.status")).isEqualTo("ACTIVE");
        Reply closed = http.graphql(northWorker, "mutation($id: ID!) { caseClose(input: {caseId: $id, reason: PAID}) { case { status } userErrors { code } } }", Map.of("id", id));
        assertThat((String) closed.at("data.caseClose.case.status")).isEqualTo("CLOSED");
        Reply lateClaim = http.graphql(northWorker, "mutation($id: ID!) { caseClaimAdd(input: {caseId: $id, claim: {invoiceNumber: \"X\", invoiceDate: \"2026-01-01\", dueDate: \"2026-01-31\", principalAmount: \"5\"}}) { userErrors { code } } }",
                Map.of("id", id));
        assertThat((String) lateClaim.at("data.caseClaimAdd.userErrors.0.code")).isEqualTo("INVALID_STATUS_TRANSITION");

        Reply timeline = http.graphql(northWorker, "query($id: ID!) { node(id: $id) { ... on Case { timeline { kind before after detail } } } }", Map.of("id", id));
        assertThat((List<Map<String, String>>) timeline.at("data.node.timeline")).as(timeline.body())
                .anySatisfy(e -> {
                    assertThat(e.get("after")).isEqualTo("ON_HOLD (DISPUTE)");
                    assertThat(e.get("before")).isEqualTo("ACTIVE");
                    assertThat(e.get("detail")).isEqualTo("says the invoice was paid");
                });
    }

    @Test
    void a_caseworker_of_another_team_can_neither_find_nor_open_nor_change_the_case() {
        Reply opened = open(northWorker, north);
        String id = opened.at("data.caseOpen.case.id");
        String reference = opened.at("data.caseOpen.case.reference");

        assertThat((Object) http.graphql(southWorker, "query($id: ID!) { node(id: $id) { id } }", Map.of("id", id)).at("data.node")).isNull();
        assertThat((Object) http.graphql(southWorker, "query($r: String!) { caseByReference(reference: $r) { id } }", Map.of("r", reference))
                .at("data.caseByReference")).isNull();
        assertThat((List<Map<String, String>>) http.graphql(southWorker, "{ cases(first: 100) { nodes { id } } }", Map.of()).at("data.cases.nodes"))
                .noneSatisfy(c -> assertThat(c.get("id")).isEqualTo(id));
        assertThat((String) http.graphql(southWorker, "mutation($id: ID!) { caseNoteAdd(input: {caseId: $id, text: \"hi\"}) { userErrors { code } } }",
                Map.of("id", id)).at("data.caseNoteAdd.userErrors.0.code")).isEqualTo("NOT_FOUND");
        assertThat((String) http.graphql(northWorker, "query($r: String!) { caseByReference(reference: $r) { id } }", Map.of("r", reference))
                .at("data.caseByReference.id")).isEqualTo(id);
        assertThat((String) http.graphql(supervisor, "query($id: ID!) { node(id: $id) { id } }", Map.of("id", id)).at("data.node.id")).isEqualTo(id);
    }

    @Test
    void quick_search_finds_a_case_by_reference_payment_reference_invoice_and_debtor_iban_but_never_for_another_team() {
        String iban = io.vorda.testing.PartyFixtures.uniqueIban();
        String debtor = http.graphql(northWorker, "mutation($n: String!, $i: String) { partyCreate(input: {kind: PERSON, person: {familyName: $n}, iban: $i, allowDuplicates: true}) { party { id } } }",
                Map.of("n", "Searchable " + System.nanoTime(), "i", iban)).at("data.partyCreate.party.id");
        Reply opened = http.graphql(northWorker, OPEN, Map.of("input", Map.of("clientId", clientId, "debtorIds", List.of(debtor),
                "teamId", GlobalId.encode("Team", north.id().value()),
                "claims", List.of(Map.of("invoiceNumber", "SRCH-" + System.nanoTime(), "invoiceDate", "2026-01-01", "dueDate", "2026-01-31", "principalAmount", "10")))));
        String id = opened.at("data.caseOpen.case.id");
        String query = "query($t: String!) { caseSearch(text: $t) { id } }";

        for (String text : List.of((String) opened.at("data.caseOpen.case.reference"), (String) opened.at("data.caseOpen.case.paymentReference.printed"),
                iban.substring(0, 4) + " " + iban.substring(4))) {
            Reply north = http.graphql(northWorker, query, Map.of("t", text));
            Reply south = http.graphql(southWorker, query, Map.of("t", text));
            assertThat((List<Map<String, String>>) north.at("data.caseSearch")).as(text + ": " + north.body())
                    .extracting(c -> c.get("id")).contains(id);
            assertThat((List<Map<String, String>>) south.at("data.caseSearch")).as(text).extracting(c -> c.get("id")).doesNotContain(id);
        }
    }

    @Test
    void reassigning_to_another_team_moves_who_can_see_it() {
        String id = open(northWorker, north).at("data.caseOpen.case.id");

        Reply moved = http.graphql(northWorker, "mutation($id: ID!, $t: ID) { caseAssign(input: {caseId: $id, teamId: $t}) { case { team { name } } userErrors { code } } }",
                Map.of("id", id, "t", GlobalId.encode("Team", south.id().value())));

        assertThat((String) moved.at("data.caseAssign.case.team.name")).as(moved.body()).isEqualTo(south.name());
        assertThat((String) http.graphql(southWorker, "query($id: ID!) { node(id: $id) { id } }", Map.of("id", id)).at("data.node.id")).isEqualTo(id);
        assertThat((Object) http.graphql(northWorker, "query($id: ID!) { node(id: $id) { id } }", Map.of("id", id)).at("data.node")).isNull();
    }

    @Test
    void client_users_without_a_client_see_no_cases_and_field_agents_may_look_but_not_change() {
        String client = http.signIn(fixtures.aUser(Role.CLIENT_USER).email(), AccessFixtures.PASSWORD);
        String field = http.signIn(member(Role.FIELD_AGENT, north).email(), AccessFixtures.PASSWORD);
        String id = open(northWorker, north).at("data.caseOpen.case.id");

        assertThat((Integer) http.graphql(client, "{ cases { totalCount } }", Map.of()).at("data.cases.totalCount")).isZero();
        assertThat((Object) http.graphql(client, "query($id: ID!) { node(id: $id) { id } }", Map.of("id", id)).at("data.node")).isNull();
        assertThat((String) http.graphql(field, "query($id: ID!) { node(id: $id) { id } }", Map.of("id", id)).at("data.node.id")).isEqualTo(id);
        assertThat((String) act(field, "caseActivate", id).at("data.caseActivate.userErrors.0.code")).isEqualTo("PERMISSION_DENIED");
        assertThat((String) http.graphql(client, OPEN, openInput(north, List.of(claim("Z", "2026-01-01", "2026-01-31", "1")))).at("data.caseOpen.userErrors.0.code"))
                .isEqualTo("PERMISSION_DENIED");
    }

    @Test
    void a_supervisor_hands_over_every_open_case_of_a_leaving_caseworker() {
        UserView leaving = member(Role.CASEWORKER, north);
        UserView taking = member(Role.CASEWORKER, south);
        String leavingToken = http.signIn(leaving.email(), AccessFixtures.PASSWORD);
        String assignee = GlobalId.encode("User", leaving.id().value());
        for (int i = 0; i < 2; i++) {
            String id = open(leavingToken, north).at("data.caseOpen.case.id");
            http.graphql(leavingToken, "mutation($id: ID!, $u: ID) { caseAssign(input: {caseId: $id, assigneeId: $u}) { userErrors { code } } }",
                    Map.of("id", id, "u", assignee));
        }

        Reply handover = http.graphql(supervisor, "mutation($f: ID!, $t: ID) { caseHandover(input: {fromUserId: $f, toUserId: $t}) { movedCount userErrors { code } } }",
                Map.of("f", assignee, "t", GlobalId.encode("User", taking.id().value())));
        Reply denied = http.graphql(northWorker, "mutation($f: ID!, $t: ID) { caseHandover(input: {fromUserId: $f, toUserId: $t}) { movedCount userErrors { code } } }",
                Map.of("f", assignee, "t", GlobalId.encode("User", taking.id().value())));

        assertThat((Integer) handover.at("data.caseHandover.movedCount")).as(handover.body()).isEqualTo(2);
        assertThat((String) denied.at("data.caseHandover.userErrors.0.code")).isEqualTo("PERMISSION_DENIED");
    }

    @Test
    void my_cases_of_a_supervisor_are_those_of_their_teams_and_assigned_to_them_not_every_case() {
        String ownSupervisor = http.signIn(member(Role.SUPERVISOR, south).email(), AccessFixtures.PASSWORD);
        String inSouth = open(southWorker, south).at("data.caseOpen.case.id");
        String inNorth = open(northWorker, north).at("data.caseOpen.case.id");

        Reply mine = http.graphql(ownSupervisor, "{ cases(first: 100, filter: {mine: true}) { nodes { id } } }", Map.of());
        Reply all = http.graphql(ownSupervisor, "{ cases(first: 100) { totalCount } }", Map.of());

        assertThat((List<Map<String, String>>) mine.at("data.cases.nodes")).as(mine.body()).extracting(c -> c.get("id"))
                .contains(inSouth).doesNotContain(inNorth);
        assertThat((Integer) all.at("data.cases.totalCount")).isGreaterThan(((List<?>) mine.at("data.cases.nodes")).size());
    }

    @Test
    void the_case_list_filters_by_status_and_pages_by_cursor() {
        for (int i = 0; i < 3; i++) {
            open(northWorker, north);
        }
        Reply first = http.graphql(northWorker, "{ cases(first: 2, filter: {statuses: [NEW], mine: true}, orderBy: {field: REFERENCE, direction: ASC}) { totalCount pageInfo { hasNextPage endCursor } nodes { reference status } } }", Map.of());
        String cursor = first.at("data.cases.pageInfo.endCursor");
        Reply second = http.graphql(northWorker, "query($c: String) { cases(first: 2, after: $c, filter: {statuses: [NEW], mine: true}, orderBy: {field: REFERENCE, direction: ASC}) { nodes { reference } } }",
                Map.of("c", cursor));

        assertThat((Integer) first.at("data.cases.totalCount")).as(first.body()).isGreaterThanOrEqualTo(3);
        assertThat((Boolean) first.at("data.cases.pageInfo.hasNextPage")).isTrue();
        List<Map<String, String>> page1 = first.at("data.cases.nodes");
        List<Map<String, String>> page2 = second.at("data.cases.nodes");
        assertThat(page2.get(0).get("reference")).isGreaterThan(page1.get(1).get("reference"));
        assertThat(page1).allSatisfy(c -> assertThat(c.get("status")).isEqualTo("NEW"));
    }
}
