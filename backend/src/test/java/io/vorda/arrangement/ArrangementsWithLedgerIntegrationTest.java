package io.vorda.arrangement;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vorda.access.Role;
import io.vorda.access.TeamView;
import io.vorda.api.GlobalId;
import io.vorda.cases.CaseId;
import io.vorda.cases.CaseView;
import io.vorda.client.Jurisdiction;
import io.vorda.testing.AccessFixtures;
import io.vorda.testing.ArrangementFixtures;
import io.vorda.testing.DatabaseTest;
import io.vorda.testing.TestHttp;
import io.vorda.testing.TestHttp.Reply;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Plans and promises as the application runs them: balances and payments come from the real ledger. */
@MicronautTest(transactional = false)
class ArrangementsWithLedgerIntegrationTest implements DatabaseTest {

    @Inject TestHttp http;
    @Inject ApplicationContext context;
    @Inject ArrangementFixtures fixtures;
    @Inject CaseMoney money;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(DatabaseTest.super.getProperties());
        properties.put("vorda.arrangements.monitor.enabled", "true"); // as in production, scheduled for a day no test runs on
        properties.put("vorda.arrangements.monitor.cron", "0 0 3 29 2 *");
        return properties;
    }

    @Test
    void the_daily_run_is_scheduled_when_enabled() {
        assertThat(context.containsBean(DailyArrangementRun.class)).isTrue();
    }

    @Test
    void a_plan_covers_the_ledgers_open_balance_and_sees_the_payments_registered_on_the_case() {
        TeamView team = fixtures.aTeam();
        String caseworker = http.signIn(fixtures.aMember(Role.CASEWORKER, team).email(), AccessFixtures.PASSWORD);
        CaseView subject = fixtures.anActiveCase(fixtures.aClient(Jurisdiction.DE), team, "100.00", "250.00");
        String caseId = GlobalId.encode("Case", subject.id().value());
        Instant before = Instant.parse("2026-01-01T00:00:00Z");

        Reply balance = http.graphql(caseworker, "query($id: ID!) { node(id: $id) { ... on Case { money { balance { open { amount } } } } } }",
                Map.of("id", caseId));
        BigDecimal open = new BigDecimal((String) balance.at("data.node.money.balance.open.amount"));
        assertThat(open).as(balance.body()).isGreaterThan(new BigDecimal("350.00")); // the principal and interest since December

        Map<String, Object> input = Map.of("caseId", caseId, "frequency", "MONTHLY", "firstDueOn", "2026-03-16", "instalmentCount", 3);
        Reply preview = http.graphql(caseworker, "query($input: PaymentPlanInput!) { paymentPlanPreview(input: $input) { preview { total { amount } } userErrors { code field message } } }",
                Map.of("input", input));
        assertThat(new BigDecimal((String) preview.at("data.paymentPlanPreview.preview.total.amount"))).as(preview.body())
                .isEqualByComparingTo(open);
        Reply create = http.graphql(caseworker, "mutation($input: PaymentPlanCreateInput!) { paymentPlanCreate(input: $input) { paymentPlan { id } case { status } userErrors { code field } } }",
                Map.of("input", input));
        assertThat((String) create.at("data.paymentPlanCreate.case.status")).as(create.body()).isEqualTo("PAYMENT_PLAN");

        Reply paid = http.graphql(caseworker, "mutation($id: ID!) { paymentRegister(input: {caseId: $id, amount: \"50.00\", valueDate: \"2026-03-02\", method: BANK_TRANSFER}) { payment { id } userErrors { code field } } }",
                Map.of("id", caseId));
        assertThat((List<?>) paid.at("data.paymentRegister.userErrors")).as(paid.body()).isEmpty();

        List<ReceivedPayment> received = money.paymentsRecorded(subject.id(), before);
        assertThat(received).singleElement().satisfies(p -> {
            assertThat(p.amount().amount()).isEqualByComparingTo("50.00");
            assertThat(p.valueDate()).isEqualTo(LocalDate.parse("2026-03-02"));
        });
        // the paid part stops bearing interest from its value date, so the balance falls by at least the payment
        assertThat(money.openBalance(subject.id(), LocalDate.parse("2026-03-02")).amount())
                .isLessThanOrEqualTo(open.subtract(new BigDecimal("50.00")));
        assertThat(money.paymentsRecorded(List.of(new CaseId(java.util.UUID.randomUUID())), before)).allSatisfy((id, none) -> assertThat(none).isEmpty());
    }
}
