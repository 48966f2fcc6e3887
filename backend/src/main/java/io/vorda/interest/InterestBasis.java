package io.vorda.interest;

import io.vorda.shared.DomainException;
import io.vorda.shared.ErrorCode;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What rate a claim bears: a statutory rate (optionally plus agreed points) or a rate agreed in the contract.
 * Rates are percentages (8.5 means 8.5 %). Whether unpaid interest is capitalised yearly is part of the basis.
 */
public sealed interface InterestBasis permits InterestBasis.Statutory, InterestBasis.AnnualPercent, InterestBasis.MonthlyPercent {

    Compounding compounding();

    /** The statutory rate as published, compounding as the law says (NL yearly, elsewhere simple). */
    static InterestBasis statutory(StatutoryRate rate) {
        return new Statutory(rate, BigDecimal.ZERO, rate.compounding());
    }

    /**
     * Agreed: a statutory or reference rate plus {@code points} percentage points ("5 points above the base rate").
     * Agreed interest is simple unless the contract says otherwise; pass a {@link Compounding} to {@link Statutory}.
     */
    static InterestBasis statutoryPlus(StatutoryRate rate, BigDecimal points) {
        return new Statutory(rate, points, Compounding.NONE);
    }

    /** Agreed: a fixed percentage a year, simple interest. */
    static InterestBasis annual(BigDecimal percent) {
        return new AnnualPercent(percent, Compounding.NONE);
    }

    /** Agreed: a fixed percentage a month ("1 % per maand"), simple interest. */
    static InterestBasis monthly(BigDecimal percent) {
        return new MonthlyPercent(percent, Compounding.NONE);
    }

    /** A statutory rate plus agreed points (zero for the statutory rate itself); follows every change of the table. */
    record Statutory(StatutoryRate rate, BigDecimal pointsAbove, Compounding compounding) implements InterestBasis {
        public Statutory {
            Objects.requireNonNull(rate, "rate");
            Objects.requireNonNull(pointsAbove, "pointsAbove");
            Objects.requireNonNull(compounding, "compounding");
        }
    }

    /** A fixed annual percentage agreed in the contract. */
    record AnnualPercent(BigDecimal percent, Compounding compounding) implements InterestBasis {
        public AnnualPercent {
            requireNotNegative(percent);
            Objects.requireNonNull(compounding, "compounding");
        }
    }

    /**
     * A fixed monthly percentage agreed in the contract. It is applied as twelve times that a year with the chosen
     * day count, so under {@link DayCount#THIRTY_360} a whole month bears exactly the monthly percentage.
     */
    record MonthlyPercent(BigDecimal percent, Compounding compounding) implements InterestBasis {
        public MonthlyPercent {
            requireNotNegative(percent);
            Objects.requireNonNull(compounding, "compounding");
        }

        BigDecimal annualPercent() {
            return percent.multiply(BigDecimal.valueOf(12));
        }
    }

    private static void requireNotNegative(BigDecimal percent) {
        if (percent.signum() < 0) {
            throw new DomainException(ErrorCode.INVALID_FORMAT,
                    "An agreed interest rate cannot be negative, was " + percent.toPlainString(), "percent");
        }
    }
}
