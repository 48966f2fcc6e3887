package io.vorda.arrangement;

import io.vorda.cases.CaseId;

/**
 * A user called a payment plan off, with a reason.
 * Published inside the transaction that decided it; listeners that act after commit use @TransactionalEventListener.
 */
public record PlanCancelled(CaseId caseId, PaymentPlanId plan, String reason) {
}
