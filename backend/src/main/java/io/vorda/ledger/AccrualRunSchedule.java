package io.vorda.ledger;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import io.vorda.access.Caller;
import jakarta.inject.Singleton;

/**
 * Checks every few minutes that today's accrual run is done, and starts or resumes it when not: the first check after
 * midnight (business zone) runs the night's run; a failed or abandoned run is picked up again by a later check. Off
 * in tests ({@code vorda.ledger.accrual-run.enabled: false}), which start runs themselves.
 */
@Singleton
@Requires(property = "vorda.ledger.accrual-run.enabled", notEquals = "false")
class AccrualRunSchedule {

    private final Ledger ledger;

    AccrualRunSchedule(Ledger ledger) {
        this.ledger = ledger;
    }

    @Scheduled(fixedDelay = "${vorda.ledger.accrual-run.check-every:5m}", initialDelay = "${vorda.ledger.accrual-run.first-check:2m}")
    void check() {
        ledger.runAccrual(Caller.system());
    }
}
