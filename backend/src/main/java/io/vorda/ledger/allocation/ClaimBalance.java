package io.vorda.ledger.allocation;

import io.vorda.shared.Money;

/** A claim's open components at the end of a day, and what payments settled on it up to then. */
public record ClaimBalance(Money principal, Money interest, Money costs, Money paid) {

    public Money open() {
        return principal.plus(interest).plus(costs);
    }
}
