package io.vorda.cases;

import io.vorda.shared.Money;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.UUID;

/** A claim on a case. */
public record ClaimView(UUID id, CaseId caseId, String invoiceNumber, LocalDate invoiceDate, LocalDate dueDate,
                        Money principal, @Nullable String description, @Nullable String clientReference) {
}
