package io.vorda.cases.graphql;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vorda.access.Role;
import io.vorda.access.TeamView;
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

@MicronautTest(transactional = false)
class SavedCaseViewGraphQLIntegrationTest implements DatabaseTest {

    private static final String FIELDS = """
            id name createdAt orderBy { field direction }
            filter { statuses clientId assigneeId teamId jurisdiction mine openedFrom openedTo principalMin principalMax ageMinDays ageMaxDays withoutPlan }""";
    private static final String CREATE = "mutation($input: SavedCaseViewCreateInput!) { savedCaseViewCreate(input: $input) { savedCaseView { "
            + FIELDS + " } userErrors { code field message } } }";
    private static final String RENAME = "mutation($id: ID!, $name: String!) { savedCaseViewRename(input: {viewId: $id, name: $name}) { savedCaseView { name } userErrors { code field } } }";
    private static final String DELETE = "mutation($id: ID!) { savedCaseViewDelete(input: {viewId: $id}) { deletedViewId userErrors { code field } } }";
    private static final String MINE = "{ savedCaseViews { " + FIELDS + " } }";

    @Inject TestHttp http;
    @Inject AccessFixtures access;
    @Inject CaseFixtures fixtures;

    private String teamId;
    private String clientId;

    @BeforeAll
    void world() {
        TeamView team = fixtures.aTeam("Views");
        teamId = CaseFixtures.id(team);
        clientId = CaseFixtures.id(fixtures.aClient("View Client", team));
    }

    private String aCaseworker() {
        return http.signIn(access.aUser(Role.CASEWORKER).email(), AccessFixtures.PASSWORD);
    }

    private Reply create(String token, String name) {
        return http.graphql(token, CREATE, Map.of("input", Map.of("name", name,
                "filter", Map.of("statuses", List.of("NEW", "ACTIVE"), "clientId", clientId, "teamId", teamId, "principalMin", "500.00",
                        "ageMinDays", 90, "withoutPlan", true, "openedFrom", "2026-01-01"),
                "orderBy", Map.of("field", "PRINCIPAL_TOTAL", "direction", "DESC"))));
    }

    @Test
    void a_view_keeps_every_filter_and_the_sort_exactly_as_saved() {
        String worker = aCaseworker();

        Reply created = create(worker, "  Big old cases  ");
        Reply mine = http.graphql(worker, MINE, Map.of());

        assertThat((List<?>) created.at("data.savedCaseViewCreate.userErrors")).as(created.body()).isEmpty();
        assertThat((String) mine.at("data.savedCaseViews.0.name")).as(mine.body()).isEqualTo("Big old cases");
        Map<String, Object> filter = mine.at("data.savedCaseViews.0.filter");
        assertThat(filter).containsEntry("statuses", List.of("NEW", "ACTIVE")).containsEntry("clientId", clientId)
                .containsEntry("teamId", teamId).containsEntry("principalMin", "500.00").containsEntry("ageMinDays", 90)
                .containsEntry("withoutPlan", true).containsEntry("mine", false).containsEntry("openedFrom", "2026-01-01")
                .containsEntry("assigneeId", null).containsEntry("principalMax", null);
        assertThat((Map<String, Object>) mine.at("data.savedCaseViews.0.orderBy"))
                .containsEntry("field", "PRINCIPAL_TOTAL").containsEntry("direction", "DESC");
    }

