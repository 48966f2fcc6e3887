package io.vorda.ledger;

import java.util.UUID;

/**
 * Identity of a payment. Payments are registered by the payment module; the type lives here because the ledger
 * books them and the payment module depends on the ledger, never the other way round.
 */
public record PaymentId(UUID value) {
}
