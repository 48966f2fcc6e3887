package io.vorda.payment;

import io.vorda.cases.CaseId;
import io.vorda.party.PartyId;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

/**
 * A payment received on one case, as typed: the currency defaults to the case's; {@code designatedClaims} are the
 * claims the debtor said it is for, in order.
 */
public record NewPayment(CaseId caseId, BigDecimal amount, @Nullable Currency currency, LocalDate valueDate, PaymentMethod method,
                         List<UUID> designatedClaims, @Nullable PartyId payer, @Nullable String note) {

    public NewPayment {
        designatedClaims = List.copyOf(designatedClaims);
    }
}
