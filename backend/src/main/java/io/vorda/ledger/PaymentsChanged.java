package io.vorda.ledger;

import io.vorda.cases.CaseId;

/**
 * A payment was booked on a case, or one booked there was reversed: what the debtor has paid changed, so payment plans
 * and promises on the case may now be paid, kept or open again. Published inside the transaction that books it;
 * listeners that act after commit use {@code @TransactionalEventListener}.
 */
public record PaymentsChanged(CaseId caseId, PaymentId payment, boolean reversed) {
}
