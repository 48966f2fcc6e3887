package io.vorda.arrangement;

import io.vorda.shared.Money;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Money received on a case, as arrangements see it.
 *
 * @param amount     more than zero, in the case's currency
 * @param valueDate  the day the money counts as paid (decides whether an instalment was paid in time)
 * @param recordedAt when it was booked (decides whether it counts toward a plan: only what was booked after the
 *                   plan was agreed, because the plan covers the balance as it was then)
 */
public record ReceivedPayment(Money amount, LocalDate valueDate, Instant recordedAt) {
}
