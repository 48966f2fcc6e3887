package io.vorda.cases;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** A reminder to record on a case: when it was sent, when the debtor received it (the Dutch term runs from receipt), how. */
public record NewReminder(ReminderKind kind, LocalDate sentOn, @Nullable LocalDate receivedOn, ReminderChannel channel) {
}
