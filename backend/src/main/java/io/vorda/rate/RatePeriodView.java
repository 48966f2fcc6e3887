package io.vorda.rate;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A row of a rate table as the application computes with it. An administrator's row ({@code origin} ADMIN) carries
 * its {@code entry}, and the shipped row for the same day it replaces, if any.
 */
public record RatePeriodView(LocalDate validFrom, BigDecimal annualRatePercent, boolean isConfirmed, String source,
                             RateOrigin origin, @Nullable InterestRateEntryView entry, @Nullable RatePeriodView replacesShipped) {
}
