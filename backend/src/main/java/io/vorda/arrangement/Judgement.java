package io.vorda.arrangement;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import io.vorda.access.Caller;
import io.vorda.calendar.BusinessCalendar;
import io.vorda.calendar.BusinessCalendars;
import io.vorda.cases.CaseId;
import io.vorda.cases.CaseStatus;
import io.vorda.cases.Cases;
import io.vorda.client.Jurisdiction;
import io.vorda.shared.Money;
import jakarta.inject.Singleton;
import org.jspecify.annotations.Nullable;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Judges one plan or one promise against the payments received, in its own transaction and under a row lock:
 * instalment statuses, a broken or completed plan, a kept or broken promise — each change published as an event,
 * written on the case's timeline and, where it ends an arrangement, reflected in the case's status. Idempotent:
 * events fire only on a change of state, so judging twice gives the same result as once.
 */
@Singleton
class Judgement {

    /** Days the debtor gets to pay the interest settlement of a plan with continuing interest. */
    static final int SETTLEMENT_TERM_DAYS = 14;

    /** What judging one plan or promise changed; counted by the daily run. */
    record Outcome(int instalmentsMissed, boolean planBroken, boolean planCompleted, boolean promiseKept, boolean promiseBroken) {
        static final Outcome NOTHING = new Outcome(0, false, false, false, false);
    }

    private final PlanRepository plans;
    private final InstalmentRepository instalments;
    private final PromiseRepository promises;
    private final Cases cases;
    private final BusinessCalendars calendars;
    private final Clock clock;
    private final ApplicationEventPublisher<Object> events;

