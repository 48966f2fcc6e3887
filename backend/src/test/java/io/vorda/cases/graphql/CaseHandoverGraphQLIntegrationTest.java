package io.vorda.cases.graphql;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vorda.access.Caller;
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

import static org.assertj.core.api.Assertions.assertThat;

/** The handover screen's data: who holds how many open cases, and moving them when someone leaves. */
@MicronautTest(transactional = false)
class CaseHandoverGraphQLIntegrationTest implements DatabaseTest {

    private static final String HOLDINGS = "{ caseHoldings { user { id name active } openCount byStatus { status count } } }";
    private static final String HANDOVER = """
            mutation($f: ID!, $u: ID, $t: ID) { caseHandover(input: {fromUserId: $f, toUserId: $u, toTeamId: $t}) {
              movedCount userErrors { code field } } }""";

    @Inject TestHttp http;
    @Inject AccessFixtures fixtures;
    @Inject Users users;
    @Inject Teams teams;

    private TeamView team;
    private String supervisor;
    private String clientId;
    private String debtorId;

    @BeforeAll
    void world() {
        team = teams.create(Caller.system(), "Handover " + System.nanoTime(), null);
        supervisor = http.signIn(fixtures.aUser(Role.SUPERVISOR).email(), AccessFixtures.PASSWORD);
        String creditor = http.graphql(supervisor, "mutation($n: String!) { partyCreate(input: {kind: ORGANISATION, organisation: {legalName: $n}, allowDuplicates: true}) { party { id } } }",
                Map.of("n", "Handover Creditor " + System.nanoTime())).at("data.partyCreate.party.id");
        clientId = http.graphql(supervisor, "mutation($p: ID!) { clientCreate(input: {partyId: $p, jurisdiction: NL, terms: {interestBasis: STATUTORY, transactionType: CONSUMER}}) { client { id } } }",
                Map.of("p", creditor)).at("data.clientCreate.client.id");
        debtorId = http.graphql(supervisor, "mutation($n: String!) { partyCreate(input: {kind: PERSON, person: {familyName: $n}, allowDuplicates: true}) { party { id } } }",
                Map.of("n", "Handover Debtor " + System.nanoTime())).at("data.partyCreate.party.id");
    }

    private UserView caseworker(String name) {
        return fixtures.aMember(name, Role.CASEWORKER, team.id());
    }

    private static String id(UserView user) {
        return GlobalId.encode("User", user.id().value());
    }

    /** Opens a case assigned to the user and moves it to a status with the given mutation (null: stays NEW). */
    private String aCaseOf(UserView user, String mutation) {
        String id = http.graphql(supervisor, "mutation($input: CaseOpenInput!) { caseOpen(input: $input) { case { id } userErrors { code } } }",
                Map.of("input", Map.of("clientId", clientId, "debtorIds", List.of(debtorId), "assigneeId", id(user),
                        "teamId", GlobalId.encode("Team", team.id().value()),
                        "claims", List.of(Map.of("invoiceNumber", "H-" + System.nanoTime(), "invoiceDate", "2026-01-01",
                                "dueDate", "2026-01-31", "principalAmount", "100"))))).at("data.caseOpen.case.id");
        if (mutation != null) {
            http.graphql(supervisor, mutation, Map.of("id", id));
        }
        return id;
    }

    private static Map<String, Object> holdingOf(Reply reply, UserView user) {
        List<Map<String, Object>> holdings = reply.at("data.caseHoldings");
        return holdings.stream().filter(h -> id(user).equals(((Map<?, ?>) h.get("user")).get("id"))).findFirst().orElse(null);
    }

    @Test
    void a_supervisor_sees_the_open_cases_of_a_leaving_caseworker_by_status_hands_them_over_and_they_are_gone_from_the_list() {
        UserView leaving = caseworker("Lotte Leaving " + System.nanoTime());
        UserView taking = caseworker("Tom Taking " + System.nanoTime());
        String activate = "mutation($id: ID!) { caseActivate(input: {caseId: $id}) { userErrors { code } } }";
        aCaseOf(leaving, null);
        aCaseOf(leaving, activate);
        aCaseOf(leaving, activate);
        String closed = aCaseOf(leaving, "mutation($id: ID!) { caseClose(input: {caseId: $id, reason: PAID}) { userErrors { code } } }");

        Map<String, Object> before = holdingOf(http.graphql(supervisor, HOLDINGS, Map.of()), leaving);
        Reply moved = http.graphql(supervisor, HANDOVER, Map.of("f", id(leaving), "u", id(taking)));
        Reply after = http.graphql(supervisor, HOLDINGS, Map.of());

        assertThat(before).as("the closed case is not held").containsEntry("openCount", 3);
        assertThat((List<Map<String, Object>>) before.get("byStatus")).containsExactly(
                Map.of("status", "NEW", "count", 1), Map.of("status", "ACTIVE", "count", 2));
        assertThat(((Map<?, ?>) before.get("user")).get("name")).isEqualTo(leaving.name());
        assertThat((Integer) moved.at("data.caseHandover.movedCount")).as(moved.body()).isEqualTo(3);
        assertThat(holdingOf(after, leaving)).isNull();
        assertThat(holdingOf(after, taking)).containsEntry("openCount", 3);
        assertThat((String) http.graphql(supervisor, "query($id: ID!) { node(id: $id) { ... on Case { assignee { id } } } }", Map.of("id", closed))
                .at("data.node.assignee.id")).as("a closed case stays with whoever closed it").isEqualTo(id(leaving));
    }

