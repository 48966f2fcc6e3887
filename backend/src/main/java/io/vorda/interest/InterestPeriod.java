package io.vorda.interest;

import io.vorda.shared.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One line of an interest breakdown, as printed on a statement or letter: from {@code firstDate} to
 * {@code lastDate} (both counted), {@code days} days of a {@code daysInYear}-day year at {@code annualRatePercent}
 * on {@code base}. {@code interestExact} is base × rate/100 × days/daysInYear shown to {@value #EXACT_SCALE}
 * decimals; {@code interest} is that value rounded once to the cent ({@link Money#COMMERCIAL_ROUNDING}).
 * {@code capitalisedAfter} is the interest added to the base on the anniversary that follows this line (zero when
 * none). A line is confirmed only when every rate row behind it is confirmed and published.
 */
public record InterestPeriod(LocalDate firstDate, LocalDate lastDate, int days, int daysInYear,
                             BigDecimal annualRatePercent, Money base, BigDecimal interestExact, Money interest,
                             Money capitalisedAfter, boolean isConfirmed, List<String> sources) {

    /** Decimals shown of the exact interest; the calculator itself keeps it as an exact fraction. */
    public static final int EXACT_SCALE = 10;

    public InterestPeriod {
        sources = List.copyOf(sources);
    }
}
