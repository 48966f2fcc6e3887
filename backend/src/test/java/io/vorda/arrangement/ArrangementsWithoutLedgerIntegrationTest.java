package io.vorda.arrangement;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vorda.access.Caller;
import io.vorda.access.Role;
import io.vorda.access.TeamView;
import io.vorda.api.GlobalId;
import io.vorda.cases.CaseView;
import io.vorda.client.Jurisdiction;
import io.vorda.testing.AccessFixtures;
import io.vorda.testing.ArrangementFixtures;
import io.vorda.testing.DatabaseTest;
import io.vorda.testing.TestHttp;
import io.vorda.testing.TestHttp.Reply;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The application as it runs before the ledger is merged: no {@link CaseMoney} bean. */
@MicronautTest(transactional = false)
class ArrangementsWithoutLedgerIntegrationTest implements DatabaseTest {

    @Inject TestHttp http;
    @Inject ApplicationContext context;
    @Inject ArrangementFixtures fixtures;
    @Inject ArrangementMonitor monitor;

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
    void plans_are_refused_cleanly_promises_still_work_and_the_monitor_says_why_it_judged_nothing() {
        TeamView team = fixtures.aTeam();
        String caseworker = http.signIn(fixtures.aMember(Role.CASEWORKER, team).email(), AccessFixtures.PASSWORD);
        CaseView subject = fixtures.anActiveCase(fixtures.aClient(Jurisdiction.DE), team, "100.00");
        String caseId = GlobalId.encode("Case", subject.id().value());
        Map<String, Object> input = Map.of("caseId", caseId, "frequency", "WEEKLY", "firstDueOn", "2026-03-09", "instalmentCount", 2);

        Reply preview = http.graphql(caseworker, "query($input: PaymentPlanInput!) { paymentPlanPreview(input: $input) { preview { total { amount } } userErrors { code field message } } }",
                Map.of("input", input));
        Reply create = http.graphql(caseworker, "mutation($input: PaymentPlanCreateInput!) { paymentPlanCreate(input: $input) { paymentPlan { id } case { status } userErrors { code field } } }",
                Map.of("input", input));
        Reply promise = http.graphql(caseworker, "mutation($id: ID!) { promiseCreate(input: {caseId: $id, promisedOn: \"2026-03-10\", amount: \"40\"}) { promise { status } userErrors { code } } }",
                Map.of("id", caseId));

        assertThat((String) preview.at("data.paymentPlanPreview.userErrors.0.code")).as(preview.body()).isEqualTo("BALANCE_UNAVAILABLE");
        assertThat((Object) preview.at("errors")).isNull();
        assertThat((String) create.at("data.paymentPlanCreate.userErrors.0.code")).as(create.body()).isEqualTo("BALANCE_UNAVAILABLE");
        assertThat((Object) create.at("data.paymentPlanCreate.case")).isNull();
        assertThat((String) promise.at("data.promiseCreate.promise.status")).as(promise.body()).isEqualTo("PENDING");

        MonitorRunView run = monitor.runDaily();
        assertThat(run.plansJudged() + run.promisesJudged()).isZero();
        assertThat(run.note()).contains("no ledger");
        // other test classes share the database, with clocks further ahead: look among the recent runs
        assertThat(monitor.recentRuns(Caller.system(), 50)).extracting(MonitorRunView::id).contains(run.id());
    }
}
