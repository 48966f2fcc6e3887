package io.vorda.rate;

import io.vorda.interest.StatutoryRate;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A rate period to add to a table; {@code publishedThrough} is optional (the last day the rate is known to hold). */
public record NewInterestRatePeriod(StatutoryRate rate, LocalDate validFrom, BigDecimal annualRatePercent,
                                    @Nullable LocalDate publishedThrough, boolean isConfirmed, String source) {
}
