package io.vorda.cases.graphql;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vorda.access.Caller;
import io.vorda.access.Role;
import io.vorda.access.TeamView;
import io.vorda.api.GlobalId;
import io.vorda.cases.CaseView;
import io.vorda.cases.Cases;
import io.vorda.cases.HoldReason;
import io.vorda.cases.NewClaim;
import io.vorda.client.ClientView;
import io.vorda.party.PartyId;
import io.vorda.testing.AccessFixtures;
import io.vorda.testing.CaseFixtures;
import io.vorda.testing.DatabaseTest;
import io.vorda.testing.TestClock;
import io.vorda.testing.TestHttp;
import io.vorda.testing.TestHttp.Reply;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The case list's amount, age and "without a plan" filters and the principal-total sort, over GraphQL. */
@MicronautTest(transactional = false)
class CaseListFiltersIntegrationTest implements DatabaseTest {

    private static final String LIST = """
            query($f: CaseFilter, $o: CaseOrder, $n: Int, $after: String) {
              cases(first: $n, after: $after, filter: $f, orderBy: $o) {
                totalCount pageInfo { hasNextPage endCursor } nodes { id reference status principalTotal { amount currency } } } }""";

    @Inject TestHttp http;
    @Inject AccessFixtures access;
    @Inject CaseFixtures fixtures;
    @Inject Cases cases;
    @Inject TestClock clock;

    private String worker;
    private String teamId;
    private CaseView small;
    private CaseView sameAsSmall;
    private CaseView held;
    private CaseView fresh;
    private CaseView grown;

