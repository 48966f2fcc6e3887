package io.vorda.interest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One row of a rate table: from {@code validFrom} the annual rate is {@code annualRatePercent} (8.5 means 8.5 % a
 * year) until the next row. {@code source} cites where it was read; a row that could not be checked against an
 * official publication is not confirmed and is shown as such (money-rules.md §9).
 */
public record RatePeriod(LocalDate validFrom, BigDecimal annualRatePercent, boolean isConfirmed, String source) {

    public RatePeriod {
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(annualRatePercent, "annualRatePercent");
        if (source.isBlank()) {
            throw new IllegalArgumentException("a rate period needs its source (" + validFrom + ")");
        }
    }
}
