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

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A payment booked or reversed through the API judges the case's plan and promises at once, not at the nightly run. */
@MicronautTest(transactional = false)
class PaymentJudgesArrangementsIntegrationTest implements DatabaseTest {

    private static final String PLAN = "query($id: ID!) { node(id: $id) { ... on Case { paymentPlan { status paidAmount { amount } "
            + "instalments { number status paidAmount { amount } } } promises { status } } } }";

    @Inject TestHttp http;
    @Inject MoneyWorld world;
    @Inject TestClock clock;

    @Test
    void a_payment_marks_the_instalment_paid_at_once_and_its_reversal_reopens_it() {
        TeamView team = world.aTeam("Judged");
        String worker = world.signIn(Role.CASEWORKER, team);
        String supervisor = world.signIn(Role.SUPERVISOR, team);
        // no interest, so the plan covers exactly the principal and the amounts below are exact
        String client = world.aClient(worker, "DE", Map.of("interestBasis", "NONE", "transactionType", "CONSUMER"));
        OpenCase kase = world.aCase(worker, client, world.aDebtor(worker), team, new Claim("J1", "2026-01-05", "2026-02-04", "300.00"));
        LocalDate today = LocalDate.now(clock);

        Reply created = http.graphql(worker, "mutation($input: PaymentPlanCreateInput!) { paymentPlanCreate(input: $input) { "
                + "paymentPlan { id } userErrors { code field message } } }", Map.of("input", Map.of("caseId", kase.id(),
                "frequency", "MONTHLY", "firstDueOn", today.plusDays(10).toString(), "instalmentCount", 3)));
        assertThat((List<?>) created.at("data.paymentPlanCreate.userErrors")).as(created.body()).isEmpty();
        Reply promised = http.graphql(worker, "mutation($input: PromiseCreateInput!) { promiseCreate(input: $input) { userErrors { code field message } } }",
                Map.of("input", Map.of("caseId", kase.id(), "promisedOn", today.plusDays(3).toString(), "amount", "100.00")));
        assertThat((List<?>) promised.at("data.promiseCreate.userErrors")).as(promised.body()).isEmpty();
        assertThat(instalmentStatuses(worker, kase)).containsExactly("OPEN", "OPEN", "OPEN");

        Reply paid = world.pay(worker, kase, "100.00", today.toString());

        Reply after = http.graphql(worker, PLAN, Map.of("id", kase.id()));
        assertThat(instalmentStatuses(worker, kase)).as(after.body()).containsExactly("PAID", "OPEN", "OPEN");
        assertThat((Object) after.at("data.node.paymentPlan.paidAmount.amount")).isEqualTo("100.00");
        assertThat((Object) after.at("data.node.promises.0.status")).isEqualTo("KEPT");

        Reply reversed = http.graphql(supervisor, "mutation($input: PaymentReverseInput!) { paymentReverse(input: $input) { userErrors { code field message } } }",
                Map.of("input", Map.of("paymentId", paid.at("data.paymentRegister.payment.id"), "reason", "bounced")));
        assertThat((List<?>) reversed.at("data.paymentReverse.userErrors")).as(reversed.body()).isEmpty();

        Reply reopened = http.graphql(worker, PLAN, Map.of("id", kase.id()));
        assertThat(instalmentStatuses(worker, kase)).as(reopened.body()).containsExactly("OPEN", "OPEN", "OPEN");
        assertThat((Object) reopened.at("data.node.paymentPlan.paidAmount.amount")).isEqualTo("0.00");
    }

    private List<String> instalmentStatuses(String token, OpenCase kase) {
        List<Map<String, Object>> instalments = http.graphql(token, PLAN, Map.of("id", kase.id())).at("data.node.paymentPlan.instalments");
        return instalments.stream().map(i -> (String) i.get("status")).toList();
    }
}
