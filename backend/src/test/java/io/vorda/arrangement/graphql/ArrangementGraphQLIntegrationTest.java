package io.vorda.arrangement.graphql;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vorda.access.Role;
import io.vorda.access.TeamView;
import io.vorda.api.GlobalId;
import io.vorda.cases.CaseView;
import io.vorda.client.ClientView;
import io.vorda.client.Jurisdiction;
import io.vorda.testing.AccessFixtures;
import io.vorda.testing.ArrangementFixtures;
import io.vorda.testing.CaseMoneyTest;
import io.vorda.testing.TestHttp;
import io.vorda.testing.TestHttp.Reply;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The arrangement part of the staff API over HTTP, with the case's money from the test stand-in for the ledger. */
@MicronautTest(transactional = false)
class ArrangementGraphQLIntegrationTest implements CaseMoneyTest {

    private static final String PREVIEW = """
            query($input: PaymentPlanInput!) {
              paymentPlanPreview(input: $input) {
                preview { openBalance { amount currency } total { amount } interestDuringPlan graceDays missedInstalmentsToBreak
                          instalments { number kind scheduledOn dueOn amount { amount } } csv }
                userErrors { code field message }
              }
            }""";
    private static final String CREATE = """
            mutation($input: PaymentPlanCreateInput!) {
              paymentPlanCreate(input: $input) {
                paymentPlan { id status coveredAmount { amount } missedCount paidAmount { amount } scheduleCsv
                              instalments { number dueOn graceEndsOn amount { amount } status } }
                case { status timeline { kind } }
                userErrors { code field message }
              }
            }""";
    private static final String CASE_ARRANGEMENTS = """
            query($id: ID!) { node(id: $id) { ... on Case { status paymentPlan { id status } promises { id status amount { amount } promisedOn note } } } }""";
    private static final String PROMISE = """
            mutation($input: PromiseCreateInput!) {
              promiseCreate(input: $input) { promise { id status promisedOn graceEndsOn amount { amount currency } } case { status } userErrors { code field } }
            }""";

    @Inject TestHttp http;
    @Inject ArrangementFixtures fixtures;

    private TeamView team;
    private String caseworker;
    private String otherTeamsCaseworker;
    private String fieldAgent;
    private String clientUser;
    private String supervisor;
    private ClientView client;

    @BeforeAll
    void world() {
        team = fixtures.aTeam();
        caseworker = signIn(fixtures.aMember(Role.CASEWORKER, team).email());
        otherTeamsCaseworker = signIn(fixtures.aMember(Role.CASEWORKER, fixtures.aTeam()).email());
        fieldAgent = signIn(fixtures.aMember(Role.FIELD_AGENT, team).email());
        clientUser = signIn(fixtures.aMember(Role.CLIENT_USER, team).email());
        supervisor = signIn(fixtures.aMember(Role.SUPERVISOR, team).email());
        client = fixtures.aClient(Jurisdiction.NL);
    }

    private String signIn(String email) {
        return http.signIn(email, AccessFixtures.PASSWORD);
    }

    private static String id(CaseView subject) {
        return GlobalId.encode("Case", subject.id().value());
    }

    private static Map<String, Object> plan(CaseView subject, Object... fields) {
        Map<String, Object> input = new HashMap<>(Map.of("caseId", id(subject), "frequency", "MONTHLY", "firstDueOn", "2026-04-03",
                "instalmentCount", 3));
        for (int i = 0; i < fields.length; i += 2) {
            input.put((String) fields[i], fields[i + 1]);
        }
        return Map.of("input", input);
    }

    @Test
    void the_preview_shows_the_schedule_on_business_days_with_the_remainder_cent_last_and_as_csv() {
        CaseView subject = fixtures.anActiveCase(client, team, "600.00", "400.00");

        Reply reply = http.graphql(caseworker, PREVIEW, plan(subject));

        assertThat((List<?>) reply.at("data.paymentPlanPreview.userErrors")).as(reply.body()).isEmpty();
        assertThat((String) reply.at("data.paymentPlanPreview.preview.openBalance.amount")).isEqualTo("1000.00");
        assertThat((String) reply.at("data.paymentPlanPreview.preview.total.amount")).isEqualTo("1000.00");
        assertThat((String) reply.at("data.paymentPlanPreview.preview.interestDuringPlan")).isEqualTo("CONTINUES");
        List<Map<String, Object>> lines = reply.at("data.paymentPlanPreview.preview.instalments");
        assertThat(lines).extracting(l -> l.get("dueOn")).containsExactly("2026-04-07", "2026-05-04", "2026-06-03");
        assertThat(lines).extracting(l -> (Object) ((Map<?, ?>) l.get("amount")).get("amount")).containsExactly("333.33", "333.33", "333.34");
        assertThat((String) reply.at("data.paymentPlanPreview.preview.csv")).isEqualTo("""
                number,kind,scheduled_on,due_on,amount,currency\r
                1,INSTALMENT,2026-04-03,2026-04-07,333.33,EUR\r
                2,INSTALMENT,2026-05-03,2026-05-04,333.33,EUR\r
                3,INSTALMENT,2026-06-03,2026-06-03,333.34,EUR\r
                """);
        // a preview saves nothing
        assertThat((Object) http.graphql(caseworker, CASE_ARRANGEMENTS, Map.of("id", id(subject))).at("data.node.paymentPlan")).isNull();
    }

