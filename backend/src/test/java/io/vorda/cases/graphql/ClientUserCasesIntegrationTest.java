package io.vorda.cases.graphql;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vorda.access.Role;
import io.vorda.access.TeamView;
import io.vorda.access.UserView;
import io.vorda.api.GlobalId;
import io.vorda.cases.CaseView;
import io.vorda.client.ClientView;
import io.vorda.testing.AccessFixtures;
import io.vorda.testing.CaseFixtures;
import io.vorda.testing.DatabaseTest;
import io.vorda.testing.TestHttp;
import io.vorda.testing.TestHttp.Reply;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Client users are linked to clients by an administrator and see those clients' cases, and nothing else. */
@MicronautTest(transactional = false)
class ClientUserCasesIntegrationTest implements DatabaseTest {

    private static final String LINK = """
            mutation($u: ID!, $c: [ID!]!) { userClientsSet(input: {userId: $u, clientIds: $c}) {
              user { id clients { id name } } userErrors { code field message } } }""";
    private static final String NODE = "query($id: ID!) { node(id: $id) { id } }";

    @Inject TestHttp http;
    @Inject AccessFixtures access;
    @Inject CaseFixtures fixtures;

    private String admin;
    private ClientView clientA;
    private ClientView clientB;
    private CaseView caseOfA;
    private CaseView caseOfB;
    private UserView clientUserOfA;
    private String tokenOfA;

    @BeforeAll
    void world() {
        admin = http.signIn(access.aUser(Role.ADMIN).email(), AccessFixtures.PASSWORD);
        TeamView team = fixtures.aTeam("Client cases");
        clientA = fixtures.aClient("Client A", team);
        clientB = fixtures.aClient("Client B", team);
        caseOfA = fixtures.aCase(clientA, team, "120.00");
        caseOfB = fixtures.aCase(clientB, team, "80.00");
        clientUserOfA = access.aUser(Role.CLIENT_USER);
        Reply linked = link(admin, clientUserOfA, List.of(CaseFixtures.id(clientA)));
        assertThat((List<?>) linked.at("data.userClientsSet.userErrors")).as(linked.body()).isEmpty();
        tokenOfA = http.signIn(clientUserOfA.email(), AccessFixtures.PASSWORD);
    }

    private Reply link(String token, UserView user, List<String> clientIds) {
        return http.graphql(token, LINK, Map.of("u", GlobalId.encode("User", user.id().value()), "c", clientIds));
    }

    private List<String> listed(String token) {
        Reply reply = http.graphql(token, "{ cases(first: 100) { totalCount nodes { id client { name } } } }", Map.of());
        assertThat((Object) reply.at("errors")).as(reply.body()).isNull();
        List<Map<String, Object>> nodes = reply.at("data.cases.nodes");
        return nodes.stream().map(n -> (String) n.get("id")).toList();
    }

    @Test
    void a_client_user_of_client_a_lists_finds_and_opens_only_client_a_cases() {
        assertThat(listed(tokenOfA)).containsExactly(CaseFixtures.id(caseOfA));
        assertThat((String) http.graphql(tokenOfA, NODE, Map.of("id", CaseFixtures.id(caseOfA))).at("data.node.id"))
                .isEqualTo(CaseFixtures.id(caseOfA));
        assertThat((Object) http.graphql(tokenOfA, NODE, Map.of("id", CaseFixtures.id(caseOfB))).at("data.node")).isNull();
        assertThat((Object) http.graphql(tokenOfA, "query($r: String!) { caseByReference(reference: $r) { id } }",
                Map.of("r", caseOfB.reference().toString())).at("data.caseByReference")).isNull();
        assertThat((List<?>) http.graphql(tokenOfA, "query($t: String!) { caseSearch(text: $t) { id } }",
                Map.of("t", caseOfB.reference().toString())).at("data.caseSearch")).isEmpty();
        assertThat((List<?>) http.graphql(tokenOfA, "query($t: String!) { caseSearch(text: $t) { id } }",
                Map.of("t", caseOfA.reference().toString())).at("data.caseSearch")).hasSize(1);
    }

    @Test
    void a_client_user_reads_the_case_page_but_not_its_people_and_cannot_change_it() {
        Reply detail = http.graphql(tokenOfA, """
                query($id: ID!) { node(id: $id) { ... on Case { reference principalTotal { amount } client { name party { id } }
                  debtors { id } parties { role } claims { invoiceNumber } timeline { kind } } } }""", Map.of("id", CaseFixtures.id(caseOfA)));
        Reply note = http.graphql(tokenOfA, "mutation($id: ID!) { caseNoteAdd(input: {caseId: $id, text: \"hi\"}) { userErrors { code } } }",
                Map.of("id", CaseFixtures.id(caseOfA)));

        assertThat((Object) detail.at("errors")).as(detail.body()).isNull();
        assertThat((String) detail.at("data.node.client.name")).isEqualTo(clientA.name());
        assertThat((String) detail.at("data.node.principalTotal.amount")).isEqualTo("120.00");
        assertThat((List<?>) detail.at("data.node.debtors")).isEmpty();
        assertThat((List<?>) detail.at("data.node.parties")).isEmpty();
        assertThat((List<?>) detail.at("data.node.claims")).hasSize(1);
        assertThat((String) note.at("data.caseNoteAdd.userErrors.0.code")).isEqualTo("PERMISSION_DENIED");
    }

