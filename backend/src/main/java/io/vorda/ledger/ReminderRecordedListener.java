package io.vorda.ledger;

import io.micronaut.runtime.event.annotation.EventListener;
import io.vorda.cases.ReminderRecorded;
import jakarta.inject.Singleton;

/**
 * Re-reads a case's interest when a reminder that starts it was recorded (a Belgian consumer's first reminder).
 * Synchronous on purpose: inside the transaction that records the reminder, so the balance never lags behind it.
 */
@Singleton
class ReminderRecordedListener {

    private final Ledger ledger;

    ReminderRecordedListener(Ledger ledger) {
        this.ledger = ledger;
    }

    @EventListener
    void on(ReminderRecorded event) {
        ledger.reminderRecorded(event);
    }
}
