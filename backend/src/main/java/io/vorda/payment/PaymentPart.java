package io.vorda.payment;

import io.vorda.cases.CaseId;
import io.vorda.shared.Money;

import java.util.List;
import java.util.UUID;

/** The part of a payment one case received, and the claims the debtor designated on it (in order). */
public record PaymentPart(CaseId caseId, Money amount, List<UUID> designatedClaims) {

    public PaymentPart {
        designatedClaims = List.copyOf(designatedClaims);
    }
}
