package io.vorda.interest;

import io.vorda.shared.Money;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

/**
 * The interest over a period and how it came about. {@code total} is the sum of the lines' rounded amounts
 * (money-rules.md §0: each period is rounded to the cent, then added — nothing is rounded twice); {@code totalExact}
 * is the unrounded sum, shown to {@value InterestPeriod#EXACT_SCALE} decimals.
 */
public record AccruedInterest(Money total, BigDecimal totalExact, List<InterestPeriod> periods) {

    public AccruedInterest {
        periods = List.copyOf(periods);
    }

    static AccruedInterest none(Currency currency) {
        return new AccruedInterest(Money.zero(currency), BigDecimal.ZERO.setScale(InterestPeriod.EXACT_SCALE), List.of());
    }

    /** False when any line rests on a rate that is unconfirmed or not yet published; show it as such. */
    public boolean isConfirmed() {
        return periods.stream().allMatch(InterestPeriod::isConfirmed);
    }

    /** Interest added to the base on anniversaries inside the period (NL yearly capitalisation). */
    public Money capitalised() {
        return periods.stream().map(InterestPeriod::capitalisedAfter).reduce(Money.zero(total.currency()), Money::plus);
    }
}
