package io.vorda.arrangement;

import io.vorda.cases.CaseId;

import java.time.LocalDate;

/**
 * A payment plan broke: the client's number of missed instalments was reached, and collection resumes.
 * Published inside the transaction that decided it; listeners that act after commit use @TransactionalEventListener.
 */
public record PlanBroken(CaseId caseId, PaymentPlanId plan, LocalDate brokenOn, int missedCount) {
}
