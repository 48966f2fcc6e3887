package io.vorda.arrangement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import io.vorda.shared.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.UUID;

/** A row of {@code plan_instalments}; amount and paid amount are in {@code currency}. */
@MappedEntity("plan_instalments")
record InstalmentRow(@Id UUID id, UUID planId, int number, String kind, LocalDate scheduledOn, LocalDate dueOn,
                     LocalDate graceEndsOn, BigDecimal amount, BigDecimal paidAmount, String currency,
                     @Nullable LocalDate paidOn, String status, Instant createdAt, Instant updatedAt, @Version long version) {

    static InstalmentRow planned(UUID planId, PlannedInstalment planned, LocalDate graceEndsOn, Instant at) {
        return new InstalmentRow(UUID.randomUUID(), planId, planned.number(), planned.kind().name(), planned.scheduledOn(),
                planned.dueOn(), graceEndsOn, planned.amount().amount(), BigDecimal.ZERO,
                planned.amount().currency().getCurrencyCode(), null, InstalmentStatus.OPEN.name(), at, at, 0);
    }

    InstalmentStatus instalmentStatus() {
        return InstalmentStatus.valueOf(status);
    }

    Money money() {
        return new Money(amount, Currency.getInstance(currency));
    }

    boolean differsFrom(InstalmentStatus newStatus, Coverage.Covered covered) {
        return instalmentStatus() != newStatus || paidAmount.compareTo(covered.paid().amount()) != 0
                || !java.util.Objects.equals(paidOn, covered.paidOn());
    }

    InstalmentRow judged(InstalmentStatus newStatus, Coverage.Covered covered, Instant at) {
        return new InstalmentRow(id, planId, number, kind, scheduledOn, dueOn, graceEndsOn, amount,
                covered.paid().amount(), currency, covered.paidOn(), newStatus.name(), createdAt, at, version);
    }

    InstalmentView view() {
        Currency money = Currency.getInstance(currency);
        return new InstalmentView(number, InstalmentKind.valueOf(kind), scheduledOn, dueOn, graceEndsOn,
                new Money(amount, money), new Money(paidAmount, money), paidOn, instalmentStatus());
    }
}
