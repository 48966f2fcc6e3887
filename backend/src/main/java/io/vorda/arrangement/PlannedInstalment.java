package io.vorda.arrangement;

import io.vorda.shared.Money;

import java.time.LocalDate;

/**
 * One line of a schedule.
 *
 * @param number      0 for the down payment, then 1 to n; the interest settlement comes last
 * @param scheduledOn the day the frequency gives
 * @param dueOn       that day moved off weekends and public holidays of the case's jurisdiction
 */
public record PlannedInstalment(int number, InstalmentKind kind, LocalDate scheduledOn, LocalDate dueOn, Money amount) {
}
