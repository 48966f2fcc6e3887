package io.vorda.payment;

import io.vorda.cases.CaseId;
import io.vorda.party.PartyId;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/** Which payments to list; null criteria match all. {@code reversed}: only reversed (true) or only standing (false). */
public record PaymentFilter(@Nullable CaseId caseId, @Nullable PartyId payer, @Nullable Set<PaymentMethod> methods,
                            @Nullable LocalDate valueDateFrom, @Nullable LocalDate valueDateTo, @Nullable BigDecimal amountFrom,
                            @Nullable BigDecimal amountTo, @Nullable Boolean reversed) {

    public static PaymentFilter all() {
        return new PaymentFilter(null, null, null, null, null, null, null, null);
    }
}
