package io.vorda.arrangement;

import io.micronaut.runtime.event.annotation.EventListener;
import io.vorda.cases.CaseClosed;
import jakarta.inject.Singleton;

/**
 * Ends a closed case's running plan and pending promises. Synchronous on purpose: it runs inside the transaction that
 * closes the case, so a case is never closed with a plan still running.
 */
@Singleton
class CaseClosedListener {

    private final Arrangements arrangements;

    CaseClosedListener(Arrangements arrangements) {
        this.arrangements = arrangements;
    }

    @EventListener
    void on(CaseClosed event) {
        arrangements.endForClosedCase(event);
    }
}