    @Test
    void views_are_listed_by_name_renamed_and_deleted_and_names_are_unique_per_user_ignoring_case() {
        String worker = aCaseworker();
        String other = aCaseworker();
        String zebra = create(worker, "Zebra").at("data.savedCaseViewCreate.savedCaseView.id");
        create(worker, "alpha");

        Reply twice = create(worker, "ALPHA");
        Reply sameNameOtherUser = create(other, "Alpha");
        Reply renamed = http.graphql(worker, RENAME, Map.of("id", zebra, "name", "Beta"));
        Reply clash = http.graphql(worker, RENAME, Map.of("id", zebra, "name", "Alpha"));

        assertThat((String) twice.at("data.savedCaseViewCreate.userErrors.0.code")).isEqualTo("SAVED_VIEW_NAME_ALREADY_USED");
        assertThat((List<String>) twice.at("data.savedCaseViewCreate.userErrors.0.field")).containsExactly("input", "name");
        assertThat((List<?>) sameNameOtherUser.at("data.savedCaseViewCreate.userErrors")).isEmpty();
        assertThat((String) renamed.at("data.savedCaseViewRename.savedCaseView.name")).isEqualTo("Beta");
        assertThat((String) clash.at("data.savedCaseViewRename.userErrors.0.code")).isEqualTo("SAVED_VIEW_NAME_ALREADY_USED");
        List<Map<String, Object>> listed = http.graphql(worker, MINE, Map.of()).at("data.savedCaseViews");
        assertThat(listed).extracting(v -> v.get("name")).containsExactly("alpha", "Beta");

        Reply deleted = http.graphql(worker, DELETE, Map.of("id", zebra));

        assertThat((String) deleted.at("data.savedCaseViewDelete.deletedViewId")).isEqualTo(zebra);
        assertThat((List<Map<String, Object>>) http.graphql(worker, MINE, Map.of()).at("data.savedCaseViews"))
                .extracting(v -> v.get("name")).containsExactly("alpha");
    }

    @Test
    void another_user_can_neither_see_nor_rename_nor_delete_my_view() {
        String owner = aCaseworker();
        String id = create(owner, "Mine only").at("data.savedCaseViewCreate.savedCaseView.id");
        String supervisor = http.signIn(access.aUser(Role.SUPERVISOR).email(), AccessFixtures.PASSWORD);
        String admin = http.signIn(access.aUser(Role.ADMIN).email(), AccessFixtures.PASSWORD);

        for (String stranger : List.of(aCaseworker(), supervisor, admin)) {
            assertThat((Object) http.graphql(stranger, "query($id: ID!) { node(id: $id) { id } }", Map.of("id", id)).at("data.node")).isNull();
            assertThat((List<?>) http.graphql(stranger, MINE, Map.of()).at("data.savedCaseViews")).isEmpty();
            assertThat((String) http.graphql(stranger, RENAME, Map.of("id", id, "name", "Stolen")).at("data.savedCaseViewRename.userErrors.0.code"))
                    .isEqualTo("NOT_FOUND");
            assertThat((String) http.graphql(stranger, DELETE, Map.of("id", id)).at("data.savedCaseViewDelete.userErrors.0.code"))
                    .isEqualTo("NOT_FOUND");
        }
        assertThat((String) http.graphql(owner, "query($id: ID!) { node(id: $id) { ... on SavedCaseView { name } } }", Map.of("id", id))
                .at("data.node.name")).isEqualTo("Mine only");
    }

    @Test
    void a_view_needs_a_name_and_a_filter_that_can_match() {
        String worker = aCaseworker();

        Reply blank = http.graphql(worker, CREATE, Map.of("input", Map.of("name", "  ")));
        Reply upsideDown = http.graphql(worker, CREATE, Map.of("input", Map.of("name", "Upside down",
                "filter", Map.of("ageMinDays", 10, "ageMaxDays", 5))));
        Reply plain = http.graphql(worker, CREATE, Map.of("input", Map.of("name", "Everything")));

        assertThat((String) blank.at("data.savedCaseViewCreate.userErrors.0.code")).isEqualTo("REQUIRED");
        assertThat((List<String>) upsideDown.at("data.savedCaseViewCreate.userErrors.0.field")).containsExactly("input", "filter", "ageMaxDays");
        assertThat((Map<String, Object>) plain.at("data.savedCaseViewCreate.savedCaseView.orderBy"))
                .containsEntry("field", "OPENED_ON").containsEntry("direction", "DESC");
    }
}