    @Test
    void agreeing_the_plan_saves_the_schedule_and_the_case_shows_it() {
        CaseView subject = fixtures.anActiveCase(client, team, "250.00");

        Reply reply = http.graphql(caseworker, CREATE, plan(subject, "instalmentCount", null, "instalmentAmount", "100",
                "downPayment", "20", "openBalance", "250.00"));

        assertThat((List<?>) reply.at("data.paymentPlanCreate.userErrors")).as(reply.body()).isEmpty();
        assertThat((String) reply.at("data.paymentPlanCreate.paymentPlan.status")).isEqualTo("ACTIVE");
        assertThat((List<Map<String, Object>>) reply.at("data.paymentPlanCreate.paymentPlan.instalments"))
                .extracting(l -> (Object) ((Map<?, ?>) l.get("amount")).get("amount")).containsExactly("20.00", "100.00", "100.00", "30.00");
        assertThat((String) reply.at("data.paymentPlanCreate.paymentPlan.instalments.0.dueOn")).isEqualTo("2026-03-02");
        assertThat((String) reply.at("data.paymentPlanCreate.paymentPlan.instalments.0.graceEndsOn")).isEqualTo("2026-03-09");
        assertThat((String) reply.at("data.paymentPlanCreate.paymentPlan.scheduleCsv"))
                .startsWith("number,kind,scheduled_on,due_on,amount,currency,paid_amount,paid_on,status\r\n0,DOWN_PAYMENT,2026-03-02,2026-03-02,20.00,EUR,0.00,,OPEN\r\n");
        assertThat((String) reply.at("data.paymentPlanCreate.case.status")).isEqualTo("PAYMENT_PLAN");
        assertThat((List<Map<String, Object>>) reply.at("data.paymentPlanCreate.case.timeline")).extracting(e -> e.get("kind"))
                .contains("PLAN_CREATED");
        String planId = reply.at("data.paymentPlanCreate.paymentPlan.id");
        Reply read = http.graphql(caseworker, CASE_ARRANGEMENTS, Map.of("id", id(subject)));
        assertThat((String) read.at("data.node.paymentPlan.id")).isEqualTo(planId);
        Reply node = http.graphql(caseworker, "query($id: ID!) { node(id: $id) { ... on PaymentPlan { status coveredAmount { amount } } } }",
                Map.of("id", planId));
        assertThat((String) node.at("data.node.coveredAmount.amount")).isEqualTo("250.00");
    }

    @Test
    void bad_plans_get_user_errors_naming_the_field_and_nothing_is_saved() {
        CaseView subject = fixtures.anActiveCase(client, team, "300.00");

        assertError(http.graphql(caseworker, CREATE, plan(subject, "instalmentCount", 0)), "INVALID_FORMAT", "instalmentCount");
        assertError(http.graphql(caseworker, CREATE, plan(subject, "instalmentCount", null, "instalmentAmount", "0")),
                "INVALID_AMOUNT", "instalmentAmount");
        assertError(http.graphql(caseworker, CREATE, plan(subject, "firstDueOn", "2026-03-01")), "DATE_IN_PAST", "firstDueOn");
        assertError(http.graphql(caseworker, CREATE, plan(subject, "openBalance", "350.00")), "PLAN_DOES_NOT_COVER_BALANCE", "openBalance");
        assertError(http.graphql(caseworker, CREATE, plan(subject, "instalmentAmount", "90")), "PLAN_DOES_NOT_COVER_BALANCE", "instalmentAmount");
        assertError(http.graphql(caseworker, CREATE, plan(subject, "downPayment", "300")), "PLAN_DOES_NOT_COVER_BALANCE", "downPayment");
        Reply preview = http.graphql(caseworker, PREVIEW, Map.of("input", plan(subject, "instalmentCount", -1).get("input")));
        assertThat((String) preview.at("data.paymentPlanPreview.userErrors.0.code")).isEqualTo("INVALID_FORMAT");
        assertThat((Object) preview.at("data.paymentPlanPreview.preview")).isNull();

        Reply read = http.graphql(caseworker, CASE_ARRANGEMENTS, Map.of("id", id(subject)));
        assertThat((Object) read.at("data.node.paymentPlan")).isNull();
        assertThat((String) read.at("data.node.status")).isEqualTo("ACTIVE");

        assertThat((List<?>) http.graphql(caseworker, CREATE, plan(subject)).at("data.paymentPlanCreate.userErrors")).isEmpty();
        assertError(http.graphql(caseworker, CREATE, plan(subject)), "PAYMENT_PLAN_ALREADY_ACTIVE", "caseId");
    }

