package io.vorda.arrangement;

import io.vorda.cases.CaseId;
import io.vorda.shared.Money;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A payment plan as adapters and other modules see it.
 *
 * @param coveredAmount the case's open balance when the plan was agreed: what the down payment and instalments add
 *                      up to (an interest settlement comes on top)
 * @param endReason     why it was cancelled, or how it ended
 */
public record PaymentPlanView(PaymentPlanId id, CaseId caseId, PlanStatus status, Frequency frequency,
                              InterestDuringPlan interestDuringPlan, Money coveredAmount, @Nullable Money downPayment,
                              int graceDays, int missedInstalmentsToBreak, LocalDate startsOn,
                              @Nullable LocalDate endedOn, @Nullable String endReason, List<InstalmentView> instalments,
                              Instant createdAt, String createdBy) {

    public PaymentPlanView {
        instalments = List.copyOf(instalments);
    }

    /** How many instalments were missed so far. */
    public int missedCount() {
        return (int) instalments.stream().filter(i -> i.status() == InstalmentStatus.MISSED).count();
    }

    /** What the payments received since the plan was agreed cover of it. */
    public Money paidAmount() {
        return instalments.stream().map(InstalmentView::paidAmount)
                .reduce(Money.zero(coveredAmount.currency()), Money::plus);
    }

    /** The schedule and its state as CSV (RFC 4180, comma-separated, ISO dates, plain amounts). */
    public String csv() {
        return ScheduleCsv.of(instalments.stream().map(i -> new ScheduleCsv.Line(i.number(), i.kind(), i.scheduledOn(),
                i.dueOn(), i.amount(), i.paidAmount(), i.paidOn(), i.status())).toList());
    }
}
