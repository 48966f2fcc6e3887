package io.vorda.arrangement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import io.vorda.cases.CaseId;
import io.vorda.shared.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.UUID;

/** A row of {@code payment_promises}. */
@MappedEntity("payment_promises")
record PromiseRow(@Id UUID id, UUID caseId, String jurisdiction, LocalDate promisedOn, BigDecimal amount,
                  BigDecimal paidAmount, String currency, int graceDays, LocalDate graceEndsOn, String status,
                  @Nullable LocalDate settledOn, @Nullable String note, @Nullable LocalDate judgedOn, Instant createdAt,
                  String createdBy, Instant updatedAt, String updatedBy, @Version long version) {

    PromiseStatus promiseStatus() {
        return PromiseStatus.valueOf(status);
    }

    Money money() {
        return new Money(amount, Currency.getInstance(currency));
    }

    PromiseRow judged(PromiseStatus newStatus, Money paid, @Nullable LocalDate settled, LocalDate on, Instant at) {
        return new PromiseRow(id, caseId, jurisdiction, promisedOn, amount, paid.amount(), currency, graceDays, graceEndsOn,
                newStatus.name(), settled, note, on, createdAt, createdBy, at, updatedBy, version);
    }

    /** The promise ends unjudged because its case was closed. */
    PromiseRow withdrawn(LocalDate on, Instant at, String by) {
        return new PromiseRow(id, caseId, jurisdiction, promisedOn, amount, paidAmount, currency, graceDays, graceEndsOn,
                PromiseStatus.WITHDRAWN.name(), on, note, judgedOn, createdAt, createdBy, at, by, version);
    }

    PromiseView view() {
        Currency money = Currency.getInstance(currency);
        return new PromiseView(new PromiseId(id), new CaseId(caseId), promisedOn, new Money(amount, money), graceEndsOn,
                promiseStatus(), new Money(paidAmount, money), settledOn, note, createdAt, createdBy);
    }
}
