package io.vorda.rate;

import io.vorda.interest.ExchangeRates;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;

/**
 * The application's {@link ExchangeRates}: the rate administrators entered for exactly that pair and day. Nothing is
 * inverted, interpolated or taken from a neighbouring day; a missing rate reaches the caller as empty, and the
 * interest module then names the day that needs one (EXCHANGE_RATE_UNKNOWN).
 */
@Singleton
class StoredExchangeRates implements ExchangeRates {

    private final ExchangeRateEntries entries;

    StoredExchangeRates(ExchangeRateEntries entries) {
        this.entries = entries;
    }

    @Override
    public Optional<BigDecimal> rateOn(Currency base, Currency quote, LocalDate date) {
        return entries.rateOn(base, quote, date);
    }
}