    @Test
    void only_staff_who_manage_arrangements_on_cases_they_see_may_preview_agree_or_cancel_plans() {
        CaseView subject = fixtures.anActiveCase(client, team, "300.00");

        for (String token : List.of(fieldAgent, clientUser)) {
            assertError(http.graphql(token, CREATE, plan(subject)), "PERMISSION_DENIED", null);
            Reply preview = http.graphql(token, PREVIEW, plan(subject));
            assertThat((String) preview.at("data.paymentPlanPreview.userErrors.0.code")).isEqualTo("PERMISSION_DENIED");
        }
        assertError(http.graphql(otherTeamsCaseworker, CREATE, plan(subject)), "NOT_FOUND", "caseId");

        String planId = http.graphql(caseworker, CREATE, plan(subject)).at("data.paymentPlanCreate.paymentPlan.id");
        String cancel = "mutation($id: ID!) { paymentPlanCancel(input: {paymentPlanId: $id, reason: \"moved abroad\"}) { paymentPlan { status endReason } case { status } userErrors { code field } } }";
        for (String token : List.of(fieldAgent, clientUser)) {
            assertThat((String) http.graphql(token, cancel, Map.of("id", planId)).at("data.paymentPlanCancel.userErrors.0.code"))
                    .isEqualTo("PERMISSION_DENIED");
        }
        assertThat((String) http.graphql(otherTeamsCaseworker, cancel, Map.of("id", planId)).at("data.paymentPlanCancel.userErrors.0.code"))
                .isEqualTo("NOT_FOUND");
        assertThat((Object) http.graphql(otherTeamsCaseworker, "query($id: ID!) { node(id: $id) { id } }", Map.of("id", planId))
                .at("data.node")).isNull();
        assertThat((Object) http.graphql(clientUser, "query($id: ID!) { node(id: $id) { id } }", Map.of("id", planId)).at("data.node")).isNull();

        Reply cancelled = http.graphql(caseworker, cancel, Map.of("id", planId));
        assertThat((String) cancelled.at("data.paymentPlanCancel.paymentPlan.status")).as(cancelled.body()).isEqualTo("CANCELLED");
        assertThat((String) cancelled.at("data.paymentPlanCancel.paymentPlan.endReason")).isEqualTo("moved abroad");
        assertThat((String) cancelled.at("data.paymentPlanCancel.case.status")).isEqualTo("ACTIVE");
    }

    @Test
    void a_promise_is_recorded_with_its_grace_end_and_bad_promises_are_refused_by_field() {
        CaseView subject = fixtures.anActiveCase(client, team, "300.00");
        Map<String, Object> good = Map.of("input", Map.of("caseId", id(subject), "promisedOn", "2026-04-02", "amount", "150",
                "note", "said so on the phone"));

        assertError(http.graphql(caseworker, PROMISE, Map.of("input", Map.of("caseId", id(subject), "promisedOn", "2026-04-02", "amount", "0"))),
                "INVALID_AMOUNT", "amount");
        assertError(http.graphql(caseworker, PROMISE, Map.of("input", Map.of("caseId", id(subject), "promisedOn", "2026-03-01", "amount", "5"))),
                "DATE_IN_PAST", "promisedOn");
        for (String token : List.of(fieldAgent, clientUser)) {
            assertError(http.graphql(token, PROMISE, good), "PERMISSION_DENIED", null);
        }
        assertError(http.graphql(otherTeamsCaseworker, PROMISE, good), "NOT_FOUND", "caseId");
        assertThat((List<?>) http.graphql(caseworker, CASE_ARRANGEMENTS, Map.of("id", id(subject))).at("data.node.promises")).isEmpty();

        Reply made = http.graphql(caseworker, PROMISE, good);

        assertThat((String) made.at("data.promiseCreate.promise.status")).as(made.body()).isEqualTo("PENDING");
        // Thursday 2 Apr + 5 days = Tuesday 7 Apr, the day after Easter Monday
        assertThat((String) made.at("data.promiseCreate.promise.graceEndsOn")).isEqualTo("2026-04-07");
        assertThat((String) made.at("data.promiseCreate.promise.amount.amount")).isEqualTo("150.00");
        assertThat((String) made.at("data.promiseCreate.case.status")).isEqualTo("PROMISE");
        Reply read = http.graphql(caseworker, CASE_ARRANGEMENTS, Map.of("id", id(subject)));
        assertThat((String) read.at("data.node.promises.0.note")).isEqualTo("said so on the phone");
    }

