package io.vorda.ledger;

import io.vorda.shared.Money;

import java.time.LocalDate;

/**
 * What is owed at the end of {@code asOf}, by component: principal and costs still open, interest accrued up to and
 * including that day less interest paid; {@code paid} is what payments settled, {@code credit} what was paid beyond
 * anything owed and is held for the debtor.
 */
public record Balance(LocalDate asOf, Money principal, Money interest, Money costs, Money paid, Money credit) {

    /** Principal + interest + costs still owed. */
    public Money open() {
        return principal.plus(interest).plus(costs);
    }

    static Balance zero(LocalDate asOf, java.util.Currency currency) {
        Money zero = Money.zero(currency);
        return new Balance(asOf, zero, zero, zero, zero, zero);
    }

    Balance plus(Balance other) {
        return new Balance(asOf, principal.plus(other.principal), interest.plus(other.interest), costs.plus(other.costs),
                paid.plus(other.paid), credit.plus(other.credit));
    }
}