    @Test
    void a_handover_to_a_team_only_leaves_the_cases_unassigned_in_that_team() {
        UserView leaving = caseworker("Lena Leaving " + System.nanoTime());
        TeamView other = teams.create(Caller.system(), "Receiving " + System.nanoTime(), null);
        String caseId = aCaseOf(leaving, null);

        Reply moved = http.graphql(supervisor, HANDOVER, Map.of("f", id(leaving), "t", GlobalId.encode("Team", other.id().value())));
        Reply item = http.graphql(supervisor, "query($id: ID!) { node(id: $id) { ... on Case { team { name } assignee { id } } } }", Map.of("id", caseId));

        assertThat((Integer) moved.at("data.caseHandover.movedCount")).as(moved.body()).isEqualTo(1);
        assertThat((String) item.at("data.node.team.name")).isEqualTo(other.name());
        assertThat((Object) item.at("data.node.assignee")).isNull();
    }

    @Test
    void a_handover_to_nobody_to_the_leaver_or_to_a_deactivated_user_is_refused_by_field_and_moves_nothing() {
        UserView leaving = caseworker("Lars Leaving " + System.nanoTime());
        UserView gone = caseworker("Gina Gone " + System.nanoTime());
        users.deactivate(Caller.system(), gone.id());
        aCaseOf(leaving, null);

        Reply nobody = http.graphql(supervisor, HANDOVER, Map.of("f", id(leaving)));
        Reply self = http.graphql(supervisor, HANDOVER, Map.of("f", id(leaving), "u", id(leaving)));
        Reply deactivated = http.graphql(supervisor, HANDOVER, Map.of("f", id(leaving), "u", id(gone)));

        assertThat((List<String>) nobody.at("data.caseHandover.userErrors.0.field")).as(nobody.body()).containsExactly("input", "toUserId");
        assertThat((List<String>) self.at("data.caseHandover.userErrors.0.field")).as(self.body()).containsExactly("input", "toUserId");
        assertThat((String) deactivated.at("data.caseHandover.userErrors.0.code")).as(deactivated.body()).isEqualTo("NOT_FOUND");
        assertThat((List<String>) deactivated.at("data.caseHandover.userErrors.0.field")).containsExactly("input", "toUserId");
        assertThat(holdingOf(http.graphql(supervisor, HOLDINGS, Map.of()), leaving)).containsEntry("openCount", 1);
    }

    @Test
    void caseworkers_field_agents_and_client_users_may_neither_see_the_holdings_nor_hand_over() {
        UserView leaving = caseworker("Liam Leaving " + System.nanoTime());
        UserView taking = caseworker("Tess Taking " + System.nanoTime());
        aCaseOf(leaving, null);

        for (Role role : List.of(Role.CASEWORKER, Role.FIELD_AGENT, Role.CLIENT_USER)) {
            String token = http.signIn(fixtures.aUser(role).email(), AccessFixtures.PASSWORD);
            Reply holdings = http.graphql(token, HOLDINGS, Map.of());
            Reply handover = http.graphql(token, HANDOVER, Map.of("f", id(leaving), "u", id(taking)));
            assertThat((String) holdings.at("errors.0.extensions.code")).as(role + ": " + holdings.body()).isEqualTo("PERMISSION_DENIED");
            assertThat((Object) holdings.at("data")).as(role + " gets no data").isNull();
            assertThat((String) handover.at("data.caseHandover.userErrors.0.code")).as(role + ": " + handover.body()).isEqualTo("PERMISSION_DENIED");
        }
        assertThat(holdingOf(http.graphql(supervisor, HOLDINGS, Map.of()), leaving)).containsEntry("openCount", 1);
    }
}
