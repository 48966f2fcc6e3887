package io.vorda.ledger.allocation;

import io.vorda.ledger.PaymentId;
import io.vorda.shared.Money;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A case's part of a payment, to allocate: received on {@code valueDate}, optionally designated to claims in order. */
public record Receipt(PaymentId payment, LocalDate valueDate, Money amount, List<UUID> designatedClaims) {

    public Receipt {
        designatedClaims = List.copyOf(designatedClaims);
    }
}
