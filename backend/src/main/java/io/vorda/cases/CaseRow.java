package io.vorda.cases;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import io.vorda.access.TeamId;
import io.vorda.access.UserId;
import io.vorda.client.ClientId;
import io.vorda.client.Jurisdiction;
import io.vorda.shared.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.UUID;

/** A row of {@code cases}; {@code principalTotal} is the sum of its claims, kept in step by the door. */
@MappedEntity("cases")
record CaseRow(@Id UUID id, String reference, String paymentReference, String paymentReferenceScheme, UUID clientId,
               String jurisdiction, String currency, String status, @Nullable String statusReason,
               @Nullable UUID teamId, @Nullable UUID assigneeUserId, LocalDate openedOn, @Nullable LocalDate closedOn,
               BigDecimal principalTotal, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy,
               @Version long version) {

    CaseRow withStatus(CaseStatus newStatus, @Nullable String reason, @Nullable LocalDate closed, Instant at, String by) {
        return new CaseRow(id, reference, paymentReference, paymentReferenceScheme, clientId, jurisdiction, currency,
                newStatus.name(), reason, teamId, assigneeUserId, openedOn, closed, principalTotal, createdAt, createdBy, at, by, version);
    }

    CaseRow withAssignment(@Nullable UUID team, @Nullable UUID assignee, Instant at, String by) {
        return new CaseRow(id, reference, paymentReference, paymentReferenceScheme, clientId, jurisdiction, currency,
                status, statusReason, team, assignee, openedOn, closedOn, principalTotal, createdAt, createdBy, at, by, version);
    }

    CaseStatus caseStatus() {
        return CaseStatus.valueOf(status);
    }

    CaseView view() {
        return new CaseView(new CaseId(id), CaseReference.parse(reference),
                PaymentReference.parse(paymentReference, PaymentReference.Scheme.valueOf(paymentReferenceScheme)),
                caseStatus(), statusReason, new ClientId(clientId), Jurisdiction.valueOf(jurisdiction),
                Currency.getInstance(currency), teamId == null ? null : new TeamId(teamId),
                assigneeUserId == null ? null : new UserId(assigneeUserId), openedOn, closedOn,
                new Money(principalTotal, Currency.getInstance(currency)));
    }
}
