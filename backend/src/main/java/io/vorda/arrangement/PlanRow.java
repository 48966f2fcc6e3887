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
import java.util.List;
import java.util.UUID;

/** A row of {@code payment_plans}. */
@MappedEntity("payment_plans")
record PlanRow(@Id UUID id, UUID caseId, String status, String jurisdiction, String frequency, String interestDuringPlan,
               BigDecimal coveredAmount, String coveredCurrency, @Nullable BigDecimal downPaymentAmount, int graceDays,
               int missedInstalmentsToBreak, LocalDate startsOn, @Nullable LocalDate endedOn, @Nullable String endReason,
               @Nullable LocalDate judgedOn, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy,
               @Version long version) {

    PlanStatus planStatus() {
        return PlanStatus.valueOf(status);
    }

    Currency currency() {
        return Currency.getInstance(coveredCurrency);
    }

    PlanRow ended(PlanStatus newStatus, LocalDate on, @Nullable String reason, Instant at, String by) {
        return new PlanRow(id, caseId, newStatus.name(), jurisdiction, frequency, interestDuringPlan, coveredAmount,
                coveredCurrency, downPaymentAmount, graceDays, missedInstalmentsToBreak, startsOn, on, reason, judgedOn,
                createdAt, createdBy, at, by, version);
    }

    PlanRow judged(LocalDate on, Instant at) {
        return new PlanRow(id, caseId, status, jurisdiction, frequency, interestDuringPlan, coveredAmount, coveredCurrency,
                downPaymentAmount, graceDays, missedInstalmentsToBreak, startsOn, endedOn, endReason, on, createdAt,
                createdBy, at, updatedBy, version);
    }

    PaymentPlanView view(List<InstalmentRow> instalments) {
        Currency currency = currency();
        return new PaymentPlanView(new PaymentPlanId(id), new CaseId(caseId), planStatus(), Frequency.valueOf(frequency),
                InterestDuringPlan.valueOf(interestDuringPlan), new Money(coveredAmount, currency),
                downPaymentAmount == null ? null : new Money(downPaymentAmount, currency), graceDays,
                missedInstalmentsToBreak, startsOn, endedOn, endReason, instalments.stream().map(InstalmentRow::view).toList(),
                createdAt, createdBy);
    }
}
