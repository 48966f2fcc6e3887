/**
 * Rate administration: the interest rate periods and exchange rates administrators enter on top of the rate tables
 * shipped with the release (ADR 0013). Owns interest_rate_periods and exchange_rates, both append-only (a correction
 * or withdrawal supersedes the previous entry). Gives the application its {@link io.vorda.interest.InterestCalculator}
 * on the shipped + entered tables ({@link io.vorda.rate.CurrentRateTables}) and its
 * {@link io.vorda.interest.ExchangeRates}. Door: {@link io.vorda.rate.RateAdministration}. Publishes and listens to nothing.
 */
@NullMarked
package io.vorda.rate;

import org.jspecify.annotations.NullMarked;
