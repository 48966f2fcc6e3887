package io.vorda.arrangement;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vorda.access.Caller;
import io.vorda.access.Role;
import io.vorda.access.TeamView;
import io.vorda.cases.CaseEventView;
import io.vorda.cases.CaseId;
import io.vorda.cases.CaseStatus;
import io.vorda.cases.CaseView;
import io.vorda.cases.Cases;
import io.vorda.cases.CloseReason;
import io.vorda.client.ClientView;
import io.vorda.client.Jurisdiction;
import io.vorda.shared.DomainException;
import io.vorda.shared.ErrorCode;
import io.vorda.shared.Money;
import io.vorda.testing.AccessFixtures;
import io.vorda.testing.ArrangementFixtures;
import io.vorda.testing.CaseMoneyTest;
import io.vorda.testing.TestCaseMoney;
import io.vorda.testing.TestClock;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Plans and promises through the door, judged by the daily monitor on the test clock; the case's money comes from
 * {@link TestCaseMoney} (claims in PostgreSQL, payments recorded by the test).
 */
@MicronautTest(transactional = false)
class ArrangementsIntegrationTest implements CaseMoneyTest {

    @Inject Arrangements arrangements;
    @Inject ArrangementMonitor monitor;
    @Inject Cases cases;
    @Inject ArrangementFixtures fixtures;
    @Inject TestCaseMoney money;
    @Inject TestClock clock;
    @Inject RecordedEvents events;

    private TeamView team;
    private Caller caseworker;
    private ClientView dutchClient;
    private ClientView strictClient;

