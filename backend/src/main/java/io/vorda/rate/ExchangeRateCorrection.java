package io.vorda.rate;

import java.math.BigDecimal;

/** The new values for an entered exchange rate (its pair and day stay). */
public record ExchangeRateCorrection(BigDecimal rate, boolean isConfirmed, String source) {
}
