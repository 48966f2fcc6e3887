package io.vorda.cases;

import io.vorda.access.TeamId;
import io.vorda.access.UserId;
import io.vorda.client.ClientId;
import io.vorda.client.Jurisdiction;
import io.vorda.shared.Money;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.Currency;

/**
 * A case as adapters see it; parties, claims, notes and timeline are loaded per field, in batches. The
 * jurisdiction and currency are the client's when the case was opened: the case keeps them. The principal total is
 * the sum of the claims' principal in that currency.
 */
public record CaseView(CaseId id, CaseReference reference, PaymentReference paymentReference, CaseStatus status,
                       @Nullable String statusReason, ClientId client, Jurisdiction jurisdiction, Currency currency,
                       @Nullable TeamId team, @Nullable UserId assignee, LocalDate openedOn, @Nullable LocalDate closedOn,
                       Money principalTotal) {
}
