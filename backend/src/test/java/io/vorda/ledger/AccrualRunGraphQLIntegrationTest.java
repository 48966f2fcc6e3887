package io.vorda.ledger;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vorda.access.Role;
import io.vorda.access.TeamView;
import io.vorda.testing.DatabaseTest;
import io.vorda.testing.MoneyWorld;
import io.vorda.testing.MoneyWorld.Claim;
import io.vorda.testing.MoneyWorld.OpenCase;
import io.vorda.testing.TestClock;
import io.vorda.testing.TestHttp;
import io.vorda.testing.TestHttp.Reply;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starting the accrual run by hand (administrators only), and an administrator's interest rate change marking balance
 * snapshots outdated until the run recomputes them (ADR 0011, addendum).
 */
@MicronautTest(transactional = false)
class AccrualRunGraphQLIntegrationTest implements DatabaseTest {

    private static final String START = "mutation($input: AccrualRunStartInput!) { accrualRunStart(input: $input) { "
            + "accrualRun { runDate status casesDone } userErrors { code field message } } }";
    private static final String OPEN = "query($id: ID!) { node(id: $id) { ... on Case { openBalance { amount } isOpenBalanceCurrent "
            + "money { balance { open { amount } } } } } }";

    @Inject TestHttp http;
    @Inject MoneyWorld world;
    @Inject TestClock clock;

    @Test
    void only_administrators_may_start_an_accrual_run() {
        for (Role role : List.of(Role.CASEWORKER, Role.SUPERVISOR, Role.FIELD_AGENT, Role.CLIENT_USER)) {
            Reply refused = http.graphql(world.signIn(role), START, Map.of("input", Map.of("reason", "curious")));
            assertThat((Object) refused.at("data.accrualRunStart.accrualRun")).as(role + ": " + refused.body()).isNull();
            assertThat((String) refused.at("data.accrualRunStart.userErrors.0.code")).as(role.name()).isEqualTo("PERMISSION_DENIED");
        }
        String admin = world.signIn(Role.ADMIN);
        Reply blank = http.graphql(admin, START, Map.of("input", Map.of("reason", " ")));
        assertThat((String) blank.at("data.accrualRunStart.userErrors.0.field.1")).as(blank.body()).isEqualTo("reason");

        Reply started = http.graphql(admin, START, Map.of("input", Map.of("reason", "benchmark")));
        assertThat((List<?>) started.at("data.accrualRunStart.userErrors")).as(started.body()).isEmpty();
        assertThat((String) started.at("data.accrualRunStart.accrualRun.status")).isEqualTo("SUCCEEDED");
    }

    @Test
    void a_rate_change_marks_snapshots_outdated_until_the_accrual_run_recomputes_them() {
        // decades ahead, as every test that enters rates (the test database is shared by the run's classes)
        clock.advance(Duration.between(clock.instant(), Instant.parse("2071-02-01T09:00:00Z")));
        TeamView team = world.aTeam("Rates");
        String worker = world.signIn(Role.CASEWORKER, team);
        String admin = world.signIn(Role.ADMIN);
        String client = world.aClient(worker, "DE", "CONSUMER", "JURISDICTION_DEFAULT");
        OpenCase kase = world.aCase(worker, client, world.aDebtor(worker), team, new Claim("R1", "2070-12-01", "2071-01-01", "36500.00"));
        clock.advance(Duration.ofMinutes(1));
        assertThat((String) http.graphql(admin, START, Map.of("input", Map.of("reason", "the day's run"))).at("data.accrualRunStart.accrualRun.status"))
                .isEqualTo("SUCCEEDED");
        Reply before = http.graphql(worker, OPEN, Map.of("id", kase.id()));
        assertThat((Boolean) before.at("data.node.isOpenBalanceCurrent")).as(before.body()).isTrue();
        String old = before.at("data.node.openBalance.amount");
        assertThat(old).isEqualTo(before.at("data.node.money.balance.open.amount"));

        Reply added = http.graphql(admin, "mutation($input: InterestRatePeriodAddInput!) { interestRatePeriodAdd(input: $input) { userErrors { code field message } } }",
                Map.of("input", Map.of("rate", "DE_BASE_RATE", "validFrom", "2071-01-15", "annualRatePercent", "3.27", "isConfirmed", true,
                        "source", "test: a rate change reaching the snapshot's day")));
        assertThat((List<?>) added.at("data.interestRatePeriodAdd.userErrors")).as(added.body()).isEmpty();

        Reply outdated = http.graphql(worker, OPEN, Map.of("id", kase.id()));
        assertThat((Boolean) outdated.at("data.node.isOpenBalanceCurrent")).as(outdated.body()).isFalse();
        assertThat((String) outdated.at("data.node.openBalance.amount")).as("the snapshot is not recomputed in the admin's request").isEqualTo(old);
        String computed = outdated.at("data.node.money.balance.open.amount");
        assertThat(computed).as("the statement computes with the new rate at once").isNotEqualTo(old);

        clock.advance(Duration.ofMinutes(2)); // past the other instances' rate cache recheck
        Reply rerun = http.graphql(admin, START, Map.of("input", Map.of("reason", "after a rate correction")));
        assertThat((String) rerun.at("data.accrualRunStart.accrualRun.status")).as(rerun.body()).isEqualTo("SUCCEEDED");
        Reply after = http.graphql(worker, OPEN, Map.of("id", kase.id()));
        assertThat((Boolean) after.at("data.node.isOpenBalanceCurrent")).as(after.body()).isTrue();
        assertThat((String) after.at("data.node.openBalance.amount")).isEqualTo(computed);
    }
}
