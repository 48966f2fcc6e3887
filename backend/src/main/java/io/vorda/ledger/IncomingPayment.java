package io.vorda.ledger;

import io.vorda.cases.CaseId;
import io.vorda.shared.Money;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A case's part of a payment, to book and allocate; {@code designatedClaims} are the debtor's choice, in order. */
public record IncomingPayment(CaseId caseId, PaymentId payment, Money amount, LocalDate valueDate, List<UUID> designatedClaims) {

    public IncomingPayment {
        designatedClaims = List.copyOf(designatedClaims);
    }
}
