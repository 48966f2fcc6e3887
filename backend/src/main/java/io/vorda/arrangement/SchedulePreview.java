package io.vorda.arrangement;

import io.vorda.cases.CaseId;
import io.vorda.shared.Money;

import java.util.List;

/**
 * A payment plan before it is agreed: the schedule as it would be saved, and what it covers.
 *
 * @param openBalance the case's open balance today: what the plan must cover
 * @param total       down payment plus instalments; always equal to the open balance
 */
public record SchedulePreview(CaseId caseId, Money openBalance, Money total, Frequency frequency,
                              InterestDuringPlan interestDuringPlan, int graceDays, int missedInstalmentsToBreak,
                              List<PlannedInstalment> instalments) {

    public SchedulePreview {
        instalments = List.copyOf(instalments);
    }

    /** The schedule as CSV (RFC 4180, comma-separated, ISO dates, plain amounts) for download before agreeing. */
    public String csv() {
        return ScheduleCsv.of(instalments.stream().map(i -> new ScheduleCsv.Line(i.number(), i.kind(), i.scheduledOn(),
                i.dueOn(), i.amount(), null, null, null)).toList());
    }
}
