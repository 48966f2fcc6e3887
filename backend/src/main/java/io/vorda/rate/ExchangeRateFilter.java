package io.vorda.rate;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.Currency;

/** Narrows the exchange rate list; every part is optional, dates count both ends. */
public record ExchangeRateFilter(@Nullable Currency baseCurrency, @Nullable Currency quoteCurrency,
                                 @Nullable LocalDate from, @Nullable LocalDate to) {

    public static ExchangeRateFilter none() {
        return new ExchangeRateFilter(null, null, null, null);
    }
}
