package io.vorda.rate;

import io.vorda.interest.StatutoryRate;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One administrator's entry for a rate period: from {@code validFrom} the rate is {@code annualRatePercent} (null
 * for a withdrawal). {@code publishedThrough} is the last day the administrator knows the rate to hold;
 * {@code isCurrent} is false once a later entry superseded this one.
 */
public record InterestRateEntryView(InterestRateEntryId id, StatutoryRate rate, LocalDate validFrom,
                                    @Nullable BigDecimal annualRatePercent, @Nullable LocalDate publishedThrough,
                                    boolean isConfirmed, String source, RateEntryKind kind, boolean isCurrent,
                                    String enteredBy, Instant enteredAt) {
}
