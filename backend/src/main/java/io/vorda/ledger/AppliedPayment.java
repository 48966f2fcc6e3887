package io.vorda.ledger;

import io.vorda.cases.CaseId;
import io.vorda.cases.ClaimView;
import io.vorda.shared.Money;

import java.time.LocalDate;
import java.util.List;

/**
 * A case's part of a payment and what it settles now: its allocations (which always add up to the amount together
 * with the credit) — none once the payment is reversed.
 */
public record AppliedPayment(PaymentId payment, CaseId caseId, LocalDate valueDate, Money amount, List<ClaimView> designatedClaims,
                             boolean isReversed, List<Allocation> allocations, Money credit) {

    public AppliedPayment {
        designatedClaims = List.copyOf(designatedClaims);
        allocations = List.copyOf(allocations);
    }
}