    @Test
    void client_terms_for_arrangements_are_set_by_office_staff_and_used_by_the_next_plan() {
        String clientId = GlobalId.encode("Client", client.id().value());
        ClientView strict = fixtures.aClient(Jurisdiction.BE);
        String strictId = GlobalId.encode("Client", strict.id().value());
        String update = """
                mutation($id: ID!) { clientArrangementTermsUpdate(input: {clientId: $id, interestDuringPlan: FROZEN, graceDays: 2, missedInstalmentsToBreak: 3}) {
                  client { arrangementTerms { interestDuringPlan graceDays missedInstalmentsToBreak } } userErrors { code field } } }""";

        assertThat((String) http.graphql(fieldAgent, update, Map.of("id", strictId)).at("data.clientArrangementTermsUpdate.userErrors.0.code"))
                .isEqualTo("PERMISSION_DENIED");
        assertThat((String) http.graphql(clientUser, update, Map.of("id", strictId)).at("data.clientArrangementTermsUpdate.userErrors.0.code"))
                .isEqualTo("PERMISSION_DENIED");
        Reply standard = http.graphql(caseworker, "query($id: ID!) { node(id: $id) { ... on Client { arrangementTerms { interestDuringPlan graceDays missedInstalmentsToBreak } } } }",
                Map.of("id", clientId));
        assertThat((Map<String, Object>) standard.at("data.node.arrangementTerms")).as(standard.body())
                .containsEntry("interestDuringPlan", "CONTINUES").containsEntry("graceDays", 5).containsEntry("missedInstalmentsToBreak", 2);
        Reply tooMuch = http.graphql(caseworker, update.replace("graceDays: 2", "graceDays: 61"), Map.of("id", strictId));
        assertThat((List<String>) tooMuch.at("data.clientArrangementTermsUpdate.userErrors.0.field")).containsExactly("input", "graceDays");

        Reply updated = http.graphql(caseworker, update, Map.of("id", strictId));

        assertThat((Map<String, Object>) updated.at("data.clientArrangementTermsUpdate.client.arrangementTerms")).as(updated.body())
                .containsEntry("interestDuringPlan", "FROZEN").containsEntry("graceDays", 2).containsEntry("missedInstalmentsToBreak", 3);
        CaseView belgian = fixtures.anActiveCase(strict, team, "90.00");
        Reply preview = http.graphql(caseworker, PREVIEW, plan(belgian));
        assertThat((String) preview.at("data.paymentPlanPreview.preview.interestDuringPlan")).isEqualTo("FROZEN");
        assertThat((Integer) preview.at("data.paymentPlanPreview.preview.graceDays")).isEqualTo(2);
        // Good Friday is a business day in Belgium
        assertThat((String) preview.at("data.paymentPlanPreview.preview.instalments.0.dueOn")).isEqualTo("2026-04-03");
    }

    @Test
    void the_monitor_runs_are_shown_to_supervisors_only() {
        Reply asSupervisor = http.graphql(supervisor, "{ arrangementMonitorRuns(first: 5) { runOn plansJudged failures note } }", Map.of());
        Reply asCaseworker = http.graphql(caseworker, "{ arrangementMonitorRuns { runOn } }", Map.of());

        assertThat((List<?>) asSupervisor.at("data.arrangementMonitorRuns")).as(asSupervisor.body()).isNotNull();
        assertThat((Object) asSupervisor.at("errors")).isNull();
        assertThat((String) asCaseworker.at("errors.0.extensions.code")).as(asCaseworker.body()).isEqualTo("PERMISSION_DENIED");
    }

    private static void assertError(Reply reply, String code, String field) {
        Map<String, Object> payload = ((Map<String, Map<String, Object>>) reply.at("data")).values().iterator().next();
        List<Map<String, Object>> errors = (List<Map<String, Object>>) payload.get("userErrors");
        assertThat(errors).as(reply.body()).hasSize(1);
        assertThat(errors.get(0).get("code")).isEqualTo(code);
        assertThat(errors.get(0).get("field")).isEqualTo(field == null ? null : List.of("input", field));
        assertThat(payload.values()).filteredOn(v -> !(v instanceof List<?>)).containsOnlyNulls();
    }
}
