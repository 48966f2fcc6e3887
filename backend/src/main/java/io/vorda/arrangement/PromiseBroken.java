package io.vorda.arrangement;

import io.vorda.cases.CaseId;
import io.vorda.shared.Money;

import java.time.LocalDate;

/**
 * The promised day plus grace passed without the promised amount.
 * Published inside the transaction that decided it; listeners that act after commit use @TransactionalEventListener.
 */
public record PromiseBroken(CaseId caseId, PromiseId promise, LocalDate promisedOn, Money amount, Money paidAmount) {
}
