package io.vorda.ledger;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vorda.access.Caller;
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
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A payment plan whose client terms freeze interest stops the ledger's interest while it runs (ADR 0012). */
@MicronautTest(transactional = false)
class InterestFreezeIntegrationTest implements DatabaseTest {

    @Inject TestHttp http;
    @Inject MoneyWorld world;
    @Inject TestClock clock;
    @Inject Ledger ledger;

    /*
     * Worked example. 3,650.00 due 31 Jan 2026 at an agreed 10 % a year, ACT/365, simple: 3,650.00 × 10 % / 365 = 1.00 a
     * day, interest from 1 Feb. Today is 2 Mar 2026 (TestClock.START).
     *   2 Mar  plan agreed, interest frozen: it covers the balance at the end of 2 Mar = 3,650.00 + 30 days (1 Feb – 2 Mar)
     *          = 3,680.00. The first frozen day is 3 Mar.
     *  12 Mar  still 3,680.00 (3–12 Mar frozen). The plan is cancelled today: 12 Mar bears interest again.
     *  22 Mar  30 days (1 Feb – 2 Mar) + 11 days (12 – 22 Mar) = 41 days → 41.00; open 3,691.00 (without the freeze:
     *          50 days → 3,700.00). As of 5 Mar, asked on 22 Mar: 30.00, open 3,680.00.
     */
    @Test
    void interest_stops_the_day_after_a_frozen_plan_is_agreed_and_resumes_on_the_day_it_ends() {
        TeamView team = world.aTeam("Frozen");
        String worker = world.signIn(Role.CASEWORKER, team);
        String admin = world.signIn(Role.ADMIN);
        String client = world.aClient(worker, "NL", Map.of("interestBasis", "CONTRACTUAL", "contractualAnnualRatePercent", "10",
                "transactionType", "CONSUMER"));
        Reply terms = http.graphql(admin, "mutation($input: ClientArrangementTermsUpdateInput!) { clientArrangementTermsUpdate(input: $input) { userErrors { code field message } } }",
                Map.of("input", Map.of("clientId", client, "interestDuringPlan", "FROZEN", "graceDays", 5, "missedInstalmentsToBreak", 2)));
        assertThat((List<?>) terms.at("data.clientArrangementTermsUpdate.userErrors")).as(terms.body()).isEmpty();
        OpenCase kase = world.aCase(worker, client, world.aDebtor(worker), team, new Claim("F1", "2026-01-01", "2026-01-31", "3650.00"));
        assertThat(open(worker, kase, null)).isEqualTo("3680.00");

        Reply plan = http.graphql(worker, "mutation($input: PaymentPlanCreateInput!) { paymentPlanCreate(input: $input) { "
                + "paymentPlan { id interestDuringPlan coveredAmount { amount } } userErrors { code field message } } }",
                Map.of("input", Map.of("caseId", kase.id(), "frequency", "MONTHLY", "firstDueOn", "2026-04-01", "instalmentCount", 2)));
        assertThat((List<?>) plan.at("data.paymentPlanCreate.userErrors")).as(plan.body()).isEmpty();
        assertThat((Object) plan.at("data.paymentPlanCreate.paymentPlan.interestDuringPlan")).isEqualTo("FROZEN");
        assertThat((Object) plan.at("data.paymentPlanCreate.paymentPlan.coveredAmount.amount")).isEqualTo("3680.00");
        assertThat(open(worker, kase, null)).as("the day it is agreed still bears interest").isEqualTo("3680.00");

        clock.advance(Duration.ofDays(10)); // 12 Mar
        assertThat(open(worker, kase, null)).as("frozen 3–12 Mar").isEqualTo("3680.00");
        Reply cancelled = http.graphql(worker, "mutation($input: PaymentPlanCancelInput!) { paymentPlanCancel(input: $input) { userErrors { code field message } } }",
                Map.of("input", Map.of("paymentPlanId", plan.at("data.paymentPlanCreate.paymentPlan.id"), "reason", "debtor stopped paying")));
        assertThat((List<?>) cancelled.at("data.paymentPlanCancel.userErrors")).as(cancelled.body()).isEmpty();
        assertThat(open(worker, kase, null)).as("12 Mar bears interest again").isEqualTo("3681.00");

        clock.advance(Duration.ofDays(10)); // 22 Mar
        assertThat(open(worker, kase, null)).isEqualTo("3691.00");
        assertThat(open(worker, kase, "2026-03-05")).isEqualTo("3680.00");
        Reply money = world.money(worker, kase, null);
        List<Map<String, Object>> periods = money.at("data.node.money.claims.0.interestPeriods");
        assertThat(periods).extracting(p -> p.get("firstDate") + ".." + p.get("lastDate") + " " + p.get("days"))
                .containsExactly("2026-02-01..2026-03-02 30", "2026-03-12..2026-03-22 11");

        ledger.runAccrual(Caller.system()); // the snapshot the case list shows leaves the frozen days out too
        Reply listed = http.graphql(worker, "query($id: ID!) { node(id: $id) { ... on Case { openBalance { amount } } } }", Map.of("id", kase.id()));
        assertThat((Object) listed.at("data.node.openBalance.amount")).isEqualTo("3691.00");
    }

    private String open(String token, OpenCase kase, String asOf) {
        return world.money(token, kase, asOf).at("data.node.money.balance.open.amount");
    }
}
