package io.vorda.access.graphql;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vorda.access.Caller;
import io.vorda.access.Role;
import io.vorda.access.TeamView;
import io.vorda.access.Teams;
import io.vorda.access.UserView;
import io.vorda.access.Users;
import io.vorda.testing.AccessFixtures;
import io.vorda.testing.DatabaseTest;
import io.vorda.testing.TestHttp;
import io.vorda.testing.TestHttp.Reply;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class AccessGraphQLIntegrationTest implements DatabaseTest {

    private static final String CREATE_USER = """
            mutation($input: UserCreateInput!) {
              userCreate(input: $input) { user { id email roles teams { name } mustChangePassword } userErrors { code field message } }
            }""";

    @Inject TestHttp http;
    @Inject AccessFixtures fixtures;
    @Inject Users users;
    @Inject Teams teams;

    private String adminToken;
    private TeamView team;

    @BeforeAll
    void admin() {
        adminToken = http.signIn(fixtures.aUser(Role.ADMIN).email(), AccessFixtures.PASSWORD);
        team = teams.create(Caller.system(), "Team " + System.nanoTime(), null);
    }

    private String tokenFor(Role role) {
        return http.signIn(fixtures.aUser(role).email(), AccessFixtures.PASSWORD);
    }

    private Map<String, Object> newUser(String email, String password) {
        return Map.of("input", Map.of("name", "Nina Nieuw", "email", email, "phone", "06 12345678", "language", "NL",
                "roles", List.of("CASEWORKER"), "teamIds", List.of(teamId()), "temporaryPassword", password));
    }

    private String teamId() {
        return io.vorda.api.GlobalId.encode("Team", team.id().value());
    }

    @Test
    void without_a_token_the_staff_api_answers_401_as_a_problem() {
        Reply reply = http.post("/graphql", "{\"query\":\"{ me { id } }\"}");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat((String) reply.at("code")).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void a_forged_token_is_refused() {
        Reply reply = http.graphql("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.bm90LXNpZ25lZA", "{ me { id } }", Map.of());

        assertThat(reply.status()).isEqualTo(401);
    }

    @Test
    void me_is_the_signed_in_user_with_roles_and_language() {
        UserView user = fixtures.aUser(Role.FIELD_AGENT);
        String token = http.signIn(user.email(), AccessFixtures.PASSWORD);

        Reply reply = http.graphql(token, "{ me { email roles language active mustChangePassword } }", Map.of());

        assertThat((String) reply.at("data.me.email")).isEqualTo(user.email());
        assertThat((List<String>) reply.at("data.me.roles")).containsExactly("FIELD_AGENT");
        assertThat((String) reply.at("data.me.language")).isEqualTo("EN");
    }

    @Test
    void an_administrator_creates_a_caseworker_in_a_team_who_must_choose_a_password() {
        String email = "nina." + System.nanoTime() + "@test.example";

        Reply reply = http.graphql(adminToken, CREATE_USER, newUser(email, "Temporary-Pass-2026"));

        assertThat((List<?>) reply.at("data.userCreate.userErrors")).as(reply.body()).isEmpty();
        assertThat((String) reply.at("data.userCreate.user.email")).isEqualTo(email);
        assertThat((String) reply.at("data.userCreate.user.teams.0.name")).isEqualTo(team.name());
        assertThat((Boolean) reply.at("data.userCreate.user.mustChangePassword")).isTrue();
        assertThat(http.signIn(email, "Temporary-Pass-2026")).isNotBlank();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"SUPERVISOR", "CASEWORKER", "FIELD_AGENT", "CLIENT_USER"})
    void only_administrators_may_create_users(Role role) {
        String email = "intruder." + System.nanoTime() + "@test.example";

        Reply reply = http.graphql(tokenFor(role), CREATE_USER, newUser(email, "Temporary-Pass-2026"));

        assertThat((String) reply.at("data.userCreate.userErrors.0.code")).isEqualTo("PERMISSION_DENIED");
        assertThat((Object) reply.at("data.userCreate.user")).isNull();
        assertThat(users.exists(email)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{ users { totalCount } }", "{ auditEvents { totalCount } }", "{ apiClients { totalCount } }"})
    void only_administrators_may_read_users_the_audit_log_and_api_clients(String query) {
        for (Role role : List.of(Role.SUPERVISOR, Role.CASEWORKER, Role.FIELD_AGENT, Role.CLIENT_USER)) {
            Reply reply = http.graphql(tokenFor(role), query, Map.of());

            assertThat((Object) reply.at("data")).as(role + ": " + reply.body()).isNull();
            assertThat((String) reply.at("errors.0.extensions.code")).isEqualTo("PERMISSION_DENIED");
        }
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"SUPERVISOR", "CASEWORKER", "FIELD_AGENT", "CLIENT_USER"})
    void only_administrators_may_change_deactivate_or_reset_users_or_manage_teams_and_api_clients(Role role) {
        String token = tokenFor(role);
        String victim = io.vorda.api.GlobalId.encode("User", fixtures.aUser(Role.CASEWORKER).id().value());
        Map<String, String> mutations = Map.of(
                "userUpdate", "mutation { userUpdate(input: {userId: \"%s\", name: \"X\"}) { userErrors { code } } }".formatted(victim),
                "userDeactivate", "mutation { userDeactivate(input: {userId: \"%s\"}) { userErrors { code } } }".formatted(victim),
                "userPasswordReset", "mutation { userPasswordReset(input: {userId: \"%s\", temporaryPassword: \"Another-Long-Pass-1\"}) { userErrors { code } } }".formatted(victim),
                "teamCreate", "mutation { teamCreate(input: {name: \"Rogue %d\"}) { userErrors { code } } }".formatted(System.nanoTime()),
                "teamArchive", "mutation { teamArchive(input: {teamId: \"%s\"}) { userErrors { code } } }".formatted(teamId()),
                "apiClientCreate", "mutation { apiClientCreate(input: {name: \"Rogue %d\"}) { clientSecret userErrors { code } } }".formatted(System.nanoTime()));
        mutations.forEach((name, mutation) -> {
            Reply reply = http.graphql(token, mutation, Map.of());
            assertThat((String) reply.at("data." + name + ".userErrors.0.code")).as(name + " " + reply.body()).isEqualTo("PERMISSION_DENIED");
        });
        assertThat(teams.find(Caller.system(), team.id()).orElseThrow().active()).isTrue();
    }

    @Test
    void a_duplicate_email_is_a_user_error_on_the_email_field_and_changes_nothing() {
        UserView existing = fixtures.aUser(Role.CASEWORKER);
        long before = users.list(Caller.system(), io.vorda.access.UserFilter.all(), io.vorda.access.UserOrder.byName(),
                io.vorda.shared.PageRequest.of(1, null)).totalCount();

        Reply reply = http.graphql(adminToken, CREATE_USER, newUser(existing.email().toUpperCase(), "Temporary-Pass-2026"));

        assertThat((String) reply.at("data.userCreate.userErrors.0.code")).isEqualTo("EMAIL_ALREADY_USED");
        assertThat((List<String>) reply.at("data.userCreate.userErrors.0.field")).containsExactly("input", "email");
        assertThat(users.list(Caller.system(), io.vorda.access.UserFilter.all(), io.vorda.access.UserOrder.byName(),
                io.vorda.shared.PageRequest.of(1, null)).totalCount()).isEqualTo(before);
    }

    @Test
    void a_weak_password_an_invalid_email_and_a_bad_phone_are_refused_by_field() {
        String email = "ok." + System.nanoTime() + "@test.example";
        assertThat((List<String>) http.graphql(adminToken, CREATE_USER, newUser(email, "short")).at("data.userCreate.userErrors.0.field"))
                .containsExactly("input", "temporaryPassword");
        assertThat((String) http.graphql(adminToken, CREATE_USER, newUser(email, "password1234")).at("data.userCreate.userErrors.0.code"))
                .isEqualTo("PASSWORD_TOO_WEAK");
        Reply badEmail = http.graphql(adminToken, CREATE_USER, newUser("not-an-email", "Temporary-Pass-2026"));
        assertThat((String) badEmail.at("data.userCreate.userErrors.0.code")).isEqualTo("INVALID_FORMAT");
        assertThat((List<String>) badEmail.at("data.userCreate.userErrors.0.field")).containsExactly("input", "email");
        Map<String, Object> badPhone = Map.of("input", Map.of("name", "P", "email", email, "phone", "12", "language", "EN",
                "roles", List.of("CASEWORKER"), "temporaryPassword", "Temporary-Pass-2026"));
        assertThat((List<String>) http.graphql(adminToken, CREATE_USER, badPhone).at("data.userCreate.userErrors.0.field"))
                .containsExactly("input", "phone");
        assertThat(users.exists(email)).isFalse();
    }

    @Test
    void errors_never_carry_stack_traces_or_sql() {
        List<Reply> replies = List.of(
                http.graphql(adminToken, "{ nope }", Map.of()),
                http.graphql(adminToken, "{ users(first: 5000) { totalCount } }", Map.of()),
                http.graphql(adminToken, "{ users(after: \"%%%\") { totalCount } }", Map.of()),
                http.graphql(adminToken, "{ node(id: \"garbage\") { id } }", Map.of()),
                http.post("/graphql", "{\"query\": 42}", "Authorization", "Bearer " + adminToken),
                http.post("/graphql", "not json", "Authorization", "Bearer " + adminToken));
        for (Reply reply : replies) {
            assertThat(reply.status()).as(reply.body()).isLessThan(500);
            assertThat(reply.body()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("SELECT")
                    .doesNotContain("io.vorda").doesNotContain("org.postgresql");
        }
    }

    @Test
    void users_are_paged_by_cursor_and_filtered_by_role_and_team() {
        UserView member = users.create(Caller.system(), new io.vorda.access.NewUser("Paging Member", "member." + System.nanoTime() + "@test.example",
                null, io.vorda.access.Language.EN, java.util.Set.of(Role.SUPERVISOR), List.of(team.id()), "Temporary-Pass-2026"));

        Reply byTeam = http.graphql(adminToken, "query($t: ID!) { users(filter: {teamId: $t, role: SUPERVISOR}) { totalCount nodes { email } } }",
                Map.of("t", teamId()));
        assertThat((Integer) byTeam.at("data.users.totalCount")).as(byTeam.body()).isEqualTo(1);
        assertThat((String) byTeam.at("data.users.nodes.0.email")).isEqualTo(member.email());

        Reply first = http.graphql(adminToken, "{ users(first: 2, orderBy: {field: EMAIL, direction: ASC}) { totalCount pageInfo { hasNextPage endCursor } nodes { email } } }", Map.of());
        String cursor = first.at("data.users.pageInfo.endCursor");
        Reply second = http.graphql(adminToken, "query($c: String) { users(first: 2, after: $c, orderBy: {field: EMAIL, direction: ASC}) { pageInfo { hasPreviousPage } nodes { email } } }",
                Map.of("c", cursor));
        List<Map<String, String>> page1 = first.at("data.users.nodes");
        List<Map<String, String>> page2 = second.at("data.users.nodes");
        assertThat((Boolean) first.at("data.users.pageInfo.hasNextPage")).isTrue();
        assertThat(page2.get(0).get("email")).isGreaterThan(page1.get(1).get("email"));
        assertThat((Boolean) second.at("data.users.pageInfo.hasPreviousPage")).isTrue();
    }

    @Test
    void explicit_null_filters_mean_no_filter() {
        Reply users = http.graphql(adminToken, "query($f: UserFilter) { users(filter: $f) { totalCount } }", java.util.Collections.singletonMap("f", null));
        Reply audit = http.graphql(adminToken, "{ auditEvents(filter: null) { totalCount } users(filter: {role: null, search: null}) { totalCount } }", Map.of());

        assertThat((List<?>) users.at("errors")).as(users.body()).isNull();
        assertThat((List<?>) audit.at("errors")).as(audit.body()).isNull();
        assertThat((Integer) audit.at("data.auditEvents.totalCount")).isPositive();
    }

    @Test
    void teams_list_their_members_in_one_request() {
        Reply reply = http.graphql(adminToken, "{ teams(first: 50) { nodes { name members(first: 5) { totalCount nodes { email teams { name } } } } } }", Map.of());

        assertThat((List<?>) reply.at("errors")).as(reply.body()).isNull();
        List<Map<String, Object>> nodes = reply.at("data.teams.nodes");
        assertThat(nodes).extracting(n -> n.get("name")).contains(team.name());
    }

    @Test
    void a_user_updates_their_own_profile_and_changes_their_password() {
        UserView user = fixtures.aUser(Role.CASEWORKER);
        String token = http.signIn(user.email(), AccessFixtures.PASSWORD);

        Reply profile = http.graphql(token, "mutation { profileUpdate(input: {name: \"Renamed\", phone: \"+48 601 234 567\", language: PL}) { user { name phone language } userErrors { code } } }", Map.of());
        assertThat((String) profile.at("data.profileUpdate.user.phone")).as(profile.body()).isEqualTo("+48601234567");
        assertThat((String) profile.at("data.profileUpdate.user.language")).isEqualTo("PL");

        Reply wrong = http.graphql(token, "mutation { passwordChange(input: {currentPassword: \"nope-nope-nope\", newPassword: \"A-Brand-New-Secret-1\"}) { userErrors { code field } } }", Map.of());
        assertThat((String) wrong.at("data.passwordChange.userErrors.0.code")).isEqualTo("PASSWORD_INCORRECT");

        Reply changed = http.graphql(token, "mutation { passwordChange(input: {currentPassword: \"%s\", newPassword: \"A-Brand-New-Secret-1\"}) { user { mustChangePassword } userErrors { code } } }"
                .formatted(AccessFixtures.PASSWORD), Map.of());
        assertThat((List<?>) changed.at("data.passwordChange.userErrors")).isEmpty();
        assertThat(http.signIn(user.email(), "A-Brand-New-Secret-1")).isNotBlank();
    }

    @Test
    void a_deactivated_users_access_token_stops_working_at_once() {
        UserView user = fixtures.aUser(Role.CASEWORKER);
        String token = http.signIn(user.email(), AccessFixtures.PASSWORD);

        users.deactivate(Caller.system(), user.id());
        Reply reply = http.graphql(token, "{ me { id } }", Map.of());

        assertThat(reply.status()).isEqualTo(401);
        assertThat((String) reply.at("code")).isEqualTo("ACCOUNT_INACTIVE");
    }

    @Test
    void an_administrator_cannot_deactivate_themself() {
        UserView admin = fixtures.aUser(Role.ADMIN);
        String token = http.signIn(admin.email(), AccessFixtures.PASSWORD);
        String self = io.vorda.api.GlobalId.encode("User", admin.id().value());

        Reply reply = http.graphql(token, "mutation { userDeactivate(input: {userId: \"%s\"}) { userErrors { code } } }".formatted(self), Map.of());

        assertThat((String) reply.at("data.userDeactivate.userErrors.0.code")).isEqualTo("CANNOT_CHANGE_OWN_ACCESS");
    }

    @Test
    void the_audit_log_records_sign_ins_and_administrators_changes() {
        String email = "audited." + System.nanoTime() + "@test.example";
        String userId = http.graphql(adminToken, CREATE_USER, newUser(email, "Temporary-Pass-2026")).at("data.userCreate.user.id");
        http.signIn(email, "Temporary-Pass-2026");

        Reply reply = http.graphql(adminToken, "query($u: ID!) { auditEvents(first: 20, filter: {userId: $u}) { nodes { action subject actorUser { email } } } }",
                Map.of("u", userId));

        List<Map<String, Object>> events = reply.at("data.auditEvents.nodes");
        assertThat(events).as(reply.body()).extracting(e -> e.get("action")).containsExactlyInAnyOrder("USER_CREATED", "SIGN_IN_SUCCEEDED");
        assertThat(events).allSatisfy(e -> assertThat(e.get("subject")).isEqualTo(email));
        assertThat(events).anySatisfy(e -> assertThat(e.get("actorUser")).isNotNull());
    }

    @Test
    void an_integrators_token_cannot_use_the_staff_api() {
        Reply created = http.graphql(adminToken, "mutation { apiClientCreate(input: {name: \"Acme %d\"}) { apiClient { clientId } clientSecret } }"
                .formatted(System.nanoTime()), Map.of());
        Reply token = http.postJson("/api/integrations/v1/tokens", Map.of("grantType", "CLIENT_CREDENTIALS",
                "clientId", created.at("data.apiClientCreate.apiClient.clientId"),
                "clientSecret", created.at("data.apiClientCreate.clientSecret")));

        Reply reply = http.graphql(token.at("accessToken"), "{ me { id } }", Map.of());

        assertThat(reply.status()).isEqualTo(403);
        assertThat((String) reply.at("code")).isEqualTo("PERMISSION_DENIED");
    }

    @Test
    void node_finds_a_user_by_global_id_for_an_administrator_but_not_for_a_caseworker() {
        UserView someone = fixtures.aUser(Role.CASEWORKER);
        String id = io.vorda.api.GlobalId.encode("User", someone.id().value());
        String query = "query($id: ID!) { node(id: $id) { ... on User { email } } }";

        assertThat((String) http.graphql(adminToken, query, Map.of("id", id)).at("data.node.email")).isEqualTo(someone.email());
        assertThat((Object) http.graphql(tokenFor(Role.CASEWORKER), query, Map.of("id", id)).at("data.node")).isNull();
    }
}
