package io.vorda.arrangement;

import io.vorda.cases.CaseId;
import io.vorda.shared.Money;

import java.time.LocalDate;

/**
 * An instalment was not paid in full by the end of its grace period.
 * Published inside the transaction that decided it; listeners that act after commit use @TransactionalEventListener.
 */
public record InstalmentMissed(CaseId caseId, PaymentPlanId plan, int number, LocalDate dueOn, Money amount, Money paidAmount,
                               int missedCount) {
}
