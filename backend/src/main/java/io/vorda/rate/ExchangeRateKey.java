package io.vorda.rate;

import java.time.LocalDate;
import java.util.Currency;

/** A currency pair on a rate day: at most one exchange rate applies to it at a time. */
public record ExchangeRateKey(Currency baseCurrency, Currency quoteCurrency, LocalDate rateDate) {
}
