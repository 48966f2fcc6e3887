package io.vorda.interest;

import io.vorda.shared.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/** Short names for the interest tests: amounts, dates, a breakdown line as one comparable value. */
final class InterestFixtures {

    static final InterestCalculator CALCULATOR = new InterestCalculator(RateTables.shipped());

    private InterestFixtures() {
    }

    static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    static AccruedInterest accrue(String principal, String first, String last, InterestBasis basis, DayCount dayCount) {
        return CALCULATOR.accrue(InterestRequest.of(eur(principal), date(first), date(last), basis, dayCount));
    }

    /** A breakdown line as money-rules.md §6 prints it; the exact interest is rounded to the 4 decimals shown there. */
    record Line(String first, String last, int days, String ratePercent, String base, String exact4, String interest, String capitalised) {

        static Line of(InterestPeriod p) {
            return new Line(p.firstDate().toString(), p.lastDate().toString(), p.days(),
                    p.annualRatePercent().stripTrailingZeros().toPlainString(), p.base().amount().toPlainString(),
                    p.interestExact().setScale(4, RoundingMode.HALF_UP).toPlainString(), p.interest().amount().toPlainString(),
                    p.capitalisedAfter().amount().toPlainString());
        }
    }

    static Line line(String first, String last, int days, String ratePercent, String base, String exact4, String interest) {
        return new Line(first, last, days, ratePercent, base, exact4, interest, "0.00");
    }

    /** The exact, unrounded sum of every line, as a fraction (no rounding at all). */
    static ExactInterest exactSum(AccruedInterest result) {
        return result.periods().stream().map(ExactInterest::of).reduce(ExactInterest.ZERO, ExactInterest::plus);
    }

    static BigDecimal percent(String value) {
        return new BigDecimal(value);
    }
}
