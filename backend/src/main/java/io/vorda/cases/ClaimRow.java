package io.vorda.cases;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.vorda.shared.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.UUID;

/** A row of {@code claims}: a recorded fact, never updated. */
@MappedEntity("claims")
record ClaimRow(@Id UUID id, UUID caseId, String invoiceNumber, LocalDate invoiceDate, LocalDate dueDate,
                BigDecimal principalAmount, String principalCurrency, @Nullable String description,
                @Nullable String clientReference, Instant createdAt, String createdBy) {

    ClaimView view() {
        return new ClaimView(id, new CaseId(caseId), invoiceNumber, invoiceDate, dueDate,
                new Money(principalAmount, Currency.getInstance(principalCurrency)), description, clientReference);
    }
}
