package io.vorda.arrangement;

import io.vorda.cases.CaseId;
import io.vorda.shared.Money;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A debtor's promise to pay an amount by a day, and how it stands.
 *
 * @param graceEndsOn the last day a payment still keeps the promise (promised day plus grace days, on a business day)
 * @param paidAmount  what was received toward it since it was made
 * @param settledOn   the value date that kept it, or the day it was judged broken
 */
public record PromiseView(PromiseId id, CaseId caseId, LocalDate promisedOn, Money amount, LocalDate graceEndsOn,
                          PromiseStatus status, Money paidAmount, @Nullable LocalDate settledOn, @Nullable String note,
                          Instant createdAt, String createdBy) {
}
