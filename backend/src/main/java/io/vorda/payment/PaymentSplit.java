package io.vorda.payment;

import io.vorda.cases.CaseId;
import io.vorda.party.PartyId;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/**
 * One payment to share over several cases of the same debtor: by {@code scheme} over {@code cases}, or — for
 * {@link SplitScheme#DESIGNATED} — in the named {@code parts}.
 */
public record PaymentSplit(SplitScheme scheme, List<CaseId> cases, List<Part> parts, BigDecimal amount, @Nullable Currency currency,
                           LocalDate valueDate, PaymentMethod method, @Nullable PartyId payer, @Nullable String note) {

    /** A named part: this case receives this amount. */
    public record Part(CaseId caseId, BigDecimal amount) {
    }

    public PaymentSplit {
        cases = List.copyOf(cases);
        parts = List.copyOf(parts);
    }
}
