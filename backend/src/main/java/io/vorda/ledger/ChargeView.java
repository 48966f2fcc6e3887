package io.vorda.ledger;

import io.vorda.shared.Money;

import java.time.LocalDate;

/** A cost (or a fixed interest amount) charged on a claim, with the rule or reason that produced it. */
public record ChargeView(PostingId id, PostingKind kind, Money amount, LocalDate valueDate, String explanation,
                         boolean isReversed) {
}
