package io.vorda.arrangement.graphql;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vorda.access.Role;
import io.vorda.access.TeamView;
import io.vorda.api.GlobalId;
import io.vorda.cases.CaseView;
import io.vorda.client.Jurisdiction;
import io.vorda.testing.AccessFixtures;
import io.vorda.testing.ArrangementFixtures;
import io.vorda.testing.CaseMoneyTest;
import io.vorda.testing.TestClock;
import io.vorda.testing.TestHttp;
import io.vorda.testing.TestHttp.Reply;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Starting the check of plans and promises by hand (arrangementMonitorRunStart): it works in the background, shows
 * in arrangementMonitorRuns when done, and only supervisors and administrators may start it. A class of its own,
 * because it moves the clock that the other arrangement tests' dates depend on.
 */
@MicronautTest(transactional = false)
class ArrangementMonitorRunGraphQLIntegrationTest implements CaseMoneyTest {

    private static final String START = "mutation { arrangementMonitorRunStart(input: {}) { run { runOn finishedAt } userErrors { code field message } } }";
    private static final String RUNS = "{ arrangementMonitorRuns(first: 1) { runOn finishedAt plansJudged instalmentsMissed } }";

    @Inject TestHttp http;
    @Inject ArrangementFixtures fixtures;
    @Inject TestClock clock;

    @Test
    void a_supervisor_starts_a_check_and_it_finds_the_instalment_missed_after_its_grace_days() {
        TeamView team = fixtures.aTeam();
        String caseworker = http.signIn(fixtures.aMember(Role.CASEWORKER, team).email(), AccessFixtures.PASSWORD);
        String supervisor = http.signIn(fixtures.aMember(Role.SUPERVISOR, team).email(), AccessFixtures.PASSWORD);
        CaseView subject = fixtures.anActiveCase(fixtures.aClient(Jurisdiction.NL), team, "600.00");
        String caseId = GlobalId.encode("Case", subject.id().value());
        Reply created = http.graphql(caseworker, """
                mutation($caseId: ID!) { paymentPlanCreate(input: {caseId: $caseId, frequency: MONTHLY, firstDueOn: "2026-03-09",
                  instalmentCount: 6}) { paymentPlan { instalments { graceEndsOn } } userErrors { code } } }""", Map.of("caseId", caseId));
        assertThat((List<?>) created.at("data.paymentPlanCreate.userErrors")).as(created.body()).isEmpty();
        // 2026-03-09 + 5 grace days = 2026-03-14, a Saturday: the grace ends on Monday 16 March; the 17th is past it
        assertThat((String) created.at("data.paymentPlanCreate.paymentPlan.instalments.0.graceEndsOn")).isEqualTo("2026-03-16");
        clock.advance(Duration.ofDays(15));

        Reply started = http.graphql(supervisor, START, Map.of());

        assertThat((List<?>) started.at("data.arrangementMonitorRunStart.userErrors")).as(started.body()).isEmpty();
        assertThat((String) started.at("data.arrangementMonitorRunStart.run.runOn")).isEqualTo("2026-03-17");
        await().atMost(Duration.ofSeconds(30)).until(() -> http.graphql(supervisor, RUNS, Map.of())
                .at("data.arrangementMonitorRuns.0.finishedAt") != null);
        Reply runs = http.graphql(supervisor, RUNS, Map.of());
        assertThat((Integer) runs.at("data.arrangementMonitorRuns.0.instalmentsMissed")).as(runs.body()).isGreaterThanOrEqualTo(1);
        Reply plan = http.graphql(caseworker, "query($id: ID!) { node(id: $id) { ... on Case { paymentPlan { missedCount instalments { status } } } } }",
                Map.of("id", caseId));
        assertThat((Integer) plan.at("data.node.paymentPlan.missedCount")).as(plan.body()).isEqualTo(1);
        assertThat((String) plan.at("data.node.paymentPlan.instalments.0.status")).isEqualTo("MISSED");
    }

    @Test
    void caseworkers_field_agents_and_client_users_may_not_start_a_check() {
        TeamView team = fixtures.aTeam();
        for (Role role : List.of(Role.CASEWORKER, Role.FIELD_AGENT, Role.CLIENT_USER)) {
            String token = http.signIn(fixtures.aMember(role, team).email(), AccessFixtures.PASSWORD);

            Reply reply = http.graphql(token, START, Map.of());

            assertThat((String) reply.at("data.arrangementMonitorRunStart.userErrors.0.code")).as(role + ": " + reply.body())
                    .isEqualTo("PERMISSION_DENIED");
            assertThat((Object) reply.at("data.arrangementMonitorRunStart.run")).isNull();
        }
    }
}
