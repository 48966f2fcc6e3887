package io.vorda.platform;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vorda.access.Caller;
import io.vorda.access.Teams;
import io.vorda.access.UserFilter;
import io.vorda.access.UserOrder;
import io.vorda.access.Users;
import io.vorda.shared.PageRequest;
import io.vorda.testing.DatabaseTest;
import io.vorda.testing.TestDatabase;
import io.vorda.testing.TestHttp;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class DemoDataIntegrationTest implements DatabaseTest {

    @Inject DemoData demoData;
    @Inject EmbeddedServer server;
    @Inject Users users;
    @Inject Teams teams;
    @Inject TestHttp http;
    @Inject io.vorda.party.Parties parties;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestDatabase.properties());
        properties.put("vorda.demo-data.enabled", "true");
        return properties;
    }

    @Test
    void every_demo_account_signs_in_with_the_printed_password_and_needs_no_password_change() {
        for (String email : new String[] {"admin@vorda.example", "supervisor@vorda.example", "caseworker@vorda.example",
                "field@vorda.example", "client@vorda.example"}) {
            var reply = http.postJson("/api/auth/login", Map.of("email", email, "password", DemoData.PASSWORD));
            assertThat(reply.status()).as(email).isEqualTo(200);
            assertThat((Boolean) reply.at("user.mustChangePassword")).isFalse();
        }
    }

    @Test
    void loading_the_demo_data_again_changes_nothing() {
        long usersBefore = count();
        long teamsBefore = teams.list(Caller.system(), true, PageRequest.of(100, null)).totalCount();
        long partiesBefore = parties.list(Caller.system(), new io.vorda.party.PartyFilter(null, null, null, null, null, null, null, null, null),
                PageRequest.of(1, null)).totalCount();

        demoData.onApplicationEvent(new ServerStartupEvent(server));

        assertThat(count()).isEqualTo(usersBefore);
        assertThat(teams.list(Caller.system(), true, PageRequest.of(100, null)).totalCount()).isEqualTo(teamsBefore);
        assertThat(teams.findIdByName("Field Team")).isPresent();
        assertThat(parties.list(Caller.system(), new io.vorda.party.PartyFilter(null, null, null, null, null, null, null, null, null),
                PageRequest.of(1, null)).totalCount()).isEqualTo(partiesBefore);
    }

    @Test
    void demo_parties_are_found_by_quick_search() {
        var admin = http.signIn("admin@vorda.example", DemoData.PASSWORD);

        var reply = http.graphql(admin, "{ partySearch(text: \"NL91 ABNA 0417 1643 00\") { party { displayName children { totalCount } } } }", Map.of());

        assertThat((String) reply.at("data.partySearch.0.party.displayName")).as(reply.body()).isEqualTo("Noordzee Energie B.V. (Noordzee Energie)");
        assertThat((Integer) reply.at("data.partySearch.0.party.children.totalCount")).isEqualTo(1);
    }

    @Test
    void the_demo_has_two_hundred_cases_in_varied_states_and_the_caseworker_sees_those_of_their_team() {
        var admin = http.signIn("admin@vorda.example", DemoData.PASSWORD);
        var caseworker = http.signIn("caseworker@vorda.example", DemoData.PASSWORD);

        var all = http.graphql(admin, "{ all: cases { totalCount } held: cases(filter: {statuses: [ON_HOLD]}) { totalCount } closed: cases(filter: {statuses: [CLOSED]}) { totalCount } clients { totalCount } }", Map.of());
        var mine = http.graphql(caseworker, "{ cases { totalCount } }", Map.of());

        // other test classes share this database, so the demo's figures are lower bounds here
        int total = all.at("data.all.totalCount");
        assertThat(total).as(all.body()).isGreaterThanOrEqualTo(200);
        assertThat((Integer) all.at("data.held.totalCount")).isPositive();
        assertThat((Integer) all.at("data.closed.totalCount")).isPositive();
        assertThat((Integer) all.at("data.clients.totalCount")).isGreaterThanOrEqualTo(4);
        assertThat((Integer) mine.at("data.cases.totalCount")).isPositive().isLessThan(total);
    }

    @Test
    void the_demo_client_user_sees_the_cases_of_the_dutch_energy_company_only() {
        var client = http.signIn("client@vorda.example", DemoData.PASSWORD);

        var reply = http.graphql(client, "{ me { clients { name } } cases(first: 100) { totalCount nodes { client { name } } } }", Map.of());

        assertThat((List<Map<String, Object>>) reply.at("data.me.clients")).as(reply.body()).extracting(c -> c.get("name"))
                .containsExactly("Noordzee Energie B.V. (Noordzee Energie)");
        assertThat((Integer) reply.at("data.cases.totalCount")).isEqualTo(50);
        assertThat((List<Map<String, Map<String, Object>>>) reply.at("data.cases.nodes"))
                .allSatisfy(c -> assertThat(c.get("client").get("name")).isEqualTo("Noordzee Energie B.V. (Noordzee Energie)"));
    }

    private long count() {
        return users.list(Caller.system(), UserFilter.all(), UserOrder.byName(), PageRequest.of(1, null)).totalCount();
    }
}