    @BeforeAll
    void world() {
        TeamView team = fixtures.aTeam("Filters");
        teamId = CaseFixtures.id(team);
        ClientView client = fixtures.aClient("Filter Client", team);
        worker = http.signIn(access.aMember(Role.CASEWORKER, team.id()).email(), AccessFixtures.PASSWORD);
        Caller system = Caller.system();
        // opened on 2 March: 60 days old once the clock has moved to 1 May
        small = cases.activate(system, fixtures.aCase(client, team, "100.00").id());
        sameAsSmall = fixtures.aCase(client, team, "60.00", "40.00");
        held = fixtures.aCase(client, team, "200.00", "50.50");
        cases.hold(system, held.id(), HoldReason.DISPUTE, null);
        clock.advance(Duration.ofDays(40));
        // opened on 11 April: 20 days old on 1 May
        fresh = fixtures.aCase(client, team, "999.99");
        grown = cases.activate(system, fixtures.aCase(client, team, "1000.00").id());
        cases.addClaim(system, grown.id(), new NewClaim("LATER-" + System.nanoTime(), LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 5, 1), new BigDecimal("4000.00"), null, null));
        clock.advance(Duration.ofDays(20));
    }

    private Reply list(Map<String, Object> filter, String field, String direction, int first, String after) {
        Map<String, Object> f = new HashMap<>(filter);
        f.put("teamId", teamId);
        Map<String, Object> variables = new HashMap<>(Map.of("f", f, "o", Map.of("field", field, "direction", direction), "n", first));
        variables.put("after", after);
        return http.graphql(worker, LIST, variables);
    }

    private List<String> ids(Map<String, Object> filter) {
        Reply reply = list(filter, "OPENED_ON", "DESC", 100, null);
        assertThat((Object) reply.at("errors")).as(reply.body()).isNull();
        List<Map<String, Object>> nodes = reply.at("data.cases.nodes");
        return nodes.stream().map(n -> (String) n.get("id")).toList();
    }

    @Test
    void the_principal_total_follows_every_claim_including_one_added_later() {
        Reply reply = http.graphql(worker, "query($id: ID!) { node(id: $id) { ... on Case { principalTotal { amount currency } claims { id } } } }",
                Map.of("id", CaseFixtures.id(grown)));

        assertThat((String) reply.at("data.node.principalTotal.amount")).as(reply.body()).isEqualTo("5000.00");
        assertThat((String) reply.at("data.node.principalTotal.currency")).isEqualTo("EUR");
        assertThat((List<?>) reply.at("data.node.claims")).hasSize(2);
    }

    @Test
    void an_amount_range_includes_both_ends() {
        assertThat(ids(Map.of("principalMin", "250.50", "principalMax", "999.99")))
                .containsExactlyInAnyOrder(CaseFixtures.id(held), CaseFixtures.id(fresh));
        assertThat(ids(Map.of("principalMin", "1000.01"))).containsExactly(CaseFixtures.id(grown));
        assertThat(ids(Map.of("principalMax", "100"))).containsExactlyInAnyOrder(CaseFixtures.id(small), CaseFixtures.id(sameAsSmall));
    }

    @Test
    void age_counts_days_since_opening_in_both_directions() {
        List<String> old = List.of(CaseFixtures.id(small), CaseFixtures.id(sameAsSmall), CaseFixtures.id(held));
        List<String> young = List.of(CaseFixtures.id(fresh), CaseFixtures.id(grown));

        assertThat(ids(Map.of("ageMinDays", 30))).containsExactlyInAnyOrderElementsOf(old);
        assertThat(ids(Map.of("ageMaxDays", 30))).containsExactlyInAnyOrderElementsOf(young);
        assertThat(ids(Map.of("ageMinDays", 60, "ageMaxDays", 60))).containsExactlyInAnyOrderElementsOf(old);
        assertThat(ids(Map.of("ageMinDays", 20, "ageMaxDays", 20))).containsExactlyInAnyOrderElementsOf(young);
        assertThat(ids(Map.of("ageMinDays", 61))).isEmpty();
    }

    @Test
    void without_a_plan_means_new_or_active_and_combines_with_other_criteria() {
        assertThat(ids(Map.of("withoutPlan", true))).containsExactlyInAnyOrder(CaseFixtures.id(small), CaseFixtures.id(sameAsSmall),
                CaseFixtures.id(fresh), CaseFixtures.id(grown));
        assertThat(ids(Map.of("withoutPlan", true, "statuses", List.of("ACTIVE", "ON_HOLD"))))
                .containsExactlyInAnyOrder(CaseFixtures.id(small), CaseFixtures.id(grown));
        assertThat(ids(Map.of("withoutPlan", true, "ageMinDays", 30, "principalMin", "100")))
                .containsExactlyInAnyOrder(CaseFixtures.id(small), CaseFixtures.id(sameAsSmall));
    }

    @Test
    void sorting_by_principal_total_pages_one_at_a_time_without_skipping_or_repeating_ties() {
        for (String direction : List.of("DESC", "ASC")) {
            List<String> seen = new ArrayList<>();
            List<BigDecimal> amounts = new ArrayList<>();
            String after = null;
            boolean more = true;
            while (more) {
                Reply page = list(Map.of(), "PRINCIPAL_TOTAL", direction, 1, after);
                assertThat((Object) page.at("errors")).as(page.body()).isNull();
                seen.add(page.at("data.cases.nodes.0.id"));
                amounts.add(new BigDecimal((String) page.at("data.cases.nodes.0.principalTotal.amount")));
                more = page.at("data.cases.pageInfo.hasNextPage");
                after = page.at("data.cases.pageInfo.endCursor");
            }
            assertThat(seen).as(direction).doesNotHaveDuplicates().hasSize(5);
            assertThat(amounts).as(direction).isSortedAccordingTo(direction.equals("ASC") ? BigDecimal::compareTo
                    : (a, b) -> b.compareTo(a));
            assertThat(amounts.get(direction.equals("ASC") ? 4 : 0)).isEqualByComparingTo("5000.00");
        }
    }

    @Test
    void a_cursor_of_another_sort_order_is_refused_on_after() {
        String byReference = list(Map.of(), "REFERENCE", "ASC", 1, null).at("data.cases.pageInfo.endCursor");

        Reply reply = list(Map.of(), "PRINCIPAL_TOTAL", "DESC", 1, byReference);

        assertThat((String) reply.at("errors.0.extensions.code")).as(reply.body()).isEqualTo("INVALID_FORMAT");
        assertThat((String) reply.at("errors.0.extensions.field")).isEqualTo("after");
    }

    @Test
    void ranges_that_cannot_match_are_refused_naming_the_criterion() {
        Reply upsideDown = list(Map.of("principalMin", "500", "principalMax", "100"), "OPENED_ON", "DESC", 10, null);
        Reply negativeAge = list(Map.of("ageMinDays", -1), "OPENED_ON", "DESC", 10, null);

        assertThat((String) upsideDown.at("errors.0.extensions.code")).as(upsideDown.body()).isEqualTo("INVALID_PERIOD");
        assertThat((String) upsideDown.at("errors.0.extensions.field")).isEqualTo("filter.principalMax");
        assertThat((String) negativeAge.at("errors.0.extensions.code")).isEqualTo("INVALID_FORMAT");
        assertThat((String) negativeAge.at("errors.0.extensions.field")).isEqualTo("filter.ageMinDays");
    }

    @Test
    void a_partys_cases_are_those_it_is_in_and_the_caller_may_see() {
        TeamView team = fixtures.aTeam("Party cases");
        TeamView otherTeam = fixtures.aTeam("Party cases elsewhere");
        ClientView client = fixtures.aClient("Party Client", team);
        PartyId debtor = fixtures.aDebtor("Veelschuld");
        CaseView first = fixtures.aCase(client, team, debtor, "10.00");
        CaseView second = fixtures.aCase(client, team, debtor, "20.00");
        CaseView elsewhere = fixtures.aCase(client, otherTeam, debtor, "30.00");
        fixtures.aCase(client, team, fixtures.aDebtor("Ander"), "40.00");
        String member = http.signIn(access.aMember(Role.CASEWORKER, team.id()).email(), AccessFixtures.PASSWORD);
        String supervisor = http.signIn(access.aMember(Role.SUPERVISOR).email(), AccessFixtures.PASSWORD);
        Map<String, Object> variables = Map.of("f", Map.of("partyId", GlobalId.encode("Party", debtor.value())), "n", 50);

        Reply asMember = http.graphql(member, LIST, variables);
        Reply asSupervisor = http.graphql(supervisor, LIST, variables);

        assertThat((List<Map<String, Object>>) asMember.at("data.cases.nodes")).as(asMember.body()).extracting(n -> n.get("id"))
                .containsExactlyInAnyOrder(CaseFixtures.id(first), CaseFixtures.id(second));
        assertThat((Integer) asMember.at("data.cases.totalCount")).isEqualTo(2);
        assertThat((List<Map<String, Object>>) asSupervisor.at("data.cases.nodes")).extracting(n -> n.get("id"))
                .containsExactlyInAnyOrder(CaseFixtures.id(first), CaseFixtures.id(second), CaseFixtures.id(elsewhere));
        Reply bad = http.graphql(member, LIST, Map.of("f", Map.of("partyId", "not-an-id"), "n", 5));
        assertThat((Object) bad.at("data.cases")).as(bad.body()).isNull();
        assertThat((String) bad.at("errors.0.extensions.code")).isEqualTo("INVALID_FORMAT");
    }
}
