package io.vorda.interest;

import io.vorda.shared.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * Interest as an exact fraction: {@code numerator} / {@value #DENOMINATOR}. The denominator is 100 (percent) times
 * a common multiple of every year length a day count uses (360, 365, 366), so amounts of different periods add up
 * with no rounding at all and splitting a period never changes the exact sum.
 */
record ExactInterest(BigDecimal numerator) {

    private static final long YEAR_LENGTHS_MULTIPLE = 1_603_080L; // lcm(360, 365, 366)
    static final long DENOMINATOR = 100 * YEAR_LENGTHS_MULTIPLE;
    static final ExactInterest ZERO = new ExactInterest(BigDecimal.ZERO);

    ExactInterest {
        numerator = numerator.stripTrailingZeros(); // equal fractions are equal records
    }

    static ExactInterest of(BigDecimal base, BigDecimal annualRatePercent, int days, int daysInYear) {
        if (YEAR_LENGTHS_MULTIPLE % daysInYear != 0) {
            throw new IllegalArgumentException("unsupported year length " + daysInYear);
        }
        return new ExactInterest(base.multiply(annualRatePercent).multiply(BigDecimal.valueOf(days))
                .multiply(BigDecimal.valueOf(YEAR_LENGTHS_MULTIPLE / daysInYear)));
    }

    static ExactInterest of(InterestPeriod period) {
        return of(period.base().amount(), period.annualRatePercent(), period.days(), period.daysInYear());
    }

    ExactInterest plus(ExactInterest other) {
        return new ExactInterest(numerator.add(other.numerator));
    }

    /** Rounded once, to the currency's cents, with the house rounding rule. */
    Money rounded(Currency currency) {
        return new Money(numerator.divide(BigDecimal.valueOf(DENOMINATOR), currency.getDefaultFractionDigits(),
                Money.COMMERCIAL_ROUNDING), currency);
    }

    BigDecimal toDecimal() {
        return numerator.divide(BigDecimal.valueOf(DENOMINATOR), InterestPeriod.EXACT_SCALE, RoundingMode.HALF_EVEN);
    }
}
