package io.vorda.rate;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The new values for an entered rate period (its table and first day stay). */
public record InterestRateCorrection(BigDecimal annualRatePercent, @Nullable LocalDate publishedThrough,
                                     boolean isConfirmed, String source) {
}
