package io.vorda.ledger;

import io.vorda.cases.ClaimView;
import io.vorda.shared.Money;

/** The part of a payment that settled one component of one claim. */
public record Allocation(ClaimView claim, Component component, Money amount) {
}