    Judgement(PlanRepository plans, InstalmentRepository instalments, PromiseRepository promises, Cases cases,
              BusinessCalendars calendars, Clock clock, ApplicationEventPublisher<Object> events) {
        this.plans = plans;
        this.instalments = instalments;
        this.promises = promises;
        this.cases = cases;
        this.calendars = calendars;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Judges a running plan as of {@code today}. With {@code oncePerDay} it is skipped (empty) when another instance
     * holds it or it was judged today already; without, it waits for the lock and judges again.
     */
    @Transactional
    public Optional<Outcome> judgePlan(UUID planId, LocalDate today, boolean oncePerDay, CaseMoney money,
                                       List<ReceivedPayment> payments) {
        Optional<PlanRow> claimed = oncePerDay ? plans.claimToJudge(planId, today)
                : plans.lock(planId).filter(p -> p.planStatus() == PlanStatus.ACTIVE);
        if (claimed.isEmpty()) {
            return Optional.empty();
        }
        PlanRow plan = claimed.get();
        CaseId caseId = new CaseId(plan.caseId());
        Instant now = clock.instant();
        List<InstalmentRow> rows = new ArrayList<>(instalments.findByPlans(List.of(plan.id())));
        List<Coverage.Covered> covered = Coverage.of(rows.stream().map(InstalmentRow::money).toList(),
                Coverage.countable(payments, plan.createdAt()));
        int missedNow = 0;
        for (int i = 0; i < rows.size(); i++) {
            InstalmentRow row = rows.get(i);
            InstalmentStatus status = Coverage.judge(row.instalmentStatus(), covered.get(i), row.dueOn(), row.graceEndsOn(), today);
            if (!row.differsFrom(status, covered.get(i))) {
                continue;
            }
            InstalmentRow judged = instalments.update(row.judged(status, covered.get(i), now));
            rows.set(i, judged);
            if (status == InstalmentStatus.MISSED && row.instalmentStatus() != InstalmentStatus.MISSED) {
                missedNow++;
                int missedSoFar = (int) rows.stream().filter(r -> r.instalmentStatus() == InstalmentStatus.MISSED).count();
                events.publishEvent(new InstalmentMissed(caseId, new PaymentPlanId(plan.id()), row.number(), row.dueOn(),
                        row.money(), covered.get(i).paid(), missedSoFar));
                cases.recordEvent(Caller.system(), caseId, "INSTALMENT_MISSED", null, row.money().toString(),
                        "instalment %d due %s; %s paid".formatted(row.number(), row.dueOn(), covered.get(i).paid()));
            }
        }
        long missed = rows.stream().filter(r -> r.instalmentStatus() == InstalmentStatus.MISSED).count();
        boolean allPaid = covered.stream().allMatch(Coverage.Covered::isFull);
        boolean broken = false;
        boolean completed = false;
        if (allPaid && needsSettlement(plan, rows)) {
            Money owed = money.openBalance(caseId, today);
            if (owed.isNegative() || owed.isZero()) {
                completed = true;
            } else {
                addSettlement(plan, rows, owed, today, now);
            }
        } else if (allPaid) {
            completed = true; // also when instalments were missed on the way: everything was paid in the end
        } else if (missed >= plan.missedInstalmentsToBreak()) {
            plan = end(plan, PlanStatus.BROKEN, today, "%d instalment(s) missed".formatted(missed));
            events.publishEvent(new PlanBroken(caseId, new PaymentPlanId(plan.id()), today, (int) missed));
            broken = true;
        }
        if (completed) {
            plan = end(plan, PlanStatus.COMPLETED, today, null);
            events.publishEvent(new PlanCompleted(caseId, new PaymentPlanId(plan.id()), today));
        }
        plans.update(plan.judged(today, now));
        return Optional.of(new Outcome(missedNow, broken, completed, false, false));
    }

    /** Judges a pending promise as of {@code today}; {@code oncePerDay} as for plans. */
    @Transactional
    public Optional<Outcome> judgePromise(UUID promiseId, LocalDate today, boolean oncePerDay, List<ReceivedPayment> payments) {
        Optional<PromiseRow> claimed = oncePerDay ? promises.claimToJudge(promiseId, today)
                : promises.lock(promiseId).filter(p -> p.promiseStatus() == PromiseStatus.PENDING);
        if (claimed.isEmpty()) {
            return Optional.empty();
        }
        PromiseRow promise = claimed.get();
        CaseId caseId = new CaseId(promise.caseId());
        Coverage.Covered covered = Coverage.of(List.of(promise.money()), Coverage.countable(payments, promise.createdAt())).get(0);
        PromiseStatus status = PromiseStatus.PENDING;
        LocalDate settled = null;
        if (covered.isFull() && !covered.paidOn().isAfter(promise.graceEndsOn())) {
            status = PromiseStatus.KEPT;
            settled = covered.paidOn();
        } else if (today.isAfter(promise.graceEndsOn())) {
            status = PromiseStatus.BROKEN;
            settled = today;
        }
        promises.update(promise.judged(status, covered.paid(), settled, today, clock.instant()));
        if (status == PromiseStatus.PENDING) {
            return Optional.of(Outcome.NOTHING);
        }
        if (status == PromiseStatus.KEPT) {
            events.publishEvent(new PromiseKept(caseId, new PromiseId(promise.id()), settled));
            cases.recordEvent(Caller.system(), caseId, "PROMISE_KEPT", null, promise.money().toString(), "paid by " + settled);
        } else {
            events.publishEvent(new PromiseBroken(caseId, new PromiseId(promise.id()), promise.promisedOn(), promise.money(), covered.paid()));
            cases.recordEvent(Caller.system(), caseId, "PROMISE_BROKEN", null, promise.money().toString(),
                    "promised by %s; %s paid".formatted(promise.promisedOn(), covered.paid()));
        }
        if (promises.findPending(promise.caseId()).isEmpty()) {
            cases.endArrangement(Caller.system(), caseId, CaseStatus.PROMISE,
                    status == PromiseStatus.KEPT ? "promise kept" : "promise broken");
        }
        return Optional.of(new Outcome(0, false, false, status == PromiseStatus.KEPT, status == PromiseStatus.BROKEN));
    }

    private static boolean needsSettlement(PlanRow plan, List<InstalmentRow> rows) {
        return InterestDuringPlan.valueOf(plan.interestDuringPlan()) == InterestDuringPlan.CONTINUES
                && rows.stream().noneMatch(r -> InstalmentKind.valueOf(r.kind()) == InstalmentKind.INTEREST_SETTLEMENT);
    }

    /** The plan covered the balance at its start; what accrued meanwhile is due as one last instalment. */
    private void addSettlement(PlanRow plan, List<InstalmentRow> rows, Money owed, LocalDate today, Instant now) {
        BusinessCalendar calendar = calendars.of(Jurisdiction.valueOf(plan.jurisdiction()));
        LocalDate scheduled = today.plusDays(SETTLEMENT_TERM_DAYS);
        LocalDate due = calendar.nextBusinessDayOnOrAfter(scheduled);
        int number = rows.get(rows.size() - 1).number() + 1;
        instalments.save(InstalmentRow.planned(plan.id(), new PlannedInstalment(number, InstalmentKind.INTEREST_SETTLEMENT,
                scheduled, due, owed), Arrangements.graceEnd(calendar, due, plan.graceDays()), now));
        cases.recordEvent(Caller.system(), new CaseId(plan.caseId()), "INTEREST_SETTLEMENT_ADDED", null, owed.toString(),
                "interest accrued during the plan, due " + due);
    }

    private PlanRow end(PlanRow plan, PlanStatus status, LocalDate today, @Nullable String reason) {
        PlanRow ended = plan.ended(status, today, reason, clock.instant(), Caller.system().label());
        CaseId caseId = new CaseId(plan.caseId());
        cases.recordEvent(Caller.system(), caseId, status == PlanStatus.BROKEN ? "PLAN_BROKEN" : "PLAN_COMPLETED", null, null, reason);
        cases.endArrangement(Caller.system(), caseId, CaseStatus.PAYMENT_PLAN,
                status == PlanStatus.BROKEN ? "payment plan broken" : "payment plan completed");
        return ended;
    }
}
