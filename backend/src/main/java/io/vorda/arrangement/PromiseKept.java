package io.vorda.arrangement;

import io.vorda.cases.CaseId;

import java.time.LocalDate;

/**
 * The promised amount was received by the promised day plus grace.
 * Published inside the transaction that decided it; listeners that act after commit use @TransactionalEventListener.
 */
public record PromiseKept(CaseId caseId, PromiseId promise, LocalDate keptOn) {
}
