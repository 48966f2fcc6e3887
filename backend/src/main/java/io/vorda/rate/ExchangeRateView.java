package io.vorda.rate;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;

/**
 * An official exchange rate as an administrator entered it: one {@code baseCurrency} was worth {@code rate}
 * {@code quoteCurrency} in the rate published for {@code rateDate} (null rate for a withdrawal).
 */
public record ExchangeRateView(ExchangeRateId id, Currency baseCurrency, Currency quoteCurrency, LocalDate rateDate,
                               @Nullable BigDecimal rate, boolean isConfirmed, String source, RateEntryKind kind,
                               boolean isCurrent, String enteredBy, Instant enteredAt) {

    /** The pair and day this entry is about; all entries of one key form its history. */
    public ExchangeRateKey key() {
        return new ExchangeRateKey(baseCurrency, quoteCurrency, rateDate);
    }
}