    @BeforeAll
    void world() {
        team = fixtures.aTeam();
        caseworker = AccessFixtures.callerOf(fixtures.aMember(Role.CASEWORKER, team));
        dutchClient = fixtures.aClient(Jurisdiction.NL);
        strictClient = fixtures.aClient(Jurisdiction.NL);
        arrangements.setTerms(Caller.system(), strictClient.id(), new ArrangementTerms(InterestDuringPlan.FROZEN, 0, 1));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private void advanceTo(LocalDate day) {
        Duration step = Duration.between(clock.instant(), day.atTime(9, 0).atZone(clock.getZone()).toInstant());
        assertThat(step.isNegative()).as("the test clock only moves forward").isFalse();
        clock.advance(step);
    }

    private PlanRequest monthly(CaseView subject, int count, LocalDate first) {
        return new PlanRequest(subject.id(), count, null, Frequency.MONTHLY, first, null, null, null, null);
    }

    private PaymentPlanView plan(CaseId caseId) {
        return arrangements.plansOf(caseworker, List.of(caseId)).get(caseId);
    }

    private CaseStatus status(CaseId caseId) {
        return cases.find(caseworker, caseId).orElseThrow().status();
    }

    private List<String> timeline(CaseId caseId) {
        return cases.timelinesOf(caseworker, List.of(caseId)).get(caseId).stream().map(CaseEventView::kind).toList();
    }

    @Test
    void an_agreed_plan_covers_the_open_balance_and_moves_the_case_to_payment_plan() {
        CaseView subject = fixtures.anActiveCase(dutchClient, team, "600.00", "400.00");
        LocalDate first = today().plusDays(10);

        PaymentPlanView plan = arrangements.createPlan(caseworker, new PlanRequest(subject.id(), 3, null, Frequency.MONTHLY, first,
                new BigDecimal("100"), null, null, new BigDecimal("1000.00")));

        assertThat(plan.status()).isEqualTo(PlanStatus.ACTIVE);
        assertThat(plan.coveredAmount()).isEqualTo(Money.of("1000.00", "EUR"));
        assertThat(plan.interestDuringPlan()).isEqualTo(InterestDuringPlan.CONTINUES);
        assertThat(plan.graceDays()).isEqualTo(5);
        assertThat(plan.instalments()).extracting(i -> i.amount().amount().toPlainString()).containsExactly("100.00", "300.00", "300.00", "300.00");
        assertThat(plan.instalments()).allSatisfy(i -> {
            assertThat(i.status()).isEqualTo(InstalmentStatus.OPEN);
            assertThat(i.graceEndsOn()).isAfterOrEqualTo(i.dueOn().plusDays(5));
        });
        assertThat(status(subject.id())).isEqualTo(CaseStatus.PAYMENT_PLAN);
        assertThat(timeline(subject.id())).contains("PLAN_CREATED", "STATUS_CHANGED");
        assertThat(plan(subject.id())).isEqualTo(plan);
    }

    @Test
    void a_second_running_plan_on_the_same_case_is_refused() {
        CaseView subject = fixtures.anActiveCase(dutchClient, team, "300.00");
        PaymentPlanView first = arrangements.createPlan(caseworker, monthly(subject, 3, today().plusDays(7)));

        assertRefused(() -> arrangements.createPlan(caseworker, monthly(subject, 2, today().plusDays(7))),
                ErrorCode.PAYMENT_PLAN_ALREADY_ACTIVE, "caseId");
        assertThat(plan(subject.id()).id()).isEqualTo(first.id());
    }

    @Test
    void a_refused_plan_saves_nothing_and_leaves_the_case_as_it_was() {
        CaseView subject = fixtures.anActiveCase(dutchClient, team, "300.00");

        assertRefused(() -> arrangements.createPlan(caseworker, monthly(subject, 3, today().minusDays(1))), ErrorCode.DATE_IN_PAST, "firstDueOn");
        assertRefused(() -> arrangements.createPlan(caseworker, new PlanRequest(subject.id(), 3, null, Frequency.MONTHLY,
                today().plusDays(3), null, null, null, new BigDecimal("299.99"))), ErrorCode.PLAN_DOES_NOT_COVER_BALANCE, "openBalance");
        assertRefused(() -> arrangements.createPlan(caseworker, new PlanRequest(subject.id(), 3, null, Frequency.MONTHLY,
                today().plusDays(3), null, null, 61, null)), ErrorCode.INVALID_FORMAT, "graceDays");

        assertThat(plan(subject.id())).isNull();
        assertThat(status(subject.id())).isEqualTo(CaseStatus.ACTIVE);
        assertThat(timeline(subject.id())).doesNotContain("PLAN_CREATED");
    }

    @Test
    void an_unpaid_instalment_is_late_within_its_grace_days_and_missed_after_them_and_the_plan_breaks_after_two() {
        CaseView subject = fixtures.anActiveCase(dutchClient, team, "300.00");
        PaymentPlanView plan = arrangements.createPlan(caseworker, new PlanRequest(subject.id(), 3, null, Frequency.WEEKLY,
                today().plusDays(7), null, null, null, null));
        InstalmentView first = plan.instalments().get(0);
        InstalmentView second = plan.instalments().get(1);

        advanceTo(first.dueOn().plusDays(1));
        monitor.runDaily();
        assertThat(plan(subject.id()).instalments().get(0).status()).isEqualTo(InstalmentStatus.LATE);

        advanceTo(first.graceEndsOn());
        monitor.runDaily();
        assertThat(plan(subject.id()).instalments().get(0).status()).isEqualTo(InstalmentStatus.LATE);
        assertThat(events.of(subject.id())).isEmpty();

        advanceTo(first.graceEndsOn().plusDays(1));
        monitor.runDaily();
        assertThat(plan(subject.id()).instalments().get(0).status()).isEqualTo(InstalmentStatus.MISSED);
        assertThat(plan(subject.id()).status()).isEqualTo(PlanStatus.ACTIVE);
        assertThat(events.of(subject.id())).singleElement().isInstanceOfSatisfying(InstalmentMissed.class, e -> {
            assertThat(e.number()).isEqualTo(1);
            assertThat(e.dueOn()).isEqualTo(first.dueOn());
            assertThat(e.missedCount()).isEqualTo(1);
        });
        assertThat(timeline(subject.id())).contains("INSTALMENT_MISSED");

        advanceTo(second.graceEndsOn().plusDays(1));
        monitor.runDaily();
        PaymentPlanView broken = plan(subject.id());
        assertThat(broken.status()).isEqualTo(PlanStatus.BROKEN);
        assertThat(broken.missedCount()).isEqualTo(2);
        assertThat(broken.endedOn()).isEqualTo(today());
        assertThat(events.of(subject.id())).hasSize(3).last().isInstanceOfSatisfying(PlanBroken.class,
                e -> assertThat(e.missedCount()).isEqualTo(2));
        assertThat(status(subject.id())).isEqualTo(CaseStatus.ACTIVE);
        assertThat(timeline(subject.id())).contains("PLAN_BROKEN");
    }

    @Test
    void a_client_can_break_plans_at_the_first_miss_and_a_day_late_is_missed_without_grace() {
        CaseView subject = fixtures.anActiveCase(strictClient, team, "200.00");
        PaymentPlanView plan = arrangements.createPlan(caseworker, monthly(subject, 2, today().plusDays(3)));
        InstalmentView first = plan.instalments().get(0);
        assertThat(first.graceEndsOn()).isEqualTo(first.dueOn());

        advanceTo(first.dueOn().plusDays(1));
        money.pay(subject.id(), "100.00", first.dueOn().plusDays(1));
        monitor.runDaily();

        assertThat(plan(subject.id()).status()).isEqualTo(PlanStatus.BROKEN);
        assertThat(plan(subject.id()).instalments().get(0).status()).isEqualTo(InstalmentStatus.MISSED);
        assertThat(plan(subject.id()).instalments().get(0).paidOn()).isEqualTo(first.dueOn().plusDays(1));
    }

    @Test
    void a_plan_paid_on_time_completes_and_the_case_returns_to_active() {
        CaseView subject = fixtures.anActiveCase(strictClient, team, "100.00");
        PaymentPlanView plan = arrangements.createPlan(caseworker, monthly(subject, 2, today().plusDays(2)));
        assertThat(plan.interestDuringPlan()).isEqualTo(InterestDuringPlan.FROZEN);

        money.pay(subject.id(), "50.00", today());
        advanceTo(plan.instalments().get(0).dueOn());
        monitor.runDaily();
        assertThat(plan(subject.id()).instalments()).extracting(InstalmentView::status)
                .containsExactly(InstalmentStatus.PAID, InstalmentStatus.OPEN);

        money.pay(subject.id(), "50.00", today());
        monitor.judgeCase(subject.id()); // right after the payment is booked, not waiting for tomorrow's run

        PaymentPlanView done = plan(subject.id());
        assertThat(done.status()).isEqualTo(PlanStatus.COMPLETED);
        assertThat(done.paidAmount()).isEqualTo(Money.of("100.00", "EUR"));
        assertThat(events.of(subject.id())).singleElement().isInstanceOf(PlanCompleted.class);
        assertThat(status(subject.id())).isEqualTo(CaseStatus.ACTIVE);
        assertThat(arrangements.interestFreezes(List.of(subject.id())).get(subject.id()))
                .containsExactly(new InterestFreeze(plan.id(), plan.startsOn(), today()));
    }

    @Test
    void with_continuing_interest_the_interest_that_accrued_becomes_a_last_settlement_instalment() {
        CaseView subject = fixtures.anActiveCase(dutchClient, team, "100.00");
        PaymentPlanView plan = arrangements.createPlan(caseworker, monthly(subject, 1, today().plusDays(5)));
        LocalDate due = plan.instalments().get(0).dueOn();
        money.charge(subject.id(), "1.37", due); // statutory interest the ledger would accrue while the plan ran
        money.pay(subject.id(), "100.00", due);

        advanceTo(due);
        monitor.runDaily();

        PaymentPlanView running = plan(subject.id());
        assertThat(running.status()).isEqualTo(PlanStatus.ACTIVE);
        assertThat(running.instalments()).hasSize(2).last().satisfies(settlement -> {
            assertThat(settlement.kind()).isEqualTo(InstalmentKind.INTEREST_SETTLEMENT);
            assertThat(settlement.amount()).isEqualTo(Money.of("1.37", "EUR"));
            assertThat(settlement.scheduledOn()).isEqualTo(due.plusDays(Judgement.SETTLEMENT_TERM_DAYS));
        });
        assertThat(timeline(subject.id())).contains("INTEREST_SETTLEMENT_ADDED");

        money.pay(subject.id(), "1.37", today());
        monitor.judgeCase(subject.id());
        assertThat(plan(subject.id()).status()).isEqualTo(PlanStatus.COMPLETED);
    }

    @Test
    void the_daily_run_judges_each_plan_once_a_day_and_reports_what_it_did() {
        CaseView subject = fixtures.anActiveCase(strictClient, team, "90.00");
        PaymentPlanView plan = arrangements.createPlan(caseworker, monthly(subject, 3, today().plusDays(1)));
        advanceTo(plan.instalments().get(0).dueOn().plusDays(1));

        MonitorRunView run = monitor.runDaily();
        clock.advance(Duration.ofMinutes(1)); // a second instance, or a restart, on the same day
        MonitorRunView again = monitor.runDaily();

        assertThat(run.plansJudged()).isPositive();
        assertThat(run.plansBroken()).isPositive();
        assertThat(run.finishedAt()).isNotNull();
        assertThat(run.failures()).isZero();
        assertThat(again.plansJudged()).isZero();
        assertThat(events.of(subject.id())).hasSize(2); // missed + broken, once
        assertThat(monitor.recentRuns(Caller.system(), 50)).extracting(MonitorRunView::id).containsSubsequence(again.id(), run.id());
        assertRefused(() -> monitor.recentRuns(caseworker, 5), ErrorCode.PERMISSION_DENIED, null);
    }

    @Test
    void a_cancelled_plan_needs_a_reason_ends_and_cannot_be_cancelled_twice() {
        CaseView subject = fixtures.anActiveCase(dutchClient, team, "120.00");
        PaymentPlanView plan = arrangements.createPlan(caseworker, monthly(subject, 2, today().plusDays(4)));

        assertRefused(() -> arrangements.cancelPlan(caseworker, plan.id(), " "), ErrorCode.REQUIRED, "reason");
        PaymentPlanView cancelled = arrangements.cancelPlan(caseworker, plan.id(), "Debtor went into debt counselling");

        assertThat(cancelled.status()).isEqualTo(PlanStatus.CANCELLED);
        assertThat(cancelled.endReason()).isEqualTo("Debtor went into debt counselling");
        assertThat(status(subject.id())).isEqualTo(CaseStatus.ACTIVE);
        assertThat(events.of(subject.id())).singleElement().isInstanceOf(PlanCancelled.class);
        assertRefused(() -> arrangements.cancelPlan(caseworker, plan.id(), "again"), ErrorCode.INVALID_STATUS_TRANSITION, "paymentPlanId");
        // and a new plan may be agreed now
        assertThat(arrangements.createPlan(caseworker, monthly(subject, 1, today().plusDays(4))).status()).isEqualTo(PlanStatus.ACTIVE);
    }

    @Test
    void closing_a_case_cancels_its_running_plan_and_withdraws_its_promises_so_nothing_is_judged_on_it_any_more() {
        CaseView subject = fixtures.anActiveCase(dutchClient, team, "300.00");
        PaymentPlanView plan = arrangements.createPlan(caseworker, monthly(subject, 3, today().plusDays(4)));
        PromiseView promise = arrangements.makePromise(caseworker, subject.id(), today().plusDays(2), new BigDecimal("50"), null);

        cases.close(caseworker, subject.id(), CloseReason.UNCOLLECTABLE, "debtor emigrated");

        PaymentPlanView ended = arrangements.findPlan(caseworker, plan.id()).orElseThrow();
        assertThat(ended.status()).isEqualTo(PlanStatus.CANCELLED);
        assertThat(ended.endReason()).isEqualTo("case closed (UNCOLLECTABLE)");
        assertThat(arrangements.findPromise(caseworker, promise.id()).orElseThrow().status()).isEqualTo(PromiseStatus.WITHDRAWN);
        assertThat(events.of(subject.id())).singleElement().isInstanceOf(PlanCancelled.class);
        assertThat(timeline(subject.id())).contains("PLAN_CANCELLED", "PROMISE_WITHDRAWN");
        assertThat(status(subject.id())).isEqualTo(CaseStatus.CLOSED);

        advanceTo(today().plusDays(60));
        monitor.runDaily();
        assertThat(arrangements.findPlan(caseworker, plan.id()).orElseThrow().instalments())
                .allSatisfy(i -> assertThat(i.status()).isEqualTo(InstalmentStatus.OPEN));
        assertThat(events.of(subject.id())).hasSize(1);
    }

    @Test
    void a_promise_paid_by_its_day_is_kept() {
        CaseView subject = fixtures.anActiveCase(dutchClient, team, "80.00");
        PromiseView promise = arrangements.makePromise(caseworker, subject.id(), today().plusDays(3), new BigDecimal("80"), "phoned in");
        assertThat(status(subject.id())).isEqualTo(CaseStatus.PROMISE);
        assertThat(promise.status()).isEqualTo(PromiseStatus.PENDING);

        money.pay(subject.id(), "30.00", today().plusDays(1));
        money.pay(subject.id(), "50.00", today().plusDays(2));
        advanceTo(today().plusDays(2));
        monitor.runDaily();

        PromiseView kept = arrangements.promisesOf(caseworker, List.of(subject.id())).get(subject.id()).get(0);
        assertThat(kept.status()).isEqualTo(PromiseStatus.KEPT);
        assertThat(kept.settledOn()).isEqualTo(today());
        assertThat(kept.paidAmount()).isEqualTo(Money.of("80.00", "EUR"));
        assertThat(events.of(subject.id())).singleElement().isInstanceOf(PromiseKept.class);
        assertThat(status(subject.id())).isEqualTo(CaseStatus.ACTIVE);
        assertThat(timeline(subject.id())).contains("PROMISE_MADE", "PROMISE_KEPT");
    }

    @Test
    void a_promise_not_paid_by_its_day_plus_grace_is_broken() {
        CaseView subject = fixtures.anActiveCase(dutchClient, team, "80.00");
        PromiseView promise = arrangements.makePromise(caseworker, subject.id(), today().plusDays(1), new BigDecimal("80"), null);
        money.pay(subject.id(), "79.99", promise.graceEndsOn());

        advanceTo(promise.graceEndsOn());
        monitor.runDaily();
        assertThat(arrangements.findPromise(caseworker, promise.id()).orElseThrow().status()).isEqualTo(PromiseStatus.PENDING);

        advanceTo(promise.graceEndsOn().plusDays(1));
        monitor.runDaily();
        PromiseView broken = arrangements.findPromise(caseworker, promise.id()).orElseThrow();
        assertThat(broken.status()).isEqualTo(PromiseStatus.BROKEN);
        assertThat(events.of(subject.id())).singleElement().isInstanceOfSatisfying(PromiseBroken.class,
                e -> assertThat(e.paidAmount()).isEqualTo(Money.of("79.99", "EUR")));
        assertThat(status(subject.id())).isEqualTo(CaseStatus.ACTIVE);
        assertThat(timeline(subject.id())).contains("PROMISE_BROKEN");
    }

    @Test
    void a_promise_needs_a_positive_amount_and_a_day_from_today_and_saves_nothing_otherwise() {
        CaseView subject = fixtures.anActiveCase(dutchClient, team, "80.00");

        assertRefused(() -> arrangements.makePromise(caseworker, subject.id(), today().plusDays(1), BigDecimal.ZERO, null),
                ErrorCode.INVALID_AMOUNT, "amount");
        assertRefused(() -> arrangements.makePromise(caseworker, subject.id(), today().plusDays(1), new BigDecimal("-1"), null),
                ErrorCode.INVALID_AMOUNT, "amount");
        assertRefused(() -> arrangements.makePromise(caseworker, subject.id(), today().minusDays(1), BigDecimal.TEN, null),
                ErrorCode.DATE_IN_PAST, "promisedOn");

        assertThat(arrangements.promisesOf(caseworker, List.of(subject.id())).get(subject.id())).isEmpty();
        assertThat(status(subject.id())).isEqualTo(CaseStatus.ACTIVE);
    }

    @Test
    void a_promise_during_a_plan_leaves_the_case_in_payment_plan_and_a_case_on_hold_takes_no_arrangement() {
        CaseView planned = fixtures.anActiveCase(dutchClient, team, "80.00");
        arrangements.createPlan(caseworker, monthly(planned, 2, today().plusDays(3)));
        arrangements.makePromise(caseworker, planned.id(), today().plusDays(2), BigDecimal.TEN, null);
        CaseView held = fixtures.anActiveCase(dutchClient, team, "80.00");
        cases.hold(caseworker, held.id(), io.vorda.cases.HoldReason.DISPUTE, null);

        assertThat(status(planned.id())).isEqualTo(CaseStatus.PAYMENT_PLAN);
        assertRefused(() -> arrangements.createPlan(caseworker, monthly(held, 2, today().plusDays(3))),
                ErrorCode.INVALID_STATUS_TRANSITION, "caseId");
        assertRefused(() -> arrangements.makePromise(caseworker, held.id(), today().plusDays(2), BigDecimal.TEN, null),
                ErrorCode.INVALID_STATUS_TRANSITION, null);
        assertThat(arrangements.promisesOf(caseworker, List.of(held.id())).get(held.id())).isEmpty();
    }

    private static void assertRefused(Runnable action, ErrorCode code, String field) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).as(e.getMessage()).isEqualTo(code);
            assertThat(e.field()).isEqualTo(field);
        });
    }
}
