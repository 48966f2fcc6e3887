package io.vorda.rate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

/** An exchange rate to enter: one {@code baseCurrency} is worth {@code rate} {@code quoteCurrency} on {@code rateDate}. */
public record NewExchangeRate(Currency baseCurrency, Currency quoteCurrency, LocalDate rateDate, BigDecimal rate,
                              boolean isConfirmed, String source) {
}
