package io.vorda.arrangement;

import io.vorda.cases.CaseId;

import java.time.LocalDate;

/**
 * Every instalment of a payment plan was paid (with continuing interest, the interest settlement too).
 * Published inside the transaction that decided it; listeners that act after commit use @TransactionalEventListener.
 */
public record PlanCompleted(CaseId caseId, PaymentPlanId plan, LocalDate completedOn) {
}
