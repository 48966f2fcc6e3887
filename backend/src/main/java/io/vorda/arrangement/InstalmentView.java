package io.vorda.arrangement;

import io.vorda.shared.Money;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * An instalment of an agreed plan and how it stands.
 *
 * @param graceEndsOn the last day a payment still counts as in time: due date plus the plan's grace days, moved to
 *                    a business day
 * @param paidAmount  how much of it the payments received so far cover (payments fill instalments in order)
 * @param paidOn      the value date on which it became fully paid
 */
public record InstalmentView(int number, InstalmentKind kind, LocalDate scheduledOn, LocalDate dueOn,
                             LocalDate graceEndsOn, Money amount, Money paidAmount, @Nullable LocalDate paidOn,
                             InstalmentStatus status) {
}
