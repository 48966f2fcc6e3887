package io.vorda.rate;

import io.vorda.interest.StatutoryRate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An administrator added, corrected or withdrew an interest rate period: interest on days from {@code from} on may
 * now compute differently (in {@code rate}'s table and every rate derived from it). Published after the entry is
 * committed. Other instances compute with it within {@code recheckAfter} of {@code at} (ADR 0013, cache).
 */
public record InterestRatesChanged(StatutoryRate rate, LocalDate from, Instant at, Duration recheckAfter) {
}