    @Test
    void a_client_user_without_a_client_sees_no_case_and_links_show_on_the_user() {
        UserView unlinked = access.aUser(Role.CLIENT_USER);
        String token = http.signIn(unlinked.email(), AccessFixtures.PASSWORD);

        assertThat(listed(token)).isEmpty();
        assertThat((Object) http.graphql(token, NODE, Map.of("id", CaseFixtures.id(caseOfA))).at("data.node")).isNull();
        assertThat((List<Map<String, Object>>) http.graphql(tokenOfA, "{ me { clients { name } } }", Map.of()).at("data.me.clients"))
                .extracting(c -> c.get("name")).containsExactly(clientA.name());
        assertThat((List<?>) http.graphql(token, "{ me { clients { name } } }", Map.of()).at("data.me.clients")).isEmpty();
    }

    @Test
    void a_caseworker_of_another_team_sees_neither_client_case() {
        String outsider = http.signIn(access.aMember(Role.CASEWORKER, fixtures.aTeam("Elsewhere").id()).email(), AccessFixtures.PASSWORD);

        assertThat(listed(outsider)).doesNotContain(CaseFixtures.id(caseOfA), CaseFixtures.id(caseOfB));
        assertThat((Object) http.graphql(outsider, NODE, Map.of("id", CaseFixtures.id(caseOfA))).at("data.node")).isNull();
    }

    @Test
    void only_administrators_link_and_only_client_users_can_be_linked() {
        UserView someone = access.aUser(Role.CLIENT_USER);
        String supervisor = http.signIn(access.aUser(Role.SUPERVISOR).email(), AccessFixtures.PASSWORD);
        UserView caseworker = access.aUser(Role.CASEWORKER);

        Reply bySupervisor = link(supervisor, someone, List.of(CaseFixtures.id(clientB)));
        Reply byClientUser = link(tokenOfA, clientUserOfA, List.of(CaseFixtures.id(clientB)));
        Reply notAClientUser = link(admin, caseworker, List.of(CaseFixtures.id(clientB)));
        Reply unknownClient = link(admin, someone, List.of(GlobalId.encode("Client", java.util.UUID.randomUUID())));

        assertThat((String) bySupervisor.at("data.userClientsSet.userErrors.0.code")).isEqualTo("PERMISSION_DENIED");
        assertThat((String) byClientUser.at("data.userClientsSet.userErrors.0.code")).isEqualTo("PERMISSION_DENIED");
        assertThat((String) notAClientUser.at("data.userClientsSet.userErrors.0.code")).isEqualTo("NOT_A_CLIENT_USER");
        assertThat((List<String>) notAClientUser.at("data.userClientsSet.userErrors.0.field")).containsExactly("input", "clientIds");
        assertThat((String) unknownClient.at("data.userClientsSet.userErrors.0.code")).isEqualTo("NOT_FOUND");
        assertThat(listed(tokenOfA)).containsExactly(CaseFixtures.id(caseOfA));
    }

    @Test
    void relinking_replaces_the_clients_and_the_list_follows_at_once() {
        UserView user = access.aUser(Role.CLIENT_USER);
        String token = http.signIn(user.email(), AccessFixtures.PASSWORD);
        link(admin, user, List.of(CaseFixtures.id(clientA)));

        Reply both = link(admin, user, List.of(CaseFixtures.id(clientA), CaseFixtures.id(clientB)));
        List<String> seesBoth = listed(token);
        link(admin, user, List.of(CaseFixtures.id(clientB)));
        List<String> seesB = listed(token);
        link(admin, user, List.of());

        assertThat((List<?>) both.at("data.userClientsSet.user.clients")).hasSize(2);
        assertThat(seesBoth).containsExactlyInAnyOrder(CaseFixtures.id(caseOfA), CaseFixtures.id(caseOfB));
        assertThat(seesB).containsExactly(CaseFixtures.id(caseOfB));
        assertThat(listed(token)).isEmpty();
        // every change is in the access audit log, with who did it and before → after
        Reply audit = http.graphql(admin, """
                query($u: ID!) { auditEvents(first: 10, filter: {action: USER_CLIENTS_CHANGED, userId: $u}) { nodes { subject detail actor } } }""",
                Map.of("u", GlobalId.encode("User", user.id().value())));
        List<Map<String, Object>> changes = audit.at("data.auditEvents.nodes");
        String a = clientA.name();
        String b = clientB.name();
        // (the test clock stands still, so the four share one instant and their order is not defined)
        assertThat(changes).as(audit.body()).extracting(e -> e.get("detail")).containsExactlyInAnyOrder(
                "represents: " + b + " → none",
                "represents: " + a + ", " + b + " → " + b,
                "represents: " + a + " → " + a + ", " + b,
                "represents: none → " + a);
        assertThat(changes).allSatisfy(e -> assertThat(e.get("subject")).isEqualTo(user.email()));
    }
}
