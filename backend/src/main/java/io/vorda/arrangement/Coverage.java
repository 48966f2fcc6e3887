package io.vorda.arrangement;

import io.vorda.shared.Money;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How far payments cover a row of amounts due (a plan's instalments in order, or one promise): payments are taken
 * in value-date order and fill the oldest amount first, so a late payment first settles what was missed. Pure and
 * recomputed from all payments on every judgement, so a payment booked late with an earlier value date, or a
 * reversal, comes out right.
 */
final class Coverage {

    /** How much of one amount is covered, and the value date on which it became fully covered. */
    record Covered(Money paid, @Nullable LocalDate paidOn) {

        boolean isFull() {
            return paidOn != null;
        }
    }

    private Coverage() {
    }

    /** The payments that count: booked at or after {@code since}, oldest value date first. */
    static List<ReceivedPayment> countable(List<ReceivedPayment> payments, Instant since) {
        return payments.stream().filter(p -> !p.recordedAt().isBefore(since))
                .sorted(Comparator.comparing(ReceivedPayment::valueDate).thenComparing(ReceivedPayment::recordedAt)).toList();
    }

    /** Fills {@code due} in order with the payments (already {@link #countable}). */
    static List<Covered> of(List<Money> due, List<ReceivedPayment> payments) {
        List<Covered> covered = new ArrayList<>(due.size());
        int payment = 0;
        Money left = payments.isEmpty() ? null : payments.get(0).amount();
        for (Money amount : due) {
            Money paid = Money.zero(amount.currency());
            LocalDate paidOn = null;
            while (paidOn == null && left != null) {
                Money missing = amount.minus(paid);
                Money taken = left.compareTo(missing) < 0 ? left : missing;
                paid = paid.plus(taken);
                left = left.minus(taken);
                if (paid.compareTo(amount) == 0) {
                    paidOn = payments.get(payment).valueDate();
                }
                if (left.isZero() || left.isNegative()) {
                    payment++;
                    left = payment < payments.size() ? payments.get(payment).amount() : null;
                }
            }
            covered.add(new Covered(paid, paidOn));
        }
        return covered;
    }

    /**
     * An instalment's status on {@code today}. MISSED is final: it has been reported, and paying later does not
     * undo that it was missed.
     */
    static InstalmentStatus judge(InstalmentStatus current, Covered covered, LocalDate dueOn, LocalDate graceEndsOn,
                                  LocalDate today) {
        if (current == InstalmentStatus.MISSED) {
            return InstalmentStatus.MISSED;
        }
        if (covered.isFull() && !covered.paidOn().isAfter(graceEndsOn)) {
            return InstalmentStatus.PAID;
        }
        if (today.isAfter(graceEndsOn)) {
            return InstalmentStatus.MISSED;
        }
        return today.isAfter(dueOn) ? InstalmentStatus.LATE : InstalmentStatus.OPEN;
    }
}
