package io.vorda.interest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;

/**
 * Official exchange rates as an administrator entered them (for PLN: the NBP average rate, Table A). Rates are data,
 * not something this module looks up; a missing rate must be reported, never guessed.
 */
@FunctionalInterface
public interface ExchangeRates {

    /** How many {@code quote} one {@code base} was worth in the rate published for {@code date}; empty when none was entered. */
    Optional<BigDecimal> rateOn(Currency base, Currency quote, LocalDate date);
}
