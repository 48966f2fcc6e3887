package io.vorda.payment;

import io.vorda.ledger.PaymentId;
import io.vorda.party.PartyId;
import io.vorda.shared.Money;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A payment as adapters see it: the money received, how, by whom, the parts the cases received (one unless it was
 * split, then {@code splitScheme} says how) and, once reversed, the reversal.
 */
public record PaymentView(PaymentId id, Money amount, LocalDate valueDate, PaymentMethod method, @Nullable PartyId payer,
                          @Nullable String note, @Nullable SplitScheme splitScheme, List<PaymentPart> parts,
                          Instant registeredAt, String registeredBy, @Nullable PaymentReversal reversal) {

    public PaymentView {
        parts = List.copyOf(parts);
    }
}
