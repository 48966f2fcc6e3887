package io.vorda.ledger.allocation;

import io.vorda.ledger.PaymentId;
import io.vorda.shared.Money;

import java.util.List;
import java.util.Map;

/** What each payment settles, and what is left of it as credit for the debtor (zero when nothing is left). */
public record Outcome(Map<PaymentId, List<Applied>> applied, Map<PaymentId, Money> credit) {

    public Outcome {
        applied = Map.copyOf(applied);
        credit = Map.copyOf(credit);
    }
}
