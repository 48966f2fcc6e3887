package io.vorda.rate;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.UUID;

/** A row of {@code exchange_rates}: one entry, never changed once written. */
record ExchangeRateRow(UUID id, Currency baseCurrency, Currency quoteCurrency, LocalDate rateDate, @Nullable BigDecimal rate,
                       boolean isConfirmed, String source, RateEntryKind kind, @Nullable UUID supersedes,
                       Instant createdAt, String createdBy, boolean isCurrent) {

    ExchangeRateView view() {
        return new ExchangeRateView(new ExchangeRateId(id), baseCurrency, quoteCurrency, rateDate, rate, isConfirmed,
                source, kind, isCurrent, createdBy, createdAt);
    }
}
