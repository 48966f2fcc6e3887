package io.vorda.rate;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A row of {@code interest_rate_periods}: one entry, never changed once written. */
record InterestRateEntryRow(UUID id, String rateTable, LocalDate validFrom, @Nullable BigDecimal annualRatePercent,
                            @Nullable LocalDate publishedThrough, boolean isConfirmed, String source, RateEntryKind kind,
                            @Nullable UUID supersedes, Instant createdAt, String createdBy) {
}
