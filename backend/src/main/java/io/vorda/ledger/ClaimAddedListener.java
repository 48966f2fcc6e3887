package io.vorda.ledger;

import io.micronaut.runtime.event.annotation.EventListener;
import io.vorda.cases.ClaimAdded;
import jakarta.inject.Singleton;

/**
 * Posts the principal of every claim the moment it is added. Synchronous on purpose: it runs inside the transaction
 * that adds the claim, so a claim never exists without its principal posting and balance snapshot.
 */
@Singleton
class ClaimAddedListener {

    private final Ledger ledger;

    ClaimAddedListener(Ledger ledger) {
        this.ledger = ledger;
    }

    @EventListener
    void on(ClaimAdded event) {
        ledger.postPrincipal(event);
    }
}
